"""Admin integration: the translation-status report in the editors' menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from policies.admin_views import translation_status_view


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [path("translation-status/", translation_status_view, name="policies_translation_status")]


@hooks.register("register_admin_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("policies_translation_status"),
        icon_name="globe",
        order=800,
    )
