"""Cache-based rate limits per visitor and per class of path.

Classes (settings.RATELIMITS, "<requests>/<seconds>"):
- search: the search page /<lang>/search/ and /api/search...
- report: POSTs to /<lang>/services/<id>/report/ (the feedback form)
- api: every other GET/HEAD under /api/ and /data/

Over the limit the visitor gets 429 with Retry-After: JSON under /api/ and /data/, a small translated HTML
page elsewhere. Visitors are told apart by portal.security.visitor_key: their IP address hashed with a
salt that changes daily and lives only in the cache. Nothing here logs or stores an address.
"""

import re
import time

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from portal.security import visitor_key

LANG = r"[a-z]{2,3}(?:-[a-z]+)?"
SEARCH_PAGE = re.compile(rf"^/{LANG}/search/?$")
REPORT_FORM = re.compile(rf"^/{LANG}/services/[^/]+/report/?$")
API_SEARCH = re.compile(r"^/api/(?:v\d+/)?search")
API_PREFIXES = ("/api/", "/data/")


def path_class(method, path):
    if method == "POST" and REPORT_FORM.match(path):
        return "report"
    if method not in {"GET", "HEAD"}:
        return None
    if SEARCH_PAGE.match(path) or API_SEARCH.match(path):
        return "search"
    if path.startswith(API_PREFIXES):
        return "api"
    return None


def parse_rate(rate):
    requests, _sep, seconds = str(rate).partition("/")
    return int(requests), int(seconds or 60)


def client_address(request):
    header = settings.RATELIMIT_TRUSTED_PROXY_HEADER
    if header and request.META.get(header):
        # The left-most address is the visitor's when the proxy in front appends to the header.
        return request.META[header].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def hit(path_cls, request):
    """Count this request; return the seconds to wait when over the limit, else None."""
    limit, window = parse_rate(settings.RATELIMITS[path_cls])
    now = int(time.time())
    window_start = now - now % window
    key = f"portal:rl:{path_cls}:{visitor_key(client_address(request), cache)}:{window_start}"
    cache.add(key, 0, timeout=window + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=window + 1)
        count = 1
    if count > limit:
        return max(1, window_start + window - now)
    return None


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
        language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
        with translation.override(language):
            html = render_to_string(
                "portal/security/too_many_requests.html",
                {"retry_after": retry_after, "language": language, "title": _("Too many requests")},
            )
        from django.http import HttpResponse

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
