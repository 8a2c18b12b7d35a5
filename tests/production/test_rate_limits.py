"""Rate limits that an outside review bypassed, and limits that must not lock out a crowd behind one address."""

import pytest

from django.core.cache import cache

from core.ratelimit import client_address

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.production.urls")]


@pytest.fixture(autouse=True)
def fresh_cache(settings, monkeypatch):
    settings.RATELIMIT_ENABLED = True
    # One fixed moment: counts that cross a window's edge would make the expected numbers drift.
    monkeypatch.setattr("core.ratelimit._now", lambda: 1_800_000_030.0)
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def service(service_directory):
    from services.demo.generate import generated_services
    from services.importers import import_services
    from services.models import Service

    import_services(generated_services(1), language="en")
    return Service.objects.get()


def test_reports_are_limited_whatever_url_they_are_posted_to(client, settings, service):
    from services.models import ServiceReport

    settings.RATELIMITS = {**settings.RATELIMITS, "report": "5/600"}
    data = {"message": "The phone number is wrong."}
    detail = f"/en/services/{service.hsds_id}/"
    statuses = []
    for _ in range(5):
        statuses.append(client.post(f"{detail}report/", data).status_code)
    for url in (detail, f"{detail}report", f"{detail}report/", f"{detail}report/?x=1"):
        for _ in range(2):
            statuses.append(client.post(url, data).status_code)
    assert statuses[:5] == [302] * 5
    assert ServiceReport.objects.count() == 5
    # The detail page itself no longer takes a report; the report URL is over its limit.
    assert client.post(detail, data).status_code == 405
    assert client.post(f"{detail}report/", data).status_code == 429


@pytest.mark.parametrize(
    ("header", "proxies", "expected"),
    [
        ("198.51.100.7", 1, "198.51.100.7"),
        ("203.0.113.66, 198.51.100.7", 1, "198.51.100.7"),  # the client wrote 203.0.113.66 itself
        ("1.1.1.1, 2.2.2.2, 198.51.100.7, 10.0.0.2", 2, "198.51.100.7"),
        ("", 1, "10.0.0.1"),  # no header: the proxy's own address
    ],
)
def test_the_forwarded_address_is_counted_from_the_right(rf, settings, header, proxies, expected):
    settings.RATELIMIT_TRUSTED_PROXY_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.RATELIMIT_TRUSTED_PROXIES = proxies
    request = rf.get("/", HTTP_X_FORWARDED_FOR=header, REMOTE_ADDR="10.0.0.1")
    assert client_address(request) == expected


def test_a_spoofed_forwarded_for_does_not_escape_the_limit(client, settings):
    settings.RATELIMIT_TRUSTED_PROXY_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.RATELIMIT_TRUSTED_PROXIES = 1
    settings.RATELIMITS = {**settings.RATELIMITS, "api": "10/60"}
    statuses = [
        client.get("/api/test-echo", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 198.51.100.7").status_code
        for n in range(40)
    ]
    assert statuses.count(200) == 10 and statuses.count(429) == 30


def test_the_directory_text_query_is_limited(client, settings, home):
    from services.models import ServiceDirectoryPage

    directory = home.add_child(instance=ServiceDirectoryPage(title="Services", slug="services"))
    settings.RATELIMITS = {**settings.RATELIMITS, "search": "3/60"}
    url = directory.get_url()
    # Browsing the directory without a text query is not a search.
    assert all(client.get(url, {"country": "VN"}).status_code == 200 for _ in range(5))
    statuses = [client.get(url, {"q": f"visa {n}"}).status_code for n in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert client.get("/embed/services/", {"q": "visa"}).status_code == 429
    cache.clear()
    statuses = [client.get("/embed/services/", {"q": f"visa {n}"}).status_code for n in range(4)]
    assert statuses == [200, 200, 200, 429]


def phone(n):
    return {
        "HTTP_USER_AGENT": f"Mozilla/5.0 (Linux; Android 1{n % 5}; Phone {n}) Mobile",
        "HTTP_ACCEPT_LANGUAGE": ["vi", "ne", "my", "km", "id"][n % 5],
        "REMOTE_ADDR": "198.51.100.20",  # one dormitory's Wi-Fi
    }


def test_a_crowd_behind_one_address_is_not_locked_out_but_one_abusive_client_is(client, settings):
    settings.RATELIMITS = {**settings.RATELIMITS, "search": "30/60", "autocomplete": "120/60"}
    settings.RATELIMITS_PER_ADDRESS = {**settings.RATELIMITS_PER_ADDRESS, "search": "600/60"}
    # 60 people in one minute, each searching 3 times and typing 8 autocompleted letters: 180 searches
    # and 480 suggestions from one address, six times the old 30 a minute (which counted both).
    statuses = []
    for person in range(60):
        headers = phone(person)
        for n in range(3):
            statuses.append(client.get("/api/search", {"q": f"visa {n}"}, **headers).status_code)
        for n in range(8):
            statuses.append(
                client.get("/api/search/autocomplete", {"q": "visa"[: n % 4 + 1]}, **headers).status_code
            )
    assert 429 not in statuses
    # One script from the same address, with a browser's headers, is stopped at the client limit.
    abusive = [client.get("/api/search", {"q": "x"}, **phone(999)).status_code for _ in range(40)]
    assert abusive.count(429) == 10
    # A script that changes its User-Agent on every request still meets the address ceiling.
    cache.clear()
    settings.RATELIMITS_PER_ADDRESS = {**settings.RATELIMITS_PER_ADDRESS, "search": "100/60"}
    rotating = [client.get("/api/search", {"q": "x"}, **phone(n)).status_code for n in range(1000, 1150)]
    assert rotating.count(429) == 50


def test_counters_use_their_own_cache(client, settings):
    from django.core.cache import caches

    settings.CACHES = {
        **settings.CACHES,
        "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "limits"},
    }
    settings.RATELIMIT_CACHE = "ratelimit"
    caches["ratelimit"].clear()
    client.get("/api/test-echo")
    assert any(key.startswith(":1:portal:rl:api") for key in caches["ratelimit"]._cache)
    assert not any("portal:rl:" in key for key in cache._cache)


def test_a_failing_counter_cache_lets_the_request_through(client, settings, monkeypatch):
    class Full:
        def add(self, *args, **kwargs):
            raise ConnectionError("OOM command not allowed when used memory > 'maxmemory'")

        get = set = incr = add

    monkeypatch.setattr("core.ratelimit.counter_cache", Full)
    assert client.get("/api/test-echo").status_code == 200
