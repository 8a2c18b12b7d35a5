"""Harvesting partners' HSDS feeds safely: http(s) only, no private address, no redirect to another host,
bounded size and pages, a malformed or failing source changes nothing."""

import pytest

from services import harvest_fetch
from services.harvest import harvest
from services.harvest_fetch import Fetcher, HarvestError, check_url
from services.models import DirectorySource, Service

from .factories import hsds_service

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", ["ftp://example.org/x.json", "file:///etc/passwd", "javascript:alert(1)", "x"]
)
def test_only_http_and_https(url):
    with pytest.raises(HarvestError, match="only http and https"):
        check_url(url, allow_private=True)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1/api/hsds/", "http://10.1.2.3/", "http://[::1]/", "http://169.254.169.254/"]
)
def test_private_and_loopback_addresses_are_refused_unless_allowed(url, settings):
    settings.HARVEST_ALLOW_PRIVATE_ADDRESSES = False
    with pytest.raises(HarvestError, match="private or loopback"):
        check_url(url)
    settings.HARVEST_ALLOW_PRIVATE_ADDRESSES = True
    check_url(url)


def test_redirect_to_another_host_is_refused(partner):
    partner.add("/feed.json", b"", status=302, headers={"Location": "http://localhost:1/feed.json"})
    with pytest.raises(HarvestError, match="redirects to another host"):
        Fetcher().get_json(f"{partner.base}/feed.json")
    partner.add("/moved.json", b"", status=301, headers={"Location": "/feed2.json"})
    partner.add("/feed2.json", [])
    assert Fetcher().get_json(f"{partner.base}/moved.json") == []


def test_size_and_page_limits(partner, monkeypatch):
    partner.add("/big.json", [hsds_service(str(n)) for n in range(20)])
    with pytest.raises(HarvestError, match="more than 1000 bytes"):
        Fetcher(max_bytes=1000).get_json(f"{partner.base}/big.json")
    monkeypatch.setattr(harvest_fetch, "PER_PAGE", 1)
    partner.add("/api/", {"version": "3.0"})
    for page in (1, 2, 3):
        query = {"per_page": "1", "full": "true", "full_service": "true", "lang": "en", "page": str(page)}
        partner.add(
            "/api/services",
            {"contents": [hsds_service(str(page))], "total_pages": 3, "last_page": page == 3},
            query=query.items(),
        )
    source = DirectorySource.objects.create(name="P", partner="P", url=f"{partner.base}/api/")
    run = harvest(source, max_pages=2)
    assert not run.ok and "more than 2 pages" in run.problems[0]
    assert harvest(source, max_pages=3).added == 3


@pytest.mark.parametrize(
    "body, message",
    [(b"<html>", "is not JSON"), (b'{"hello": 1}', "neither an HSDS 3.0 API"), (b"", "is not JSON")],
)
def test_malformed_or_failing_source_changes_nothing(partner, body, message):
    partner.add("/feed.json", body)
    source = DirectorySource.objects.create(name="P", partner="P", url=f"{partner.base}/feed.json")
    run = harvest(source)
    assert not run.ok and message in run.problems[0] and run.pk
    source.url = f"{partner.base}/missing.json"
    assert "HTTP 404" in harvest(source).problems[0]
    assert not Service.objects.exists()
