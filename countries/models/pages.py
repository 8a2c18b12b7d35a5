"""The country index and one guide per country, organised by stage of migration."""

from modelcluster.fields import ParentalKey

from django.core.exceptions import ValidationError
from django.db import models
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core import content_cache
from core.blocks import BaseStreamBlock
from core.models import BasePage
from core.names import country_name, is_known_country
from core.regions import sub_region_of

# (field prefix, anchor, heading): the stages of migration a guide is organised by, in reading order.
STAGES = [
    ("before_you_go", "before-you-go", _("Before you go")),
    ("working_and_living", "working-and-living", _("Working and living there")),
    ("rights_and_help", "your-rights", _("Your rights and where to get help")),
    ("emergencies", "emergencies", _("Emergencies")),
    ("coming_home", "coming-home", _("Coming home")),
]


def stage_sections(page, stages):
    """The stages of a guide that have content, each with its anchor, heading, blocks and date."""
    return [
        {
            "anchor": anchor,
            "heading": heading,
            "body": getattr(page, prefix),
            "updated": getattr(page, f"{prefix}_updated"),
        }
        for prefix, anchor, heading in stages
        if getattr(page, prefix)
    ]


class CountryIndexPage(BasePage):
    """All countries, grouped by sub-region."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["countries.CountryGuidePage", "countries.CorridorGuidePage"]
    max_count = 1

    class Meta:
        verbose_name = _("country index page")

    def get_context(self, request, *args, **kwargs):
        from countries.selectors import corridor_guides, countries_by_sub_region, match_count

        context = super().get_context(request, *args, **kwargs)
        query = (request.GET.get("q") or "").strip()[:100]
        context["query"] = query
        context["groups"] = countries_by_sub_region(query=query)
        context["match_count"] = match_count(context["groups"])
        context["corridors"] = corridor_guides().child_of(self)
        return context


class StagedGuidePage(BasePage):
    """A guide written as dated sections, one per stage of migration (shared by country and corridor guides)."""

    intro = models.TextField(_("introduction"), blank=True)
    before_you_go = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("Before you go"))
    before_you_go_updated = models.DateField(_("last updated"), null=True, blank=True)
    working_and_living = StreamField(
        BaseStreamBlock(), blank=True, verbose_name=_("Working and living there")
    )
    working_and_living_updated = models.DateField(_("last updated"), null=True, blank=True)
    rights_and_help = StreamField(
        BaseStreamBlock(), blank=True, verbose_name=_("Your rights and where to get help")
    )
    rights_and_help_updated = models.DateField(_("last updated"), null=True, blank=True)
    coming_home = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("Coming home"))
    coming_home_updated = models.DateField(_("last updated"), null=True, blank=True)

    stages = STAGES

    class Meta:
        abstract = True

    @staticmethod
    def stage_panels(stages):
        return [
            MultiFieldPanel([FieldPanel(prefix), FieldPanel(f"{prefix}_updated")], heading=heading)
            for prefix, _anchor, heading in stages
        ]

    @staticmethod
    def stage_search_fields(stages):
        return [index.SearchField("intro"), *[index.SearchField(prefix) for prefix, _a, _h in stages]]

    def sections(self):
        """The stages that have content, each with its anchor, heading, blocks and date."""
        return stage_sections(self, self.stages)

    body_template = None  # each guide's article: its sections, emergency numbers, figures and related lists

    def body_context(self):
        """What the article shows beside the page's own fields (read only when the article is rendered)."""
        return {}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        def render():
            context.update(self.body_context())
            return render_to_string(self.body_template, context)

        # The article shows nothing of the visitor (no token, nonce or query string) and rendering its blocks
        # and lists was most of an uncached request's time: kept per language and site under the content
        # generation, which a publish replaces. A preview renders the draft afresh.
        context["guide_body"] = content_cache.remember_html(request, ("guide-body", self.pk), render)
        return context


class CountryGuidePage(StagedGuidePage):
    """What to know before leaving for, while living in, and on coming back from one country."""

    iso_code = models.CharField(
        _("country code"),
        max_length=2,
        unique=True,
        help_text=_("ISO 3166-1 alpha-2 code, for example VN or KR."),
    )
    emergencies = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("Emergencies"))
    emergencies_updated = models.DateField(_("last updated"), null=True, blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("iso_code"),
        FieldPanel("intro"),
        InlinePanel("emergency_contacts", label=_("Emergency numbers")),
        *StagedGuidePage.stage_panels(STAGES),
    ]
    search_fields = (
        BasePage.search_fields + StagedGuidePage.stage_search_fields(STAGES) + [index.FilterField("iso_code")]
    )

    parent_page_types = ["countries.CountryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("country guide")

    def clean(self):
        super().clean()
        self.iso_code = (self.iso_code or "").strip().upper()
        if not is_known_country(self.iso_code):
            raise ValidationError({"iso_code": _("Enter a valid ISO 3166-1 alpha-2 country code.")})

    @property
    def country_name(self):
        return country_name(self.iso_code, get_language())

    @property
    def sub_region(self):
        return sub_region_of(self.iso_code)

    body_template = "countries/includes/country_guide_body.html"

    def body_context(self):
        from countries.corridors import migration_panel
        from countries.selectors import guide_related

        return {
            **guide_related([self.iso_code]),
            "migration": content_cache.remember(
                ("migration-panel", get_language(), self.iso_code), lambda: migration_panel(self.iso_code)
            ),
        }


class EmergencyContact(Orderable):
    """A number to call in an emergency, shown at the top of every guide of the country."""

    KINDS = [
        ("police", _("Police")),
        ("ambulance", _("Ambulance")),
        ("fire", _("Fire")),
        ("hotline", _("Hotline")),
        ("trafficking", _("Anti-trafficking hotline")),
        ("embassy", _("Embassy or consulate")),
    ]

    page = ParentalKey(CountryGuidePage, on_delete=models.CASCADE, related_name="emergency_contacts")
    kind = models.CharField(_("kind"), max_length=20, choices=KINDS)
    label = models.CharField(_("label"), max_length=120)
    number = models.CharField(
        _("number"),
        max_length=40,
        help_text=_("As dialled in the country, for example 113 (the police in Viet Nam)."),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    # Where an editor can check the number, and when someone last did: a number people act on in an
    # emergency needs both. Visitors see the date; editors see the source too. Rows saved before these
    # fields existed may lack them, hence null in the database but required in the form.
    source_url = models.URLField(
        _("source"),
        max_length=500,
        default="",
        help_text=_("A public page that gives this number, preferably the operator's own."),
    )
    checked_on = models.DateField(
        _("checked on"), null=True, help_text=_("The day someone last checked the number against the source.")
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("label"),
        FieldPanel("number"),
        FieldPanel("note"),
        FieldRowPanel([FieldPanel("source_url"), FieldPanel("checked_on")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("emergency number")

    def __str__(self):
        return f"{self.label}: {self.number}"

    @property
    def tel(self):
        """The number as a tel: URI (digits and a leading plus only)."""
        digits = "".join(ch for ch in self.number if ch.isdigit())
        return ("+" if self.number.strip().startswith("+") else "") + digits
