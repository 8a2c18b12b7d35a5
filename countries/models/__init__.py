"""Country pages, corridor guides, the contacts they carry, and the migration-landscape data."""

from .corridors import CORRIDOR_STAGES, CorridorGuidePage
from .indicators import CorridorStock, Indicator, IndicatorValue
from .landscape import LandscapeMapPage
from .pages import STAGES, CountryGuidePage, CountryIndexPage, EmergencyContact

__all__ = [
    "CORRIDOR_STAGES",
    "STAGES",
    "CorridorGuidePage",
    "CorridorStock",
    "CountryGuidePage",
    "CountryIndexPage",
    "EmergencyContact",
    "Indicator",
    "IndicatorValue",
    "LandscapeMapPage",
]
