"""Base settings, safe for production: no secret, DEBUG off, everything else from the environment."""

from pathlib import Path

from core.languages import (  # noqa: F401  (installs the extra locale info)
    DEFAULT_LANGUAGE,
    LANGUAGES,
    localized_verbose_name,
)

from .database import database_from_url
from .env import env, env_bool, env_int, env_list

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
CSRF_FAILURE_VIEW = "portal.errors.csrf_failure"

# The portal's own apps, in layers from the bottom up (the import-linter contract in pyproject.toml): core,
# editorial, the feature apps, then what gathers them (home, search) and the project itself (portal). The page
# cache watches their models and the backup test digests their rows, both from this list.
PROJECT_APPS = ["core", "editorial", "countries", "policies", "services", "search", "home", "portal"]

INSTALLED_APPS = [
    # modeltranslation must be loaded before the apps whose models it translates.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    *PROJECT_APPS,
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "leaflet",
    "wagtail.contrib.frontend_cache",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Health probes first: answered before host validation and the HTTPS redirect.
    "portal.middleware.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Serves kept pages before anything else runs (the rest below runs when the page is rendered).
    "portal.middleware.cache.PageCacheHitMiddleware",
    # What the content cache keeps (menus, settings, routes, lists) read under one read of its generation.
    "portal.middleware.cache.ContentCacheScopeMiddleware",
    # Outside the page cache and the API headers: compresses public HTML and JSON, cached or not.
    "portal.middleware.compression.PublicCompressionMiddleware",
    "portal.middleware.api.ReadOnlyApiMiddleware",  # CORS and ETag on /api/ and /data/
    "core.ratelimit.RateLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "portal.middleware.language.DataLanguageMiddleware",  # ?lang= on /api/, /data/, /embed/
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.middleware.twofactor.AdminTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.security.PathSecurityMiddleware",  # CSP, frames, Permissions-Policy by path
    "portal.middleware.cache.AnonymousPageCacheMiddleware",
    "portal.middleware.routing.CachedRouteMiddleware",  # Wagtail's page routes from the content cache
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.languages",
            ],
        },
    },
]

# --- Database: an embedded SQLite file unless DATABASE_URL names another.
DATABASES = {"default": database_from_url(env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"))}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Languages
LANGUAGE_CODE = DEFAULT_LANGUAGE
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
LOCALE_PATHS = [BASE_DIR / "locale"]

MODELTRANSLATION_DEFAULT_LANGUAGE = DEFAULT_LANGUAGE
MODELTRANSLATION_FALLBACK_LANGUAGES = (DEFAULT_LANGUAGE,)
# Labels end in the language code, "[id]" rather than the column's "[ind]": the editor's toggle matches them.
MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME = localized_verbose_name
# One slug per page in every language: switching language only swaps the /<lang>/ prefix.
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False
WAGTAILMODELTRANSLATION_LOCALE_PICKER = True
# The languages a translator chose stay chosen across saves and validation errors (kept in localStorage).
WAGTAILMODELTRANSLATION_LOCALE_PICKER_RESTORE = True

# --- Static and media files
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Search: Wagtail's database backend unless ELASTICSEARCH_URL names a cluster.
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", "")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": env("ELASTICSEARCH_INDEX_PREFIX", "apmigrant_"),
            "TIMEOUT": 5,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# --- Cache
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "apmigrant",
    }
}

# --- Wagtail
WAGTAIL_SITE_NAME = "Asia-Pacific Migrant Portal"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False  # content is translated field by field with modeltranslation
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "txt", "csv", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# No avatar from gravatar.com: the admin would send a hash of each editor's e-mail to another host (and the
# admin's CSP blocks it anyway). Editors upload an avatar in their account settings, or see the default one.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- E-mail: Wagtail tells moderators of each submission, and editors of approval or rejection.
# SMTP from the environment (docker-compose: the mailpit catcher); dev.py prints the messages instead.
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "portal@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = env_bool("WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", False)

# --- Maps (django-leaflet serves Leaflet itself: no CDN)
MAP_TILE_URL = env("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env(
    "MAP_TILE_ATTRIBUTION", '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
)
LEAFLET_CONFIG = {
    "DEFAULT_CENTER": (13.0, 105.0),
    "DEFAULT_ZOOM": 4,
    "MIN_ZOOM": 2,
    "MAX_ZOOM": 18,
    "TILES": [("OpenStreetMap", MAP_TILE_URL, {"attribution": MAP_TILE_ATTRIBUTION})],
    "RESET_VIEW": False,
}

# --- Security defaults that hold in every environment
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Content-Security-Policy (django-csp 4). portal.middleware.security adapts it by path:
# /embed/ may be framed by EMBED_FRAME_ANCESTORS, /admin/ gets the relaxed policy Wagtail's admin needs.
from csp.constants import NONCE, NONE, SELF  # noqa: E402

from core.security import origin_of_tile_url  # noqa: E402

MAP_TILE_ORIGIN = origin_of_tile_url(MAP_TILE_URL)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:", *([MAP_TILE_ORIGIN] if MAP_TILE_ORIGIN else [])],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
EMBED_FRAME_ANCESTORS = env_list("EMBED_FRAME_ANCESTORS", "*")

# --- Rate limits (core.ratelimit): "<requests>/<seconds>" per path class, per client (address,
# User-Agent and Accept-Language) and, higher, per address: many migrants share one address (a shelter's
# Wi-Fi, a dormitory, carrier-grade NAT), so the address ceiling is set for a crowd, the client limit for one
# person. Visitors are told apart by hashes salted with a random value that changes every day and lives only
# in the cache: no IP address is stored or logged.
RATELIMIT_ENABLED = env_bool("RATELIMIT_ENABLED", True)
RATELIMIT_TRUSTED_PROXY_HEADER = env("RATELIMIT_TRUSTED_PROXY_HEADER", "")  # e.g. HTTP_X_FORWARDED_FOR
# How many proxies in front append to that header: the visitor's address is that many entries from the right.
RATELIMIT_TRUSTED_PROXIES = env_int("RATELIMIT_TRUSTED_PROXIES", 1)
RATELIMITS = {
    "search": env("RATELIMIT_SEARCH", "30/60"),
    "autocomplete": env("RATELIMIT_AUTOCOMPLETE", "120/60"),
    "report": env("RATELIMIT_REPORT", "5/600"),
    "api": env("RATELIMIT_API", "120/60"),
}
RATELIMITS_PER_ADDRESS = {
    "search": env("RATELIMIT_SEARCH_PER_ADDRESS", "600/60"),
    "autocomplete": env("RATELIMIT_AUTOCOMPLETE_PER_ADDRESS", "2400/60"),
    "report": env("RATELIMIT_REPORT_PER_ADDRESS", "50/600"),
    "api": env("RATELIMIT_API_PER_ADDRESS", "1200/60"),
}
# The cache holding the counters: production points it at a Redis that never evicts (RATELIMIT_REDIS_URL).
RATELIMIT_CACHE = "default"

# --- Caching of public pages for anonymous visitors (a CDN or reverse proxy may keep them this long;
# Wagtail's frontend cache invalidation purges a page when it is published).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
# The server keeps those pages too (portal.page_cache). Only with a cache every web process shares: with
# one cache per process, a purge on publish would reach one process only.
PAGE_CACHE_SERVER = env_bool("PAGE_CACHE_SERVER", False)
# Pieces many pages share (menus, site settings, routes, related lists, figures) kept in the cache under the
# generation a content change replaces (core.content_cache). Same condition: a cache every web process shares.
CONTENT_CACHE = env_bool("CONTENT_CACHE", False)
CONTENT_CACHE_SECONDS = env_int("CONTENT_CACHE_SECONDS", 3600)
# The query parameters public pages read. A page asked for with any other (or with a free-text `q`, the
# visitor's own words) is not kept by the server: every unknown parameter would otherwise make a new entry.
PAGE_CACHE_QUERY_PARAMETERS = {
    "lang",
    "page",
    "country",
    "type",
    "status",
    "objective",
    "year",
    "sort",
    "indicator",
    "direction",
    "view",
    "city",
    "language",
    "group",
    "free",
}
API_CACHE_SECONDS = env_int("API_CACHE_SECONDS", 60)
# The bulk HSDS download (/data/hsds-3.0.zip), rebuilt after every import and by `build_hsds_download`.
OPEN_DATA_ROOT = Path(env("OPEN_DATA_ROOT") or MEDIA_ROOT / "open-data")
HSDS_DOWNLOAD_AFTER_IMPORT = env_bool("HSDS_DOWNLOAD_AFTER_IMPORT", True)
FRONTEND_CACHE_BACKEND = env("FRONTEND_CACHE_BACKEND", "")  # "", "http" or "cloudflare"
if FRONTEND_CACHE_BACKEND == "http":
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("FRONTEND_CACHE_LOCATION", "http://127.0.0.1:8080"),
        }
    }
elif FRONTEND_CACHE_BACKEND == "cloudflare":
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": env("CLOUDFLARE_BEARER_TOKEN", ""),
            "ZONEID": env("CLOUDFLARE_ZONE_ID", ""),
        }
    }
elif FRONTEND_CACHE_BACKEND:
    from django.core.exceptions import ImproperlyConfigured  # noqa: E402

    raise ImproperlyConfigured(
        f"FRONTEND_CACHE_BACKEND must be empty, http or cloudflare, not {FRONTEND_CACHE_BACKEND!r}"
    )
WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]

# --- Editors' accounts: lockout after failed logins (django-axes), two-factor authentication (django-otp).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = ["username"]  # an editor's account, whatever address the attempts come from
# No visitor address, User-Agent or Accept header is stored with a failed attempt (portal.axes_handler).
AXES_HANDLER = "portal.axes_handler.PrivateAxesHandler"
AXES_CLIENT_IP_CALLABLE = "portal.axes_handler.no_client_address"
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
AXES_USERNAME_FORM_FIELD = "username"
AXES_LOCKOUT_TEMPLATE = "portal/security/lockout.html"
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", True)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# axes.W006 asks to lock by IP address too. We lock the account itself (username), which rotating
# addresses or user agents cannot bypass, and keep no editor's IP address for it.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]

# --- Harvesting partners' HSDS feeds (services.harvest, `manage.py harvest_hsds`).
HARVEST_TIMEOUT = env_int("HARVEST_TIMEOUT", 30)  # seconds per request
HARVEST_MAX_BYTES = env_int("HARVEST_MAX_BYTES", 50 * 1024 * 1024)  # everything one harvest reads
HARVEST_MAX_PAGES = env_int("HARVEST_MAX_PAGES", 500)  # pages of one listing
# Private, loopback and link-local addresses are refused (a harvest must not reach the portal's own network);
# the tests and a harvest from a second portal on the same machine need them.
HARVEST_ALLOW_PRIVATE_ADDRESSES = env_bool("HARVEST_ALLOW_PRIVATE_ADDRESSES", False)
