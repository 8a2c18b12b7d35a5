"""The "Open data and embeds" page, its embed builder, the bulk HSDS download, sitemap.xml, robots.txt,
rel=canonical and strict HTML on the pages this issue touched."""

import io
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

import html5lib
import pytest

from django.test import override_settings

from services.hsds import official_validator
from services.importers import import_services
from services.models import OpenDataPage
from services.open_data import build_hsds_download
from tests.factories import (
    CountryGuidePageFactory,
    CountryIndexPageFactory,
    OpenDataPageFactory,
    StandardPageFactory,
)

from .factories import hsds_service, uid

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def services(service_directory):
    import_services(
        [hsds_service("hanoi"), hsds_service("seoul", name="Seoul shelter", country="KR", lat=37.5, lng=127)]
    )
    import_services([hsds_service("hanoi", name="Trợ giúp pháp lý")], language="vi")


@pytest.fixture
def open_data(home, services):
    page = OpenDataPageFactory(parent=home, slug="open-data", title="Open data and embeds")
    page.title_vi = "Dữ liệu mở và mã nhúng"
    page.save_revision().publish()
    return page


def strict_html(content):
    """html5lib's strict parser raises on any parse error (what the Nu checker reports as errors first)."""
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(content)
    return content.decode()


def test_open_data_page_lists_the_data_and_builds_an_embed(client, open_data):
    response = client.get("/en/open-data/?country=KR&type=shelter&lang=vi&height=480")
    assert response.status_code == 200
    html = strict_html(response.content)
    for address in (
        "http://testserver/api/hsds/",
        "http://testserver/api/services.geojson",
        "http://testserver/data/hsds-3.0.zip",
        "http://testserver/api/openapi.json",
        "http://testserver/en/updates/feed/",
        "http://testserver/data/indicators.csv",
        "http://testserver/api/landscape/{indicator}.geojson",
        "https://creativecommons.org/licenses/by/4.0/",
    ):
        assert address in html, address
    src = "http://testserver/embed/services/?lang=vi&amp;country=KR&amp;type=shelter"
    assert f'id="embed-preview" src="{src}"' in html and 'height="480"' in html
    assert "apmigrant:embed-height" in html  # the resize script is in the code to copy
    assert re.search(r'<iframe id="embed-preview"[^>]* loading="lazy"', html)
    assert client.get("/vi/open-data/").status_code == 200


def test_first_visit_does_not_load_the_preview_with_the_page(client, open_data):
    """The preview is a whole service map: on a first visit it has no src (the builder's script sets it when
    the reader scrolls near), and without JavaScript a link asks for the page with the preview."""
    html = strict_html(client.get("/en/open-data/").content)
    frame = re.search(r'<iframe id="embed-preview"[^>]*>', html).group(0)
    assert " src=" not in frame and 'data-src="http://testserver/embed/services/?lang=en"' in frame
    assert '<a href="?height=600#embed-builder">Show the preview</a>' in html
    asked = client.get("/en/open-data/?height=600").content.decode()
    assert 'id="embed-preview" src="http://testserver/embed/services/?lang=en"' in asked


def test_open_data_page_answers_bad_options_with_a_message(client, open_data):
    response = client.get("/en/open-data/?height=99999&country=XX")
    assert response.status_code == 200
    assert 'class="field-error"' in response.content.decode()


def test_open_data_page_is_one_per_site_under_home(home):
    from home.models import HomePage

    assert OpenDataPage.allowed_parent_page_models() == [HomePage]
    OpenDataPageFactory(parent=home)
    assert not OpenDataPage.can_create_at(home)


def test_open_data_page_is_in_the_footer(client, open_data):
    html = client.get("/en/").content.decode()
    assert 'href="/en/open-data/"' in html


def test_embed_reports_its_height_and_stays_out_of_search_engines(client, services):
    html = client.get("/embed/services/?lang=vi").content.decode()
    assert "js/services/embed-height.js" in html and '<meta name="robots" content="noindex">' in html


def test_bulk_download_is_built_and_served_as_a_file(client, services, tmp_path, settings):
    settings.OPEN_DATA_ROOT = tmp_path
    missing = client.get("/data/hsds-3.0.zip")
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
    path, count = build_hsds_download()
    assert count == 2
    response = client.get("/data/hsds-3.0.zip")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert 'rel="license"' in response["Link"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = set(archive.namelist())
    assert {"services.en.ndjson", "services.vi.ndjson", "taxonomies.json", "README.txt"} <= names
    assert "services.th.ndjson" not in names  # no service has Thai text
    vi = [json.loads(line) for line in archive.read("services.vi.ndjson").decode().splitlines()]
    assert len(vi) == 2 and "Trợ giúp pháp lý" in [s["name"] for s in vi]
    for record in vi:
        assert not list(official_validator("compiled/service").iter_errors(record))
    for term in json.loads(archive.read("taxonomy_terms.en.json")):
        assert not list(official_validator("taxonomy_term").iter_errors(term))
    assert "CC BY 4.0" in archive.read("README.txt").decode()


def test_bulk_download_is_rebuilt_after_an_import(
    services, tmp_path, settings, django_capture_on_commit_callbacks
):
    settings.OPEN_DATA_ROOT = tmp_path
    with override_settings(HSDS_DOWNLOAD_AFTER_IMPORT=True), django_capture_on_commit_callbacks(execute=True):
        import_services([hsds_service("bangkok", name="Bangkok help", country="TH", lat=13.75, lng=100.5)])
    archive = zipfile.ZipFile(tmp_path / "hsds-3.0.zip")
    assert archive.read("services.en.ndjson").decode().count("\n") == 3


def test_build_command_refuses_nothing_and_reports(services, tmp_path, capsys):
    from django.core.management import call_command

    call_command("build_hsds_download", "--output", str(tmp_path / "x.zip"))
    assert zipfile.ZipFile(tmp_path / "x.zip").namelist()


def _sitemap_urls(client, index_url="/sitemap.xml"):
    index = ET.fromstring(client.get(index_url).content)
    urls = {}
    for loc in index.iter(f"{SITEMAP}loc"):
        section = ET.fromstring(client.get(loc.text.replace("http://testserver", "")).content)
        for url in section.findall(f"{SITEMAP}url"):
            alternates = {link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")}
            urls[url.find(f"{SITEMAP}loc").text] = alternates
    return urls


def test_sitemap_lists_pages_and_services_in_the_languages_they_exist_in(client, open_data):
    StandardPageFactory(parent=open_data.get_parent(), slug="about", title="About")
    StandardPageFactory(parent=open_data.get_parent(), slug="draft", title="Draft", publish=False)
    urls = _sitemap_urls(client)
    assert "http://testserver/en/open-data/" in urls and "http://testserver/vi/open-data/" in urls
    assert "http://testserver/ko/open-data/" not in urls
    assert urls["http://testserver/vi/open-data/"] == {
        "en": "http://testserver/en/open-data/",
        "vi": "http://testserver/vi/open-data/",
        "x-default": "http://testserver/en/open-data/",
    }
    assert "http://testserver/en/about/" in urls and "http://testserver/vi/about/" not in urls
    assert not any("/draft/" in url for url in urls)
    hanoi, seoul = uid("service", "hanoi"), uid("service", "seoul")
    assert f"http://testserver/vi/services/{hanoi}/" in urls
    assert (
        f"http://testserver/en/services/{seoul}/" in urls
        and f"http://testserver/vi/services/{seoul}/" not in urls
    )


def test_robots_txt_keeps_crawlers_out_of_admin_search_and_apis(client):
    text = client.get("/robots.txt").content.decode()
    for line in ("Disallow: /admin/", "Disallow: /api/", "Disallow: /en/search/?", "Disallow: /ur/search/?"):
        assert line in text.splitlines()
    assert "Disallow: /en/search/" not in text.splitlines()  # the bare search page may be crawled
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_every_page_names_its_canonical_address(client, open_data):
    html = client.get("/vi/open-data/?country=KR").content.decode()
    assert '<link rel="canonical" href="http://testserver/vi/open-data/">' in html
    # Shown in English for want of a Korean title: the English page is the canonical one.
    html = client.get("/ko/open-data/").content.decode()
    assert '<link rel="canonical" href="http://testserver/en/open-data/">' in html


def test_guides_link_their_countrys_feed(client, home):
    index = CountryIndexPageFactory(parent=home)
    CountryGuidePageFactory(parent=index, iso_code="VN", title="Viet Nam", slug="viet-nam")
    html = strict_html(client.get("/vi/countries/viet-nam/").content)
    assert html.count('href="/vi/updates/feed/country/VN/"') == 2  # <link rel=alternate> and the visible link


def test_forms_have_no_empty_action_and_language_names_are_nfc(client, open_data):
    # open_data's services come with the directory page at /<lang>/services/ (tests/conftest.py).
    for url in ("/en/services/", "/vi/search/?q=visa", "/ur/open-data/"):
        html = strict_html(client.get(url).content)
        assert 'action=""' not in html, url
        assert unicodedata.is_normalized("NFC", html), url
        assert "Tiếng Việt" in html
