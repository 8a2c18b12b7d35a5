"""Services (HSDS `service`) and what hangs off them: phones, opening hours, languages spoken."""

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from ..days import DayCheckboxes, validate_byday
from ..links import validate_web_url
from .base import HarvestedRecord, HSDSRecord
from .organizations import Organization
from .taxonomy import SERVICE_TYPES, TARGET_GROUPS, TaxonomyTerm


class Service(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    index.Indexed,
    HSDSRecord,
    HarvestedRecord,
    ClusterableModel,
):
    """A service. Edits in the admin are drafts until published (moderators publish, or approve in the
    "Moderator approval" workflow); the public sees only live services. Importers write live services."""

    STATUSES = [
        ("active", _("Active")),
        ("inactive", _("Inactive")),
        ("defunct", _("Defunct")),
        ("temporarily closed", _("Temporarily closed")),
    ]

    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="services", verbose_name=_("organisation")
    )
    name = models.CharField(_("name"), max_length=255)
    alternate_name = models.CharField(_("alternate name"), max_length=255, blank=True)
    description = models.TextField(_("description"), blank=True)
    url = models.URLField(_("website"), max_length=500, blank=True, validators=[validate_web_url])
    email = models.EmailField(_("email"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=STATUSES, default="active", db_index=True)
    eligibility_description = models.TextField(_("who can use it"), blank=True)
    application_process = models.TextField(_("how to get help"), blank=True)
    fees_description = models.TextField(_("fees"), blank=True)
    is_free = models.BooleanField(_("free of charge"), null=True, blank=True)
    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    assured_date = models.DateField(
        _("verified on"), null=True, blank=True, help_text=_("When the information was last checked.")
    )
    assurer_email = models.EmailField(_("verified by (email)"), blank=True)
    terms = models.ManyToManyField(
        TaxonomyTerm, blank=True, related_name="services", verbose_name=_("service types and target groups")
    )
    last_modified = models.DateTimeField(_("last modified"), auto_now=True, db_index=True)
    # A digest of the harvested record (every language read): a harvest rewrites a service only if it changed.
    harvest_digest = models.CharField(max_length=64, blank=True, editable=False)
    # So that deleting a service deletes its revisions and workflow states (Wagtail's snippet recipe).
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="service")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="service",
        for_concrete_model=False,
    )

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.AutocompleteField("alternate_name"),
        index.SearchField("alternate_name"),
        index.SearchField("description"),
        index.SearchField("eligibility_description"),
        index.FilterField("status"),
    ]

    panels = [
        FieldPanel("organization"),
        FieldPanel("name"),
        FieldPanel("alternate_name"),
        FieldPanel("description"),
        FieldPanel("terms"),
        MultiFieldPanel(
            [
                FieldPanel("eligibility_description"),
                FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
            ],
            heading=_("Who can use it"),
        ),
        FieldPanel("application_process"),
        MultiFieldPanel([FieldPanel("is_free"), FieldPanel("fees_description")], heading=_("Cost")),
        InlinePanel("phones", heading=_("Phone numbers"), label=_("phone")),
        InlinePanel("schedules", heading=_("Opening hours"), label=_("opening hours")),
        InlinePanel("languages", heading=_("Languages spoken"), label=_("language")),
        InlinePanel("at_locations", heading=_("Locations"), label=_("location")),
        FieldRowPanel([FieldPanel("url"), FieldPanel("email")]),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("assured_date"), FieldPanel("assurer_email")],
            heading=_("Verification"),
        ),
    ]

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["name"]

    def __str__(self):
        return self.name or self.alternate_name or self.hsds_id

    @property
    def revisions(self):
        return self._revisions

    def get_absolute_url(self):
        """The service's public page under the directory page, in the active language ("" without one)."""
        from services.routing import service_path

        return service_path(self.hsds_id)

    def service_types(self):
        return [t for t in self.terms.all() if t.taxonomy.name == SERVICE_TYPES]

    def target_groups(self):
        return [t for t in self.terms.all() if t.taxonomy.name == TARGET_GROUPS]


class Phone(HSDSRecord):
    TYPES = [
        ("voice", _("Voice")),
        ("text", _("Text message")),
        ("fax", _("Fax")),
        ("cell", _("Mobile")),
        ("video", _("Video")),
        ("pager", _("Pager")),
        ("textphone", _("Textphone")),
    ]

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="phones", null=True)
    location = models.ForeignKey(
        "services.Location", on_delete=models.CASCADE, related_name="phones", null=True, blank=True
    )
    number = models.CharField(
        _("number"),
        max_length=40,
        help_text=_(
            "In international format: + and the country code first (+84 for Viet Nam), then the number."
        ),
    )
    extension = models.PositiveIntegerField(_("extension"), null=True, blank=True)
    type = models.CharField(_("type"), max_length=10, choices=TYPES, default="voice")
    description = models.CharField(_("description"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("extension"), FieldPanel("type")]),
        FieldPanel("description"),
    ]

    class Meta:
        verbose_name = _("phone")
        ordering = ["id"]

    def __str__(self):
        return self.number


class Schedule(HSDSRecord):
    """Weekly opening hours (an RFC 5545 rule, as HSDS has it). No opens_at/closes_at: open all day."""

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="schedules", null=True)
    location = models.ForeignKey(
        "services.Location", on_delete=models.CASCADE, related_name="schedules", null=True, blank=True
    )
    freq = models.CharField(_("frequency"), max_length=10, default="WEEKLY", blank=True)
    byday = models.CharField(
        _("days"),
        max_length=40,
        blank=True,
        validators=[validate_byday],
        help_text=_("The days these hours apply to."),
    )
    opens_at = models.TimeField(_("opens at"), null=True, blank=True)
    closes_at = models.TimeField(_("closes at"), null=True, blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    notes = models.TextField(_("notes"), blank=True)

    panels = [
        FieldPanel("byday", widget=DayCheckboxes),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
        FieldPanel("notes"),
    ]

    class Meta:
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        ordering = ["id"]

    def __str__(self):
        return f"{self.byday} {self.opens_at or ''}–{self.closes_at or ''}"

    def clean(self):
        """Edited in the admin: at least one day, and either both times (closing after opening) or neither
        (open 24 hours). Importers check HSDS records with their own rules (services/validation.py)."""
        super().clean()
        errors = {}
        if not self.byday:
            errors["byday"] = _("Tick at least one day.")
        if (self.opens_at is None) != (self.closes_at is None):
            missing = "closes_at" if self.closes_at is None else "opens_at"
            errors[missing] = _("Give both times, or leave both empty for open 24 hours.")
        elif self.opens_at is not None and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("The closing time must be after the opening time.")
        if errors:
            raise ValidationError(errors)


class Language(HSDSRecord):
    """A language the service is offered in (BCP 47 code)."""

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="languages", null=True)
    location = models.ForeignKey(
        "services.Location", on_delete=models.CASCADE, related_name="languages", null=True, blank=True
    )
    code = models.CharField(
        _("code"),
        max_length=20,
        db_index=True,
        help_text=_("An ISO 639 language code, for example vi, my or tl (BCP 47 tags such as zh-Hant too)."),
    )
    name = models.CharField(_("name"), max_length=100, blank=True)
    note = models.CharField(_("note"), max_length=255, blank=True)

    panels = [FieldRowPanel([FieldPanel("code"), FieldPanel("name")]), FieldPanel("note")]

    class Meta:
        verbose_name = _("language")
        ordering = ["id"]

    def __str__(self):
        return self.name or self.code
