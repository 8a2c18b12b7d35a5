"""sitemap.xml (an index of sections) and robots.txt.

Each section lists every public URL once per language it really exists in, with `xhtml:link` alternates to
the others and `x-default` (Django's sitemap framework, `i18n` and `alternates`). Apps add sections with
`register()` from their AppConfig.ready(), so the core imports none of them: the pages section is here, the
service pages' is in services/sitemaps.py.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from wagtail.models import Page, Site

SECTIONS = {}


def register(name, sitemap_class):
    SECTIONS[name] = sitemap_class


class TranslatedSitemap(Sitemap):
    """A sitemap whose items say which languages they exist in (`languages_of(item)`)."""

    i18n = True
    alternates = True
    x_default = True
    limit = 5000

    def languages_of(self, item):
        return [settings.LANGUAGE_CODE]

    def get_languages_for_item(self, item):
        return self.languages_of(item)

    def get_urls(self, *args, **kwargs):
        """Django writes x-default without the language prefix (it assumes prefix_default_language=False);
        every page of ours lives under /<lang>/, so x-default is the default language's address."""
        urls = super().get_urls(*args, **kwargs)
        for url in urls:
            alternates = url.get("alternates") or []
            default = next(
                (a["location"] for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None
            )
            for alternate in alternates:
                if alternate["lang_code"] == "x-default":
                    alternate["location"] = default or url["location"]
        return urls


class PageSitemap(TranslatedSitemap):
    """Every live, public page of the default site, in each language it has its own title in."""

    def items(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            return Page.objects.none()
        return (
            Page.objects.live()
            .public()
            .descendant_of(site.root_page, inclusive=True)
            .specific()
            .order_by("path")
        )

    def location(self, item):
        return item.get_url()

    def lastmod(self, item):
        return item.last_published_at

    def languages_of(self, item):
        if hasattr(item, "translated_languages"):
            return item.translated_languages() or [settings.LANGUAGE_CODE]
        return [settings.LANGUAGE_CODE]


register("pages", PageSitemap)

ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /api/
Disallow: /embed/
{search}
Sitemap: {sitemap}
"""


@require_GET
def robots_txt(request):
    """Crawlers keep out of the admin, the APIs, the embeds and every language's search results: a results page
    (any query string) is endless, thin, and would show whatever words a link put in it (internal-search spam).
    The bare search page is a page like any other."""
    search = "\n".join(f"Disallow: /{code}/search/?" for code, _name in settings.LANGUAGES)
    text = ROBOTS.format(search=search, sitemap=request.build_absolute_uri(reverse("sitemap-index")))
    return HttpResponse(text, content_type="text/plain; charset=utf-8")
