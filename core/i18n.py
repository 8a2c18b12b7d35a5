"""URLs per language: every page lives under /<lang>/, so switching language swaps that prefix."""

from core.languages import LANGUAGE_CODES

_CODES = set(LANGUAGE_CODES)


def split_language_prefix(path):
    """('vi', '/viet-nam/') for '/vi/viet-nam/'; (None, path) when the path has no language prefix."""
    parts = path.split("/", 2)
    if len(parts) >= 2 and parts[1] in _CODES:
        return parts[1], "/" + (parts[2] if len(parts) > 2 else "")
    return None, path


def path_in_language(full_path, language_code):
    """The same path (and query string) under another language's prefix."""
    prefix, rest = split_language_prefix(full_path)
    if prefix is None:
        return f"/{language_code}/"
    return f"/{language_code}{rest}"
