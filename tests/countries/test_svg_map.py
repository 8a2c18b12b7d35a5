"""The server-drawn landscape choropleth (countries/svg_map.py): outlines, classes, corridors, no script."""

import re

import pytest

from countries.models import LandscapeMapPage
from countries.svg_map import SCALE, choropleth, country_path


def x_range(path):
    xs = [int(x) for x in re.findall(r"[ML](-?\d+) -?\d+", path)]
    return min(xs) / SCALE, max(xs) / SCALE


@pytest.mark.parametrize("iso", ["FJ", "WS", "TO", "KI", "NZ"])
def test_pacific_countries_sit_east_of_asia_without_a_band_across_the_map(iso):
    west, east = x_range(country_path(iso))
    assert west > 100, (iso, west)
    # Fiji straddles 180°: drawn as one island group, not a band from one edge of the map to the other.
    assert east - west < 40, (iso, west, east)


def test_every_country_has_its_class_or_no_data():
    rows = [
        {"iso_code": "TH", "name": "Thailand", "value": 300, "class": 4, "aggregate": False},
        {"iso_code": "900", "name": "World", "value": 1000, "class": None, "aggregate": True},
    ]
    drawn = {country["iso"]: country for country in choropleth(rows)["countries"]}
    assert drawn["TH"]["row"]["class"] == 4
    assert drawn["LA"]["row"] is None and drawn["LA"]["name"] == "Laos"
    assert "900" not in drawn
    assert all(country["path"].startswith("M") for country in drawn.values())


def test_corridors_are_lines_between_the_countries_sized_by_stock():
    rows = [{"other": "TH", "name": "Thailand", "value": 400}, {"other": "JP", "name": "Japan", "value": 100}]
    lines = choropleth([], rows, "MM")["lines"]
    assert [line["row"]["other"] for line in lines] == ["TH", "JP"]
    assert lines[0]["width"] == 10 and lines[1]["width"] == 5.5


@pytest.mark.django_db
def test_map_page_draws_the_map_without_script(demo_site, client):
    page = LandscapeMapPage.objects.get()
    html = client.get(page.url).content.decode()
    svg = re.search(r'<svg class="landscape-svg".*?</svg>', html, re.S).group(0)
    assert len(re.findall(r'<path class="landscape-svg__country landscape-svg__country--[0-4]"', svg)) >= 45
    assert re.search(r'data-iso="TH" d="M[^"]+"><title>Thailand: [0-9,.]+</title>', svg)
    # Leaflet waits for the reader's click; the first load runs only the small loader.
    assert (
        "leaflet/leaflet.js" not in html.split("data-map-loader")[0]
        and '<script src="/static/leaflet' not in html
    )
    assert "landscape-loader" in html
    corridors = client.get(page.url, {"country": "MM", "direction": "out"}).content.decode()
    assert corridors.count('<line class="landscape-svg__corridor"') == 10
