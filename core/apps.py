from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app builds on; it imports none of them (the import-linter contract in pyproject.toml)."""

    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from core import spreadsheets

        spreadsheets.protect_wagtail_exports()
