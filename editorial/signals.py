"""Signal receivers: thin, each calls one service."""

from editorial.translation_state import record_translation_state


def on_page_published(sender, instance, revision=None, **kwargs):
    record_translation_state(instance)


def on_post_migrate(sender, app_config=None, using="default", **kwargs):
    """Run once per migrate, after the last app's own post_migrate work (permissions included)."""
    from django.apps import apps

    last = [config for config in apps.get_app_configs() if config.models_module is not None][-1]
    if app_config is not None and app_config.label == last.label:
        from editorial.workflow import setup_editorial_workflow

        setup_editorial_workflow()
