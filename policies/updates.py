"""Turn a publication into a dated public update, unless the editor marked the change as minor."""

from django.conf import settings
from django.utils import timezone

from core.languages import LANGUAGE_CODES
from core.translated import localized_column
from policies.models import PolicyUpdate


def record_public_change(page, revision=None):
    """Store the page's change note as a PolicyUpdate (all its languages); None for a minor or note-less change.

    Called once per publication; a revision is recorded at most once, so a repeated signal changes nothing.
    """
    if page.minor_change or not (page.change_note or "").strip():
        return None
    if revision is not None and PolicyUpdate.objects.filter(revision=revision).exists():
        return None
    update = PolicyUpdate(page_id=page.pk, revision=revision, date=page.last_published_at or timezone.now())
    for code in LANGUAGE_CODES:
        note = getattr(page, localized_column("change_note", code), None)
        setattr(update, localized_column("note", code), (note or "").strip() or None)
    english = localized_column("note", settings.LANGUAGE_CODE)
    update.note = getattr(update, english) or page.change_note.strip()
    setattr(update, english, update.note)
    update.save()
    return update
