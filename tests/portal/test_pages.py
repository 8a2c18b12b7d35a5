"""The page tree rules, the demo loader, and the pages every visitor sees."""

import re

import pytest

from wagtail.models import Page, Revision
from wagtail.test.utils import WagtailTestUtils  # noqa: F401  (ensures Wagtail's test utilities import)

from countries.models import CountryGuidePage, CountryIndexPage, EmergencyContact
from home.models import HomePage, StandardPage
from tests.factories import CountryIndexPageFactory


def test_home_page_only_under_the_root():
    assert HomePage.allowed_parent_page_models() == [Page]


def test_country_guides_only_under_the_country_index():
    assert CountryGuidePage.allowed_parent_page_models() == [CountryIndexPage]
    assert CountryGuidePage.allowed_subpage_models() == []
    assert CountryIndexPage.allowed_parent_page_models() == [HomePage]


def test_standard_pages_nest_only_under_home_or_standard():
    assert set(StandardPage.allowed_parent_page_models()) == {HomePage, StandardPage}
    assert StandardPage not in CountryIndexPage.allowed_subpage_models()


@pytest.mark.django_db
def test_only_one_home_page(home):
    assert not HomePage.can_create_at(Page.get_first_root_node())


@pytest.mark.django_db
def test_demo_loader_is_idempotent(demo_site, demo_reloaded):
    before, after = demo_reloaded
    for model in (Page, EmergencyContact, CountryGuidePage):
        label = model._meta.label
        assert after[label] == before[label], label
    assert CountryGuidePage.objects.count() == 12
    assert Revision.objects.exists()


@pytest.mark.django_db
def test_demo_guides_translated_for_viet_nam_and_korea(demo_site):
    viet_nam = CountryGuidePage.objects.get(iso_code="VN")
    korea = CountryGuidePage.objects.get(iso_code="KR")
    for page in (viet_nam, korea):
        assert {"en", "vi", "ko"} <= set(page.translated_languages())


@pytest.mark.django_db
def test_guide_rejects_an_unknown_country_code(home):
    from django.core.exceptions import ValidationError

    index = CountryIndexPageFactory(parent=home)
    page = CountryGuidePage(title="Nowhere", slug="nowhere", iso_code="QQ")
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=page)
    assert "iso_code" in error.value.message_dict


@pytest.mark.django_db
def test_emergency_numbers_are_click_to_call(client, demo_site):
    html = client.get("/en/countries/republic-of-korea/").content.decode()
    assert 'href="tel:1577-1366"' not in html
    assert 'href="tel:15771366"' in html


@pytest.mark.django_db
def test_home_page_lists_countries_and_emergency_numbers(client, demo_site, django_assert_max_num_queries):
    with django_assert_max_num_queries(25):
        response = client.get("/en/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Viet Nam" in html or "Vietnam" in html
    assert 'href="tel:113"' in html
    assert 'action="/en/search/"' in html


@pytest.mark.django_db
def test_country_index_filter_works_without_javascript(client, demo_site):
    html = client.get("/vi/countries/", {"q": "viet"}).content.decode()
    # Every country is rendered (so the script can filter without a request); non-matches are hidden.
    visible = re.findall(r'<li data-filter-text="[^"]*"><a href="([^"]+)"', html)
    hidden = re.findall(r'<li data-filter-text="[^"]*" hidden><a href="([^"]+)"', html)
    assert visible == ["/vi/countries/viet-nam/"]
    assert "/vi/countries/japan/" in hidden
