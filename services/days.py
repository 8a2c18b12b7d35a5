"""Days of the week in an HSDS schedule's `byday` (RFC 5545 codes, "MO,TU,WE"): checking, normalising, and
the admin's checkboxes that write them."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_LABELS = (
    ("MO", _("Monday")),
    ("TU", _("Tuesday")),
    ("WE", _("Wednesday")),
    ("TH", _("Thursday")),
    ("FR", _("Friday")),
    ("SA", _("Saturday")),
    ("SU", _("Sunday")),
)
_NAMES = {
    **{code: code for code in DAYS},
    **{
        name: code for code, name in zip(DAYS, ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), strict=True)
    },
    **{
        name: code
        for code, name in zip(
            DAYS, ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"), strict=True
        )
    },
    "TUES": "TU",
    "THUR": "TH",
    "THURS": "TH",
}


def validate_byday(value):
    """Only RFC 5545 day codes, comma-separated, each once ("MO,TU,WE"): no free text like "Mon-Fri"."""
    if not value:
        return
    codes = value.split(",")
    if any(code not in DAYS for code in codes) or len(set(codes)) != len(codes):
        raise ValidationError(
            _("Days must be codes of the week, comma-separated, e.g. MO,TU,WE,TH,FR (not %(value)s)."),
            params={"value": value},
            code="byday",
        )


def normalise_byday(text):
    """The canonical "MO,TU,..." for a free-text day list ("Mon-Fri", "mo, we", "Monday to Friday"), or None
    if some part of it is not a day. Ranges go forward through the week (FR-MO is Friday to Monday)."""
    text = (text or "").strip().upper()
    if not text:
        return ""
    days = []
    for part in re.split(r"\s*[,;/&]\s*|\s+AND\s+|\s+", re.sub(r"\s*(-|–|\bTO\b)\s*", "-", text)):
        if not part:
            continue
        ends = part.split("-")
        # "1MO" or "+1MO" in RFC 5545 (the first Monday of the month) is not a weekly day: unreadable here.
        if len(ends) > 2 or any(end not in _NAMES for end in ends):
            return None
        first, last = (DAYS.index(_NAMES[end]) for end in (ends[0], ends[-1]))
        span = (last - first) % 7
        days.extend(DAYS[(first + step) % 7] for step in range(span + 1))
    return ",".join(code for code in DAYS if code in days)


class DayCheckboxes(forms.CheckboxSelectMultiple):
    """Seven checkboxes for a `byday` text field: reads "MO,WE" into ticks and writes the ticks back the same
    way, in the week's order, so the model field keeps HSDS's format."""

    def __init__(self, attrs=None):
        super().__init__(attrs, choices=DAY_LABELS)

    def format_value(self, value):
        if isinstance(value, str):
            value = [code.strip() for code in value.split(",") if code.strip()]
        return super().format_value(value)

    def value_from_datadict(self, data, files, name):
        ticked = set(super().value_from_datadict(data, files, name) or [])
        return ",".join(code for code in DAYS if code in ticked)

    def value_omitted_from_data(self, data, files, name):
        return False
