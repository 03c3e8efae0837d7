// Bulk submission on the hires page: the form posts the file as usual; until the answer arrives, this asks the API
// how far the import of this page's ticket has come and shows it (rows checked, then rows imported).
(function () {
  'use strict';
  var form = document.getElementById('import');
  var box = document.getElementById('import-progress');
  if (!form || !box) {
    return;
  }
  var bar = box.querySelector('progress');
  var text = box.querySelector('.progress-text');
  function say(pattern, done, total) {
    text.textContent = pattern.replace('{0}', done).replace('{1}', total);
    bar.max = Math.max(total, 1);
    bar.value = done;
  }
  function show(p) {
    if (p.status === 'CHECKING' && p.rows > 0) {
      say(box.dataset.checking, p.checked, p.rows);
    } else if (p.status === 'IMPORTING') {
      say(box.dataset.importing, p.imported, p.rows);
    } else if (p.status === 'READING' || p.status === 'CHECKING') {
      text.textContent = box.dataset.reading;
      bar.removeAttribute('value');
    }
  }
  form.addEventListener('submit', function () {
    var file = document.getElementById('import:file');
    if (!file || !file.files || !file.files.length) {
      return;
    }
    box.hidden = false;
    text.textContent = box.dataset.uploading;
    bar.removeAttribute('value');
    var poll = function () {
      fetch(box.dataset.url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin', cache: 'no-store'})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (p) { if (p) { show(p); } })
        .catch(function () { /* the page is being replaced by the answer */ })
        .then(function () { window.setTimeout(poll, 400); });
    };
    window.setTimeout(poll, 300);
  });
}());
