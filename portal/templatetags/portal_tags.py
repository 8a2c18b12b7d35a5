"""Template tags for language alternates, translation notices and site navigation."""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language, get_language_info

from wagtail.models import Site

from core import content_cache
from core.i18n import path_in_language, split_language_prefix
from core.languages import LANGUAGE_CODES
from core.models.site_settings import default_site_settings
from home.navigation import footer_pages, menu_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    """<link rel=alternate hreflang> for each language the page really exists in, and x-default. Built in
    Python: a page in 17 languages has 18 of them, on every page."""
    request = context["request"]
    page = context.get("page")
    if page is not None and hasattr(page, "translated_languages"):
        codes = page.translated_languages()
    else:
        codes = list(LANGUAGE_CODES)
    path = request.get_full_path()
    links = [(code, request.build_absolute_uri(path_in_language(path, code))) for code in codes]
    default = request.build_absolute_uri(path_in_language(path, settings.LANGUAGE_CODE))
    return format_html_join("", '<link rel="alternate" hreflang="{}" href="{}">\n', links) + format_html(
        '<link rel="alternate" hreflang="x-default" href="{}">\n', default
    )


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page's one address: no query string, and the English address when the page is shown in English
    because it has no translation in the visitor's language (its hreflang alternates do the same)."""
    request = context["request"]
    prefix, _rest = split_language_prefix(request.path)
    if prefix is None:  # /offline/ and other pages outside the language prefixes
        return request.build_absolute_uri(request.path)
    language = settings.LANGUAGE_CODE if context.get("translation_missing") else get_language()
    return request.build_absolute_uri(path_in_language(request.path, language))


@register.simple_tag
def current_language_name():
    return get_language_info(get_language())["name_local"]


def _site_pages(context, name, select):
    """The pages a selector picks under the request's site root, kept under the content generation: every
    page shows the menu and the footer, and they change only when content does."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    return content_cache.remember((name, site.pk), lambda: list(select(site.root_page)))


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The main menu (portal/includes/navigation.html) as HTML, kept per language and site: every page shows
    it, and it shows nothing of the page or the visitor."""
    request = context.get("request")
    return content_cache.remember_html(
        request,
        ("main-navigation",),
        lambda: render_to_string("portal/includes/navigation.html", {"request": request}),
    )


@register.simple_tag(takes_context=True)
def site_footer_pages(context):
    return _site_pages(context, "footer-pages", footer_pages)


@register.simple_tag(takes_context=True)
def site_footer_links(context):
    """The footer's page links (portal/includes/footer_links.html) as HTML, kept per language and site like
    the menu: every page shows them, and reading the pages themselves (17 languages of columns each) and
    drawing their links took longer than the rest of the footer."""
    request = context.get("request")
    return content_cache.remember_html(
        request,
        ("footer-links",),
        lambda: render_to_string("portal/includes/footer_links.html", {"request": request}),
    )


@register.simple_tag(takes_context=True)
def main_menu_pages(context):
    return _site_pages(context, "menu-pages", menu_pages)


@register.simple_tag
def portal_settings():
    """The default site's settings (core.PortalSettings), read once per content generation."""
    return default_site_settings()


@register.filter
def language_name_bdi(code):
    """A language's own name isolated in <bdi>, so that a sentence in another direction around it stays in
    order (an Urdu name inside an English notice, or the reverse)."""
    return format_html('<bdi lang="{}">{}</bdi>', code, get_language_info(code)["name_local"])


@register.filter
def tel_uri(number):
    """'+84 24 1234-5678' -> '+842412345678', for tel: links."""
    text = str(number or "").strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    return ("+" if text.startswith("+") else "") + digits
