// The working copy ("Bản lưu tạm"): what is typed in the editor goes to the server a few seconds after each change and
// when the page is left, so that it waits for its author on any computer, and the editor offers it back. Leaving the
// page with unsaved changes asks first; Ctrl+S (⌘S) saves the article. Without this script the form works as before.
(function () {
  'use strict';
  var form = document.getElementById('editor-form');
  if (!form) {
    return;
  }
  var URL = '/toa-soan/ban-luu-tam';
  var DELAY = 3000;
  // not what was typed: the session's token, the version opened, and choices made only when moving the article
  var SKIP = { _csrf: true, version: true, transition: true, acknowledge: true, reason: true };
  var root = document.querySelector('.nr-editor');
  var article = root.getAttribute('data-article-id');
  var token = form.querySelector('input[name="_csrf"]');
  var version = form.querySelector('input[name="version"]');
  var status = document.getElementById('working-copy-status');
  var offer = document.getElementById('working-copy');

  function fields() {
    var data = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || SKIP[field.name] || field.type === 'file' || field.type === 'submit' || field.type === 'button') {
        return;
      }
      data[field.name] = field.type === 'checkbox' ? (field.checked ? field.value : '') : field.value;
    });
    return data;
  }

  function snapshot() {
    return JSON.stringify(fields());
  }

  function params(extra) {
    var body = new URLSearchParams();
    body.append('_csrf', token ? token.value : '');
    body.append('article', article);
    Object.keys(extra).forEach(function (name) {
      body.append(name, extra[name]);
    });
    return body;
  }

  var opened = snapshot();
  var sent = opened;
  var timer = null;
  var leaving = false;

  function show(key, time) {
    if (status) {
      status.textContent = status.getAttribute(key).replace('{0}', time || '');
    }
  }

  function clock() {
    var now = new Date();
    return ('0' + now.getHours()).slice(-2) + ':' + ('0' + now.getMinutes()).slice(-2) + ':' + ('0' + now.getSeconds()).slice(-2);
  }

  /** Sends the form as it is now, unless the server already holds exactly this. */
  function keep() {
    clearTimeout(timer);
    timer = null;
    var now = snapshot();
    if (now === sent || now === opened) {
      return Promise.resolve();
    }
    return fetch(URL, {
      method: 'POST',
      credentials: 'same-origin',
      body: params({ version: version ? version.value : '0', fields: now })
    }).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      sent = now;
      show('data-saved-at', clock());
    }).catch(function () {
      show('data-failed');
    });
  }

  function changed() {
    if (timer === null && !leaving) {
      timer = setTimeout(keep, DELAY);
    }
  }

  function ours(target) {
    return target && target.form === form;
  }

  document.addEventListener('input', function (event) {
    if (ours(event.target)) {
      changed();
    }
  });
  document.addEventListener('change', function (event) {
    if (ours(event.target)) {
      changed();
    }
  });

  // Leaving: what is not on the server yet goes with the page, as the browser closes it.
  function flush() {
    var now = snapshot();
    if (leaving || now === sent || now === opened || !navigator.sendBeacon) {
      return;
    }
    if (navigator.sendBeacon(URL, params({ version: version ? version.value : '0', fields: now }))) {
      sent = now;
    }
  }
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      flush();
    }
  });

  window.addEventListener('beforeunload', function (event) {
    if (!leaving && snapshot() !== opened) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // Saving the article makes a revision: nothing to ask, nothing to keep.
  form.addEventListener('submit', function () {
    leaving = true;
    clearTimeout(timer);
  });
  // Another form about this article (a note, a correction, a move) reloads the page: what was typed is kept first,
  // and offered back.
  document.addEventListener('submit', function (event) {
    var other = event.target;
    var action = other.getAttribute('action') || '';
    if (other === form || action.indexOf('/toa-soan/bai-viet/') !== 0 || other.getAttribute('data-kept') === 'yes'
        || event.defaultPrevented) {
      return;
    }
    event.preventDefault();
    var submitter = event.submitter;
    // a task later, not in the promise's microtask: while this submit event is still being dispatched the browser
    // ignores a new submission of the same form, which happens when there was nothing to keep
    keep().then(function () {
      setTimeout(function () {
        leaving = true;
        other.setAttribute('data-kept', 'yes');
        if (other.requestSubmit) {
          other.requestSubmit(submitter || undefined);
        } else {
          other.submit();
        }
      }, 0);
    });
  });

  document.addEventListener('keydown', function (event) {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 's' || event.key === 'S')) {
      event.preventDefault();
      var save = document.getElementById('save');
      if (form.requestSubmit) {
        form.requestSubmit(save || undefined);
      } else {
        form.submit();
      }
    }
  });

  // Returning someone else's article to draft needs a reason for them.
  var reason = document.getElementById('return-reason');
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-transition="RETURN_TO_DRAFT"]') : null;
    if (button && reason && reason.value.trim() === '') {
      event.preventDefault();
      event.stopImmediatePropagation();
      reason.setCustomValidity(reason.getAttribute('data-message'));
      reason.reportValidity();
    }
  }, true);
  if (reason) {
    reason.addEventListener('input', function () {
      reason.setCustomValidity('');
    });
  }

  // The copy kept from an earlier visit, offered back unless it is what the form holds anyway.
  if (offer) {
    var kept = null;
    try {
      kept = JSON.parse(offer.getAttribute('data-fields'));
    } catch (e) {
      kept = null;
    }
    var discard = function () {
      offer.remove();
      fetch(URL + '/bo', { method: 'POST', credentials: 'same-origin', body: params({}) });
    };
    if (!kept || JSON.stringify(Object.assign(fields(), kept)) === opened) {
      discard();
    } else {
      offer.hidden = false;
      offer.querySelector('[data-working-copy="restore"]').addEventListener('click', function () {
        restore(kept);
        offer.remove();
      });
      offer.querySelector('[data-working-copy="discard"]').addEventListener('click', discard);
    }
  }

  function restore(kept) {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || SKIP[field.name] || !Object.prototype.hasOwnProperty.call(kept, field.name)) {
        return;
      }
      if (field.type === 'checkbox') {
        field.checked = kept[field.name] !== '';
      } else if (field.type !== 'file') {
        field.value = kept[field.name];
      }
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    var quill = window.Quill && window.Quill.find(document.getElementById('body-editor'));
    if (quill && quill.root && Object.prototype.hasOwnProperty.call(kept, 'body')) {
      quill.setContents(quill.clipboard.convert({ html: kept.body }), 'user');
    }
    sent = snapshot();
  }
})();
