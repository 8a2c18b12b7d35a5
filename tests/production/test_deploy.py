"""Production settings: import with environment variables only, and `check --deploy` reports nothing."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def production_env(**extra):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST", "DJANGO"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="portal.example.org",
        CSRF_TRUSTED_ORIGINS="https://portal.example.org",
        DATABASE_URL=os.environ.get("DATABASE_URL", f"sqlite:///{ROOT / 'db.sqlite3'}"),
    )
    env.update(extra)
    return env


def run_python(code, **extra):
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=production_env(**extra),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_reports_nothing():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_read_the_environment():
    code = (
        "import django; django.setup(); from django.conf import settings as s;"
        "print(s.CACHES['default']['BACKEND']); print(s.CACHES['default']['LOCATION']);"
        "print(s.WAGTAILSEARCH_BACKENDS['default']['URLS']); print(s.DATABASES['default']['ENGINE']);"
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.SECURE_HSTS_SECONDS > 0);"
        "print(s.ADMIN_2FA_REQUIRED, s.AXES_ENABLED, s.RATELIMIT_ENABLED);"
        "print(sorted(s.WAGTAILFRONTENDCACHE['default'].items()))"
    )
    result = run_python(
        code,
        REDIS_URL="redis://redis:6379/1",
        ELASTICSEARCH_URL="https://elastic:pw@elasticsearch:9200",
        DATABASE_URL="postgres://portal:pw@db:5432/portal",
        FRONTEND_CACHE_BACKEND="http",
        FRONTEND_CACHE_LOCATION="http://varnish:6081",
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "django.core.cache.backends.redis.RedisCache"
    assert lines[1] == "redis://redis:6379/1"
    assert lines[2] == "['https://elastic:pw@elasticsearch:9200']"
    assert lines[3] == "django.db.backends.postgresql"
    assert lines[4] == "True True True True"
    assert lines[5] == "True True True"
    assert "http://varnish:6081" in lines[6]


def test_production_refuses_to_start_without_a_secret_key():
    result = run_python("import django; django.setup()", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_unknown_frontend_cache_backend_is_refused():
    result = run_python("import django; django.setup()", FRONTEND_CACHE_BACKEND="akamai")
    assert result.returncode != 0
    assert "FRONTEND_CACHE_BACKEND" in result.stderr


def test_production_sends_workflow_mail_over_smtp_from_the_environment():
    code = (
        "import django; django.setup(); from django.conf import settings as s;"
        "print(s.EMAIL_BACKEND); print(s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_USE_TLS);"
        "print(s.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL)"
    )
    result = run_python(
        code,
        EMAIL_HOST="smtp.example.org",
        EMAIL_PORT="587",
        EMAIL_USE_TLS="true",
        DEFAULT_FROM_EMAIL="desk@example.org",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "django.core.mail.backends.smtp.EmailBackend",
        "smtp.example.org 587 True",
        "desk@example.org",
    ]


def test_development_prints_workflow_mail():
    result = run_python(
        "import django; django.setup(); from django.conf import settings as s; print(s.EMAIL_BACKEND)",
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.core.mail.backends.console.EmailBackend"
