"""A CSV of services (one row per service and place) turned into HSDS records, checked row by row."""

import csv
import io
import re
import uuid

from django.utils.translation import gettext as _

from .models import SERVICE_TYPES, TARGET_GROUPS, Organization, TaxonomyTerm
from .validation import validate_records

COLUMNS = [
    "id",
    "name",
    "organization",
    "organization_id",
    "description",
    "country",
    "city",
    "address",
    "latitude",
    "longitude",
    "phone",
    "types",
    "target_groups",
    "languages",
    "free",
    "verified_on",
    "eligibility",
    "fees",
    "website",
    "email",
    "hours",
]
REQUIRED = ["name", "organization", "country", "city"]
_NS = uuid.UUID("d7a4c1e2-0b5f-4a8c-9e3d-6f1b2a7c8e90")
_HOURS = re.compile(r"^(?P<days>[A-Z]{2}(,[A-Z]{2})*)\s+(?P<opens>\d{1,2}:\d{2})-(?P<closes>\d{1,2}:\d{2})$")


def _id(*parts):
    return str(uuid.uuid5(_NS, "/".join(parts)))


def _split(value):
    return [part.strip() for part in re.split(r"[;,]", value or "") if part.strip()]


def _number(value, field, errors):
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        errors.append((field, _("not a number")))
        return None


def _terms(codes, taxonomy, field, errors):
    known = {t.code: t for t in TaxonomyTerm.objects.filter(taxonomy__name=taxonomy)}
    result = []
    for code in codes:
        term = known.get(code)
        if term is None:
            errors.append((field, _("unknown code %(code)r") % {"code": code}))
            continue
        result.append(term)
    return result


def _organization(row, errors):
    """The row's organisation: the one with the id of `organization_id`, or a new one named `organization`.

    A name that an existing organisation (created elsewhere) already has is an error rather than a second
    organisation of the same name: the editor gives its id."""
    name = row.get("organization", "")
    given = row.get("organization_id", "")
    if given:
        existing = Organization.objects.filter(hsds_id=given).first()
        if existing is None:
            errors.append(("organization_id", _("no organisation has this id")))
            return {"id": given, "name": name or given, "description": name or given}
        label = existing.name or name or given
        return {"id": existing.hsds_id, "name": label, "description": existing.description or label}
    derived = _id("organization", name)
    if name and Organization.objects.filter(name__iexact=name).exclude(hsds_id=derived).exists():
        errors.append(("organization", _("an organisation with this name exists: give its id")))
    return {"id": derived, "name": name, "description": name}


def row_to_record(row):
    """(HSDS service record, [(column, message)]) for one CSV row."""
    # An organisation is named (a new one) or given by its id (an existing one).
    given = {**row, "organization": row.get("organization") or row.get("organization_id", "")}
    errors = [(column, _("required")) for column in REQUIRED if not given.get(column)]
    sid = row.get("id") or _id("service", given["organization"], row.get("name", ""), row.get("city", ""))
    latitude = _number(row.get("latitude"), "latitude", errors)
    longitude = _number(row.get("longitude"), "longitude", errors)
    terms = _terms(_split(row.get("types")), SERVICE_TYPES, "types", errors) + _terms(
        _split(row.get("target_groups")), TARGET_GROUPS, "target_groups", errors
    )
    record = {
        "id": sid,
        "name": row.get("name", ""),
        "description": row.get("description", ""),
        "status": "active",
        "organization": _organization(row, errors),
        "eligibility_description": row.get("eligibility", ""),
        "fees_description": row.get("fees", ""),
        "phones": [{"id": _id(sid, "phone", n), "number": n} for n in _split(row.get("phone"))],
        "languages": [{"id": _id(sid, "language", c), "code": c} for c in _split(row.get("languages"))],
        "attributes": [
            {
                "id": _id(sid, "attribute", t.hsds_id),
                "taxonomy_term": {
                    "id": t.hsds_id,
                    "code": t.code,
                    "name": t.name or t.code,
                    "description": t.description or t.code,
                    "taxonomy": t.taxonomy.name if hasattr(t, "taxonomy") else "",
                },
            }
            for t in terms
        ],
        "service_at_locations": [
            {
                "id": _id(sid, "sal"),
                "location": {
                    "id": _id(sid, "location"),
                    "location_type": "physical",
                    "name": row.get("organization", ""),
                    "addresses": [
                        {
                            "id": _id(sid, "address"),
                            "address_1": row.get("address") or row.get("city", ""),
                            "city": row.get("city", ""),
                            "country": (row.get("country") or "").upper(),
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ],
    }
    location = record["service_at_locations"][0]["location"]
    if latitude is not None:
        location["latitude"] = latitude
    if longitude is not None:
        location["longitude"] = longitude
    for key, column in (("url", "website"), ("email", "email"), ("assured_date", "verified_on")):
        if row.get(column):
            record[key] = row[column]
    free = (row.get("free") or "").strip().lower()
    if free in ("yes", "true", "1", "free"):
        record["cost_options"] = [{"id": _id(sid, "cost"), "option": "Free", "amount": 0}]
    elif free in ("no", "false", "0"):
        record["cost_options"] = [{"id": _id(sid, "cost"), "option": "Charges apply"}]
    elif free:
        errors.append(("free", _("use yes, no or leave empty")))
    hours = (row.get("hours") or "").strip().upper()
    if hours in ("24H", "24/7"):
        record["schedules"] = [
            {"id": _id(sid, "schedule"), "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR,SA,SU"}
        ]
    elif hours:
        match = _HOURS.match(hours)
        if match is None:
            errors.append(("hours", _("write e.g. MO,TU,WE,TH,FR 08:00-17:00, or 24h")))
        else:
            opens, closes = (t.zfill(5) for t in (match["opens"], match["closes"]))
            record["schedules"] = [
                {
                    "id": _id(sid, "schedule"),
                    "freq": "WEEKLY",
                    "byday": match["days"],
                    "opens_at": opens,
                    "closes_at": closes,
                }
            ]
    return record, errors


def parse_csv(text, language):
    """[{"line", "record", "errors"}] for every row; the rows are importable only if no row has errors."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        return [{"line": 1, "record": None, "errors": [(", ".join(missing), _("missing columns"))]}]
    rows = []
    for line, raw in enumerate(reader, start=2):
        record, errors = row_to_record({k: (v or "").strip() for k, v in raw.items() if k})
        rows.append({"line": line, "record": record, "errors": errors})
    records = [r["record"] for r in rows]
    for problem in validate_records(records, language):
        if problem.index >= 0:
            rows[problem.index]["errors"].append((problem.field, problem.message))
    return rows
