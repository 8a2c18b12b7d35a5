"""Public data endpoints of the countries app: the landscape GeoJSON and the indicators CSV."""

import gzip
import hashlib
import json
import threading
from collections import OrderedDict

from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_GET

from countries.corridors import corridor_years, corridors_geojson
from countries.indicator_csv import write_csv
from countries.landscape import SOURCE_FIELDS, landscape_geojson, resolve_year
from countries.models import Indicator
from countries.params import CorridorParams, LandscapeInputError, LandscapeParams, read


def _geojson(data):
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/geo+json"
    return response


class _Bodies:
    """The last few landscape GeoJSON bodies, plain and gzipped, keyed by a hash of everything in them but
    the outlines (which only change with a deploy). Encoding and compressing the 100 KB of outlines is most
    of the work; the queries still run on every request, so a changed value is never served stale."""

    limit = 64

    def __init__(self):
        self.bodies = OrderedDict()
        self.lock = threading.Lock()

    def get(self, data):
        without_outlines = {
            **data,
            "features": [
                {**feature, "geometry": feature["properties"]["iso_code"]} for feature in data["features"]
            ],
        }
        key = hashlib.sha256(
            json.dumps(without_outlines, sort_keys=True, ensure_ascii=False).encode("utf-8")
        ).hexdigest()
        with self.lock:
            if key in self.bodies:
                self.bodies.move_to_end(key)
                return self.bodies[key]
        plain = json.dumps(data, ensure_ascii=False).encode("utf-8")
        bodies = (plain, gzip.compress(plain, compresslevel=6, mtime=0))
        with self.lock:
            self.bodies[key] = bodies
            while len(self.bodies) > self.limit:
                self.bodies.popitem(last=False)
        return bodies


_landscape_bodies = _Bodies()


def _accepts_gzip(request):
    return "gzip" in request.headers.get("Accept-Encoding", "").lower()


@require_GET
def landscape_geojson_view(request, code):
    """GeoJSON of one indicator for one year (?year=, default the latest; ?lang= for country names):
    values, classes, sources and outlines."""
    indicator = Indicator.objects.filter(code=code).first()
    if indicator is None:
        return JsonResponse(
            {"error": _("There is no indicator with this code."), "field": "indicator"}, status=404
        )
    try:
        values = read(LandscapeParams, request.GET)
        year, language = resolve_year(indicator, values["year"]), values["lang"]
    except LandscapeInputError as error:
        return JsonResponse({"error": error.message, "field": error.field}, status=400)
    with translation.override(language):
        data = landscape_geojson(indicator, year, absolute=request.build_absolute_uri)
    plain, compressed = _landscape_bodies.get(data)
    response = HttpResponse(
        compressed if _accepts_gzip(request) else plain, content_type="application/geo+json"
    )
    if _accepts_gzip(request):
        # Outlines compress to a third: the map page's first load stays under 150 KB.
        response["Content-Encoding"] = "gzip"
    patch_vary_headers(response, ("Accept-Encoding",))
    return response


@gzip_page
@require_GET
def corridors_geojson_view(request):
    """The ten largest corridors of a country (?country=VN&direction=out|in&year=2019&lang=vi) as lines
    from country to country, each with its stock, both countries and its source."""
    try:
        values = read(CorridorParams, request.GET)
        country, direction, year, language = (values[k] for k in ("country", "direction", "year", "lang"))
    except LandscapeInputError as error:
        return JsonResponse({"error": error.message, "field": error.field}, status=400)
    years = corridor_years()
    if year is None:
        year = years[0] if years else None
    elif year not in years:
        return JsonResponse(
            {"error": _("There are no corridor figures for this year."), "field": "year"},
            status=400,
        )
    with translation.override(language):
        return _geojson(corridors_geojson(country, direction, year))


@require_GET
def indicators_csv_view(request):
    """Every indicator value with its source in every row (documented in the README)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="indicators.csv"'
    write_csv(response)
    return response


CSV_FIELD_TYPES = {"year": "integer", "value": "number", "value_female": "number", "value_male": "number"}


@require_GET
def datapackage_view(request):
    """A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) describing
    /data/indicators.csv: its columns, and the sources and licences of its values."""
    from countries.indicator_csv import COLUMNS
    from countries.landscape import _sources
    from countries.models import IndicatorValue

    sources = _sources(IndicatorValue.objects.values(*SOURCE_FIELDS).distinct().order_by(*SOURCE_FIELDS))
    licences = sorted({source["licence"] for source in sources if source["licence"]})
    package = {
        "profile": "tabular-data-package",
        "name": "asia-pacific-migration-landscape",
        "title": "Asia-Pacific migration landscape: indicators by country and year",
        "homepage": request.build_absolute_uri("/"),
        "licenses": [{"name": licence, "title": licence} for licence in licences],
        "sources": [
            {"title": f"{source['name']}, {source['edition']}".strip(", "), "path": source["url"]}
            for source in sources
        ],
        "resources": [
            {
                "name": "indicators",
                "path": request.build_absolute_uri(reverse("indicators-csv")),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [
                        {"name": column, "type": CSV_FIELD_TYPES.get(column, "string")} for column in COLUMNS
                    ],
                    "primaryKey": ["indicator", "iso_code", "year"],
                },
            }
        ],
    }
    return JsonResponse(package, json_dumps_params={"ensure_ascii": False, "indent": 1})
