"""Bounded queries for the home page, which gathers what the feature apps publish."""

from django.utils.translation import get_language

from countries.selectors import country_guides
from policies.selectors import latest_updates


def home_page_sections(home_page):
    """What the home page lists: the countries, their emergency numbers and the latest policy updates.

    Three queries in all: the guides, their emergency contacts (prefetched), the updates.
    """
    guides = list(country_guides().prefetch_related("emergency_contacts"))
    guides.sort(key=lambda page: page.country_name)
    return {
        "country_guides": guides,
        "emergency_guides": [page for page in guides if page.emergency_contacts.all()],
        "latest_updates": latest_updates(5, get_language()),
    }
