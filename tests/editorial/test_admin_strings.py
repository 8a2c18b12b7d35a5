"""The admin's own strings (libraries' strings our languages lack) are translated by the portal's catalogues."""

from pathlib import Path

import pytest

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import to_locale

import wagtail

from editorial.admin_strings import ADMIN_STRINGS, COPY_CONTENT_FROM, TOTP_DEVICES

WAGTAIL_LOCALES = {path.name for path in (Path(wagtail.__file__).parent / "admin" / "locale").iterdir()}
# The languages Wagtail's admin itself speaks among ours (its catalogues), where every admin screen is expected
# to read in the editor's language.
ADMIN_LANGUAGES = [
    code for code, _name in settings.LANGUAGES if code != "en" and to_locale(code) in WAGTAIL_LOCALES
]


def test_wagtails_admin_languages_among_ours_are_known():
    assert {"th", "vi", "my", "zh-hans"} <= set(ADMIN_LANGUAGES)


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_every_admin_string_is_translated(language):
    with translation.override("en"):
        english = [str(string) for string in ADMIN_STRINGS]
    with translation.override(language):
        translated = [str(string) for string in ADMIN_STRINGS]
    assert [text for text, shown in zip(english, translated, strict=True) if text == shown] == []


@pytest.mark.django_db
def test_the_copy_label_and_the_device_menu_use_the_portals_strings(admin_client, make_policy):
    page = make_policy()
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert '"copyContentFrom": "Copy content from"' in html  # translator.js writes it over the library's
    devices = admin_client.get(reverse("two_factor_devices:index")).content.decode()
    assert str(TOTP_DEVICES) in devices and str(COPY_CONTENT_FROM) == "Copy content from"
