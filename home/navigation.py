"""The pages every page links to: the main menu's sections and the footer's standard pages."""

from wagtail.models import Page, get_page_models

from home.models import StandardPage


def footer_pages(site_root):
    """The home page's children linked from every page's footer: standard pages (about, privacy...) and any
    page type that sets `footer_link = True` (the open data page), in the tree's order."""
    if site_root is None:
        return Page.objects.none()
    types = [StandardPage, *(model for model in get_page_models() if getattr(model, "footer_link", False))]
    return Page.objects.child_of(site_root).live().public().type(*types)


def menu_pages(site_root):
    """The home page's children shown in the main menu: every live section but the standard pages."""
    if site_root is None:
        return Page.objects.none()
    return site_root.get_children().live().public().in_menu().not_type(StandardPage)
