from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CountriesConfig(AppConfig):
    name = "countries"
    verbose_name = _("Countries")

    def openapi_paths(self):
        """The OpenAPI path items of this app's data URLs (read by services.api.openapi, which may not import
        this app: feature apps stand side by side)."""
        from countries.openapi import openapi_paths

        return openapi_paths()
