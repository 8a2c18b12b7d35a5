"""Quick exit in a real browser: the button and Shift ×3 leave at once and take the page out of history."""

import re

import pytest

EXIT_HOST = re.compile(r"^https://www\.google\.com/")
NEUTRAL = "<!DOCTYPE html><title>Weather</title><p>Weather forecast</p>"


@pytest.fixture
def guide_url(portal_server):
    guides = portal_server.pages_of("countries.CountryGuidePage")
    assert guides, "the demo content has no country guide"
    return portal_server(guides[0])


@pytest.fixture
def neutral_site(context):
    """The neutral page is another host; the test network has none, so the browser gets a stand-in."""
    context.route(EXIT_HOST, lambda route: route.fulfill(status=200, content_type="text/html", body=NEUTRAL))


def test_button_replaces_the_page_and_its_history_entry(page, portal_server, guide_url, neutral_site):
    home = portal_server("/en/")
    page.goto(home)
    page.goto(guide_url)
    button = page.locator("[data-quick-exit-button]")
    assert button.is_visible()
    button.click()
    page.wait_for_url(EXIT_HOST)
    assert "Weather forecast" in page.content()
    # location.replace: Back goes to the page before the guide, never to the guide itself.
    page.go_back()
    assert page.url == home


def test_shift_pressed_three_times_leaves(page, guide_url, neutral_site):
    page.goto(guide_url)
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(EXIT_HOST)


def test_shift_twice_then_typing_does_not_leave(page, guide_url, neutral_site):
    page.goto(guide_url)
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    status = page.locator("[data-quick-exit-status]")
    assert status.text_content()  # announced to screen readers
    page.keyboard.press("a")
    page.keyboard.press("Shift")
    page.wait_for_timeout(300)
    assert page.url == guide_url


def test_works_as_a_plain_link_without_javascript(browser, guide_url):
    context = browser.new_context(java_script_enabled=False)
    context.route(EXIT_HOST, lambda route: route.fulfill(status=200, content_type="text/html", body=NEUTRAL))
    page = context.new_page()
    page.goto(guide_url)
    page.locator("[data-quick-exit-button]").click()
    page.wait_for_url(EXIT_HOST)
    context.close()


def test_first_tab_stops_reach_the_button(page, guide_url):
    page.goto(guide_url)
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-quick-exit-button')")


def test_home_page_has_no_quick_exit(page, portal_server):
    page.goto(portal_server("/en/"))
    assert page.locator("[data-quick-exit]").count() == 0
