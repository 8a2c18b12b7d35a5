"""The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (loaded by a migration)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class GCMObjective(models.Model):
    number = models.PositiveSmallIntegerField(
        _("number"), unique=True, validators=[MinValueValidator(1), MaxValueValidator(23)]
    )
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("short description"), blank=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("GCM objective")
        verbose_name_plural = _("GCM objectives")

    def __str__(self):
        return f"{self.number}. {self.title}"
