"""Read a translated field in the visitor's language, falling back to English, then to any language."""

from django.conf import settings

from core.languages import LANGUAGE_CODES
from core.translated import localized_column


def column(field, language):
    """The column of a translated field in a language ('name', 'zh-hans' -> 'name_zh_hans'; 'id' -> 'name_ind')."""
    return localized_column(field, language or settings.LANGUAGE_CODE)


def fallback_columns(field, language):
    """The columns to try, in order: the language, English, then every other language."""
    return list(dict.fromkeys(column(field, code) for code in (language or "en", "en", *LANGUAGE_CODES)))


def localized(obj, field, language):
    """The text of obj.<field> in language; else English; else the first language that has it."""
    return localized_with_language(obj, field, language)[0]


def localized_with_language(obj, field, language):
    """(text, the language it is really in): what localized() returns, and which column it came from."""
    for code in dict.fromkeys((language or "en", "en", *LANGUAGE_CODES)):
        value = getattr(obj, column(field, code), None)
        if value:
            return value, code
    return getattr(obj, field, "") or "", language or "en"
