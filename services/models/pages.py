"""The public directory page: filters, list and map of the services, and the service pages it routes."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.models import BasePage


class ServiceDirectoryPage(RoutablePageMixin, BasePage):
    """The directory, and under its URL each service's page (services/routing.py): wherever editors put it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("service directory page")

    def get_context(self, request, *args, **kwargs):
        from services.directory import directory_context, filter_form_html

        context = super().get_context(request, *args, **kwargs)
        context.update(directory_context(request, self))
        context["filter_form_html"] = filter_form_html(request, context)
        return context

    def serve(self, request, *args, **kwargs):
        from core.security import allow_geolocation

        # "Near me" on the list, the map and the service pages (the security middleware reads the flag).
        return allow_geolocation(super().serve(request, *args, **kwargs))

    def serve_preview(self, request, mode_name):
        from core.security import allow_geolocation

        return allow_geolocation(super().serve_preview(request, mode_name))

    # Before the service pages: "sources" is no HSDS id (those are UUIDs).
    @path("sources/")
    def sources(self, request):
        from services.views import sources

        return sources(request)

    @re_path(r"^(?P<hsds_id>[^/]+)/$")
    def service(self, request, hsds_id):
        from services.views import service_detail

        return service_detail(request, hsds_id)

    @re_path(r"^(?P<hsds_id>[^/]+)/report/$")
    def report(self, request, hsds_id):
        from services.views import report

        return report(request, hsds_id)


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
