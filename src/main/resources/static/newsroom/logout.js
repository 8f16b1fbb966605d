// Logging out removes any unsaved article an earlier version of the editor kept in this browser's storage, so that
// the next person on a shared newsroom computer finds none of them. Working copies now live on the server, per account
// (working-copy.js).
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
