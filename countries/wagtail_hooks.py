"""Admin for the migration-landscape data: indicators, their values, CSV import and export."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from countries import admin_views
from countries.models import Indicator, IndicatorValue


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "table"
    menu_label = _("Indicators")
    list_display = ["name", "code", "unit"]
    search_fields = ["name", "code"]


class IndicatorValueViewSet(SnippetViewSet):
    model = IndicatorValue
    icon = "table"
    menu_label = _("Indicator values")
    list_display = ["indicator", "iso_code", "year", "value", "source_name"]
    list_filter = ["indicator", "year"]
    search_fields = ["iso_code", "source_name"]


class LandscapeDataGroup(SnippetViewSetGroup):
    items = (IndicatorViewSet, IndicatorValueViewSet)
    menu_icon = "site"
    menu_label = _("Landscape data")
    menu_name = "landscape-data"


register_snippet(LandscapeDataGroup)


@hooks.register("register_admin_urls")
def register_indicator_csv_urls():
    return [
        path("landscape/import/", admin_views.import_view, name="countries_indicator_import"),
        path("landscape/export.csv", admin_views.export_view, name="countries_indicator_export"),
    ]


class _PermittedMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("countries.add_indicatorvalue")


@hooks.register("register_admin_menu_item")
def register_indicator_import_menu_item():
    return _PermittedMenuItem(
        _("Import indicator CSV"), reverse("countries_indicator_import"), icon_name="upload", order=9000
    )
