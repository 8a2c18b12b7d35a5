// Loads Leaflet and the interactive landscape map only when the reader asks for it: the server-drawn SVG
// choropleth is the map until then, so a first visit runs no map script at all.
(function () {
  "use strict";
  var loader = document.querySelector("[data-map-loader]");
  if (!loader) return;
  var button = loader.querySelector("button");

  function script(src) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement("script");
      element.src = src;
      element.onload = resolve;
      element.onerror = reject;
      document.head.appendChild(element);
    });
  }

  button.addEventListener("click", function () {
    button.disabled = true;
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = loader.dataset.leafletCss;
    document.head.appendChild(css);
    script(loader.dataset.leafletJs)
      .then(function () { return script(loader.dataset.mapJs); })
      .then(function () { loader.hidden = true; })
      .catch(function () { button.disabled = false; });
  });
  loader.hidden = false;
})();
