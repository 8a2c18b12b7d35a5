"""Compile and check the interface translation catalogues (locale/<lang>/LC_MESSAGES/django.po).

Compiling uses Babel, so `make run` needs no gettext tools; the check regenerates the catalogues with
Django's makemessages (which needs xgettext) and fails on any string that is new, gone, fuzzy or untranslated.
"""

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from django.conf import settings


def catalogue_paths():
    root = Path(settings.LOCALE_PATHS[0])
    return sorted(root.glob("*/LC_MESSAGES/django.po"))


def read_catalogue(path):
    with open(path, "rb") as handle:
        return read_po(handle, abort_invalid=True)


def compile_catalogues():
    """Write django.mo beside every django.po that is newer than it; returns the paths written."""
    written = []
    for po_path in catalogue_paths():
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        catalogue = read_catalogue(po_path)
        # An empty msgstr in a .mo would replace the English text with nothing: leave such strings out.
        for message in list(catalogue):
            strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
            if message.id and not all(strings):
                catalogue.delete(message.id, context=message.context)
        with open(mo_path, "wb") as handle:
            write_mo(handle, catalogue, use_fuzzy=False)
        written.append(mo_path)
    return written


def _msgids(catalogue):
    return {
        message.id if isinstance(message.id, str) else message.id[0] for message in catalogue if message.id
    }


def catalogue_problems(catalogue, expected_ids=None):
    """Human-readable problems of one catalogue: untranslated, fuzzy, missing or obsolete strings."""
    problems = []
    for message in catalogue:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        label = message.id if isinstance(message.id, str) else message.id[0]
        if not all(strings):
            problems.append(f"untranslated: {label!r}")
        elif message.fuzzy:
            problems.append(f"fuzzy: {label!r}")
    if expected_ids is not None:
        present = _msgids(catalogue)
        problems += [f"missing: {msgid!r}" for msgid in sorted(expected_ids - present)]
        problems += [f"obsolete: {msgid!r}" for msgid in sorted(present - expected_ids)]
    return problems
