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
  // The page leaves a little before the server's own limit, so a tap on "Still there?"
  // always reaches a kiosk that is still running.
  seconds = Math.max(5, seconds - 5);
  var warnAfter = Math.max(seconds - 20, Math.floor(seconds * 0.75));
  var stillHere = body.getAttribute("data-still-here-url");
  var tokenField = document.querySelector("input[name=csrfmiddlewaretoken]");
  var lastTold = Date.now();
  var warnTimer = null;
  var endTimer = null;
  var pending = null;
  function tellServer() {
    if (!stillHere || !tokenField) {
      return;
    }
    var since = Date.now() - lastTold;
    if (since < 30000) {
      // Told a moment ago: tell again once 30 s have passed, so the server never hears of
      // the last touch later than 30 s after it (its clock stays behind the page's).
      if (pending === null) {
        pending = window.setTimeout(function () {
          pending = null;
          tellServer();
        }, 30000 - since);
      }
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
