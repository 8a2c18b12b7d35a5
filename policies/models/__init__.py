"""Models of the policies app: GCM objectives, policy pages, their public updates."""

from .objectives import GCMObjective
from .pages import POLICY_STATUSES, POLICY_TYPES, PolicyCountry, PolicyIndexPage, PolicyPage, PolicyPageTag
from .updates import PolicyUpdate

__all__ = [
    "GCMObjective",
    "POLICY_STATUSES",
    "POLICY_TYPES",
    "PolicyCountry",
    "PolicyIndexPage",
    "PolicyPage",
    "PolicyPageTag",
    "PolicyUpdate",
]
