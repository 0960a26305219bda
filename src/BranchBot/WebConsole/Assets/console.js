// BranchBot secretary console: small progressive enhancements only; every page works without this script.
"use strict";
document.addEventListener("submit", function (event) {
  var form = event.target;
  var question = form.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
    return;
  }
  // One click is one request: a slow upload must not be sent twice.
  var buttons = form.querySelectorAll("button[type=submit]");
  window.setTimeout(function () {
    for (var i = 0; i < buttons.length; i++) { buttons[i].disabled = true; }
  }, 0);
});
