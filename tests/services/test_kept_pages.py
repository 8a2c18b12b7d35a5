"""The directory and the service pages from the content cache: few queries, as few with more services, the
same HTML, "open now" worked out on every request, and a service's page kept whole by the page cache."""

import pytest

from django.core.cache import cache

from services.models import Service
from tests.content_cache import NONCE_OR_TOKEN, queries

pytestmark = pytest.mark.django_db


def helpline_url(language="en"):
    return f"/{language}/services/{Service.objects.get(phones__number='1345').hsds_id}/"


@pytest.mark.parametrize(
    "url", ["/en/services/", "/vi/services/?country=KR&type=hotline", "/my/services/?page=2", "service"]
)
def test_the_directory_and_a_service_read_the_same_with_the_content_cache(demo_site, client, settings, url):
    url = helpline_url("vi") if url == "service" else url
    settings.CONTENT_CACHE = False
    uncached_count, uncached = queries(client, url)
    settings.CONTENT_CACHE = True
    cache.clear()
    cached_count, cached = queries(client, url)
    cache.clear()
    assert NONCE_OR_TOKEN.sub("", cached.content.decode()) == NONCE_OR_TOKEN.sub(
        "", uncached.content.decode()
    )
    assert cached_count < uncached_count


def test_queries_stay_as_few_with_more_services(
    demo_site, client, content_cache_on, django_capture_on_commit_callbacks
):
    from services.demo.generate import generated_services
    from services.importers import import_services

    urls = ("/en/services/", "/en/services/?country=VN&page=2", helpline_url())
    before = [queries(client, url)[0] for url in urls]
    with django_capture_on_commit_callbacks(execute=True):
        import_services(generated_services(60), language="en")
    after = [queries(client, url)[0] for url in urls]
    assert after == before
    # The directory page's route is kept (portal.middleware.routing): the page itself, and a service's id.
    assert before[0] <= 1 and before[2] <= 2


def test_kept_routes_follow_a_renamed_directory(
    demo_site, client, content_cache_on, django_capture_on_commit_callbacks
):
    from services.models import ServiceDirectoryPage

    url = helpline_url()
    assert client.get(url).status_code == 200 and client.get(f"{url}report/").status_code == 200
    assert client.get("/en/services/not-a-service/").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        directory = ServiceDirectoryPage.objects.get()
        directory.slug = "help"
        directory.save_revision().publish()
    moved = url.replace("/en/services/", "/en/help/")
    assert client.get(url).status_code == 301 and client.get(url)["Location"] == moved
    assert client.get(moved).status_code == 200 and client.get("/en/help/").status_code == 200
    assert client.get(f"{moved}report/").status_code == 200


def test_open_now_is_worked_out_on_every_request(demo_site, client, content_cache_on, monkeypatch):
    url = helpline_url()
    monkeypatch.setattr("services.items.is_open_now", lambda hours, country, now=None: True)
    assert "Open now" in client.get(url).content.decode()
    assert "Open now" in client.get("/en/services/").content.decode()
    monkeypatch.setattr("services.items.is_open_now", lambda hours, country, now=None: False)
    assert "Closed now" in client.get(url).content.decode()
    assert "Open now" not in client.get("/en/services/").content.decode()


def test_a_changed_service_shows_at_once(
    demo_site, client, content_cache_on, django_capture_on_commit_callbacks
):
    url = helpline_url()
    client.get(url)
    client.get("/en/services/")
    service = Service.objects.get(phones__number="1345")
    with django_capture_on_commit_callbacks(execute=True):
        service.name_en = "A renamed helpline"
        service.save()
    assert "A renamed helpline" in client.get(url).content.decode()
    assert "A renamed helpline" in client.get("/en/services/").content.decode()


def test_a_service_page_is_kept_whole_and_its_report_form_never(demo_site, client, settings):
    from wagtail.models import Site

    from core.models import PortalSettings

    PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.PAGE_CACHE_SERVER = True
    cache.clear()
    url = helpline_url()
    first = client.get(url)
    second = client.get(url)
    assert "X-Page-Cache" not in first and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    client.get(f"{url}report/")
    report = client.get(f"{url}report/")
    assert "X-Page-Cache" not in report and "csrfmiddlewaretoken" in report.content.decode()
    assert "public" not in report.get("Cache-Control", "")
    cache.clear()


def test_the_filter_form_is_kept_but_never_with_the_visitors_words(demo_site, client, settings, monkeypatch):
    """services.directory.filter_form_html: kept per valid choice; a text query, a city or an ignored
    parameter renders afresh; the same bytes as rendered afresh (a checkbox sent as "0" is drawn checked)."""
    from services import directory

    urls = [
        "/en/services/",
        "/en/services/?free=0",
        "/en/services/?free=on&view=map",
        "/vi/services/?country=VN&language=ko",
        "/en/services/?q=visa",
        "/en/services/?city=Seoul",
        "/en/services/?country=XX",
    ]
    settings.CONTENT_CACHE = False
    fresh = [NONCE_OR_TOKEN.sub("", client.get(url).content.decode()) for url in urls]
    settings.CONTENT_CACHE = True
    cache.clear()
    rendered = []
    render = directory.render_to_string
    monkeypatch.setattr(directory, "render_to_string", lambda *a, **k: rendered.append(1) or render(*a, **k))
    try:
        for _round in (1, 2):
            assert [NONCE_OR_TOKEN.sub("", client.get(url).content.decode()) for url in urls] == fresh
    finally:
        cache.clear()
    assert len(rendered) == 4 + 3 * 2  # four choices rendered once; the words and the bad code each time


def test_a_card_is_rendered_once_then_kept_for_every_list_that_shows_it(
    demo_site, client, content_cache_on, monkeypatch
):
    from services.templatetags import service_tags

    first = client.get("/en/services/").content.decode()
    client.get("/embed/services/?lang=en")
    monkeypatch.setattr(
        service_tags, "render_to_string", lambda *args, **kwargs: pytest.fail("rendered again")
    )
    again = client.get("/en/services/?view=list").content.decode()  # another list, the same cards
    assert again.count('class="service-card"') == first.count('class="service-card"') > 0
    assert 'target="_top"' in client.get("/embed/services/?lang=en").content.decode()  # the embed's own cards
