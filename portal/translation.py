"""Which fields of the portal's models are translated, one column per language (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import HomePage, PortalSettings, StandardPage


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("summary", "intro", "body")


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("summary", "body")


@register(PortalSettings)
class PortalSettingsTR(TranslationOptions):
    fields = ("organisation_name",)
