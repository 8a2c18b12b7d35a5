"""Error pages: in the visitor's language, with the header, search, languages, guides and emergency numbers."""

import pytest

from django.core.cache import cache
from django.test import Client, RequestFactory
from django.urls import get_resolver

from countries.models import EmergencyContact
from portal import errors
from tests.factories import CountryGuidePageFactory


@pytest.fixture
def guide(home):
    cache.clear()
    page = CountryGuidePageFactory(iso_code="VN", title="Viet Nam guide", parent__parent=home)
    EmergencyContact.objects.create(page=page, kind="police", label="Police", number="113")
    yield page
    cache.clear()


def assert_full_error_page(response, status, language, title):
    html = response.content.decode()
    assert response.status_code == status
    assert f'<html lang="{language}"' in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert f"<h1>{title}</h1>" in html
    assert 'class="site-header"' in html
    assert f'action="/{language}/search/"' in html  # search
    assert 'class="language-switcher"' in html and 'hreflang="ur"' in html  # the language switch
    assert 'href="tel:113"' in html  # the region's emergency numbers
    assert "data-quick-exit" in html
    return html


@pytest.mark.django_db
def test_404_in_the_language_of_the_path(client, guide):
    response = client.get("/vi/no-such-page/")
    html = assert_full_error_page(response, 404, "vi", "Không tìm thấy trang")
    assert f'href="{guide.url}"' in html  # the country guides
    assert 'href="/ur/no-such-page/"' in html  # the switch keeps the visitor on the same address


@pytest.mark.django_db
def test_404_without_a_prefix_follows_accept_language(client, guide):
    response = client.get("/no-such-page.php", HTTP_ACCEPT_LANGUAGE="ko-KR,ko;q=0.9")
    assert_full_error_page(response, 404, "ko", "페이지를 찾을 수 없습니다")


@pytest.mark.django_db
def test_urdu_error_page_is_right_to_left(client, guide):
    html = client.get("/ur/no-such-page/").content.decode()
    assert '<html lang="ur" dir="rtl">' in html


@pytest.mark.django_db
def test_400_handler(guide):
    response = errors.bad_request(RequestFactory().get("/th/services/?page=%ff"))
    assert_full_error_page(response, 400, "th", "คำขอไม่ถูกต้อง")


@pytest.mark.django_db
def test_403_handler(guide):
    request = RequestFactory().get("/my/somewhere/")
    response = errors.permission_denied(request)
    assert_full_error_page(response, 403, "my", "ဝင်ခွင့်မရှိပါ")


@pytest.mark.django_db
def test_csrf_failure_page(guide):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/ne/", {"q": "x"})
    assert_full_error_page(response, 403, "ne", "फारमको समय सकियो")


@pytest.mark.django_db
def test_500_renders_without_the_database(guide, django_db_blocker, django_assert_num_queries):
    Client().get("/id/no-such-page/")  # any page that could read the guides keeps a copy for the 500 page
    request = RequestFactory().get("/id/services/")
    with django_assert_num_queries(0), django_db_blocker.block():
        response = errors.server_error(request)
    assert_full_error_page(response, 500, "id", "Terjadi kesalahan")


@pytest.mark.django_db
def test_500_with_nothing_cached_still_has_header_and_search(home, django_db_blocker):
    cache.clear()
    with django_db_blocker.block():
        response = errors.server_error(RequestFactory().get("/vi/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert 'action="/vi/search/"' in html and 'class="language-switcher"' in html


@pytest.mark.django_db
def test_an_uncaught_exception_gives_the_portal_500_page(guide, monkeypatch):
    from home.models import HomePage

    def broken(*args, **kwargs):
        raise RuntimeError("broken")

    monkeypatch.setattr(HomePage, "serve", broken)
    Client().get("/vi/no-such-page/")
    client = Client(raise_request_exception=False)
    response = client.get("/vi/")
    assert response.status_code == 500
    assert "<h1>Đã xảy ra lỗi</h1>" in response.content.decode()


def test_every_error_handler_is_the_portal_s():
    resolver = get_resolver()
    for status in (400, 403, 404, 500):
        assert resolver.resolve_error_handler(status).__module__ == "portal.errors"


@pytest.mark.django_db
def test_500_renders_when_the_cache_server_is_down(home, django_db_blocker, monkeypatch):
    def down(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(errors.cache, "get", down)
    with django_db_blocker.block():
        response = errors.server_error(RequestFactory().get("/vi/"))
    assert response.status_code == 500
    assert "<h1>Đã xảy ra lỗi</h1>" in response.content.decode()
