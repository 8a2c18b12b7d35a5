"""Fetch a partner's HSDS 3.0 API or file for a harvest, safely: http(s) only, no private or loopback address,
bounded size, redirects and pages. `services.harvest` writes what this reads."""

import ipaddress
import json
import socket
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import requests

from django.conf import settings

PER_PAGE = 100
MAX_REDIRECTS = 5
USER_AGENT = "apmigrant-portal-harvester/1.0 (+https://openreferral.org/)"


class HarvestError(Exception):
    """The source could not be read as HSDS (network, size, format): nothing is written."""


def check_url(url, allow_private=None):
    """Refuse what a harvest must never fetch: another scheme than http(s), or a private or loopback address
    (unless HARVEST_ALLOW_PRIVATE_ADDRESSES). Raises HarvestError."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise HarvestError(f"only http and https addresses can be harvested, not {url!r}")
    if allow_private is None:
        allow_private = settings.HARVEST_ALLOW_PRIVATE_ADDRESSES
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError) as error:
        raise HarvestError(f"cannot resolve {parts.hostname}: {error}") from error
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if getattr(address, "ipv4_mapped", None):
            address = address.ipv4_mapped
        if not address.is_global:
            raise HarvestError(
                f"{parts.hostname} is at a private or loopback address ({address}); "
                "set HARVEST_ALLOW_PRIVATE_ADDRESSES=true to allow it"
            )


@dataclass
class Fetcher:
    """GETs JSON with a timeout, a size budget for the whole harvest, and redirects on the same host only."""

    timeout: float = None
    max_bytes: int = None
    allow_private: bool = None
    bytes_read: int = 0
    requests_made: int = 0

    def __post_init__(self):
        self.timeout = self.timeout or settings.HARVEST_TIMEOUT
        self.max_bytes = self.max_bytes or settings.HARVEST_MAX_BYTES
        self.session = requests.Session()
        self.session.trust_env = False  # no proxy or .netrc from the environment
        self.session.headers.update({"Accept": "application/json", "User-Agent": USER_AGENT})

    def get_json(self, url):
        host = urlsplit(url).hostname
        for _hop in range(MAX_REDIRECTS + 1):
            check_url(url, self.allow_private)
            try:
                response = self.session.get(url, timeout=self.timeout, stream=True, allow_redirects=False)
            except requests.RequestException as error:
                raise HarvestError(f"{url} could not be read: {error}") from error
            self.requests_made += 1
            with response:
                if response.is_redirect:
                    target = urljoin(url, response.headers.get("Location", ""))
                    if urlsplit(target).hostname != host:
                        raise HarvestError(f"{url} redirects to another host: {target}")
                    url = target
                    continue
                if response.status_code != 200:
                    raise HarvestError(f"{url} answered HTTP {response.status_code}")
                body = self._read(response, url)
            try:
                return json.loads(body)
            except ValueError as error:
                raise HarvestError(f"{url} is not JSON: {error}") from error
        raise HarvestError(f"{url}: more than {MAX_REDIRECTS} redirects")

    def _read(self, response, url):
        chunks = []
        try:
            for chunk in response.iter_content(64 * 1024):
                self.bytes_read += len(chunk)
                if self.bytes_read > self.max_bytes:
                    raise HarvestError(f"{url}: the harvest read more than {self.max_bytes} bytes")
                chunks.append(chunk)
        except requests.RequestException as error:
            raise HarvestError(f"{url} could not be read: {error}") from error
        return b"".join(chunks)


def _with_query(url, **params):
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query.update({k: str(v) for k, v in params.items()})
    return urlunsplit(parts._replace(query=urlencode(query)))


def _is_paged(data):
    return isinstance(data, dict) and isinstance(data.get("contents"), list)


def _follow_pages(fetcher, url, first=None, max_pages=None):
    """Every record of a paged listing, page 1 to the last; returns (records, pages read)."""
    max_pages = max_pages or settings.HARVEST_MAX_PAGES
    records, page = [], 1
    data = first if first is not None else fetcher.get_json(_with_query(url, page=1))
    while True:
        if not _is_paged(data):
            raise HarvestError(f"{url}: page {page} is not an HSDS paged list (no 'contents' array)")
        records.extend(data["contents"])
        total_pages = data.get("total_pages")
        if data.get("last_page") is True or not data["contents"]:
            break
        if isinstance(total_pages, int) and page >= total_pages:
            break
        if page >= max_pages:
            raise HarvestError(f"{url}: more than {max_pages} pages (HARVEST_MAX_PAGES)")
        page += 1
        data = fetcher.get_json(_with_query(url, page=page))
    return records, page


def fetch_records(fetcher, url, language, max_pages=None):
    """The service records a source lists in one language; returns (records, pages read, is_api).

    An HSDS API's root (it answers with its ``version``) is read through ``services?full=true`` (and
    ``full_service=true``, which older versions of this portal read) with ``lang=``; a JSON array is a file;
    a paged list is followed to its last page.
    """
    data = fetcher.get_json(url)
    if isinstance(data, list):
        return data, 1, False
    if isinstance(data, dict) and "version" in data and not _is_paged(data):
        base = url if urlsplit(url).path.endswith("/") else _with_path_slash(url)
        services_url = _with_query(
            urljoin(base, "services"), per_page=PER_PAGE, full="true", full_service="true", lang=language
        )
        records, pages = _follow_pages(fetcher, services_url, max_pages=max_pages)
        return records, pages + 1, True
    if _is_paged(data):
        records, pages = _follow_pages(fetcher, url, first=data, max_pages=max_pages)
        return records, pages, False
    raise HarvestError(f"{url} is neither an HSDS 3.0 API nor an HSDS list of services")


def _with_path_slash(url):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=parts.path + "/"))
