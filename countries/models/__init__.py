"""Country pages and the contacts they carry."""

from .pages import STAGES, CountryGuidePage, CountryIndexPage, EmergencyContact

__all__ = ["STAGES", "CountryGuidePage", "CountryIndexPage", "EmergencyContact"]
