"""Signal receivers: thin, each calls one service."""

from policies.models import PolicyPage
from policies.updates import record_public_change


def on_page_published(sender, instance, revision=None, **kwargs):
    if isinstance(instance, PolicyPage):
        record_public_change(instance, revision)
