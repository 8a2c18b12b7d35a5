"""Public views of the policies app: the site-wide list of latest policy updates."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from policies.selectors import public_updates

UPDATES_PER_PAGE = 25


def latest_updates_view(request):
    paginator = Paginator(public_updates(), UPDATES_PER_PAGE)
    notices = []
    raw_page = request.GET.get("page") or "1"
    try:
        updates = paginator.page(raw_page)
    except PageNotAnInteger:
        notices.append(
            _("The page number “%(value)s” is not valid; the first page is shown.") % {"value": raw_page[:20]}
        )
        updates = paginator.page(1)
    except EmptyPage:
        notices.append(_("There is no page %(value)s; the last page is shown.") % {"value": raw_page[:20]})
        updates = paginator.page(paginator.num_pages)
    return render(
        request,
        "policies/latest_updates.html",
        {"updates": updates, "paginator": paginator, "notices": notices},
    )
