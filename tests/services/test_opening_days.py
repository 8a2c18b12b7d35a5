"""Opening days as structured data (issue 22, item 7): checkboxes in the admin, codes in the database."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.forms.models import modelform_factory

from services.days import DayCheckboxes, normalise_byday, validate_byday
from services.models import Schedule


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Mon-Fri", "MO,TU,WE,TH,FR"),
        ("mo, we", "MO,WE"),
        ("Monday to Friday", "MO,TU,WE,TH,FR"),
        ("Sat & Sun", "SA,SU"),
        ("FR-MO", "MO,FR,SA,SU"),
        ("MO,TU,WE,TH,FR", "MO,TU,WE,TH,FR"),
        ("weekdays", None),
        ("1MO", None),
    ],
)
def test_free_text_days_are_normalised_or_reported(text, codes):
    assert normalise_byday(text) == codes


def test_free_text_days_are_refused():
    validate_byday("MO,TU,WE")
    for text in ("Mon-Fri", "MO,MO", "mo,tu", "MO TU"):
        with pytest.raises(ValidationError):
            validate_byday(text)


def _form(data):
    form_class = modelform_factory(
        Schedule, fields=["byday", "opens_at", "closes_at"], widgets={"byday": DayCheckboxes}
    )
    return form_class(data)


def test_day_checkboxes_write_hsds_codes_in_week_order():
    form = _form({"byday": ["FR", "MO", "WE"], "opens_at": "08:00", "closes_at": "17:00"})
    assert form.is_valid(), form.errors
    assert form.instance.byday == "MO,WE,FR"
    html = str(_form(None)["byday"])
    assert html.count('type="checkbox"') == 7 and "Monday" in html
    ticked = str(
        modelform_factory(Schedule, fields=["byday"], widgets={"byday": DayCheckboxes})(
            instance=Schedule(byday="TU,TH")
        )["byday"]
    )
    assert ticked.count("checked") == 2


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"byday": [], "opens_at": "08:00", "closes_at": "17:00"}, "byday"),
        ({"byday": ["MO"], "opens_at": "17:00", "closes_at": "08:00"}, "closes_at"),
        ({"byday": ["MO"], "opens_at": "08:00", "closes_at": ""}, "closes_at"),
    ],
)
def test_hours_are_checked(data, field):
    form = _form(data)
    assert not form.is_valid() and field in form.errors


def test_no_times_means_open_all_day():
    form = _form({"byday": ["SA", "SU"]})
    assert form.is_valid(), form.errors
    assert form.instance.opens_at is None and form.instance.byday == "SA,SU"
    assert Schedule(byday="MO", opens_at=datetime.time(8), closes_at=datetime.time(9)).byday == "MO"
