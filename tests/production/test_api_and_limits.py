"""Rate limits (429 JSON or translated HTML, Retry-After), CORS and conditional GET on the read-only APIs."""

import pytest

from django.core.cache import cache

from core.ratelimit import path_class

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.production.urls")]


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/en/search/", "search"),
        ("GET", "/zh-hans/search/", "search"),
        ("GET", "/api/search", "search"),
        ("GET", "/api/services", "api"),
        ("HEAD", "/data/countries.csv", "api"),
        ("POST", "/vi/services/12/report/", None),  # counted by the view that saves the report
        ("GET", "/api/search/autocomplete", "autocomplete"),
        ("GET", "/vi/services/12/report/", None),
        ("GET", "/en/", None),
        ("POST", "/api/services", None),
    ],
)
def test_path_classes(method, path, expected):
    assert path_class(method, path) == expected


def test_api_over_the_limit_answers_json_429(client, settings):
    settings.RATELIMIT_ENABLED = True
    settings.RATELIMITS = {**settings.RATELIMITS, "api": "3/60"}
    for _ in range(3):
        assert client.get("/api/test-echo").status_code == 200
    response = client.get("/api/test-echo")
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"] == "rate_limited"
    assert 1 <= int(response["Retry-After"]) <= 60
    assert response["Access-Control-Allow-Origin"] == "*"  # so a browser client can read the 429


def test_search_page_over_the_limit_answers_translated_html(client, settings):
    settings.RATELIMIT_ENABLED = True
    settings.RATELIMITS = {**settings.RATELIMITS, "search": "2/60"}
    for _ in range(2):
        client.get("/vi/search/?q=x")
    response = client.get("/vi/search/?q=x")
    assert response.status_code == 429
    assert response["Content-Type"].startswith("text/html")
    assert b'lang="vi"' in response.content
    assert int(response["Retry-After"]) >= 1


def test_visitors_are_counted_apart_and_without_their_address(client, settings):
    settings.RATELIMIT_ENABLED = True
    settings.RATELIMITS = {**settings.RATELIMITS, "api": "1/600"}
    assert client.get("/api/test-echo", REMOTE_ADDR="198.51.100.1").status_code != 429
    assert client.get("/api/test-echo", REMOTE_ADDR="198.51.100.1").status_code == 429
    assert client.get("/api/test-echo", REMOTE_ADDR="198.51.100.2").status_code != 429
    keys = list(cache._cache.keys())  # LocMemCache: nothing in the cache holds the address
    assert keys and not any("198.51.100" in key for key in keys)


def test_limits_off_when_disabled(client, settings):
    settings.RATELIMIT_ENABLED = False
    settings.RATELIMITS = {**settings.RATELIMITS, "api": "1/60"}
    assert all(client.get("/api/test-echo").status_code == 200 for _ in range(3))


def test_cors_on_read_only_apis(client):
    response = client.get("/api/test-echo", HTTP_ORIGIN="https://other.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    response = client.get("/data/test.csv", HTTP_ORIGIN="https://other.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        "/api/test-echo", HTTP_ORIGIN="https://other.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "POST" not in preflight["Access-Control-Allow-Methods"]


def test_no_cors_for_writes_or_pages(client):
    response = client.post("/api/test-echo", HTTP_ORIGIN="https://other.example")
    assert "Access-Control-Allow-Origin" not in response
    response = client.get("/embed/test/", HTTP_ORIGIN="https://other.example")
    assert "Access-Control-Allow-Origin" not in response


def test_conditional_get(client):
    first = client.get("/api/test-echo?q=a")
    etag = first["ETag"]
    assert etag and "public" in first["Cache-Control"]
    assert client.get("/api/test-echo?q=a", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get("/api/test-echo?q=b", HTTP_IF_NONE_MATCH=etag).status_code == 200
    data = client.get("/data/test.csv")
    assert client.get("/data/test.csv", HTTP_IF_NONE_MATCH=data["ETag"]).status_code == 304


def test_nul_characters_in_query_parameters_are_refused(client):
    response = client.get("/api/test-echo?q=a%00b")
    assert response.status_code == 400
    assert response.json()["error"] == "bad_parameter"
    assert client.get("/en/?q=%00").status_code == 400
    assert client.get("/api/test-echo?q=ab").status_code == 200
