"""The "Open data and embeds" page: build an embed, see the preview change, and the iframe take the height of
its content (the embed's postMessage and the resize script)."""

import re

import pytest

LOCAL = re.compile(r"^https?://(127\.0\.0\.1|localhost)(:\d+)?/")


@pytest.fixture
def open_data_path(portal_server):
    paths = portal_server.pages_of("services.OpenDataPage")
    assert paths, "the demo content has no open data page"
    return paths[0]


def frame_height(page):
    return page.locator("#embed-preview").evaluate("frame => frame.getBoundingClientRect().height")


def content_height(frame):
    return frame.locator("body").evaluate(
        "body => { const s = getComputedStyle(body);"
        " return body.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom); }"
    )


def test_build_an_embed_and_the_iframe_resizes_to_its_content(page, portal_server, open_data_path):
    page.route(lambda url: not LOCAL.match(url), lambda route: route.abort())  # no map tiles from outside
    assert page.goto(portal_server(open_data_path)).status == 200
    page.select_option("#id_lang", "vi")
    page.fill("#id_height", "320")
    preview = page.locator("#embed-preview")
    src = preview.get_attribute("src")
    assert "lang=vi" in src and "country=" not in src
    code = page.locator("#embed-builder-code").input_value()
    assert src in code.replace("&amp;", "&") and 'height="320"' in code and "apmigrant:embed-height" in code

    frame = page.frame_locator("#embed-preview")
    frame.locator("html[lang='vi'] .service-list").wait_for()  # the new document, not the first one
    # The embed reports its height; the page's resize script sets it (the chosen 320 px is far too short).
    expected = content_height(frame)
    for _attempt in range(50):
        if abs(frame_height(page) - expected) <= 2:
            break
        page.wait_for_timeout(200)
        expected = content_height(frame)
    assert expected > 400
    assert abs(frame_height(page) - expected) <= 2, (frame_height(page), expected)

    # One country gives a shorter list: the iframe follows it down.
    tall = frame_height(page)
    cards = frame.locator(".service-list > li").count()
    page.select_option("#id_country", "VN")
    assert "country=VN" in preview.get_attribute("src")
    for _attempt in range(100):
        if 0 < frame.locator(".service-list > li").count() < cards:
            break
        page.wait_for_timeout(200)
    for _attempt in range(50):
        page.wait_for_timeout(200)
        if abs(frame_height(page) - content_height(frame)) <= 2 and frame_height(page) != tall:
            break
    assert abs(frame_height(page) - content_height(frame)) <= 2
    assert frame_height(page) < tall
    assert [error for error in page.console_errors if "Failed to load resource" not in error] == []
