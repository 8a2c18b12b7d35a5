"""The landscape map: an SVG choropleth drawn by the server (no script, no tiles), and Leaflet loaded only when
the reader opens the interactive map, which draws outlines and colours from the portal's own data."""

import re

import pytest

LOCAL = re.compile(r"^https?://(127\.0\.0\.1|localhost)(:\d+)?/")


def open_interactive_map(page):
    page.get_by_role("button", name="Open the interactive map").click()
    wait_for_map(page)


def wait_for_map(page):
    # A locator, not wait_for_function: the portal's Content-Security-Policy forbids eval in the page.
    page.locator("[data-landscape-map][data-map-ready='true']").wait_for(timeout=15000)


def fills(page):
    paths = page.locator("[data-landscape-map] path.leaflet-interactive")
    return [paths.nth(index).get_attribute("fill") for index in range(paths.count())]


@pytest.fixture
def map_path(portal_server):
    paths = portal_server.pages_of("countries.LandscapeMapPage")
    assert paths, "the demo content has no landscape map page"
    return paths[0]


def test_map_renders_outlines_and_colours_with_tiles_blocked(page, portal_server, map_path):
    blocked = []

    def block_remote(route):
        blocked.append(route.request.url)
        route.abort()

    page.route(lambda url: not LOCAL.match(url), block_remote)
    response = page.goto(portal_server(map_path))
    assert response.status == 200
    map_element = page.locator("[data-landscape-map]")
    map_element.wait_for()
    open_interactive_map(page)
    assert blocked, "the tile requests were expected to be blocked"
    colours = fills(page)
    assert len(colours) >= 12
    # Several classes of colour plus the grey of "no data": the choropleth, not just outlines.
    assert len(set(colours) - {"#d9d9d9"}) >= 3
    assert page.locator(".leaflet-control-attribution").inner_text().strip()
    # The table below the map has one row per coloured country (plus the world and regional totals and the
    # islands too small for the outlines, which are not on the map).
    coloured = sum(1 for fill in colours if fill != "#d9d9d9")
    assert page.locator("[data-landscape-table] tbody tr[data-on-map]").count() == coloured
    # The blocked tiles log "Failed to load resource"; anything else (a script error, a CSP violation) fails.
    assert [error for error in page.console_errors if "Failed to load resource" not in error] == []


def test_clicking_a_country_opens_its_guide(page, portal_server, map_path):
    page.route(lambda url: not LOCAL.match(url), lambda route: route.abort())
    page.goto(portal_server(map_path))
    open_interactive_map(page)
    guide_href = page.locator("[data-landscape-table] tr[data-iso='BD'] th a").get_attribute("href")
    with page.expect_navigation():
        page.locator("path.landscape-country--BD").dispatch_event("click")
    assert page.url.endswith(guide_href)


def test_corridors_draw_lines_over_the_outlines_without_tiles(page, portal_server, map_path):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.route(lambda url: not LOCAL.match(url), lambda route: route.abort())
    for country in ("MM", "NP", "VN"):
        page.goto(portal_server(f"{map_path}?country={country}&direction=out"))
        assert page.locator("line.landscape-svg__corridor").count() == 10
        page.get_by_role("button", name="Open the interactive map").click()
        page.locator("[data-landscape-map][data-corridors='10']").wait_for(timeout=15000)
        assert page.locator("path.landscape-corridor").count() == 10
        assert page.locator("[data-corridors-table] tbody tr").count() == 10
    assert not [url for url in requested if not LOCAL.match(url)], "the corridors view loads no tiles"


def test_landscape_fits_a_phone_without_page_overflow(browser, portal_server, map_path):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    for language in ("en", "ur"):
        page.goto(portal_server(map_path.replace("/en/", f"/{language}/", 1) + "?country=VN"))
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, (language, overflow)
    context.close()


def test_first_visit_shows_the_svg_map_and_loads_leaflet_only_on_demand(page, portal_server, map_path):
    scripts = []
    page.on(
        "request", lambda request: scripts.append(request.url) if request.resource_type == "script" else None
    )
    page.route(lambda url: not LOCAL.match(url), lambda route: route.abort())
    page.goto(portal_server(map_path))
    page.wait_for_load_state("networkidle")
    assert page.locator("svg.landscape-svg path.landscape-svg__country").count() >= 45
    assert not [url for url in scripts if "leaflet" in url], scripts
    open_interactive_map(page)
    assert [url for url in scripts if "leaflet" in url]
    assert page.locator("svg.landscape-svg").count() == 0


def test_svg_map_without_javascript_and_fiji_is_no_band(browser, portal_server, map_path):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.route(lambda url: not LOCAL.match(url), lambda route: route.abort())
    page.goto(portal_server(map_path))
    svg = page.locator("svg.landscape-svg")
    width = svg.bounding_box()["width"]
    fiji = page.locator("svg.landscape-svg path[data-iso='FJ']").bounding_box()
    assert 0 < fiji["width"] < width / 10, (fiji, width)
    assert fiji["x"] > svg.bounding_box()["x"] + width / 2, "Fiji sits east of Asia"
    classes = {
        page.locator(f"svg.landscape-svg path[data-iso='{iso}']").get_attribute("class")
        for iso in ("TH", "JP", "MM", "LA", "AU", "NP", "KH")
    }
    assert len(classes) >= 2, classes
    assert not page.get_by_role("button", name="Open the interactive map").is_visible()
    context.close()
