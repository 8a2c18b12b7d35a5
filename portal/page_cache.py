"""The server's own cache of public pages: keys, storage, and the purge that follows every content change.

Every key carries a generation that any content change replaces, so one cache write purges every page at
once: a change to a policy also changes the home page's latest updates, a service the directory, an
indicator the map. Editors' changes are rare beside visitors' reads, so purging everything costs little.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

GENERATION_KEY = "page-cache:generation"

# Apps whose rows never show on a public page (sessions, login attempts, visitors' reports, TOTP devices).
IGNORED_APPS = {"sessions", "axes", "admin", "contenttypes", "otp_totp", "otp_static", "django_otp"}
IGNORED_MODELS = {"services.servicereport", "auth.user", "auth.group", "auth.permission"}


def enabled():
    return settings.PAGE_CACHE_SERVER and settings.PAGE_CACHE_SECONDS > 0


def _generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(GENERATION_KEY)
    return generation


def key_for(request):
    """The cache key of a page: the generation and the whole URL (host, language prefix, query string)."""
    url = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"page-cache:{_generation()}:{url}"


def get(key):
    return cache.get(key)


def store(key, response):
    """Keep a response under the key taken when its request began: if content changed while the page was
    being rendered, the key's generation is already a purged one and the stale page is never served."""
    cache.set(key, response, settings.PAGE_CACHE_SECONDS)


def purge():
    """Forget every cached page (a new generation; the old entries expire on their own)."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def purge_now_and_on_commit():
    # Now, so this process stops serving the old page; after the commit too, because another request may
    # have cached the old content between the change and its commit.
    purge()
    transaction.on_commit(purge)


def _on_change(sender, **kwargs):
    meta = getattr(sender, "_meta", None)
    if meta is None or meta.app_label in IGNORED_APPS or meta.label_lower in IGNORED_MODELS:
        return
    if enabled():
        purge_now_and_on_commit()


def _on_import(sender, **kwargs):
    if enabled():
        purge_now_and_on_commit()


def connect():
    """Purge on every saved, deleted or re-linked row that may show on a page, and after a bulk import."""
    post_save.connect(_on_change, dispatch_uid="page_cache_post_save")
    post_delete.connect(_on_change, dispatch_uid="page_cache_post_delete")
    m2m_changed.connect(_on_change, dispatch_uid="page_cache_m2m_changed")
    from services.signals import services_imported

    services_imported.connect(_on_import, dispatch_uid="page_cache_services_imported")
