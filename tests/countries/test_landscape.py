"""Indicators: CSV import/export, the GeoJSON and CSV endpoints, the landscape map page and its table."""

import csv
import io
import re
from decimal import Decimal

import pytest

from django.core.management import call_command

from countries.indicator_csv import COLUMNS, import_csv, write_csv
from countries.models import Indicator, IndicatorValue, LandscapeMapPage
from home.models import HomePage

SOURCE = {"source_name": "Test source", "source_url": "https://example.org/data", "licence": "CC BY 4.0"}


@pytest.fixture
def stock(db):
    indicator = Indicator.objects.create(
        code="migrant-stock", name="International migrant stock", unit="persons"
    )
    for iso, value, female in [("TH", 300, 150), ("MY", 200, None), ("VN", 100, 40), ("JP", 50, None)]:
        IndicatorValue.objects.create(
            indicator=indicator, iso_code=iso, year=2020, value=value, value_female=female, **SOURCE
        )
    IndicatorValue.objects.create(indicator=indicator, iso_code="TH", year=2015, value=250, **SOURCE)
    return indicator


def export_text():
    stream = io.StringIO()
    write_csv(stream)
    return stream.getvalue()


def test_landscape_map_page_only_under_home():
    assert LandscapeMapPage.allowed_parent_page_models() == [HomePage]
    assert LandscapeMapPage.allowed_subpage_models() == []


def test_csv_round_trip(stock):
    before = export_text()
    rows = list(csv.DictReader(io.StringIO(before)))
    assert len(rows) == 5 and all(row["source_name"] == "Test source" for row in rows)
    snapshot = sorted(
        IndicatorValue.objects.values_list("iso_code", "year", "value", "value_female", "source_url")
    )
    IndicatorValue.objects.all().delete()
    count, errors = import_csv(before)
    assert errors == [] and count == 5
    assert (
        sorted(IndicatorValue.objects.values_list("iso_code", "year", "value", "value_female", "source_url"))
        == snapshot
    )
    assert export_text() == before


def test_a_bad_row_is_named_and_nothing_of_the_file_is_written(stock):
    text = export_text().replace("TH,Thailand,2020,300", "TH,Thailand,2020,lots")
    text += "migrant-stock,,,XX,,2020,5,,,Somebody,,,,\n"
    count, errors = import_csv(text.replace(",2015,250,", ",2015,999,"))
    assert count == 0
    messages = [str(error) for error in errors]
    assert any("Row 5" in m and "value" in m for m in messages), messages
    assert any("Row 7" in m and "iso_code" in m for m in messages), messages
    assert IndicatorValue.objects.get(iso_code="TH", year=2015).value == Decimal("250")


@pytest.mark.parametrize(
    ("header", "row", "field"),
    [
        (COLUMNS, ["migrant-stock", "", "", "VN", "", "1800", "1", "", "", "S", "", "", "", ""], "year"),
        (COLUMNS, ["no-such", "", "", "VN", "", "2020", "1", "", "", "S", "", "", "", ""], "indicator"),
        (
            COLUMNS,
            ["migrant-stock", "", "", "VN", "", "2020", "1", "", "", "", "", "", "", ""],
            "source_name",
        ),
        (
            COLUMNS,
            ["migrant-stock", "", "", "VN", "", "2020", "1", "", "", "S", "", "ftp://x", "", ""],
            "source_url",
        ),
        (COLUMNS[1:], ["", "", "VN", "", "2020", "1", "", "", "S", "", "", "", ""], "indicator"),
    ],
)
def test_each_kind_of_bad_row_names_its_field(stock, header, row, field):
    stream = io.StringIO()
    csv.writer(stream).writerows([header, row])
    count, errors = import_csv(stream.getvalue())
    assert count == 0 and errors and errors[0].field == field


def test_management_commands_round_trip(stock, tmp_path):
    path = tmp_path / "values.csv"
    call_command("export_indicators", str(path))
    IndicatorValue.objects.filter(year=2020).delete()
    call_command("import_indicators", str(path))
    assert IndicatorValue.objects.count() == 5


def test_admin_upload_reports_errors_and_writes_nothing(stock, admin_client):
    upload = io.BytesIO(export_text().replace("2020,300", "2020,x").encode())
    upload.name = "values.csv"
    IndicatorValue.objects.filter(iso_code="JP").delete()
    response = admin_client.post("/admin/landscape/import/", {"file": upload})
    assert response.status_code == 400
    assert "Row 5" in response.content.decode()
    assert not IndicatorValue.objects.filter(iso_code="JP").exists()
    upload = io.BytesIO(export_text().encode())
    upload.name = "values.csv"
    response = admin_client.post("/admin/landscape/import/", {"file": upload})
    assert response.status_code == 302
    assert admin_client.get("/admin/snippets/countries/indicatorvalue/").status_code == 200


def test_indicators_csv_has_the_source_in_every_row(stock, client):
    response = client.get("/data/indicators.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == 5
    assert all(row["source_name"] and row["source_url"] and row["licence"] for row in rows)


@pytest.mark.parametrize("year", ["abc", "20x0", "1800", "-1", "99999"])
def test_geojson_bad_year_is_a_json_400(stock, client, year):
    response = client.get(f"/api/landscape/migrant-stock.geojson?year={year}")
    assert response.status_code == 400
    assert response.json()["field"] == "year"


def test_geojson_unknown_indicator_or_language_is_json(stock, client):
    assert client.get("/api/landscape/nothing.geojson").json()["field"] == "indicator"
    response = client.get("/api/landscape/migrant-stock.geojson?lang=xx")
    assert response.status_code == 400 and response.json()["field"] == "lang"


def test_geojson_defaults_to_the_latest_year_and_has_outlines(stock, client):
    data = client.get("/api/landscape/migrant-stock.geojson").json()
    assert data["year"] == 2020
    by_iso = {f["properties"]["iso_code"]: f for f in data["features"]}
    assert by_iso["TH"]["properties"]["value"] == 300 and by_iso["TH"]["properties"]["class"] == 3
    assert by_iso["KH"]["properties"]["value"] is None
    assert by_iso["VN"]["geometry"]["type"] in {"Polygon", "MultiPolygon"}
    lon, lat = by_iso["VN"]["geometry"]["coordinates"][0][0]
    assert 100 < lon < 110 and 8 < lat < 24
    older = client.get("/api/landscape/migrant-stock.geojson?year=2015").json()
    assert [
        f["properties"]["iso_code"] for f in older["features"] if f["properties"]["value"] is not None
    ] == ["TH"]


@pytest.mark.django_db
def test_map_page_table_matches_the_geojson(demo_site, client):
    page = LandscapeMapPage.objects.get()
    html = client.get(page.url).content.decode()
    # Rows on the map; the table also has Tuvalu (in no outline file) and the world and regional totals.
    table = dict(re.findall(r'<tr data-iso="([A-Z]{2})" data-value="([0-9.]+)" data-on-map>', html))
    geojson = client.get("/api/landscape/migrant-stock.geojson?year=2020").json()
    features = {
        f["properties"]["iso_code"]: f["properties"]["value"]
        for f in geojson["features"]
        if f["properties"]["value"] is not None
    }
    assert len(table) >= 45
    assert '<tr data-iso="900"' in html and '<tr data-iso="TV"' in html
    assert {iso: Decimal(value) for iso, value in table.items()} == {
        iso: Decimal(str(value)) for iso, value in features.items()
    }
    # The map's data URL is the same indicator and year, with the page's language.
    assert 'data-geojson-url="/api/landscape/migrant-stock.geojson?lang=en&amp;year=2020"' in html
    assert 'href="/en/countries/philippines/"' in html
    assert "CC BY 3.0 IGO" in html
    assert 'src="/static/leaflet/leaflet.js"' in html or "leaflet/leaflet" in html


@pytest.mark.django_db
def test_map_page_selector_works_without_javascript_and_reports_bad_input(demo_site, client):
    page = LandscapeMapPage.objects.get()
    Indicator.objects.create(code="no-figures-yet", name="Indicator without figures", unit="persons")
    html = client.get(page.url, {"indicator": "no-figures-yet"}).content.decode()
    assert '<h2 id="landscape-heading">Indicator without figures</h2>' in html
    assert "There are no figures for this indicator yet." in html
    # The demo has UN DESA's international migrant stock from 1990 to 2020, so its table is not empty.
    html = client.get(page.url, {"indicator": "migrant-stock", "year": "2000"}).content.decode()
    assert '<h2 id="landscape-heading">International migrants, 2000</h2>' in html
    assert "There are no figures for this indicator yet." not in html
    table = dict(re.findall(r'<tr data-iso="([A-Z]{2})" data-value="([0-9.]+)"', html))
    assert Decimal(table["TH"]) == Decimal("1257821")
    assert "Thailand" in html
    html = client.get(page.url, {"indicator": "nothing", "year": "soon"}).content.decode()
    assert "There is no indicator with this code." in html
    assert "The year must be a number between 1900 and 2100." in html
    assert '<tr data-iso="PH"' in html


@pytest.mark.django_db
def test_demo_values_all_have_a_source_and_year(demo_site):
    values = IndicatorValue.objects.all()
    assert values.count() >= 11
    assert not values.filter(source_name="").exists() and not values.filter(source_url="").exists()
    assert Indicator.objects.count() >= 4
