"""The landscape choropleth as inline SVG, drawn on the server so the map shows without JavaScript.

Leaflet (about 150 KB of script) used to draw the outlines on every visit and blocked the main thread for
most of a second on a phone; the SVG needs no script and no tiles, and Leaflet is loaded only when a reader
asks for the interactive map. Outlines are the shipped Natural Earth ones (countries/outlines.py), simplified
further for this small scale and projected plate carrée with longitudes west of 30°W moved east of 180°, so
Fiji, Samoa and Tonga sit in one piece beside the rest of the Pacific instead of across the whole map.
"""

from functools import lru_cache

from shapely.geometry import shape

from django.utils.translation import get_language

from core.names import country_name
from core.regions import COUNTRY_SUB_REGION
from countries.outlines import country_outlines, country_points

# SVG user units per degree; at this scale one unit is a quarter of a degree, below what a phone can show.
SCALE = 4
# Degrees; the outlines keep their shape at the size of the map while the inline SVG stays small.
TOLERANCE = 0.15
# Degrees of sea around the region.
MARGIN = 2


def _x(longitude):
    return round((longitude + 360 if longitude < -30 else longitude) * SCALE)


def _y(latitude):
    return round(-latitude * SCALE)


def _ring(coords):
    points = []
    for longitude, latitude in coords:
        point = (_x(longitude), _y(latitude))
        if not points or point != points[-1]:
            points.append(point)
    if len(points) < 3:
        return ""
    start, rest = points[0], points[1:]
    return f"M{start[0]} {start[1]}" + "".join(f"L{x} {y}" for x, y in rest) + "Z"


@lru_cache(maxsize=512)
def country_path(iso):
    """The SVG path data of one country's outline (empty if it has none), computed once per process."""
    geometry = country_outlines().get(iso)
    if not geometry:
        return ""
    outline = shape(geometry)
    parts = []
    for polygon in getattr(outline, "geoms", [outline]):
        simple = polygon.simplify(TOLERANCE, preserve_topology=True)
        if simple.is_empty:
            simple = polygon
        parts.append(_ring(simple.exterior.coords))
        parts.extend(_ring(hole.coords) for hole in simple.interiors)
    return "".join(parts)


def _view_box(paths):
    xs, ys = [], []
    for data in paths:
        for command in data.replace("Z", "").replace("L", "M").split("M"):
            if command:
                x, y = command.split()
                xs.append(int(x))
                ys.append(int(y))
    if not xs:
        return "0 0 1 1"
    pad = MARGIN * SCALE
    return f"{min(xs) - pad} {min(ys) - pad} {max(xs) - min(xs) + 2 * pad} {max(ys) - min(ys) + 2 * pad}"


def choropleth(rows, corridor_rows=(), corridor_country=""):
    """What the template needs to draw the map: a viewBox, one shape per country of the region (and any
    country with a figure), each with its class, label and guide; and the corridor lines, if any."""
    by_iso = {row["iso_code"]: row for row in rows if not row.get("aggregate")}
    codes = sorted(set(COUNTRY_SUB_REGION) | set(by_iso))
    language = get_language()
    countries = []
    for iso in codes:
        data = country_path(iso)
        if not data:
            continue
        row = by_iso.get(iso)
        name = row["name"] if row else country_name(iso, language)
        countries.append({"iso": iso, "path": data, "row": row, "name": name})
    points = country_points()
    lines = []
    if corridor_country in points:
        largest = max([row["value"] or 0 for row in corridor_rows] + [1])
        x1, y1 = _x(points[corridor_country][0]), _y(points[corridor_country][1])
        for row in corridor_rows:
            if row["other"] in points:
                x2, y2 = _x(points[row["other"]][0]), _y(points[row["other"]][1])
                width = 1 + 9 * ((row["value"] or 0) / largest) ** 0.5
                lines.append({"row": row, "x1": x1, "y1": y1, "x2": x2, "y2": y2, "width": round(width, 1)})
    return {
        "view_box": _view_box([country["path"] for country in countries]),
        "countries": countries,
        "lines": lines,
    }
