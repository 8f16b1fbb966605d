// The article editor: Quill over the body field and a title counter. The form works without either. Quill keeps the
// body field up to date as one types, so that the working copy (working-copy.js) reads the form alone.
(function () {
  'use strict';
  var form = document.getElementById('editor-form');
  if (!form) {
    return;
  }
  var source = document.getElementById('body');
  var title = document.getElementById('title');
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
    // the body as Quill writes it from the start, so that opening and leaving an article changes nothing
    source.value = quill.root.innerHTML;
    quill.on('text-change', function () {
      source.value = quill.root.innerHTML;
      source.dispatchEvent(new Event('input', { bubbles: true }));
    });
    nameToolbar(quill.getModule('toolbar').container, holder.dataset);
    placeAtCaret(quill);
  }

  // "Đặt ảnh tại con trỏ": a photo stands after the paragraph where the caret was last in the body. The number the
  // form sends is what the reader page counts (the body's top-level blocks), so older articles read as before.
  function placeAtCaret(quill) {
    var last = null;
    quill.on('selection-change', function (range) {
      if (range) {
        last = range;
      }
    });
    document.querySelectorAll('[data-place-figure]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var range = last || { index: quill.getLength() };
        var leaf = quill.getLeaf(Math.max(0, Math.min(range.index, quill.getLength() - 1)))[0];
        var node = leaf && leaf.domNode;
        while (node && node.parentNode !== quill.root) {
          node = node.parentNode;
        }
        var after = node ? Array.prototype.indexOf.call(quill.root.children, node) + 1 : 0;
        var field = document.querySelector(button.dataset.placeFigure);
        field.value = after;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        var note = button.parentNode.querySelector('.nr-placed');
        if (note) {
          note.textContent = button.dataset.placed.replace('{0}', after);
        }
      });
    });
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

  form.addEventListener('submit', function () {
    if (quill) {
      source.value = bodyHtml();
    }
  });
})();
