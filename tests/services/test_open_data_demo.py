"""On the demo: a validator over every page type (strict HTML5) and every public data URL (HSDS schemas,
GeoJSON with shapely, Atom with feedparser), the sitemap, and the open data page in English and Vietnamese."""

import feedparser
import html5lib
import pytest
import shapely.geometry

from services.hsds import official_validator
from services.models import Service

pytestmark = pytest.mark.django_db


def _strict(url, content):
    try:
        html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(content)
    except html5lib.html5parser.ParseError as error:
        raise AssertionError(f"{url}: {error}") from None


def test_every_page_type_is_strict_html5_and_every_data_url_validates(client, demo_site):
    from wagtail.models import Page

    first_of_type = {}
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        if page.get_url():
            first_of_type.setdefault(type(page).__name__, page)
    assert "OpenDataPage" in first_of_type
    checked = 0
    for name, page in first_of_type.items():
        languages = set(getattr(page, "translated_languages", lambda: ["en"])()) | {"ur"}
        for language in sorted(languages):
            url = page.get_url().replace("/en/", f"/{language}/", 1)
            response = client.get(url)
            assert response.status_code == 200, (name, url)
            _strict(url, response.content)
            checked += 1
    for url in (
        "/en/search/?q=visa",
        "/vi/updates/",
        "/en/services/?country=VN&view=map",
        "/embed/services/?lang=ur",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        _strict(url, response.content)
    assert checked >= 10

    # HSDS: every list and one record of each kind, against the official schemas.
    for path, item_schema in (
        ("services", "compiled/service_list"),
        ("organizations", "compiled/organization_list"),
        ("taxonomies", "taxonomy"),
        ("taxonomy_terms", "taxonomy_term"),
        ("service_at_locations", "compiled/service_at_location_list"),
    ):
        data = client.get(f"/api/hsds/{path}?per_page=200&lang=vi").json()
        assert data["license"]["name"] and data["attribution"]
        for item in data["contents"]:
            errors = list(official_validator(item_schema).iter_errors(item))
            assert not errors, (path, item.get("id"), errors[0].message)
    first = client.get("/api/hsds/services?per_page=1").json()["contents"][0]["id"]
    assert not list(
        official_validator("compiled/service").iter_errors(client.get(f"/api/hsds/services/{first}").json())
    )

    # GeoJSON: valid geometries in lon,lat order, absolute links, the licence.
    geojson = client.get("/api/services.geojson?lang=vi").json()
    assert geojson["license"] and geojson["features"]
    for feature in geojson["features"]:
        point = shapely.geometry.shape(feature["geometry"])
        assert point.is_valid and -180 <= point.x <= 180 and -90 <= point.y <= 90
        assert feature["properties"]["url"].startswith("http://testserver/vi/services/")
    pacific = client.get("/api/services.geojson?bbox=100,-50,-120,50")
    assert pacific.status_code == 200

    # Atom: every feed kind reads cleanly in a feed reader, with an author.
    for url in (
        "/vi/updates/feed/",
        "/en/updates/feed/country/VN/",
        "/th/updates/feed/objective/6/",
        "/ur/updates/feed/type/law/",
    ):
        parsed = feedparser.parse(client.get(url).content)
        assert not parsed.bozo and parsed.version == "atom10" and parsed.feed.author, url

    # Sitemap: the index, each section parses, and every service page listed answers.
    assert client.get("/robots.txt").status_code == 200
    assert b"<sitemapindex" in client.get("/sitemap.xml").content
    services = client.get("/sitemap-services.xml").content.decode()
    assert (
        services.count("<url>") >= Service.objects.filter(status="active").count() > 20
        and "/vi/services/" in services
        and "/ko/services/" in services
    )


def test_the_demo_has_the_open_data_page_in_english_and_vietnamese(client, demo_site):
    en = client.get("/en/open-data/").content.decode()
    vi = client.get("/vi/open-data/").content.decode()
    assert "<h1>Open data and embeds</h1>" in en and "<h1>Dữ liệu mở và mã nhúng</h1>" in vi
    assert 'hreflang="vi"' in en and "notice--translation" not in vi
    assert "/data/hsds-3.0.zip" in vi and 'id="embed-preview"' in vi
    from countries.models import CountryGuidePage

    guide_page = CountryGuidePage.objects.live().get(iso_code="VN")
    guide = client.get(guide_page.get_url().replace("/en/", "/vi/", 1)).content.decode()
    assert 'href="/vi/updates/feed/country/VN/"' in guide
