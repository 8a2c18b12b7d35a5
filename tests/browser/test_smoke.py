"""The browser test harness itself: the portal answers in Chromium with its styles and no console error."""


def test_home_page_renders_with_styles(page, portal_server):
    response = page.goto(portal_server("/en/"))
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "en"
    # portal.css is applied: the skip link is moved off screen until focused.
    skip_box = page.locator(".skip-link").bounding_box()
    assert skip_box is None or skip_box["y"] < 0 or skip_box["x"] < 0 or skip_box["height"] <= 1
    assert page.console_errors == []


def test_urdu_home_page_is_right_to_left(page, portal_server):
    page.goto(portal_server("/en/", lang="ur"))
    assert page.locator("html").get_attribute("dir") == "rtl"
