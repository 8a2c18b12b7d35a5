"""The directory in the Wagtail admin: organisations, services, locations, taxonomy terms, the reports queue,
and the CSV import."""

import django_filters

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.related import GUIDE_RELATED_HOOK

from .admin_views import csv_import, feed_dashboard
from .models import DirectorySource, Location, Organization, Service, ServiceReport, TaxonomyTerm
from .selectors import services_for_countries


class ServiceFilterSet(WagtailFilterSet):
    country = django_filters.CharFilter(
        field_name="at_locations__location__country",
        lookup_expr="iexact",
        label=_("Country code"),
        distinct=True,
    )

    class Meta:
        model = Service
        fields = ["status", "is_free", "terms", "organization"]


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "help"
    menu_label = _("Services")
    list_display = ["name", "organization", "status", "assured_date", "source", "last_modified"]
    list_export = ["hsds_id", "name", "status", "assured_date"]
    filterset_class = ServiceFilterSet
    ordering = ["name"]


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "website", "last_modified"]


class LocationViewSet(SnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Locations")
    list_display = ["name", "city", "country", "latitude", "longitude"]
    list_filter = ["country", "location_type"]


class TaxonomyTermViewSet(SnippetViewSet):
    model = TaxonomyTerm
    icon = "tag"
    menu_label = _("Service types and target groups")
    list_display = ["name", "code", "taxonomy"]
    list_filter = ["taxonomy"]


class ReportViewSet(SnippetViewSet):
    """The re-verification queue: newest first, filtered by status."""

    model = ServiceReport
    icon = "warning"
    menu_label = _("Reports to check")
    list_display = ["service", "message", "status", "created_at"]
    list_filter = ["status"]
    ordering = ["status", "-created_at"]


class DirectorySourceViewSet(SnippetViewSet):
    """Partners' directories harvested by `manage.py harvest_hsds`; their harvests are on the feed dashboard."""

    model = DirectorySource
    icon = "download"
    menu_label = _("Directory sources")
    list_display = ["name", "partner", "url", "language", "schedule", "enabled"]
    list_filter = ["enabled", "schedule"]


class DirectoryGroup(SnippetViewSetGroup):
    items = (
        ServiceViewSet,
        OrganizationViewSet,
        LocationViewSet,
        TaxonomyTermViewSet,
        ReportViewSet,
        DirectorySourceViewSet,
    )
    menu_icon = "site"
    menu_label = _("Service directory")
    menu_name = "service-directory"


register_snippet(DirectoryGroup)


@hooks.register("register_admin_urls")
def register_csv_import_url():
    return [
        path("services/import-csv/", csv_import, name="services_csv_import"),
        path("services/feeds/", feed_dashboard, name="services_feed_dashboard"),
    ]


class PermissionMenuItem(MenuItem):
    """A menu item shown only to users with the permission its view requires."""

    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def register_csv_import_menu_item():
    return PermissionMenuItem(
        _("Import services (CSV)"),
        reverse("services_csv_import"),
        icon_name="upload",
        order=960,
        permission="services.publish_service",
    )


@hooks.register("register_admin_menu_item")
def register_feed_dashboard_menu_item():
    return PermissionMenuItem(
        _("Feed dashboard"),
        reverse("services_feed_dashboard"),
        icon_name="download",
        order=961,
        permission="services.view_directorysource",
    )


@hooks.register("insert_global_admin_js")
def latlng_widget_js():
    """A small map under the latitude/longitude inputs of a location: click or drag to place the point."""
    from django.conf import settings
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html(
        '<link rel="stylesheet" href="{}"><span hidden id="services-latlng-config" data-tile-url="{}" '
        'data-label="{}"></span><script src="{}" defer></script><script src="{}" defer></script>',
        static("leaflet/leaflet.css"),
        settings.MAP_TILE_URL,
        _("Click the map or drag the marker to set the position."),
        static("leaflet/leaflet.js"),
        static("js/services/latlng-widget.js"),
    )


RELATED_SERVICES = 12


@hooks.register(GUIDE_RELATED_HOOK)
def services_for_guide(iso_codes):
    """A country or corridor guide lists some live services in its countries (a fixed number of queries)."""
    return {"services": list(services_for_countries(iso_codes, limit=RELATED_SERVICES))}
