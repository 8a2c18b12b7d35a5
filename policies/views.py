"""Public views of the policies app: the site-wide list of latest policy updates."""

from django.shortcuts import render

from core.pagination import paginate
from policies.selectors import public_updates

UPDATES_PER_PAGE = 25


def latest_updates_view(request):
    updates, notices = paginate(public_updates(), request.GET.get("page"), UPDATES_PER_PAGE)
    return render(
        request,
        "policies/latest_updates.html",
        {"updates": updates, "paginator": updates.paginator, "notices": notices},
    )
