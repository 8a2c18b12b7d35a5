"""What every HSDS record shares: its HSDS id (a UUID string, unique) and when it last changed."""

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
