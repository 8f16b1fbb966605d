// Progressive help for the article page; every link works without it.
document.addEventListener('click', function (event) {
  var link = event.target.closest('[data-copy]');
  if (!link || !navigator.clipboard) {
    return;
  }
  event.preventDefault();
  navigator.clipboard.writeText(link.getAttribute('data-copy')).then(function () {
    var original = link.textContent;
    link.textContent = link.getAttribute('data-copied');
    setTimeout(function () { link.textContent = original; }, 2000);
  });
});
