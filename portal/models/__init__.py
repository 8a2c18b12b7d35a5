"""Models shared by the whole site: the abstract base page, the home and standard pages, site settings."""

from .pages import BasePage, HomePage, StandardPage
from .site_settings import PortalSettings

__all__ = ["BasePage", "HomePage", "StandardPage", "PortalSettings"]
