// A class kiosk clears the children's names from the screen by itself when nobody uses it.
// Any touch or key press starts the wait again; shortly before the end a notice asks
// whether someone is still there (WCAG 2.2.1: the time can be extended). The server ends
// an idle kiosk too, so this only spares the screen, it is not the lock; while someone is
// using the page it tells the server so (at most every 30 s), and the two clocks agree.
(function () {
  var body = document.body;
  var seconds = parseInt(body.getAttribute("data-idle-seconds"), 10);
  var url = body.getAttribute("data-idle-url");
  if (!seconds || !url) {
    return;
  }
  var notice = document.getElementById("idle-notice");
  var warnAfter = Math.max(seconds - 20, Math.floor(seconds * 0.75));
  var stillHere = body.getAttribute("data-still-here-url");
  var tokenField = document.querySelector("input[name=csrfmiddlewaretoken]");
  var lastTold = Date.now();
  var warnTimer = null;
  var endTimer = null;
  function tellServer() {
    if (!stillHere || !tokenField || Date.now() - lastTold < 30000) {
      return;
    }
    lastTold = Date.now();
    window.fetch(stillHere, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": tokenField.value },
    }).catch(function () {});
  }
  function used() {
    tellServer();
    wait();
  }
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
    document.addEventListener(name, used, { passive: true });
  });
  wait();
})();
