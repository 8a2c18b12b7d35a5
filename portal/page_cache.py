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

# The apps whose rows show on public pages. A listener on a model's deletes keeps Django from deleting its
# rows in one query, so listeners go on these models only, and not on the rows always written with their
# parent service (the service's own save or the import's signal purges for them), nor on visitors' reports,
# nor on image renditions (made while a page renders: a purge there would empty the cache on every render).
WATCHED_APPS = {"portal", "countries", "policies", "services", "wagtailimages", "wagtaildocs"}
UNWATCHED_MODELS = {
    "wagtailimages.rendition",
    "services.servicereport",
    "services.phone",
    "services.schedule",
    "services.language",
    "services.address",
    "services.serviceatlocation",
}


def watched(model):
    meta = model._meta
    return (
        meta.app_label in WATCHED_APPS
        and not meta.auto_created
        and not meta.abstract
        and meta.label_lower not in UNWATCHED_MODELS
    )


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


def _on_change(sender, **kwargs):
    # After the commit (at once outside a transaction): until then the old page is still the true one, and a
    # request that began before the commit keeps its page under the old generation, which is never read again.
    if enabled():
        transaction.on_commit(purge)


def _on_relation_change(sender, instance=None, **kwargs):
    # sender is the relation's through model; the row that changed is instance.
    if instance is not None and watched(type(instance)):
        _on_change(sender)


def connect():
    """Purge when a watched row is saved or deleted, a page moves, a relation changes, or an import lands."""
    from django.apps import apps

    from wagtail.signals import post_page_move

    from services.signals import services_imported

    for model in apps.get_models():
        if watched(model):
            label = model._meta.label_lower
            post_save.connect(_on_change, sender=model, dispatch_uid=f"page_cache_save_{label}")
            post_delete.connect(_on_change, sender=model, dispatch_uid=f"page_cache_delete_{label}")
    m2m_changed.connect(_on_relation_change, dispatch_uid="page_cache_m2m_changed")
    post_page_move.connect(_on_change, dispatch_uid="page_cache_page_moved")
    services_imported.connect(_on_change, dispatch_uid="page_cache_services_imported")
