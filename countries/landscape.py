"""Selectors for the migration-landscape map: the chosen indicator and year, the table rows, the GeoJSON.

The map page, its table, the GeoJSON API and the CSV export all read from `landscape_rows`, so the map and
the table cannot disagree.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.names import country_name, is_aggregate, is_known_country
from core.numbers import parse_whole_number
from core.regions import COUNTRY_SUB_REGION
from countries.models import CorridorStock, CountryGuidePage, Indicator, IndicatorValue
from countries.outlines import country_outlines, country_points
from countries.svg_map import choropleth

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
    outlines = country_outlines()
    values = IndicatorValue.objects.filter(indicator=indicator, year=year)
    breaks = class_breaks([v.value for v in values if not is_aggregate(v.iso_code)])
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
            "caveat": v.caveat,
            "guide_url": urls.get(v.iso_code, ""),
            "aggregate": is_aggregate(v.iso_code),
            "on_map": v.iso_code in outlines,
            "class": None if is_aggregate(v.iso_code) else class_of(v.value, breaks),
        }
        for v in values
    ]
    return sorted(rows, key=lambda row: (row["aggregate"], row["name"]))


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


def landscape_geojson(indicator, year, absolute=lambda url: url):
    """A FeatureCollection of the portal's region (and any country with a value), each with its value or null;
    `absolute` turns the guides' paths into full URLs."""
    urls = {iso: absolute(url) for iso, url in guide_urls().items()}
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
            "caveat": row["caveat"] if row else "",
            "guide_url": urls.get(iso, ""),
        }
        features.append({"type": "Feature", "id": iso, "properties": properties, "geometry": outlines[iso]})
    return {
        "type": "FeatureCollection",
        "indicator": {"code": indicator.code, "name": indicator.name, "unit": indicator.unit},
        "year": year,
        "sources": _sources(rows.values()),
        "outlines": OUTLINES_ATTRIBUTION,
        "features": features,
    }


OUTLINES_ATTRIBUTION = "Country outlines: Natural Earth (public domain), via world-atlas 2.0.2 (ISC licence)"


def _sources(rows):
    """Each distinct source of the rows once: name, edition, URL and licence."""
    seen = {}
    for row in rows:
        key = (row["source_name"], row["source_edition"], row["source_url"], row["licence"])
        seen.setdefault(key, dict(zip(("name", "edition", "url", "licence"), key, strict=True)))
    return list(seen.values())


# --- Corridors: where a country's emigrants live, and where its immigrants come from -----------------------

DIRECTIONS = ("out", "in")
CORRIDOR_LIMIT = 10


def corridor_years():
    return list(CorridorStock.objects.order_by("-year").values_list("year", flat=True).distinct())


def parse_country(raw):
    code = (raw or "").strip().upper()
    if not code:
        raise LandscapeInputError("country", _("Choose a country."))
    if not is_known_country(code):
        raise LandscapeInputError("country", _("Enter a valid ISO 3166-1 alpha-2 country code."))
    return code


def parse_direction(raw):
    direction = (raw or "out").strip()
    if direction not in DIRECTIONS:
        raise LandscapeInputError("direction", _("The direction must be “out” or “in”."))
    return direction


def corridors(iso, direction, year, limit=CORRIDOR_LIMIT):
    """The largest corridors of a country in one year, largest first, names in the active language: with
    direction "out", where people born there live; with "in", where the migrants living there were born.
    One query."""
    language = get_language()
    mine, other = ("origin", "destination") if direction == "out" else ("destination", "origin")
    stocks = CorridorStock.objects.filter(**{mine: iso, "year": year}).order_by("-value", other)[:limit]
    return [
        {
            "origin": stock.origin,
            "destination": stock.destination,
            "other": getattr(stock, other),
            "name": country_name(getattr(stock, other), language),
            "value": stock.value,
            "source_name": stock.source_name,
            "source_edition": stock.source_edition,
            "source_url": stock.source_url,
            "licence": stock.licence,
        }
        for stock in stocks
    ]


def _line(start, end):
    """A LineString, or a MultiLineString cut at 180° when the shorter way crosses the antimeridian
    (RFC 7946, 3.1.9)."""
    (x1, y1), (x2, y2) = start, end
    if abs(x2 - x1) <= 180:
        return {"type": "LineString", "coordinates": [start, end]}
    east = x2 + 360 if x2 < x1 else x2 - 360
    edge = 180 if east > x1 else -180
    ratio = (edge - x1) / (east - x1)
    y = round(y1 + (y2 - y1) * ratio, 2)
    return {"type": "MultiLineString", "coordinates": [[start, [edge, y]], [[-edge, y], end]]}


def corridors_geojson(iso, direction, year):
    """Lines from the country to its ten largest destinations (out) or from its ten largest origins (in)."""
    points = country_points()
    language = get_language()
    rows = corridors(iso, direction, year)
    features = []
    for rank, row in enumerate(rows, start=1):
        start, end = points.get(row["origin"]), points.get(row["destination"])
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "rank": rank,
                    "origin": row["origin"],
                    "origin_name": country_name(row["origin"], language),
                    "destination": row["destination"],
                    "destination_name": country_name(row["destination"], language),
                    "year": year,
                    "value": row["value"],
                    "source_name": row["source_name"],
                    "source_url": row["source_url"],
                    "licence": row["licence"],
                },
                "geometry": _line(start, end) if start and end else None,
            }
        )
    return {
        "type": "FeatureCollection",
        "country": iso,
        "direction": direction,
        "year": year,
        "sources": _sources(rows),
        "features": features,
    }


SOURCE_FIELDS = ("source_name", "source_edition", "source_url", "licence")


def sparkline(points, width=160, height=40, pad=3):
    """SVG polyline coordinates ("x,y x,y") of a series scaled into the box; "" for fewer than two points."""
    if len(points) < 2:
        return ""
    years = [year for year, _value in points]
    values = [float(value) for _year, value in points]
    low, high = min(values), max(values)
    span_x, span_y = (years[-1] - years[0]) or 1, (high - low) or 1
    return " ".join(
        f"{pad + (year - years[0]) * (width - 2 * pad) / span_x:.1f},"
        f"{height - pad - (value - low) * (height - 2 * pad) / span_y:.1f}"
        for year, value in zip(years, values, strict=True)
    )


PANEL_TOP = 5


def migration_panel(iso):
    """What a country guide's "Migration in numbers" panel shows: the 1990-2020 migrant stock with its
    sparkline, the top five destinations of its emigrants and origins of its immigrants, and the sources.
    None when there is nothing to show. Four queries."""
    stocks = list(
        IndicatorValue.objects.filter(indicator__code="migrant-stock", iso_code=iso)
        .order_by("year")
        .only("year", "value", "caveat", *SOURCE_FIELDS)
    )
    latest_year = (corridor_years() or [None])[0]
    destinations = corridors(iso, "out", latest_year, PANEL_TOP) if latest_year else []
    origins = corridors(iso, "in", latest_year, PANEL_TOP) if latest_year else []
    if not stocks and not destinations and not origins:
        return None
    series = [(stock.year, stock.value) for stock in stocks]
    source_rows = [{field: getattr(stock, field) for field in SOURCE_FIELDS} for stock in stocks[-1:]]
    return {
        "series": series,
        "first": series[0] if series else None,
        "last": series[-1] if series else None,
        "caveat": stocks[-1].caveat if stocks else "",
        "sparkline": sparkline(series),
        "corridor_year": latest_year,
        "destinations": destinations,
        "origins": origins,
        "sources": _sources(source_rows + destinations[:1] + origins[:1]),
    }


def choose(params, default_indicator=None):
    """Indicator and year from GET parameters, falling back to the default indicator and the latest year.

    Returns (indicator, year, errors, all_indicators): a bad parameter is reported and ignored, never a 500.
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

    from core.models import PortalSettings

    indicator, year, errors, all_indicators = choose(request.GET, default_indicator)
    corridor = corridor_choice(request.GET, errors)
    rows = landscape_rows(indicator, year)
    breaks = class_breaks([row["value"] for row in rows if not row["aggregate"]])
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
        "corridor": corridor,
        "svg_map": choropleth(rows, corridor["rows"], corridor["country"] or ""),
        "tile_url": portal_settings.tile_url if portal_settings else "",
        "tile_attribution": portal_settings.tile_attribution if portal_settings else "",
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
        years = corridor_years()
        choice["year"] = years[0] if years else None
        if choice["year"]:
            choice["rows"] = corridors(choice["country"], choice["direction"], choice["year"])
            choice["name"] = country_name(choice["country"], language)
    return choice
