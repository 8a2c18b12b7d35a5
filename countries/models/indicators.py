"""Migration-landscape figures: what is measured (Indicator) and one published value (IndicatorValue)."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from core.names import is_aggregate, is_known_country


class Indicator(models.Model):
    """A measure shown on the landscape map, e.g. the international migrant stock."""

    UNITS = [
        ("persons", _("persons")),
        ("usd", _("current US dollars")),
        ("percent", _("per cent")),
    ]

    code = models.SlugField(
        _("code"),
        max_length=60,
        unique=True,
        help_text=_("Used in addresses and CSV files, e.g. migrant-stock."),
    )
    name = models.CharField(_("name"), max_length=200)
    unit = models.CharField(_("unit"), max_length=20, choices=UNITS)
    definition = models.TextField(_("definition"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("unit"),
        FieldPanel("definition"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self):
        return self.name


class IndicatorValue(models.Model):
    """One published figure for one country and year, always with its source."""

    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="values", verbose_name=_("indicator")
    )
    iso_code = models.CharField(
        _("country code"),
        max_length=3,
        help_text=_("ISO 3166-1 alpha-2, e.g. VN."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=4)
    value_female = models.DecimalField(
        _("value, women"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    value_male = models.DecimalField(_("value, men"), max_digits=20, decimal_places=4, null=True, blank=True)
    source_name = models.CharField(_("source"), max_length=300)
    source_edition = models.CharField(_("edition"), max_length=200, blank=True)
    source_url = models.URLField(_("source address"), max_length=500, blank=True)
    licence = models.CharField(_("licence"), max_length=100, blank=True)
    note = models.TextField(_("note"), blank=True)
    caveat = models.CharField(
        _("type of data"),
        max_length=20,
        blank=True,
        help_text=_("How the source derived the estimate, in its own codes, e.g. UN DESA's B, C, I, R."),
    )

    panels = [
        FieldPanel("indicator"),
        FieldRowPanel([FieldPanel("iso_code"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("value"), FieldPanel("value_female"), FieldPanel("value_male")]),
        MultiFieldPanel(
            [
                FieldPanel("source_name"),
                FieldPanel("source_edition"),
                FieldPanel("source_url"),
                FieldPanel("licence"),
            ],
            heading=_("Source"),
        ),
        FieldPanel("note"),
        FieldPanel("caveat"),
    ]

    class Meta:
        ordering = ["indicator__sort_order", "iso_code", "year"]
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "iso_code", "year"], name="one_value_per_country_year"
            )
        ]

    def __str__(self):
        return f"{self.indicator.code} {self.iso_code} {self.year}: {self.value}"

    def clean(self):
        super().clean()
        self.iso_code = (self.iso_code or "").strip().upper()
        if not (is_known_country(self.iso_code) or is_aggregate(self.iso_code)):
            raise ValidationError({"iso_code": _("Enter a valid ISO 3166-1 alpha-2 country code.")})


class CorridorStock(models.Model):
    """Migrants born in one country (origin) living in another (destination) in one year, with its source.

    Origins and destinations are ISO 3166-1 alpha-2 codes. Read by `manage.py import_undesa` from the UN DESA
    origin x destination table; the corridors map and each guide's top destinations and origins read it."""

    origin = models.CharField(_("country of origin"), max_length=2)
    destination = models.CharField(_("country of destination"), max_length=2)
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.PositiveBigIntegerField(_("migrants"))
    source_name = models.CharField(_("source"), max_length=300)
    source_edition = models.CharField(_("edition"), max_length=200, blank=True)
    source_url = models.URLField(_("source address"), max_length=500, blank=True)
    licence = models.CharField(_("licence"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("corridor stock")
        verbose_name_plural = _("corridor stocks")
        constraints = [
            models.UniqueConstraint(
                fields=["origin", "destination", "year"], name="one_stock_per_corridor_year"
            )
        ]
        indexes = [
            models.Index(fields=["origin", "year", "-value"], name="corridor_by_origin"),
            models.Index(fields=["destination", "year", "-value"], name="corridor_by_destination"),
        ]

    def __str__(self):
        return f"{self.origin} -> {self.destination} {self.year}: {self.value}"
