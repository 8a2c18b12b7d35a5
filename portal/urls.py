"""Every public page lives under /<lang>/; the admin, documents and static files do not."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.generic import RedirectView

from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core.sitemaps import SECTIONS, robots_txt
from portal import serve, visitor

urlpatterns = [
    path("", include("portal.ops_urls")),  # /healthz, /readyz, /admin/2fa/...
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", RedirectView.as_view(url=f"/{settings.LANGUAGE_CODE}/", permanent=False)),
    path("robots.txt", robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SECTIONS, "sitemap_url_name": "sitemap"},
        name="sitemap-index",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SECTIONS}, name="sitemap"),
    path("", include("portal.visitor_urls")),  # /sw.js (service worker, scope /) and /offline/
    # APIs, data files and embeds: the language is a query parameter or Accept-Language, not a prefix.
    path("", include("countries.api_urls")),
    path("", include("policies.api_urls")),
    path("", include("services.api_urls")),
    path("", include("search.api_urls")),
]

urlpatterns += i18n_patterns(
    path("browse-safely/", visitor.browse_safely, name="browse_safely"),
    path("", include("countries.urls")),
    path("", include("policies.urls")),
    path("", include("services.urls")),
    path("", include("search.urls")),
    # Wagtail's page tree last: it answers every path the apps above do not (page reads outside a transaction).
    path("", include(serve.urlpatterns)),
    prefix_default_language=True,
)

# Error pages in the visitor's language, with the header, search and the region's emergency numbers.
handler400 = "portal.errors.bad_request"
handler403 = "portal.errors.permission_denied"
handler404 = "portal.errors.page_not_found"
handler500 = "portal.errors.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
