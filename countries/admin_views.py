"""Admin views to import and export indicator values as CSV."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from countries.forms import IndicatorCsvUploadForm
from countries.indicator_csv import decode, import_csv
from countries.views import indicators_csv_view


def _check(request):
    if not request.user.has_perm("countries.add_indicatorvalue") or not request.user.has_perm(
        "countries.change_indicatorvalue"
    ):
        raise PermissionDenied


def import_view(request):
    _check(request)
    errors = []
    if request.method == "POST":
        form = IndicatorCsvUploadForm(request.POST, request.FILES)
        if form.is_valid():
            text = decode(form.cleaned_data["file"].read())
            if text is None:
                form.add_error("file", _("The file must be UTF-8 text of at most 5 MB."))
            else:
                count, errors = import_csv(text)
                if not errors:
                    messages.success(request, _("%(count)s values imported.") % {"count": count})
                    return redirect("countries_indicator_import")
    else:
        form = IndicatorCsvUploadForm()
    return TemplateResponse(
        request,
        "countries/admin/indicator_import.html",
        {"form": form, "errors": [str(error) for error in errors]},
        status=400 if errors else 200,
    )


def export_view(request):
    if not request.user.has_perm("countries.view_indicatorvalue"):
        raise PermissionDenied
    return indicators_csv_view(request)
