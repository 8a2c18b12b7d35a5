"""Public data endpoints of the countries app: the landscape GeoJSON and the indicators CSV."""

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from countries.indicator_csv import write_csv
from countries.landscape import LandscapeInputError, landscape_geojson, parse_year, resolve_year
from countries.models import Indicator


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
        year = resolve_year(indicator, parse_year(request.GET.get("year")))
    except LandscapeInputError as error:
        return JsonResponse({"error": error.message, "field": error.field}, status=400)
    language = request.GET.get("lang") or settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        return JsonResponse({"error": _("Unknown language code."), "field": "lang"}, status=400)
    with translation.override(language):
        data = landscape_geojson(indicator, year)
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/geo+json"
    return response


@require_GET
def indicators_csv_view(request):
    """Every indicator value with its source in every row (documented in the README)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="indicators.csv"'
    write_csv(response)
    return response
