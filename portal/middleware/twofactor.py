"""Require a verified one-time code (django-otp) for every admin page after a password sign-in.

An authenticated user who has not verified a device this session is redirected to /admin/2fa/verify/
(or /admin/2fa/setup/ when they have no device yet). Sign-in, sign-out, password reset and the 2FA pages
themselves stay open. Switched by settings.ADMIN_2FA_REQUIRED (on in production).

Wagtail's second sign-in form, /<lang>/_util/login/ (for login-restricted pages), leads through the same
code: a successful sign-in there is sent to confirm a code before it reaches the page it came for. The
pages and documents themselves ask for it too (portal.wagtail_hooks, before_serve_page/_document).
"""

import re

from django.conf import settings

from portal.twofactor import needs_second_factor, second_factor_redirect

OPEN_ADMIN_PATHS = (
    "/admin/login/",
    "/admin/logout/",
    "/admin/password_reset/",
    "/admin/2fa/",
    "/admin/jsi18n/",
)


FRONTEND_LOGIN = re.compile(r"^/[^/]+/_util/login/?$")


class AdminTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            path.startswith("/admin/")
            and not path.startswith(OPEN_ADMIN_PATHS)
            and needs_second_factor(request)
        ):
            return second_factor_redirect(request)
        if not FRONTEND_LOGIN.match(path) or not settings.ADMIN_2FA_REQUIRED:
            return self.get_response(request)
        if request.method == "GET" and needs_second_factor(request):
            return second_factor_redirect(request, request.GET.get("next") or "/")
        response = self.get_response(request)
        if response.status_code in (301, 302, 303) and needs_second_factor(request):
            # Signed in with the password just now: the code comes before the page.
            return second_factor_redirect(request, response["Location"])
        return response
