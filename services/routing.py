"""Where the service pages live: under the service directory page, wherever editors put it in the page tree.

A service's page is routed by the directory page (`ServiceDirectoryPage`, a `RoutablePageMixin`):
/<lang>/<directory path>/<hsds id>/, with /report/ under it, and /<lang>/<directory path>/sources/. Every link
to a service (lists, the map's GeoJSON, the sitemap, the search index, redirects) is built from
`directory_path(language)`, the one source of truth.

The directory's path is kept in the default cache, one entry per language, under a generation that changes
whenever a page or a site is saved, moved or deleted (the path of a page depends on its ancestors' slugs and on
the site's root), so a listing costs two cache reads and no query, once per request and language
(core.content_cache.request_memo: a corridor guide lists up to 18 services). Where the content cache is on
(production), the path is kept under its generation instead, which the same changes replace, and costs no
cache read of its own.
"""

import uuid

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import translation

from core import content_cache

GENERATION_KEY = "services:directory-path:generation"
TIMEOUT = 24 * 3600


def _generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(GENERATION_KEY)
    return generation


def forget_directory_path(*args, **kwargs):
    """A new generation: every language's cached directory path is read again from the tree."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    content_cache.forget_request_memo()


def directory_page():
    """The live service directory page (there is at most one), or None."""
    from .models import ServiceDirectoryPage

    return ServiceDirectoryPage.objects.live().order_by("path").first()


def directory_path(language=None):
    """'/vi/services/': the directory page's URL path in the language (the active one by default), or ""
    when no directory page is live (then services have no public page)."""
    language = language or translation.get_language()
    return content_cache.request_memo(("services:directory-path", language), lambda: _read_path(language))


def _path_from_tree(language):
    page = directory_page()
    parts = None
    if page is not None:
        with translation.override(language):
            parts = page.get_url_parts()
    return parts[2] if parts else ""


def _read_path(language):
    if content_cache.enabled():
        # Under the content generation, which a page or site saved, moved or deleted replaces too: read with
        # the request's other kept pieces, no cache round trip of its own.
        return content_cache.remember(
            ("services:directory-path", language), lambda: _path_from_tree(language)
        )
    key = f"services:directory-path:{_generation()}:{language}"
    path = cache.get(key)
    if path is None:
        path = _path_from_tree(language)
        cache.set(key, path, TIMEOUT)
    return path


def service_path(hsds_id, language=None):
    """The path of one service's page ("" when there is no directory page)."""
    prefix = directory_path(language)
    return f"{prefix}{hsds_id}/" if prefix else ""


def connect():
    """Forget the cached path when anything that makes a page's URL changes."""
    from wagtail.models import Page, Site
    from wagtail.signals import page_slug_changed, page_unpublished, post_page_move

    from .models import ServiceDirectoryPage

    def on_page_save(sender, instance=None, **kwargs):
        if isinstance(instance, Page):
            forget_directory_path()

    # Saves of every model are cheap to listen to; deletes only on the models that matter (a delete listener
    # keeps Django from deleting a model's rows in one query).
    post_save.connect(on_page_save, weak=False, dispatch_uid="services_directory_path_save")
    for model in (Page, ServiceDirectoryPage, Site):
        post_delete.connect(
            forget_directory_path, sender=model, dispatch_uid=f"services_dp_del_{model.__name__}"
        )
    post_save.connect(forget_directory_path, sender=Site, dispatch_uid="services_directory_path_site")
    post_page_move.connect(forget_directory_path, dispatch_uid="services_directory_path_move")
    page_slug_changed.connect(forget_directory_path, dispatch_uid="services_directory_path_slug")
    page_unpublished.connect(forget_directory_path, dispatch_uid="services_directory_path_unpublish")
