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


def _documents():
    """Documents matching "visa" and "shelter" to different degrees, in title or body, in two languages."""
    from core.normalise import index_text
    from search.models import SearchDocument

    words = ["visa", "shelter", "wage", "contract"]
    for number in range(40):
        title = f"Document {number} {words[number % 4]}"
        body = " ".join([words[number % 3]] * (1 + number % 5) + ["filler"] * (number % 7))
        SearchDocument.objects.create(
            source=f"test:{number}",
            kind="service",
            language=["en", "vi"][number % 2],
            title=title,
            url=f"/en/{number}/",
            body=body,
            title_terms=index_text(title),
            text_terms=index_text(body),
        )


@pytest.mark.skipif(connection.vendor != "sqlite", reason="modelsearch's SQLite backend only")
@pytest.mark.parametrize("terms", [["visa"], ["visa", "shelter"], ["filler"], ["nothing"]])
def test_sqlite_ranking_is_the_backends_own(terms):
    """One query, the same documents in the same order as modelsearch's own SQLite search."""
    from wagtail.search.backends import get_search_backend

    from search.models import SearchDocument

    _documents()
    backend = get_search_backend()
    expected = [
        doc.pk
        for doc in backend.search(
            " ".join(terms), SearchDocument.objects.all(), operator="or", order_by_relevance=True
        )[:25]
    ]
    rows = index_table.sqlite_ranked_rows(backend, terms, SearchDocument, ("id", "source"), 25)
    assert [pk for pk, _source in rows] == expected
    assert bool(expected) == (terms != ["nothing"])


@pytest.mark.skipif(connection.vendor != "sqlite", reason="modelsearch's SQLite backend only")
def test_sqlite_search_reads_the_full_text_index_once(client):
    """The backend's own query matched the index once to filter and once more per matching document to rank:
    a search cost grew with the square of its matches (10 s at 6,000 documents)."""
    from django.test.utils import CaptureQueriesContext

    _documents()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/search", {"q": "visa", "lang": "en"})
    assert response.status_code == 200
    assert [
        query["sql"].count(" MATCH ") for query in queries.captured_queries if " MATCH " in query["sql"]
    ] == [1]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="modelsearch's SQLite backend only")
def test_sqlite_rank_reads_the_backends_vectors_as_they_are():
    """`sqlite_ranked_rows` computes bm25 once a row where the backend computes it once per vector (title with
    its title_norm boost, body with 1.0); an upgrade that changes those vectors must be noticed here."""
    from wagtail.search.backends import get_search_backend

    from search.models import SearchDocument

    compiler = get_search_backend().query_compiler_class(
        SearchDocument.objects.all(), "visa", operator="or", order_by_relevance=True
    )
    assert index_table.sqlite_vectors(compiler) == index_table.SQLITE_VECTORS


@pytest.mark.skipif(connection.vendor != "sqlite", reason="modelsearch's SQLite backend only")
def test_sqlite_ranking_asks_for_bm25_once_a_row():
    from django.test.utils import CaptureQueriesContext

    from wagtail.search.backends import get_search_backend

    from search.models import SearchDocument

    _documents()
    with CaptureQueriesContext(connection) as queries:
        index_table.sqlite_ranked_rows(get_search_backend(), ["visa"], SearchDocument, ("id",), 25)
    assert queries.captured_queries[-1]["sql"].count("bm25(") == 1


@pytest.mark.skipif(connection.vendor != "sqlite", reason="modelsearch's SQLite backend only")
def test_other_vectors_fall_back_to_the_backends_own_expression(monkeypatch):
    from django.test.utils import CaptureQueriesContext

    from wagtail.search.backends import get_search_backend

    from search.models import SearchDocument

    _documents()
    backend = get_search_backend()
    fast = index_table.sqlite_ranked_rows(backend, ["visa", "filler"], SearchDocument, ("id",), 25)
    monkeypatch.setattr(index_table, "SQLITE_VECTORS", [("F(index_entry__title)", "2.0")])
    with CaptureQueriesContext(connection) as queries:
        slow = index_table.sqlite_ranked_rows(backend, ["visa", "filler"], SearchDocument, ("id",), 25)
    assert queries.captured_queries[-1]["sql"].count("bm25(") == 2
    assert slow == fast and fast
