"""Where services are given: locations with coordinates, their addresses, and service-at-location links."""

from decimal import Decimal

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.search import index

from core.names import is_known_country

from .base import HarvestedRecord, HSDSRecord
from .organizations import Organization


def validate_country(value):
    if not is_known_country(value):
        raise ValidationError(_("%(code)s is not a known ISO 3166-1 country code."), params={"code": value})


class Location(index.Indexed, HSDSRecord, HarvestedRecord, ClusterableModel):
    TYPES = [("physical", _("Physical")), ("postal", _("Postal")), ("virtual", _("Virtual"))]

    organization = models.ForeignKey(
        Organization, on_delete=models.SET_NULL, null=True, blank=True, related_name="locations"
    )
    location_type = models.CharField(_("type"), max_length=10, choices=TYPES, default="physical")
    name = models.CharField(_("name"), max_length=255, blank=True)
    description = models.TextField(_("description"), blank=True)
    transportation = models.TextField(_("how to get there"), blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-90)), MaxValueValidator(Decimal(90))],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-180)), MaxValueValidator(Decimal(180))],
    )
    # Copied from the first address so the directory and the map filter without joining addresses.
    country = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        db_index=True,
        validators=[validate_country],
        help_text=_("ISO 3166-1 alpha-2 code, for example VN or KR. Copied from the first address."),
    )
    city = models.CharField(_("city"), max_length=120, blank=True, db_index=True)

    # The admin's list and the location chooser search these (partial words too).
    search_fields = [
        index.SearchField("name"),
        index.SearchField("city"),
        index.AutocompleteField("name"),
        index.AutocompleteField("city"),
        index.FilterField("country"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("organization"),
        FieldPanel("location_type"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], classname="latlng-widget"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
        FieldPanel("description"),
        FieldPanel("transportation"),
        InlinePanel("addresses", heading=_("Addresses"), label=_("address")),
    ]

    class Meta:
        verbose_name = _("location")
        ordering = ["name"]
        indexes = [models.Index(fields=["latitude", "longitude"], name="services_location_latlng")]

    def __str__(self):
        return self.name or self.city or self.hsds_id


class Address(HSDSRecord):
    """A postal or physical address; postal code and province are optional (many places have neither)."""

    TYPES = [("physical", _("Physical")), ("postal", _("Postal")), ("virtual", _("Virtual"))]

    location = ParentalKey(Location, on_delete=models.CASCADE, related_name="addresses")
    attention = models.CharField(_("attention"), max_length=255, blank=True)
    address_1 = models.CharField(_("address"), max_length=255)
    address_2 = models.CharField(_("address line 2"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=120)
    region = models.CharField(_("region"), max_length=120, blank=True)
    state_province = models.CharField(_("province or state"), max_length=120, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    country = models.CharField(
        _("country"),
        max_length=2,
        validators=[validate_country],
        help_text=_("ISO 3166-1 alpha-2 code, for example VN or KR."),
    )
    address_type = models.CharField(_("type"), max_length=10, choices=TYPES, default="physical")

    panels = [
        FieldPanel("address_1"),
        FieldPanel("address_2"),
        FieldRowPanel([FieldPanel("city"), FieldPanel("state_province"), FieldPanel("postal_code")]),
        FieldRowPanel([FieldPanel("country"), FieldPanel("address_type")]),
    ]

    class Meta:
        verbose_name = _("address")
        verbose_name_plural = _("addresses")
        ordering = ["id"]

    def __str__(self):
        return ", ".join(part for part in (self.address_1, self.city, self.country) if part)


class ServiceAtLocation(HSDSRecord):
    service = ParentalKey("services.Service", on_delete=models.CASCADE, related_name="at_locations")
    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="service_links")
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("location"), FieldPanel("description")]

    class Meta:
        verbose_name = _("service at location")
        verbose_name_plural = _("services at locations")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["service", "location"], name="services_sal_unique"),
        ]

    def __str__(self):
        return f"{self.service} @ {self.location}"
