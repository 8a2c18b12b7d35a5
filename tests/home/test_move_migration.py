"""The home and standard pages, the site settings and the translation states moved app without losing a row."""

import importlib

import pytest

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection, migrations

from core.models import PortalSettings
from editorial.models import PageTranslationState
from home.models import HomePage, StandardPage

MOVES = [
    ("home.migrations.0001_initial", "portal", "home", {"homepage": HomePage, "standardpage": StandardPage}),
    ("core.migrations.0001_initial", "portal", "core", {"portalsettings": PortalSettings}),
    (
        "editorial.migrations.0001_initial",
        "policies",
        "editorial",
        {"pagetranslationstate": PageTranslationState},
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("module, old_app, new_app, models", MOVES)
def test_the_move_keeps_the_tables_and_touches_no_schema(module, old_app, new_app, models):
    migration = importlib.import_module(module).Migration
    state_only = [op for op in migration.operations if isinstance(op, migrations.SeparateDatabaseAndState)]
    assert state_only and all(op.database_operations == [] for op in state_only)
    tables = set(connection.introspection.table_names())
    for name, model in models.items():
        assert model._meta.db_table == f"{old_app}_{name}"
        assert model._meta.db_table in tables


@pytest.mark.django_db
def test_pages_follow_their_content_type_to_the_new_app(home):
    """A database migrated before the move has the content type under `portal`: the migration renames it, so the
    existing page, its revisions and its permissions keep pointing at the same row."""
    module = importlib.import_module("home.migrations.0001_initial")
    content_type = ContentType.objects.get_for_model(HomePage)
    ContentType.objects.filter(pk=content_type.pk).update(app_label="portal")
    ContentType.objects.clear_cache()

    class Editor:
        connection = connection

    module._move_content_types("portal", "home", ["homepage"])(apps, Editor())
    ContentType.objects.clear_cache()

    assert ContentType.objects.get(pk=content_type.pk).app_label == "home"
    assert type(home.__class__.objects.get(pk=home.pk).specific) is HomePage
    # Run again (a database already moved): nothing changes, nothing breaks.
    module._move_content_types("portal", "home", ["homepage"])(apps, Editor())
    assert ContentType.objects.filter(app_label="home", model="homepage").count() == 1
