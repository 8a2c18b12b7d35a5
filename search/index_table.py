"""The one place that reads modelsearch's private index table.

modelsearch (Wagtail's search backend) keeps its PostgreSQL index in the `IndexEntry` model, which is not part of
its public API. Wagtail's own query matches `title || body`, a concatenation no index can serve, so every search
scanned the whole table (0.4 s at 20,000 documents); `ranked_rows` matches each column on its own and uses both
GIN indexes. Everything it assumes of the table is in `EXPECTED_FIELDS`, and `schema_problems()` checks those
assumptions against the installed modelsearch and the database: tests/search/test_index_table.py fails if an
upgrade changes them.
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import FieldDoesNotExist
from django.db import connection, models

# What ranked_rows reads: field name -> the model field class it must be (on PostgreSQL).
EXPECTED_FIELDS = {
    "content_type": models.ForeignKey,
    "object_id": models.CharField,
    "title": SearchVectorField,
    "body": SearchVectorField,
}


def index_entry_model():
    from modelsearch.conf import get_app_config

    return get_app_config().get_model("IndexEntry")


def schema_problems(model=None):
    """What no longer matches this adapter's assumptions, as sentences (empty when all is well).

    The field types are checked on PostgreSQL, the only database whose table `ranked_rows` reads; the
    columns are checked against the database itself wherever the table exists."""
    model = model or index_entry_model()
    problems = []
    for name, field_class in EXPECTED_FIELDS.items():
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            problems.append(f"{model._meta.label} has no field {name!r}")
            continue
        if connection.vendor == "postgresql" and not isinstance(field, field_class):
            problems.append(
                f"{model._meta.label}.{name} is a {type(field).__name__}, not {field_class.__name__}"
            )
    if model._meta.unique_together != (("content_type", "object_id"),):
        problems.append(f"{model._meta.label} is no longer unique on (content_type, object_id)")
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if table in connection.introspection.table_names(cursor):
            columns = {
                column.name for column in connection.introspection.get_table_description(cursor, table)
            }
            expected = {model._meta.get_field(name).column for name in EXPECTED_FIELDS if _has(model, name)}
            problems += [
                f"the table {table} has no column {column!r}" for column in sorted(expected - columns)
            ]
    return problems


def _has(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def ranked_rows(backend, terms, model, columns, limit):
    """The `columns` of the best `limit` rows of `model` matching any of `terms`, best first, in one query.

    A title match counts three times a body match. The terms are `core.normalise.engine_term` words
    ([a-z0-9]+ only), so joining them with | is a safe tsquery; table and column names come from the models,
    every value is a parameter.
    """
    quote = connection.ops.quote_name
    table = quote(index_entry_model()._meta.db_table)
    rows = quote(model._meta.db_table)
    selected = ", ".join(f"d.{quote(model._meta.get_field(name).column)}" for name in columns)
    tsquery = "to_tsquery(%s::regconfig, %s)" if backend.config else "to_tsquery(%s)"
    params = [backend.config, " | ".join(terms)] if backend.config else [" | ".join(terms)]
    content_type = ContentType.objects.get_for_model(model)
    sql = (
        f"WITH top AS (SELECT object_id, ts_rank(e.body, q) + 3 * (e.title @@ q)::int AS score "  # noqa: S608
        f"FROM {table} e, {tsquery} AS q "
        "WHERE e.content_type_id = %s AND (e.title @@ q OR e.body @@ q) "
        "ORDER BY score DESC, object_id LIMIT %s) "
        f"SELECT {selected} FROM top JOIN {rows} d "
        f"ON d.{quote(model._meta.pk.column)} = top.object_id::bigint ORDER BY top.score DESC, d.{quote(model._meta.pk.column)}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, content_type.pk, limit])
        return cursor.fetchall()


def sqlite_ranked_rows(backend, terms, model, columns, limit):
    """`ranked_rows` for modelsearch's SQLite backend: the `columns` of the best `limit` rows of `model`
    matching any of `terms`, best first, in one query, ranked and ordered as the backend's own search ranks
    them (its bm25 score, then the newest first). The backend's own query ranks each matching row in a
    subquery of its own, one more pass over the full-text index per match: 10 s for "visa" over 6,000
    documents (a few hundred services in 17 languages); this one ranks them in a single pass."""
    from django.db.models import IntegerField
    from django.db.models.functions import Cast

    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.utils import get_descendants_content_types_pks

    compiler = backend.query_compiler_class(
        model._default_manager.all(), " ".join(terms), operator="or", order_by_relevance=True
    )
    compiler.check()
    config = compiler.get_config(backend)
    search_query = compiler.build_search_query(normalize(compiler.query), config=config)
    top = (
        sqlite_fts_entry_model()
        ._default_manager.filter(MatchExpression(compiler.fields or compiler.FTS_TABLE_FIELDS, search_query))
        .filter(index_entry__content_type__in=get_descendants_content_types_pks(model))
        .annotate(
            score=_sqlite_rank(compiler, config), object_pk=Cast("index_entry__object_id", IntegerField())
        )
        .order_by("score", "-object_pk")
        .values("object_pk", "score")[:limit]
    )
    top_sql, params = top.query.sql_with_params()
    quote = connection.ops.quote_name
    pk = quote(model._meta.pk.column)
    selected = ", ".join(f"d.{quote(model._meta.get_field(name).column)}" for name in columns)
    sql = (
        f"SELECT {selected} FROM ({top_sql}) top JOIN {quote(model._meta.db_table)} d "  # noqa: S608
        f"ON d.{pk} = top.object_pk ORDER BY top.score, d.{pk} DESC"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _sqlite_rank(compiler, config):
    """The backend's score, with FTS5's bm25 computed once a row instead of once per vector.

    modelsearch ranks a plain query by `bm25 * title_norm + bm25 * 1.0` (its two vectors, title and body; each
    calls bm25 over the whole row), which asks FTS5 for the same bm25 twice per matching document, and bm25 is
    most of a search's cost when a common word matches thousands. `bm25 * (title_norm + 1.0)` is the same
    number but for the last bit of rounding, so the order is the backend's (two rows could swap only if their
    scores differed in that last bit). `SQLITE_VECTORS` is what this assumes of the backend: with other
    vectors, the backend's own expression is used; tests/search/test_index_table.py checks both."""
    from django.db.models import F

    from modelsearch.backends.database.sqlite.query import BM25

    if sqlite_vectors(compiler) != SQLITE_VECTORS:
        # Another modelsearch: its own expression, slower but right.
        return compiler._build_rank_expression(compiler.get_search_vectors(), config)
    return BM25() * (F("index_entry__title_norm") + 1.0)


def sqlite_vectors(compiler):
    return [(str(vector), str(boost)) for vector, boost in compiler.get_search_vectors()]


# modelsearch's SQLite vectors (title, body) and their boosts, as `_sqlite_rank` reads them.
SQLITE_VECTORS = [("F(index_entry__title)", "F(index_entry__title_norm)"), ("F(index_entry__body)", "1.0")]


def sqlite_fts_entry_model():
    from modelsearch.conf import get_app_config

    return get_app_config().get_model("SQLiteFTSIndexEntry")
