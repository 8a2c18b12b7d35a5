"""The search API: /api/search and /api/search/autocomplete, JSON in and out, 400 with a message on bad input."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from core.numbers import parse_whole_number
from search import selectors

PAGE_SIZE = 20


def _private(response):
    """Search answers hold the visitor's query: the browser may keep them a minute, no shared cache may."""
    patch_cache_control(response, private=True, max_age=60)
    return response


def _error(message):
    return JsonResponse({"error": str(message)}, status=400)


def _result(doc, query):
    return {
        "type": selectors.kind_to_type(doc.kind),
        "title": doc.title,
        "url": doc.url,
        "language": doc.language,
        "snippet": selectors.snippet_text(doc.body, query),
        "hsds_id": doc.hsds_id or None,
    }


@require_GET
def search_api(request):
    try:
        params = selectors.clean_params(
            request.GET.get("q"), request.GET.get("lang"), request.GET.get("type"), request.GET.get("country")
        )
    except selectors.SearchError as error:
        return _error(error)
    page_number = parse_whole_number(request.GET.get("page") or "1", minimum=1)
    if page_number is None:
        return _error(_("The page must be a positive whole number."))
    results = selectors.search(params)
    page = Paginator(results.hits, PAGE_SIZE).get_page(page_number)
    docs = selectors.documents_for(page.object_list)
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
    try:
        params = selectors.clean_params(request.GET.get("q"), request.GET.get("lang"))
    except selectors.SearchError as error:
        return _error(error)
    docs = selectors.suggestions(params.query, params.language)
    response = JsonResponse(
        {
            "query": params.query,
            "suggestions": [
                {"title": doc.title, "url": doc.url, "type": selectors.kind_to_type(doc.kind)} for doc in docs
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )
    return _private(response)
