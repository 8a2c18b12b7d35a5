"""Keep empty translations out of the search index, and give autocomplete every language.

wagtail-modeltranslation copies every translated search field once per language. An empty translation is
None, which the search backends index as the literal word "None", so a search for "none" would return every
page. We swap each model's search fields for a subclass whose value is "" instead of None.

It copies SearchFields only: an AutocompleteField on a translated field (Page.title) would autocomplete in
English alone. We add the per-language copies it leaves out.
"""

import copy

from django.apps import apps

from modeltranslation.translator import NotRegistered, translator
from wagtail.search import index

from core.languages import LANGUAGE_CODES
from core.translated import localized_column


class NoneSafeSearchField(index.SearchField):
    def get_value(self, obj):
        value = super().get_value(obj)
        return "" if value is None else value


class NoneSafeAutocompleteField(index.AutocompleteField):
    def get_value(self, obj):
        value = super().get_value(obj)
        return "" if value is None else value


_SAFE = {index.SearchField: NoneSafeSearchField, index.AutocompleteField: NoneSafeAutocompleteField}


def _safe_copy(field, copies):
    safe_class = _SAFE.get(type(field))
    if safe_class is None:
        return field
    # One copy per original, so a field a subclass shares with Page stays the same object in both lists
    # (Wagtail's checks compare them by identity).
    if id(field) not in copies:
        safe = safe_class.__new__(safe_class)
        safe.__dict__.update(field.__dict__)
        copies[id(field)] = (field, safe)
    return copies[id(field)][1]


def _translated_field_names(model):
    try:
        return translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return {}


def _autocomplete_per_language(fields, translated):
    """The per-language AutocompleteFields that wagtail-modeltranslation does not create."""
    present = {(type(field), field.field_name) for field in fields}
    extra = []
    for field in fields:
        if isinstance(field, index.AutocompleteField) and field.field_name in translated:
            for code in LANGUAGE_CODES:
                localized = localized_column(field.field_name, code)
                if (NoneSafeAutocompleteField, localized) not in present:
                    clone = copy.copy(field)
                    clone.__class__ = NoneSafeAutocompleteField
                    clone.field_name = localized
                    extra.append(clone)
                    present.add((NoneSafeAutocompleteField, localized))
    return extra


def make_search_fields_none_safe():
    """Replace plain search fields by None-safe ones on every indexed model (run after modeltranslation),
    and add per-language autocomplete fields."""
    copies = {}
    for model in apps.get_models():
        fields = model.__dict__.get("search_fields")
        if fields:
            safe = [_safe_copy(field, copies) for field in fields]
            model.search_fields = safe + _autocomplete_per_language(safe, _translated_field_names(model))
