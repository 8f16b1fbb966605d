// Buttons with grave, public effects (taking an article off the site) ask first. Without JavaScript they act at once.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-confirm]') : null;
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });
})();
