"""The directory's filter widgets rendered in Python give Django's own markup, byte for byte."""

import pytest

from django import forms

from services.widgets import QuickCheckboxInput, QuickSelect, QuickTextInput

CHOICES = [("", "Any"), ("KR", "Korea & <Republic>"), ("VN", "Việt Nam"), ('x"y', "Quote")]


class Django(forms.Form):
    country = forms.ChoiceField(choices=CHOICES, required=False)
    grouped = forms.ChoiceField(choices=[("Asia", CHOICES[1:]), ("", "None")], required=False)
    city = forms.CharField(required=False, max_length=120)
    free = forms.BooleanField(required=False)


class Quick(forms.Form):
    country = forms.ChoiceField(choices=CHOICES, required=False, widget=QuickSelect)
    grouped = forms.ChoiceField(
        choices=[("Asia", CHOICES[1:]), ("", "None")], required=False, widget=QuickSelect
    )
    city = forms.CharField(required=False, max_length=120, widget=QuickTextInput)
    free = forms.BooleanField(required=False, widget=QuickCheckboxInput)


@pytest.mark.parametrize(
    "data",
    [
        None,
        {},
        {"country": "VN", "grouped": "KR", "city": 'Hà "Nội" <b>', "free": "on"},
        {"country": "XX", "city": "x" * 200, "free": "false"},
        {"country": 'x"y'},
    ],
)
def test_the_same_markup_as_djangos_widgets(data):
    django_form, quick_form = Django(data), Quick(data)
    for name in Django.base_fields:
        assert str(quick_form[name]) == str(django_form[name]), name
    if data is not None:
        django_form.is_valid(), quick_form.is_valid()
        assert quick_form.as_div() == django_form.as_div()
