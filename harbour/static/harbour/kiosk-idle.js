// A class kiosk clears the children's names from the screen by itself when nobody uses it.
// Any touch or key press starts the wait again; shortly before the end a notice asks
// whether someone is still there (WCAG 2.2.1: the time can be extended). The server ends
// an idle kiosk too, so this only spares the screen, it is not the lock.
(function () {
  var body = document.body;
  var seconds = parseInt(body.getAttribute("data-idle-seconds"), 10);
  var url = body.getAttribute("data-idle-url");
  if (!seconds || !url) {
    return;
  }
  var notice = document.getElementById("idle-notice");
  var warnAfter = Math.max(seconds - 20, Math.floor(seconds * 0.75));
  var warnTimer = null;
  var endTimer = null;
  function wait() {
    window.clearTimeout(warnTimer);
    window.clearTimeout(endTimer);
    if (notice) {
      notice.hidden = true;
    }
    warnTimer = window.setTimeout(function () {
      if (notice) {
        notice.hidden = false;
      }
    }, warnAfter * 1000);
    endTimer = window.setTimeout(function () {
      window.location.assign(url);
    }, seconds * 1000);
  }
  ["pointerdown", "keydown", "input", "touchstart"].forEach(function (name) {
    document.addEventListener(name, wait, { passive: true });
  });
  wait();
})();
