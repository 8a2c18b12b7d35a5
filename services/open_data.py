"""What the "Open data and embeds" page shows (datasets, APIs, feeds, the embed builder) and the bulk download.

The bulk download is a zip of the whole directory in HSDS 3.0: one NDJSON file of compiled services per
language the directory has text in, the taxonomies and their terms, and a README naming the licence. It is
built by `manage.py build_hsds_download` (run it from cron for a schedule) and after every HSDS import, into
OPEN_DATA_ROOT, and served as a file as it is (`/data/hsds-3.0.zip`), never built on a request.
"""

import datetime
import json
import logging
import os
import tempfile
import zipfile
from pathlib import Path
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.db import transaction
from django.http import FileResponse, JsonResponse
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from core.languages import LANGUAGE_CODES
from core.licence import add_licence_link, data_licence

from .hsds import HSDS_VERSION
from .models import Location, Service, Taxonomy, TaxonomyTerm
from .selectors import country_choices, service_type_choices
from .serializers import service_dict, services_queryset, taxonomy_dict, term_dict
from .text import column

logger = logging.getLogger(__name__)

DOWNLOAD_NAME = "hsds-3.0.zip"
EMBED_HEIGHTS = (300, 2000, 600)  # min, max, default


def download_path():
    return Path(settings.OPEN_DATA_ROOT) / DOWNLOAD_NAME


def _languages_with_services():
    return [
        code
        for code in LANGUAGE_CODES
        if Service.objects.filter(live=True)
        .exclude(**{column("name", code): ""})
        .filter(**{f"{column('name', code)}__isnull": False})
        .exists()
    ]


def build_hsds_download(path=None):
    """Write the zip (to a temporary file, then renamed, so a download never reads half a file)."""
    path = Path(path or download_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    languages = [code for code in _languages_with_services() if code]
    generated = datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".zip")
    os.close(handle)
    count = 0
    with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for language in languages:
            with archive.open(f"services.{language}.ndjson", "w") as out:
                for service in services_queryset().order_by("pk").iterator(chunk_size=500):
                    out.write(
                        (json.dumps(service_dict(service, language), ensure_ascii=False) + "\n").encode()
                    )
                    count += language == languages[0]
        archive.writestr(
            "taxonomies.json",
            json.dumps(
                [taxonomy_dict(t) for t in Taxonomy.objects.order_by("pk")], ensure_ascii=False, indent=1
            ),
        )
        terms = TaxonomyTerm.objects.select_related("taxonomy", "parent").order_by("pk")
        for language in languages:
            archive.writestr(
                f"taxonomy_terms.{language}.json",
                json.dumps([term_dict(t, language) for t in terms], ensure_ascii=False, indent=1),
            )
        archive.writestr("README.txt", _readme(languages, generated, count))
    os.replace(temporary, path)
    return path, count


def _readme(languages, generated, count):
    from core.licence import DEFAULT_LICENCE, DEFAULT_ORGANISATION
    from core.models import PortalSettings

    portal_settings = PortalSettings.objects.filter(site__is_default_site=True).first()
    name, url = DEFAULT_LICENCE
    organisation = DEFAULT_ORGANISATION
    if portal_settings:
        name = portal_settings.data_licence_name or name
        url = portal_settings.data_licence_url or url
        organisation = (
            portal_settings.organisation_name_en or portal_settings.organisation_name or organisation
        )
    return (
        f"Service directory of the Asia-Pacific Migrant Portal, Open Referral HSDS {HSDS_VERSION}.\n"
        f"Generated {generated}: {count} services.\n\n"
        f"services.<language>.ndjson: one compiled HSDS service per line, with its text in that language "
        f"(English where it has none). Languages: {', '.join(languages)}.\n"
        "taxonomies.json, taxonomy_terms.<language>.json: the service types and target groups.\n\n"
        f"Licence: {name} ({url}). Attribution: {organisation}.\n"
        "The HSDS schemas are Open Referral's (https://openreferral.org/), under CC BY-SA 4.0.\n"
    )


def rebuild_after_import(sender, **kwargs):
    """services_imported listener: rebuild the download once the import is committed."""
    if not getattr(settings, "HSDS_DOWNLOAD_AFTER_IMPORT", True):
        return

    def build():
        try:
            build_hsds_download()
        except OSError:
            logger.exception("Could not write the HSDS download to %s", settings.OPEN_DATA_ROOT)

    transaction.on_commit(build)


@require_GET
def hsds_download(request):
    """/data/hsds-3.0.zip: the prebuilt file, or 404 with JSON while it has never been built."""
    path = download_path()
    licence = data_licence(request)
    if not path.exists():
        return JsonResponse(
            {
                "error": "not_found",
                "message": "The download has not been built yet (manage.py build_hsds_download).",
            },
            status=404,
        )
    response = FileResponse(
        path.open("rb"), as_attachment=True, filename=DOWNLOAD_NAME, content_type="application/zip"
    )
    return add_licence_link(response, licence)


class EmbedBuilderForm(forms.Form):
    """The embed's options; GET, so the builder works without JavaScript (the page reloads with the preview)."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    type = forms.ChoiceField(label=_("Type of help"), required=False)
    lang = forms.ChoiceField(label=_("Language"), required=False)
    height = forms.IntegerField(
        label=_("Height in pixels"),
        required=False,
        min_value=EMBED_HEIGHTS[0],
        max_value=EMBED_HEIGHTS[1],
        initial=EMBED_HEIGHTS[2],
    )

    def __init__(self, data, language):
        super().__init__(data)
        anyone = [("", _("Any"))]
        self.fields["country"].choices = anyone + country_choices(language)
        self.fields["type"].choices = anyone + service_type_choices(language)
        self.fields["lang"].choices = [
            (code, get_language_info(code)["name_local"]) for code in LANGUAGE_CODES
        ]
        self.fields["lang"].initial = language


def _url(name, *args):
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def _sample_country(language):
    """?country=<the first country with a service>&lang=..., for a sample request that returns something."""
    code = Location.objects.exclude(country="").order_by("country").values_list("country", flat=True).first()
    return {"country": code, "lang": language} if code else {"lang": language}


def datasets(request, language):
    """Each dataset and API: what it is, its address, format and a sample request (absolute addresses)."""
    absolute = request.build_absolute_uri
    licence = data_licence(request)
    sample_service = (
        Service.objects.filter(status="active", live=True)
        .order_by("pk")
        .values_list("hsds_id", flat=True)
        .first()
    )
    rows = [
        {
            "name": _("Service directory (Open Referral HSDS 3.0 API)"),
            "url": absolute(reverse("hsds:root")),
            "format": "JSON (HSDS 3.0)",
            "sample": absolute(f"{reverse('hsds:services')}?per_page=5&lang={language}"),
            "licence": licence,
        },
        {
            "name": _("Services on a map (GeoJSON)"),
            "url": absolute(reverse("services_geojson")),
            "format": "GeoJSON (RFC 7946)",
            "sample": absolute(f"{reverse('services_geojson')}?{urlencode(_sample_country(language))}"),
            "licence": licence,
        },
        {
            "name": _("The whole directory (download)"),
            "url": absolute(reverse("hsds_download")),
            "format": "ZIP: NDJSON (HSDS 3.0)",
            "sample": "",
            "licence": licence,
        },
    ]
    if sample_service:
        rows[0]["sample_detail"] = absolute(reverse("hsds:service", args=[sample_service]))
    landscape = _url("landscape-geojson", "migrant-stock")
    if landscape:
        rows.append(
            {
                "name": _("Migration landscape, one indicator (GeoJSON)"),
                "url": absolute(landscape).replace("migrant-stock", "{indicator}"),
                "format": "GeoJSON (RFC 7946)",
                "sample": absolute(f"{landscape}?lang={language}"),
                "licence": None,  # each value names its own source and licence
            }
        )
    csv = _url("indicators-csv")
    if csv:
        rows.append(
            {
                "name": _("Migration landscape, every figure with its source (CSV)"),
                "url": absolute(csv),
                "format": "CSV",
                "sample": "",
                "licence": None,
            }
        )
    rows.append(
        {
            "name": _("Search (JSON)"),
            "url": absolute(_url("search_api") or "/api/search"),
            "format": "JSON",
            "sample": absolute(f"{_url('search_api') or '/api/search'}?q=visa&lang={language}"),
            "licence": licence,
        }
    )
    return rows


RESIZE_SCRIPT = """<script>
window.addEventListener("message", function (event) {
  if (event.origin !== "%(origin)s" || !event.data || event.data.type !== "apmigrant:embed-height") return;
  document.querySelectorAll("iframe[data-apmigrant-embed]").forEach(function (frame) {
    if (frame.contentWindow === event.source) frame.style.height = event.data.height + "px";
  });
});
</script>"""


def embed_code(src, height, title, origin):
    """The code a partner pastes: the iframe, and the few lines that let it take the height of its content.

    static/js/services/embed-builder.js writes the same text when the options change in the browser.
    """
    iframe = (
        f'<iframe src="{escape(src)}" title="{escape(title)}" height="{height}" '
        f'style="width:100%;border:0" loading="lazy" data-apmigrant-embed></iframe>'
    )
    return iframe + "\n" + RESIZE_SCRIPT % {"origin": origin}


def open_data_context(request):
    language = get_language()
    form = EmbedBuilderForm(request.GET or None, language)
    options = form.cleaned_data if form.is_bound and form.is_valid() else {}
    query = {"lang": options.get("lang") or language}
    for key in ("country", "type"):
        if options.get(key):
            query[key] = options[key]
    embed_url = request.build_absolute_uri(f"{reverse('services_embed')}?{urlencode(query)}")
    height = options.get("height") or EMBED_HEIGHTS[2]
    origin = request.build_absolute_uri("/").rstrip("/")
    title = str(_("Support services for migrants"))
    return {
        "datasets": datasets(request, language),
        "openapi_url": request.build_absolute_uri(reverse("services_openapi")),
        "feed_url": request.build_absolute_uri(reverse("policies:feed")),
        "embed_form": form,
        "embed_url": embed_url,
        "embed_height": height,
        "embed_origin": origin,
        "embed_path": reverse("services_embed"),
        "embed_title": title,
        "embed_code": embed_code(embed_url, height, title, origin),
        "resize_script": RESIZE_SCRIPT % {"origin": origin},
        "data_licence": data_licence(request),
    }
