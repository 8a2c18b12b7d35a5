"""Bounded queries for the editors' reports."""

from wagtail.models import Page

from core.languages import DEFAULT_LANGUAGE, language_names, other_languages
from editorial.models import PageTranslationState
from editorial.translation_state import stale_fields

# How the translation-status report can be ordered: key -> (label for the form, sort key of a row).
SORTS = {
    "tree": lambda row: row["page"].path,
    "title": lambda row: (row["page"].title or "").casefold(),
    "english": lambda row: (row["english_changed_at"] is None, row["english_changed_at"] or 0),
    "outdated": lambda row: -len(row["outdated"]),
}


def _outdated_fields(state, english):
    """The stale fields of a translation; for rows from before per-field tracking, ["*"] if older than English."""
    if not state.field_hashes or not english.field_hashes:
        return ["*"] if state.changed_at < english.changed_at else []
    return stale_fields(state, english)


def translation_status(language_codes=None, search="", sort="tree"):
    """Per page (every type), the languages missing, older than English (and in which fields) and not reviewed.

    Three queries at most: the pages and their states. Pages never published since tracking began have no
    states; they are listed with every language "not tracked yet" so nothing is silently reported as up to
    date. `search` keeps the pages whose title contains it; `sort` is a key of SORTS.
    """
    codes = language_codes or [code for code, _name in other_languages()]
    names = language_names()
    pages = Page.objects.filter(depth__gt=1).order_by("path").only("id", "title", "depth", "path")
    if search:
        pages = pages.filter(title__icontains=search)
    pages = list(pages)
    states = {}
    for state in PageTranslationState.objects.filter(page__in=[p.pk for p in pages]):
        states.setdefault(state.page_id, {})[state.language] = state
    rows = []
    for page in pages:
        page_states = states.get(page.pk, {})
        english = page_states.get(DEFAULT_LANGUAGE)
        missing, outdated, untracked, drafts, stale = [], [], [], [], []
        for code in codes:
            state = page_states.get(code)
            name = names.get(code, code)
            if english is None or state is None:
                untracked.append(name)
                continue
            if not state.has_content:
                missing.append(name)
                continue
            fields = _outdated_fields(state, english)
            if fields:
                outdated.append(name)
                stale.append((name, [field for field in fields if field != "*"]))
            if not state.is_reviewed:
                drafts.append(name)
        rows.append(
            {
                "page": page,
                "english_changed_at": english.changed_at if english else None,
                "missing": missing,
                "outdated": outdated,
                "stale_fields": stale,
                "untracked": untracked,
                "drafts": drafts,
            }
        )
    return sorted(rows, key=SORTS.get(sort, SORTS["tree"]))
