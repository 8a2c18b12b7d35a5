from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The project: settings, URLs, middleware, error pages, the page cache and the site-wide commands."""

    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.db.models.signals import post_migrate

        from portal import page_cache

        page_cache.connect()
        # A deploy runs `migrate`: what the previous release kept (pages, and pieces whose shape the new code
        # may read differently) is forgotten with it.
        post_migrate.connect(page_cache.purge_after_migrate, sender=self, dispatch_uid="page_cache_migrate")
