"""A script in imported data is shown as text, never run: HSDS imports and indicator CSV cells."""

import pytest

from countries.indicator_csv import COLUMNS, import_csv
from countries.models import LandscapeMapPage
from services.importers import import_services
from tests.services.factories import hsds_service, uid

SCRIPT = '<script>alert("owned")</script>'
IMAGE = '<img src=x onerror="alert(1)">'

pytestmark = pytest.mark.django_db


def test_script_in_an_imported_service_is_escaped_everywhere(demo_site, client):
    import_services([hsds_service("xss", name=f"{SCRIPT} Help desk", description=f"Call us {IMAGE}")], "en")
    hsds_id = uid("service", "xss")
    for url in (f"/en/services/{hsds_id}/", "/en/search/?q=help+desk"):
        html = client.get(url).content.decode()
        assert "Help desk" in html, url
        assert SCRIPT not in html and IMAGE not in html, url
        assert "&lt;script&gt;alert(" in html, url
    payload = client.get("/api/search", {"q": "help desk"}).json()
    assert any(SCRIPT in result["title"] for result in payload["results"])  # JSON carries text, not markup


def test_script_in_an_indicator_csv_cell_is_escaped_on_the_map_page(demo_site, client):
    row = dict.fromkeys(COLUMNS, "")
    row.update(
        indicator="remittances-received",
        iso_code="LA",
        year="2020",
        value="1",
        source_name=SCRIPT,
        note=IMAGE,
    )
    text = (
        ",".join(COLUMNS)
        + "\n"
        + ",".join(f'"{row[name].replace(chr(34), chr(34) * 2)}"' for name in COLUMNS)
    )
    count, errors = import_csv(text)
    assert errors == [] and count == 1
    html = client.get(
        LandscapeMapPage.objects.get().url + "?indicator=remittances-received&year=2020"
    ).content.decode()
    assert SCRIPT not in html and IMAGE not in html
    assert "&lt;script&gt;alert(" in html
