"""What the search page shows, from its query string: results, facets, pages, promotions, or a message."""

from urllib.parse import urlencode

from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from core.names import country_name
from core.pagination import paginate
from search.engine import documents_for, kind_to_type, promotions, search
from search.highlight import snippet_html
from search.params import MAX_QUERY_LENGTH, SearchForm

TYPE_LABELS = {
    "guide": _("Country and corridor guides"),
    "policy": _("Laws and policies"),
    "service": _("Support services"),
}
PAGE_SIZE = 10


def _query_string(params, **changes):
    values = {"q": params.query, "type": params.type, "country": params.country}
    values.update(changes)
    return "?" + urlencode({key: value for key, value in values.items() if value})


def language_name_local(code):
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code


def search_page_context(raw, language):
    """Everything the search page shows, from the raw GET parameters (a bad one becomes a message)."""
    query = (raw.get("q") or "").strip()
    context = {"search_query": query[:MAX_QUERY_LENGTH], "error": "", "results": None}
    if not query:
        return context
    form = SearchForm(raw)
    if not form.is_valid():
        context["error"] = next(iter(form.errors.values()))[0]
        return context
    params = form.params(language)
    results = search(params)
    page, _notices = paginate(results.hits, raw.get("page"), PAGE_SIZE)
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
