"""Operational URLs outside the language prefix: health probes and the admin's two-factor pages."""

from django.urls import path

from portal import health, twofactor

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/2fa/setup/", twofactor.setup, name="otp-setup"),
    path("admin/2fa/verify/", twofactor.verify, name="otp-verify"),
]
