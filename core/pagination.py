"""The one pagination helper of public listings and APIs."""

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
