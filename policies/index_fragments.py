"""The policy index's filter form and result list as HTML, rendered once per language, site and valid choice.

Rendering them (60-odd checkboxes and 20 cards) was most of an uncached request's time. Neither holds
anything of the visitor's (no token, no nonce, no query string: the pagination links, which carry the
visitor's query string, and the notices are rendered outside them), so each is kept in the content cache
under the generation, like the landscape map's body. Only a request whose parameters were all valid is kept,
on the values they were read as (bounded: `PolicyIndexParams` validates each); any other renders directly.
"""

from django.template.loader import render_to_string

from core import content_cache


def index_fragments(request, index_page, listing):
    """{"policy_filters": ..., "policy_results": ...} for the page's template, from `policy_listing`."""
    filters = listing["filters"]
    page = listing["policies"]
    # `pageurl` reads the request's site (a relative link on its own site, a full one on another).
    context = {**listing, "page": index_page, "request": request}

    def filter_form():
        return render_to_string("policies/includes/index_filters.html", context)

    def results():
        return render_to_string("policies/includes/index_results.html", context)

    if filters.notices:  # something was ignored: render as asked, keep nothing
        return {"policy_filters": filter_form(), "policy_results": results()}
    return {
        "policy_filters": content_cache.remember_html(
            request, ("policy-index-filters", index_page.pk, filters.key(), filters.sort), filter_form
        ),
        # The cards shown are those of the page's ids; the heading is the count of the whole list.
        "policy_results": content_cache.remember_html(
            request,
            ("policy-index-results", index_page.pk, page.paginator.count, *page.object_list.ids),
            results,
        ),
    }
