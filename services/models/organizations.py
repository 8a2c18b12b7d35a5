"""The organisations that run services (HSDS `organization`)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from ..links import validate_web_url
from .base import HarvestedRecord, HSDSRecord


class Organization(index.Indexed, HSDSRecord, HarvestedRecord):
    name = models.CharField(_("name"), max_length=255)
    alternate_name = models.CharField(_("alternate name"), max_length=255, blank=True)
    description = models.TextField(_("description"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), max_length=500, blank=True, validators=[validate_web_url])
    last_modified = models.DateTimeField(_("last modified"), auto_now=True, db_index=True)

    search_fields = [
        index.SearchField("name"),
        index.SearchField("alternate_name"),
        index.AutocompleteField("name"),
        index.AutocompleteField("alternate_name"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("alternate_name"),
        FieldPanel("description"),
        FieldPanel("email"),
        FieldPanel("website"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name or self.alternate_name or self.hsds_id
