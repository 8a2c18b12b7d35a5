"""Security headers: CSP with nonces, framing by path, Permissions-Policy, admin under its own policy."""

import re

import pytest

from core.security import origin_of_tile_url, permissions_policy


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in (p.strip() for p in policy.split(";")) if part}


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"),
        ("https://{s}.tiles.example.org:8443/{z}/{x}/{y}.png", "https://*.tiles.example.org:8443"),
        ("/tiles/{z}/{x}/{y}.png", ""),
        ("", ""),
    ],
)
def test_tile_origin(url, origin):
    assert origin_of_tile_url(url) == origin


def test_geolocation_only_where_a_page_asks_for_it():
    """The service directory and its routes ask (tests/services/test_routing.py), and embeds; nothing else."""
    assert "geolocation=(self)" in permissions_policy(geolocation=True)
    assert "geolocation=()" in permissions_policy() and "camera=()" in permissions_policy()


@pytest.mark.django_db
def test_public_page_policy(demo_site, client, settings):
    response = client.get("/en/")
    assert response.status_code == 200
    csp = directives(response)
    assert "'self'" in csp["script-src"]
    assert "'unsafe-inline'" not in csp["script-src"]
    assert "'unsafe-inline'" not in csp["style-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert "data:" in csp["img-src"]
    assert origin_of_tile_url(settings.MAP_TILE_URL) in csp["img-src"]
    assert response["X-Frame-Options"] == "DENY"
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
@pytest.mark.urls("tests.production.urls")
def test_inline_script_runs_only_with_the_response_nonce(client):
    first = client.get("/test-nonce/")
    nonce = re.search(rb'<script nonce="([^"]+)">', first.content).group(1).decode()
    assert f"'nonce-{nonce}'" in directives(first)["script-src"]
    assert f"'nonce-{nonce}'" in directives(first)["style-src"]
    second = client.get("/test-nonce/")
    assert f"'nonce-{nonce}'" not in directives(second)["script-src"]  # a new nonce every response


@pytest.mark.django_db
@pytest.mark.urls("tests.production.urls")
def test_embeds_may_be_framed_by_the_configured_ancestors(client, settings):
    response = client.get("/embed/test/")
    assert directives(response)["frame-ancestors"] == ["*"]
    assert "X-Frame-Options" not in response
    assert "geolocation=(self)" in response["Permissions-Policy"]
    settings.EMBED_FRAME_ANCESTORS = ["https://partner.example.org"]
    response = client.get("/embed/test/")
    assert directives(response)["frame-ancestors"] == ["https://partner.example.org"]


@pytest.mark.django_db
def test_admin_login_renders_under_its_own_policy(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert b'name="username"' in response.content
    csp = directives(response)
    assert csp["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" in csp["script-src"]
    assert not any(source.startswith("'nonce-") for source in csp["script-src"])  # would void unsafe-inline
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    # Every asset the login page loads comes from this host.
    assets = re.findall(rb'\ssrc="([^"]+)"', response.content) + re.findall(
        rb'<link[^>]*\shref="([^"]+)"', response.content
    )
    assert assets
    for url in assets:
        assert not re.match(rb"^(https?:)?//", url), url


@pytest.mark.django_db
def test_no_cors_outside_the_apis(demo_site, client):
    response = client.get("/en/", HTTP_ORIGIN="https://elsewhere.example")
    assert "Access-Control-Allow-Origin" not in response


@pytest.mark.django_db
def test_a_tile_server_set_in_the_site_settings_is_allowed_by_the_policy(home, client):
    from django.core.exceptions import ValidationError

    from wagtail.models import Site

    from core.models import PortalSettings

    portal_settings = PortalSettings.for_site(Site.objects.get())
    for bad in ("javascript:alert(1)//{z}{x}{y}", "https://tiles.example.org/tile.png"):
        portal_settings.map_tile_url = bad
        with pytest.raises(ValidationError):
            portal_settings.full_clean()
    portal_settings.map_tile_url = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    portal_settings.full_clean()
    portal_settings.save()
    csp = directives(client.get("/en/"))
    assert "https://*.tiles.example.org" in csp["img-src"]
    assert "'self'" in csp["img-src"]
    # JSON answers carry no images: their policy stays as it is.
    assert "https://*.tiles.example.org" not in client.get("/api/hsds/")["Content-Security-Policy"]
