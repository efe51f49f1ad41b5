/* Enhancement only: mirrors passed modules in localStorage and marks them on the course page.
   The server already knows (signed cookie or account); without this script everything still works. */
(function () {
  "use strict";
  var KEY = "varde.learning.passed";
  function read() {
    try { return JSON.parse(window.localStorage.getItem(KEY) || "{}"); } catch (e) { return {}; }
  }
  function write(data) {
    try { window.localStorage.setItem(KEY, JSON.stringify(data)); } catch (e) { /* storage off: fine */ }
  }
  var data = read();
  document.querySelectorAll("[data-learning-passed]").forEach(function (el) {
    var course = el.getAttribute("data-course");
    data[course] = data[course] || [];
    var id = el.getAttribute("data-learning-passed");
    if (data[course].indexOf(id) === -1) { data[course].push(id); }
    write(data);
  });
  document.querySelectorAll("[data-module-id]").forEach(function (el) {
    var course = el.getAttribute("data-course");
    var done = (data[course] || []).indexOf(el.getAttribute("data-module-id")) !== -1;
    var tag = el.querySelector("[data-status]");
    if (done && tag && tag.hidden) { tag.hidden = false; }
  });
})();
