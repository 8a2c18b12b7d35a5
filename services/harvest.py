"""Harvest a partner's HSDS 3.0 API or file: fetch it (harvest_fetch), validate every record, write all or nothing.

Used by `manage.py harvest_hsds`. A harvest reads every page of the source's listing (and of each translation
language it declares), validates every record with `import_hsds`'s rules, refuses ids that belong to records
editors made or another source lists, then in one transaction rewrites the services that changed (their
digest differs), marks the others as seen, and removes what the source no longer lists. Whatever happens is
kept as a `HarvestRun`, shown on the admin's feed dashboard and the public sources page.
"""

import copy
import hashlib
import json
import logging
import time
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from modeltranslation.translator import translator

from .harvest_fetch import Fetcher, HarvestError, fetch_records
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
