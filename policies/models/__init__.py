"""Models of the policies app: GCM objectives, policy pages, their public updates, translation states."""

from .objectives import GCMObjective
from .pages import POLICY_STATUSES, POLICY_TYPES, PolicyCountry, PolicyIndexPage, PolicyPage, PolicyPageTag
from .translation_state import PageTranslationState
from .updates import PolicyUpdate

__all__ = [
    "GCMObjective",
    "POLICY_STATUSES",
    "POLICY_TYPES",
    "PageTranslationState",
    "PolicyCountry",
    "PolicyIndexPage",
    "PolicyPage",
    "PolicyPageTag",
    "PolicyUpdate",
]
