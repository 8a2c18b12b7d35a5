"""The query parameters of the landscape API and map page, each endpoint's read by one ParamsForm."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.params import BadParameter, CountryCodeField, ParamsForm, WholeNumberField

DIRECTIONS = ("out", "in")
YEAR_ERROR = _("The year must be a number between 1900 and 2100.")


class LandscapeInputError(ValueError):
    """A query parameter the landscape cannot use; the message is fit to show to the visitor."""

    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
        self.message = message


def year_field():
    return WholeNumberField(
        required=False,
        min_value=1900,
        max_value=2100,
        help_text="Year of the figures; the latest year with figures when left out.",
        error_messages={"invalid": YEAR_ERROR, "min_value": YEAR_ERROR, "max_value": YEAR_ERROR},
    )


def language_field():
    return forms.ChoiceField(
        required=False,
        choices=settings.LANGUAGES,
        help_text="Language of the country names (default English).",
        error_messages={"invalid_choice": _("Unknown language code.")},
    )


class LandscapeParams(ParamsForm):
    """GET /api/landscape/<indicator>.geojson: ?year=&lang=."""

    refuse_unknown = False
    year = year_field()
    lang = language_field()


class CorridorParams(ParamsForm):
    """GET /api/landscape/corridors.geojson: ?country= (required), ?direction=out|in, ?year=, ?lang=."""

    refuse_unknown = False
    country = CountryCodeField(
        required=True,
        help_text="ISO 3166-1 alpha-2 code of the country.",
        error_messages={"required": _("Choose a country.")},
    )
    direction = forms.ChoiceField(
        required=False,
        choices=[(d, d) for d in DIRECTIONS],
        help_text="out: where its emigrants live; in: where its immigrants were born (default out).",
        error_messages={"invalid_choice": _("The direction must be “out” or “in”.")},
    )
    year = year_field()
    lang = language_field()


def read(form_class, query):
    """The cleaned values of a strict form, or LandscapeInputError (the landscape API's 400 body)."""
    try:
        values = dict(form_class(query).strict())
    except BadParameter as error:
        raise LandscapeInputError(error.name, error.message) from None
    if "lang" in values:
        values["lang"] = values["lang"] or settings.LANGUAGE_CODE
    if "direction" in values:
        values["direction"] = values["direction"] or "out"
    return values


def _clean(form_class, name, raw):
    try:
        return form_class.base_fields[name].clean(raw)
    except ValidationError as error:
        raise LandscapeInputError(name, error.messages[0]) from None


def parse_year(raw):
    """None for no year; an int in 1900–2100; LandscapeInputError otherwise."""
    return _clean(LandscapeParams, "year", (raw or "").strip())


def parse_country(raw):
    """The upper-case code of a known country; LandscapeInputError when empty or unknown."""
    return _clean(CorridorParams, "country", raw or "")


def parse_direction(raw):
    return _clean(CorridorParams, "direction", (raw or "").strip()) or "out"
