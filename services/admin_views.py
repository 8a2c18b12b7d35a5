"""Admin view: import services from a CSV file, with a preview and per-row errors before anything is written."""

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin import messages

from .csv_import import COLUMNS, parse_csv
from .importers import import_services
from .models import HarvestRun
from .routing import directory_path
from .selectors import source_statuses
from .validation import HSDSImportError

MAX_BYTES = 5 * 1024 * 1024


class CSVUploadForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("CSV file (UTF-8)"))
    language = forms.ChoiceField(label=gettext_lazy("Language of the text"), choices=settings.LANGUAGES)


@permission_required("services.publish_service", raise_exception=True)
def csv_import(request):
    context = {"columns": COLUMNS, "form": CSVUploadForm()}
    if request.method == "POST" and request.POST.get("confirm"):
        language = request.POST.get("language", "en")
        rows = parse_csv(request.POST.get("csv_text", ""), language)
        if not any(row["errors"] for row in rows):
            try:
                result = import_services([row["record"] for row in rows], language=language)
            except HSDSImportError:
                messages.error(request, _("The file changed or is invalid: nothing was imported."))
            else:
                messages.success(
                    request,
                    _("%(created)d services created, %(updated)d updated.")
                    % {"created": result.created, "updated": result.updated},
                )
                return redirect("services_csv_import")
    elif request.method == "POST":
        form = CSVUploadForm(request.POST, request.FILES)
        context["form"] = form
        if form.is_valid():
            upload = form.cleaned_data["file"]
            if upload.size > MAX_BYTES:
                form.add_error("file", _("The file is larger than 5 MB."))
            else:
                try:
                    text = upload.read().decode("utf-8-sig")
                except UnicodeDecodeError:
                    form.add_error("file", _("The file is not UTF-8 text."))
                else:
                    rows = parse_csv(text, form.cleaned_data["language"])
                    context.update(
                        rows=rows,
                        has_errors=any(row["errors"] for row in rows),
                        csv_text=text,
                        language=form.cleaned_data["language"],
                    )
    return TemplateResponse(request, "services/admin/csv_import.html", context)


@permission_required("services.view_directorysource", raise_exception=True)
def feed_dashboard(request):
    """Each directory source's last harvest (added, changed, removed, rejected and why, time taken, health)
    and the latest harvests of all sources."""
    return TemplateResponse(
        request,
        "services/admin/feed_dashboard.html",
        {
            "statuses": source_statuses(),
            "recent": HarvestRun.objects.filter(dry_run=False).select_related("source")[:20],
            "sources_url": f"{directory_path()}sources/" if directory_path() else "",
        },
    )
