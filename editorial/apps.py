from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """Site-wide editorial jobs: the state of each page's translations, the groups and the moderation workflow."""

    name = "editorial"
    verbose_name = _("Editorial")

    def ready(self):
        from django.db.models.signals import post_migrate

        from wagtail.signals import page_published

        from editorial import signals
        from editorial.block_definitions import share_packed_definitions

        share_packed_definitions()

        page_published.connect(signals.on_page_published, dispatch_uid="editorial_translation_state")
        post_migrate.connect(signals.on_post_migrate, dispatch_uid="editorial_workflow_setup")
