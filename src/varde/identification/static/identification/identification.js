/* Identification check: a print button for the concern note (the page works fully without this). */
(function () {
  "use strict";
  document.documentElement.classList.add("v-js");
  var button = document.getElementById("print-note");
  if (!button) { return; }
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
})();
