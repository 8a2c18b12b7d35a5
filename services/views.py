"""Public service pages: the detail page of one service and its "report wrong information" form."""

from django import forms
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from core.ratelimit import check as check_rate_limit

from .directory import service_item, with_details
from .models import Service, ServiceReport
from .selectors import detail_url_prefix, source_statuses


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
    service = with_details(Service.objects.filter(hsds_id=hsds_id, live=True)).first()
    if service is None:
        raise Http404
    return service


@require_http_methods(["GET", "HEAD"])
def service_detail(request, hsds_id):
    return _detail_page(request, _service_or_404(hsds_id), ReportForm())


@require_http_methods(["POST"])
def report(request, hsds_id):
    """The one URL that accepts a report. The limit is counted here, beside the code that saves the report,
    so no other path to it can bypass the limit."""
    service = _service_or_404(hsds_id)
    check_rate_limit(request, "report")
    language = get_language()
    form = ReportForm(request.POST)
    if not form.is_valid():
        return _detail_page(request, service, form)
    if not form.cleaned_data["website"]:
        ServiceReport.objects.create(
            service=service,
            message=form.cleaned_data["message"],
            contact=form.cleaned_data["contact"],
            language=language,
        )
    return HttpResponseRedirect(f"{detail_url_prefix(language)}{service.hsds_id}/?reported=1#report")


def _detail_page(request, service, form):
    language = get_language()
    item = service_item(service, language, detail_url_prefix(language))
    return render(
        request,
        "services/service_detail.html",
        {
            "item": item,
            "report_form": form,
            "reported": request.GET.get("reported") == "1",
            "report_url": f"{item['url']}report/",
        },
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@require_http_methods(["GET", "HEAD"])
def sources(request):
    """The public status page of the partners' directories the portal harvests, like Open Referral UK's."""
    return render(request, "services/sources.html", {"statuses": source_statuses(enabled_only=True)})
