"""No asset from another host on any page of the demo site; public pages cacheable and purged on publish;
collectstatic with hashed names works."""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from django.core.management import call_command
from django.test import override_settings

from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Page

from core.security import origin_of_tile_url


class AssetParser(HTMLParser):
    """Collects the URLs a browser would fetch on its own: scripts, stylesheets, images, frames, media."""

    def __init__(self):
        super().__init__()
        self.assets = []
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"script", "img", "iframe", "audio", "video", "source", "embed", "track"} and attrs.get(
            "src"
        ):
            self.assets.append(attrs["src"])
        if tag in {"img", "source"} and attrs.get("srcset"):
            self.assets.extend(part.split()[0] for part in attrs["srcset"].split(",") if part.strip())
        if tag == "link" and attrs.get("href"):
            rel = (attrs.get("rel") or "").lower()
            if any(
                word in rel.split() for word in ("stylesheet", "icon", "preload", "modulepreload", "manifest")
            ):
                self.assets.append(attrs["href"])
        if tag == "object" and attrs.get("data"):
            self.assets.append(attrs["data"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])


def foreign_assets(html, allowed_origin):
    parser = AssetParser()
    parser.feed(html)
    foreign = []
    for url in parser.assets:
        parts = urlsplit(url)
        if not parts.netloc and parts.scheme in {"", "data"}:
            continue
        if parts.netloc == "testserver":
            continue
        if allowed_origin and url.startswith(allowed_origin.replace("*.", "")):
            continue
        foreign.append(url)
    # Inline CSS may pull assets too.
    foreign += [u for u in re.findall(r"url\(\s*['\"]?(https?:)?//([^'\")]+)", html) if u]
    return foreign, parser.links


def test_parser_catches_a_third_party_asset():
    html = (
        '<script src="https://cdn.example.com/x.js"></script><link rel="stylesheet" href="//fonts.example/a.css">'
        '<img src="/media/a.png"><iframe src="https://www.youtube.com/embed/x"></iframe><a href="https://ok.example">'
    )
    foreign, links = foreign_assets(html, "")
    assert foreign == [
        "https://cdn.example.com/x.js",
        "//fonts.example/a.css",
        "https://www.youtube.com/embed/x",
    ]
    assert links == ["https://ok.example"]


@pytest.mark.django_db
def test_no_page_loads_anything_from_another_host(demo_site, client, settings):
    tile_origin = origin_of_tile_url(settings.MAP_TILE_URL)
    urls = set()
    for page in Page.objects.live().filter(depth__gt=1).specific():
        url = page.get_url()
        if url:
            urls.add(url)
    assert len(urls) > 5
    urls.add("/ur/")
    from search import urls as search_urls

    if search_urls.urlpatterns:  # the search page, once the search app serves it
        urls |= {"/en/search/?q=x", "/vi/search/?q=x"}
    checked = 0
    embeds = set()
    while urls:
        url = urls.pop()
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        foreign, links = foreign_assets(html, tile_origin)
        assert not foreign, f"{url} loads {foreign}"
        embeds |= {link for link in links if link.startswith("/embed/")} - {url}
        checked += 1
        if not urls and embeds:
            urls, embeds = embeds, set()
    assert checked >= 8


@pytest.mark.django_db
def test_the_admin_loads_nothing_from_another_host(client, django_user_model):
    """Wagtail's admin shows avatars from gravatar.com unless told not to: each page would send a hash of the
    editor's e-mail to another host."""
    user = django_user_model.objects.create_superuser("avatar", "avatar@example.org", "a-long-password-123")
    client.force_login(user)
    for url in ("/admin/", "/admin/account/", "/admin/users/"):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        foreign, _links = foreign_assets(response.content.decode(), "")
        assert not foreign, f"{url} loads {foreign}"


@pytest.mark.django_db
def test_demo_privacy_statement_stays_true(demo_site, client, settings):
    """The privacy page promises no IP address in logs unless the operator configures it: the defaults agree."""
    privacy = [p for p in Page.objects.live() if "privacy" in p.slug]
    assert privacy
    html = client.get("/en" + privacy[0].url_path.removeprefix(demo_site.url_path[:-1])).content.decode()
    assert "IP address" in html and "operator" in html
    assert settings.LOGGING["root"]["handlers"] == ["console"]
    assert not any("REMOTE_ADDR" in str(value) for value in settings.LOGGING.values())


@pytest.mark.django_db
def test_public_pages_are_cacheable_for_anonymous_visitors_only(demo_site, client, django_user_model):
    response = client.get("/en/")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert "max-age=300" in response["Cache-Control"]
    assert not response.cookies
    admin = django_user_model.objects.create_superuser("admin", "a@example.org", "x" * 20)
    client.force_login(admin)
    response = client.get("/en/")
    assert "public" not in response.get("Cache-Control", "")
    admin_page = client.get("/admin/")
    assert (
        "private" in admin_page["Cache-Control"]
        or "no-store" in admin_page["Cache-Control"]
        or "no-cache" in admin_page["Cache-Control"]
    )


@pytest.mark.django_db
def test_pages_holding_a_csrf_token_are_not_shared(client):
    response = client.get("/admin/login/")
    assert "public" not in response.get("Cache-Control", "")


PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)

    def purge_batch(self, urls):
        PURGED.extend(urls)


@pytest.mark.django_db
def test_publishing_purges_the_page_in_every_language(demo_site, django_capture_on_commit_callbacks):
    PURGED.clear()
    with (
        override_settings(
            WAGTAILFRONTENDCACHE={
                "test": {"BACKEND": "tests.production.test_privacy_and_caching.RecordingBackend"}
            }
        ),
        django_capture_on_commit_callbacks(execute=True),
    ):
        revision = demo_site.save_revision()
        revision.publish()
    paths = {urlsplit(url).path for url in PURGED}
    assert "/en/" in paths and "/vi/" in paths and "/ur/" in paths


def test_collectstatic_with_hashed_names(tmp_path):
    with override_settings(
        STATIC_ROOT=tmp_path,
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
            "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
        },
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
    manifest = (tmp_path / "staticfiles.json").read_text()
    assert '"css/portal.css": "css/portal.' in manifest
    hashed = list((tmp_path / "css").glob("portal.*.css"))
    assert hashed
    assert list((tmp_path / "css").glob("portal.*.css.gz"))
