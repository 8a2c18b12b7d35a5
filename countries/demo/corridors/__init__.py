"""Demo corridor guides, one module per corridor, in English and in the languages of its two countries.

Each module gives SLUG, ORIGIN, DESTINATION, KIND, TEXTS ({language: {"title", "summary", "intro", stage:
blocks}}) and SOURCES: the public page behind each claim, so that an editor can check it. A phone number in a
corridor's text is one of the emergency numbers of its two country guides (countries.demo.guides), which carry
its source and the day it was checked; the corridor page shows those numbers in its emergency boxes.

The texts other than English are translations written for the demo and not yet reviewed: readers see them as
drafts (editorial.models.PageTranslationState) until a reviewer records a review.
"""

from core.demo.tree import upsert_child
from countries.demo.guides import CHECKED
from countries.models import CORRIDOR_STAGES, CorridorGuidePage

from . import (
    cambodia_thailand,
    indonesia_malaysia,
    myanmar_thailand,
    nepal_malaysia,
    viet_nam_japan,
    viet_nam_korea,
)

MODULES = [
    viet_nam_korea,
    nepal_malaysia,
    cambodia_thailand,
    myanmar_thailand,
    indonesia_malaysia,
    viet_nam_japan,
]

STAGE_FIELDS = [prefix for prefix, _anchor, _heading in CORRIDOR_STAGES]

# slug: (origin, destination, kind, {lang: {"title", "summary", "intro", stage: blocks}})
CORRIDORS = {
    module.SLUG: (module.ORIGIN, module.DESTINATION, module.KIND, module.TEXTS) for module in MODULES
}
# slug: [(claim, source URL)]
SOURCES = {module.SLUG: module.SOURCES for module in MODULES}


def corridor_values(origin, destination, kind, texts):
    values = {"origin_iso": origin, "destination_iso": destination, "kind": kind, "show_in_menus": False}
    values["title"] = {lang: text["title"] for lang, text in texts.items()}
    values["summary"] = {lang: text["summary"] for lang, text in texts.items()}
    values["intro"] = {lang: text.get("intro", "") for lang, text in texts.items()}
    for stage in STAGE_FIELDS:
        values[stage] = {lang: text.get(stage, []) for lang, text in texts.items()}
        values[f"{stage}_updated"] = CHECKED if texts["en"].get(stage) else None
    return values


def load(index):
    return [
        upsert_child(index, CorridorGuidePage, slug, corridor_values(origin, destination, kind, texts))
        for slug, (origin, destination, kind, texts) in CORRIDORS.items()
    ]
