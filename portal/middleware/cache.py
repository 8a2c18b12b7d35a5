"""Keep public pages for anonymous visitors: in a CDN or reverse proxy, and in the server's own cache.

A page response gets `Cache-Control: public, max-age=PAGE_CACHE_SECONDS` only when it is safe to share:
a GET/HEAD 200 HTML response, not under /admin/, to a visitor with no session, that sets no cookie and
holds no CSRF token (forms such as the service report form are never shared). Wagtail's frontend cache
invalidation (settings.WAGTAILFRONTENDCACHE) purges a page from the CDN when it is published.

With PAGE_CACHE_SERVER on, the same responses are kept in Django's cache (Redis in production, shared by
every web process) and served from it to visitors without a session or a pending message; any content
change purges them all (portal.page_cache). Two middleware share the work: `AnonymousPageCacheMiddleware`,
inside every other, decides whether a response may be shared; `PageCacheHitMiddleware`, right after
Django's security middleware and WhiteNoise, keeps the finished response (with the headers every
middleware added, the Content-Security-Policy included, and compressed once in each encoding) and serves
a hit before any other middleware runs: one cache read and the bytes, as for a static file. A policy with a
nonce is never replayed (public pages carry no inline code, so theirs has none). The search page is left
to the rate limits (it is counted before anything is served).
"""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language_from_path

from core import content_cache
from core.languages import LANGUAGE_CODES, supported_language
from core.ratelimit import path_class
from portal import page_cache
from portal.middleware.language import DATA_PREFIXES

PRIVATE_PREFIXES = ("/admin/", "/documents/", "/api/", "/data/", "/healthz", "/readyz")


def language_in_url(request):
    """The URL says which language the page is in: a /<lang>/ prefix, or ?lang= on unprefixed pages."""
    return bool(get_language_from_path(request.path_info)) or request.GET.get("lang") in LANGUAGE_CODES


def url_language(request):
    """The language the URL names (/<lang>/ prefix, or ?lang= on the data URLs), "" when it names none."""
    code = get_language_from_path(request.path_info)
    if not code and request.path_info.startswith(DATA_PREFIXES):
        code = supported_language(request.GET.get("lang") or "")
    return code or ""


def may_use_server_cache(request):
    """A visitor who may be shown the page every anonymous visitor sees: no session, no message waiting."""
    if request.method not in {"GET", "HEAD"} or request.path_info.startswith(PRIVATE_PREFIXES):
        return False
    if path_class(request.method, request.path_info):
        return False  # counted by the rate limits first
    return not (
        request.COOKIES.get(settings.SESSION_COOKIE_NAME) or request.COOKIES.get(CookieStorage.cookie_name)
    )


class PageCacheHitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = None
        if page_cache.enabled() and may_use_server_cache(request):
            key = page_cache.key_for(request, language=url_language(request))
            if key:
                generation, entry = page_cache.lookup(key)
                if entry is not None:
                    response = page_cache.response_from(entry, request)
                    response["X-Page-Cache"] = "hit"
                    return response
                if request.method == "GET":
                    request.page_cache_slot = (key, generation)
        response = self.get_response(request)
        if not getattr(request, "page_cache_store", False):
            return response
        entry = page_cache.entry_for(request, response)
        if entry is None:
            return response
        page_cache.store(key, generation, entry)
        return page_cache.response_from(entry, request)


class ContentCacheScopeMiddleware:
    """Everything kept in the content cache that one request reads, under one read of the generation
    (core.content_cache.request_scope): one cache round trip per request instead of one per piece."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with content_cache.request_scope():
            return self.get_response(request)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if self.shareable(request, response):
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_SECONDS)
            # Kept by PageCacheHitMiddleware on the way out, once every middleware has added its headers.
            request.page_cache_store = getattr(request, "page_cache_slot", None) is not None
        elif not response.has_header("Cache-Control") and request.path_info.startswith("/admin/"):
            patch_cache_control(response, private=True, no_store=True)
        return response

    may_use_server_cache = staticmethod(may_use_server_cache)

    @staticmethod
    def shareable(request, response):
        if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in {"GET", "HEAD"}:
            return False
        if response.status_code != 200 or response.streaming or response.has_header("Cache-Control"):
            return False
        if request.path_info.startswith(PRIVATE_PREFIXES):
            return False
        if request.GET.get("q"):
            # A visitor's own words: a CDN must not keep them, whatever page they were typed into.
            return False
        if not language_in_url(request):
            # The language came from Accept-Language or the language cookie: a shared cache keyed on the
            # URL would hand one visitor's language to the next.
            return False
        if not response.get("Content-Type", "").startswith("text/html"):
            return False
        if (
            response.cookies
            or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            or request.META.get("CSRF_COOKIE_USED")
        ):
            return False
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return False
        session = getattr(request, "session", None)
        if session is not None and (session.accessed and not session.is_empty()):
            return False
        if request.COOKIES.get(settings.SESSION_COOKIE_NAME):
            patch_vary_headers(response, ["Cookie"])
            return False
        return True
