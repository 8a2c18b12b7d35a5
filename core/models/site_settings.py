"""Settings editors change in the admin: the organisation's name and contact, the map tiles."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="cog")
class PortalSettings(BaseSiteSetting):
    organisation_name = models.CharField(
        _("organisation name"),
        max_length=200,
        default="Regional Network on Migration for Asia and the Pacific",
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    map_tile_url = models.CharField(
        _("map tile URL"),
        max_length=300,
        blank=True,
        help_text=_("A URL template with {z}, {x} and {y}. Empty: the MAP_TILE_URL environment variable."),
    )
    map_tile_attribution = models.CharField(_("map tile attribution"), max_length=300, blank=True)
    data_licence_name = models.CharField(
        _("licence of the portal's data"),
        max_length=100,
        default="CC BY 4.0",
        help_text=_("Named in every API and data file, with the organisation name as the attribution."),
    )
    data_licence_url = models.URLField(
        _("address of the licence"), max_length=300, default="https://creativecommons.org/licenses/by/4.0/"
    )

    panels = [
        FieldPanel("organisation_name"),
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")], heading=_("Contact")),
        MultiFieldPanel([FieldPanel("map_tile_url"), FieldPanel("map_tile_attribution")], heading=_("Maps")),
        MultiFieldPanel(
            [FieldPanel("data_licence_name"), FieldPanel("data_licence_url")], heading=_("Open data")
        ),
    ]

    class Meta:
        # The table keeps the name it had when the settings lived in the portal app (migration core 0001).
        db_table = "portal_portalsettings"
        verbose_name = _("portal settings")

    def clean(self):
        super().clean()
        url = self.map_tile_url.strip()
        if not url:
            return
        if not url.startswith(("https://", "http://", "/")):
            raise ValidationError({"map_tile_url": _("not a valid http or https address.")})
        if not all(part in url for part in ("{z}", "{x}", "{y}")):
            raise ValidationError({"map_tile_url": self._meta.get_field("map_tile_url").help_text})

    @property
    def tile_url(self):
        return self.map_tile_url or settings.MAP_TILE_URL

    @property
    def tile_attribution(self):
        return self.map_tile_attribution or settings.MAP_TILE_ATTRIBUTION


def settings_for_site(site):
    """A site's settings (None without a site), kept under the content generation: every page and the
    security headers read them, so they cost one cache read instead of a query each."""
    from core import content_cache

    if site is None:
        return None
    return content_cache.remember(("portal-settings", site.pk), lambda: PortalSettings.for_site(site))


def default_site_settings():
    """The default site's settings (what `{% get_settings use_default_site=True %}` reads), or None."""
    from wagtail.models import Site

    from core import content_cache

    def build():
        site = Site.objects.filter(is_default_site=True).first()
        return PortalSettings.for_site(site) if site else None

    return content_cache.remember(("portal-settings", "default-site"), build)
