"""The public directory page: filters, list and map of the services."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.models import BasePage


class ServiceDirectoryPage(BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("service directory page")

    def get_context(self, request, *args, **kwargs):
        from services.directory import directory_context

        context = super().get_context(request, *args, **kwargs)
        context.update(directory_context(request, self))
        return context


class OpenDataPage(BasePage):
    """ "Open data and embeds": what partners can reuse (APIs, files, feeds, the embed) and an embed builder.

    The list of datasets and the builder come from code (services/open_data.py); editors write the
    introduction and add anything else in the body.
    """

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    footer_link = True  # partners find it in every page's footer

    class Meta:
        verbose_name = _("open data and embeds page")

    def get_context(self, request, *args, **kwargs):
        from services.open_data import open_data_context

        context = super().get_context(request, *args, **kwargs)
        context.update(open_data_context(request))
        return context
