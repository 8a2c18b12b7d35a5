// The landscape choropleth. Outlines and colours come from the portal's own GeoJSON API, so the map still
// shows every country and its class when the tile server cannot be reached; tiles are only a backdrop.
(function () {
  "use strict";
  var element = document.querySelector("[data-landscape-map]");
  if (!element || typeof L === "undefined") return;
  var COLOURS = ["#f1eef6", "#bdc9e1", "#74a9cf", "#2b8cbe", "#045a8d"];
  var NO_DATA = "#d9d9d9";
  var data = element.dataset;
  var format = new Intl.NumberFormat(data.language || undefined, { maximumFractionDigits: 2 });

  // The server-drawn SVG stays until Leaflet takes over the same box (countries/svg_map.py).
  var svg = element.querySelector("[data-landscape-svg]");
  if (svg) svg.remove();
  element.classList.add("landscape-map--interactive");
  var map = L.map(element, { center: [15, 105], zoom: 3, minZoom: 2, worldCopyJump: true });
  // The region straddles 180°: longitudes west of 30°W are drawn east of 180° so Fiji, Samoa, Chukotka and
  // the lines across the Pacific stay in one piece (the API's GeoJSON itself stays within ±180, RFC 7946).
  function coordsToLatLng(coords) { return L.latLng(coords[1], coords[0] < -30 ? coords[0] + 360 : coords[0]); }
  if (data.tileUrl && !data.corridorsUrl) {
    var tiles = L.tileLayer(data.tileUrl, { attribution: data.tileAttribution || "", maxZoom: 10 });
    tiles.on("tileerror", function () { element.setAttribute("data-tiles-failed", "true"); });
    tiles.addTo(map);
  }

  function style(feature) {
    var index = feature.properties["class"];
    return {
      className: "landscape-country landscape-country--" + feature.properties.iso_code,
      color: "#444",
      weight: 1,
      fillOpacity: 0.85,
      fillColor: index === null || index === undefined ? NO_DATA : COLOURS[index] || NO_DATA
    };
  }

  function label(properties) {
    var text = properties.name + ": ";
    text += properties.value === null ? data.labelNoData : format.format(properties.value);
    if (properties.value_female !== null && properties.value_female !== undefined) {
      text += " (" + data.labelWomen + ": " + format.format(properties.value_female) + ")";
    }
    return text;
  }

  fetch(data.geojsonUrl, { headers: { Accept: "application/geo+json" } })
    .then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    })
    .then(function (collection) {
      var layer = L.geoJSON(collection, {
        style: style,
        coordsToLatLng: coordsToLatLng,
        onEachFeature: function (feature, path) {
          var tooltip = document.createElement("span");
          tooltip.textContent = label(feature.properties);
          path.bindTooltip(tooltip, { sticky: true });
          if (feature.properties.guide_url) {
            path.on("click", function () { window.location.assign(feature.properties.guide_url); });
          }
        }
      }).addTo(map);
      var withData = collection.features.filter(function (f) { return f.properties.value !== null; });
      var bounds = withData.length ? L.geoJSON({ type: "FeatureCollection", features: withData }, { coordsToLatLng: coordsToLatLng }).getBounds() : layer.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [10, 10] });
      if (data.corridorsUrl) drawCorridors();
      element.setAttribute("data-features", String(collection.features.length));
      element.setAttribute("data-map-ready", "true");
    })
    .catch(function () { element.setAttribute("data-map-error", "true"); });

  // Corridors: one line per country pair, its width growing with the square root of the stock.
  function drawCorridors() {
    fetch(data.corridorsUrl, { headers: { Accept: "application/geo+json" } })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (collection) {
        var largest = Math.max.apply(null, collection.features.map(function (f) { return f.properties.value; }).concat([1]));
        L.geoJSON(collection, {
          coordsToLatLng: coordsToLatLng,
          style: function (feature) {
            return { className: "landscape-corridor", color: "#b3261e", opacity: 0.85, weight: 1 + 9 * Math.sqrt(feature.properties.value / largest) };
          },
          onEachFeature: function (feature, path) {
            var tooltip = document.createElement("span");
            var p = feature.properties;
            var arrow = document.documentElement.dir === "rtl" ? " ← " : " → ";
            tooltip.textContent = p.origin_name + arrow + p.destination_name + ": " + format.format(p.value);
            path.bindTooltip(tooltip, { sticky: true });
          }
        }).addTo(map);
        element.setAttribute("data-corridors", String(collection.features.length));
      })
      .catch(function () { element.setAttribute("data-map-error", "true"); });
  }
})();
