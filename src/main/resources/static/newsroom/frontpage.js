// "Trang nhất": the featured stories can be dragged into order as well as moved with their ↑ ↓ buttons, which work
// without this script. A drop saves the new order at once, as each button does.
(function () {
  'use strict';
  var list = document.getElementById('featured');
  var form = document.getElementById('order-form');
  if (!list || !form || list.children.length < 2) {
    return;
  }
  function order() {
    return Array.prototype.map.call(list.children, function (item) {
      return item.getAttribute('data-id');
    }).join(',');
  }
  var before = order();
  var dragged = null;
  Array.prototype.forEach.call(list.children, function (item) {
    item.draggable = true;
    item.classList.add('is-draggable');
    item.title = list.getAttribute('data-drag-hint');
    item.addEventListener('dragstart', function (event) {
      dragged = item;
      item.classList.add('is-dragging');
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', item.getAttribute('data-id'));
    });
    item.addEventListener('dragover', function (event) {
      if (!dragged || dragged === item) {
        return;
      }
      event.preventDefault();
      var box = item.getBoundingClientRect();
      list.insertBefore(dragged, event.clientY > box.top + box.height / 2 ? item.nextSibling : item);
    });
    item.addEventListener('drop', function (event) {
      event.preventDefault();
    });
    item.addEventListener('dragend', function () {
      item.classList.remove('is-dragging');
      dragged = null;
      var after = order();
      if (after !== before) {
        form.elements.order.value = after;
        form.submit();
      }
    });
  });
})();
