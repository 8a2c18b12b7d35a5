"""The search's query parameters, read the one way (core.params): the page is lenient, the API strict."""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.params import CountryCodeField, ParamsForm, WholeNumberField

MAX_QUERY_LENGTH = 200
# API `type` values and the document kinds each covers.
TYPES = {"guide": ["guide", "corridor"], "policy": ["policy"], "service": ["service"]}


@dataclass
class SearchParams:
    query: str
    language: str
    type: str = ""
    country: str = ""


class LowerCaseChoiceField(forms.ChoiceField):
    def to_python(self, value):
        return super().to_python(value).strip().lower()


class SearchForm(ParamsForm):
    """?q=&type=&country= (and, on the API, lang= and page=)."""

    q = forms.CharField(
        max_length=MAX_QUERY_LENGTH,
        help_text=_("What to search for, in any of the portal's languages."),
        error_messages={
            "required": _("Enter something to search for."),
            "max_length": _("The search is too long: use at most %(limit_value)d characters."),
        },
    )
    type = LowerCaseChoiceField(
        required=False,
        choices=[(key, key) for key in TYPES],
        help_text=_("Only guides, policies or services."),
        error_messages={"invalid_choice": _("Unknown type: choose guide, policy or service.")},
    )
    country = CountryCodeField()

    def params(self, language):
        data = self.cleaned_data
        return SearchParams(
            query=data["q"], language=language, type=data.get("type") or "", country=data.get("country") or ""
        )


class SearchApiForm(SearchForm):
    lang = LowerCaseChoiceField(
        required=False,
        choices=settings.LANGUAGES,
        help_text=_("The language whose results come first (default: en)."),
        error_messages={"invalid_choice": _("Unknown language: %(value)s.")},
    )
    page = WholeNumberField(
        required=False,
        min_value=1,
        help_text=_("The page of results, from 1."),
        error_messages={"min_value": _("The page must be a positive whole number.")},
    )
    known_extra = ()

    def params(self, language=None):
        return super().params(self.cleaned_data.get("lang") or settings.LANGUAGE_CODE)


class AutocompleteApiForm(ParamsForm):
    q = SearchForm.base_fields["q"]
    lang = SearchApiForm.base_fields["lang"]
    known_extra = ()

    def params(self):
        data = self.cleaned_data
        return SearchParams(query=data["q"], language=data.get("lang") or settings.LANGUAGE_CODE)
