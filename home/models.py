"""The site-wide pages above the feature apps: the home page, which gathers what they publish, and pages of prose."""

from django.db import models
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core import content_cache
from core.blocks import BaseStreamBlock
from core.models import BasePage
from home.selectors import home_page_sections


class HomePage(BasePage):
    """The front door: what the portal is, find your country, emergency numbers, latest updates, search."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        # The tables keep the names they had when these pages lived in the portal app (migration home 0001).
        db_table = "portal_homepage"
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        def render():
            context.update(home_page_sections(self))
            return render_to_string("home/includes/home_body.html", context)

        # The page below the header shows nothing of the visitor: kept per language and site under the content
        # generation, which a publish replaces (a preview renders afresh).
        context["home_body"] = content_cache.remember_html(request, ("home-body", self.pk), render)
        return context


class StandardPage(BasePage):
    """A page of prose: about, privacy, accessibility statement."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        db_table = "portal_standardpage"
        verbose_name = _("standard page")
