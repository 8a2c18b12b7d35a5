"""The server's own cache of public pages: keys, storage, and the purge that follows every content change.

Every kept page carries the generation that was current when its request began, and any content change
replaces the generation, so one cache write purges every page at once: a change to a policy also changes
the home page's latest updates, a service the directory, an indicator the map. Editors' changes are rare beside visitors' reads, so purging everything costs little.
"""

import hashlib
import logging
import threading
from collections import OrderedDict
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

from core import content_cache

logger = logging.getLogger(__name__)

# One generation for the pages and the pieces they share (core.content_cache): a change purges both.
GENERATION_KEY = content_cache.GENERATION_KEY

# Rows of the portal's own apps (settings.PROJECT_APPS), images and documents show on public pages. A listener on
# a model's deletes keeps Django from deleting its rows in one query, so listeners go on those models only, and not on the rows always written with their
# parent service (the service's own save or the import's signal purges for them), nor on visitors' reports,
# nor on image renditions (made while a page renders: a purge there would empty the cache on every render).
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
        (meta.app_label in settings.PROJECT_APPS or meta.app_label in {"wagtailimages", "wagtaildocs"})
        and not meta.auto_created
        and not meta.abstract
        and meta.label_lower not in UNWATCHED_MODELS
    )


def enabled():
    return settings.PAGE_CACHE_SERVER and settings.PAGE_CACHE_SECONDS > 0


def _generation():
    return content_cache.generation()


def canonical_path(path):
    """True when no segment of the path is "." or ".." and none is empty but the last: the path a browser
    and the URL resolver see is the path itself, so the key and the security headers read the same path."""
    segments = path.split("/")
    return path.startswith("/") and not any(
        segment in {".", ".."} or (not segment and 0 < index < len(segments) - 1)
        for index, segment in enumerate(segments)
    )


def cacheable_query(request):
    """The query string as the key sees it, or None when the page must not be kept: a free-text query
    (a search, whose words are the visitor's and would fill the cache), or a parameter no public page
    reads (each would make a new entry), or too many or too long values."""
    allowed = settings.PAGE_CACHE_QUERY_PARAMETERS
    items = []
    for name, values in request.GET.lists():
        if name not in allowed or len(values) > 25 or any(len(value) > 100 for value in values):
            return None
        items.extend((name, value) for value in values)
    return urlencode(sorted(items))


def key_for(request, language=None):
    """The cache key of a page, or None when the page is not kept: the host, the raw path
    (the one the security headers read), the allowed query parameters and the language (by default the one
    the request resolved to; the cache middleware passes the one the URL names, before any is resolved)."""
    if not canonical_path(request.path_info):
        return None
    query = cacheable_query(request)
    if query is None:
        return None
    if language is None:
        language = getattr(request, "LANGUAGE_CODE", "") or ""
    raw = "\n".join([request.get_host(), request.path_info, query, language])
    return f"page-cache:{hashlib.sha256(raw.encode()).hexdigest()}"


# The pages this process has served, with their generation: a hit on one of them reads only the generation
# from the shared cache (a few bytes), not the page in three encodings again. A purge makes a new generation,
# so a page kept here is never served after a change, as with the shared cache. Bounded by size, least
# recently served first out. Entries are never changed once made (a response copies what it needs).
LOCAL_BYTES = 32 * 1024 * 1024
_local = OrderedDict()
_local_size = 0
_local_lock = threading.Lock()


def _entry_size(entry):
    return sum(len(body) for body in entry["bodies"].values())


def _local_get(key):
    with _local_lock:
        kept = _local.get(key)
        if kept is not None:
            _local.move_to_end(key)
        return kept


def _local_set(key, generation, entry):
    global _local_size
    size = _entry_size(entry)
    if size > LOCAL_BYTES // 8:
        return
    with _local_lock:
        old = _local.pop(key, None)
        if old is not None:
            _local_size -= _entry_size(old[1])
        _local[key] = (generation, entry)
        _local_size += size
        while _local_size > LOCAL_BYTES:
            _old_key, (_generation_kept, dropped) = _local.popitem(last=False)
            _local_size -= _entry_size(dropped)


def forget_local():
    """Empty this process's copies (tests; a purge needs no call: the generation decides)."""
    global _local_size
    with _local_lock:
        _local.clear()
        _local_size = 0


def lookup(key):
    """The current generation and the page kept under the key (None unless kept in this generation): one
    round trip to the cache, which reads the generation alone when this process already has the page."""
    local = _local_get(key)
    if local is not None:
        generation = cache.get(GENERATION_KEY) or _generation()
        if local[0] == generation:
            return generation, local[1]
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY) or _generation()
    kept = found.get(key)
    if kept is not None and kept[0] == generation:
        _local_set(key, generation, kept[1])
        return generation, kept[1]
    return generation, None


def store(key, generation, entry):
    """Keep a page with the generation read when its request began: if content changed while the page
    was being rendered, that generation is already a purged one and the stale page is never served."""
    cache.set(key, (generation, entry), settings.PAGE_CACHE_SECONDS)
    _local_set(key, generation, entry)


def entry_for(request, response):
    """What is kept of a shareable response: its status, its headers (the security headers included: they
    depend on the path and the settings only) and its body in each encoding, compressed once here rather
    than on every hit. None when it must not be replayed: a Content-Security-Policy carrying a nonce needs
    a fresh one per response."""
    from portal.middleware.compression import compress, compressible

    policies = response.get("Content-Security-Policy", "") + response.get(
        "Content-Security-Policy-Report-Only", ""
    )
    if "'nonce-" in policies:
        return None
    bodies = {"identity": response.content}
    if compressible(request, response):
        patch_vary_headers(response, ["Accept-Encoding"])
        for encoding in ("br", "gzip"):
            body = compress(response.content, encoding)
            if len(body) < len(response.content):
                bodies[encoding] = body
    skipped = {"content-length", "content-encoding"}
    headers = [(name, value) for name, value in response.items() if name.lower() not in skipped]
    return {"status": response.status_code, "headers": headers, "bodies": bodies}


def response_from(entry, request):
    """A kept page as a response to this request, in the encoding it accepts: bytes only, no work."""
    from portal.middleware.compression import preferred_encoding, set_encoded_body

    response = HttpResponse(status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    encoding = preferred_encoding(request, available=entry["bodies"])
    if encoding:
        set_encoded_body(response, entry["bodies"][encoding], encoding)
    else:
        response.content = entry["bodies"]["identity"]
        response["Content-Length"] = str(len(response.content))
    return response


def purge():
    """Forget every cached page (a new generation; the old entries are overwritten or expire on their own)."""
    content_cache.new_generation()


def purge_after_migrate(sender, **kwargs):
    """Purge once `migrate` has run (a deploy); a cache that cannot be reached then must not fail the deploy."""
    try:
        purge()
    except Exception:  # noqa: BLE001 (any cache backend's connection error)
        logger.warning("The page cache could not be purged after migrate", exc_info=True)


def _on_change(sender, **kwargs):
    # After the commit (at once outside a transaction): until then the old page is still the true one, and a
    # request that began before the commit keeps its page under the old generation, which is never read again.
    if enabled() or content_cache.enabled():
        transaction.on_commit(purge)


def _on_relation_change(sender, instance=None, **kwargs):
    # sender is the relation's through model; the row that changed is instance.
    if instance is not None and watched(type(instance)):
        _on_change(sender)


def connect():
    """Purge when a watched row is saved or deleted, a page moves, a relation changes, or an import lands."""
    from django.apps import apps

    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.models import PageViewRestriction, Site
    from wagtail.signals import page_unpublished, post_page_move

    from services.signals import services_imported

    for model in apps.get_models():
        if watched(model):
            label = model._meta.label_lower
            post_save.connect(_on_change, sender=model, dispatch_uid=f"page_cache_save_{label}")
            post_delete.connect(_on_change, sender=model, dispatch_uid=f"page_cache_delete_{label}")
    # Wagtail's own rows that decide which page a path serves and who may see it (core.content_cache keeps
    # routes and view restrictions), and the editors' search promotions (search.engine keeps their queries).
    for model in (Site, PageViewRestriction, SearchPromotion):
        label = model._meta.label_lower
        post_save.connect(_on_change, sender=model, dispatch_uid=f"page_cache_save_{label}")
        post_delete.connect(_on_change, sender=model, dispatch_uid=f"page_cache_delete_{label}")
    m2m_changed.connect(_on_relation_change, dispatch_uid="page_cache_m2m_changed")
    post_page_move.connect(_on_change, dispatch_uid="page_cache_page_moved")
    # A page unpublished through Wagtail's base Page (scheduled expiry saves the base row, whose post_save is
    # Wagtail's model, not the portal's): kept pages and routes must not outlive it. A publish always saves the
    # specific page (from its revision), whose post_save purges already.
    page_unpublished.connect(_on_change, dispatch_uid="page_cache_page_unpublished")
    services_imported.connect(_on_change, dispatch_uid="page_cache_services_imported")
