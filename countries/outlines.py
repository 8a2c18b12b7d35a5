"""Country outlines for the landscape map, decoded once from the vendored Natural Earth TopoJSON.

The file (static/vendor/world-atlas/countries-110m.json, from the npm package world-atlas, public-domain
Natural Earth data) is decoded on the server so the map gets plain GeoJSON from the portal itself and the
browser needs no TopoJSON library. Feature ids are ISO 3166-1 numeric codes; CLDR's territory aliases
(Babel) turn them into alpha-2 codes.
"""

import json
from functools import lru_cache
from pathlib import Path

from babel.core import get_global

from django.conf import settings

OUTLINES_FILE = Path(settings.BASE_DIR) / "static" / "vendor" / "world-atlas" / "countries-110m.json"


def numeric_to_alpha2(numeric_id):
    replacement = get_global("territory_aliases").get(str(numeric_id).zfill(3))
    return replacement[0] if replacement and len(replacement[0]) == 2 else None


def _decode_arcs(topology):
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x += dx
                y += dy
                points.append([round(x * sx + tx, 3), round(y * sy + ty, 3)])
        else:
            points = [[round(px, 3), round(py, 3)] for px, py in arc]
        arcs.append(points)
    return arcs


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


@lru_cache(maxsize=1)
def country_outlines():
    """{alpha-2 code: GeoJSON geometry} for every country in the vendored file that has an ISO code."""
    topology = json.loads(OUTLINES_FILE.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    outlines = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        iso = numeric_to_alpha2(geometry.get("id", ""))
        shape = _geometry(geometry, arcs)
        if iso and shape:
            outlines[iso] = shape
    return outlines
