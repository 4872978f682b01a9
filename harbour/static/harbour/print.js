// A "Print" button for printable pages. The page works without it (use the browser's Print).
document.querySelectorAll(".print-button").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
