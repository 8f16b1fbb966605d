// Progressive help for the comment form; without it the form posts and the page answers.
(function () {
  var form = document.querySelector('.comment-form');
  if (!form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  form.noValidate = true;
  var min = +form.dataset.min, max = +form.dataset.max, maxBytes = +form.dataset.maxBytes;
  var content = form.elements.content, fileInput = form.elements.attachment;
  var counter = form.querySelector('[data-count]');
  var message = form.querySelector('[data-form-message]');
  var suggestionBox = form.querySelector('[data-suggestion]');
  var progress = form.querySelector('[data-progress]');
  var button = form.querySelector('button[type="submit"]');
  var sent = document.querySelector('.comments__sent');
  if (sent) {
    sent.focus();
  }

  // As the server counts: code points after NFC.
  function length(text) {
    return Array.from(text.normalize('NFC').trim()).length;
  }

  function showError(field, text) {
    var slot = form.querySelector('[data-error-for="' + field + '"]');
    if (slot) {
      slot.textContent = text || '';
    }
    var input = form.elements[field];
    if (input) {
      input.setAttribute('aria-invalid', text ? 'true' : 'false');
    }
  }

  function clearErrors() {
    ['name', 'email', 'content', 'attachment'].forEach(function (f) { showError(f, ''); });
    message.textContent = '';
    message.classList.remove('is-ok');
    suggestionBox.hidden = true;
  }

  function updateCounter() {
    var n = length(content.value);
    counter.textContent = n + '/' + max;
    counter.classList.toggle('is-over', n > max);
  }
  content.addEventListener('input', updateCounter);
  updateCounter();

  fileInput.addEventListener('change', function () {
    var file = fileInput.files[0];
    showError('attachment', file && file.size > maxBytes ? form.dataset.msgBig : '');
  });

  function showSuggestion(text) {
    if (!text) {
      return;
    }
    suggestionBox.textContent = form.dataset.msgSuggest + ' ';
    var q = document.createElement('q');
    q.textContent = text;
    var use = document.createElement('button');
    use.type = 'button';
    use.textContent = form.dataset.msgUse;
    use.addEventListener('click', function () {
      content.value = text;
      suggestionBox.hidden = true;
      showError('content', '');
      updateCounter();
      content.focus();
    });
    suggestionBox.appendChild(q);
    suggestionBox.appendChild(use);
    suggestionBox.hidden = false;
  }

  function localErrors() {
    var errors = {};
    if (!form.elements.name.value.trim()) {
      errors.name = form.dataset.msgRequired;
    }
    var email = form.elements.email.value.trim();
    if (!email) {
      errors.email = form.dataset.msgRequired;
    } else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      errors.email = form.dataset.msgEmail;
    }
    var n = length(content.value);
    if (n === 0) {
      errors.content = form.dataset.msgRequired;
    } else if (n < min) {
      errors.content = form.dataset.msgShort;
    } else if (n > max) {
      errors.content = form.dataset.msgLong;
    }
    var file = fileInput.files[0];
    if (file && file.size > maxBytes) {
      errors.attachment = form.dataset.msgBig;
    }
    return errors;
  }

  // The same rule as the server's, from the same endpoint; if it cannot answer, the server still checks.
  function checkDiacritics(text) {
    if (!window.fetch) {
      return Promise.resolve(null);
    }
    return fetch('/api/v1/vietnamese/check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ text: text })
    }).then(function (r) { return r.ok ? r.json() : null; }).catch(function () { return null; });
  }

  function fail(errors, text, suggestion) {
    Object.keys(errors).forEach(function (f) { showError(f, errors[f]); });
    message.textContent = text || '';
    showSuggestion(suggestion);
    var first = Object.keys(errors)[0];
    if (first && form.elements[first]) {
      form.elements[first].focus();
    } else {
      message.scrollIntoView({ block: 'center' });
    }
  }

  function send() {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        progress.hidden = false;
        progress.value = Math.round(e.loaded * 100 / e.total);
      }
    });
    xhr.onload = function () {
      progress.hidden = true;
      button.disabled = false;
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status >= 200 && xhr.status < 300) {
        form.reset();
        updateCounter();
        message.textContent = body && body.message ? body.message : '';
        message.classList.add('is-ok');
        message.scrollIntoView({ block: 'center' });
        return;
      }
      var errors = body && body.errors ? body.errors : {};
      var general = body && body.detail && !Object.keys(errors).length ? body.detail : '';
      if (xhr.status === 413 && !errors.attachment) {
        errors.attachment = form.dataset.msgBig;
      }
      fail(errors, general || (Object.keys(errors).length ? '' : form.dataset.msgFailed), body && body.suggestion);
    };
    xhr.onerror = function () {
      progress.hidden = true;
      button.disabled = false;
      fail({}, form.dataset.msgFailed);
    };
    button.disabled = true;
    message.textContent = form.dataset.msgSending;
    xhr.send(new FormData(form));
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearErrors();
    var errors = localErrors();
    if (Object.keys(errors).length) {
      fail(errors, '');
      return;
    }
    button.disabled = true;
    checkDiacritics(content.value.normalize('NFC')).then(function (result) {
      button.disabled = false;
      if (result && result.missingDiacritics) {
        fail({ content: form.dataset.msgDiacritics }, '', result.suggestion);
        return;
      }
      send();
    });
  });
})();
