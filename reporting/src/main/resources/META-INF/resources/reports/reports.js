/* Reporting pages: the period chooser shows the fields of the mode chosen; "下载 PDF" / "导出 Excel" start a report job
   (POST /api/v1/reports/jobs), follow its status until done and then download the file; the jobs page follows its
   unfinished jobs. Served by the platform itself; no library, no outside address. */
(function () {
  'use strict';

  var head = document.querySelector('[data-context]');
  var ctx = head ? head.getAttribute('data-context') : '';
  var lang = head ? head.getAttribute('data-lang') : 'zh-CN';
  // the session's token (core/layout.xhtml): the API refuses a cookie-borne write without it (SECURITY.md)
  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var csrfToken = tokenMeta ? tokenMeta.getAttribute('content') : '';

  function periodFields() {
    var mode = document.querySelector('select[data-period-mode]');
    if (!mode) {
      return;
    }
    var show = function () {
      document.querySelectorAll('[data-period]').forEach(function (field) {
        var modes = field.getAttribute('data-period').split(' ');
        field.hidden = modes.indexOf(mode.value) < 0;
      });
    };
    mode.addEventListener('change', show);
    show();
  }

  function request(method, url, body) {
    var init = {
      method: method,
      credentials: 'same-origin',
      headers: {'Accept': 'application/json', 'Accept-Language': lang}
    };
    if (method !== 'GET') {
      init.headers['X-CSRF-Token'] = csrfToken;
    }
    if (body) {
      init.headers['Content-Type'] = 'application/json';
      init.body = body;
    }
    return fetch(url, init).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (json) {
        return {status: r.status, body: json};
      });
    });
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    return e;
  }

  /** One job in the panel above the page: its title, a bar, the stage and then the download. */
  function jobRow(panel, title) {
    var row = el('div', 'job-row');
    var name = el('strong', 'job-title', title);
    var meter = el('div', 'meter on-track');
    var bar = el('span');
    bar.style.width = '2%';
    meter.appendChild(bar);
    var text = el('span', 'job-text');
    var action = el('span', 'job-action');
    row.appendChild(name);
    row.appendChild(meter);
    row.appendChild(text);
    row.appendChild(action);
    panel.prepend(row);
    panel.hidden = false;
    return {
      show: function (job) {
        name.textContent = job.title;
        bar.style.width = Math.max(2, job.progress) + '%';
        text.textContent = job.statusText + (job.status === 'DONE' ? '' : ' · ' + job.elapsedSeconds + ' s');
        meter.className = 'meter ' + (job.status === 'FAILED' ? 'lagging' : job.status === 'DONE' ? 'met' : 'on-track');
      },
      done: function (job) {
        var link = el('a', 'button small', panel.getAttribute('data-download'));
        link.href = job.file;
        link.setAttribute('download', job.fileName);
        link.id = 'download-' + job.id;
        action.appendChild(link);
        return link;
      },
      note: function (message) {
        text.textContent = message;
      },
      fail: function (message) {
        meter.className = 'meter lagging';
        text.textContent = message;
      }
    };
  }

  function follow(id, row, download) {
    request('GET', ctx + '/api/v1/reports/jobs/' + id).then(function (r) {
      if (r.status !== 200) {
        row.fail(r.body.detail || r.body.title || String(r.status));
        return;
      }
      var job = r.body;
      row.show(job);
      if (job.status === 'DONE') {
        var link = row.done(job);
        if (download) {
          link.click();
        }
      } else if (job.status !== 'FAILED') {
        setTimeout(function () { follow(id, row, download); }, job.status === 'QUEUED' ? 1000 : 700);
      }
    }).catch(function () {
      setTimeout(function () { follow(id, row, download); }, 3000);
    });
  }

  function jobButtons() {
    var panel = document.getElementById('job-panel');
    document.querySelectorAll('[data-report-job]').forEach(function (button) {
      button.addEventListener('click', function () {
        button.disabled = true;
        var row = jobRow(panel, button.textContent);
        row.note(panel.getAttribute('data-starting'));
        request('POST', ctx + '/api/v1/reports/jobs', button.getAttribute('data-report-job')).then(function (r) {
          if (r.status !== 202) {
            row.fail(panel.getAttribute('data-error') + (r.body.detail || r.body.title || r.status));
            return;
          }
          row.show(r.body);
          follow(r.body.id, row, true);
        }).catch(function (e) {
          row.fail(panel.getAttribute('data-error') + e);
        }).then(function () {
          setTimeout(function () { button.disabled = false; }, 1500);
        });
      });
    });
  }

  /** The jobs page: reload once a job it shows as unfinished has finished. */
  function unfinishedJobs() {
    var rows = Array.prototype.filter.call(document.querySelectorAll('[data-job-id]'), function (r) {
      return r.getAttribute('data-job-id');
    });
    rows.forEach(function (row) {
      var id = row.getAttribute('data-job-id');
      var check = function () {
        request('GET', ctx + '/api/v1/reports/jobs/' + id).then(function (r) {
          if (r.status === 200 && (r.body.status === 'DONE' || r.body.status === 'FAILED')) {
            window.location.reload();
            return;
          }
          if (r.status === 200) {
            row.querySelector('.meter > span').style.width = Math.max(2, r.body.progress) + '%';
            row.querySelector('.job-text').textContent = r.body.statusText;
          }
          setTimeout(check, 1000);
        });
      };
      check();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    periodFields();
    jobButtons();
    unfinishedJobs();
  });
})();
