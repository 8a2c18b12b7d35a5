"""Models every app builds on: the abstract base page and the site settings."""

from .pages import BasePage
from .site_settings import PortalSettings

__all__ = ["BasePage", "PortalSettings"]
