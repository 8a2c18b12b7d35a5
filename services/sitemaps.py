"""The service pages in sitemap.xml: each active service in every language its name was written in."""

from core.languages import LANGUAGE_CODES
from core.sitemaps import TranslatedSitemap

from .models import Service
from .routing import directory_path
from .text import column


class ServiceSitemap(TranslatedSitemap):
    def items(self):
        if not directory_path():
            return Service.objects.none()  # no directory page: services have no public page
        fields = ["pk", "hsds_id", "last_modified", *{column("name", code) for code in LANGUAGE_CODES}]
        return Service.objects.filter(status="active", live=True).only(*fields).order_by("pk")

    def location(self, item):
        return f"{directory_path()}{item.hsds_id}/"

    def lastmod(self, item):
        return item.last_modified

    def languages_of(self, item):
        return [code for code in LANGUAGE_CODES if getattr(item, column("name", code), None)] or ["en"]
