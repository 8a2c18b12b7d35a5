from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The home page and the site-wide pages, above the feature apps whose content the home page gathers."""

    name = "home"
    verbose_name = _("Home")
