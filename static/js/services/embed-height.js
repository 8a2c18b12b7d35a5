/* The embed tells the page that frames it how tall its content is, so that page can resize the iframe.
   Message: {type: "apmigrant:embed-height", height: <CSS pixels>}; the partner's few lines of script (shown on
   the "Open data and embeds" page) check the origin and set the iframe's height. */
(function () {
  "use strict";
  if (window.parent === window) return;
  var last = 0;
  function report() {
    var body = document.body;
    var style = window.getComputedStyle(body);
    var height = Math.ceil(body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    if (!height || height === last) return;
    last = height;
    window.parent.postMessage({ type: "apmigrant:embed-height", height: height }, "*");
  }
  if ("ResizeObserver" in window) new ResizeObserver(report).observe(document.body);
  window.addEventListener("load", report);
  report();
})();
