from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Service directory")

    def ready(self):
        from core.sitemaps import register

        from .sitemaps import ServiceSitemap

        register("services", ServiceSitemap)

        from .routing import connect as connect_routing

        connect_routing()

        from .open_data import rebuild_after_import
        from .signals import services_imported

        services_imported.connect(rebuild_after_import, dispatch_uid="services_hsds_download")

        from .admin_search import index_imported

        services_imported.connect(index_imported, dispatch_uid="services_admin_search_index")
