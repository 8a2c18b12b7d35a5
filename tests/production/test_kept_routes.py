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


def page_row_queries(client, url, page):
    """The queries of a third request that read `page`'s own row (the first keeps the route, the second the
    page)."""
    client.get(url)
    client.get(url)
    own_row = re.compile(rf'"wagtailcore_page"\."id" = {page.pk}\b|"page_ptr_id" = {page.pk}\b')
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return [q["sql"] for q in captured.captured_queries if own_row.search(q["sql"])]


def test_a_kept_page_is_read_from_the_cache_in_the_requests_language(demo_site, client, content_cache_on):
    from countries.models import CountryGuidePage

    guide = CountryGuidePage.objects.get(iso_code="VN")
    assert page_row_queries(client, "/en/countries/viet-nam/", guide) == []
    assert page_row_queries(client, "/vi/countries/viet-nam/", guide) == []
    english = client.get("/en/countries/viet-nam/").content.decode()
    vietnamese = client.get("/vi/countries/viet-nam/").content.decode()
    assert f"<h1>{guide.title_en}</h1>" in english
    assert f"<h1>{guide.title_vi}</h1>" in vietnamese


def test_a_published_change_replaces_the_kept_page(
    demo_site, client, content_cache_on, django_capture_on_commit_callbacks
):
    from countries.models import CountryGuidePage

    guide = CountryGuidePage.objects.get(iso_code="VN")
    assert page_row_queries(client, "/en/countries/viet-nam/", guide) == []
    with django_capture_on_commit_callbacks(execute=True):
        guide.title_en = "Viet Nam, edited"
        guide.save_revision().publish()
    assert "<h1>Viet Nam, edited</h1>" in client.get("/en/countries/viet-nam/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        guide.unpublish()
    assert client.get("/en/countries/viet-nam/").status_code == 404


def test_a_page_expired_by_the_scheduler_is_not_served_from_the_cache(
    demo_site, client, content_cache_on, django_capture_on_commit_callbacks
):
    from wagtail.models import Page

    from countries.models import LandscapeMapPage

    page = LandscapeMapPage.objects.live().first()
    url = page.get_url()
    assert page_row_queries(client, url, page) == []
    # The scheduler unpublishes Wagtail's base Page: no portal model is saved (and this page has no search
    # documents whose removal would purge).
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=page.pk).unpublish(set_expired=True)
    assert client.get(url).status_code == 404
