"""The search API: /api/search and /api/search/autocomplete, JSON in and out, 400 with a message on bad input."""

from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from core.pagination import paginate
from core.params import BadParameter, bad_parameter_response
from search.engine import documents_for, kind_to_type, search
from search.highlight import snippet_text
from search.params import AutocompleteApiForm, SearchApiForm
from search.suggest import suggestions

PAGE_SIZE = 20


def _private(response):
    """Search answers hold the visitor's query: the browser may keep them a minute, no shared cache may."""
    patch_cache_control(response, private=True, max_age=60)
    return response


def _result(doc, query):
    return {
        "type": kind_to_type(doc.kind),
        "title": doc.title,
        "url": doc.url,
        "language": doc.language,
        "snippet": snippet_text(doc.body, query),
        "hsds_id": doc.hsds_id or None,
    }


@require_GET
def search_api(request):
    form = SearchApiForm(request.GET)
    try:
        values = form.strict()
    except BadParameter as error:
        return bad_parameter_response(error)
    params = form.params()
    results = search(params)
    # A page past the end gives the last page, as on the search page.
    page, _notices = paginate(results.hits, str(values.get("page") or 1), PAGE_SIZE)
    docs = documents_for(page.object_list)
    response = JsonResponse(
        {
            "query": params.query,
            "total": results.total,
            "page": page.number,
            "pages": page.paginator.num_pages,
            "results": [_result(doc, params.query) for doc in docs],
            "facets": {"type": results.type_facets, "country": results.country_facets},
        },
        json_dumps_params={"ensure_ascii": False},
    )
    return _private(response)


@require_GET
def autocomplete_api(request):
    form = AutocompleteApiForm(request.GET)
    try:
        form.strict()
    except BadParameter as error:
        return bad_parameter_response(error)
    params = form.params()
    docs = suggestions(params.query, params.language)
    response = JsonResponse(
        {
            "query": params.query,
            "suggestions": [
                {"title": doc.title, "url": doc.url, "type": kind_to_type(doc.kind)} for doc in docs
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )
    return _private(response)
