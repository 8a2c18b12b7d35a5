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


@pytest.mark.parametrize(
    "path", ["/en/", "/vi/search/?q=mua+b%C3%A1n+ng%C6%B0%E1%BB%9Di", "/en/policies/", "/ur/"]
)
def test_every_public_page_has_the_quick_exit(page, portal_server, path):
    page.goto(portal_server(path))
    assert page.locator("[data-quick-exit-button]").is_visible()
    # inside a named landmark (axe's "region" rule)
    assert page.locator("aside[aria-label] [data-quick-exit-button]").count() == 1


def test_quick_exit_forgets_what_the_portal_kept(page, context, portal_server, guide_url, neutral_site):
    page.goto(guide_url)
    page.evaluate("navigator.serviceWorker.ready")
    page.wait_for_function("navigator.serviceWorker.controller !== null")
    page.goto(guide_url)
    page.evaluate(
        "localStorage.setItem('portal-offline', JSON.stringify({pages: [{path: '/x/', title: 'x'}], emergency: []}))"
    )
    assert page.evaluate("caches.keys().then((names) => names.length)") > 0
    page.locator("[data-quick-exit-button]").click()
    page.wait_for_url(EXIT_HOST)
    # back on the portal's origin (a blank page, not read through a service worker) to look at what is left
    check = context.new_page()
    check.goto(portal_server("/sw.js"))
    assert check.evaluate("caches.keys()") == []
    assert check.evaluate("localStorage.getItem('portal-offline')") is None
    assert check.evaluate("navigator.serviceWorker.getRegistrations().then((r) => r.length)") == 0


def test_browse_more_safely_page_is_translated(page, portal_server):
    page.goto(portal_server("/vi/browse-safely/"))
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.locator("main h1").text_content().strip() == "Duyệt web an toàn hơn"
