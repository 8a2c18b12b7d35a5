"""The public directory, service pages, the report form, the embed and its framing rules, the demo."""

import datetime

import pytest

from services.models import Service, ServiceDirectoryPage, ServiceReport
from services.opening import is_open_now
from services.selectors import services_for_countries

from .factories import uid

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(demo_site):
    return ServiceDirectoryPage.objects.get()


def test_demo_has_reachable_services_in_the_twelve_countries(demo_site):
    assert Service.objects.count() >= 25
    countries = set(Service.objects.values_list("at_locations__location__country", flat=True))
    assert {"VN", "KR", "JP", "TH", "MY", "KH", "NP", "PH", "ID", "MM", "BD", "LA"} <= countries
    danuri = Service.objects.get(phones__number="1577-1366")
    assert danuri.name_ko == "다누리콜센터 1577-1366"
    assert Service.objects.filter(name_vi__startswith="Tổng đài 111: đường dây nóng").exists()


def test_demo_loader_is_idempotent(demo_site, demo_reloaded):
    before, after = demo_reloaded
    for model in (Service, ServiceDirectoryPage):
        label = model._meta.label
        assert after[label] == before[label], label
    assert ServiceDirectoryPage.objects.count() == 1


def test_directory_filters_without_javascript(client, directory, django_assert_max_num_queries):
    url = directory.get_url()
    response = client.get(url)
    assert response.status_code == 200
    with django_assert_max_num_queries(40):
        response = client.get(url, {"country": "KR", "type": "hotline"})
    names = [item["name"] for item in response.context["items"]]
    assert "Danuri Call Center 1577-1366" in names
    assert all("Peace House" not in n for n in names)
    content = response.content.decode()
    assert 'href="tel:15771366"' in content
    assert "Open now" in content or "Closed now" in content
    assert "Not yet verified" in content
    free = client.get(url, {"free": "on", "group": "women", "language": "ko"}).context["items"]
    assert free and all(item["is_free"] for item in free)


def test_directory_bad_filters_do_not_fail(client, directory):
    response = client.get(directory.get_url(), {"country": "XX", "type": "<script>", "page": "abc"})
    assert response.status_code == 200
    assert "Some filters were not understood" in response.content.decode()


def test_directory_list_view_loads_no_map_script(client, directory):
    content = client.get(directory.get_url()).content.decode()
    assert "leaflet" not in content and "topojson" not in content
    assert "js/services/directory" in content and 'id="service-map"' not in content


def test_directory_map_view_and_embed_panel(client, directory):
    content = client.get(directory.get_url(), {"view": "map", "country": "VN"}).content.decode()
    assert 'id="service-map"' in content and "country=VN" in content
    assert "leaflet/leaflet.js" in content and "leaflet.markercluster.js" in content
    assert (
        "/embed/services/?lang=en&amp;amp;country=VN" in content
        or "/embed/services/?lang=en&amp;country=VN" in content
    )


def test_detail_page_in_vietnamese(client, demo_site):
    hsds_id = Service.objects.get(phones__number="111").hsds_id
    response = client.get(f"/vi/services/{hsds_id}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Tổng đài quốc gia bảo vệ trẻ em 111" in content
    assert 'href="tel:111"' in content and "geo:" in content and "openstreetmap.org/directions" in content
    assert "leaflet" not in content.lower()  # no map on this page: no render-blocking map styles either
    assert client.get("/vi/services/not-a-service/").status_code == 404


def test_report_wrong_information(client, demo_site):
    service = Service.objects.get(phones__number="1345")
    url = f"/en/services/{service.hsds_id}/report/"
    # The service's page links to the form on its own page: it holds no form and no token, so it can be kept.
    detail = client.get(f"/en/services/{service.hsds_id}/").content.decode()
    assert f'href="{url}"' in detail and "csrfmiddlewaretoken" not in detail and "<form method" not in detail
    form = client.get(url)
    assert form.status_code == 200 and "csrfmiddlewaretoken" in form.content.decode()
    assert f'action="{url}"' in form.content.decode() and service.name in form.content.decode()
    response = client.post(url, {"message": "The number has changed.", "contact": ""})
    assert response.status_code == 302 and "reported=1" in response["Location"]
    report = ServiceReport.objects.get()
    assert (report.service, report.status, report.language) == (service, "new", "en")
    # A robot fills the honeypot: thanked, not stored.
    client.post(url, {"message": "spam", "website": "http://spam.example"})
    assert ServiceReport.objects.count() == 1
    invalid = client.post(url, {"message": ""})
    assert invalid.status_code == 400 and "field-error" in invalid.content.decode()
    assert client.put(url).status_code == 405
    thanked = client.get(response["Location"]).content.decode()
    assert "An editor will check this service." in thanked


def test_embed_is_frameable_but_the_directory_is_not(client, directory):
    embed = client.get("/embed/services/", {"country": "KR", "type": "hotline", "lang": "ko"})
    assert embed.status_code == 200
    assert "X-Frame-Options" not in embed.headers
    content = embed.content.decode()
    assert "다누리콜센터" in content and 'class="site-header"' not in content
    page = client.get(directory.get_url())
    assert page.headers["X-Frame-Options"] == "DENY"


def test_open_now_uses_the_country_time_zone():
    class Hours:
        freq, byday, valid_from, valid_to = "WEEKLY", "MO,TU,WE,TH,FR", None, None
        opens_at, closes_at = datetime.time(8), datetime.time(17)

    monday_0200_utc = datetime.datetime(2026, 11, 23, 2, 0, tzinfo=datetime.UTC)  # 09:00 in Hà Nội
    assert is_open_now([Hours()], "VN", monday_0200_utc) is True
    assert is_open_now([Hours()], "GB", monday_0200_utc) is None
    assert is_open_now([Hours()], "KR", datetime.datetime(2026, 11, 23, 9, 0, tzinfo=datetime.UTC)) is False
    assert is_open_now([], "VN") is None


def test_services_for_countries(demo_site, django_assert_num_queries):
    with django_assert_num_queries(1):
        services = list(services_for_countries(["np", "LA"], limit=3))
    assert len(services) == 3
    assert {s.hsds_id for s in services_for_countries(["LA"])} >= {
        s.hsds_id for s in Service.objects.filter(at_locations__location__country="LA")
    }
    assert uid("nothing", "here") not in {s.hsds_id for s in services}


def test_service_knows_its_public_url_in_the_active_language(service_directory):
    from django.utils import translation

    from services.models import Service

    with translation.override("vi"):
        assert Service(hsds_id="abc-123").get_absolute_url() == "/vi/services/abc-123/"


def test_directory_filters_sit_behind_a_disclosure_with_the_number_chosen(client, directory):
    html = client.get(directory.get_url(), {"country": "KR", "type": "hotline"}).content.decode()
    assert "<summary>Filters (2)</summary>" in html
    start = html.index('<details class="filters">')
    details = html[start : html.index("</details>", start)]
    assert 'class="service-filters"' in details and "data-filter-form" in details
    assert "data-result-count" in html
