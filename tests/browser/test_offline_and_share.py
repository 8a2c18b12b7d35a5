"""Offline reading through the service worker, the offline page, and the share links, in a real browser."""

from urllib.parse import quote, urlsplit

import pytest


@pytest.fixture
def guide_path(portal_server):
    guides = portal_server.pages_of("countries.CountryGuidePage")
    assert guides, "the demo content has no country guide"
    return guides[0]


def _controlled(page):
    page.evaluate("navigator.serviceWorker.ready")
    page.wait_for_function("navigator.serviceWorker.controller !== null")


def test_service_worker_is_served_at_the_root_with_the_whole_site_as_scope(page, portal_server):
    response = page.request.get(portal_server("/sw.js"))
    assert response.status == 200
    assert response.headers["service-worker-allowed"] == "/"
    assert "javascript" in response.headers["content-type"]
    assert "no-cache" in response.headers["cache-control"]


def test_pages_read_stay_readable_offline(page, context, portal_server, guide_path):
    url = portal_server(guide_path)
    page.goto(url)
    _controlled(page)
    page.goto(url)  # now through the service worker, which keeps a copy
    title = page.locator("main h1").first.text_content()
    context.set_offline(True)
    page.goto(url)
    assert page.locator("main h1").first.text_content() == title


def test_unread_page_offline_shows_the_offline_page_with_the_emergency_numbers(
    page, context, portal_server, guide_path
):
    page.goto(portal_server(guide_path))
    _controlled(page)
    page.goto(portal_server(guide_path))
    has_numbers = page.locator(".emergency-box a[href^='tel:']").count() > 0
    context.set_offline(True)
    page.goto(portal_server("/en/a-page-never-read/"))
    assert page.locator("[data-offline-emergency]").count() == 1
    numbers = page.locator("[data-offline-emergency] a[href^='tel:']")
    if has_numbers:
        assert numbers.count() > 0
    assert page.locator("html").get_attribute("lang") == "en"


def test_save_for_offline_button_keeps_the_guide(page, portal_server, guide_path):
    page.goto(portal_server(guide_path))
    _controlled(page)
    button = page.locator("[data-save-offline]")
    assert button.is_visible()
    button.click()
    status = page.locator("[data-save-offline-status]")
    status.wait_for(state="visible")
    assert status.text_content() == button.get_attribute("data-saved")
    saved = page.evaluate("caches.open('saved-v1').then(c => c.keys()).then(keys => keys.map(k => k.url))")
    assert portal_server(guide_path) in saved
    stored = page.evaluate("JSON.parse(localStorage.getItem('portal-offline')).pages.map(p => p.path)")
    assert guide_path in stored


def test_offline_page_in_urdu_is_right_to_left(page, portal_server):
    page.goto(portal_server("/offline/?lang=ur"))
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ur"


def test_offline_page_ignores_an_unknown_language(page, portal_server):
    response = page.goto(portal_server("/offline/?lang=<script>"))
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "en"


def test_share_links_are_plain_links_to_the_messaging_apps(page, portal_server, guide_path):
    page.goto(portal_server(guide_path))
    links = page.locator(".share-links a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    schemes = {urlsplit(href).scheme + ":" + urlsplit(href).netloc for href in hrefs}
    assert {
        "https:wa.me",
        "viber:forward",
        "https:line.me",
        "https:zalo.me",
        "https:t.me",
        "fb-messenger:share",
    } <= schemes
    encoded = quote(portal_server(guide_path), safe="")
    assert all(encoded in href for href in hrefs)
    # No script from any other host on the page.
    sources = page.evaluate("Array.from(document.scripts).map(s => s.src).filter(Boolean)")
    assert all(src.startswith(portal_server.url) for src in sources)


def test_copy_link_button_appears_with_javascript(page, portal_server, guide_path):
    page.goto(portal_server(guide_path))
    assert page.locator("[data-copy-link]").is_visible()
