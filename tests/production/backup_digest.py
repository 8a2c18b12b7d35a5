"""A digest of the database content a backup must keep: every row of the portal's apps and of Wagtail's
pages, revisions, sites, locales, images and documents, translated columns included."""

import datetime
import hashlib
import json

from django.apps import apps
from django.conf import settings

APP_LABELS = (
    *settings.PROJECT_APPS,
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "taggit",
    "wagtailredirects",
)
SKIP = {
    "wagtailcore.referenceindex",
    "wagtailcore.pagesubscription",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtailcore.uploadedfile",
}


def row_text(value):
    if isinstance(value, datetime.datetime):
        # Django's JSON serialiser keeps milliseconds: compare at that precision.
        return value.replace(microsecond=value.microsecond // 1000 * 1000).isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, default=str)
    return str(value)


def natural_ids():
    """Content types and permissions get new ids in a new database: compare them by natural key."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    return {
        ContentType: {ct.pk: ".".join(ct.natural_key()) for ct in ContentType.objects.all()},
        Permission: {
            p.pk: ".".join(map(str, (p.codename, *p.natural_key()[1:]))) for p in Permission.objects.all()
        },
    }


def digest(detail=False):
    result = {}
    mapped = natural_ids()
    for model in apps.get_models():
        label = model._meta.label_lower
        if model._meta.app_label not in APP_LABELS or label in SKIP or model._meta.proxy:
            continue
        # Only the model's own table: a multi-table child is compared on its own columns.
        concrete = model._meta.local_concrete_fields
        fields = [f.attname for f in concrete]
        maps = [mapped.get(f.related_model) if f.is_relation else None for f in concrete]
        rows = sorted(
            tuple(row_text(m.get(v, v) if m else v) for m, v in zip(maps, row, strict=True))
            for row in model._base_manager.order_by().values_list(*fields)
        )
        result[label] = [len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()]
        if detail:
            for index, name in enumerate(fields):
                column = sorted(row[index] for row in rows)
                result[f"{label}.{name}"] = hashlib.sha256(repr(column).encode()).hexdigest()
    return result


if __name__ == "__main__":
    import django

    django.setup()
    import sys

    print(json.dumps(digest(detail="--detail" in sys.argv)))
