// Logging out removes the unsaved articles the editor keeps in this browser (editor.js), so that the next person
// on a shared newsroom computer finds none of them.
(function () {
  'use strict';
  var PREFIX = 'toasoan.draft.';
  function forget() {
    try {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var key = localStorage.key(i);
        if (key && key.indexOf(PREFIX) === 0) {
          localStorage.removeItem(key);
        }
      }
    } catch (e) { /* storage unavailable: nothing was kept */ }
  }
  document.querySelectorAll('form[action="/toa-soan/dang-xuat"]').forEach(function (form) {
    form.addEventListener('submit', forget);
  });
})();
