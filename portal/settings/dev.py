"""Development settings: what `make run` uses on a laptop."""

from .base import *  # noqa: F403
from .env import env, env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env("SECRET_KEY", "dev-only-not-secret-0b6f8c1e5a7d4e2f9c3b")
ALLOWED_HOSTS = ["*"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", False)
# Workflow e-mails (submissions, approvals) are printed in the runserver console.
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
