"""Each page and language is a reviewed translation or a draft; readers of a draft are told so, with the original."""

import datetime

import pytest

from django.utils import timezone

from modeltranslation.utils import build_localized_fieldname

from countries.models import CountryGuidePage
from editorial.models import PageTranslationState
from editorial.selectors import translation_status

NOTICE = "This translation has not yet been reviewed."


@pytest.mark.django_db
def test_demo_translations_are_drafts_and_say_so_with_a_link_to_the_english(client, demo_site):
    html = client.get("/vi/countries/viet-nam/").content.decode()
    assert "Bản dịch này chưa được duyệt." in html
    assert 'href="/en/countries/viet-nam/" hreflang="en"' in html
    assert NOTICE not in client.get("/en/countries/viet-nam/").content.decode()
    # A page with no Burmese text says that instead, not that a translation is a draft.
    burmese = client.get("/my/countries/viet-nam/").content.decode()
    assert "notice--translation" in burmese and "notice--draft" not in burmese


@pytest.mark.django_db
def test_a_reviewed_translation_loses_the_notice_until_its_text_changes(client, demo_site):
    guide = CountryGuidePage.objects.get(iso_code="VN")
    state = PageTranslationState.objects.get(page=guide, language="vi")
    state.reviewed_by, state.reviewed_on = "Nguyễn Thị A", timezone.localdate()
    state.save()
    assert "notice--draft" not in client.get("/vi/countries/viet-nam/").content.decode()
    assert not guide.translation_is_draft("vi")

    state.changed_at = timezone.now() + datetime.timedelta(days=1)  # the Vietnamese text changed after review
    state.save()
    assert "notice--draft" in client.get("/vi/countries/viet-nam/").content.decode()


@pytest.mark.django_db
def test_the_translation_status_report_lists_drafts_per_page_and_language(demo_site):
    guide = CountryGuidePage.objects.get(iso_code="VN")
    (row,) = [row for row in translation_status(["vi", "ko", "my"]) if row["page"].pk == guide.pk]
    assert {str(name) for name in row["drafts"]} == {"Vietnamese", "Korean"}
    assert [str(name) for name in row["missing"]] == ["Burmese"]


@pytest.mark.django_db
def test_home_page_and_menu_titles_exist_in_all_17_languages_as_drafts(client, demo_site):
    from django.conf import settings

    from countries.models import CountryIndexPage
    from home.models import HomePage
    from services.models import ServiceDirectoryPage

    home = HomePage.objects.get()
    menu = [CountryIndexPage.objects.get(), ServiceDirectoryPage.objects.get()]
    for code, _name in settings.LANGUAGES:
        field = build_localized_fieldname("title", code)
        html = client.get(f"/{code}/").content.decode()
        assert getattr(home, field) and getattr(home, field) in html, code
        assert "notice--translation" not in html, code
        assert ("notice--draft" in html) == (code != "en"), code
        for page in menu:
            assert getattr(page, field) in html, (code, page)


NATIONAL_LANGUAGE = {
    "viet-nam": "vi",
    "republic-of-korea": "ko",
    "japan": "ja",
    "thailand": "th",
    "cambodia": "km",
    "lao-pdr": "lo",
    "myanmar": "my",
    "indonesia": "id",
    "malaysia": "ms",
    "philippines": "tl",
    "nepal": "ne",
    "bangladesh": "bn",
}


@pytest.mark.django_db
def test_every_guide_reads_in_its_national_language_and_says_it_is_a_draft(client, demo_site):
    from countries.demo.guides import GUIDES

    english_first_label = {slug: contacts[0][1] for slug, contacts, _summary, _sections in GUIDES.values()}
    pages = [*NATIONAL_LANGUAGE.items(), ("thailand", "my"), ("malaysia", "ne"), ("cambodia", "km")]
    for slug, code in pages:
        html = client.get(f"/{code}/countries/{slug}/").content.decode()
        assert "notice--translation" not in html, (slug, code)
        assert "notice--draft" in html, (slug, code)
        start = html.index('id="emergency-top"')
        box = html[start : html.index("</aside>", start)]
        first_label = box.split('class="contact__label">')[1].split("<")[0]
        assert first_label != english_first_label[slug], (slug, code, first_label)
