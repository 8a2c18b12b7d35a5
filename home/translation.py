"""Which fields of the site-wide pages are translated, one column per language (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import HomePage, StandardPage


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("summary", "intro", "body")


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("summary", "body")
