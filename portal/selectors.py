"""Bounded queries for the site-wide pages."""

from django.utils.translation import get_language

from countries.selectors import country_guides
from policies.selectors import latest_updates


def home_page_sections(home_page):
    """What the home page lists: the countries and their emergency numbers (two queries in all)."""
    guides = list(country_guides().prefetch_related("emergency_contacts"))
    guides.sort(key=lambda page: page.country_name)
    return {
        "country_guides": guides,
        "emergency_guides": [page for page in guides if page.emergency_contacts.all()],
        "latest_updates": latest_updates(5, get_language()),
    }


def footer_pages(site_root):
    """The home page's children linked from every page's footer: standard pages (about, privacy...) and any
    page type that sets `footer_link = True` (the open data page), in the tree's order."""
    from wagtail.models import Page, get_page_models

    from portal.models import StandardPage

    if site_root is None:
        return Page.objects.none()
    types = [StandardPage, *(model for model in get_page_models() if getattr(model, "footer_link", False))]
    return Page.objects.child_of(site_root).live().public().type(*types)
