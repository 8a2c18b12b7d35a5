"""Cache-based rate limits per visitor and per class of path.

Classes (settings.RATELIMITS, "<requests>/<seconds>" per client; settings.RATELIMITS_PER_ADDRESS, the
ceiling for everyone behind one address):
- search: the search page /<lang>/search/, /api/search, and the service directory and its embed when they
  are asked for a text query (`?q=`, counted by the directory view itself through `check`)
- autocomplete: /api/search/autocomplete, a class of its own since every few keystrokes ask it
- report: the feedback form, counted by the view where the report is saved (whatever URL reached it)
- api: every other GET/HEAD under /api/ and /data/

Many migrants share one address (a shelter's Wi-Fi, a dormitory, a mobile operator's carrier-grade NAT), so
a visitor is counted twice: as a *client* (the address with the browser's User-Agent and Accept-Language),
which one abusive script exhausts quickly, and as an *address*, whose ceiling is many times higher so that a
crowd of real people behind it is not locked out. Both counts are sliding windows (the previous window
weighs in by the share of it still inside the last `<seconds>`), so a burst at a window's edge cannot double
the rate.

Over the limit the visitor gets 429 with Retry-After: JSON under /api/ and /data/, a small translated HTML
page elsewhere. Keys are core.security.visitor_key hashes (a salt that changes daily and lives only in
the cache); nothing here logs or stores an address. The counters live in the cache named by
settings.RATELIMIT_CACHE, which production can point at a Redis that never evicts (pages cannot push the
counters out).
"""

import logging
import math
import re
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from core.security import visitor_key

LANG = r"[a-z]{2,3}(?:-[a-z]+)?"
SEARCH_PAGE = re.compile(rf"^/{LANG}/search/?$")
API_AUTOCOMPLETE = re.compile(r"^/api/(?:v\d+/)?search/autocomplete")
API_SEARCH = re.compile(r"^/api/(?:v\d+/)?search")
API_PREFIXES = ("/api/", "/data/")
logger = logging.getLogger(__name__)


class RateLimited(Exception):
    """Raised by `check` inside a view; RateLimitMiddleware answers it with a 429."""

    def __init__(self, retry_after):
        super().__init__(retry_after)
        self.retry_after = retry_after


def path_class(method, path):
    """The class a request is counted in by the middleware (the report form and the directory's text
    queries are counted by their views)."""
    if method not in {"GET", "HEAD"}:
        return None
    if API_AUTOCOMPLETE.match(path):
        return "autocomplete"
    if SEARCH_PAGE.match(path) or API_SEARCH.match(path):
        return "search"
    if path.startswith(API_PREFIXES):
        return "api"
    return None


def parse_rate(rate):
    requests, _sep, seconds = str(rate).partition("/")
    return int(requests), int(seconds or 60)


def client_address(request):
    """The visitor's address. Behind RATELIMIT_TRUSTED_PROXIES proxies that each append the address they
    received from to RATELIMIT_TRUSTED_PROXY_HEADER, the visitor's is that many entries from the right:
    whatever the client wrote itself stands further left and is ignored."""
    header = settings.RATELIMIT_TRUSTED_PROXY_HEADER
    proxies = settings.RATELIMIT_TRUSTED_PROXIES
    if header and proxies > 0:
        addresses = [part.strip() for part in request.META.get(header, "").split(",") if part.strip()]
        if len(addresses) >= proxies:
            return addresses[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def client_identity(request):
    """The address plus what the browser says about itself: tells apart the people behind one address
    well enough for a per-client limit, and costs an abuser nothing to change (hence the address ceiling)."""
    return "|".join(
        [
            client_address(request),
            request.META.get("HTTP_USER_AGENT", "")[:300],
            request.META.get("HTTP_ACCEPT_LANGUAGE", "")[:100],
        ]
    )


def _now():
    return time.time()


def counter_cache():
    return caches[settings.RATELIMIT_CACHE]


def _count(cache, key, window, now):
    """Count one request under key; return the sliding-window estimate of requests in the last window."""
    window_start = now - now % window
    current_key = f"{key}:{window_start}"
    cache.add(current_key, 0, timeout=2 * window + 1)
    try:
        current = cache.incr(current_key)
    except ValueError:  # expired between add and incr
        cache.set(current_key, 1, timeout=2 * window + 1)
        current = 1
    previous = cache.get(f"{key}:{window_start - window}") or 0
    elapsed = (now - window_start) / window
    return current + previous * (1 - elapsed), window_start


def hit(path_cls, request):
    """Count this request; return the seconds to wait when over either limit, else None.

    If the counters' cache fails (down, or full: its Redis refuses writes rather than evict), the request
    is let through and a warning logged: a missing limit for a while beats a server error for everyone."""
    try:
        return _hit(path_cls, request)
    except Exception as error:  # noqa: BLE001 (any cache backend's error)
        logger.warning("rate-limit counters unavailable (%s): request not counted", type(error).__name__)
        return None


def _hit(path_cls, request):
    cache = counter_cache()
    now = _now()
    retry = None
    checks = (
        ("client", client_identity(request), settings.RATELIMITS[path_cls]),
        ("address", client_address(request), settings.RATELIMITS_PER_ADDRESS.get(path_cls)),
    )
    for scope, identity, rate in checks:
        if not rate:
            continue
        limit, window = parse_rate(rate)
        key = f"portal:rl:{path_cls}:{scope}:{visitor_key(identity, cache)}"
        estimate, window_start = _count(cache, key, window, int(now))
        if estimate > limit:
            retry = max(retry or 0, max(1, math.ceil(window_start + window - now)))
    return retry


def check(request, path_cls):
    """Count a request in a view; raise RateLimited when over the limit (the middleware answers 429)."""
    if settings.RATELIMIT_ENABLED:
        retry_after = hit(path_cls, request)
        if retry_after is not None:
            raise RateLimited(retry_after)


def too_many_requests(request, retry_after):
    path = request.path_info
    if path.startswith(API_PREFIXES):
        response = JsonResponse(
            {
                "error": "rate_limited",
                "detail": "Too many requests. Try again later.",
                "retry_after": retry_after,
            },
            status=429,
        )
    else:
        language = translation.get_language_from_path(path) or translation.get_language()
        language = language or settings.LANGUAGE_CODE
        with translation.override(language):
            html = render_to_string(
                "portal/security/too_many_requests.html",
                {"retry_after": retry_after, "language": language, "title": _("Too many requests")},
            )
        response = HttpResponse(html, status=429, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.RATELIMIT_ENABLED:
            path_cls = path_class(request.method, request.path_info)
            if path_cls is not None:
                retry_after = hit(path_cls, request)
                if retry_after is not None:
                    return too_many_requests(request, retry_after)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, RateLimited):
            return too_many_requests(request, exception.retry_after)
        return None
