"""The one pagination helper of public listings and APIs: `paginate` for pages, `page_envelope` for HSDS lists."""

import math

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.translation import gettext as _


def paginate(items, raw_page, per_page):
    """(page, notices): a malformed page number gives the first page and one past the end the last, each with a
    notice in the visitor's language, so a shared link never fails."""
    paginator = Paginator(items, per_page)
    raw_page = (raw_page or "1").strip()
    try:
        return paginator.page(raw_page), []
    except PageNotAnInteger:
        notice = _("The page number “%(value)s” is not valid; the first page is shown.")
        return paginator.page(1), [notice % {"value": raw_page[:20]}]
    except EmptyPage:
        notice = _("There is no page %(value)s; the last page is shown.")
        return paginator.page(paginator.num_pages), [notice % {"value": raw_page[:20]}]


def page_query(query, number):
    """The query string of another page of the same listing: every parameter kept, `page` replaced."""
    params = query.copy()
    params["page"] = str(number)
    return "?" + params.urlencode()


def page_envelope(items, number, per_page, serialize):
    """One page of an API list as Open Referral HSDS 3.0 pages it (total_items, total_pages, page_number, size,
    first_page, last_page, empty, contents), `serialize` applied to each item of the page.

    A page past the end is an empty page, as HSDS clients expect, not an error; it costs no query for its
    items (a huge offset would overflow the database's integer).
    """
    total = items.count()
    total_pages = max(1, math.ceil(total / per_page))
    start = (number - 1) * per_page
    contents = [serialize(item) for item in items[start : start + per_page]] if number <= total_pages else []
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": number,
        "size": len(contents),
        "first_page": number == 1,
        "last_page": number >= total_pages,
        "empty": not contents,
        "contents": contents,
    }
