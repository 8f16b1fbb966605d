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
  var removeFile = form.querySelector('[data-remove-file]');
  var remembered = form.querySelector('[data-remembered]');
  var MEMORY = 'toasoan.commenter';

  // The reader's name and e-mail, kept in this browser only (never sent anywhere but with their comment).
  function recall() {
    try {
      return JSON.parse(window.localStorage.getItem(MEMORY) || 'null');
    } catch (e) {
      return null;
    }
  }

  function remember() {
    try {
      window.localStorage.setItem(MEMORY, JSON.stringify({
        name: form.elements.name.value.trim(),
        email: form.elements.email.value.trim()
      }));
      remembered.hidden = false;
    } catch (e) {
      // private browsing or storage full: the reader types them again next time
    }
  }

  var known = recall();
  if (known && known.name && !form.elements.name.value && !form.elements.email.value) {
    form.elements.name.value = known.name;
    form.elements.email.value = known.email || '';
  }
  if (known && known.name) {
    remembered.hidden = false;
  }
  form.querySelector('[data-forget]').addEventListener('click', function () {
    try {
      window.localStorage.removeItem(MEMORY);
    } catch (e) {
      // nothing was kept
    }
    form.elements.name.value = '';
    form.elements.email.value = '';
    remembered.hidden = true;
    form.elements.name.focus();
  });

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

  // "Tệp 12,4 MB vượt quá giới hạn 10 MB", in the page's language.
  function tooBig(file) {
    var mb = new Intl.NumberFormat(document.documentElement.lang || 'vi', { maximumFractionDigits: 1 })
      .format(file.size / (1024 * 1024));
    return form.dataset.msgBigFile.replace('{0}', mb + ' MB');
  }

  function checkFile() {
    var file = fileInput.files[0];
    var big = file && file.size > maxBytes;
    showError('attachment', big ? tooBig(file) : '');
    removeFile.hidden = !file;
    return big;
  }
  fileInput.addEventListener('change', checkFile);
  removeFile.addEventListener('click', function () {
    fileInput.value = '';
    checkFile();
    fileInput.focus();
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
    use.className = 'comment-form__use';
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

  // a suggestion the server made (the form sent without this script's help) gets its button too
  var served = suggestionBox.querySelector('[data-suggestion-text]');
  if (!suggestionBox.hidden && served && served.textContent) {
    showSuggestion(served.textContent);
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
      errors.attachment = tooBig(file);
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
        remember();
        var name = form.elements.name.value, email = form.elements.email.value;
        form.reset();
        form.elements.name.value = name;
        form.elements.email.value = email;
        removeFile.hidden = true;
        updateCounter();
        message.textContent = body && body.message ? body.message : '';
        message.classList.add('is-ok');
        message.scrollIntoView({ block: 'center' });
        return;
      }
      var errors = body && body.errors ? body.errors : {};
      var general = body && body.detail && !Object.keys(errors).length ? body.detail : '';
      if (xhr.status === 413 && !errors.attachment) {
        errors.attachment = fileInput.files[0] ? tooBig(fileInput.files[0]) : form.dataset.msgBig;
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
    button.disabled = true;
    // the marks are checked even when another field is wrong, so the reader hears of every problem at once
    var check = errors.content ? Promise.resolve(null) : checkDiacritics(content.value.normalize('NFC'));
    check.then(function (result) {
      button.disabled = false;
      var suggestion = null;
      if (result && result.missingDiacritics) {
        errors.content = form.dataset.msgDiacritics;
        suggestion = result.suggestion;
      }
      if (Object.keys(errors).length) {
        fail(errors, Object.keys(errors).length > 1 ? form.dataset.msgProblems : '', suggestion);
        return;
      }
      send();
    });
  });
})();
