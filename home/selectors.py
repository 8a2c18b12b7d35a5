"""Bounded queries for the home page, which gathers what the feature apps publish."""

from django.utils.translation import get_language

from core import content_cache
from countries.selectors import guide_links
from policies.selectors import latest_updates


def home_page_sections(home_page):
    """What the home page lists: the countries, their emergency numbers and the latest policy updates.

    Five queries in all (the guides and the updates each with their view restrictions, the guides'
    emergency contacts), kept under the content generation per language: none on most requests.
    """
    language = get_language()

    def build():
        guides = list(guide_links().prefetch_related("emergency_contacts"))
        guides.sort(key=lambda page: page.country_name)
        return {
            "country_guides": guides,
            "emergency_guides": [page for page in guides if page.emergency_contacts.all()],
            "latest_updates": latest_updates(5, language),
        }

    return content_cache.remember(("home-sections", language), build)
