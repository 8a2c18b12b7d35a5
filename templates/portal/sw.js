{% load static %}/* The portal's service worker (served at /sw.js, scope /), version {{ version }}.
 * Pages: network first, so visitors always get fresh content online; every page read is kept (the latest
 * 40 pages) and shown from the cache when the network fails; pages saved with "Save this page for offline
 * reading" are kept in their own cache until the visitor clears it. Never-read pages offline: /offline/.
 * Search results are never kept: what a visitor searched for must not stay on the phone.
 * Static files: cache first (their names carry a content hash). Everything else (APIs, map tiles, admin)
 * goes to the network untouched. Quick exit deletes every cache from the page (static/js/portal/visitor.js). */
"use strict";
const VERSION = "{{ version|escapejs }}";
const PAGES = "pages-v" + VERSION;
const SAVED = "saved-v1";
const STATIC = "static-v" + VERSION;
const MAX_PAGES = 40;
const PRECACHE = ["{% static 'css/portal.css' %}", "{% static 'js/portal/visitor.js' %}", "{% static 'img/favicon.svg' %}"];
const LANGUAGE_PREFIX = /^\/([a-z]{2,3}(?:-[a-z]+)?)\//i;
const NEVER_KEPT = /^\/[a-z]{2,3}(?:-[a-z]+)?\/search\//i;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(STATIC).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  const keep = new Set([PAGES, SAVED, STATIC]);
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => !keep.has(name)).map((name) => caches.delete(name))))
      .then(() => self.clients.claim())
  );
});

function offlineUrl(url) {
  const match = url.pathname.match(LANGUAGE_PREFIX);
  return "/offline/?lang=" + (match ? match[1] : "en");
}

async function trim(cacheName) {
  const cache = await caches.open(cacheName);
  const keys = await cache.keys();
  for (const request of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) {
    await cache.delete(request);
  }
}

async function networkFirst(request) {
  const url = new URL(request.url);
  const keep = !NEVER_KEPT.test(url.pathname);
  try {
    const response = await fetch(request);
    const type = response.headers.get("Content-Type") || "";
    if (keep && response.ok && type.startsWith("text/html")) {
      const cache = await caches.open(PAGES);
      await cache.put(request, response.clone());
      trim(PAGES);
      // Awaited (once per language): the offline page must be cached before the network can go away.
      const fallback = offlineUrl(url);
      if (!(await cache.match(fallback))) {
        await cache.add(fallback).catch(() => {});
      }
    }
    return response;
  } catch (error) {
    const cached = (keep && (await caches.match(request, { ignoreSearch: false }))) || (await caches.match(offlineUrl(url)));
    if (cached) {
      return cached;
    }
    throw error;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(STATIC);
    cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (url.pathname.startsWith("/admin/") || url.pathname.startsWith("/api/") || url.pathname === "/sw.js") {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request));
  } else if (url.pathname.startsWith("{{ static_url|escapejs }}")) {
    event.respondWith(cacheFirst(request));
  }
});

/* "Save this page for offline reading": the page posts its URL; it goes into the cache that is never trimmed. */
self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type !== "save-page" || typeof data.url !== "string") {
    return;
  }
  const url = new URL(data.url, self.location.origin);
  if (url.origin !== self.location.origin) {
    return;
  }
  const reply = (ok) => event.source && event.source.postMessage({ type: "save-page-result", url: url.href, ok });
  event.waitUntil(
    caches.open(SAVED)
      .then((cache) => cache.add(new Request(url.href, { credentials: "same-origin" })))
      .then(() => reply(true), () => reply(false))
  );
});
