"""The service directory's models, after Open Referral HSDS 3.0 (organisation, service, location...)."""

from .locations import Address, Location, ServiceAtLocation
from .organizations import Organization
from .pages import OpenDataPage, ServiceDirectoryPage
from .reports import ServiceReport
from .services import Language, Phone, Schedule, Service
from .sources import DirectorySource, HarvestRun
from .taxonomy import SERVICE_TYPES, TARGET_GROUPS, Taxonomy, TaxonomyTerm

__all__ = [
    "SERVICE_TYPES",
    "TARGET_GROUPS",
    "Address",
    "DirectorySource",
    "HarvestRun",
    "Language",
    "Location",
    "OpenDataPage",
    "Organization",
    "Phone",
    "Schedule",
    "Service",
    "ServiceAtLocation",
    "ServiceDirectoryPage",
    "ServiceReport",
    "Taxonomy",
    "TaxonomyTerm",
]
