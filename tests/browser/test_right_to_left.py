"""Urdu pages mirror English ones: header, skip link, search form, language menu, lists and map controls.

Each check compares where an element sits on the English page and on the Urdu page (same viewport); the
screenshots of both go to the artifacts directory for a person to look at."""

import pytest

DESKTOP = {"width": 1280, "height": 900}
TOLERANCE = 6  # pixels


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    yield page
    context.close()


def box(page, selector):
    located = page.locator(selector).first
    assert located.count() == 1, f"{selector} not found on {page.url}"
    return located.bounding_box()


def gap_start(b):
    return b["x"]


def gap_end(b):
    return DESKTOP["width"] - (b["x"] + b["width"])


def shoot(page, artifacts_dir, name):
    page.screenshot(path=str(artifacts_dir / f"rtl-{name}.png"), full_page=True)


def test_header_search_and_skip_link_mirror(desktop, portal_server, artifacts_dir):
    positions = {}
    for lang in ("en", "ur"):
        desktop.goto(portal_server("/en/", lang=lang))
        assert desktop.locator("html").get_attribute("dir") == ("rtl" if lang == "ur" else "ltr")
        desktop.keyboard.press("Tab")
        positions[lang] = {
            "skip": box(desktop, ".skip-link"),
            "name": box(desktop, ".site-name"),
            "input": box(desktop, ".header-search input"),
            "button": box(desktop, ".header-search button"),
        }
        shoot(desktop, artifacts_dir, f"home-{lang}")
    en, ur = positions["en"], positions["ur"]
    # The site name starts the header: at the left in English, at the right in Urdu, with the same margin.
    assert abs(gap_start(en["name"]) - gap_end(ur["name"])) <= TOLERANCE
    assert gap_end(ur["name"]) < gap_start(ur["name"])
    # The focused skip link appears in the starting corner.
    assert abs(gap_start(en["skip"]) - gap_end(ur["skip"])) <= TOLERANCE
    # The search button follows the field in reading order: to its right in English, to its left in Urdu.
    assert en["button"]["x"] > en["input"]["x"]
    assert ur["button"]["x"] < ur["input"]["x"]


def test_language_menu_opens_towards_the_page(desktop, portal_server, artifacts_dir):
    for lang in ("en", "ur"):
        desktop.goto(portal_server("/en/", lang=lang))
        desktop.locator(".language-switcher summary").click()
        summary, menu = box(desktop, ".language-switcher summary"), box(desktop, ".language-switcher ul")
        shoot(desktop, artifacts_dir, f"language-menu-{lang}")
        if lang == "en":  # aligned on the summary's end edge: its right in English...
            assert abs((menu["x"] + menu["width"]) - (summary["x"] + summary["width"])) <= TOLERANCE
        else:  # ...its left in Urdu
            assert abs(menu["x"] - summary["x"]) <= TOLERANCE


def test_lists_indent_from_the_reading_start(desktop, portal_server, artifacts_dir):
    guides = portal_server.pages_of("countries.CountryGuidePage")
    assert guides
    for lang in ("en", "ur"):
        desktop.goto(portal_server(guides[0], lang=lang))
        shoot(desktop, artifacts_dir, f"guide-{lang}")
        # The first list with markers (bullets or numbers) that is in the page's direction: content not yet
        # translated is shown in English, left to right, inside the Urdu page. Without one, a list is added to
        # the page so that the stylesheet's own rules are measured.
        padding = desktop.evaluate(
            """() => {
              const pageDir = document.documentElement.dir;
              const styled = (el) => getComputedStyle(el);
              let list = Array.from(document.querySelectorAll("main ol, main ul")).find((el) =>
                styled(el).listStyleType !== "none" && el.offsetParent !== null && styled(el).direction === pageDir);
              if (!list) {
                list = document.createElement("ul");
                list.innerHTML = "<li>1</li><li>2</li>";
                document.querySelector("main").prepend(list);
              }
              return [parseFloat(styled(list).paddingLeft), parseFloat(styled(list).paddingRight)];
            }"""
        )
        assert padding, "no list with markers on the guide"
        left, right = padding
        if lang == "en":
            assert left > right
        else:
            assert right > left


def test_map_controls_mirror(desktop, portal_server, artifacts_dir):
    maps = portal_server.pages_of("countries.LandscapeMapPage")
    if not maps:
        pytest.skip("no landscape map in the demo content yet")
    xs = {}
    for lang in ("en", "ur"):
        desktop.goto(portal_server(maps[0], lang=lang))
        controls = desktop.locator(".leaflet-control-zoom")
        if controls.count() == 0:
            pytest.skip("the landscape map shows no zoom control in the demo content")
        controls.first.wait_for()
        shoot(desktop, artifacts_dir, f"map-{lang}")
        container = box(desktop, ".leaflet-container")
        control = box(desktop, ".leaflet-control-zoom")
        xs[lang] = (
            control["x"] - container["x"],
            container["x"] + container["width"] - control["x"] - control["width"],
        )
    assert xs["en"][0] < xs["en"][1]  # English: controls at the left of the map
    assert xs["ur"][1] < xs["ur"][0]  # Urdu: at the right


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_on_a_small_phone_nothing_overflows_and_the_language_menu_opens_on_screen(
    browser, portal_server, lang
):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        page.goto(portal_server(f"/{lang}/"))
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        page.click(".language-switcher summary")
        menu = page.locator(".language-switcher ul").bounding_box()
        assert menu["x"] >= 0 and menu["x"] + menu["width"] <= 360, menu
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        context.close()
