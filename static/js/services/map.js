/* The service map: Leaflet with clustered markers loaded from the GeoJSON API for the visible area.
   Markers are vector circles, so they show even when no tile loads. No text here: labels come from the page. */
(function () {
  "use strict";
  var element = document.getElementById("service-map");
  if (!element || !window.L) { return; }

  var map = L.map(element, { center: [13, 105], zoom: 4, minZoom: 2, maxZoom: 18 });
  if (element.dataset.tileUrl) {
    L.tileLayer(element.dataset.tileUrl, { attribution: element.dataset.attribution || "", maxZoom: 18 }).addTo(map);
  }
  var clusters = L.markerClusterGroup ? L.markerClusterGroup() : L.layerGroup();
  clusters.addTo(map);
  var target = element.dataset.linkTarget || "";
  var pending = null;
  var fitted = false;

  function popup(feature) {
    var link = document.createElement("a");
    link.href = feature.properties.url;
    link.textContent = feature.properties.name;
    if (target) { link.target = target; }
    return link;
  }

  function load() {
    var b = map.getBounds();
    var bbox = [
      Math.max(-180, b.getWest()), Math.max(-90, b.getSouth()),
      Math.min(180, b.getEast()), Math.min(90, b.getNorth())
    ].map(function (n) { return n.toFixed(5); }).join(",");
    var params = element.dataset.params ? element.dataset.params + "&" : "";
    var url = element.dataset.geojsonUrl + "?" + params + (fitted ? "bbox=" + bbox : "");
    if (pending) { pending.abort(); }
    pending = new AbortController();
    fetch(url, { signal: pending.signal, headers: { Accept: "application/geo+json" } })
      .then(function (response) { return response.ok ? response.json() : { features: [] }; })
      .then(function (data) {
        clusters.clearLayers();
        var layer = L.geoJSON(data, {
          pointToLayer: function (feature, latlng) {
            return L.circleMarker(latlng, { radius: 8, weight: 2, color: "#0b5394", fillColor: "#3d85c6", fillOpacity: 0.9 });
          },
          onEachFeature: function (feature, marker) { marker.bindPopup(popup(feature)); }
        });
        clusters.addLayer(layer);
        if (!fitted) {
          fitted = true;
          if (data.features && data.features.length) { map.fitBounds(layer.getBounds(), { maxZoom: 12, padding: [20, 20] }); }
        }
      })
      .catch(function () { /* aborted or offline: keep the markers we have */ });
  }

  map.on("moveend", load);
  load();
})();
