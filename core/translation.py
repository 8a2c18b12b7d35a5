"""Which fields of the core models are translated, one column per language (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import PortalSettings


@register(PortalSettings)
class PortalSettingsTR(TranslationOptions):
    fields = ("organisation_name",)
