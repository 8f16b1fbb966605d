// Keyboard shortcuts for the moderation queue: j/k move, a approve, e edit, r reject, x select, o open, / search.
(function () {
  var items = Array.prototype.slice.call(document.querySelectorAll('.mod-item'));
  var all = document.querySelector('[data-select-all]');
  if (all) {
    all.addEventListener('change', function () {
      document.querySelectorAll('[data-select]').forEach(function (box) { box.checked = all.checked; });
    });
  }
  if (!items.length) {
    return;
  }
  var current = -1;
  function go(index) {
    if (index < 0 || index >= items.length) {
      return;
    }
    if (current >= 0) {
      items[current].classList.remove('is-current');
    }
    current = index;
    items[current].classList.add('is-current');
    items[current].focus();
  }
  function open(selector, focusSelector) {
    var details = items[current].querySelector(selector);
    if (details) {
      details.open = true;
      var field = details.querySelector(focusSelector);
      if (field) {
        field.focus();
      }
    }
  }
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
      return;
    }
    var key = event.key;
    if (key === '/') {
      var search = document.querySelector('[data-search]');
      if (search) {
        event.preventDefault();
        search.focus();
      }
      return;
    }
    if (key === 'j') {
      go(current + 1);
    } else if (key === 'k') {
      go(Math.max(0, current - 1));
    } else if (current < 0) {
      return;
    } else if (key === 'a') {
      items[current].querySelector('[data-action="approve"]').click();
    } else if (key === 'e') {
      event.preventDefault();
      open('[data-edit]', 'textarea');
    } else if (key === 'r') {
      event.preventDefault();
      open('[data-reject]', 'select');
    } else if (key === 'x') {
      var box = items[current].querySelector('[data-select]');
      if (box) {
        box.checked = !box.checked;
      }
    } else if (key === 'o') {
      items[current].querySelector('[data-open]').click();
    } else {
      return;
    }
  });
  if (items.length) {
    go(0);
  }
})();
