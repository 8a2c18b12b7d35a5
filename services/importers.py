"""Import HSDS 3.0 services: validate the whole file, then write it in one transaction with bulk queries.

Used by `manage.py import_hsds`, the admin's CSV import and the demo loader. Records are matched by their
HSDS id, so a re-import updates; text goes into the columns of one language only.
"""

import copy
import datetime
import logging
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import connection, transaction
from django.utils.text import slugify

from modeltranslation.translator import translator

from .models import (
    Address,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from .signals import services_imported
from .text import column
from .validation import HSDSImportError, records_from, validate_records
from .vocabulary import ensure_vocabulary

CHUNK = 500
logger = logging.getLogger(__name__)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    service_ids: list = field(default_factory=list)
    dry_run: bool = False


def _text_fields(model):
    try:
        return set(translator.get_options_for_model(model).fields)
    except Exception:  # not registered for translation
        return set()


def _chunks(items, size=CHUNK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _upsert(model, rows, language):
    """rows: {hsds_id: {field: value}}. Creates or updates by HSDS id; returns {hsds_id: pk}.

    One ``INSERT ... ON CONFLICT (hsds_id) DO UPDATE`` per chunk: the columns the file gives are written,
    every other column of an existing row (other languages above all) is left as it is. Translated fields
    are written to their ``<field>_<language>`` column only.
    """
    if not rows:
        return {}
    text = _text_fields(model)
    # ``model()`` asks every translated column for its default under each language (modeltranslation),
    # which was most of an import's time; a copy of one blank instance costs a dict copy.
    blank = model()
    objects, columns = [], set()
    for hsds_id, values in rows.items():
        obj = copy.copy(blank)
        obj.hsds_id = hsds_id
        for name, value in values.items():
            target = column(name, language) if name in text else name
            setattr(obj, target, value)
            columns.add(target)
        objects.append(obj)
    columns |= {f.attname for f in model._meta.concrete_fields if getattr(f, "auto_now", False)}
    model.objects.bulk_create(
        objects,
        batch_size=CHUNK,
        update_conflicts=True,
        unique_fields=["hsds_id"],
        update_fields=sorted(columns),
    )
    ids = {}
    for chunk in _chunks(rows):
        ids.update(model.objects.filter(hsds_id__in=chunk).values_list("hsds_id", "pk"))
    return ids


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _time(value):
    return datetime.time.fromisoformat(value) if value else None


def _coordinate(value):
    return None if value is None else Decimal(str(round(float(value), 6)))


def _is_free(record):
    options = record.get("cost_options") or []
    if any((o.get("amount") == 0) or str(o.get("option", "")).strip().lower() == "free" for o in options):
        return True
    return False if options else None


class _Collected:
    """Every row of every model found in the records, keyed by HSDS id."""

    def __init__(self):
        self.organizations, self.services, self.locations, self.addresses = {}, {}, {}, {}
        self.links, self.phones, self.schedules, self.languages = {}, {}, {}, {}
        self.service_org, self.link_ends, self.child_owner = {}, {}, {}
        self.address_location, self.terms, self.service_terms = {}, {}, {}

    def add(self, record):
        sid = record["id"]
        org = record.get("organization")
        if isinstance(org, dict):
            self.organizations[org["id"]] = {
                "name": org.get("name", ""),
                "alternate_name": org.get("alternate_name", ""),
                "description": org.get("description", ""),
                "email": org.get("email", ""),
                "website": org.get("website", ""),
            }
            self.service_org[sid] = org["id"]
        else:
            self.service_org[sid] = record["organization_id"]
        self.services[sid] = {
            "name": record.get("name", ""),
            "alternate_name": record.get("alternate_name", ""),
            "description": record.get("description", ""),
            "url": record.get("url", ""),
            "email": record.get("email", ""),
            "status": record.get("status", "active"),
            "eligibility_description": record.get("eligibility_description", ""),
            "application_process": record.get("application_process", ""),
            "fees_description": record.get("fees_description", "") or record.get("fees", ""),
            "is_free": _is_free(record),
            "minimum_age": int(record["minimum_age"]) if record.get("minimum_age") is not None else None,
            "maximum_age": int(record["maximum_age"]) if record.get("maximum_age") is not None else None,
            "assured_date": _date(record.get("assured_date")),
            "assurer_email": record.get("assurer_email", ""),
        }
        for phone in record.get("phones") or []:
            self.phones[phone["id"]] = {
                "number": phone["number"],
                "extension": int(phone["extension"]) if phone.get("extension") is not None else None,
                "type": phone.get("type") or "voice",
                "description": phone.get("description", ""),
            }
            self.child_owner[("phone", phone["id"])] = sid
        for schedule in record.get("schedules") or []:
            self.schedules[schedule["id"]] = {
                "freq": schedule.get("freq", "WEEKLY"),
                "byday": schedule.get("byday", ""),
                "opens_at": _time(schedule.get("opens_at")),
                "closes_at": _time(schedule.get("closes_at")),
                "valid_from": _date(schedule.get("valid_from")),
                "valid_to": _date(schedule.get("valid_to")),
                "description": schedule.get("description", ""),
                "notes": schedule.get("notes", ""),
            }
            self.child_owner[("schedule", schedule["id"])] = sid
        for language in record.get("languages") or []:
            self.languages[language["id"]] = {
                "code": language.get("code") or slugify(language.get("name", ""))[:20],
                "name": language.get("name", ""),
                "note": language.get("note", ""),
            }
            self.child_owner[("language", language["id"])] = sid
        for link in record.get("service_at_locations") or []:
            self._add_location(sid, link)
        self.service_terms[sid] = []
        for attribute in record.get("attributes") or []:
            term = attribute.get("taxonomy_term")
            if isinstance(term, dict):
                self.terms.setdefault(term["id"], term)
                self.service_terms[sid].append(term["id"])

    def _add_location(self, sid, link):
        location = link["location"]
        lid = location["id"]
        addresses = location.get("addresses") or []
        first = next(
            (a for a in addresses if a.get("address_type") == "physical"), addresses[0] if addresses else {}
        )
        self.locations[lid] = {
            "location_type": location.get("location_type", "physical"),
            "name": location.get("name", ""),
            "description": location.get("description", ""),
            "transportation": location.get("transportation", ""),
            "latitude": _coordinate(location.get("latitude")),
            "longitude": _coordinate(location.get("longitude")),
            "country": str(first.get("country", "")).upper(),
            "city": first.get("city", ""),
        }
        for address in addresses:
            self.addresses[address["id"]] = {
                "attention": address.get("attention", ""),
                "address_1": address.get("address_1", ""),
                "address_2": address.get("address_2", ""),
                "city": address.get("city", ""),
                "region": address.get("region", ""),
                "state_province": address.get("state_province", ""),
                "postal_code": address.get("postal_code", ""),
                "country": str(address.get("country", "")).upper(),
                "address_type": address.get("address_type", "physical"),
            }
            self.address_location[address["id"]] = lid
        self.links[link["id"]] = {"description": link.get("description", "")}
        self.link_ends[link["id"]] = (sid, lid)


def _resolve_terms(collected, language):
    """Match each term of the file to ours by taxonomy and code (or HSDS id); create what is missing."""
    taxonomies = {t.name: t for t in Taxonomy.objects.all()}
    ours = {(t.taxonomy.name, t.code): t for t in TaxonomyTerm.objects.select_related("taxonomy")}
    by_id = {t.hsds_id: t for t in ours.values()}
    resolved = {}
    for term_id, term in collected.terms.items():
        detail = term.get("taxonomy_detail") or {}
        taxonomy_name = detail.get("name") or term.get("taxonomy") or "uncategorised"
        code = slugify(term.get("code") or term.get("name") or "")[:60] or term_id[:8]
        match = ours.get((taxonomy_name, code)) or by_id.get(term_id)
        if match is None:
            taxonomy = taxonomies.get(taxonomy_name)
            if taxonomy is None:
                taxonomy = Taxonomy(name=taxonomy_name, description=detail.get("description", ""))
                if detail.get("id"):
                    taxonomy.hsds_id = detail["id"]
                taxonomy.save()
                taxonomies[taxonomy_name] = taxonomy
            match = TaxonomyTerm(hsds_id=term_id, taxonomy=taxonomy, code=code)
            ours[(taxonomy_name, code)] = match
        # Never overwrite wording editors gave; only fill a language that is still empty.
        if not getattr(match, column("name", language), None):
            setattr(match, column("name", language), term.get("name", ""))
            if term.get("description") and term.get("description") != term.get("name"):
                setattr(match, column("description", language), term["description"])
            match.save()
        resolved[term_id] = match.pk
    return resolved


def _replace_children(model, owner_field, owners, keep_ids):
    """Delete the children of the imported owners that the file no longer lists.

    The comparison is made here: ``NOT IN`` a list of 10,000 ids costs PostgreSQL a pass over the whole
    list for every row.
    """
    keep = set(keep_ids)
    gone = []
    for chunk in _chunks(owners):
        rows = model.objects.filter(**{f"{owner_field}__in": chunk}).values_list("pk", "hsds_id")
        gone.extend(pk for pk, hsds_id in rows if hsds_id not in keep)
    for chunk in _chunks(gone):
        model.objects.filter(pk__in=chunk).delete()


def _refresh_statistics(models, rows):
    """After a large import, let PostgreSQL's planner see the new rows.

    Until the tables are analysed it plans for the sizes they had before; with thousands of new rows, the
    re-indexing that follows and the first map queries then took minutes instead of milliseconds.
    """
    if rows < CHUNK or connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


def _write(collected, language):
    term_pks = _resolve_terms(collected, language)
    org_pks = _upsert(Organization, collected.organizations, language)
    missing = {o for o in collected.service_org.values() if o not in org_pks}
    org_pks.update(Organization.objects.filter(hsds_id__in=missing).values_list("hsds_id", "pk"))
    for sid, values in collected.services.items():
        values["organization_id"] = org_pks[collected.service_org[sid]]
    before = set()
    for chunk in _chunks(collected.services):
        before.update(Service.objects.filter(hsds_id__in=chunk).values_list("hsds_id", flat=True))
    service_pks = _upsert(Service, collected.services, language)
    location_pks = _upsert(Location, collected.locations, language)
    service_owned = list(service_pks.values())

    for aid, values in collected.addresses.items():
        values["location_id"] = location_pks[collected.address_location[aid]]
    _replace_children(Address, "location_id", list(location_pks.values()), list(collected.addresses))
    _upsert(Address, collected.addresses, language)

    for kind, model, rows in (
        ("phone", Phone, collected.phones),
        ("schedule", Schedule, collected.schedules),
        ("language", Language, collected.languages),
    ):
        for hid, values in rows.items():
            values["service_id"] = service_pks[collected.child_owner[(kind, hid)]]
        _replace_children(model, "service_id", service_owned, list(rows))
        _upsert(model, rows, language)

    for link_id, values in collected.links.items():
        sid, lid = collected.link_ends[link_id]
        values["service_id"], values["location_id"] = service_pks[sid], location_pks[lid]
    _replace_children(ServiceAtLocation, "service_id", service_owned, list(collected.links))
    _upsert(ServiceAtLocation, collected.links, language)

    through = Service.terms.through
    for chunk in _chunks(service_owned):
        through.objects.filter(service_id__in=chunk).delete()
    through.objects.bulk_create(
        [
            through(service_id=service_pks[sid], taxonomyterm_id=term_pks[tid])
            for sid, term_ids in collected.service_terms.items()
            for tid in dict.fromkeys(term_ids)
        ],
        batch_size=CHUNK,
    )
    _refresh_statistics(
        [Organization, Service, Location, Address, Phone, Schedule, Language, ServiceAtLocation, through],
        len(service_pks),
    )
    return len(service_pks) - len(before), len(before)


def import_services(data, language="en", dry_run=False):
    """Validate then import parsed HSDS data (a list or a paged list). Raises HSDSImportError, writes nothing,
    if any record is invalid. With dry_run, validates and counts without writing."""
    records = records_from(data)
    problems = validate_records(records, language)
    if problems:
        raise HSDSImportError(problems)
    collected = _Collected()
    for record in records:
        collected.add(record)
    result = ImportResult(service_ids=list(collected.services), dry_run=dry_run)
    if dry_run:
        existing = set()
        for chunk in _chunks(collected.services):
            existing.update(Service.objects.filter(hsds_id__in=chunk).values_list("hsds_id", flat=True))
        result.updated, result.created = len(existing), len(collected.services) - len(existing)
        return result
    with transaction.atomic():
        ensure_vocabulary()
        result.created, result.updated = _write(collected, language)
    # The writes are done (committed here, or with the request under ATOMIC_REQUESTS): a failing listener
    # (e.g. the search index) is logged, not raised, so it cannot undo them.
    for receiver, outcome in services_imported.send_robust(
        sender=import_services, service_ids=result.service_ids
    ):
        if isinstance(outcome, Exception):
            logger.error("services_imported listener %r failed", receiver, exc_info=outcome)
    return result
