"""The server's own page cache: anonymous visitors get the kept page, any content change purges it."""

import pytest

from django.core.cache import cache

from portal import page_cache

pytestmark = pytest.mark.django_db


@pytest.fixture
def server_cache(home, settings):
    from wagtail.models import Site

    from core.models import PortalSettings

    # The first page view would create the site's settings row, a change that purges the cache.
    PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.PAGE_CACHE_SERVER = True
    cache.clear()
    page_cache.forget_local()
    yield
    cache.clear()
    page_cache.forget_local()


def test_a_second_visit_is_served_from_the_cache_with_fresh_security_headers(home, client, server_cache):
    first = client.get("/en/")
    assert first.status_code == 200 and "X-Page-Cache" not in first
    second = client.get("/en/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"]
    assert "frame-ancestors 'none'" in second["Content-Security-Policy"]
    assert second["X-Frame-Options"] == "DENY"
    # Another language, or another query string, is another page.
    assert "X-Page-Cache" not in client.get("/vi/")
    assert "X-Page-Cache" not in client.get("/en/?page=2")


def test_publishing_a_change_purges_the_kept_page(
    home, client, server_cache, django_capture_on_commit_callbacks
):
    client.get("/en/")
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        home.title = "Migrant portal, new title"
        home.save_revision().publish()
    response = client.get("/en/")
    assert "X-Page-Cache" not in response
    assert "Migrant portal, new title" in response.content.decode()


def test_an_import_purges_the_kept_pages(home, client, server_cache, django_capture_on_commit_callbacks):
    from services.demo.generate import generated_services
    from services.importers import import_services

    client.get("/en/")
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        import_services(generated_services(1), language="en")
    assert "X-Page-Cache" not in client.get("/en/")


def test_a_visitors_report_or_an_image_rendition_does_not_purge(
    home, server_cache, django_capture_on_commit_callbacks
):
    from wagtail.images.models import Image, Rendition

    from services.demo.generate import generated_services
    from services.importers import import_services
    from services.models import Service, ServiceReport

    import_services(generated_services(1), language="en")
    before = page_cache._generation()
    with django_capture_on_commit_callbacks(execute=True):
        ServiceReport.objects.create(service=Service.objects.get(), message="The phone number is wrong.")
    assert page_cache._generation() == before
    assert not page_cache.watched(Rendition)
    assert page_cache.watched(Image) and page_cache.watched(Service)


def test_signed_in_visitors_and_pages_with_forms_are_never_served_from_the_cache(
    home, client, server_cache, django_user_model
):
    client.get("/en/")
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    editor = django_user_model.objects.create_user("editor", "e@example.org", "x" * 20)
    client.force_login(editor)
    assert "X-Page-Cache" not in client.get("/en/")
    client.logout()
    client.get("/admin/login/")
    assert "X-Page-Cache" not in client.get("/admin/login/")


def test_off_unless_configured(home, client, settings):
    settings.PAGE_CACHE_SERVER = False
    cache.clear()
    client.get("/en/")
    assert "X-Page-Cache" not in client.get("/en/")


def test_a_page_rendered_while_content_changed_is_not_kept(home, client, server_cache, monkeypatch):
    """A change committed while a page renders must not leave that page, rendered from the old content,
    as the one served after the purge."""
    from home.models import HomePage

    original_serve = HomePage.serve

    def serve_then_change(self, request, *args, **kwargs):
        response = original_serve(self, request, *args, **kwargs)
        page_cache.purge()  # an editor's change commits while this response is on its way
        return response

    monkeypatch.setattr(HomePage, "serve", serve_then_change)
    client.get("/en/")
    monkeypatch.setattr(HomePage, "serve", original_serve)
    assert "X-Page-Cache" not in client.get("/en/")


def test_the_embed_is_kept_per_resolved_language(home, client, server_cache):
    thai = client.get("/embed/services/", HTTP_ACCEPT_LANGUAGE="th")
    assert thai["Content-Language"] == "th" and 'lang="th"' in thai.content.decode()
    # The next visitor asks in no language: the Thai embed is not what they get.
    other = client.get("/embed/services/")
    assert "X-Page-Cache" not in other
    assert other["Content-Language"] == "en" and 'lang="en"' in other.content.decode()
    # Without ?lang= the language came from the request headers: no CDN may share it by URL alone.
    assert "public" not in other.get("Cache-Control", "")
    # ?lang= says which: kept and shared, with the language it names, whatever the headers say.
    client.get("/embed/services/?lang=vi", HTTP_ACCEPT_LANGUAGE="th")
    kept = client.get("/embed/services/?lang=vi", HTTP_ACCEPT_LANGUAGE="th")
    assert kept["X-Page-Cache"] == "hit" and "public" in kept["Cache-Control"]
    assert kept["Content-Language"] == "vi"


def test_a_path_that_is_not_its_own_canonical_path_is_never_served_from_the_cache(home, client, server_cache):
    home_page = client.get("/en/")
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    for path in ("/embed/..%2fen/", "/embed/../en/", "/en/./", "/fr/..%2fen/", "/en//"):
        response = client.get(path)
        # Never the kept home page under a path whose headers (framing) are another page's.
        assert "X-Page-Cache" not in response, path
        assert response.content != home_page.content, path


def test_unknown_parameters_and_search_queries_are_not_kept(home, client, server_cache):
    def entries():
        return sum(1 for key in cache._cache if "page-cache:" in key and "generation" not in key)

    client.get("/en/")
    before = entries()
    for n in range(5):
        assert client.get(f"/en/?utm_source={n}").status_code == 200
    assert entries() == before
    assert "X-Page-Cache" not in client.get("/en/?utm_source=0")
    client.get("/en/?page=2")
    assert entries() == before + 1


def test_search_results_are_kept_by_no_shared_cache(home, client, server_cache):
    for _ in range(2):
        page = client.get("/en/search/?q=visa")
        assert "X-Page-Cache" not in page
    assert "public" not in page["Cache-Control"] and "no-store" in page["Cache-Control"]
    api = client.get("/api/search?q=visa")
    assert "public" not in api["Cache-Control"] and "private" in api["Cache-Control"]
    suggestions = client.get("/api/search/autocomplete?q=vi")
    assert "public" not in suggestions["Cache-Control"]
    assert not any("visa" in str(value) for value in cache._cache.values())


def test_the_key_is_the_path_the_headers_read_and_only_a_canonical_one(rf):
    # The framing policy reads path_info as it is: a key that normalised it would serve one page's kept
    # response under another path's headers (/embed/ may be framed by anyone).
    for path in ("/embed/../en/policies/", "/embed/./x/", "/en//policies/", "/en/policies/.."):
        assert page_cache.key_for(rf.get(path)) is None, path
    assert page_cache.key_for(rf.get("/en/policies/")) != page_cache.key_for(rf.get("/embed/en/policies/"))
    thai, english = rf.get("/embed/services/"), rf.get("/embed/services/")
    thai.LANGUAGE_CODE, english.LANGUAGE_CODE = "th", "en"
    assert page_cache.key_for(thai) != page_cache.key_for(english)


def test_a_hit_is_bytes_from_the_cache_compressed_once(home, client, server_cache, monkeypatch):
    """A hit runs no query and compresses nothing: the page is kept with its headers and in each encoding."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from portal.middleware import compression

    first = client.get("/en/", HTTP_ACCEPT_ENCODING="br")
    monkeypatch.setattr(compression, "compress", lambda *args: pytest.fail("compressed on a hit"))
    with CaptureQueriesContext(connection) as captured:
        hits = [client.get("/en/", HTTP_ACCEPT_ENCODING=accept) for accept in ("br", "gzip", "")]
    assert not captured.captured_queries
    assert all(hit["X-Page-Cache"] == "hit" for hit in hits)
    assert [hit.get("Content-Encoding") for hit in hits] == ["br", "gzip", None]
    assert hits[0].content == first.content
    assert hits[2]["Content-Length"] == str(len(hits[2].content))
    for name in ("Content-Security-Policy", "X-Frame-Options", "Permissions-Policy", "Content-Language"):
        assert hits[1][name] == first[name], name
    assert "Accept-Encoding" in hits[2]["Vary"]


def test_a_page_this_process_served_costs_a_read_of_the_generation_alone(
    home, client, server_cache, monkeypatch
):
    """The process keeps the pages it served: a hit reads the generation (a few bytes) from the shared cache,
    not the page in three encodings; after a purge its copy is never served."""
    first = client.get("/en/")
    read = []
    get, get_many = cache.get, cache.get_many
    monkeypatch.setattr(
        cache, "get", lambda key, *args, **kwargs: read.append(key) or get(key, *args, **kwargs)
    )
    monkeypatch.setattr(
        cache, "get_many", lambda keys, *args, **kwargs: read.extend(keys) or get_many(keys, *args, **kwargs)
    )
    hit = client.get("/en/")
    assert hit["X-Page-Cache"] == "hit" and hit.content == first.content
    assert read == [page_cache.GENERATION_KEY]
    page_cache.purge()
    assert "X-Page-Cache" not in client.get("/en/")
    # Another process (this one without its copies) reads the page from the shared cache.
    page_cache.forget_local()
    read.clear()
    again = client.get("/en/")
    assert again["X-Page-Cache"] == "hit" and len(set(read)) == 2  # the generation and the page


def test_migrate_on_a_deploy_forgets_what_the_previous_release_kept(monkeypatch):
    from django.apps import apps
    from django.db.models.signals import post_migrate

    def send():
        post_migrate.send(
            sender=apps.get_app_config("portal"),
            app_config=apps.get_app_config("portal"),
            verbosity=0,
            interactive=False,
            using="default",
            apps=apps,
            plan=[],
        )

    before = page_cache._generation()
    send()
    assert page_cache._generation() != before
    # A cache that cannot be reached then does not fail the deploy.
    monkeypatch.setattr(page_cache.content_cache, "new_generation", lambda: 1 / 0)
    send()
