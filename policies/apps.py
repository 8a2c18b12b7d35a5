from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PoliciesConfig(AppConfig):
    name = "policies"
    verbose_name = _("Policies")

    def ready(self):
        from wagtail.signals import page_published

        from policies import signals

        page_published.connect(signals.on_page_published, dispatch_uid="policies_page_published")
