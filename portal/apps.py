from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The project: settings, URLs, middleware, error pages, the page cache and the site-wide commands."""

    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from portal import page_cache

        page_cache.connect()
