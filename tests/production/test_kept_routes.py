"""Kept routes (portal.middleware.routing): a page's route, and a RoutablePageMixin page's own routes, are read
from the content cache through portal's page view, without Wagtail's walk down the tree."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

# Wagtail's walk: the site for the host, then each level's child by its slug.
TREE_WALK = re.compile(r'FROM "wagtailcore_site"|"wagtailcore_page"\."slug[a-z_]*" = ')


def tree_queries(client, url):
    """The queries of a second request that walk the tree: the site's, and pages' by slug."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return [q["sql"] for q in captured.captured_queries if TREE_WALK.search(q["sql"])]


@pytest.mark.parametrize(
    "url", ["/en/countries/viet-nam/", "/vi/policies/", "/en/services/", "/my/services/"]
)
def test_a_kept_route_walks_no_tree(demo_site, client, content_cache_on, url):
    assert tree_queries(client, url) == []


def test_a_routable_pages_own_route_is_kept_and_resolved_again(demo_site, client, content_cache_on):
    from services.models import Service

    hsds_id = Service.objects.filter(live=True).order_by("pk").first().hsds_id
    for url in (f"/en/services/{hsds_id}/", f"/vi/services/{hsds_id}/report/", "/en/services/sources/"):
        assert tree_queries(client, url) == []
    # The kept route of one path never answers another.
    assert client.get("/en/services/not-a-service/").status_code == 404
    assert client.get("/en/services/sources/").context["statuses"] is not None


def test_without_the_content_cache_wagtail_walks_the_tree(demo_site, client, settings):
    settings.CONTENT_CACHE = False
    assert tree_queries(client, "/en/services/")
