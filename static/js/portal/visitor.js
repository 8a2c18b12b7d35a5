/* The visitor's tools on every page: quick exit, share, save for offline, and the service worker.
 * No user-facing text here: every string comes from data- attributes the templates translate. */
(function () {
  "use strict";

  var STORE = "portal-offline";

  /* ---- Quick exit (GOV.UK "Exit this page"): the button, or Shift pressed 3 times within 5 seconds,
   * blanks the page at once and replaces it in history with a neutral page (location.replace). */
  function setUpQuickExit() {
    var box = document.querySelector("[data-quick-exit]");
    if (!box) {
      return;
    }
    var url = box.getAttribute("data-exit-url");
    var status = box.querySelector("[data-quick-exit-status]");
    var presses = 0;
    var timer = null;

    var leaving = false;

    function exit(event) {
      if (event) {
        event.preventDefault();
      }
      if (leaving) {
        return;
      }
      leaving = true;
      document.documentElement.classList.add("quick-exit-active");
      document.title = box.getAttribute("data-leaving") || "";
      /* Leave at once when everything is cleared, and after 800 ms whatever happens. */
      var timeout = new Promise(function (resolve) { window.setTimeout(resolve, 800); });
      Promise.race([forgetEverything(), timeout]).then(leave, leave);
    }

    function leave() {
      window.location.replace(url);
    }

    box.querySelector("[data-quick-exit-button]").addEventListener("click", exit);
    document.addEventListener("keyup", function (event) {
      if (event.key !== "Shift") {
        presses = 0;
        return;
      }
      presses += 1;
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        presses = 0;
        if (status) {
          status.textContent = "";
        }
      }, 5000);
      if (presses >= 3) {
        exit();
      } else if (status) {
        status.textContent = box.getAttribute(presses === 1 ? "data-press-once" : "data-press-twice");
      }
    });
  }

  /* ---- What the portal left on this phone: the saved pages and numbers (localStorage) and every cache of the
   * service worker (pages read, pages saved, static files). The service worker itself is unregistered. */
  function forgetEverything() {
    try {
      window.localStorage.removeItem(STORE);
      window.sessionStorage.clear();
    } catch (error) {
      /* storage disabled: nothing kept */
    }
    var work = [];
    if (window.caches && window.caches.keys) {
      work.push(window.caches.keys().then(function (names) {
        return Promise.all(names.map(function (name) { return window.caches.delete(name); }));
      }));
    }
    if ("serviceWorker" in navigator && navigator.serviceWorker.getRegistrations) {
      work.push(navigator.serviceWorker.getRegistrations().then(function (registrations) {
        return Promise.all(registrations.map(function (registration) { return registration.unregister(); }));
      }));
    }
    return Promise.all(work);
  }

  /* ---- Share: the Web Share API where the phone has it, and copy the link; the app links work without JS. */
  function setUpShare() {
    var native = document.querySelector("[data-share-native]");
    if (native && navigator.share) {
      native.closest("[data-share-native-item]").hidden = false;
      native.addEventListener("click", function () {
        navigator.share({ title: native.getAttribute("data-share-title"), url: native.getAttribute("data-share-url") })
          .catch(function () {});
      });
    }
    var copy = document.querySelector("[data-copy-link]");
    if (copy && navigator.clipboard) {
      copy.closest("[data-copy-link-item]").hidden = false;
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(copy.getAttribute("data-share-url")).then(function () {
          copy.textContent = copy.getAttribute("data-copied");
        });
      });
    }
  }

  /* ---- Offline: remember emergency numbers of country guides read and the pages saved, for /offline/. */

  function load() {
    try {
      return JSON.parse(window.localStorage.getItem(STORE)) || { pages: [], emergency: [] };
    } catch (error) {
      return { pages: [], emergency: [] };
    }
  }

  function store(data) {
    try {
      window.localStorage.setItem(STORE, JSON.stringify(data));
    } catch (error) {
      /* storage full or disabled: nothing to keep */
    }
  }

  function pageTitle() {
    var heading = document.querySelector("main h1");
    return (heading ? heading.textContent : document.title).trim();
  }

  function rememberEmergencyNumbers() {
    var links = document.querySelectorAll(".emergency-box a[href^='tel:'], [data-emergency-numbers] a[href^='tel:']");
    if (!links.length) {
      return;
    }
    var numbers = Array.prototype.map.call(links, function (link) {
      var item = link.closest("li, tr, div") || link;
      return { tel: link.getAttribute("href"), text: item.textContent.replace(/\s+/g, " ").trim() };
    });
    var data = load();
    var path = window.location.pathname;
    data.emergency = data.emergency.filter(function (entry) { return entry.path !== path; });
    data.emergency.unshift({ path: path, title: pageTitle(), lang: document.documentElement.lang, numbers: numbers });
    data.emergency = data.emergency.slice(0, 10);
    store(data);
  }

  function setUpSaveButton() {
    var button = document.querySelector("[data-save-offline]");
    if (!button || !("serviceWorker" in navigator)) {
      return;
    }
    var statusLine = document.querySelector("[data-save-offline-status]");
    button.closest("[data-save-offline-item]").hidden = false;
    button.addEventListener("click", function () {
      button.disabled = true;
      navigator.serviceWorker.ready.then(function (registration) {
        registration.active.postMessage({ type: "save-page", url: window.location.href });
      });
    });
    navigator.serviceWorker.addEventListener("message", function (event) {
      var data = event.data || {};
      if (data.type !== "save-page-result") {
        return;
      }
      button.disabled = false;
      statusLine.textContent = button.getAttribute(data.ok ? "data-saved" : "data-failed");
      if (data.ok) {
        var saved = load();
        var path = window.location.pathname;
        saved.pages = saved.pages.filter(function (entry) { return entry.path !== path; });
        saved.pages.unshift({ path: path, title: pageTitle(), lang: document.documentElement.lang });
        store(saved);
        rememberEmergencyNumbers();
      }
    });
  }

  function element(tag, text, attributes) {
    var node = document.createElement(tag);
    node.textContent = text;
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }

  /* The pages the service worker keeps (read or saved), newest first, with the title and language read from
   * each cached page itself: what this phone can really show offline. */
  function cachedPages() {
    if (!window.caches || !window.DOMParser) {
      return Promise.resolve([]);
    }
    return window.caches.keys().then(function (names) {
      var kept = names.filter(function (name) { return /^(saved|pages)-/.test(name); }).sort().reverse();
      return Promise.all(kept.map(function (name) {
        return window.caches.open(name).then(function (cache) {
          return cache.keys().then(function (requests) {
            return Promise.all(requests.reverse().map(function (request) {
              return cache.match(request).then(function (response) {
                return response ? response.text() : "";
              }).then(function (html) {
                var doc = new window.DOMParser().parseFromString(html, "text/html");
                var heading = doc.querySelector("main h1");
                var url = new URL(request.url);
                return {
                  path: url.pathname + url.search,
                  title: (heading ? heading.textContent : doc.title).replace(/\s+/g, " ").trim(),
                  lang: doc.documentElement.getAttribute("lang") || ""
                };
              });
            }));
          });
        });
      }));
    }).then(function (lists) {
      return lists.reduce(function (all, list) { return all.concat(list); }, []);
    }).catch(function () {
      return [];
    });
  }

  function fillOfflinePage() {
    var pagesList = document.querySelector("[data-offline-pages]");
    var emergencyBox = document.querySelector("[data-offline-emergency]");
    if (!pagesList || !emergencyBox) {
      return;
    }
    var data = load();
    cachedPages().then(function (cached) {
      var seen = {};
      data.pages.concat(cached).forEach(function (entry) {
        if (seen[entry.path] || !entry.title || entry.path.indexOf("/offline/") === 0) {
          return;
        }
        seen[entry.path] = true;
        var item = document.createElement("li");
        item.appendChild(element("a", entry.title, { href: entry.path, lang: entry.lang }));
        pagesList.appendChild(item);
      });
      if (!pagesList.children.length) {
        pagesList.appendChild(element("li", pagesList.getAttribute("data-empty")));
      }
    });
    if (!data.emergency.length) {
      emergencyBox.appendChild(element("p", emergencyBox.getAttribute("data-empty")));
    }
    data.emergency.forEach(function (entry) {
      emergencyBox.appendChild(element("h3", entry.title, { lang: entry.lang }));
      var list = element("ul", "", { lang: entry.lang });
      entry.numbers.forEach(function (number) {
        var item = document.createElement("li");
        item.appendChild(element("a", number.text, { href: number.tel }));
        list.appendChild(item);
      });
      emergencyBox.appendChild(list);
    });
  }

  function registerServiceWorker() {
    if ("serviceWorker" in navigator && window.isSecureContext) {
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {});
    }
  }

  /* ---- Keyboard: Escape closes an open menu (the language switch) and puts focus back on its button. */
  function setUpMenus() {
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" && event.key !== "Esc") {
        return;
      }
      Array.prototype.forEach.call(document.querySelectorAll("details[data-menu][open]"), function (menu) {
        menu.open = false;
        menu.querySelector("summary").focus();
      });
    });
  }

  /* ---- After a filter form is sent (or a facet link followed), focus goes to the result count, not <body>. */
  var FOCUS_RESULTS = "portal-focus-results";

  function setUpFilterFocus() {
    function remember() {
      try {
        window.sessionStorage.setItem(FOCUS_RESULTS, "1");
      } catch (error) {
        /* storage disabled: focus stays where the browser puts it */
      }
    }
    Array.prototype.forEach.call(document.querySelectorAll("[data-filter-form]"), function (form) {
      form.addEventListener("submit", remember);
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-filter-links] a"), function (link) {
      link.addEventListener("click", remember);
    });
    var wanted;
    try {
      wanted = window.sessionStorage.getItem(FOCUS_RESULTS) === "1";
      window.sessionStorage.removeItem(FOCUS_RESULTS);
    } catch (error) {
      wanted = false;
    }
    var count = document.querySelector("[data-result-count]");
    if (wanted && count) {
      count.focus();
    }
  }

  setUpQuickExit();
  setUpMenus();
  setUpFilterFocus();
  setUpShare();
  setUpSaveButton();
  rememberEmergencyNumbers();
  fillOfflinePage();
  registerServiceWorker();
})();
