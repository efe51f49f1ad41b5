/*
 * Quick exit ("Forlat siden"). Without JavaScript the button is a plain link to a neutral site.
 * With JavaScript it also replaces the current history entry, so the Back button does not return
 * here, and pressing Shift three times within two seconds leaves at once.
 */
(function () {
  "use strict";
  var button = document.getElementById("quick-exit");
  if (!button) { return; }
  var target = button.getAttribute("data-quick-exit-url") || button.href;

  function leave(event) {
    if (event) { event.preventDefault(); }
    document.body.style.visibility = "hidden";
    try { window.history.replaceState(null, "", "/"); } catch (e) { /* ignore */ }
    window.location.replace(target);
  }

  button.addEventListener("click", leave);

  var presses = [];
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") { return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 2000; });
    presses.push(now);
    if (presses.length >= 3) { leave(); }
  });
})();
