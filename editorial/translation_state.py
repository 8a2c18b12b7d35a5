"""Track, per page, language and field, when the translated text last changed (see PageTranslationState)."""

import hashlib
import json

from django.utils import timezone

from core.languages import LANGUAGE_CODES
from core.translated import localized_column, translated_fields
from editorial.models import PageTranslationState

# Fields that never make another language stale: a change note is written for one publication, and SEO text is
# written per language for search engines, not translated from the English.
NOT_SOURCE_TEXT = frozenset({"change_note", "seo_title", "search_description"})


def _digest(value):
    encoded = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()


def language_values(page, language, data=None):
    """{field: the page's own value in that language}, ignoring the English fallback."""
    data = page.serializable_data() if data is None else data
    return {name: data.get(localized_column(name, language)) for name in translated_fields(type(page))}


def language_snapshot(page, language, data=None):
    """(hash, has_content) of the page's own values in that language, ignoring the English fallback.

    `data` is the page's serializable_data(), passed in when snapshotting several languages: serialising a
    page with 17 languages of StreamFields is the expensive part.
    """
    values = language_values(page, language, data)
    has_content = bool((values.get("title") or "").strip()) if "title" in values else any(values.values())
    return _digest(values), has_content


def record_translation_state(page, when=None):
    """Move a language's dates (whole and per field) only when its own text changed since the last publication."""
    when = when or timezone.now()
    existing = {state.language: state for state in PageTranslationState.objects.filter(page_id=page.pk)}
    data = page.serializable_data()
    created = []
    for code in LANGUAGE_CODES:
        values = language_values(page, code, data)
        digest, has_content = language_snapshot(page, code, data)
        state = existing.get(code)
        is_new = state is None
        if is_new:
            state = PageTranslationState(page_id=page.pk, language=code, changed_at=when)
        legacy = not is_new and not state.field_hashes
        text_changed = state.content_hash != digest
        hashes = {name: _digest(value) for name, value in values.items()}
        changed = dict(state.field_changed or {})
        for name, value_hash in hashes.items():
            if (
                is_new
                or (legacy and text_changed)
                or (not legacy and state.field_hashes.get(name) != value_hash)
            ):
                changed[name] = when.isoformat()
            elif legacy:
                changed[name] = state.changed_at.isoformat()
        dirty = legacy or hashes != state.field_hashes
        if text_changed:
            state.content_hash, state.has_content, state.changed_at = digest, has_content, when
        state.field_hashes, state.field_changed = hashes, changed
        if is_new:
            created.append(state)
        elif dirty or text_changed:
            state.save()
    PageTranslationState.objects.bulk_create(created)


_EMPTY = frozenset(_digest(value) for value in (None, "", "[]", [], {}))


def stale_fields(state, english):
    """The fields this language has translated whose English changed after the translation did (sorted).

    Change notes and SEO fields never count. Rows recorded before per-field tracking know no fields: [].
    """
    return sorted(
        name
        for name, value_hash in (state.field_hashes or {}).items()
        if name not in NOT_SOURCE_TEXT
        and value_hash not in _EMPTY
        and name in (english.field_hashes or {})
        and english.field_changed_at(name) > state.field_changed_at(name)
    )
