"""Country index filter, guide sections and emergency numbers, corridor guides and the page tree rules."""

import re

import pytest

from django.core.exceptions import ValidationError

from countries.models import CorridorGuidePage, CountryGuidePage, CountryIndexPage
from home.models import HomePage, StandardPage


def test_corridors_live_only_under_the_country_index():
    assert CorridorGuidePage.allowed_parent_page_models() == [CountryIndexPage]
    assert CorridorGuidePage.allowed_subpage_models() == []
    assert CorridorGuidePage in CountryIndexPage.allowed_subpage_models()
    assert CorridorGuidePage not in HomePage.allowed_subpage_models()
    assert CorridorGuidePage not in StandardPage.allowed_subpage_models()


@pytest.mark.django_db  # a page's constructor reads its content type
@pytest.mark.parametrize(
    ("origin", "destination", "field"),
    [("XX", "KR", "origin_iso"), ("VN", "KOR", "destination_iso"), ("VN", "vn", "destination_iso")],
)
def test_corridor_codes_are_validated(origin, destination, field):
    page = CorridorGuidePage(
        title="x", slug="x", origin_iso=origin, destination_iso=destination, kind="labour"
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert field in error.value.message_dict


@pytest.mark.django_db
def test_index_filters_without_javascript_and_keeps_all_countries_for_the_script(client, demo_site):
    html = client.get("/en/countries/?q=viet").content.decode()
    items = re.findall(r'<li data-filter-text="([^"]*)"( hidden)?>', html)
    assert len(items) == 12
    shown = [text for text, hidden in items if not hidden]
    assert len(shown) == 1 and shown[0].endswith(" vn")
    assert 'src="/static/js/countries/country-filter.js"' in html or "js/countries/country-filter" in html
    assert "data-country-empty hidden" in html


@pytest.mark.django_db
def test_index_filter_folds_diacritics_in_the_visitors_language(client, demo_site):
    html = client.get("/vi/countries/?q=han quoc").content.decode()
    shown = [
        text for text, hidden in re.findall(r'<li data-filter-text="([^"]*)"( hidden)?>', html) if not hidden
    ]
    assert len(shown) == 1 and "kr" in shown[0]


@pytest.mark.django_db
def test_index_says_so_when_nothing_matches(client, demo_site):
    html = client.get("/en/countries/?q=atlantis").content.decode()
    assert "No country matches your filter." in html
    assert "data-country-empty hidden" not in html


@pytest.mark.django_db
def test_guide_shows_emergency_numbers_first_then_dated_sections(client, demo_site):
    html = client.get("/en/countries/viet-nam/").content.decode()
    emergency = html.index('id="emergency-top"')
    assert emergency < html.index('id="before-you-go"')
    assert 'href="tel:113"' in html
    for anchor in ("before-you-go", "your-rights", "coming-home"):
        assert f'<section id="{anchor}"' in html
        assert f'href="#{anchor}"' in html
    assert html.count('<time datetime="2026-11-01">') == 3


@pytest.mark.django_db
def test_guide_in_korean_uses_korean_text(client, demo_site):
    html = client.get("/ko/countries/republic-of-korea/").content.decode()
    assert "고용허가제" in html
    assert 'href="tel:15771366"' in html


@pytest.mark.django_db
def test_demo_corridors_in_english_vietnamese_and_korean(client, demo_site):
    corridors = CorridorGuidePage.objects.live()
    assert corridors.count() >= 3
    assert set(corridors.values_list("kind", flat=True)) == {"labour", "marriage"}
    html = client.get("/vi/countries/viet-nam-to-republic-of-korea-marriage/").content.decode()
    assert "di cư kết hôn" in html
    # Emergency numbers of both ends, each click-to-call.
    assert 'href="tel:113"' in html and 'href="tel:112"' in html
    assert 'id="before-you-go"' in html
    html = client.get("/ko/countries/viet-nam-to-republic-of-korea-marriage/").content.decode()
    assert "결혼이민" in html


@pytest.mark.django_db
def test_guides_link_their_corridors_and_the_index_lists_them(client, demo_site):
    html = client.get("/en/countries/nepal/").content.decode()
    assert "/en/countries/nepal-to-malaysia-labour/" in html
    html = client.get("/en/countries/").content.decode()
    assert "Cambodia → Thailand: labour migration" in html


@pytest.mark.django_db
def test_guide_query_count_does_not_grow_with_contacts(client, demo_site, django_assert_max_num_queries):
    from countries.models import EmergencyContact

    page = CountryGuidePage.objects.get(iso_code="TH")
    client.get(page.url)
    with django_assert_max_num_queries(40) as few:
        client.get(page.url)
    for number in range(20):
        EmergencyContact.objects.create(
            page=page, kind="hotline", label=f"Line {number}", number=f"1{number}"
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(page.url)


@pytest.mark.django_db
def test_generic_emergency_labels_read_in_every_language(client, demo_site):
    from django.conf import settings

    from modeltranslation.utils import build_localized_fieldname

    from countries.demo.emergency_labels import EMERGENCY_LABELS
    from countries.models import EmergencyContact

    generic = EmergencyContact.objects.filter(label_en__in=EMERGENCY_LABELS)
    assert generic.count() >= 15
    for contact in generic:
        for code, _name in settings.LANGUAGES:
            assert getattr(contact, build_localized_fieldname("label", code)), (contact.label_en, code)
    # Sinhala has no guide translation of its own: the box reads the generic labels.
    html = client.get("/si/countries/thailand/").content.decode()
    start = html.index('id="emergency-top"')
    box = html[start : html.index("</aside>", start)]
    assert "පොලිසිය" in box
