"""Issue 22, item 10: the admin's own strings come from the portal's catalogues, and fields that need a format
or a code say which."""

import pytest

from django.apps import apps
from django.conf import settings
from django.utils.functional import Promise

# Fields whose value has a format or a code an editor cannot guess.
NEEDS_HELP = [
    ("policies.PolicyPage", "issuing_body"),
    ("policies.PolicyPage", "date_adopted"),
    ("policies.PolicyPage", "date_in_force"),
    ("policies.PolicyCountry", "iso_code"),
    ("services.Location", "country"),
    ("services.Address", "country"),
    ("services.Language", "code"),
    ("services.Phone", "number"),
    ("countries.CountryGuidePage", "iso_code"),
    ("countries.EmergencyContact", "number"),
]


def our_fields():
    for model in apps.get_models():
        if model._meta.app_label not in settings.PROJECT_APPS:
            continue
        for field in model._meta.get_fields():
            if getattr(field, "concrete", False) and not field.auto_created and field.model is model:
                yield model, field


def test_every_verbose_name_and_help_text_of_our_models_is_translatable():
    untranslatable = []
    for model, field in our_fields():
        derived = field.name.replace("_", " ")  # Django's own default, left when none is given
        if (
            field.verbose_name
            and field.verbose_name != derived
            and not isinstance(field.verbose_name, Promise)
        ):
            untranslatable.append(f"{model.__name__}.{field.name}: verbose_name {field.verbose_name!r}")
        if field.help_text and not isinstance(field.help_text, Promise):
            untranslatable.append(f"{model.__name__}.{field.name}: help_text {field.help_text!r}")
    assert untranslatable == []


@pytest.mark.parametrize(("model", "field"), NEEDS_HELP)
def test_fields_with_a_format_or_a_code_say_which(model, field):
    help_text = apps.get_model(model)._meta.get_field(field).help_text
    assert help_text, f"{model}.{field} has no help text"
    assert isinstance(help_text, Promise)
