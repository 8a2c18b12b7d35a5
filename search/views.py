"""The search page, /<lang>/search/?q=: results in the visitor's language first, facets, pages, promotions."""

from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from search.selectors import search_page_context


@require_GET
def search_page(request):
    context = search_page_context(request.GET, get_language())
    status = 400 if context["error"] else 200
    return render(request, "search/search_page.html", context, status=status)
