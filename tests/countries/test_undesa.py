"""UN DESA's International Migrant Stock: the import, its spot values against the workbook, the corridors,
the RFC 7946 outlines, the data package and the guides' "Migration in numbers" panel."""

import csv
import gzip
import io
import json
import shutil

import openpyxl
import pytest
from shapely.geometry import shape
from shapely.geometry.polygon import LinearRing

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from core.regions import ESCAP_REGION
from countries.indicator_csv import COLUMNS
from countries.models import CorridorStock, IndicatorValue
from countries.undesa import ORIGIN_DESTINATION, WORKBOOK, UndesaImportError, import_undesa


def workbook_cell(sheet, location_code, column):
    """A value read straight from the published workbook, for the spot checks."""
    workbook = openpyxl.load_workbook(WORKBOOK, read_only=True, data_only=True)
    try:
        for row in workbook[sheet].iter_rows(values_only=True):
            if len(row) > column and row[3] == location_code:
                return row[column]
    finally:
        workbook.close()
    raise AssertionError(f"{location_code} not in {sheet}")


def rings(geometry):
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    for polygon in polygons:
        yield from enumerate(polygon)


class ImportedLandscapeTests(TestCase):
    """The import runs once for the class (a few seconds); each test reads or rolls back."""

    @classmethod
    def setUpTestData(cls):
        cls.result = import_undesa()

    def value(self, code, iso, year):
        return IndicatorValue.objects.get(indicator__code=code, iso_code=iso, year=year)

    def test_spot_values_agree_with_the_workbook(self):
        # Thailand (M49 764), migrant stock 2020, both sexes: Table 1, column 11.
        thailand = self.value("migrant-stock", "TH", 2020)
        self.assertEqual(thailand.value, workbook_cell("Table 1", 764, 11))
        self.assertEqual(thailand.value, 3632496)
        self.assertEqual(thailand.caveat, "B R")
        self.assertIn("Rev.2020, Table 1", thailand.source_edition)
        self.assertEqual(thailand.licence, "CC BY 3.0 IGO")
        # Japan (392), women's share of migrants 2000: Table 4, column 7.
        japan = self.value("women-share-migrants", "JP", 2000)
        self.assertAlmostEqual(float(japan.value), workbook_cell("Table 4", 392, 7), places=4)
        # Myanmar's emigrants in Thailand, 2019: the UN's published 1,858,735.
        self.assertEqual(CorridorStock.objects.get(origin="MM", destination="TH", year=2019).value, 1858735)
        self.assertEqual(CorridorStock.objects.get(origin="NP", destination="MY", year=2019).value, 578082)

    def test_emigrants_sum_the_country_rows_only_and_say_so(self):
        # Viet Nam 2019 in the derived table: 2,857,438 over its country rows; its sub-region rows (Caribbean,
        # South America, Melanesia, Micronesia, Polynesia) would add 1,542 more if they were summed too.
        with ORIGIN_DESTINATION.open(encoding="utf-8", newline="") as stream:
            rows = list(csv.reader(stream))
        column = rows[0].index("Viet Nam")
        sub_regions = {"Caribbean", "South America", "Melanesia", "Micronesia", "Polynesia"}
        by_row = {row[1]: int(row[column]) for row in rows[1:] if row[0] == "2019"}
        self.assertEqual(sum(v for name, v in by_row.items() if name in sub_regions), 1542)
        viet_nam = self.value("emigrant-stock", "VN", 2019)
        self.assertEqual(viet_nam.value, sum(v for name, v in by_row.items() if name not in sub_regions))
        self.assertEqual(viet_nam.value, 2857438)
        corridors = CorridorStock.objects.filter(origin="VN", year=2019).values_list("value", flat=True)
        self.assertEqual(viet_nam.value, sum(corridors))
        # The sum is not the UN's published total, and the value's note tells the reader.
        self.assertIn("sub-region rows left out", viet_nam.note)
        self.assertIn("can differ from the UN's published total", viet_nam.note)

    def test_coverage_region_years_and_totals(self):
        codes = set(IndicatorValue.objects.values_list("iso_code", flat=True))
        self.assertGreaterEqual(len(codes & ESCAP_REGION), 45)
        self.assertTrue({"900", "935", "909"} <= codes)  # world, Asia, Oceania
        years = set(
            IndicatorValue.objects.filter(indicator__code="migrant-stock").values_list("year", flat=True)
        )
        self.assertEqual(years, {1990, 1995, 2000, 2005, 2010, 2015, 2020})
        # Protected (~) and unavailable (..) cells are left out, never stored as zero.
        self.assertFalse(IndicatorValue.objects.filter(indicator__code="refugees", iso_code="TO").exists())

    def test_second_run_changes_nothing(self):
        before = (IndicatorValue.objects.count(), CorridorStock.objects.count())
        import_undesa()
        self.assertEqual((IndicatorValue.objects.count(), CorridorStock.objects.count()), before)

    def test_a_bad_file_writes_nothing(self):
        before = (IndicatorValue.objects.count(), CorridorStock.objects.count())
        broken = self.tmp_copy_with("1858735", "lots")
        with self.assertRaises(UndesaImportError) as caught:
            import_undesa(origin_destination=broken)
        self.assertIn("“lots” is not a number", str(caught.exception))
        self.assertEqual((IndicatorValue.objects.count(), CorridorStock.objects.count()), before)

    def tmp_copy_with(self, old, new):
        import tempfile
        from pathlib import Path

        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder)
        target = folder / ORIGIN_DESTINATION.name
        target.write_text(ORIGIN_DESTINATION.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        return target

    def test_corridors_of_myanmar_nepal_and_viet_nam(self):
        for country, expected in (("MM", "TH"), ("NP", "MY"), ("VN", "US")):
            response = self.client.get(
                f"/api/landscape/corridors.geojson?country={country}&direction=out&year=2019"
            )
            self.assertEqual(response.status_code, 200)
            self.assertEqual(response["Content-Type"], "application/geo+json")
            data = response.json()
            features = data["features"]
            self.assertEqual(len(features), 10)
            self.assertEqual(features[0]["properties"]["destination"], expected)
            values = [f["properties"]["value"] for f in features]
            self.assertEqual(values, sorted(values, reverse=True))
            self.assertTrue(all(f["properties"]["origin"] == country for f in features))
            self.assertEqual(data["sources"][0]["licence"], "CC BY 3.0 IGO")
            for feature in features:
                self.assertIn(feature["geometry"]["type"], ("LineString", "MultiLineString"))
                for line in (
                    [feature["geometry"]["coordinates"]]
                    if feature["geometry"]["type"] == "LineString"
                    else feature["geometry"]["coordinates"]
                ):
                    self.assertTrue(all(-180 <= lon <= 180 for lon, _lat in line))
        inbound = self.client.get("/api/landscape/corridors.geojson?country=TH&direction=in").json()
        self.assertEqual(inbound["features"][0]["properties"]["origin"], "MM")

    def test_bad_parameters_are_a_clear_400(self):
        for query, field in (
            ("", "country"),
            ("country=XX", "country"),
            ("country=VN&direction=up", "direction"),
            ("country=VN&year=%C2%B2", "year"),
            ("country=VN&year=2020", "year"),
            ("country=VN&lang=xx", "lang"),
        ):
            response = self.client.get(f"/api/landscape/corridors.geojson?{query}")
            self.assertEqual(response.status_code, 400, query)
            self.assertEqual(response.json()["field"], field, query)
        response = self.client.get("/api/landscape/migrant-stock.geojson?year=%C2%B2")
        self.assertEqual(response.status_code, 400)

    def queries(self, url):
        with CaptureQueriesContext(connection) as captured:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(captured.captured_queries)

    def test_query_counts_do_not_grow_with_the_data(self):
        self.client.get("/api/landscape/migrant-stock.geojson?year=2020")  # outlines decoded once per process
        # 1990 has fewer countries with values than 2020; Tuvalu has few corridors, Viet Nam many.
        geojson = self.queries("/api/landscape/migrant-stock.geojson?year=2020")
        self.assertEqual(geojson, self.queries("/api/landscape/refugees.geojson?year=1990"))
        lines = self.queries("/api/landscape/corridors.geojson?country=VN")
        self.assertEqual(lines, self.queries("/api/landscape/corridors.geojson?country=TV&direction=in"))
        self.assertLessEqual(geojson, 6)
        self.assertLessEqual(lines, 4)

    def test_every_indicator_and_year_has_rfc7946_geojson(self):
        data = self.client.get("/api/landscape/migrant-stock.geojson?year=1990").json()
        self.assertTrue(data["sources"] and data["outlines"])
        features = {feature["id"]: feature for feature in data["features"]}
        self.assertTrue({"FJ", "SG", "WS", "KP", "RU"} <= set(features))
        for iso, feature in features.items():
            geometry = feature["geometry"]
            self.assertTrue(shape(geometry).is_valid, iso)
            for index, ring in rings(geometry):
                self.assertGreaterEqual(len({tuple(point) for point in ring}), 3, iso)
                self.assertEqual(LinearRing(ring).is_ccw, index == 0, iso)  # outer rings counter-clockwise
                self.assertTrue(
                    all(abs(a[0] - b[0]) < 180 for a, b in zip(ring, ring[1:], strict=False)), iso
                )
        fiji_longitudes = {point[0] for _index, ring in rings(features["FJ"]["geometry"]) for point in ring}
        self.assertTrue(max(fiji_longitudes) > 175 and min(fiji_longitudes) < -175)  # split at 180°
        for code in (
            "migrant-stock",
            "migrant-share-population",
            "women-share-migrants",
            "refugees",
            "refugee-share-migrants",
            "emigrant-stock",
            "population",
        ):
            for year in (1990, 2015):
                self.assertEqual(
                    self.client.get(f"/api/landscape/{code}.geojson?year={year}").status_code, 200
                )

    def test_geojson_is_gzipped_for_who_asks_and_never_stale(self):
        url = "/api/landscape/migrant-stock.geojson?year=2020"
        plain = self.client.get(url)
        zipped = self.client.get(url, HTTP_ACCEPT_ENCODING="gzip, br")
        self.assertEqual(zipped["Content-Encoding"], "gzip")
        self.assertIn("Accept-Encoding", zipped["Vary"])
        self.assertLess(len(zipped.content), len(plain.content) / 2)
        self.assertEqual(json.loads(gzip.decompress(zipped.content)), plain.json())
        IndicatorValue.objects.filter(indicator__code="migrant-stock", iso_code="TH", year=2020).update(
            value=7
        )
        features = {f["id"]: f for f in self.client.get(url).json()["features"]}
        self.assertEqual(features["TH"]["properties"]["value"], 7)

    def test_data_package_describes_the_csv(self):
        package = self.client.get("/data/datapackage.json").json()
        resource = package["resources"][0]
        self.assertTrue(resource["path"].startswith("http"))
        self.assertEqual([field["name"] for field in resource["schema"]["fields"]], COLUMNS)
        self.assertIn("CC BY 3.0 IGO", [licence["name"] for licence in package["licenses"]])
        header = next(csv.reader(io.StringIO(self.client.get("/data/indicators.csv").content.decode())))
        self.assertEqual(header, COLUMNS)


@pytest.mark.django_db
def test_demo_landscape_after_load_demo(demo_site, client):
    """What `make run` shows: the full landscape in the CSV, and the panel on every country guide."""
    from countries.models import CountryGuidePage

    rows = list(csv.DictReader(io.StringIO(client.get("/data/indicators.csv").content.decode())))
    assert len({row["indicator"] for row in rows}) >= 8
    assert len({row["iso_code"] for row in rows} & ESCAP_REGION) >= 45
    assert len({row["year"] for row in rows if row["indicator"] == "migrant-stock"}) == 7
    assert all(row["source_name"] and row["licence"] for row in rows)
    guides = CountryGuidePage.objects.live()
    assert guides.exists()
    for guide in guides:
        for language in ("en", "ur"):
            html = client.get(guide.url.replace("/en/", f"/{language}/", 1)).content.decode()
            assert 'class="migration-panel"' in html, (guide.iso_code, language)
            assert '<svg class="sparkline"' in html, guide.iso_code
    page = client.get("/en/migration-landscape/?country=MM&direction=out").content.decode()
    assert "data-corridors-table" in page and "data-corridors-url" in page


@pytest.mark.django_db
def test_loading_the_demo_again_adds_no_landscape_rows(demo_site, demo_reloaded):
    before, after = demo_reloaded
    for label in ("countries.Indicator", "countries.IndicatorValue", "countries.CorridorStock"):
        assert after[label] == before[label], label
    assert before["countries.CorridorStock"] > 20000
