from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from portal import page_cache, spreadsheets

        page_cache.connect()
        spreadsheets.protect_wagtail_exports()
