"""The adapter to modelsearch's private index table: its assumptions hold, and a change to them is caught."""

from types import SimpleNamespace

import pytest

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import connection, models

from search import index_table

pytestmark = pytest.mark.django_db


def test_the_installed_index_table_is_what_the_adapter_reads():
    assert index_table.schema_problems() == []


def test_a_changed_index_table_is_reported():
    """A table whose object_id was renamed and whose body went, as a modelsearch upgrade might leave it."""
    fields = {"content_type": models.ForeignKey(ContentType, models.CASCADE), "title": models.TextField()}

    def get_field(name):
        if name not in fields:
            raise FieldDoesNotExist(name)
        return fields[name]

    meta = SimpleNamespace(
        label="modelsearch.IndexEntry",
        get_field=get_field,
        unique_together=(("content_type", "object_pk"),),
        db_table="no_such_table",
    )
    problems = index_table.schema_problems(SimpleNamespace(_meta=meta))
    assert any("'object_id'" in problem for problem in problems)
    assert any("'body'" in problem for problem in problems)
    assert any("unique" in problem for problem in problems)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the adapter's SQL runs on PostgreSQL only")
def test_a_missing_column_in_the_database_is_reported():
    model = index_table.index_entry_model()
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {connection.ops.quote_name(table)} RENAME COLUMN body TO body_old")
    assert f"the table {table} has no column 'body'" in index_table.schema_problems()
