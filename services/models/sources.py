"""Partners' directories the portal harvests (HSDS 3.0 APIs or files), and the record of each harvest."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel

from core.languages import LANGUAGE_CODES

SCHEDULE_INTERVALS = {
    "hourly": datetime.timedelta(hours=1),
    "daily": datetime.timedelta(days=1),
    "weekly": datetime.timedelta(weeks=1),
}


def validate_language_codes(value):
    known = set(LANGUAGE_CODES)
    for code in (c.strip() for c in value.split(",")):
        if code and code not in known:
            raise ValidationError(_("unknown language %(code)r"), params={"code": code})


class DirectorySource(models.Model):
    """One partner's list of services, read by `manage.py harvest_hsds`."""

    SCHEDULES = [("hourly", _("Every hour")), ("daily", _("Every day")), ("weekly", _("Every week"))]

    name = models.CharField(_("name"), max_length=120, unique=True)
    partner = models.CharField(_("partner organisation"), max_length=255)
    url = models.URLField(
        _("URL"),
        max_length=500,
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_(
            "The base URL of an HSDS 3.0 API (ending in /api/hsds/ or similar) or of an HSDS JSON file."
        ),
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, default="en")
    translations = models.CharField(
        _("translations"),
        max_length=200,
        blank=True,
        validators=[validate_language_codes],
        help_text=_(
            "APIs only: more language codes, comma-separated (e.g. vi,ko), read with lang=; "
            "text that is the same as in the main language is not kept as a translation."
        ),
    )
    licence = models.CharField(_("licence"), max_length=255, blank=True)
    attribution = models.CharField(_("attribution"), max_length=500, blank=True)
    schedule = models.CharField(_("schedule"), max_length=10, choices=SCHEDULES, default="daily")
    enabled = models.BooleanField(_("enabled"), default=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("partner")]),
        FieldPanel("url"),
        FieldRowPanel([FieldPanel("language"), FieldPanel("translations")]),
        FieldRowPanel([FieldPanel("licence"), FieldPanel("attribution")]),
        FieldRowPanel([FieldPanel("schedule"), FieldPanel("enabled")]),
    ]

    class Meta:
        verbose_name = _("directory source")
        verbose_name_plural = _("directory sources")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def translation_codes(self):
        known = set(LANGUAGE_CODES)
        codes = [c.strip() for c in self.translations.split(",") if c.strip()]
        return [c for c in dict.fromkeys(codes) if c != self.language and c in known]

    def last_run(self):
        return self.runs.filter(dry_run=False).order_by("-started_at").first()

    def is_due(self, now=None):
        """Enabled, and never harvested or last harvested longer ago than its schedule."""
        if not self.enabled:
            return False
        last = self.last_run()
        now = now or timezone.now()
        return last is None or last.started_at + SCHEDULE_INTERVALS[self.schedule] <= now


class HarvestRun(models.Model):
    """What one harvest of a source did: counts, the problems that refused it, how long it took."""

    source = models.ForeignKey(DirectorySource, on_delete=models.CASCADE, related_name="runs")
    started_at = models.DateTimeField(db_index=True)
    duration = models.FloatField(default=0)  # seconds
    ok = models.BooleanField(default=False)
    dry_run = models.BooleanField(default=False)
    pages = models.PositiveIntegerField(default=0)
    added = models.PositiveIntegerField(default=0)
    changed = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    removed = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)
    problems = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-started_at"]
        get_latest_by = "started_at"

    def __str__(self):
        return f"{self.source} {self.started_at:%Y-%m-%d %H:%M}"
