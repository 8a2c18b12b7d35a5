"""Corridor guides: one origin country, one destination country, one kind of migration."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from core.models import BasePage
from core.names import country_name, is_known_country

from .pages import STAGES, StagedGuidePage

# A corridor guide has every stage of a country guide but emergencies: it shows the emergency numbers of
# both countries, which belong to their country guides.
CORRIDOR_STAGES = [stage for stage in STAGES if stage[0] != "emergencies"]


class CorridorGuidePage(StagedGuidePage):
    """What to know about one route, e.g. Viet Nam → Republic of Korea, marriage migration."""

    KINDS = [
        ("labour", _("Labour migration")),
        ("marriage", _("Marriage migration")),
        ("study", _("Study abroad")),
        ("return", _("Return and reintegration")),
    ]

    origin_iso = models.CharField(
        _("origin country code"), max_length=2, help_text=_("ISO 3166-1 alpha-2 code, for example VN.")
    )
    destination_iso = models.CharField(
        _("destination country code"), max_length=2, help_text=_("ISO 3166-1 alpha-2 code, for example KR.")
    )
    kind = models.CharField(_("kind of migration"), max_length=20, choices=KINDS)

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("origin_iso"), FieldPanel("destination_iso"), FieldPanel("kind")]),
        FieldPanel("intro"),
        *StagedGuidePage.stage_panels(CORRIDOR_STAGES),
    ]
    search_fields = (
        BasePage.search_fields
        + StagedGuidePage.stage_search_fields(CORRIDOR_STAGES)
        + [
            index.FilterField("origin_iso"),
            index.FilterField("destination_iso"),
            index.FilterField("kind"),
        ]
    )

    stages = CORRIDOR_STAGES
    parent_page_types = ["countries.CountryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("corridor guide")
        constraints = [
            models.UniqueConstraint(
                fields=["origin_iso", "destination_iso", "kind"], name="unique_corridor_per_kind"
            )
        ]

    def clean(self):
        super().clean()
        self.origin_iso = (self.origin_iso or "").strip().upper()
        self.destination_iso = (self.destination_iso or "").strip().upper()
        errors = {}
        for field in ("origin_iso", "destination_iso"):
            if not is_known_country(getattr(self, field)):
                errors[field] = _("Enter a valid ISO 3166-1 alpha-2 country code.")
        if not errors and self.origin_iso == self.destination_iso:
            errors["destination_iso"] = _("The destination must differ from the origin.")
        if errors:
            raise ValidationError(errors)

    @property
    def iso_codes(self):
        return [self.origin_iso, self.destination_iso]

    @property
    def origin_name(self):
        return country_name(self.origin_iso, get_language())

    @property
    def destination_name(self):
        return country_name(self.destination_iso, get_language())

    body_template = "countries/includes/corridor_guide_body.html"

    def body_context(self):
        from countries.selectors import corridor_ends, guide_related

        return {"ends": corridor_ends(self), **guide_related(self.iso_codes)}
