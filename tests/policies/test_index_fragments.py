"""The policy index's filter form and result list kept as HTML (policies/index_fragments.py): the same bytes as
rendered afresh, the visitor's own query string in the pagination links, and a publish shown at once."""

import datetime

import pytest

from django.core.cache import cache

from policies import index_fragments, selectors
from tests.content_cache import NONCE_OR_TOKEN

pytestmark = pytest.mark.django_db


@pytest.fixture
def five_policies(make_policy, monkeypatch):
    monkeypatch.setattr(selectors, "PAGE_SIZE", 2)
    make_policy("Korea EPS act", ("KR",), "law", "amended", datetime.date(2003, 8, 16), (5, 6))
    make_policy(
        "Viet Nam trafficking regulation", ("VN",), "regulation", "adopted", datetime.date(2023, 7, 18)
    )
    for n in range(3):
        make_policy(f"Viet Nam decree {n}", ("VN",), adopted=datetime.date(2010 + n, 1, 1), objectives=(6,))


URLS = [
    "/en/policies/",
    "/en/policies/?page=2",
    "/en/policies/?country=VN&page=2",
    "/en/policies/?page=2&country=vn&sort=title",
    "/vi/policies/?country=VN&country=KR&type=law",
    "/ur/policies/?objective=6&page=2",
    "/my/policies/?year=2003",
    "/en/policies/?colour=blue&page=2",
    "/en/policies/?page=abc",
    "/en/policies/?page=99&country=VN",
    "/vi/policies/?sort=random",
]


def _bodies(client):
    return [NONCE_OR_TOKEN.sub("", client.get(url).content.decode()) for url in URLS]


def test_kept_lists_read_the_same_as_rendered_afresh(five_policies, client, settings):
    settings.CONTENT_CACHE = False
    fresh = _bodies(client)
    settings.CONTENT_CACHE = True
    cache.clear()
    try:
        first, second = _bodies(client), _bodies(client)
    finally:
        cache.clear()
    assert first == fresh and second == fresh
    # the pagination links carry each visitor's own query string, though both lists are one kept piece
    assert "?country=VN&amp;page=1" in second[2] and "?country=vn&amp;sort=title&amp;page=1" in second[3]


def test_a_second_request_renders_neither_piece(five_policies, client, content_cache_on, monkeypatch):
    rendered = []
    render = index_fragments.render_to_string
    monkeypatch.setattr(
        index_fragments, "render_to_string", lambda *a, **k: rendered.append(a[0]) or render(*a, **k)
    )
    client.get("/en/policies/?country=VN")
    assert len(rendered) == 2
    client.get("/en/policies/?country=VN")
    assert len(rendered) == 2
    client.get("/en/policies/?country=VN&page=2")  # the same form, another page of cards
    assert rendered[2:] == ["policies/includes/index_results.html"]
    client.get("/en/policies/?country=VN&colour=blue")  # something ignored: rendered, never kept
    client.get("/en/policies/?country=VN&colour=blue")
    assert len(rendered) == 7


def test_a_publish_shows_in_the_kept_list_at_once(
    five_policies, make_policy, client, content_cache_on, django_capture_on_commit_callbacks
):
    html = client.get("/en/policies/").content.decode()
    assert "5 policies" in html and "Thailand labour law" not in html
    with django_capture_on_commit_callbacks(execute=True):
        make_policy("Thailand labour law", ("TH",), adopted=datetime.date(2024, 1, 1))
    html = client.get("/en/policies/").content.decode()
    assert "6 policies" in html and "Thailand labour law" in html
    assert 'name="country" value="TH"' in html  # the kept filter form too


def test_a_kept_list_reads_no_view_restriction(five_policies, client, content_cache_on):
    """`.public()` reads the view restrictions when it is called: only a piece being built calls it."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/en/policies/?country=VN")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/en/policies/?country=VN").status_code == 200
    assert not [
        query for query in captured.captured_queries if "wagtailcore_pageviewrestriction" in query["sql"]
    ]
