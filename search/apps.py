from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from search import signals
        from search.index_fields import make_search_fields_none_safe

        make_search_fields_none_safe()
        signals.connect()
