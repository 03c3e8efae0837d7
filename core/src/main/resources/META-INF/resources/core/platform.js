// What the pages once did with inline handlers and style attributes, which the Content-Security-Policy refuses
// (script-src 'self', style-src 'self'): each behaviour hangs on a data- attribute, and every page works without it
// but for the confirmation, the automatic submit and the bar widths.
(function () {
  'use strict';

  // a bar's width and a mark's place, from data-width / data-left ("37.5%"): set through the DOM, which the policy allows
  function bars(root) {
    root.querySelectorAll('[data-width]').forEach(function (el) { el.style.width = el.dataset.width; });
    root.querySelectorAll('[data-left]').forEach(function (el) { el.style.left = el.dataset.left; });
  }

  // a button with data-confirm asks first
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.dataset.confirm)) {
      event.preventDefault();
    }
  });

  document.addEventListener('change', function (event) {
    var el = event.target;
    // a choice with data-autosubmit sends its form at once (the form has a button for when scripts are off)
    if (el.dataset.autosubmit && el.form) {
      el.form.submit();
    }
    // a choice with data-refresh has Faces process it alone and render the part named (e.g. "@form") again
    if (el.dataset.refresh && window.faces) {
      window.faces.ajax.request(el, event, { execute: '@this', render: el.dataset.refresh });
    }
    // a file input with data-read-into reads the chosen file as text into that element; the server checks it
    if (el.dataset.readInto && el.files && el.files[0]) {
      var reader = new FileReader();
      reader.onload = function () { document.getElementById(el.dataset.readInto).value = reader.result; };
      reader.readAsText(el.files[0], 'UTF-8');
    }
  });

  // Enter in a field of a form with data-default-button presses that button rather than the form's first one
  document.addEventListener('keydown', function (event) {
    var el = event.target;
    if (event.key !== 'Enter' || !el.form || !el.form.dataset.defaultButton || el.tagName !== 'INPUT'
        || el.type === 'submit' || el.type === 'button') {
      return;
    }
    var button = document.getElementById(el.form.dataset.defaultButton);
    if (button) {
      event.preventDefault();
      button.click();
    }
  });

  bars(document);
  // a part Faces rendered again brings its own bars
  if (window.faces) {
    window.faces.ajax.addOnEvent(function (data) {
      if (data.status === 'success') {
        bars(document);
      }
    });
  }
}());
