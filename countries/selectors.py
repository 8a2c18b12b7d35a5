"""Bounded queries for country pages: what templates and other apps read."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language

from wagtail import hooks

from core import content_cache
from core.names import country_name
from core.normalise import fold
from core.regions import SUB_REGIONS
from core.related import GUIDE_RELATED_HOOK
from core.translated import localized_column, stream_columns
from countries.models import CorridorGuidePage, CountryGuidePage
from countries.models.pages import STAGES


def country_guides():
    return CountryGuidePage.objects.live().public().order_by("iso_code")


def guide_links():
    """The live guides as a list of links reads them (by name, URL, emergency numbers): without the
    guides' text, whose StreamField columns (five stages in every language) cost most of reading a guide."""
    text_fields = ["intro", *(prefix for prefix, _anchor, _heading in STAGES)]
    columns = [localized_column(name, code) for name in text_fields for code, _name in settings.LANGUAGES]
    return country_guides().defer(*text_fields, *columns)


def corridor_guides():
    return CorridorGuidePage.objects.live().public().order_by("origin_iso", "destination_iso", "kind")


def corridor_ends(corridor):
    """The origin and destination guides of a corridor (None where a country has no guide yet), with their
    emergency numbers: two queries whatever the number of contacts, kept under the content generation.
    The guides are read as links (without their text)."""
    language = get_language()
    ends = (("origin", corridor.origin_iso), ("destination", corridor.destination_iso))

    def build():
        guides = {
            guide.iso_code: guide
            for guide in guide_links()
            .filter(iso_code__in=corridor.iso_codes)
            .prefetch_related("emergency_contacts")
        }
        return [
            {
                "role": role,
                "iso_code": iso,
                "name": country_name(iso, language),
                "guide": guides.get(iso),
                "contacts": list(guides[iso].emergency_contacts.all()) if iso in guides else [],
            }
            for role, iso in ends
        ]

    return content_cache.remember(("corridor-ends", language, *corridor.iso_codes), build)


def guide_related(iso_codes):
    """What a country or corridor guide shows beside its own text: its corridors, and what other apps publish
    about its countries (policies, services), asked through the `guide_related_content` hook so that this app
    imports none of them. Each hook takes the ISO codes and returns a dict of bounded lists: a fixed number
    of queries, however many policies and services exist. Kept under the content generation, per language
    (lists are sorted by names in the active language)."""

    def build():
        related = {"corridors": list(corridors_for_country_codes(iso_codes))}
        for provider in hooks.get_hooks(GUIDE_RELATED_HOOK):
            related.update(provider(iso_codes))
        return related

    return content_cache.remember(("guide-related", get_language(), *iso_codes), build)


def corridors_for_country_codes(iso_codes):
    """The live corridors from or to any of these countries, as a list shows them (without their text)."""
    return (
        corridor_guides()
        .filter(models.Q(origin_iso__in=iso_codes) | models.Q(destination_iso__in=iso_codes))
        .defer(*stream_columns(CorridorGuidePage))
    )


def countries_by_sub_region(query=""):
    """Live guides grouped by sub-region, names in the active language, each marked whether it matches a query.

    The filter matches the country name in the visitor's language and in English, diacritics folded, so
    "viet" finds "Việt Nam". Countries that do not match are kept (marked `match: False`) so the page can
    hide them and the search-as-you-type script can show them again without a round trip.
    """
    language = get_language()
    needle = fold(query)
    groups = {}
    for page in guide_links():
        name = country_name(page.iso_code, language)
        haystack = fold(f"{name} {country_name(page.iso_code, 'en')} {page.iso_code}")
        groups.setdefault(page.sub_region, []).append(
            {"page": page, "name": name, "search_text": haystack, "match": not needle or needle in haystack}
        )
    ordered = []
    for key, label in [*SUB_REGIONS.items(), ("other", "")]:
        if key in groups:
            countries = sorted(groups[key], key=lambda c: c["name"])
            ordered.append(
                {
                    "key": key,
                    "label": label,
                    "countries": countries,
                    "match_count": sum(1 for c in countries if c["match"]),
                }
            )
    return ordered


def match_count(groups):
    return sum(group["match_count"] for group in groups)
