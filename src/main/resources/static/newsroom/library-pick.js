// "Chèn ảnh từ thư viện": finds photos in the library and lists them as choices the editor's form sends
// (libraryImage); the save then adds the photo with the caption and credit typed for this article.
(function () {
  'use strict';
  var box = document.getElementById('library-pick');
  if (!box) {
    return;
  }
  var results = document.getElementById('library-results');
  var words = document.getElementById('library-q');
  var caption = document.getElementById('newCaption');
  var credit = document.querySelector('input[name=newCredit]');
  var asked = 0;
  function find() {
    var mine = ++asked;
    fetch(box.dataset.src + '?q=' + encodeURIComponent(words.value), { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : ''; })
      .then(function (html) {
        // an answer to an earlier search that came late must not replace the latest
        if (mine === asked) {
          results.innerHTML = html;
        }
      });
  }
  box.addEventListener('toggle', function () {
    if (box.open && !results.hasChildNodes()) {
      find();
    }
  });
  document.getElementById('library-find').addEventListener('click', find);
  words.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      event.preventDefault();
      find();
    }
  });
  // the words the photo was last used with, as a start for this use; whatever was typed already stays
  results.addEventListener('change', function (event) {
    var picked = event.target;
    if (picked.name !== 'libraryImage') {
      return;
    }
    if (caption && !caption.value) {
      caption.value = picked.dataset.caption || '';
    }
    if (credit && !credit.value) {
      credit.value = picked.dataset.credit || '';
    }
  });
})();
