"""The search page, /<lang>/search/?q=: results in the visitor's language first, facets, pages, promotions."""

from django.db import transaction
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from search.page import search_page_context


# A search only reads: outside the request's transaction, which on SQLite would take the write lock
# (portal/serve.py says why), so searches would wait for each other.
@transaction.non_atomic_requests
@require_GET
def search_page(request):
    context = search_page_context(request.GET, get_language())
    status = 400 if context["error"] else 200
    response = render(request, "search/search_page.html", context, status=status)
    # The query is the visitor's: no shared cache (CDN, proxy, the server's page cache) and no copy on the
    # phone, which someone else may pick up.
    patch_cache_control(response, private=True, no_store=True)
    return response
