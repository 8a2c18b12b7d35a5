"""Which responses leave compressed: public HTML and JSON only, never one carrying a cookie or a CSRF token."""

import gzip

import brotli
import pytest

from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory

from portal.middleware.compression import PublicCompressionMiddleware, accepted_encodings

pytestmark = pytest.mark.django_db

BODY = "<!DOCTYPE html><title>t</title>" + "<p>Migrant workers' rights and services.</p>" * 50


def respond(response, **headers):
    request = RequestFactory().get("/en/", **headers)
    return PublicCompressionMiddleware(lambda request: response)(request)


def public_page(body=BODY, content_type="text/html; charset=utf-8"):
    response = HttpResponse(body, content_type=content_type)
    response["Cache-Control"] = "public, max-age=300"
    return response


def test_brotli_when_accepted_gzip_otherwise_and_vary():
    response = respond(public_page(), HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response["Content-Encoding"] == "br"
    assert brotli.decompress(response.content).decode() == BODY
    assert "Accept-Encoding" in response["Vary"]
    response = respond(public_page(), HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content).decode() == BODY
    assert int(response["Content-Length"]) == len(response.content)
    response = respond(public_page(), HTTP_ACCEPT_ENCODING="br;q=0, gzip")
    assert response["Content-Encoding"] == "gzip"


def test_no_accept_encoding_leaves_the_body_as_it_is():
    response = respond(public_page())
    assert not response.has_header("Content-Encoding")
    assert response.content.decode() == BODY


def test_json_is_compressed_and_its_strong_etag_weakened():
    page = public_page('{"items": [' + ",".join(['{"name": "a service"}'] * 40) + "]}", "application/json")
    page["ETag"] = '"abc"'
    response = respond(page, HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert response["ETag"] == 'W/"abc"'


@pytest.mark.parametrize(
    "change",
    [
        lambda response: response.__setitem__("Cache-Control", "private, no-store"),
        lambda response: response.__delitem__("Cache-Control"),
        lambda response: response.set_cookie("sessionid", "secret"),
    ],
    ids=["private", "no-cache-control", "sets-a-cookie"],
)
def test_private_responses_or_ones_setting_cookies_stay_uncompressed(change):
    page = public_page()
    change(page)
    assert not respond(page, HTTP_ACCEPT_ENCODING="gzip, br").has_header("Content-Encoding")


def test_a_response_that_used_the_csrf_token_stays_uncompressed():
    request = RequestFactory().get("/en/", HTTP_ACCEPT_ENCODING="gzip, br")
    request.META["CSRF_COOKIE_USED"] = True
    response = PublicCompressionMiddleware(lambda request: public_page())(request)
    assert not response.has_header("Content-Encoding")


def test_accepted_encodings_reads_qualities():
    assert accepted_encodings("gzip;q=0.5, br;q=0, identity") == {"gzip", "identity"}
    assert accepted_encodings("") == set()


def test_a_public_page_is_compressed_cached_or_not_and_the_admin_login_never(home, client, settings):
    from wagtail.models import Site

    from core.models import PortalSettings

    PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.PAGE_CACHE_SERVER = True
    cache.clear()
    first = client.get("/en/", HTTP_ACCEPT_ENCODING="br")
    second = client.get("/en/", HTTP_ACCEPT_ENCODING="gzip")
    assert first["Content-Encoding"] == "br" and "X-Page-Cache" not in first
    assert second["Content-Encoding"] == "gzip" and second["X-Page-Cache"] == "hit"
    assert brotli.decompress(first.content) == gzip.decompress(second.content)
    login = client.get("/admin/login/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert login.status_code == 200 and not login.has_header("Content-Encoding")
    cache.clear()
