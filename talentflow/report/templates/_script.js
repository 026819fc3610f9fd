(function () {
  "use strict";
  var bar = document.getElementById("evidence-filters");
  if (!bar) { return; }
  bar.addEventListener("click", function (ev) {
    var btn = ev.target.closest("button[data-driver]");
    if (!btn) { return; }
    var want = btn.getAttribute("data-driver");
    bar.querySelectorAll("button").forEach(function (b) { b.classList.toggle("on", b === btn); });
    document.querySelectorAll("#evidence-list .quote").forEach(function (q) {
      var show = want === "" || q.getAttribute("data-driver") === want;
      q.classList.toggle("hidden", !show);
    });
  });
})();
