/* On the portal's own pages: resize every iframe marked data-apmigrant-embed to the height its embed reports
   (the same lines partners paste, kept in a file because the portal's CSP allows no inline script). */
(function () {
  "use strict";
  window.addEventListener("message", function (event) {
    if (event.origin !== window.location.origin || !event.data || event.data.type !== "apmigrant:embed-height") return;
    document.querySelectorAll("iframe[data-apmigrant-embed]").forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = event.data.height + "px";
    });
  });
})();
