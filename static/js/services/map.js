/* The service map: Leaflet with clustered markers loaded from the GeoJSON API for the visible area.
   What the map means does not depend on tiles: the shipped country outlines (Natural Earth, the file the
   landscape map uses) and the country names are drawn in panes under the tiles, so they show when no tile
   loads (offline, blocked, slow) and the tiles cover them when they do. Markers are focusable (Tab, then
   Enter opens the popup). Longitudes west of 30°W are drawn east of the antimeridian, so Samoa, Tonga,
   Kiribati and Fiji sit beside the rest of the Pacific instead of at the other end of the world.
   No text here: labels come from the page and from the browser's own country names (Intl.DisplayNames). */
(function () {
  "use strict";
  var element = document.getElementById("service-map");
  if (!element || !window.L) { return; }

  var map = L.map(element, { center: [13, 105], zoom: 4, minZoom: 2, maxZoom: 18 });
  map.createPane("outlines").style.zIndex = 150;      // under the tiles (200)
  map.createPane("countryLabels").style.zIndex = 160;
  map.getPane("countryLabels").style.pointerEvents = "none";
  if (element.dataset.tileUrl) {
    L.tileLayer(element.dataset.tileUrl, { attribution: element.dataset.attribution || "", maxZoom: 18 }).addTo(map);
  }
  var clusters = L.markerClusterGroup ? L.markerClusterGroup() : L.layerGroup();
  clusters.addTo(map);
  var target = element.dataset.linkTarget || "";
  var pending = null;
  var fitted = false;

  /* ---- Wrapped longitudes: one rule for points, and for rings (a ring crossing the antimeridian keeps its
   * eastern half and moves its western half by 360°). */
  var WEST_LIMIT = -30;

  function wrapLng(lng) {
    return lng < WEST_LIMIT ? lng + 360 : lng;
  }

  function wrapRing(ring) {
    var min = Infinity;
    var max = -Infinity;
    ring.forEach(function (point) { min = Math.min(min, point[0]); max = Math.max(max, point[0]); });
    var crosses = max - min > 180;
    if (max < WEST_LIMIT || crosses) {
      return ring.map(function (point) { return point[0] < 0 ? [point[0] + 360, point[1]] : point; });
    }
    return ring;
  }

  function wrapGeometry(geometry) {
    if (!geometry) { return geometry; }
    if (geometry.type === "Polygon") {
      return { type: "Polygon", coordinates: geometry.coordinates.map(wrapRing) };
    }
    if (geometry.type === "MultiPolygon") {
      return {
        type: "MultiPolygon",
        coordinates: geometry.coordinates.map(function (polygon) { return polygon.map(wrapRing); })
      };
    }
    return geometry;
  }

  /* ---- Outlines and names, under the tiles. */
  var language = document.documentElement.lang || "en";
  var names = null;
  try {
    names = new Intl.DisplayNames([language.replace("-hans", "-Hans").replace("-hant", "-Hant"), "en"], { type: "region" });
  } catch (error) {
    names = null;
  }
  var codes = {};
  try {
    codes = JSON.parse(element.dataset.countryCodes || "{}");
  } catch (error) {
    codes = {};
  }
  var labels = [];

  function countryName(feature) {
    var code = codes[String(feature.id)];
    if (code && names) {
      try {
        return names.of(code);
      } catch (error) { /* unknown code: the file's own name */ }
    }
    return (feature.properties && feature.properties.name) || "";
  }

  function largestPolygon(layer) {
    var best = null;
    var bestArea = -1;
    var latlngs = layer.getLatLngs();
    var polygons = (latlngs.length && Array.isArray(latlngs[0][0])) ? latlngs : [latlngs];
    polygons.forEach(function (rings) {
      var bounds = L.latLngBounds(rings[0]);
      var size = (bounds.getEast() - bounds.getWest()) * (bounds.getNorth() - bounds.getSouth());
      if (size > bestArea) { bestArea = size; best = bounds; }
    });
    return best;
  }

  function showLabelsThatFit() {
    labels.forEach(function (entry) {
      var west = map.latLngToLayerPoint(entry.bounds.getSouthWest());
      var east = map.latLngToLayerPoint(entry.bounds.getNorthEast());
      var fits = Math.abs(east.x - west.x) > entry.width;
      var node = entry.marker.getElement();
      if (node) { node.hidden = !fits; }
    });
  }

  function drawOutlines(topology) {
    if (!window.topojson || !topology.objects || !topology.objects.countries) { return; }
    var world = window.topojson.feature(topology, topology.objects.countries);
    var outlines = L.geoJSON(world.features.map(function (feature) {
      return { type: "Feature", id: feature.id, properties: feature.properties, geometry: wrapGeometry(feature.geometry) };
    }), {
      pane: "outlines",
      interactive: false,
      className: "map-outline",
      style: { color: "#7a8b99", weight: 1, fillColor: "#f4f1e8", fillOpacity: 1 }
    }).addTo(map);
    outlines.eachLayer(function (layer) {
      var code = codes[String(layer.feature.id)];
      var path = layer.getElement && layer.getElement();
      if (path && code) { path.classList.add("map-outline--" + code); }
      var name = countryName(layer.feature);
      var bounds = largestPolygon(layer);
      if (!name || !bounds) { return; }
      var marker = L.marker(bounds.getCenter(), {
        pane: "countryLabels",
        interactive: false,
        keyboard: false,
        icon: L.divIcon({ className: "map-country-label", html: "<span></span>", iconSize: null })
      }).addTo(map);
      var node = marker.getElement();
      node.firstChild.textContent = name;
      node.setAttribute("aria-hidden", "true");
      labels.push({ marker: marker, bounds: bounds, width: name.length * 6 });
    });
    showLabelsThatFit();
  }

  map.on("zoomend", showLabelsThatFit);
  if (element.dataset.outlinesUrl) {
    fetch(element.dataset.outlinesUrl)
      .then(function (response) { return response.ok ? response.json() : {}; })
      .then(drawOutlines)
      .catch(function () { /* no outlines: the markers still show */ });
  }

  /* ---- Services. */
  function popup(feature) {
    var link = document.createElement("a");
    link.href = feature.properties.url;
    link.textContent = feature.properties.name;
    if (target) { link.target = target; }
    return link;
  }

  function serviceMarker(feature, latlng) {
    var marker = L.marker(latlng, {
      keyboard: true,
      title: feature.properties.name,
      icon: L.divIcon({ className: "service-marker", iconSize: [18, 18] })
    });
    marker.on("add", function () {
      var node = marker.getElement();
      if (node) {
        node.setAttribute("role", "button");
        node.setAttribute("aria-label", feature.properties.name);
      }
    });
    return marker;
  }

  function load() {
    var b = map.getBounds();
    // A view across the antimeridian cannot be one bbox of the API: ask for every service of the filters.
    var acrossTheAntimeridian = b.getEast() > 180 || b.getWest() < -180;
    var bbox = [
      Math.max(-180, b.getWest()), Math.max(-90, b.getSouth()),
      Math.min(180, b.getEast()), Math.min(90, b.getNorth())
    ].map(function (n) { return n.toFixed(5); }).join(",");
    var params = element.dataset.params ? element.dataset.params + "&" : "";
    var url = element.dataset.geojsonUrl + "?" + params + (fitted && !acrossTheAntimeridian ? "bbox=" + bbox : "");
    if (pending) { pending.abort(); }
    pending = new AbortController();
    fetch(url, { signal: pending.signal, headers: { Accept: "application/geo+json" } })
      .then(function (response) { return response.ok ? response.json() : { features: [] }; })
      .then(function (data) {
        clusters.clearLayers();
        var layer = L.geoJSON(data, {
          coordsToLatLng: function (coords) { return L.latLng(coords[1], wrapLng(coords[0])); },
          pointToLayer: serviceMarker,
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
