"""Every language is served under its own prefix, with the right lang and dir, and a working switcher."""

import re

import pytest

from django.conf import settings
from django.utils.translation import get_language_info

ALL_CODES = [code for code, _name in settings.LANGUAGES]


def test_seventeen_languages_urdu_the_only_rtl():
    assert len(ALL_CODES) == 17
    assert [code for code in ALL_CODES if get_language_info(code)["bidi"]] == ["ur"]


@pytest.mark.parametrize(
    ("code", "name_local"), [("lo", "ລາວ"), ("tl", "Filipino"), ("si", "සිංහල"), ("km", "ខ្មែរ")]
)
def test_languages_django_lacks_have_their_own_names(code, name_local):
    assert get_language_info(code)["name_local"] == name_local


@pytest.mark.django_db
def test_home_page_served_in_every_language(client, demo_site):
    # One test for the 17 languages: the demo takes 20 s to load, the 17 requests a second.
    wrong = {}
    for code in ALL_CODES:
        response = client.get(f"/{code}/")
        expected_dir = "rtl" if code == "ur" else "ltr"
        if response.status_code != 200:
            wrong[code] = response.status_code
        elif f'<html lang="{code}" dir="{expected_dir}">' not in response.content.decode():
            wrong[code] = f"no <html lang={code} dir={expected_dir}>"
    assert wrong == {}


@pytest.mark.django_db
def test_root_redirects_to_default_language(client, home):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


@pytest.mark.django_db
def test_switcher_keeps_the_visitor_on_the_same_page(client, demo_site):
    html = client.get("/vi/countries/viet-nam/?q=x").content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    links = re.findall(r'<a href="([^"]+)" lang="([^"]+)"', switcher)
    assert len(links) == 17
    for href, code in links:
        assert href == f"/{code}/countries/viet-nam/?q=x"


@pytest.mark.django_db
def test_switcher_marks_the_current_language_and_escapes_the_address(client, demo_site):
    html = client.get("/vi/countries/viet-nam/?q=a&page=2").content.decode()
    switcher = html[html.index('class="language-switcher"') : html.index("</details>")]
    assert re.findall(r'<a [^>]*aria-current="true"[^>]*>([^<]+)</a>', switcher) == ["Tiếng Việt"]
    assert '<a href="/en/countries/viet-nam/?q=a&amp;page=2" lang="en" hreflang="en">English</a>' in switcher


@pytest.mark.django_db
def test_hreflang_lists_the_languages_the_page_exists_in(client, demo_site):
    html = client.get("/en/countries/viet-nam/").content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))
    assert alternates == {
        "en": "http://testserver/en/countries/viet-nam/",
        "vi": "http://testserver/vi/countries/viet-nam/",
        "ko": "http://testserver/ko/countries/viet-nam/",
        "x-default": "http://testserver/en/countries/viet-nam/",
    }


@pytest.mark.django_db
def test_untranslated_page_falls_back_to_english_with_a_notice(client, demo_site):
    html = client.get("/th/countries/japan/").content.decode()
    assert 'class="notice notice--translation"' in html
    assert "Japan" in html  # the English title, shown as the fallback
    assert '<div lang="en" dir="ltr">' in html


@pytest.mark.django_db
def test_translated_page_has_no_fallback_notice(client, demo_site):
    html = client.get("/vi/countries/viet-nam/").content.decode()
    assert "notice--translation" not in html
    assert "Cục Quản lý lao động ngoài nước" in html


@pytest.mark.django_db
def test_fallback_notice_is_in_the_visitors_language(client, demo_site):
    from django.utils import translation

    with translation.override("vi"):
        from django.utils.translation import gettext

        english = "This page is not yet available in %(language)s. It is shown in English."
        expected = gettext(english)
    assert expected != english, "the notice must be translated into Vietnamese"
    html = client.get("/vi/countries/japan/").content.decode()
    # the language's name is isolated in <bdi>, so that it reads in order in a sentence of the other direction
    name = get_language_info("vi")["name_local"]
    assert expected.replace("%(language)s", f'<bdi lang="vi">{name}</bdi>') in html
