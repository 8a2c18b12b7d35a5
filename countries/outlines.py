"""Country outlines for the landscape map, decoded once from the vendored Natural Earth TopoJSON.

The files (static/vendor/world-atlas/countries-110m.json and countries/data/world-atlas/countries-50m.json,
from the npm package world-atlas, public-domain Natural Earth data) are decoded on the server so the map gets
plain GeoJSON from the portal itself and the browser needs no TopoJSON library. The 1:110m outlines serve every country they
have; the small islands and city states they leave out (Singapore, Maldives, most of the Pacific) come from
the 1:50m file, simplified. Feature ids are ISO 3166-1 numeric codes; CLDR's territory aliases (Babel) turn
them into alpha-2 codes.

Every geometry is made RFC 7946-clean once, with shapely: outer rings counter-clockwise, holes clockwise,
rings that collapsed to a point or a line in the TopoJSON quantisation dropped, and no ring crossing the
antimeridian (the 1:110m rings of Fiji and Russia jump across it and are cut there; a test checks every
feature). The raw file fails all three: every outer ring is clockwise, and North Korea has a ring of one point.
"""

import json
from functools import lru_cache
from pathlib import Path

from babel.core import get_global
from shapely import set_precision
from shapely.affinity import translate
from shapely.geometry import MultiPolygon, Polygon, box, mapping, shape
from shapely.geometry.polygon import orient

from django.conf import settings

OUTLINES_DIR = Path(settings.BASE_DIR) / "static" / "vendor" / "world-atlas"
OUTLINES_FILE = OUTLINES_DIR / "countries-110m.json"
# Read on the server only, so it stays out of the static files (collectstatic would compress it for nothing).
DETAILED_OUTLINES_FILE = Path(__file__).resolve().parent / "data" / "world-atlas" / "countries-50m.json"
# Degrees; keeps a small island recognisable while the 1:50m rings shrink to a few points.
SIMPLIFY_TOLERANCE = 0.01


def numeric_to_alpha2(numeric_id):
    replacement = get_global("territory_aliases").get(str(numeric_id).zfill(3))
    return replacement[0] if replacement and len(replacement[0]) == 2 else None


class _Arcs:
    """The topology's arcs, each decoded (delta and transform) the first time a geometry uses it."""

    def __init__(self, topology):
        self.raw = topology["arcs"]
        self.transform = topology.get("transform")
        self.decoded = {}

    def __getitem__(self, index):
        if index not in self.decoded:
            arc = self.raw[index]
            if self.transform:
                (sx, sy), (tx, ty) = self.transform["scale"], self.transform["translate"]
                x = y = 0
                points = []
                for dx, dy in arc:
                    x += dx
                    y += dy
                    points.append([round(x * sx + tx, 3), round(y * sy + ty, 3)])
            else:
                points = [[round(px, 3), round(py, 3)] for px, py in arc]
            self.decoded[index] = points
        return self.decoded[index]


def _ring(arc_indexes, arcs):
    points = []
    for index in arc_indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def _geometry(geometry, arcs):
    kind = geometry.get("type")
    if kind == "Polygon":
        return {"type": "Polygon", "coordinates": [_ring(ring, arcs) for ring in geometry["arcs"]]}
    if kind == "MultiPolygon":
        return {
            "type": "MultiPolygon",
            "coordinates": [[_ring(ring, arcs) for ring in polygon] for polygon in geometry["arcs"]],
        }
    return None


def _read(path, skip=()):
    """{alpha-2 code: GeoJSON geometry} of the file's countries, leaving out the codes in skip."""
    topology = json.loads(path.read_text(encoding="utf-8"))
    arcs = _Arcs(topology)
    outlines = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        iso = numeric_to_alpha2(geometry.get("id", ""))
        if not iso or iso in skip or iso in outlines:
            continue
        decoded = _geometry(geometry, arcs)
        if decoded:
            outlines[iso] = decoded
    return outlines


WEST, EAST = box(-180, -90, 180, 90), box(180, -90, 540, 90)


def _split_at_antimeridian(polygon):
    """Polygons that jump across 180° (a ring going from 179.9 to -179.9) cut into one part on each side."""
    ring = list(polygon.exterior.coords)
    if all(abs(a[0] - b[0]) < 180 for a, b in zip(ring, ring[1:], strict=False)):
        return [polygon]
    shifted = _shift_east(polygon)
    parts = []
    for side, offset in ((WEST, 0), (EAST, -360)):
        piece = shifted.intersection(side)
        for part in getattr(piece, "geoms", [piece]):
            if isinstance(part, Polygon) and part.area > 0:
                parts.append(translate(part, xoff=offset))
    return parts


def _shift_east(polygon):
    """The polygon with western longitudes moved east by 360°, so a ring across 180° becomes continuous."""

    def east(coords):
        return [(x + 360 if x < 0 else x, y) for x, y in coords]

    return Polygon(east(polygon.exterior.coords), [east(ring.coords) for ring in polygon.interiors]).buffer(0)


def _clean(geometry, tolerance=0.0):
    """An RFC 7946 geometry: valid polygons, counter-clockwise outer rings, no degenerate ring, none across
    the antimeridian."""
    polygons = []
    for raw in getattr(shape(geometry), "geoms", [shape(geometry)]):
        if Polygon(raw.exterior).area <= 0:
            continue
        raw = Polygon(raw.exterior, [ring for ring in raw.interiors if Polygon(ring).area > 0])
        for part in _split_at_antimeridian(raw):
            polygons.extend(_valid_parts(part, tolerance))
    if not polygons:
        return None
    whole = polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)
    if not whole.is_valid:  # parts that touch after snapping (Antarctica's shelves): merge them
        whole = whole.buffer(0)
        whole = MultiPolygon([orient(piece, sign=1.0) for piece in getattr(whole, "geoms", [whole])])
    return json.loads(json.dumps(mapping(whole)))


def _valid_parts(polygon, tolerance):
    """The polygon simplified, snapped to the 0.001° grid the map uses, repaired if that broke it, and oriented."""
    if tolerance:
        polygon = polygon.simplify(tolerance, preserve_topology=True)
    if not polygon.is_valid:
        polygon = polygon.buffer(0)
    polygon = set_precision(polygon, 0.001)
    if not polygon.is_valid:
        polygon = polygon.buffer(0)
    return [
        orient(piece, sign=1.0)
        for piece in getattr(polygon, "geoms", [polygon])
        if isinstance(piece, Polygon) and not piece.is_empty and piece.area > 0
    ]


@lru_cache(maxsize=1)
def country_outlines():
    """{alpha-2 code: GeoJSON geometry} for every country in the vendored files that has an ISO code."""
    outlines = {}
    for iso, geometry in _read(OUTLINES_FILE).items():
        cleaned = _clean(geometry)
        if cleaned:
            outlines[iso] = cleaned
    for iso, geometry in _read(DETAILED_OUTLINES_FILE, skip=set(outlines)).items():
        cleaned = _clean(geometry, SIMPLIFY_TOLERANCE)
        if cleaned:
            outlines[iso] = cleaned
    return outlines


@lru_cache(maxsize=1)
def country_points():
    """{alpha-2 code: [longitude, latitude]}: a point inside each country's largest polygon, where corridor
    lines start and end."""
    points = {}
    for iso, geometry in country_outlines().items():
        outline = shape(geometry)
        largest = max(getattr(outline, "geoms", [outline]), key=lambda polygon: polygon.area)
        point = largest.representative_point()
        points[iso] = [round(point.x, 2), round(point.y, 2)]
    return points
