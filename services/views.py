"""Public service pages: the detail page of one service and its "report wrong information" form.

These views are reached through the service directory page's routes (ServiceDirectoryPage, services/routing.py),
so their URLs follow the page tree; `legacy_redirect` answers the old /<lang>/services/... URLs.
"""

from django import forms
from django.db import transaction
from django.http import Http404, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from core.ratelimit import check as check_rate_limit

from .items import service_items
from .models import Service, ServiceReport
from .routing import directory_path
from .selectors import source_statuses


class ReportForm(forms.Form):
    message = forms.CharField(
        label=_("What is wrong?"), widget=forms.Textarea(attrs={"rows": 4}), max_length=2000
    )
    contact = forms.CharField(
        label=_("Your email or phone (optional, only if you want an answer)"), required=False, max_length=200
    )
    # A honeypot: hidden from people by CSS and aria-hidden; robots fill it in.
    website = forms.CharField(label=_("Leave this field empty"), required=False)


def _service_or_404(hsds_id):
    """The live service's prepared values (kept under the content generation), or 404: one query for its id."""
    language = get_language()
    pk = Service.objects.filter(hsds_id=hsds_id, live=True).values_list("pk", flat=True).first()
    items = service_items([pk], language, directory_path(language)) if pk is not None else []
    if not items:
        raise Http404
    return items[0]


@require_http_methods(["GET", "HEAD"])
def service_detail(request, hsds_id):
    """A service's page: the same for every visitor (the report form is on its own page), so it is kept by
    the page cache like any other page."""
    item = _service_or_404(hsds_id)
    context = {
        "item": item,
        "reported": request.GET.get("reported") == "1",
        "report_url": f"{item['url']}report/",
    }
    return render(request, "services/service_detail.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
def report(request, hsds_id):
    """The "Report wrong information" form of a service, and the one URL that accepts a report. The limit is
    counted here, beside the code that saves the report, so no other path to it can bypass the limit."""
    item = _service_or_404(hsds_id)
    if request.method != "POST":
        return _report_page(request, item, ReportForm())
    check_rate_limit(request, "report")
    language = get_language()
    form = ReportForm(request.POST)
    if not form.is_valid():
        return _report_page(request, item, form)
    if not form.cleaned_data["website"]:
        ServiceReport.objects.create(
            service_id=item["pk"],
            message=form.cleaned_data["message"],
            contact=form.cleaned_data["contact"],
            language=language,
        )
    return HttpResponseRedirect(f"{directory_path(language)}{item['hsds_id']}/?reported=1#report")


def _report_page(request, item, form):
    return render(
        request,
        "services/service_report.html",
        {"item": item, "report_form": form, "report_url": f"{item['url']}report/"},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@require_http_methods(["GET", "HEAD"])
def sources(request):
    """The public status page of the partners' directories the portal harvests, like Open Referral UK's."""
    return render(request, "services/sources.html", {"statuses": source_statuses(enabled_only=True)})


@transaction.non_atomic_requests
def legacy_redirect(request, rest):
    """/<lang>/services/<rest>: the service pages' old place. Where the directory page lives there, the page
    tree answers as usual; where it now lives elsewhere, a permanent redirect to the same route under it (308
    for a form's POST, which must stay a POST)."""
    from wagtail.views import serve

    path = _legacy_wagtail_path(request, rest)
    if path is not None:
        # As portal's page view: a page read runs in autocommit (on SQLite a request's transaction takes
        # the write lock, and every service page would wait for the one before it); a report posted runs
        # in one transaction.
        if request.method in {"GET", "HEAD", "OPTIONS"}:
            return serve(request, path)
        with transaction.atomic():
            return serve(request, path)
    target = f"{directory_path()}{rest}"
    if request.META.get("QUERY_STRING"):
        target = f"{target}?{request.META['QUERY_STRING']}"
    return HttpResponsePermanentRedirect(target, preserve_request=request.method == "POST")


def _legacy_wagtail_path(request, rest):
    """The page-tree path legacy_redirect serves (where the directory page lives under /services/), or None
    when it redirects: read by the route cache (portal.middleware.routing) to keep the route."""
    prefix = directory_path()
    if not prefix or request.path_info.startswith(prefix):
        return request.path_info.split("/", 2)[2]
    return None


legacy_redirect.wagtail_path = _legacy_wagtail_path
