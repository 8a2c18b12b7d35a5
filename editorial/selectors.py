"""Bounded queries for the editors' reports."""

from django.conf import settings

from wagtail.models import Page

from editorial.models import PageTranslationState


def translation_status(language_codes=None):
    """Per page (every type), the languages missing, older than English and not yet reviewed (drafts).

    Two queries: the pages and their states. Pages never published since tracking began have no states; they
    are listed with every language "not tracked yet" so nothing is silently reported as up to date.
    """
    codes = language_codes or [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    names = dict(settings.LANGUAGES)
    pages = list(Page.objects.filter(depth__gt=1).order_by("path").only("id", "title", "depth", "path"))
    states = {}
    for state in PageTranslationState.objects.filter(page__in=[p.pk for p in pages]):
        states.setdefault(state.page_id, {})[state.language] = state
    rows = []
    for page in pages:
        page_states = states.get(page.pk, {})
        english = page_states.get(settings.LANGUAGE_CODE)
        missing, outdated, untracked, drafts = [], [], [], []
        for code in codes:
            state = page_states.get(code)
            if english is None or state is None:
                untracked.append(names.get(code, code))
                continue
            if not state.has_content:
                missing.append(names.get(code, code))
                continue
            if state.changed_at < english.changed_at:
                outdated.append(names.get(code, code))
            if not state.is_reviewed:
                drafts.append(names.get(code, code))
        rows.append(
            {
                "page": page,
                "english_changed_at": english.changed_at if english else None,
                "missing": missing,
                "outdated": outdated,
                "untracked": untracked,
                "drafts": drafts,
            }
        )
    return rows
