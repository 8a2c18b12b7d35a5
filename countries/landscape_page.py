"""What the migration-landscape map page shows: the chosen indicator, year and corridor, read leniently from
the query string (a bad value is reported and ignored, never a server error).

The figures (indicators, years, table rows, legend, sources, the drawn map, corridors) are kept under the
content generation (core.content_cache), per language and per valid choice: an import of figures or any
content change replaces them."""

from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core import content_cache
from core.names import country_name
from countries.corridors import corridor_years, corridors
from countries.landscape import available_years, class_breaks, indicators, landscape_rows, legend
from countries.params import LandscapeInputError, parse_country, parse_direction, parse_year
from countries.svg_map import choropleth


def _indicators():
    return content_cache.remember(("landscape-indicators",), lambda: list(indicators()))


def _years(indicator):
    return content_cache.remember(("landscape-years", indicator.pk), lambda: available_years(indicator))


def choose(params, default_indicator_id=None):
    """Indicator and year from GET parameters, falling back to the default indicator (by id) and the latest
    year.

    Returns (indicator, year, errors, all_indicators): a bad parameter is reported and ignored, never a 500.
    """
    errors = []
    all_indicators = _indicators()
    default_indicator = next((item for item in all_indicators if item.pk == default_indicator_id), None)
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
    years = _years(indicator)
    if year is not None and year not in years:
        errors.append(_("There are no figures for this year; the latest year is shown."))
        year = None
    return indicator, year or (years[0] if years else None), errors, all_indicators


def map_context(request, default_indicator_id=None):
    """Everything the landscape map page shows: choices, table rows, legend, sources, tile settings."""
    from wagtail.models import Site

    from core.models.site_settings import settings_for_site

    indicator, year, errors, all_indicators = choose(request.GET, default_indicator_id)
    corridor = corridor_choice(request.GET, errors)
    figures = content_cache.remember(
        (
            "landscape-figures",
            get_language(),
            indicator.pk if indicator else None,
            year,
            corridor["country"],
            corridor["direction"],
        ),
        lambda: _figures(indicator, year, corridor),
    )
    site = Site.find_for_request(request)
    portal_settings = settings_for_site(site)
    context = {
        "indicators": all_indicators,
        "indicator": indicator,
        "year": year,
        "years": _years(indicator) if indicator else [],
        "errors": errors,
        **figures,
        "corridor": corridor,
        "tile_url": portal_settings.tile_url if portal_settings else "",
        "tile_attribution": portal_settings.tile_attribution if portal_settings else "",
    }
    # The form, map, legend and tables hold nothing of the visitor's (no token, no nonce): what they show
    # is set by the language, the site's settings and the valid choice, so they are rendered once for each.
    context["landscape_body"] = content_cache.remember(
        (
            "landscape-body",
            get_language(),
            site.pk if site else None,
            indicator.pk if indicator else None,
            year,
            corridor["country"],
            corridor["direction"],
        ),
        lambda: render_to_string("countries/includes/landscape_body.html", context),
    )
    return context


def _figures(indicator, year, corridor):
    """The table rows, legend, sources and drawn map of one indicator, year and corridor choice."""
    rows = landscape_rows(indicator, year)
    breaks = class_breaks([row["value"] for row in rows if not row["aggregate"]])
    sources = []
    for row in rows:
        key = (row["source_name"], row["source_edition"], row["source_url"], row["licence"])
        if key not in sources:
            sources.append(key)
    return {
        "rows": rows,
        "legend": legend(breaks),
        "sources": [dict(zip(("name", "edition", "url", "licence"), key, strict=True)) for key in sources],
        "svg_map": choropleth(rows, corridor["rows"], corridor["country"] or ""),
    }


def corridor_choice(params, errors):
    """The corridors view of the map page from ?country=&direction= (bad values reported in `errors`):
    the region's countries to choose from and, for a chosen country, its ten largest corridors."""
    from core.regions import ESCAP_REGION

    language = get_language()
    choice = {
        "countries": sorted(((iso, country_name(iso, language)) for iso in ESCAP_REGION), key=lambda c: c[1]),
        "country": None,
        "direction": "out",
        "rows": [],
        "year": None,
    }
    raw_country = (params.get("country") or "").strip()
    try:
        choice["direction"] = parse_direction(params.get("direction"))
        if raw_country:
            choice["country"] = parse_country(raw_country)
    except LandscapeInputError as error:
        errors.append(error.message)
        return choice
    if choice["country"]:

        def build():
            years = corridor_years()
            year = years[0] if years else None
            return year, corridors(choice["country"], choice["direction"], year) if year else []

        choice["year"], rows = content_cache.remember(
            ("landscape-corridors", language, choice["country"], choice["direction"]), build
        )
        if choice["year"]:
            choice["rows"] = rows
            choice["name"] = country_name(choice["country"], language)
    return choice
