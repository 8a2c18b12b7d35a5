"""Template tags for maps: the ISO codes of the shipped country outlines, so that the browser can name them."""

import json
from functools import lru_cache
from pathlib import Path

from babel.core import get_global

from django import template
from django.conf import settings

register = template.Library()

# The Natural Earth outlines the landscape map already serves (world-atlas, public domain data).
OUTLINES_STATIC_PATH = "vendor/world-atlas/countries-110m.json"


@lru_cache(maxsize=1)
def outline_country_codes():
    """{ISO 3166-1 numeric id: alpha-2 code} for every outline in the shipped file (through CLDR's aliases)."""
    path = Path(settings.BASE_DIR) / "static" / OUTLINES_STATIC_PATH
    topology = json.loads(path.read_text(encoding="utf-8"))
    aliases = get_global("territory_aliases")
    codes = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        numeric = str(geometry.get("id") or "")
        replacement = aliases.get(numeric.zfill(3)) if numeric else None
        if replacement and len(replacement[0]) == 2:
            codes[numeric] = replacement[0]
    return json.dumps(codes, separators=(",", ":"), sort_keys=True)


@register.simple_tag
def map_country_codes():
    return outline_country_codes()
