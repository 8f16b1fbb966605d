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
  function remember() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      try {
        localStorage.setItem(key, JSON.stringify({ title: title.value, sapo: sapo.value, body: bodyHtml(), at: Date.now() }));
      } catch (e) { /* private mode: nothing kept */ }
    }, 500);
  }
  title.addEventListener('input', remember);
  sapo.addEventListener('input', remember);
  source.addEventListener('input', remember);

  var saved = document.querySelector('.nr-flash--ok');
  var kept = null;
  try { kept = JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { kept = null; }
  if (saved || document.getElementById('conflict')) {
    localStorage.removeItem(key);
    localStorage.removeItem(prefix + 'new');
  } else if (kept && (kept.body !== bodyHtml() || kept.title !== title.value)) {
    var banner = document.createElement('p');
    banner.className = 'nr-restore';
    banner.textContent = document.documentElement.lang === 'en'
      ? 'Unsaved text from ' + new Date(kept.at).toLocaleString() + ' is kept in this browser. '
      : 'Có nội dung chưa lưu lúc ' + new Date(kept.at).toLocaleString('vi-VN') + ' còn giữ trong trình duyệt. ';
    var use = document.createElement('button');
    use.type = 'button';
    use.className = 'nr-button nr-button--small';
    use.textContent = 'Khôi phục / Restore';
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
