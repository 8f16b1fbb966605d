// "Ảnh đại diện": a click on a photo in the editor sets the focal point its crops keep in view. The point travels in
// the value of the photo's button ("imageId:x:y", percent), which the page also sends without this script.
(function () {
  'use strict';
  function show(box, x, y) {
    var mark = box.querySelector('.nr-focus__mark');
    if (mark) {
      mark.style.left = x + '%';
      mark.style.top = y + '%';
      mark.hidden = false;
    }
  }
  document.querySelectorAll('.nr-focus').forEach(function (box) {
    var parts = (box.dataset.focus || '').split(':');
    var button = box.closest('.nr-figure__photo').querySelector('[data-lead-button]');
    show(box, parts[1] || 50, parts[2] || 50);
    box.addEventListener('click', function (event) {
      var img = box.querySelector('img');
      var r = img.getBoundingClientRect();
      var x = Math.round(Math.min(100, Math.max(0, (event.clientX - r.left) / r.width * 100)));
      var y = Math.round(Math.min(100, Math.max(0, (event.clientY - r.top) / r.height * 100)));
      show(box, x, y);
      if (button) {
        button.value = parts[0] + ':' + x + ':' + y;
        button.classList.add('nr-button--primary');
      }
    });
  });
})();
