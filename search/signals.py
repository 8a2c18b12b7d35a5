"""Keep the search documents fresh: page publish, unpublish, move and delete; service save, delete, import."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from search.documents import builders, remove_object, sync_object, sync_objects
from services.routing import forget_directory_path
from services.signals import services_imported


def _on_page_changed(sender, instance, **kwargs):
    sync_object(instance.specific)


def _on_page_moved(sender, instance, **kwargs):
    """A move or a new slug changes the URL of the page and of every page below it, and, when the service
    directory page is among them, of every service page it routes."""
    from services.models import ServiceDirectoryPage

    pages = instance.get_descendants(inclusive=True).live().specific()
    for page in pages:
        sync_object(page)
    if any(isinstance(page, ServiceDirectoryPage) for page in pages):
        forget_directory_path()  # before the services' new URLs are read (listeners run in any order)
        sync_objects(next(b for b in builders() if b.kind == "service").queryset())


def _on_deleted(sender, instance, **kwargs):
    remove_object(instance)


def _on_service_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_object(instance)


IMPORT_CHUNK = 500


def _on_services_imported(sender, service_ids=(), **kwargs):
    """Re-index the services an import wrote (their locations and terms are only complete now)."""
    from services.models import Service

    ids = [str(value) for value in service_ids]
    by_pk = [int(value) for value in ids if value.isdigit()]
    by_hsds = [value for value in ids if not value.isdigit()]
    # In chunks: SQLite refuses an IN list of 10,000 ids ("Expression tree is too large").
    for field, values in (("pk__in", by_pk), ("hsds_id__in", by_hsds)):
        for start in range(0, len(values), IMPORT_CHUNK):
            queryset = (
                Service.objects.filter(**{field: values[start : start + IMPORT_CHUNK]})
                .select_related("organization")
                .prefetch_related("at_locations__location", "terms")
            )
            sync_objects(queryset)


def connect():
    page_published.connect(_on_page_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(_on_page_changed, dispatch_uid="search_page_unpublished")
    page_slug_changed.connect(_on_page_moved, dispatch_uid="search_page_slug_changed")
    post_page_move.connect(_on_page_moved, dispatch_uid="search_page_moved")
    for builder in builders():
        post_delete.connect(_on_deleted, sender=builder.model, dispatch_uid=f"search_delete_{builder.kind}")
        if builder.kind == "service":
            post_save.connect(_on_service_saved, sender=builder.model, dispatch_uid="search_service_saved")
    services_imported.connect(_on_services_imported, dispatch_uid="search_services_imported")
