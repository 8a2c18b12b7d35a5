"""Helpers to ask whether a model instance really has content in a language, not just the fallback."""

from modeltranslation.utils import build_localized_fieldname


def has_translation(instance, field_name, language_code):
    """True if the field's own value in that language is filled (ignoring modeltranslation's fallback)."""
    value = getattr(instance, build_localized_fieldname(field_name, language_code), None)
    return bool(value and str(value).strip())
