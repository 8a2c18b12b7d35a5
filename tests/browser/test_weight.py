"""Weight on a slow, metered connection: a country guide under 100 KB on a first visit and under 20 KB on a
repeat one (map tiles aside), static files cached for good, and no map JavaScript where there is no map."""

import pytest

from .weight import measure

FIRST_VISIT_LIMIT = 100 * 1024
REPEAT_VISIT_LIMIT = 20 * 1024


@pytest.fixture
def guide_url(portal_server):
    guides = portal_server.pages_of("countries.CountryGuidePage")
    assert guides
    return portal_server(guides[0])


def test_country_guide_is_light_on_first_and_repeat_visits(browser, guide_url):
    weight = measure(browser, guide_url)
    assert weight["first"] < FIRST_VISIT_LIMIT, weight
    assert weight["repeat"] < REPEAT_VISIT_LIMIT, weight
    assert weight["repeat"] < weight["first"] / 2, "static files were fetched again on the repeat visit"


def test_static_files_are_cached_for_good(page, portal_server):
    page.goto(portal_server("/en/"))
    css = page.evaluate("document.querySelector('link[rel=stylesheet]').href")
    response = page.request.get(css)
    assert (
        "immutable" in response.headers["cache-control"]
        or "max-age=315360000" in response.headers["cache-control"]
    )


@pytest.mark.parametrize(
    "label", ["home", "countries.CountryGuidePage", "countries.CountryIndexPage", "home.StandardPage"]
)
def test_pages_without_a_map_load_no_map_javascript(browser, portal_server, label):
    if label == "home":
        url = portal_server("/en/")
    else:
        paths = portal_server.pages_of(label)
        if not paths:
            pytest.skip(f"no {label} in the demo content")
        url = portal_server(paths[0])
    weight = measure(browser, url)
    scripts = [request for request in weight["requests"] if request.endswith(".js")]
    assert not [script for script in scripts if "leaflet" in script.lower() or "/map" in script.lower()], (
        scripts
    )


LANDSCAPE_FIRST_VISIT_LIMIT = 150 * 1024


def test_landscape_map_is_under_150_kb_on_first_visit(browser, portal_server):
    paths = portal_server.pages_of("countries.LandscapeMapPage")
    assert paths
    weight = measure(browser, portal_server(paths[0]))
    assert weight["first"] <= LANDSCAPE_FIRST_VISIT_LIMIT, weight
