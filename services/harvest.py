"""Harvest a partner's HSDS 3.0 API or file: fetch it safely, validate every record, write all or nothing.

Used by `manage.py harvest_hsds`. A harvest reads every page of the source's listing (and of each translation
language it declares), validates every record with `import_hsds`'s rules, refuses ids that belong to records
editors made or another source lists, then in one transaction rewrites the services that changed (their
digest differs), marks the others as seen, and removes what the source no longer lists. Whatever happens is
kept as a `HarvestRun`, shown on the admin's feed dashboard and the public sources page.
"""

import copy
import hashlib
import ipaddress
import json
import logging
import socket
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import requests

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from modeltranslation.translator import translator

from .importers import _Collected, _write
from .models import (
    Address,
    HarvestRun,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
)
from .signals import services_imported
from .validation import HSDSImportError, Problem, validate_records
from .vocabulary import ensure_vocabulary

logger = logging.getLogger(__name__)
PER_PAGE = 100
MAX_REDIRECTS = 5
USER_AGENT = "apmigrant-portal-harvester/1.0 (+https://openreferral.org/)"


class HarvestError(Exception):
    """The source could not be read as HSDS (network, size, format): nothing is written."""


# --- Fetching -------------------------------------------------------------------------------------------


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


# --- Translations -----------------------------------------------------------------------------------------


def _translated(model):
    return tuple(translator.get_options_for_model(model).fields)


def _keep_translations(main, other):
    """`other` (the same service read in another language) with its text blanked wherever it is the same as in
    the main language: an API that falls back to its default language (ours does) must not have that text
    stored as a translation."""
    other = copy.deepcopy(other)

    def blank(original, translated, fields):
        if not isinstance(translated, dict):
            return
        original = original if isinstance(original, dict) else {}
        for name in fields:
            if translated.get(name) and translated.get(name) == original.get(name):
                translated[name] = ""

    def by_id(items):
        return {item.get("id"): item for item in items or [] if isinstance(item, dict)}

    blank(main, other, _translated(Service))
    blank(main.get("organization"), other.get("organization"), _translated(Organization))
    for key, model in (("phones", Phone), ("schedules", Schedule)):
        originals = by_id(main.get(key))
        for item in other.get(key) or []:
            if isinstance(item, dict):
                blank(originals.get(item.get("id")), item, _translated(model))
    links = by_id(main.get("service_at_locations"))
    for link in other.get("service_at_locations") or []:
        if isinstance(link, dict):
            blank(
                (links.get(link.get("id")) or {}).get("location"), link.get("location"), _translated(Location)
            )
    return other


# --- Ownership: a harvest never touches records editors made or another source lists ----------------------


def _owned_elsewhere(source, records):
    """Problems for every id of these records that exists already and is not this source's."""
    ids = {"service": {}, "organization": {}, "location": {}, "child": {}, "address": {}}
    for index, record in enumerate(records):
        sid = record["id"]
        ids["service"][sid] = index
        org = record.get("organization")
        if isinstance(org, dict):
            ids["organization"][org["id"]] = index
        for key in ("phones", "schedules", "languages"):
            for item in record.get(key) or []:
                ids["child"].setdefault(key, {})[item["id"]] = index
        for link in record.get("service_at_locations") or []:
            ids["child"].setdefault("service_at_locations", {})[link["id"]] = index
            location = link.get("location") or {}
            ids["location"][location.get("id")] = index
            for address in location.get("addresses") or []:
                ids["address"][address["id"]] = index

    mine = Q(source_id=source.pk) if source.pk else Q(pk__in=[])
    checks = [
        (Service, ids["service"], mine),
        (Organization, ids["organization"], mine),
        (Location, ids["location"], mine),
        (Address, ids["address"], Q(location__source_id=source.pk) if source.pk else Q(pk__in=[])),
    ]
    children = {"phones": Phone, "schedules": Schedule, "languages": Language}
    children["service_at_locations"] = ServiceAtLocation
    for key, model in children.items():
        owner = Q(service__source_id=source.pk) if source.pk else Q(pk__in=[])
        checks.append((model, ids["child"].get(key, {}), owner))

    problems = []
    for model, wanted, owned in checks:
        keys = [k for k in wanted if k]
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            for hsds_id in (
                model.objects.filter(hsds_id__in=chunk).exclude(owned).values_list("hsds_id", flat=True)
            ):
                index = wanted[hsds_id]
                problems.append(
                    Problem(
                        index,
                        records[index]["id"],
                        f"{model._meta.model_name} {hsds_id}",
                        _("this id belongs to a record that editors made or another source lists"),
                    )
                )
    return problems


# --- The harvest ----------------------------------------------------------------------------------------------


@dataclass
class _Counts:
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0


def _digest(main, translations):
    return hashlib.sha256(
        json.dumps([main, translations], sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()


def _collect(records, language, source, now, digests):
    collected = _Collected()
    for record in records:
        collected.add(record)
    provenance = {"source_id": source.pk, "harvested_at": now}
    for rows in (collected.organizations, collected.locations):
        for values in rows.values():
            values.update(provenance)
    for sid, values in collected.services.items():
        values.update(provenance, harvest_digest=digests[sid])
    return collected


def _remove_unlisted(source, listed_services, listed_orgs, listed_locations):
    """Delete this source's services, then its organisations and locations, that the source no longer lists
    (an organisation or location an editor's service still uses is kept)."""
    listed = Service.objects.filter(source=source).values_list("hsds_id", flat=True)
    gone = [hsds_id for hsds_id in listed if hsds_id not in listed_services]
    for start in range(0, len(gone), 500):
        Service.objects.filter(source=source, hsds_id__in=gone[start : start + 500]).delete()
    Organization.objects.filter(source=source).exclude(hsds_id__in=listed_orgs).filter(
        services__isnull=True
    ).delete()
    Location.objects.filter(source=source).exclude(hsds_id__in=listed_locations).filter(
        service_links__isnull=True
    ).delete()
    return len(gone)


def plan(source, records, translations):
    """Validate everything read and sort the services into added, changed and unchanged.

    Raises HSDSImportError with every problem (schema, our rules, ids owned elsewhere) in every language.
    """
    problems = list(validate_records(records, source.language))
    for code, listed in translations.items():
        problems += [
            Problem(p.index, p.id, f"lang={code}: {p.field}", p.message)
            for p in validate_records(listed, code)
        ]
    if problems:
        raise HSDSImportError(problems)
    problems = _owned_elsewhere(source, records)
    if problems:
        raise HSDSImportError(problems)
    other = {code: {r["id"]: r for r in listed} for code, listed in translations.items()}
    digests = {r["id"]: _digest(r, {c: other[c].get(r["id"]) for c in sorted(other)}) for r in records}
    stored = {}
    if source.pk:
        ids = list(digests)
        for start in range(0, len(ids), 500):
            stored.update(
                Service.objects.filter(source=source, hsds_id__in=ids[start : start + 500]).values_list(
                    "hsds_id", "harvest_digest"
                )
            )
    changed = [r for r in records if r["id"] in stored and stored[r["id"]] != digests[r["id"]]]
    added = [r for r in records if r["id"] not in stored]
    return digests, added, changed, other


def harvest(source, dry_run=False, fetcher=None, max_pages=None):
    """Harvest one source; returns its HarvestRun (saved unless dry_run). Never raises for the source's faults."""
    fetcher = fetcher or Fetcher()
    started, clock = timezone.now(), time.monotonic()
    run = HarvestRun(source=source if source.pk else None, started_at=started, dry_run=dry_run)
    try:
        records, pages, is_api = fetch_records(fetcher, source.url, source.language, max_pages)
        translations = {}
        if is_api:
            for code in source.translation_codes():
                translations[code], more, _api = fetch_records(fetcher, source.url, code, max_pages)
                pages += more
        run.pages = pages
        digests, added, changed, other = plan(source, records, translations)
        counts = _Counts(added=len(added), changed=len(changed))
        counts.unchanged = len(records) - counts.added - counts.changed
        listed = set(digests)
        if dry_run:
            existing = (
                set(Service.objects.filter(source=source).values_list("hsds_id", flat=True))
                if source.pk
                else set()
            )
            counts.removed = len(existing - listed)
        else:
            counts.removed = _write_harvest(source, records, added + changed, other, digests, started)
        run.ok = True
        run.added, run.changed, run.unchanged, run.removed = (
            counts.added,
            counts.changed,
            counts.unchanged,
            counts.removed,
        )
    except HSDSImportError as error:
        run.problems = [str(p) for p in error.problems[:500]]
        run.rejected = len({p.index for p in error.problems if p.index >= 0}) or 1
    except HarvestError as error:
        run.problems = [str(error)]
    except Exception as error:  # a harvest from cron must record what went wrong and go on to the next source
        logger.exception("harvest of %s failed", source)
        run.problems = [f"unexpected error: {error!r}"]
    run.duration = round(time.monotonic() - clock, 3)
    if not dry_run and source.pk:
        run.save()
    return run


def _write_harvest(source, records, to_write, other, digests, now):
    listed_orgs, listed_locations = set(), set()
    for record in records:
        org = record.get("organization")
        listed_orgs.add(org["id"] if isinstance(org, dict) else record.get("organization_id"))
        for link in record.get("service_at_locations") or []:
            listed_locations.add(link["location"]["id"])
    write_ids = {r["id"] for r in to_write}
    with transaction.atomic():
        ensure_vocabulary()
        if to_write:
            _write(_collect(to_write, source.language, source, now, digests), source.language)
            for code, by_id in other.items():
                translated = [_keep_translations(r, by_id[r["id"]]) for r in to_write if r["id"] in by_id]
                if translated:
                    _write(_collect(translated, code, source, now, digests), code)
        ids = list(digests)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            Service.objects.filter(source=source, hsds_id__in=chunk).update(harvested_at=now)
        for model, listed in ((Organization, listed_orgs), (Location, listed_locations)):
            keys = list(listed)
            for start in range(0, len(keys), 500):
                model.objects.filter(source=source, hsds_id__in=keys[start : start + 500]).update(
                    harvested_at=now
                )
        removed = _remove_unlisted(source, set(digests), listed_orgs, listed_locations)
    if write_ids:
        for receiver, outcome in services_imported.send_robust(sender=harvest, service_ids=sorted(write_ids)):
            if isinstance(outcome, Exception):
                logger.error("services_imported listener %r failed", receiver, exc_info=outcome)
    return removed
