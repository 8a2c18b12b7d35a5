"""Translated fields of the country models."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    CORRIDOR_STAGES,
    STAGES,
    CorridorGuidePage,
    CountryGuidePage,
    CountryIndexPage,
    EmergencyContact,
    Indicator,
    LandscapeMapPage,
)


@register(CountryIndexPage)
class CountryIndexPageTR(TranslationOptions):
    fields = ("summary",)


@register(CountryGuidePage)
class CountryGuidePageTR(TranslationOptions):
    fields = ("summary", "intro", *[prefix for prefix, _anchor, _heading in STAGES])


@register(EmergencyContact)
class EmergencyContactTR(TranslationOptions):
    fields = ("label", "note")


@register(CorridorGuidePage)
class CorridorGuidePageTR(TranslationOptions):
    fields = ("summary", "intro", *[prefix for prefix, _anchor, _heading in CORRIDOR_STAGES])


@register(Indicator)
class IndicatorTR(TranslationOptions):
    fields = ("name", "definition")


@register(LandscapeMapPage)
class LandscapeMapPageTR(TranslationOptions):
    fields = ("summary", "intro")
