"""The service pages in sitemap.xml: each active service in every language its name was written in."""

from django.urls import reverse

from core.languages import LANGUAGE_CODES
from core.sitemaps import TranslatedSitemap

from .models import Service
from .text import column


class ServiceSitemap(TranslatedSitemap):
    def items(self):
        fields = ["pk", "hsds_id", "last_modified", *{column("name", code) for code in LANGUAGE_CODES}]
        return Service.objects.filter(status="active", live=True).only(*fields).order_by("pk")

    def location(self, item):
        return reverse("services:detail", args=[item.hsds_id])

    def lastmod(self, item):
        return item.last_modified

    def languages_of(self, item):
        return [code for code in LANGUAGE_CODES if getattr(item, column("name", code), None)] or ["en"]
