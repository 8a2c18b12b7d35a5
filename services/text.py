"""Read a translated field in the visitor's language, falling back to English, then to any language."""

from django.conf import settings

LANGUAGE_SUFFIXES = [code.replace("-", "_") for code, _name in settings.LANGUAGES]


def localized(obj, field, language):
    """The text of obj.<field> in language; else English; else the first language that has it."""
    suffix = (language or "en").replace("-", "_")
    for candidate in (suffix, "en", *LANGUAGE_SUFFIXES):
        value = getattr(obj, f"{field}_{candidate}", None)
        if value:
            return value
    return getattr(obj, field, "") or ""


def localized_value(row, field, language):
    """The same for a values() dict holding the `<field>_<lang>` keys."""
    suffix = (language or "en").replace("-", "_")
    for candidate in (suffix, "en", *LANGUAGE_SUFFIXES):
        value = row.get(f"{field}_{candidate}")
        if value:
            return value
    return ""


def language_columns(field, language):
    """The columns localized_value() may read for this language (for .values() / .only())."""
    suffix = (language or "en").replace("-", "_")
    return list(dict.fromkeys(f"{field}_{c}" for c in (suffix, "en", *LANGUAGE_SUFFIXES)))
