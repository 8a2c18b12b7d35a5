"""The migration-landscape map page: a choropleth of one indicator and year, with the same data as a table."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from core.models import BasePage


class LandscapeMapPage(BasePage):
    """Who migrates where, how many, how much money goes home: one indicator and year at a time."""

    intro = models.TextField(_("introduction"), blank=True)
    default_indicator = models.ForeignKey(
        "countries.Indicator",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("indicator shown first"),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("default_indicator")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("landscape map page")

    def get_context(self, request, *args, **kwargs):
        from countries.landscape_page import map_context

        context = super().get_context(request, *args, **kwargs)
        context.update(map_context(request, self.default_indicator_id))
        return context
