"""The query parameters of the HSDS API and the GeoJSON map, each endpoint's read by one strict ParamsForm.

The forms also describe the parameters for the OpenAPI document (services/api/openapi.py), so the two cannot
drift. The error texts are the API's own, in English, and unchanged since the API was published: clients match
on them. A bad parameter raises core.params.BadParameter, answered with 400 and JSON.
"""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.dateparse import parse_datetime
from django.utils.translation import get_language_from_request

from core.languages import LANGUAGE_CODES, supported_language
from core.numbers import parse_whole_number
from core.params import BadParameter, CountryCodeField, ParamsForm, bad_parameter_response

LANGUAGE_CODES = set(LANGUAGE_CODES)
MAX_PER_PAGE = 200
DEFAULT_PER_PAGE = 50
ID_LENGTH = 36
FALSE_WORDS = ("", "false", "0", "no")

# One exception and one 400 body for every API (core.params).
bad_request = bad_parameter_response


def _raw(value):
    return "" if value is None else str(value)


class TextParam(forms.Field):
    """Free text, trimmed; "" when absent."""

    def __init__(self, max_length=200, **kwargs):
        self.max_length = max_length
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    @property
    def openapi(self):
        return {"type": "string", "maxLength": self.max_length}

    def clean(self, value):
        value = _raw(value).strip()
        if len(value) > self.max_length:
            raise ValidationError(f"must be at most {self.max_length} characters")
        return value


class ChoiceParam(TextParam):
    """A word from a fixed list, any case in, lower case out; `default` when absent."""

    def __init__(self, choices, default, **kwargs):
        self.choices, self.default = choices, default
        super().__init__(**kwargs)

    @property
    def openapi(self):
        return {"type": "string", "enum": list(self.choices), "default": self.default}

    def clean(self, value):
        value = super().clean(value).lower() or self.default
        if value not in self.choices:
            raise ValidationError(f"must be {' or '.join(self.choices)}")
        return value


class BooleanParam(forms.Field):
    """true/1/yes or false/0/no (any case); false when absent."""

    openapi = {"type": "boolean", "default": False}

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, value):
        raw = _raw(value).strip().lower()
        if raw in FALSE_WORDS:
            return False
        if raw in ("true", "1", "yes"):
            return True
        raise ValidationError("must be true or false")


class UnsupportedParam(BooleanParam):
    """An HSDS parameter this server does not implement: answered with 400 rather than silently ignored."""

    openapi = {"type": "boolean", "enum": [False], "default": False}

    def clean(self, value):
        if _raw(value).strip().lower() not in FALSE_WORDS:
            raise ValidationError("is not supported by this server")
        return False


class PositiveIntParam(forms.Field):
    """A whole number from 1 (to `maximum`); `default` when absent."""

    def __init__(self, default, maximum=None, **kwargs):
        self.default, self.maximum = default, maximum
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    @property
    def openapi(self):
        schema = {"type": "integer", "minimum": 1, "default": self.default}
        if self.maximum:
            schema["maximum"] = self.maximum
        return schema

    def clean(self, value):
        raw = _raw(value)
        if raw == "":
            return self.default
        number = parse_whole_number(raw.removeprefix("-"))
        if number is None:
            raise ValidationError("must be a whole number")
        if raw.startswith("-") or number < 1:
            raise ValidationError("must be 1 or more")
        if self.maximum and number > self.maximum:
            raise ValidationError(f"must be at most {self.maximum}")
        return number


class PageParam(PositiveIntParam):
    """HSDS page numbers: a number longer than the number reader takes is far past any end (an empty page)."""

    def clean(self, value):
        raw = _raw(value)
        if raw.isascii() and raw.isdigit() and len(raw) > 18:
            return int(raw)
        return super().clean(value)


class DateTimeParam(forms.Field):
    """An ISO 8601 date or date-time, in UTC (a date is its midnight UTC); None when absent."""

    openapi = {"type": "string", "format": "date-time"}

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, value):
        raw = _raw(value).strip()
        if not raw:
            return None
        error = ValidationError("must be an ISO 8601 date or date-time")
        try:
            parsed = parse_datetime(raw) or datetime.datetime.combine(
                datetime.date.fromisoformat(raw), datetime.time.min
            )
        except ValueError:
            raise error from None
        if parsed.tzinfo is None:
            return parsed.replace(tzinfo=datetime.UTC)
        # In UTC: PostgreSQL refuses offsets past 15:59 that Python accepts (up to 23:59).
        try:
            return parsed.astimezone(datetime.UTC)
        except OverflowError:
            raise error from None


class LanguageParam(forms.Field):
    """One of our languages, or a regional tag of one (vi-VN reads as vi); None when absent (the form then
    takes Accept-Language, else English). Present but empty or unknown is an error."""

    openapi = {"type": "string", "maxLength": 35, "pattern": "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$"}

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, value):
        if value is None:
            return None
        code = supported_language(value)
        if code is None:
            raise ValidationError(f"unknown language; use one of {', '.join(sorted(LANGUAGE_CODES))}")
        return code


class BboxParam(forms.Field):
    """minLng,minLat,maxLng,maxLat as four floats within range, min latitude before max; None when absent.

    A box whose west edge is east of its east edge crosses the antimeridian (RFC 7946, section 5.2):
    170,-10,-170,10 is the 20 degrees around 180.
    """

    openapi = {"type": "string"}

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, value):
        raw = _raw(value).strip()
        if not raw:
            return None
        try:
            min_lng, min_lat, max_lng, max_lat = (float(p) for p in raw.split(","))
        except ValueError:
            raise ValidationError("must be four numbers: minLng,minLat,maxLng,maxLat") from None
        if not (-180 <= min_lng <= 180 and -180 <= max_lng <= 180 and -90 <= min_lat <= max_lat <= 90):
            raise ValidationError("out of range, or a minimum latitude above its maximum")
        return min_lng, min_lat, max_lng, max_lat


def id_param(help_text):
    return TextParam(ID_LENGTH, help_text=help_text)


LANG_HELP = (
    "Language of the text (else Accept-Language, else English): one of "
    + ", ".join(code for code, _name in settings.LANGUAGES)
    + ", or a regional tag of one (vi-VN reads as vi). Any other answers 400."
)
SEARCH_HELP = "Text to find in names (and service descriptions)."
FORMAT_HELP = "json (paged, the default) or ndjson (every record, one JSON object per line, no paging)."


class ApiParams(ParamsForm):
    """Base of the API forms: parameters they do not read are ignored, as they always were."""

    refuse_unknown = False
    known_extra = ()

    def __init__(self, request):
        super().__init__(request.GET)
        self.request = request

    def read(self):
        """The cleaned values (lang resolved to a language code), or BadParameter for the first bad one."""
        values = dict(self.strict())
        if "lang" in self.fields and values["lang"] is None:
            found = get_language_from_request(self.request, check_path=False)
            values["lang"] = found if found in LANGUAGE_CODES else settings.LANGUAGE_CODE
        return values


class RecordParams(ApiParams):
    """One record: ?lang=."""

    lang = LanguageParam(help_text=LANG_HELP)


class OrganizationParams(RecordParams):
    """One organisation: ?lang=&full_service=."""

    full_service = BooleanParam(help_text="true: with its services fully nested.")


class ListParams(ApiParams):
    """What every HSDS list reads: ?search=, ?format=, ?page=, ?per_page=."""

    search = TextParam(help_text=SEARCH_HELP)
    format = ChoiceParam(("json", "ndjson"), "json", max_length=10, help_text=FORMAT_HELP)
    page = PageParam(1, help_text="Page number, from 1.")
    per_page = PositiveIntParam(DEFAULT_PER_PAGE, MAX_PER_PAGE, help_text="Items per page.")

    def full_clean(self):
        super().full_clean()
        if self.cleaned_data.get("format") == "ndjson":  # every record, unpaged: page and per_page unread
            for name in ("page", "per_page"):
                self._errors.pop(name, None)


class TranslatedListParams(ListParams):
    lang = LanguageParam(help_text=LANG_HELP)
    field_order = ["lang", "search", "format", "page", "per_page"]


class ServiceListParams(TranslatedListParams):
    """GET /api/hsds/services."""

    full = BooleanParam(help_text="true: fully nested records (HSDS).")
    full_service = BooleanParam(help_text="true: fully nested records (our earlier name for full).")
    minimal = UnsupportedParam(help_text="Not supported by this server: anything but false answers 400.")
    postcode = UnsupportedParam(help_text="Not supported by this server: anything but empty answers 400.")
    proximity = UnsupportedParam(help_text="Not supported by this server: anything but empty answers 400.")
    taxonomy_term_id = id_param("Only records with this taxonomy term (HSDS id).")
    taxonomy_id = id_param("Only records with a term of this taxonomy (HSDS id).")
    organization_id = id_param("Only records of this organisation (HSDS id).")
    modified_after = DateTimeParam(help_text="Only records modified at or after this ISO 8601 date-time.")

    def full_clean(self):
        super().full_clean()
        if self.cleaned_data.get("full"):  # full_service asks for the same and is not read then
            self._errors.pop("full_service", None)
            self.cleaned_data["full_service"] = False

    field_order = [
        *("lang", "full", "full_service", "minimal", "postcode", "proximity", "search", "taxonomy_term_id"),
        *("taxonomy_id", "organization_id", "modified_after", "format", "page", "per_page"),
    ]


class OrganizationListParams(TranslatedListParams):
    """GET /api/hsds/organizations."""

    full_service = BooleanParam(
        help_text="true: fully nested records (organisations: with fully nested services)."
    )
    full = BooleanParam(help_text="true: each organisation with its services (HSDS).")
    field_order = ["lang", "full_service", "full", "search", "format", "page", "per_page"]


class TaxonomyListParams(ListParams):
    """GET /api/hsds/taxonomies."""

    search = TextParam(help_text="Text to find in the taxonomies' names.")
    field_order = ["search"]


class TaxonomyTermListParams(TranslatedListParams):
    """GET /api/hsds/taxonomy_terms."""

    taxonomy_id = id_param("Only the terms of this taxonomy (HSDS id).")
    parent_id = id_param("Only the children of this term (HSDS id).")
    top_only = BooleanParam(help_text="true: only terms without a parent.")
    field_order = ["lang", "search", "taxonomy_id", "parent_id", "top_only", "format", "page", "per_page"]


class ServiceAtLocationListParams(TranslatedListParams):
    """GET /api/hsds/service_at_locations."""

    postcode = UnsupportedParam(help_text="Not supported by this server: anything but empty answers 400.")
    proximity = UnsupportedParam(help_text="Not supported by this server: anything but empty answers 400.")
    taxonomy_id = id_param("Only records with a term of this taxonomy (HSDS id).")
    modified_after = DateTimeParam(help_text="Only records modified at or after this ISO 8601 date-time.")
    organization_id = id_param("Only records of this organisation (HSDS id).")
    taxonomy_term_id = id_param("Only records with this taxonomy term (HSDS id).")
    full = BooleanParam(
        help_text="Accepted for HSDS clients: the list always nests the location and service."
    )
    field_order = [
        *("lang", "postcode", "proximity", "search", "taxonomy_id", "modified_after", "organization_id"),
        *("taxonomy_term_id", "full", "format", "page", "per_page"),
    ]


class GeoJSONParams(ApiParams):
    """GET /api/services.geojson."""

    lang = LanguageParam(help_text=LANG_HELP)
    type = TextParam(60, help_text="A service type code (see /api/hsds/taxonomy_terms).")
    country = CountryCodeField()
    q = TextParam(help_text="Text to find in names and descriptions.")
    bbox = BboxParam(
        help_text="minLng,minLat,maxLng,maxLat; a minLng above maxLng is a box across 180° (RFC 7946, 5.2)."
    )

    def clean_type(self):
        from ..selectors import service_types

        code = self.cleaned_data["type"]
        if code and not service_types().filter(code=code).exists():
            raise ValidationError("unknown service type")
        return code


__all__ = ["BadParameter", "bad_request"]
