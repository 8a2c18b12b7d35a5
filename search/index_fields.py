"""Keep empty translations out of the search index.

wagtail-modeltranslation copies every translated search field once per language. An empty translation is
None, which the search backends index as the literal word "None", so a search for "none" would return every
page. We swap each model's search fields for a subclass whose value is "" instead of None.
"""

from django.apps import apps

from wagtail.search import index


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


def make_search_fields_none_safe():
    """Replace plain search fields by None-safe ones on every indexed model (run after modeltranslation)."""
    copies = {}
    for model in apps.get_models():
        fields = model.__dict__.get("search_fields")
        if fields:
            model.search_fields = [_safe_copy(field, copies) for field in fields]
