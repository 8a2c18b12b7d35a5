"""Track, per page and language, when the translated text last changed (see PageTranslationState)."""

import hashlib
import json

from django.conf import settings
from django.utils import timezone

from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from editorial.models import PageTranslationState

# Page fields modeltranslation localises that are not reader-facing text.
_IGNORED = {"slug", "url_path"}


def translated_fields(model):
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return sorted(name for name in options.all_fields if name not in _IGNORED)


def language_snapshot(page, language, data=None):
    """(hash, has_content) of the page's own values in that language, ignoring the English fallback.

    `data` is the page's serializable_data(), passed in when snapshotting several languages: serialising a
    page with 17 languages of StreamFields is the expensive part.
    """
    data = page.serializable_data() if data is None else data
    values = {
        name: data.get(build_localized_fieldname(name, language)) for name in translated_fields(type(page))
    }
    has_content = bool((values.get("title") or "").strip()) if "title" in values else any(values.values())
    encoded = json.dumps(values, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest(), has_content


def record_translation_state(page, when=None):
    """Move a language's `changed_at` only when its own text changed since the last publication."""
    when = when or timezone.now()
    existing = {state.language: state for state in PageTranslationState.objects.filter(page_id=page.pk)}
    data = page.serializable_data()
    created = []
    for code, _name in settings.LANGUAGES:
        digest, has_content = language_snapshot(page, code, data)
        state = existing.get(code)
        if state is None:
            created.append(
                PageTranslationState(
                    page_id=page.pk,
                    language=code,
                    content_hash=digest,
                    has_content=has_content,
                    changed_at=when,
                )
            )
        elif state.content_hash != digest:
            state.content_hash, state.has_content, state.changed_at = digest, has_content, when
            state.save(update_fields=["content_hash", "has_content", "changed_at"])
    PageTranslationState.objects.bulk_create(created)
