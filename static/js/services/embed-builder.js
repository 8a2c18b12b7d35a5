/* The embed builder: the preview and the code follow the options as they change. Without JavaScript the
   form is a GET form and the page comes back with the same preview and code. On a first visit the preview
   (a whole service map) waits until the reader scrolls near it, so it does not load with the page. */
(function () {
  "use strict";
  var form = document.getElementById("embed-builder-form");
  if (!form) return;
  var frame = document.getElementById("embed-preview");
  var code = document.getElementById("embed-builder-code");
  var copy = document.getElementById("embed-builder-copy");
  var data = form.dataset;

  function escapeAttribute(text) {
    return String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function update() {
    var params = new URLSearchParams();
    ["lang", "country", "type"].forEach(function (name) {
      var value = form.elements[name].value;
      if (value) params.set(name, value);
    });
    var height = parseInt(form.elements.height.value, 10);
    if (!(height >= Number(data.minHeight) && height <= Number(data.maxHeight))) height = Number(data.defaultHeight);
    var src = data.origin + data.embedPath + "?" + params.toString();
    if (frame.getAttribute("src") !== src) {
      frame.style.height = height + "px";
      frame.setAttribute("src", src);
    }
    frame.setAttribute("height", String(height));
    code.value =
      '<iframe src="' + escapeAttribute(src) + '" title="' + escapeAttribute(data.title) + '" height="' +
      height + '" style="width:100%;border:0" loading="lazy" data-apmigrant-embed></iframe>\n' + data.script;
  }

  function loadPreview() {
    if (!frame.getAttribute("src")) frame.setAttribute("src", frame.dataset.src);
  }

  if (!frame.getAttribute("src")) {
    var link = document.querySelector("[data-embed-preview-link]");
    if (link) link.hidden = true;
    frame.hidden = false; // an empty frame of the chosen height holds the place: nothing moves when it loads
    if ("IntersectionObserver" in window) {
      var observer = new IntersectionObserver(function (entries) {
        if (entries.some(function (entry) { return entry.isIntersecting; })) {
          observer.disconnect();
          loadPreview();
        }
      }, { rootMargin: "400px 0px" });
      observer.observe(frame);
    } else {
      loadPreview();
    }
  }

  form.addEventListener("input", update);
  form.addEventListener("change", update);
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(code.value).then(function () {
        copy.textContent = copy.dataset.copiedLabel;
      });
    });
  }
})();
