"""Bounded queries for country pages: what templates and other apps read."""

from django.utils.translation import get_language

from countries.models import CountryGuidePage
from countries.names import country_name
from countries.regions import SUB_REGIONS
from search.normalise import fold


def country_guides():
    return CountryGuidePage.objects.live().public().order_by("iso_code")


def countries_by_sub_region(query=""):
    """Live guides grouped by sub-region, names in the active language, optionally filtered by a name query.

    The filter matches the country name in the visitor's language and in English, diacritics folded, so
    "viet" finds "Việt Nam".
    """
    language = get_language()
    needle = fold(query)
    groups = {}
    for page in country_guides().prefetch_related("emergency_contacts"):
        name = country_name(page.iso_code, language)
        haystack = fold(f"{name} {country_name(page.iso_code, 'en')} {page.iso_code}")
        if needle and needle not in haystack:
            continue
        groups.setdefault(page.sub_region, []).append({"page": page, "name": name})
    ordered = []
    for key, label in [*SUB_REGIONS.items(), ("other", "")]:
        if key in groups:
            ordered.append(
                {"key": key, "label": label, "countries": sorted(groups[key], key=lambda c: c["name"])}
            )
    return ordered
