"""Production settings: HTTPS only, secrets required from the environment."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env, env_bool, env_int

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be set in production")

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

REDIS_URL = env("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
# Rate-limit counters (and the daily salt of their keys) in a Redis that never evicts: pages kept in the
# page cache could otherwise push them out of an LRU cache. Redis applies its eviction policy per instance,
# so this is another instance (docker-compose: redis-limits, maxmemory-policy noeviction).
RATELIMIT_REDIS_URL = env("RATELIMIT_REDIS_URL", "")
if RATELIMIT_REDIS_URL:
    CACHES["ratelimit"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": RATELIMIT_REDIS_URL,
    }
    RATELIMIT_CACHE = "ratelimit"
# Pages kept by the server need the shared cache (see base.py).
PAGE_CACHE_SERVER = env_bool("PAGE_CACHE_SERVER", bool(REDIS_URL))
CONTENT_CACHE = env_bool("CONTENT_CACHE", bool(REDIS_URL))

# Probes answer over plain HTTP inside the network (portal.middleware.health answers them first anyway).
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True  # noqa: F405
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", True)

# Logs: the application logs no visitor IP address. gunicorn's access log (gunicorn.conf.py) leaves the
# address out unless the operator sets LOG_VISITOR_IP=true.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    "loggers": {
        # Django logs a disallowed Host header with the request, not the address; keep it quiet anyway.
        "django.security.DisallowedHost": {"handlers": [], "propagate": False},
    },
}
