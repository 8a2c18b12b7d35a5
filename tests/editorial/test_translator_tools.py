"""The editor's language toggle: labels it can match for every language, and the translator tools it loads."""

import json

import pytest

from django.urls import reverse

from core.translated import localized_column, translated_fields
from policies.models import PolicyPage
from tests.policies.admin_utils import user_in


def test_every_translated_label_ends_in_its_language_code():
    """The toggle finds a field's language by "[code]": Indonesian's label said "[ind]" and never hid."""
    assert str(PolicyPage._meta.get_field("summary_ind").verbose_name).endswith("[id]")
    assert str(PolicyPage._meta.get_field("summary_zh_hans").verbose_name).endswith("[zh-hans]")
    assert str(PolicyPage._meta.get_field("title_zh_hant").verbose_name).endswith("[zh-hant]")


def test_one_helper_names_the_columns():
    assert localized_column("title", "id") == "title_ind"
    assert localized_column("title", "zh-hans") == "title_zh_hans"
    assert "summary" in translated_fields(PolicyPage) and "slug" not in translated_fields(PolicyPage)


def test_the_chosen_languages_are_restored_after_saving(settings):
    from wagtail_modeltranslation import settings as wmt_settings

    assert wmt_settings.LOCALE_PICKER_RESTORE is True


@pytest.mark.django_db
def test_the_editor_loads_the_translator_tools_with_language_names(client, make_policy):
    page = make_policy("Overseas workers law")
    client.force_login(user_in("Editors"))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "js/editorial/translator.js" in html
    settings_json = html.split('id="editorial-translator-settings" type="application/json">')[1].split(
        "</script>"
    )[0]
    names = {language["code"]: language["name"] for language in json.loads(settings_json)["languages"]}
    assert names["vi"] == "Tiếng Việt" and names["tl"] == "Filipino" and names["id"] == "Bahasa Indonesia"
    assert "summary [id]" in html.lower() or "Summary [id]" in html
    assert "[ind]" not in html
