"""Searching the documents: validated parameters, ranked and de-duplicated hits, facets, snippets, suggestions."""

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from countries.names import country_name, is_known_country
from search.models import SearchDocument
from search.normalise import engine_term, fold, query_terms, tokens

MAX_QUERY_LENGTH = 200
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
    hits: list = field(default_factory=list)  # SearchDocument, best first, one per source
    type_facets: dict = field(default_factory=dict)
    country_facets: dict = field(default_factory=dict)

    @property
    def total(self):
        return len(self.hits)


def _candidates(terms):
    """The best-matching documents of every kind and language, best first (at most CANDIDATES)."""
    queryset = SearchDocument.objects.defer("body", "title_terms", "text_terms")
    results = get_search_backend().search(" ".join(terms), queryset, operator="or", order_by_relevance=True)
    return list(results[:CANDIDATES])


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


def load_bodies(docs):
    """Fill in the deferred text of the documents about to be shown (one query)."""
    bodies = dict(SearchDocument.objects.filter(pk__in=[doc.pk for doc in docs]).values_list("pk", "body"))
    for doc in docs:
        doc.body = bodies.get(doc.pk, "")
    return docs


def promotions(query):
    """Editors' picks for this query (Wagtail search promotions), without recording the query."""
    return list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )


# --- Snippets -------------------------------------------------------------------------------------------


def _folded_with_offsets(text):
    """The folded text and, for each of its characters, the index of the original character."""
    folded, offsets = [], []
    for i, ch in enumerate(text):
        for out in fold(ch):
            folded.append(out)
            offsets.append(i)
    return "".join(folded), offsets


def _spans(text, query):
    """(start, end) spans of the original text that match words of the query, sorted, not overlapping."""
    folded, offsets = _folded_with_offsets(text)
    words = sorted(set(tokens(query)), key=len, reverse=True)
    found = []
    for word in words:
        pattern = re.escape(word)
        if word.isascii():
            pattern = rf"(?<![a-z0-9]){pattern}"
        for match in re.finditer(pattern, folded):
            start, end = offsets[match.start()], offsets[match.end() - 1] + 1
            if not any(s < end and start < e for s, e in found):
                found.append((start, end))
    return sorted(found)


def snippet_parts(text, query, width=220):
    """A window of the text around the first match, as [(text, is_match)] parts."""
    text = " ".join((text or "").split())
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
    docs = load_bodies(list(page.object_list))
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
