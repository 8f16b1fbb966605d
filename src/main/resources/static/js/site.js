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

// The hit counter: the page is the same for every reader, so the reader's visit is told apart from it. A page the
// browser only prerenders is counted once it is shown; without JavaScript, the image in <noscript> counts instead.
(function () {
  var beacon = document.querySelector('[data-view-beacon]');
  if (!beacon) {
    return;
  }
  var url = beacon.getAttribute('data-view-beacon');
  function send() {
    if (navigator.sendBeacon && navigator.sendBeacon(url)) {
      return;
    }
    if (window.fetch) {
      fetch(url, { method: 'POST', keepalive: true });
    }
  }
  if (document.prerendering) {
    document.addEventListener('prerenderingchange', send, { once: true });
  } else {
    send();
  }
})();
