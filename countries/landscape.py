"""Selectors for the migration-landscape map: the chosen indicator and year, the table rows, the GeoJSON.

The map page, its table, the GeoJSON API and the CSV export all read from `landscape_rows`, so the map and
the table cannot disagree.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from countries.models import CountryGuidePage, Indicator, IndicatorValue
from countries.names import country_name
from countries.outlines import country_outlines
from countries.regions import COUNTRY_SUB_REGION
from portal.numbers import parse_whole_number

CLASS_COUNT = 5


class LandscapeInputError(ValueError):
    """A query parameter the landscape cannot use; the message is fit to show to the visitor."""

    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
        self.message = message


def indicators():
    return Indicator.objects.order_by("sort_order", "code")


def available_years(indicator):
    return list(
        IndicatorValue.objects.filter(indicator=indicator)
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )


def parse_year(raw):
    """None for no year; an int in 1900–2100; LandscapeInputError otherwise."""
    raw = (raw or "").strip()
    if not raw:
        return None
    year = parse_whole_number(raw, 1900, 2100)
    if year is None:
        raise LandscapeInputError("year", _("The year must be a number between 1900 and 2100."))
    return year


def resolve_year(indicator, year):
    """The requested year, or the latest year with data when none was asked for."""
    if year is not None:
        return year
    years = available_years(indicator)
    return years[0] if years else None


def guide_urls():
    """{iso code: guide URL} for every live country guide, in one query."""
    return {
        page.iso_code: page.url
        for page in CountryGuidePage.objects.live().public().only("iso_code", "url_path")
    }


def class_breaks(values):
    """Upper bounds of up to CLASS_COUNT classes with about as many countries in each (quantiles)."""
    ordered = sorted(values)
    if not ordered:
        return []
    breaks = []
    for step in range(1, CLASS_COUNT + 1):
        bound = ordered[-(-len(ordered) * step // CLASS_COUNT) - 1]
        if not breaks or bound > breaks[-1]:
            breaks.append(bound)
    return breaks


def class_of(value, breaks):
    if value is None:
        return None
    for index, bound in enumerate(breaks):
        if value <= bound:
            return index
    return len(breaks) - 1


def landscape_rows(indicator, year, urls=None):
    """One row per country with a value for this indicator and year, names in the active language."""
    if indicator is None or year is None:
        return []
    language = get_language()
    urls = guide_urls() if urls is None else urls
    values = IndicatorValue.objects.filter(indicator=indicator, year=year)
    breaks = class_breaks([v.value for v in values])
    rows = [
        {
            "iso_code": v.iso_code,
            "name": country_name(v.iso_code, language),
            "year": v.year,
            "value": v.value,
            "value_female": v.value_female,
            "value_male": v.value_male,
            "source_name": v.source_name,
            "source_edition": v.source_edition,
            "source_url": v.source_url,
            "licence": v.licence,
            "note": v.note,
            "guide_url": urls.get(v.iso_code, ""),
            "class": class_of(v.value, breaks),
        }
        for v in values
    ]
    return sorted(rows, key=lambda row: row["name"])


def legend(breaks):
    """Legend entries (class index, lower, upper) from the class breaks."""
    entries = []
    lower = None
    for index, upper in enumerate(breaks):
        entries.append({"class": index, "lower": lower, "upper": upper})
        lower = upper
    return entries


def _number(value):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def landscape_geojson(indicator, year):
    """A FeatureCollection of the portal's region (and any country with a value), each with its value or null."""
    urls = guide_urls()
    rows = {row["iso_code"]: row for row in landscape_rows(indicator, year, urls)}
    outlines = country_outlines()
    language = get_language()
    codes = sorted((set(COUNTRY_SUB_REGION) | set(rows)) & set(outlines))
    features = []
    for iso in codes:
        row = rows.get(iso)
        properties = {
            "iso_code": iso,
            "name": row["name"] if row else country_name(iso, language),
            "value": _number(row["value"]) if row else None,
            "value_female": _number(row["value_female"]) if row else None,
            "value_male": _number(row["value_male"]) if row else None,
            "class": row["class"] if row else None,
            "source_name": row["source_name"] if row else "",
            "source_url": row["source_url"] if row else "",
            "licence": row["licence"] if row else "",
            "guide_url": urls.get(iso, ""),
        }
        features.append({"type": "Feature", "id": iso, "properties": properties, "geometry": outlines[iso]})
    return {
        "type": "FeatureCollection",
        "indicator": {"code": indicator.code, "name": indicator.name, "unit": indicator.unit},
        "year": year,
        "features": features,
    }


def choose(params, default_indicator=None):
    """Indicator and year from GET parameters, falling back to the default indicator and the latest year.

    Returns (indicator, year, errors): a bad parameter is reported and ignored, never a server error.
    """
    errors = []
    all_indicators = list(indicators())
    by_code = {indicator.code: indicator for indicator in all_indicators}
    code = (params.get("indicator") or "").strip()
    indicator = by_code.get(code)
    if code and indicator is None:
        errors.append(_("There is no indicator with this code."))
    if indicator is None:
        indicator = default_indicator or (all_indicators[0] if all_indicators else None)
    try:
        year = parse_year(params.get("year"))
    except LandscapeInputError as error:
        errors.append(error.message)
        year = None
    if indicator is None:
        return None, None, errors, all_indicators
    years = available_years(indicator)
    if year is not None and year not in years:
        errors.append(_("There are no figures for this year; the latest year is shown."))
        year = None
    return indicator, year or (years[0] if years else None), errors, all_indicators


def map_context(request, default_indicator=None):
    """Everything the landscape map page shows: choices, table rows, legend, sources, tile settings."""
    from wagtail.models import Site

    from portal.models import PortalSettings

    indicator, year, errors, all_indicators = choose(request.GET, default_indicator)
    rows = landscape_rows(indicator, year)
    breaks = class_breaks([row["value"] for row in rows])
    site = Site.find_for_request(request)
    portal_settings = PortalSettings.for_site(site) if site else None
    sources = []
    for row in rows:
        key = (row["source_name"], row["source_edition"], row["source_url"], row["licence"])
        if key not in sources:
            sources.append(key)
    return {
        "indicators": all_indicators,
        "indicator": indicator,
        "year": year,
        "years": available_years(indicator) if indicator else [],
        "errors": errors,
        "rows": rows,
        "legend": legend(breaks),
        "sources": [dict(zip(("name", "edition", "url", "licence"), key, strict=True)) for key in sources],
        "tile_url": portal_settings.tile_url if portal_settings else "",
        "tile_attribution": portal_settings.tile_attribution if portal_settings else "",
    }
