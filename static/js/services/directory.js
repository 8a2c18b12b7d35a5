/* Directory helpers: distance from the visitor's position (computed here, never sent), copy buttons. */
(function () {
  "use strict";

  function km(lat1, lng1, lat2, lng2) {
    var rad = Math.PI / 180, dLat = (lat2 - lat1) * rad, dLng = (lng2 - lng1) * rad;
    var a = Math.sin(dLat / 2) * Math.sin(dLat / 2) +
      Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
    return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  document.querySelectorAll(".distance-button").forEach(function (button) {
    if (!("geolocation" in navigator)) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        var here = position.coords;
        document.querySelectorAll("[data-lat][data-lng]").forEach(function (item) {
          var d = km(here.latitude, here.longitude, parseFloat(item.dataset.lat), parseFloat(item.dataset.lng));
          var label = button.dataset.distanceLabel.replace("{km}", d < 10 ? d.toFixed(1) : Math.round(d));
          item.querySelectorAll(".js-distance").forEach(function (span) { span.textContent = "(" + label + ")"; });
          item.dataset.distance = d;
        });
        var list = document.querySelector(".service-list");
        if (list) {
          Array.prototype.slice.call(list.children)
            .filter(function (li) { return li.dataset.distance; })
            .sort(function (a, b) { return a.dataset.distance - b.dataset.distance; })
            .forEach(function (li) { list.appendChild(li); });
        }
      }, function () { button.textContent = button.dataset.errorLabel; });
    });
  });

  document.querySelectorAll(".copy-button").forEach(function (button) {
    if (!navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var source = button.dataset.copyFrom ? document.getElementById(button.dataset.copyFrom) : null;
      var text = source ? source.value : button.dataset.copy;
      navigator.clipboard.writeText(text).then(function () {
        var original = button.textContent;
        button.textContent = button.dataset.copiedLabel;
        setTimeout(function () { button.textContent = original; }, 2000);
      });
    });
  });
})();
