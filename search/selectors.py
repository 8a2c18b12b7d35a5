"""Searching the documents: validated parameters, ranked and de-duplicated hits, facets, snippets, suggestions."""

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Q
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from core.names import country_name, is_known_country
from core.normalise import engine_term, fold, query_terms, tokens
from search.models import SearchDocument

MAX_QUERY_LENGTH = 200
SNIPPET_SCAN = 4000
MAX_MARKS = 30
# The engine returns at most this many best matches; facets, the language order and pages work on them.
CANDIDATES = 500
# API `type` values and the document kinds each covers.
TYPES = {"guide": ["guide", "corridor"], "policy": ["policy"], "service": ["service"]}


class SearchError(ValueError):
    """A bad search parameter; the message is shown to the visitor or returned with a 400."""


@dataclass
class SearchParams:
    query: str
    language: str
    type: str = ""
    country: str = ""


def clean_params(query, language, type_="", country=""):
    """Validate raw parameters; raises SearchError with a message for the visitor."""
    query = (query or "").strip()
    if not query:
        raise SearchError(_("Enter something to search for."))
    if len(query) > MAX_QUERY_LENGTH:
        raise SearchError(
            _("The search is too long: use at most %(max)d characters.") % {"max": MAX_QUERY_LENGTH}
        )
    codes = [code for code, _name in settings.LANGUAGES]
    language = (language or settings.LANGUAGE_CODE).strip().lower()
    if language not in codes:
        raise SearchError(_("Unknown language: %(lang)s.") % {"lang": language[:20]})
    type_ = (type_ or "").strip().lower()
    if type_ and type_ not in TYPES:
        raise SearchError(_("Unknown type: choose guide, policy or service."))
    country = (country or "").strip().upper()
    if country and not is_known_country(country):
        raise SearchError(_("Unknown country code: %(code)s.") % {"code": country[:20]})
    return SearchParams(query=query, language=language, type=type_, country=country)


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


def _postgres_candidates(backend, terms):
    """Best-first hits straight from Wagtail's PostgreSQL index table, in one query.

    Wagtail's own query matches `title || body`, a concatenation no index can serve, so every search scans
    the whole table (0.4 s at 20,000 documents). Matching each column on its own uses both GIN indexes.
    The terms are ``engine_term`` words ([a-z0-9]+ only), so joining them with | is a safe tsquery.
    """
    from modelsearch.conf import get_app_config

    table = connection.ops.quote_name(get_app_config().get_model("IndexEntry")._meta.db_table)
    documents = connection.ops.quote_name(SearchDocument._meta.db_table)
    tsquery = "to_tsquery(%s::regconfig, %s)" if backend.config else "to_tsquery(%s)"
    params = [backend.config, " | ".join(terms)] if backend.config else [" | ".join(terms)]
    content_type = ContentType.objects.get_for_model(SearchDocument)
    sql = (
        # Table names come from the models; every value is a parameter.
        f"WITH top AS (SELECT object_id, ts_rank(e.body, q) + 3 * (e.title @@ q)::int AS score "  # noqa: S608
        f"FROM {table} e, {tsquery} AS q "
        "WHERE e.content_type_id = %s AND (e.title @@ q OR e.body @@ q) "
        "ORDER BY score DESC, object_id LIMIT %s) "
        f"SELECT d.id, d.source, d.kind, d.language, d.countries FROM top JOIN {documents} d "
        "ON d.id = top.object_id::bigint ORDER BY top.score DESC, d.id"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, content_type.pk, CANDIDATES])
        return [Hit(*row) for row in cursor.fetchall()]


def _candidates(terms):
    """The best-matching documents of every kind and language, best first (at most CANDIDATES)."""
    backend = get_search_backend()
    if isinstance(backend, PostgresSearchBackend):
        return _postgres_candidates(backend, terms)
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


def promotions(query):
    """Editors' picks for this query (Wagtail search promotions), without recording the query."""
    return list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )


# --- Snippets -------------------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _fold_char(ch):
    return fold(ch)


@lru_cache(maxsize=256)
def _query_words(query):
    return sorted(set(tokens(query)), key=len, reverse=True)


def _folded_with_offsets(text):
    """The folded text and, for each of its characters, the index of the original character."""
    if text.isascii():
        return text.lower(), range(len(text))
    folded, offsets = [], []
    for i, ch in enumerate(text):
        for out in _fold_char(ch):
            folded.append(out)
            offsets.append(i)
    return "".join(folded), offsets


def _spans(text, query):
    """(start, end) spans of the original text that match words of the query, sorted, not overlapping."""
    folded, offsets = _folded_with_offsets(text)
    words = _query_words(query)
    found = []
    for word in words:
        pattern = re.escape(word)
        if word.isascii():
            # Whole words only, as the engine matches them: "ho" (from "hỗ") must not mark "Hội" or "học".
            pattern = rf"(?<![a-z0-9]){pattern}(?![a-z0-9])"
        for match in re.finditer(pattern, folded):
            start, end = offsets[match.start()], offsets[match.end() - 1] + 1
            if not any(s < end and start < e for s, e in found):
                found.append((start, end))
                if len(found) >= MAX_MARKS:
                    return sorted(found)
    return sorted(found)


def snippet_parts(text, query, width=220):
    """A window of the text around the first match, as [(text, is_match)] parts."""
    # Long guides: look for the words in the first part only; the snippet is a preview.
    text = " ".join((text or "")[:SNIPPET_SCAN].split())
    spans = _spans(text, query)
    start = 0
    if spans:
        start = max(0, spans[0][0] - width // 4)
        # Start on a word boundary when the script has spaces.
        space = text.rfind(" ", 0, start)
        if start and space != -1 and start - space < 20:
            start = space + 1
    end = min(len(text), start + width)
    parts, cursor = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        if s > cursor:
            parts.append((text[cursor:s], False))
        parts.append((text[s:e], True))
        cursor = e
    if cursor < end:
        parts.append((text[cursor:end], False))
    if start > 0:
        parts.insert(0, ("… ", False))
    if end < len(text):
        parts.append((" …", False))
    return parts


def snippet_text(text, query):
    return "".join(part for part, _match in snippet_parts(text, query))


def snippet_html(text, query):
    """The snippet with matches in <mark>; every piece of the content is escaped."""
    return mark_safe(  # noqa: S308 - built only from escaped parts
        "".join(
            f"<mark>{escape(part)}</mark>" if match else escape(part)
            for part, match in snippet_parts(text, query)
        )
    )


# --- Autocomplete ---------------------------------------------------------------------------------------


def suggestions(query, language, limit=8):
    """Titles whose words start with what the visitor is typing (the last word may be unfinished)."""
    words = tokens(query)
    if not words:
        return []
    *complete, last = words
    condition = Q(title_terms__startswith=engine_term(last)) | Q(
        title_terms__contains=" " + engine_term(last)
    )
    for word in complete:
        term = engine_term(word)
        condition &= (
            Q(title_terms=term) | Q(title_terms__startswith=term + " ") | Q(title_terms__contains=f" {term}")
        )
    docs = SearchDocument.objects.filter(condition).only("source", "kind", "language", "title", "url")[:100]
    chosen = {}
    for doc in sorted(docs, key=lambda d: (d.language != language, len(d.title))):
        chosen.setdefault(doc.source, doc)
    return list(chosen.values())[:limit]


# --- The search page ------------------------------------------------------------------------------------

TYPE_LABELS = {
    "guide": _lazy("Country and corridor guides"),
    "policy": _lazy("Laws and policies"),
    "service": _lazy("Support services"),
}
PAGE_SIZE = 10


def _query_string(params, **changes):
    values = {"q": params.query, "type": params.type, "country": params.country}
    values.update(changes)
    return "?" + urlencode({key: value for key, value in values.items() if value})


def search_page_context(raw, language):
    """Everything the search page shows, from the raw GET parameters (errors become a message)."""
    query = (raw.get("q") or "").strip()
    context = {"search_query": query[:MAX_QUERY_LENGTH], "error": "", "results": None}
    if not query:
        return context
    try:
        params = clean_params(query, language, raw.get("type"), raw.get("country"))
    except SearchError as error:
        context["error"] = str(error)
        return context
    results = search(params)
    page = Paginator(results.hits, PAGE_SIZE).get_page(raw.get("page"))
    docs = documents_for(page.object_list)
    context.update(
        {
            "params": params,
            "results": results,
            "page_obj": page,
            "hits": [
                {
                    "doc": doc,
                    "type_label": TYPE_LABELS[kind_to_type(doc.kind)],
                    "snippet": snippet_html(doc.body, params.query),
                    "other_language": doc.language != language,
                    "language_name": language_name_local(doc.language),
                }
                for doc in docs
            ],
            "promotions": promotions(params.query) if page.number == 1 else [],
            "active_filter_count": int(bool(params.type)) + int(bool(params.country)),
            "type_facets": [
                {
                    "label": TYPE_LABELS[key],
                    "count": count,
                    "current": params.type == key,
                    "url": _query_string(params, type="" if params.type == key else key),
                }
                for key, count in sorted(results.type_facets.items())
            ],
            "country_facets": [
                {
                    "label": country_name(code, language),
                    "count": count,
                    "current": params.country == code,
                    "url": _query_string(params, country="" if params.country == code else code),
                }
                for code, count in list(results.country_facets.items())[:15]
            ],
            "page_url": {
                "previous": _query_string(params, page=page.previous_page_number())
                if page.has_previous()
                else "",
                "next": _query_string(params, page=page.next_page_number()) if page.has_next() else "",
            },
        }
    )
    return context


def language_name_local(code):
    from django.utils.translation import get_language_info

    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code
