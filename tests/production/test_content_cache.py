"""The content cache (core.content_cache): few queries per page, the same HTML, and every change shown at once."""

import pickle

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.content_cache import NONCE_OR_TOKEN, queries

pytestmark = pytest.mark.django_db

# --- a small tree: each change shows on the next request


@pytest.fixture
def section(home):
    from home.models import StandardPage
    from policies.models import PolicyIndexPage

    index = PolicyIndexPage(title="Laws and policies", slug="policies", show_in_menus=True)
    home.add_child(instance=index)
    index.save_revision().publish()
    about = StandardPage(title="About the portal", slug="about")
    home.add_child(instance=about)
    about.save_revision().publish()
    return index


def test_a_renamed_menu_section_shows_at_once(
    section, client, content_cache_on, django_capture_on_commit_callbacks
):
    assert "Laws and policies" in client.get("/en/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        section.title = "Rights and laws"
        section.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert "Rights and laws" in html and "Laws and policies" not in html


def test_a_renamed_footer_page_shows_at_once(
    demo_site, client, content_cache_on, django_capture_on_commit_callbacks
):
    from home.models import StandardPage

    about = StandardPage.objects.child_of(demo_site).live().first()

    def footer():
        return client.get("/vi/").content.decode().split('<footer class="site-footer">')[1]

    assert f">{about.title_vi or about.title_en}</a>" in footer()
    with django_capture_on_commit_callbacks(execute=True):
        about.title_vi = "Giới thiệu, tên mới"
        about.save_revision().publish()
    assert ">Giới thiệu, tên mới</a>" in footer()


def test_changed_site_settings_show_at_once(
    home, client, content_cache_on, django_capture_on_commit_callbacks
):
    from wagtail.models import Site

    from core.models import PortalSettings

    with django_capture_on_commit_callbacks(execute=True):
        PortalSettings.for_site(Site.objects.get(is_default_site=True))
    client.get("/en/")
    with django_capture_on_commit_callbacks(execute=True):
        portal_settings = PortalSettings.objects.get()
        portal_settings.organisation_name = "A renamed network"
        portal_settings.map_tile_url = "https://tiles.example.org/{z}/{x}/{y}.png"
        portal_settings.save()
    response = client.get("/en/")
    assert "A renamed network" in response.content.decode()
    assert "https://tiles.example.org" in response["Content-Security-Policy"]


def test_a_moved_or_unpublished_page_is_routed_afresh(
    section, client, content_cache_on, django_capture_on_commit_callbacks
):
    assert client.get("/en/policies/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        section.slug = "laws"
        section.save_revision().publish()
    old = client.get("/en/policies/")  # Wagtail's redirect from the old slug, not the kept route
    assert old.status_code == 301 and old["Location"] == "/en/laws/"
    assert client.get("/en/laws/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        section.unpublish()
    assert client.get("/en/laws/").status_code == 404


def test_a_new_view_restriction_applies_at_once(
    section, client, content_cache_on, django_capture_on_commit_callbacks
):
    from wagtail.models import PageViewRestriction

    assert client.get("/en/policies/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/en/policies/")
    assert response.status_code == 302 and "login" in response["Location"]


# --- the demo: query counts and the same HTML with the cache on and off


def test_country_guide_takes_at_most_twelve_queries(demo_site, client, content_cache_on):
    for language in ("en", "vi", "my"):
        count, _response = queries(client, f"/{language}/countries/viet-nam/")
        assert count <= 12, language


def test_a_kept_route_reads_neither_the_site_nor_the_tree(demo_site, client, content_cache_on):
    """The page view (portal/serve.py) takes its route from the content cache: one query loads the page."""
    url = "/en/countries/viet-nam/"
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    sql = [query["sql"] for query in captured.captured_queries]
    assert not [query for query in sql if '"wagtailcore_site"' in query]
    assert len([query for query in sql if query.startswith('SELECT "wagtailcore_page"."id"')]) <= 1


def test_a_kept_route_holds_the_site_without_its_root_page(demo_site, client, content_cache_on):
    """Wagtail's site lookup joins in the root page (17 languages of columns): kept with every route, every
    request unpickled it for nothing. The kept site is the bare row; the site's pages still link right."""
    from wagtail.models import Site

    from core import content_cache

    content_cache._local.clear()
    for url in ("/en/countries/viet-nam/", "/vi/policies/", "/en/search/?q=visa"):
        client.get(url)
        client.get(url)
    sites = []
    for _generation, data in content_cache._local.values():
        value = pickle.loads(data)[0]
        if isinstance(value, Site):
            sites.append(value)
        elif isinstance(value, tuple) and value and isinstance(value[0], Site):
            sites.append(value[0])
    assert len(sites) >= 3
    assert [site for site in sites if "root_page" in site._state.fields_cache] == []
    assert 'href="/en/countries/"' in client.get("/en/countries/viet-nam/").content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/en/",
        "/vi/countries/viet-nam/",
        "/my/countries/viet-nam-to-republic-of-korea-marriage/",
        "/vi/policies/",
        "/vi/policies/viet-nam-law-on-contract-based-overseas-workers/",
        "/ur/policies/?country=VN&sort=title",
        "/en/policies/?colour=blue&type=law",
        "/my/services/",
        "/vi/migration-landscape/",
        "/en/countries/",
    ],
)
def test_pages_read_the_same_with_the_content_cache(demo_site, client, settings, url):
    settings.CONTENT_CACHE = False
    without = NONCE_OR_TOKEN.sub("", client.get(url).content.decode())
    settings.CONTENT_CACHE = True
    cache.clear()
    client.get(url)
    cached_count, cached = queries(client, url)
    settings.CONTENT_CACHE = False
    uncached_count, _response = queries(client, url)
    cache.clear()
    assert NONCE_OR_TOKEN.sub("", cached.content.decode()) == without
    assert cached_count < uncached_count


def test_a_request_reads_kept_pieces_from_the_process_memory_until_a_purge(content_cache_on):
    """Within a request (one read of the generation), pieces this process has read come from its memory, not
    the shared cache; a purge is seen by the next request."""
    from core import content_cache

    builds = []

    def piece(value):
        return content_cache.remember(("test-piece", value), lambda: builds.append(value) or [value])

    with content_cache.request_scope():
        assert piece("a") == ["a"]
    cache.delete(content_cache.key_for("test-piece", "a"))  # gone from the shared cache
    with content_cache.request_scope():
        first, second = piece("a"), piece("a")
    assert first == second == ["a"] and first is not second and builds == ["a"]
    content_cache.new_generation()
    with content_cache.request_scope():
        assert piece("a") == ["a"]
    assert builds == ["a", "a"]


def test_the_kept_map_body_follows_the_choice_and_leaves_errors_out(demo_site, client, content_cache_on):
    """The landscape map's form, map and tables are rendered once per language and valid choice: a bad
    parameter still shows its error, and another country shows its own corridors."""
    plain = client.get("/en/migration-landscape/").content.decode()
    bad = client.get("/en/migration-landscape/?year=1800").content.decode()
    chosen = client.get("/en/migration-landscape/?country=VN").content.decode()
    assert 'role="alert"' not in plain and 'role="alert"' in bad
    assert "data-corridors-table" in chosen and "data-corridors-table" not in plain
    assert client.get("/vi/migration-landscape/").content.decode() != plain


def test_each_page_type_reads_the_shared_cache_once(demo_site, client, content_cache_on, monkeypatch):
    """Every kept piece a request reads, the sites' root paths and the services' directory path included,
    comes with one read of the generation: one round trip to Redis per uncached page, whatever it lists."""
    from services.models import Service

    service = Service.objects.filter(status="active").order_by("pk").first()
    urls = [
        "/en/",
        "/vi/countries/viet-nam/",
        "/en/countries/viet-nam-to-republic-of-korea-marriage/",
        "/en/policies/viet-nam-law-on-contract-based-overseas-workers/",
        "/my/policies/",
        "/en/services/",
        f"/en/services/{service.hsds_id}/",
        "/en/search/?q=visa",
        "/vi/migration-landscape/",
    ]
    reads, depth = [], [0]

    def counted(method):
        def read(*args, **kwargs):
            if not depth[0]:
                reads.append(method.__name__)
            depth[0] += 1
            try:
                return method(*args, **kwargs)
            finally:
                depth[0] -= 1

        return read

    for url in urls:  # the first request keeps the route, the second the routed page
        client.get(url)
        client.get(url)
    monkeypatch.setattr(cache, "get", counted(cache.get))
    monkeypatch.setattr(cache, "get_many", counted(cache.get_many))
    for url in urls:
        reads.clear()
        assert client.get(url).status_code == 200, url
        assert len(reads) == 1, (url, reads)


@pytest.mark.parametrize(
    ("model", "url"),
    [
        ("CountryGuidePage", "/en/countries/viet-nam/"),
        ("CorridorGuidePage", "/en/countries/viet-nam-to-republic-of-korea-marriage/"),
    ],
)
def test_a_guide_article_is_kept_until_a_publish_and_never_for_a_preview(
    demo_site, client, content_cache_on, django_capture_on_commit_callbacks, model, url
):
    """The guide's article is rendered once per language and site (core.content_cache.remember_html): a
    change that purges nothing does not show, a publish does at once, and a preview shows its own draft."""
    from django.apps import apps

    from wagtail.models import Page

    page_class = apps.get_model("countries", model)
    guide = page_class.objects.get(pk=Page.objects.get(url_path__endswith=url[3:]).pk)
    client.get(url)
    page_class.objects.filter(pk=guide.pk).update(intro="Words nobody published")  # no signal, no purge
    assert "Words nobody published" not in client.get(url).content.decode()
    guide.intro = "A draft introduction"
    assert "A draft introduction" in guide.make_preview_request().content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        guide.intro = "A published introduction"
        guide.save_revision().publish()
    html = client.get(url).content.decode()
    assert "A published introduction" in html and "A draft introduction" not in html


def test_a_policy_article_is_kept_until_a_change_and_never_for_a_preview(
    demo_site, client, content_cache_on, monkeypatch, django_capture_on_commit_callbacks
):
    """The policy's article is rendered once per language and site: read again without rendering, shown
    afresh at once after a publish or a new dated update, and a preview shows its own draft."""
    import datetime

    from policies.models import PolicyPage, PolicyUpdate
    from policies.models import pages as policy_pages

    url = "/en/policies/viet-nam-law-on-contract-based-overseas-workers/"
    policy = PolicyPage.objects.get(slug="viet-nam-law-on-contract-based-overseas-workers")
    first = client.get(url).content.decode()
    render = policy_pages.render_to_string
    monkeypatch.setattr(
        policy_pages, "render_to_string", lambda *args, **kwargs: pytest.fail("rendered again")
    )
    assert NONCE_OR_TOKEN.sub("", client.get(url).content.decode()) == NONCE_OR_TOKEN.sub("", first)
    monkeypatch.setattr(policy_pages, "render_to_string", render)
    policy.summary_en = "A draft summary"
    assert "A draft summary" in policy.make_preview_request().content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        policy.summary_en = "A published summary"
        policy.change_note = ""
        policy.save_revision().publish()
    html = client.get(url).content.decode()
    assert "A published summary" in html and "A draft summary" not in html
    with django_capture_on_commit_callbacks(execute=True):
        PolicyUpdate.objects.create(
            page=policy, date=datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC), note="A new dated change"
        )
    assert "A new dated change" in client.get(url).content.decode()


def test_kept_pieces_hold_no_lazy_translation(demo_site, client, content_cache_on):
    """A lazy translation (gettext_lazy) unpickles by building a proxy class of its own, about 0.1 ms each,
    on every read of a kept piece: kept pieces hold plain strings (the language is part of their key)."""
    from core import content_cache

    content_cache._local.clear()
    for url in [
        "/en/",
        "/vi/countries/viet-nam/",
        "/en/policies/",
        "/vi/policies/?type=law",
        "/en/policies/viet-nam-law-on-contract-based-overseas-workers/",
        "/en/services/",
        "/vi/migration-landscape/",
    ]:
        client.get(url)
        client.get(url)
    kept = dict(content_cache._local)
    assert len(kept) > 20
    assert [key for key, (_generation, data) in kept.items() if b"_lazy_proxy_unpickle" in data] == []


def test_the_home_page_body_is_kept_until_a_publish(
    demo_site, client, content_cache_on, monkeypatch, django_capture_on_commit_callbacks
):
    from home import models as home_models

    first = client.get("/vi/").content.decode()
    render = home_models.render_to_string
    monkeypatch.setattr(
        home_models, "render_to_string", lambda *args, **kwargs: pytest.fail("rendered again")
    )
    assert NONCE_OR_TOKEN.sub("", client.get("/vi/").content.decode()) == NONCE_OR_TOKEN.sub("", first)
    monkeypatch.setattr(home_models, "render_to_string", render)
    with django_capture_on_commit_callbacks(execute=True):
        demo_site.title_vi = "Cổng thông tin, tiêu đề mới"
        demo_site.save_revision().publish()
    assert "Cổng thông tin, tiêu đề mới" in client.get("/vi/").content.decode()
