"""Translated fields of the service directory (one column per language, django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    Location,
    OpenDataPage,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceDirectoryPage,
    TaxonomyTerm,
)


@register(Organization)
class OrganizationTR(TranslationOptions):
    fields = ("name", "description")


@register(Service)
class ServiceTR(TranslationOptions):
    fields = ("name", "description", "eligibility_description", "application_process", "fees_description")


@register(Location)
class LocationTR(TranslationOptions):
    fields = ("name", "description", "transportation")


@register(Phone)
class PhoneTR(TranslationOptions):
    fields = ("description",)


@register(Schedule)
class ScheduleTR(TranslationOptions):
    fields = ("description", "notes")


@register(TaxonomyTerm)
class TaxonomyTermTR(TranslationOptions):
    fields = ("name", "description")


@register(ServiceDirectoryPage)
class ServiceDirectoryPageTR(TranslationOptions):
    fields = ("summary", "intro")


@register(OpenDataPage)
class OpenDataPageTR(TranslationOptions):
    fields = ("summary", "intro", "body")
