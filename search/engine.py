"""Ranking and facets: the best-matching documents, one per object, the visitor's language first."""

from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db import connection

from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from core import content_cache
from core.normalise import query_terms
from search import index_table
from search.models import SearchDocument
from search.params import SearchParams

# The engine returns at most this many best matches; facets, the language order and pages work on them.
CANDIDATES = 500


@dataclass
class SearchResults:
    params: SearchParams
    hits: list = field(default_factory=list)  # Hit, best first, one per source
    type_facets: dict = field(default_factory=dict)
    country_facets: dict = field(default_factory=dict)

    @property
    def total(self):
        return len(self.hits)


class Hit(NamedTuple):
    """What ranking, facets and the language order need of a matching document (no text)."""

    pk: int
    source: str
    kind: str
    language: str
    countries: str

    @property
    def country_codes(self):
        return self.countries.split()


_HIT_FIELDS = ("pk", "source", "kind", "language", "countries")


def _is_sqlite_backend(backend):
    # Imported here: the module defines its full-text model only when the database is SQLite.
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

    return isinstance(backend, SQLiteSearchBackend)


def _candidates(terms):
    """The best-matching documents of every kind and language, best first (at most CANDIDATES)."""
    backend = get_search_backend()
    if isinstance(backend, PostgresSearchBackend):
        rows = index_table.ranked_rows(backend, terms, SearchDocument, ("id", *_HIT_FIELDS[1:]), CANDIDATES)
        return [Hit(*row) for row in rows]
    if connection.vendor == "sqlite" and _is_sqlite_backend(backend):
        rows = index_table.sqlite_ranked_rows(
            backend, terms, SearchDocument, ("id", *_HIT_FIELDS[1:]), CANDIDATES
        )
        return [Hit(*row) for row in rows]
    queryset = SearchDocument.objects.only(*_HIT_FIELDS)
    results = backend.search(" ".join(terms), queryset, operator="or", order_by_relevance=True)
    return [Hit(*(getattr(doc, name) for name in _HIT_FIELDS)) for doc in results[:CANDIDATES]]


def kind_to_type(kind):
    return "guide" if kind == "corridor" else kind


def search(params):
    """Run a search: every match, one per object, the visitor's language first, then by relevance."""
    terms = query_terms(params.query)
    if not terms:
        return SearchResults(params=params)
    ranked = _candidates(terms)
    # One hit per object: its version in the visitor's language when that matched, else its best match.
    best = {}
    for rank, doc in enumerate(ranked):
        current = best.get(doc.source)
        if current is None or (doc.language == params.language and current[1].language != params.language):
            best[doc.source] = (rank, doc)
    hits = sorted(best.values(), key=lambda pair: (pair[1].language != params.language, pair[0]))
    docs = [doc for _rank, doc in hits]

    def matches_type(doc):
        return not params.type or kind_to_type(doc.kind) == params.type

    def matches_country(doc):
        return not params.country or params.country in doc.country_codes

    type_facets = Counter(kind_to_type(doc.kind) for doc in docs if matches_country(doc))
    country_facets = Counter(code for doc in docs if matches_type(doc) for code in doc.country_codes)
    return SearchResults(
        params=params,
        hits=[doc for doc in docs if matches_type(doc) and matches_country(doc)],
        type_facets=dict(type_facets),
        country_facets=dict(sorted(country_facets.items(), key=lambda item: (-item[1], item[0]))),
    )


def documents_for(hits):
    """The full documents of the hits about to be shown, in the same order (one query)."""
    by_pk = SearchDocument.objects.defer("title_terms", "text_terms").in_bulk([hit.pk for hit in hits])
    return [by_pk[hit.pk] for hit in hits if hit.pk in by_pk]


def promoted_queries():
    """Every query editors promoted a page for, kept under the content generation (a promotion saved or
    deleted purges it: portal.page_cache): most searches have none, and then ask the database nothing."""
    return content_cache.remember(
        ("search-promoted-queries:1",),
        lambda: frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True)),
    )


def promotions(query):
    """Editors' picks for this query (Wagtail search promotions), without recording the query."""
    normalised = normalise_query_string(query)
    if content_cache.enabled() and normalised not in promoted_queries():
        return []
    return list(
        SearchPromotion.objects.filter(query__query_string=normalised)
        .select_related("page")
        .order_by("sort_order")
    )
