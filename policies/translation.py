"""Translated fields of the policy models, one column per language (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import GCMObjective, PolicyIndexPage, PolicyPage, PolicyUpdate


@register(GCMObjective)
class GCMObjectiveTR(TranslationOptions):
    fields = ("title", "description")


@register(PolicyIndexPage)
class PolicyIndexPageTR(TranslationOptions):
    fields = ("summary",)


@register(PolicyPage)
class PolicyPageTR(TranslationOptions):
    fields = ("summary", "issuing_body", "body", "change_note")


@register(PolicyUpdate)
class PolicyUpdateTR(TranslationOptions):
    fields = ("note",)
