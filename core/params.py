"""The one way to read a public query string: a Django form per listing or API.

A `ParamsForm` parses and checks the parameters, reports errors in the visitor's language and describes
itself for the OpenAPI document. Listings are lenient (`lenient()`: a bad value is dropped with a notice, the
rest still applies); APIs are strict (`strict()`: the first bad parameter raises `BadParameter`, which the API
answers with 400 and JSON). Country codes go through `CountryCodeField`, the one country-code check of the
site, whose error text is `COUNTRY_CODE_ERROR`.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.names import is_known_country
from core.numbers import parse_whole_number

COUNTRY_CODE_ERROR = _("“%(value)s” is not an ISO 3166-1 alpha-2 country code, such as VN or TH.")
MAX_VALUE_LENGTH = 40


def validate_country_code(value):
    """The site's one country-code check, for model fields and form fields alike (upper case expected)."""
    if not is_known_country(value):
        raise ValidationError(
            COUNTRY_CODE_ERROR, code="country", params={"value": str(value)[:MAX_VALUE_LENGTH]}
        )


class CountryCodeField(forms.CharField):
    """An ISO 3166-1 alpha-2 code, any case in, upper case out."""

    openapi = {"type": "string", "pattern": "^[A-Za-z]{2}$"}

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", MAX_VALUE_LENGTH)
        kwargs.setdefault("help_text", _("ISO 3166-1 alpha-2 country code."))
        super().__init__(**kwargs)

    def to_python(self, value):
        return super().to_python(value).strip().upper()

    def validate(self, value):
        super().validate(value)
        if value:
            validate_country_code(value)


class CountryCodesField(forms.MultipleChoiceField):
    """Several country codes (a repeated parameter): each checked like `CountryCodeField`."""

    openapi = {"type": "array", "items": CountryCodeField.openapi}

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", _("ISO 3166-1 alpha-2 country code; repeat for several."))
        super().__init__(**kwargs)

    def to_python(self, value):
        return [str(code).strip().upper() for code in super().to_python(value) if str(code).strip()]

    def validate(self, value):
        for code in value:
            validate_country_code(code)


class WholeNumberField(forms.IntegerField):
    """A whole number written in ASCII digits only (no signs, spaces, exponents or other scripts' digits)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        number = parse_whole_number(str(value).strip())
        if number is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return number


class RepeatedField(forms.Field):
    """A parameter that may be repeated (`?country=VN&country=TH`), each value checked by `item`, a form field.

    Strict forms refuse the whole parameter on its first bad value; lenient ones keep the good values and
    explain each bad one (`lenient_values`), so the valid part of a shared link still applies. Duplicates and
    empty values are dropped; past `max_values`, the rest is ignored with a notice.
    """

    widget = forms.MultipleHiddenInput

    def __init__(self, item, max_values=10, **kwargs):
        self.item, self.max_values = item, max_values
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", item.help_text)
        super().__init__(**kwargs)

    @property
    def openapi(self):
        return {"type": "array", "items": openapi_schema(self.item), "maxItems": self.max_values}

    def lenient_values(self, raw_values):
        """(values, notices) from the raw values of the parameter named `self.name_in_query`."""
        values, notices = [], []
        raw_values = [str(v).strip() for v in raw_values or [] if str(v).strip()]
        if len(raw_values) > self.max_values:
            notices.append(
                gettext("Too many values for “%(facet)s”: only the first ones were used.")
                % {"facet": self.name_in_query}
            )
            raw_values = raw_values[: self.max_values]
        for raw in raw_values:
            try:
                value = self.item.clean(raw)
            except ValidationError:
                notices.append(
                    gettext("The value “%(value)s” is not valid for “%(facet)s” and was ignored.")
                    % {"value": raw[:MAX_VALUE_LENGTH], "facet": self.name_in_query}
                )
                continue
            if value not in values:
                values.append(value)
        return values, notices

    def clean(self, value):
        raw_values = [str(v).strip() for v in value or [] if str(v).strip()]
        if len(raw_values) > self.max_values:
            raise ValidationError(
                gettext("at most %(count)d values") % {"count": self.max_values}, code="max_values"
            )
        values = []
        for raw in raw_values:
            cleaned = self.item.clean(raw)
            if cleaned not in values:
                values.append(cleaned)
        if self.required and not values:
            raise ValidationError(self.error_messages["required"], code="required")
        return values


class BadParameter(Exception):
    """A query parameter an API cannot accept: answered with 400 (`bad_parameter_response`)."""

    def __init__(self, name, message):
        self.name, self.message = name, str(message)
        super().__init__(f"{name}: {self.message}")


def bad_parameter_response(error):
    return JsonResponse(
        {"error": "bad_parameter", "parameter": error.name, "message": error.message}, status=400
    )


class ParamsForm(forms.Form):
    """Base form of a query string. Subclasses declare fields; `known_extra` names parameters read elsewhere
    (such as `page`, read by the paginator) that are not reported as unknown."""

    known_extra = ("page",)
    # False for the APIs that have always ignored parameters they do not read (changing it would break clients).
    refuse_unknown = True

    def __init__(self, query, **kwargs):
        super().__init__(query, **kwargs)
        for name, field in self.fields.items():
            field.name_in_query = name

    def unknown_parameters(self):
        return sorted(set(self.data.keys()) - set(self.fields) - set(self.known_extra))

    def strict(self):
        """The cleaned values, or BadParameter for the first unknown or invalid parameter."""
        for name in self.unknown_parameters() if self.refuse_unknown else ():
            raise BadParameter(name[:MAX_VALUE_LENGTH], gettext("unknown parameter"))
        if not self.is_valid():
            name, errors = next(iter(self.errors.items()))
            raise BadParameter(name, errors[0])
        return self.cleaned_data

    def lenient(self):
        """(values, notices): every valid parameter's value; an invalid one is left out (its field's empty
        value) and explained in a notice; unknown parameters are reported and ignored."""
        notices = [
            gettext("The parameter “%(name)s” is not known and was ignored.")
            % {"name": name[:MAX_VALUE_LENGTH]}
            for name in self.unknown_parameters()
        ]
        self.is_valid()
        values = dict(self.cleaned_data)
        for name, errors in self.errors.items():
            field = self.fields.get(name)
            if field is None:
                continue
            if isinstance(field, RepeatedField):
                values[name], field_notices = field.lenient_values(self.data.getlist(name))
                notices.extend(field_notices)
                continue
            if getattr(field, "ignored_notice", None):
                raw = str(self.data.get(name, ""))[:MAX_VALUE_LENGTH]
                values[name] = None
                notices.append(field.ignored_notice % {"value": raw, "parameter": name})
                continue
            values[name] = [] if isinstance(field, forms.MultipleChoiceField) else None
            for message in errors:
                notices.append(
                    gettext("“%(parameter)s” was ignored: %(message)s")
                    % {"parameter": name, "message": message}
                )
        return values, notices

    @classmethod
    def openapi_parameters(cls):
        """The OpenAPI 3 parameter objects of this form's fields (query parameters)."""
        return [
            {
                "name": name,
                "in": "query",
                "required": field.required,
                "description": str(field.help_text or field.label or name),
                "schema": openapi_schema(field),
            }
            for name, field in cls.base_fields.items()
        ]


def openapi_schema(field):
    """The JSON Schema of a form field's value, from its type, choices and bounds."""
    schema = dict(getattr(field, "openapi", {}))
    if not schema:
        if isinstance(field, forms.IntegerField):
            schema = {"type": "integer"}
            if field.min_value is not None:
                schema["minimum"] = field.min_value
            if field.max_value is not None:
                schema["maximum"] = field.max_value
        elif isinstance(field, forms.BooleanField | forms.NullBooleanField):
            schema = {"type": "boolean"}
        elif isinstance(field, forms.MultipleChoiceField):
            schema = {
                "type": "array",
                "items": {"type": "string", "enum": [str(k) for k, _v in field.choices]},
            }
        elif isinstance(field, forms.ChoiceField):
            schema = {"type": "string", "enum": [str(k) for k, _v in field.choices if k != ""]}
        elif isinstance(field, forms.DateTimeField | forms.DateField):
            schema = {"type": "string", "format": "date-time"}
        else:
            schema = {"type": "string"}
            if getattr(field, "max_length", None):
                schema["maxLength"] = field.max_length
    return schema
