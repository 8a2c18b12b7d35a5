/* The editor's language toggle, made trustworthy for translators (issue 22):
   - each toggle button reads "Tiếng Việt (vi)" (the code stays the button's text, which wagtail-modeltranslation reads);
   - a panel holding fields of several languages ("About this policy") never hides with one language;
   - copying another language's content into a field asks first;
   - with English hidden, each translated field shows its English source, read-only, above it.
   Settings come from the JSON in #editorial-translator-settings (editorial/wagtail_hooks.py). */
(function () {
  "use strict";

  var settingsNode = document.getElementById("editorial-translator-settings");
  if (!settingsNode) return;
  var config = JSON.parse(settingsNode.textContent);
  var codes = config.languages.map(function (language) { return language.code; });
  var codePattern = new RegExp(" \\[(" + codes.join("|") + ")\\]", "g");

  function suffix(code) {
    // modeltranslation's column suffix: "zh-hans" -> "zh_hans", "id" -> "ind".
    return code === "id" ? "ind" : code.replace(/-/g, "_");
  }

  function nameButtons() {
    var names = {};
    config.languages.forEach(function (language) { names[language.code] = language.name; });
    document.querySelectorAll("button.locale-toggle").forEach(function (button) {
      var code = button.textContent.trim();
      if (!names[code]) return;
      button.setAttribute("data-name", names[code]);
      button.setAttribute("lang", code);
      button.setAttribute("aria-pressed", button.classList.contains("showing-locale") ? "true" : "false");
    });
  }

  function markContainers() {
    document.querySelectorAll("form section.w-panel, form div.w-panel__wrapper").forEach(function (panel) {
      var found = {};
      (panel.textContent.match(codePattern) || []).forEach(function (match) { found[match] = true; });
      if (Object.keys(found).length > 1) panel.classList.add("l10n-container");
    });
  }

  function confirmCopies() {
    document.addEventListener("click", function (event) {
      var button = event.target.closest && event.target.closest(".translation-field-copy");
      if (!button) return;
      var from = button.textContent.trim();
      var language = config.languages.filter(function (l) { return l.code === from; })[0];
      var message = config.confirmCopy.replace("{language}", language ? language.name + " (" + from + ")" : from);
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    }, true);
  }

  function translateCopyLabels() {
    // wagtail-modeltranslation writes "Copy content from: " in English; the portal's catalogues translate it.
    document.querySelectorAll(".translation-field-copy-wrapper").forEach(function (wrapper) {
      var label = wrapper.firstChild;
      if (label && label.nodeType === Node.TEXT_NODE && config.copyContentFrom) {
        label.textContent = config.copyContentFrom + ": ";
      }
    });
  }

  function textOf(value) {
    // Plain text of a field's value: an input's text, or the strings inside a rich-text or stream JSON value.
    var parsed;
    try { parsed = JSON.parse(value); } catch (error) { return value; }
    var parts = [];
    (function walk(node, key) {
      if (typeof node === "string") {
        if (key === "text" || key === "value" || key === null) {
          parts.push(new DOMParser().parseFromString(node, "text/html").body.textContent);
        }
      } else if (Array.isArray(node)) {
        node.forEach(function (item) { walk(item, null); });
      } else if (node && typeof node === "object") {
        Object.keys(node).forEach(function (k) { if (k !== "id" && k !== "type") walk(node[k], k); });
      }
    })(parsed, null);
    return parts.join("\n").trim();
  }

  function showSources() {
    var sourceSuffix = "_" + suffix(config.source);
    codes.forEach(function (code) {
      if (code === config.source) return;
      var ending = "_" + suffix(code);
      document.querySelectorAll("form [name$='" + ending + "']").forEach(function (field) {
        var base = field.name.slice(0, -ending.length);
        var source = document.querySelector("form [name='" + base + sourceSuffix + "']");
        var wrapper = field.closest(".w-field__wrapper") || field.closest(".w-panel__wrapper");
        if (!source || !wrapper || wrapper.querySelector(".l10n-source")) return;
        var text = textOf(source.value || "");
        var box = document.createElement("div");
        box.className = "l10n-source";
        box.setAttribute("lang", config.source);
        box.setAttribute("dir", "ltr");
        var label = document.createElement("p");
        label.className = "l10n-source__label";
        label.textContent = config.sourceLabel;
        var body = document.createElement("p");
        body.className = "l10n-source__text";
        body.textContent = text || config.emptySource;
        box.appendChild(label);
        box.appendChild(body);
        wrapper.insertBefore(box, wrapper.firstChild);
      });
    });
  }

  function followSourceToggle() {
    var sourceButton = null;
    document.querySelectorAll("button.locale-toggle").forEach(function (button) {
      if (button.textContent.trim() === config.source) sourceButton = button;
    });
    function update() {
      var shown = sourceButton && sourceButton.classList.contains("showing-locale");
      document.body.classList.toggle("l10n-source-hidden", !shown);
      nameButtons();
    }
    document.addEventListener("click", function (event) {
      if (event.target.closest && event.target.closest("button.locale-toggle")) window.setTimeout(update, 0);
    });
    update();
  }

  function start() {
    confirmCopies();
    // wagtail-modeltranslation builds its toggle in a jQuery ready handler; ours runs after it.
    window.setTimeout(function () {
      markContainers();
      translateCopyLabels();
      nameButtons();
      showSources();
      followSourceToggle();
    }, 0);
  }

  if (window.jQuery) {
    window.jQuery(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
