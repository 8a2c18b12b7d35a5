"""Corridors: where a country's emigrants live and where its immigrants come from, as rows, GeoJSON lines
and the "Migration in numbers" panel of a country guide."""

from django.utils.translation import get_language

from core.names import country_name
from countries.landscape import SOURCE_FIELDS, _sources
from countries.models import CorridorStock, IndicatorValue
from countries.outlines import country_points

CORRIDOR_LIMIT = 10


def corridor_years():
    return list(CorridorStock.objects.order_by("-year").values_list("year", flat=True).distinct())


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
