"""Test settings: fast password hashing, in-memory cache, no manifest needed for static files."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .env import env

SECRET_KEY = "test-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}}
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://testserver")
# Security features that would get in the way of other tests; tests/production switches them on.
AXES_ENABLED = False
RATELIMIT_ENABLED = False
ADMIN_2FA_REQUIRED = False

# Imports in tests do not rebuild the bulk download; the test that needs it builds it into a temporary folder.
HSDS_DOWNLOAD_AFTER_IMPORT = False
OPEN_DATA_ROOT = Path(tempfile.gettempdir()) / "apmigrant-test-open-data"
