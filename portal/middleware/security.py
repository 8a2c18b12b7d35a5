"""Security headers that depend on the path.

- Content-Security-Policy (django-csp, with a nonce per response): `frame-ancestors 'none'` everywhere,
  except /embed/ (settings.EMBED_FRAME_ANCESTORS, `*` by default) and /admin/, whose page previews are
  framed by the admin itself ('self'). Wagtail renders a preview (the live preview panel, a moderator's
  preview) by passing a dummy request for the public URL through this middleware again: that response keeps
  the public page's policy, except that the admin's origin may frame it (and X-Frame-Options SAMEORIGIN).
  Wagtail's admin still writes inline scripts and styles, so /admin/ alone gets 'unsafe-inline' for them
  (and no nonce, which would disable 'unsafe-inline').
- X-Frame-Options consistent with frame-ancestors: DENY, SAMEORIGIN under /admin/, none under /embed/
  (the header cannot express a list of origins, so CSP decides there).
- Permissions-Policy: geolocation only on embeds and on the responses a page marked with
  core.security.allow_geolocation (the service directory and the service pages it routes), nothing else.
"""

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware

from django.conf import settings

from core.security import origin_of_tile_url, permissions_policy

EMBED_PREFIX = "/embed/"
ADMIN_PREFIX = "/admin/"


def site_tile_origin(request):
    """The origin of the tile server the site settings name, if they name one ("" otherwise)."""
    from wagtail.models import Site

    from core.models.site_settings import settings_for_site

    portal_settings = settings_for_site(Site.find_for_request(request))
    return origin_of_tile_url(portal_settings.map_tile_url) if portal_settings else ""


def is_admin_preview(request):
    """Whether Wagtail is rendering this request as a preview inside the admin (never a visitor's request)."""
    return getattr(request, "is_preview", False) and getattr(request, "is_dummy", False)


class PathSecurityMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        path = request.path_info
        replace = dict(parts.replace or {})
        if path.startswith(EMBED_PREFIX):
            replace["frame-ancestors"] = list(settings.EMBED_FRAME_ANCESTORS) or ["'none'"]
        elif path.startswith(ADMIN_PREFIX):
            replace["frame-ancestors"] = [SELF]
            replace["script-src"] = [SELF, UNSAFE_INLINE]
            replace["style-src"] = [SELF, UNSAFE_INLINE]
            directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
            replace["img-src"] = [*directives["img-src"], "blob:"]
        elif response.get("Content-Type", "").startswith("text/html"):
            # Editors may point the maps at another tile server in the site settings.
            origin = site_tile_origin(request)
            directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
            if origin and origin not in directives["img-src"]:
                replace["img-src"] = [*directives["img-src"], origin]
        if is_admin_preview(request) and not path.startswith(EMBED_PREFIX):
            replace["frame-ancestors"] = [SELF]  # the editor's live preview panel frames it
        parts.replace = replace or None
        return parts

    def process_response(self, request, response):
        path = request.path_info
        if is_admin_preview(request) and not path.startswith(EMBED_PREFIX):
            response.headers["X-Frame-Options"] = "SAMEORIGIN"
        elif path.startswith(EMBED_PREFIX):
            # Framing is governed by CSP frame-ancestors alone on embeds.
            response.xframe_options_exempt = True
        elif path.startswith(ADMIN_PREFIX):
            response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        geolocation = path.startswith(EMBED_PREFIX) or getattr(response, "geolocation_allowed", False)
        response.headers.setdefault("Permissions-Policy", permissions_policy(geolocation))
        return super().process_response(request, response)
