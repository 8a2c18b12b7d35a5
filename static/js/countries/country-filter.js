// Search-as-you-type on the country index: hides countries whose folded name does not contain the query.
// Without JavaScript the same form filters on the server (?q=). Folding mirrors search.normalise.fold:
// case-folded, Latin diacritics stripped, đ → d; marks of other scripts are kept.
(function () {
  "use strict";
  var form = document.querySelector("[data-country-filter]");
  var container = document.querySelector("[data-country-groups]");
  if (!form || !container) return;
  var input = form.querySelector("input[name=q]");
  var status = form.querySelector("[role=status]");
  var empty = container.querySelector("[data-country-empty]");
  var STROKED = { "đ": "d", "ð": "d", "ø": "o", "ł": "l", "ħ": "h", "ŧ": "t", "ƀ": "b", "ɨ": "i" };

  function isLatin(code) {
    return code < 0x250 || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x2c60 && code <= 0x2c7f) ||
      (code >= 0xa720 && code <= 0xa7ff);
  }

  function fold(text) {
    var lower = (text || "").normalize("NFKC").toLowerCase().replace(/[đðøłħŧƀɨ]/g, function (ch) {
      return STROKED[ch];
    });
    var out = "";
    var baseIsLatin = false;
    var decomposed = lower.normalize("NFD");
    for (var i = 0; i < decomposed.length; i++) {
      var ch = decomposed[i];
      if (/\p{M}/u.test(ch)) {
        if (baseIsLatin) continue;
      } else {
        baseIsLatin = isLatin(ch.charCodeAt(0));
      }
      out += ch;
    }
    return out.normalize("NFC").trim();
  }

  function apply() {
    var needle = fold(input.value);
    var shown = 0;
    container.querySelectorAll(".country-group").forEach(function (group) {
      var visible = 0;
      group.querySelectorAll("li[data-filter-text]").forEach(function (item) {
        var match = !needle || item.getAttribute("data-filter-text").indexOf(needle) !== -1;
        item.hidden = !match;
        if (match) visible++;
      });
      group.hidden = visible === 0;
      shown += visible;
    });
    if (empty) empty.hidden = shown !== 0;
    if (status) {
      var message = shown === 1 ? status.dataset.messageOne : status.dataset.messageMany;
      status.textContent = (message || "").replace("{count}", String(shown));
    }
  }

  // The server renders every country and hides those that do not match ?q=, so filtering in place
  // can show them again without a round trip.
  input.addEventListener("input", apply);
})();
