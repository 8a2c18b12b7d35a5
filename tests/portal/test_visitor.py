"""Quick exit on every public page, the "Browse more safely" page, and what the service worker never keeps."""

import pytest


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/en/", "/vi/search/?q=mua+b%C3%A1n+ng%C6%B0%E1%BB%9Di", "/ur/browse-safely/"]
)
def test_every_public_page_has_the_quick_exit_in_a_named_landmark(client, home, path):
    html = client.get(path).content.decode()
    assert '<aside class="quick-exit no-print" aria-label="' in html
    assert "data-quick-exit-button" in html


@pytest.mark.django_db
def test_browse_more_safely_in_the_visitors_language(client, home):
    response = client.get("/vi/browse-safely/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Duyệt web an toàn hơn</h1>" in html
    assert "https://support.google.com/chrome/answer/95464" in html
    assert 'href="/vi/browse-safely/"' in html  # linked from the footer


@pytest.mark.django_db
def test_service_worker_never_keeps_search_results(client):
    body = client.get("/sw.js").content.decode()
    assert "const NEVER_KEPT = /^\\/[a-z]{2,3}(?:-[a-z]+)?\\/search\\//i;" in body
    assert "const keep = !NEVER_KEPT.test(url.pathname);" in body


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/vi/browse-safely/", "/vi/updates/"])
def test_pages_without_an_editor_summary_have_a_translated_meta_description(client, home, path):
    html = client.get(path).content.decode()
    start = html.index('<meta name="description" content="') + len('<meta name="description" content="')
    description = html[start : html.index('"', start)]
    assert len(description) > 30 and description.isascii() is False  # the Vietnamese lead sentence


@pytest.mark.django_db
def test_offline_page_is_described_in_the_visitors_language(client):
    html = client.get("/offline/", {"lang": "vi"}).content.decode()
    assert '<meta name="robots"' not in html  # a page of emergency numbers and saved pages: nothing to hide
    assert '<meta name="description" content="' in html
    assert "This page has not been saved on this phone" not in html  # in Vietnamese
