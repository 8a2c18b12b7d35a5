"""What HSDS records share: an HSDS id (a UUID string, unique); harvested ones, their source and harvest time."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_hsds_id():
    return str(uuid.uuid4())


class HSDSRecord(models.Model):
    hsds_id = models.CharField(
        _("HSDS id"),
        max_length=36,
        unique=True,
        default=new_hsds_id,
        editable=False,
        help_text=_("The record's identifier in the Open Referral HSDS data (a UUID)."),
    )

    class Meta:
        abstract = True


class HarvestedRecord(models.Model):
    """Provenance: the partner's directory a record was harvested from (none: made by editors) and when."""

    source = models.ForeignKey(
        "services.DirectorySource",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="harvested_%(class)ss",
        verbose_name=_("directory source"),
    )
    harvested_at = models.DateTimeField(_("last harvested"), null=True, blank=True, editable=False)

    class Meta:
        abstract = True
