"""Visitors' reports of wrong information: the editors' re-verification queue."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class ServiceReport(models.Model):
    STATUSES = [("new", _("New")), ("checking", _("Being checked")), ("resolved", _("Resolved"))]

    service = models.ForeignKey(
        "services.Service", on_delete=models.CASCADE, related_name="reports", verbose_name=_("service")
    )
    message = models.TextField(_("what is wrong"), max_length=2000)
    contact = models.CharField(_("contact (optional)"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default="new", db_index=True)
    editor_note = models.TextField(_("editor's note"), blank=True)
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True, db_index=True)

    panels = [
        FieldPanel("service", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("contact", read_only=True),
        FieldPanel("status"),
        FieldPanel("editor_note"),
    ]

    class Meta:
        verbose_name = _("report of wrong information")
        verbose_name_plural = _("reports of wrong information")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.service}: {self.message[:60]}"
