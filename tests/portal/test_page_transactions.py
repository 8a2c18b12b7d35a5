"""Page reads run outside the request's transaction; anything posted to a page runs inside one (portal/serve.py).

On SQLite each transaction is IMMEDIATE and takes the write lock, so reads in transactions queued behind each
other. The test's own transaction wraps everything, so the check counts the atomic blocks the request adds.
"""

import pytest

from django.db import connection
from django.urls import resolve

from wagtail import hooks

from portal.serve import serve

pytestmark = pytest.mark.django_db


def _blocks_while_serving(client, method, url):
    seen = []

    def record(page, request, serve_args, serve_kwargs):
        seen.append(len(connection.atomic_blocks))

    with hooks.register_temporarily("before_serve_page", record):
        response = getattr(client, method)(url)
    assert response.status_code == 200, response.status_code
    return seen[0]


def test_the_page_tree_is_served_by_the_portals_view(home):
    assert resolve(home.url).func is serve


def test_a_page_read_adds_no_transaction_and_a_post_adds_one(client, home):
    baseline = len(connection.atomic_blocks)
    assert _blocks_while_serving(client, "get", home.url) == baseline
    assert _blocks_while_serving(client, "head", home.url) == baseline
    assert _blocks_while_serving(client, "post", home.url) == baseline + 1


def test_a_search_adds_no_transaction(client, monkeypatch, db):
    """The search page only reads: outside a transaction, searches do not queue behind each other on SQLite."""
    import search.views

    seen = []
    real = search.views.search_page_context

    def record(*args):
        seen.append(len(connection.atomic_blocks))
        return real(*args)

    monkeypatch.setattr(search.views, "search_page_context", record)
    baseline = len(connection.atomic_blocks)
    assert client.get("/en/search/?q=visa").status_code == 200
    assert seen == [baseline]
