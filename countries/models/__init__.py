"""Country pages, corridor guides, the contacts they carry, and the migration-landscape data."""

from .corridors import CORRIDOR_STAGES, CorridorGuidePage
from .pages import STAGES, CountryGuidePage, CountryIndexPage, EmergencyContact

__all__ = [
    "CORRIDOR_STAGES",
    "STAGES",
    "CorridorGuidePage",
    "CountryGuidePage",
    "CountryIndexPage",
    "EmergencyContact",
]
