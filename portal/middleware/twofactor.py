"""Require a verified one-time code (django-otp) for every admin page after a password sign-in.

An authenticated user who has not verified a device this session is redirected to /admin/2fa/verify/
(or /admin/2fa/setup/ when they have no device yet). Sign-in, sign-out, password reset and the 2FA pages
themselves stay open. Switched by settings.ADMIN_2FA_REQUIRED (on in production).
"""

from urllib.parse import quote

from django_otp import user_has_device

from django.conf import settings
from django.shortcuts import redirect

from portal.twofactor import SETUP_URL, VERIFY_URL

OPEN_ADMIN_PATHS = (
    "/admin/login/",
    "/admin/logout/",
    "/admin/password_reset/",
    "/admin/2fa/",
    "/admin/jsi18n/",
)


class AdminTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            settings.ADMIN_2FA_REQUIRED
            and path.startswith("/admin/")
            and not path.startswith(OPEN_ADMIN_PATHS)
            and request.user.is_authenticated
            and not request.user.is_verified()
        ):
            target = VERIFY_URL if user_has_device(request.user) else SETUP_URL
            return redirect(f"{target}?next={quote(request.get_full_path())}")
        return self.get_response(request)
