"""Let a CDN or reverse proxy keep public pages for anonymous visitors.

A page response gets `Cache-Control: public, max-age=PAGE_CACHE_SECONDS` only when it is safe to share:
a GET/HEAD 200 HTML response, not under /admin/, to a visitor with no session, that sets no cookie and
holds no CSRF token (forms such as the service report form are never shared). Wagtail's frontend cache
invalidation (settings.WAGTAILFRONTENDCACHE) purges a page from the CDN when it is published.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers

PRIVATE_PREFIXES = ("/admin/", "/documents/", "/api/", "/data/", "/healthz", "/readyz")


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if self.shareable(request, response):
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_SECONDS)
        elif not response.has_header("Cache-Control") and request.path_info.startswith("/admin/"):
            patch_cache_control(response, private=True, no_store=True)
        return response

    @staticmethod
    def shareable(request, response):
        if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in {"GET", "HEAD"}:
            return False
        if response.status_code != 200 or response.streaming or response.has_header("Cache-Control"):
            return False
        if request.path_info.startswith(PRIVATE_PREFIXES):
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
