// The article editor: Quill over the body field, a title counter, and a copy of unsaved work kept in this
// browser so that an expired session or a closed tab loses nothing. The form works without any of it.
// The copy is kept per account (newsroom computers are shared) and logging out removes it (logout.js).
(function () {
  'use strict';
  var form = document.getElementById('editor-form');
  if (!form) {
    return;
  }
  var root = document.querySelector('.nr-editor');
  var prefix = 'toasoan.draft.' + root.getAttribute('data-account-id') + '.';
  var key = prefix + root.getAttribute('data-article-id');
  var source = document.getElementById('body');
  var title = document.getElementById('title');
  var sapo = document.getElementById('sapo');
  var quill = null;

  if (window.Quill) {
    var holder = document.getElementById('body-editor');
    holder.hidden = false;
    source.hidden = true;
    quill = new window.Quill(holder, {
      theme: 'snow',
      modules: {
        toolbar: [
          [{ header: [2, 3, false] }],
          ['bold', 'italic', 'underline', 'strike'],
          ['link', 'blockquote'],
          [{ list: 'ordered' }, { list: 'bullet' }],
          ['clean']
        ]
      }
    });
    quill.setContents(quill.clipboard.convert({ html: source.value }), 'silent');
    quill.on('text-change', remember);
    nameToolbar(quill.getModule('toolbar').container, holder.dataset);
  }

  // Quill names its controls for screen readers with its own English words ("bold", "list: ordered"); the page
  // carries them in its own language, data-label-FORMAT or data-label-FORMAT-VALUE on the editor's element.
  function nameToolbar(toolbar, labels) {
    function capital(word) {
      return word ? word.charAt(0).toUpperCase() + word.slice(1) : '';
    }
    toolbar.querySelectorAll('button').forEach(function (button) {
      var format = (button.className.match(/(?:^|\s)ql-([a-z]+)/) || [])[1];
      var name = labels['label' + capital(format) + capital(button.value)];
      if (name) {
        button.setAttribute('aria-label', name);
      }
    });
    toolbar.querySelectorAll('.ql-picker').forEach(function (picker) {
      var format = (picker.className.match(/(?:^|\s)ql-([a-z]+)/) || [])[1];
      var name = format !== 'picker' && labels['label' + capital(format)];
      var label = picker.querySelector('.ql-picker-label');
      if (name && label) {
        label.setAttribute('aria-label', name);
      }
    });
  }

  function bodyHtml() {
    return quill ? quill.root.innerHTML : source.value;
  }

  // Title length: the check before publishing warns above 120 characters.
  var counter = document.getElementById('title-count');
  var max = parseInt(title.getAttribute('data-max'), 10);
  function count() {
    var n = Array.from(title.value).length;
    counter.textContent = n + ' / ' + max;
    counter.style.color = n > max ? '#a4161a' : '';
  }
  title.addEventListener('input', count);
  count();

  // Unsaved work, kept locally.
  var timer = null;
  function keep() {
    clearTimeout(timer);
    timer = null;
    try {
      localStorage.setItem(key, JSON.stringify({ title: title.value, sapo: sapo.value, body: bodyHtml(), at: Date.now() }));
    } catch (e) { /* private mode: nothing kept */ }
  }
  function remember() {
    clearTimeout(timer);
    timer = setTimeout(keep, 500);
  }
  title.addEventListener('input', remember);
  sapo.addEventListener('input', remember);
  source.addEventListener('input', remember);
  // Text typed just before another form on the page (a correction) is sent would otherwise miss the delay.
  window.addEventListener('pagehide', function () {
    if (timer !== null) {
      keep();
    }
  });

  var english = document.documentElement.lang === 'en';
  // Set by the server only after this editor form was saved; a correction or a workflow move keeps the text.
  var saved = root.hasAttribute('data-saved');
  var kept = null;
  try { kept = JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { kept = null; }
  if (saved || document.getElementById('conflict')) {
    localStorage.removeItem(key);
    localStorage.removeItem(prefix + 'new');
  } else if (kept && (kept.body !== bodyHtml() || kept.title !== title.value)) {
    var banner = document.createElement('p');
    banner.className = 'nr-restore';
    banner.textContent = root.getAttribute('data-kept')
      .replace('{0}', new Date(kept.at).toLocaleString(english ? undefined : 'vi-VN')) + ' ';
    var use = document.createElement('button');
    use.type = 'button';
    use.className = 'nr-button nr-button--small';
    use.textContent = root.getAttribute('data-restore');
    use.addEventListener('click', function () {
      title.value = kept.title;
      sapo.value = kept.sapo;
      if (quill) {
        quill.setContents(quill.clipboard.convert({ html: kept.body }), 'user');
      } else {
        source.value = kept.body;
      }
      banner.remove();
      count();
    });
    banner.appendChild(use);
    form.insertBefore(banner, form.firstChild);
  }

  form.addEventListener('submit', function () {
    if (quill) {
      source.value = bodyHtml();
    }
  });
})();
