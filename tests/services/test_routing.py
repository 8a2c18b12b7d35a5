"""Service pages are routed by the directory page: their URLs follow its place and slug in the page tree."""

import pytest

from django.utils import translation

from search.models import SearchDocument
from services.importers import import_services
from services.models import Service, ServiceReport
from services.routing import directory_path
from tests.factories import StandardPageFactory

from .factories import hsds_service, uid

pytestmark = pytest.mark.django_db

HSDS_ID = uid("service", "routed")


@pytest.fixture
def service(service_directory):
    import_services([hsds_service("routed", name="Routed legal aid", country="VN")], "en")
    return Service.objects.get(hsds_id=HSDS_ID)


def rename(page, slug):
    page.slug = slug
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_service_pages_live_under_the_directory_page(client, service, service_directory):
    assert directory_path("en") == "/en/services/" and directory_path("vi") == "/vi/services/"
    assert service.get_absolute_url() == f"/en/services/{HSDS_ID}/"
    response = client.get(f"/vi/services/{HSDS_ID}/")
    assert response.status_code == 200 and "Routed legal aid" in response.content.decode()
    assert client.get("/en/services/sources/").status_code == 200
    assert client.get("/en/services/not-a-service/").status_code == 404


def test_renaming_the_directory_moves_the_service_pages_and_the_old_urls_redirect(
    client, service, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail tells of a new slug after the commit
        directory = rename(_directory(), "help")
    new = f"/en/help/{HSDS_ID}/"
    assert service.get_absolute_url() == new
    response = client.get(new)
    assert response.status_code == 200 and "Routed legal aid" in response.content.decode()
    old = client.get(f"/en/services/{HSDS_ID}/?reported=1")
    assert old.status_code == 301 and old["Location"] == f"{new}?reported=1"
    assert client.get("/vi/services/sources/")["Location"] == "/vi/help/sources/"
    # A report posted to the old address keeps its method (308) and lands on the new one.
    assert client.post(f"/en/services/{HSDS_ID}/report/", {"message": "x"}).status_code == 308
    response = client.post(f"{new}report/", {"message": "Closed since May."})
    assert response.status_code == 302 and response["Location"].startswith(new)
    assert ServiceReport.objects.get().message == "Closed since May."
    # Everything that links to a service follows: the map, the sitemap, the search index.
    feature = client.get("/api/services.geojson?country=VN").json()["features"][0]
    assert feature["properties"]["url"] == f"http://testserver{new}"
    assert f"http://testserver{new}" in client.get("/sitemap-services.xml").content.decode()
    assert set(SearchDocument.objects.filter(kind="service").values_list("url", flat=True)) == {new}
    assert directory.get_url() == "/en/help/"


def test_moving_the_directory_page_moves_the_service_pages(client, service, home):
    about = StandardPageFactory(parent=home, slug="about")
    _directory().move(about, pos="last-child")
    assert service.get_absolute_url() == f"/en/about/services/{HSDS_ID}/"
    assert client.get(f"/en/about/services/{HSDS_ID}/").status_code == 200
    urls = set(SearchDocument.objects.filter(kind="service").values_list("url", flat=True))
    assert urls == {f"/en/about/services/{HSDS_ID}/"}
    assert client.get(f"/en/services/{HSDS_ID}/")["Location"] == f"/en/about/services/{HSDS_ID}/"


def test_the_directory_path_is_read_once_then_cached(service, django_assert_num_queries):
    directory_path("ko")
    with django_assert_num_queries(0):
        assert directory_path("ko") == "/ko/services/"
        with translation.override("ko"):
            assert service.get_absolute_url() == f"/ko/services/{HSDS_ID}/"


def test_within_a_request_the_directory_path_is_read_from_the_cache_once_per_language(service, monkeypatch):
    from core import content_cache
    from services import routing

    reads = []
    real_get = routing.cache.get

    def get(key, *args, **kwargs):
        if str(key).startswith("services:directory-path"):
            reads.append(key)
        return real_get(key, *args, **kwargs)

    monkeypatch.setattr(routing.cache, "get", get)
    with content_cache.request_scope():
        assert directory_path("ko") == "/ko/services/"
        first = len(reads)
        assert first > 0
        for _ in range(4):
            assert directory_path("ko") == "/ko/services/"
        assert len(reads) == first
        assert directory_path("vi") == "/vi/services/" and len(reads) > first
        # A move within the same request (an editor's POST) is seen at once.
        directory = _directory()
        directory.slug = "help"
        directory.save()
        assert directory_path("ko") == "/ko/help/"
    outside = len(reads)
    directory_path("ko")
    directory_path("ko")
    assert len(reads) >= outside + 2  # outside a request scope, the shared cache is read each time


def test_geolocation_is_allowed_by_the_directory_and_its_routes_only(client, service):
    for url in ("/en/services/", f"/en/services/{HSDS_ID}/", "/en/services/sources/"):
        assert "geolocation=(self)" in client.get(url)["Permissions-Policy"], url
    assert "geolocation=()" in client.get("/en/")["Permissions-Policy"]


def test_without_a_directory_page_services_have_no_page(client, home):
    import_services([hsds_service("routed", name="Routed legal aid", country="VN")], "en")
    assert Service.objects.get(hsds_id=HSDS_ID).get_absolute_url() == ""
    assert client.get(f"/en/services/{HSDS_ID}/").status_code == 404
    assert client.get("/api/services.geojson").json()["features"][0]["properties"]["url"] is None


def _directory():
    from services.models import ServiceDirectoryPage

    return ServiceDirectoryPage.objects.get()
