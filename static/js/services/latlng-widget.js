/* Admin: a map under a location's latitude/longitude inputs. Click or drag the marker to fill them in;
   typing in the inputs moves the marker. No GeoDjango: the inputs stay plain decimal fields. */
(function () {
  "use strict";
  var lat = document.getElementById("id_latitude");
  var lng = document.getElementById("id_longitude");
  var config = document.getElementById("services-latlng-config");
  if (!lat || !lng || !window.L || !config) { return; }

  var holder = document.createElement("div");
  holder.className = "services-latlng-map";
  holder.style.blockSize = "320px";
  holder.setAttribute("role", "application");
  holder.setAttribute("aria-label", config.dataset.label);
  var help = document.createElement("p");
  help.textContent = config.dataset.label;
  var row = lng.closest("[data-field-wrapper]") || lng.parentNode;
  row.parentNode.insertBefore(help, row.nextSibling);
  help.parentNode.insertBefore(holder, help.nextSibling);

  var start = (lat.value && lng.value) ? [parseFloat(lat.value), parseFloat(lng.value)] : [13, 105];
  var map = L.map(holder).setView(start, lat.value ? 13 : 4);
  L.tileLayer(config.dataset.tileUrl, { maxZoom: 18 }).addTo(map);
  var marker = L.marker(start, { draggable: true, keyboard: true }).addTo(map);

  function fill(latlng) {
    lat.value = latlng.lat.toFixed(6);
    lng.value = latlng.lng.toFixed(6);
  }
  marker.on("dragend", function () { fill(marker.getLatLng()); });
  map.on("click", function (event) { marker.setLatLng(event.latlng); fill(event.latlng); });
  function fromInputs() {
    var a = parseFloat(lat.value), b = parseFloat(lng.value);
    if (!isNaN(a) && !isNaN(b)) { marker.setLatLng([a, b]); map.panTo([a, b]); }
  }
  lat.addEventListener("change", fromInputs);
  lng.addEventListener("change", fromInputs);
})();
