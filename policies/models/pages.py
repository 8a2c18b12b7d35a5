"""The policy index and one page per law, regulation, agreement, procedure or plan, with structured metadata."""

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.template.loader import render_to_string
from django.utils.functional import cached_property
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
from policies.forms import PolicyPageForm

POLICY_TYPES = [
    ("law", _("Law")),
    ("decree", _("Decree")),
    ("regulation", _("Regulation")),
    ("circular", _("Circular")),
    ("agreement", _("Bilateral agreement or MoU")),
    ("sop", _("Standard operating procedure")),
    ("plan", _("National plan or programme")),
]

POLICY_STATUSES = [
    ("draft", _("Draft")),
    ("adopted", _("Adopted")),
    ("in_force", _("In force")),
    ("amended", _("Amended")),
    ("repealed", _("Repealed")),
]


def validate_country_code(value):
    if not is_known_country(value):
        raise ValidationError(_("Enter a valid ISO 3166-1 alpha-2 country code, for example VN."))


class PolicyIndexPage(BasePage):
    """Every policy, filtered by country, type, status, GCM objective and year, on plain query parameters."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["policies.PolicyPage"]
    max_count = 1

    class Meta:
        verbose_name = _("policy index page")

    def get_context(self, request, *args, **kwargs):
        from policies.index_fragments import index_fragments
        from policies.selectors import policy_listing

        context = super().get_context(request, *args, **kwargs)
        listing = policy_listing(self, request.GET)
        context.update(listing)
        context.update(index_fragments(request, self, listing))
        return context


class PolicyPageTag(TaggedItemBase):
    content_object = ParentalKey("policies.PolicyPage", on_delete=models.CASCADE, related_name="tagged_items")


# GCM objectives 7 (address vulnerabilities) and 10 (prevent and eliminate trafficking), and topic words.
QUICK_EXIT_OBJECTIVES = {7, 10}
QUICK_EXIT_TOPIC_WORDS = ("trafficking", "violence", "abuse", "exploitation")


class PolicyPage(BasePage):
    """A law, decree, regulation, agreement, procedure or plan that matters to migrants, with its history."""

    policy_type = models.CharField(_("type"), max_length=20, choices=POLICY_TYPES, db_index=True)
    status = models.CharField(_("status"), max_length=20, choices=POLICY_STATUSES, default="in_force")
    issuing_body = models.CharField(
        _("issuing body"),
        max_length=255,
        blank=True,
        help_text=_("The ministry, agency or parliament that issued the text, as named in it."),
    )
    date_adopted = models.DateField(
        _("date adopted"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("The day the text was adopted or signed, as stated in it (YYYY-MM-DD)."),
    )
    date_in_force = models.DateField(
        _("date in force"),
        null=True,
        blank=True,
        help_text=_("The day the text took effect, as stated in it (YYYY-MM-DD). Empty if not yet known."),
    )
    gcm_objectives = ParentalManyToManyField(
        "policies.GCMObjective", blank=True, related_name="policies", verbose_name=_("GCM objectives")
    )
    topics = ClusterTaggableManager(
        through=PolicyPageTag,
        blank=True,
        verbose_name=_("topics"),
        help_text=_("For example: recruitment fees."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    source_url = models.URLField(
        _("official source"),
        max_length=500,
        blank=True,
        help_text=_("The official text, on a government site."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("document"),
    )
    change_note = models.TextField(
        _("change note"),
        blank=True,
        help_text=_("What changed, in one plain sentence; shown to the public with the date."),
    )
    minor_change = models.BooleanField(
        _("minor change"),
        default=False,
        help_text=_(
            "Tick for a typo or formatting fix: no change note is needed and no update is published."
        ),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                InlinePanel("countries", label=_("Countries"), min_num=1),
                FieldRowPanel([FieldPanel("policy_type"), FieldPanel("status")]),
                FieldPanel("issuing_body"),
                FieldRowPanel([FieldPanel("date_adopted"), FieldPanel("date_in_force")]),
                FieldPanel("gcm_objectives", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics"),
            ],
            heading=_("About this policy"),
        ),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("source_url"), FieldPanel("document")], heading=_("Official text")),
        MultiFieldPanel([FieldPanel("change_note"), FieldPanel("minor_change")], heading=_("Change note")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("issuing_body"),
        index.AutocompleteField("issuing_body"),
        index.FilterField("policy_type"),
        index.FilterField("status"),
        index.FilterField("date_adopted"),
        index.RelatedFields("countries", [index.FilterField("iso_code")]),
        index.RelatedFields("gcm_objectives", [index.FilterField("number"), index.SearchField("title")]),
    ]

    base_form_class = PolicyPageForm  # the change-note rule
    parent_page_types = ["policies.PolicyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("policy")
        verbose_name_plural = _("policies")

    @cached_property
    def show_quick_exit(self):
        """Policies on trafficking or violence carry the "Leave this site" button, as guides do."""
        if {objective.number for objective in self.gcm_objectives.all()} & QUICK_EXIT_OBJECTIVES:
            return True
        return any(word in tag.name.lower() for tag in self.topics.all() for word in QUICK_EXIT_TOPIC_WORDS)

    @property
    def country_codes(self):
        return [country.iso_code for country in self.countries.all()]

    @property
    def country_names(self):
        language = get_language()
        return [country_name(code, language) for code in self.country_codes]

    def get_context(self, request, *args, **kwargs):
        from policies.selectors import policy_page_details

        context = super().get_context(request, *args, **kwargs)
        context.update(policy_page_details(self, preview=getattr(request, "is_preview", False)))

        def render():
            return render_to_string("policies/includes/policy_article.html", context)

        # The article shows nothing of the visitor (no token, nonce or query string): kept per language and
        # site under the content generation, as a guide's is (a preview renders the draft afresh).
        context["policy_body"] = content_cache.remember_html(request, ("policy-body", self.pk), render)
        return context


class PolicyCountry(Orderable):
    """A country a policy applies to; a bilateral or regional instrument has several."""

    page = ParentalKey(PolicyPage, on_delete=models.CASCADE, related_name="countries")
    iso_code = models.CharField(
        _("country code"),
        max_length=2,
        validators=[validate_country_code],
        help_text=_("ISO 3166-1 alpha-2 code, for example VN or KR."),
    )

    panels = [FieldPanel("iso_code")]

    class Meta(Orderable.Meta):
        verbose_name = _("country")

    def __str__(self):
        return self.iso_code

    def save(self, *args, **kwargs):
        self.iso_code = (self.iso_code or "").strip().upper()
        super().save(*args, **kwargs)
