"""Selectors for the migration-landscape map: the chosen indicator and year, the table rows, the GeoJSON.

The map page, its table, the GeoJSON API and the CSV export all read from `landscape_rows`, so the map and
the table cannot disagree.
"""

from django.utils.translation import get_language

from core.names import country_name, is_aggregate
from core.regions import COUNTRY_SUB_REGION
from countries.models import CountryGuidePage, Indicator, IndicatorValue
from countries.outlines import country_outlines

CLASS_COUNT = 5
SOURCE_FIELDS = ("source_name", "source_edition", "source_url", "licence")


def indicators():
    return Indicator.objects.order_by("sort_order", "code")


def available_years(indicator):
    return list(
        IndicatorValue.objects.filter(indicator=indicator)
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )


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
