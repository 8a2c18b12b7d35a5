"""Validate a whole HSDS file before anything is written: the HSDS 3.0 schema, then our own rules."""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

from core.languages import LANGUAGE_CODES
from core.names import is_known_country

from .hsds import import_validator
from .links import is_email, is_web_url

# The fields the importer reads a link from: web addresses must be http(s), e-mail addresses valid.
WEB_FIELDS = ("url", "organization/website", "organization/url")
EMAIL_FIELDS = ("email", "assurer_email", "organization/email")


def _field(record, path):
    value = record
    for key in path.split("/"):
        value = value.get(key) if isinstance(value, dict) else None
    return value


@dataclass(frozen=True)
class Problem:
    index: int
    id: str
    field: str
    message: str

    def __str__(self):
        return f"record {self.index} (id {self.id or '?'}): {self.field or '(record)'}: {self.message}"


class HSDSImportError(Exception):
    """The file was refused; `problems` says why, record by record."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def records_from(data):
    """The service records of a parsed file: a JSON array, or an HSDS paged list ({"contents": [...]})."""
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        return data["contents"]
    if isinstance(data, list):
        return data
    raise HSDSImportError(
        [Problem(-1, "", "", _("expected a JSON array of services or an object with a 'contents' array"))]
    )


def _path(error):
    parts = [str(p) for p in error.absolute_path]
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else ""
        parts.append(missing)
    return "/".join(p for p in parts if p)


def _parse(kind, value):
    if kind == "date":
        return datetime.date.fromisoformat(value)
    return datetime.time.fromisoformat(value)


def _our_rules(record):
    """Rules HSDS leaves open but our directory needs. Yields (field, message)."""
    if not isinstance(record.get("organization"), dict) and not record.get("organization_id"):
        yield "organization", _("a service needs its organisation (an 'organization' object)")
    for path in WEB_FIELDS:
        value = _field(record, path)
        if value and not is_web_url(value):
            yield path, _("a web address must start with http:// or https://")
    for path in EMAIL_FIELDS:
        value = _field(record, path)
        if value and not is_email(value):
            yield path, _("not a valid e-mail address")
    if record.get("assured_date"):
        try:
            _parse("date", record["assured_date"])
        except ValueError:
            yield "assured_date", _("not a date (YYYY-MM-DD)")
    for i, schedule in enumerate(record.get("schedules") or []):
        for key, kind in (
            ("opens_at", "time"),
            ("closes_at", "time"),
            ("valid_from", "date"),
            ("valid_to", "date"),
        ):
            if schedule.get(key):
                try:
                    _parse(kind, schedule[key])
                except ValueError:
                    yield f"schedules/{i}/{key}", _("not a valid %(kind)s") % {"kind": kind}
    for i, language in enumerate(record.get("languages") or []):
        if not (language.get("code") or language.get("name")):
            yield f"languages/{i}", _("a language needs a code or a name")
    for i, link in enumerate(record.get("service_at_locations") or []):
        location = link.get("location")
        if not isinstance(location, dict):
            yield f"service_at_locations/{i}/location", _("each service-at-location needs its location")
            continue
        prefix = f"service_at_locations/{i}/location"
        latitude, longitude = location.get("latitude"), location.get("longitude")
        if (latitude is None) != (longitude is None):
            yield f"{prefix}/latitude", _("give both latitude and longitude, or neither")
        if latitude is not None and not -90 <= latitude <= 90:
            yield f"{prefix}/latitude", _("latitude must be between -90 and 90")
        if longitude is not None and not -180 <= longitude <= 180:
            yield f"{prefix}/longitude", _("longitude must be between -180 and 180")
        for j, address in enumerate(location.get("addresses") or []):
            if not is_known_country(str(address.get("country", "")).upper()):
                yield (
                    f"{prefix}/addresses/{j}/country",
                    _("unknown ISO 3166-1 alpha-2 country code %(code)r") % {"code": address.get("country")},
                )


def validate_records(records, language):
    """Every problem in the file, as Problem objects (empty list: the file may be imported)."""
    problems = []
    if language not in set(LANGUAGE_CODES):
        problems.append(Problem(-1, "", "--language", _("unknown language %(code)r") % {"code": language}))
    validator = import_validator()
    seen = {}
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            problems.append(Problem(index, "", "", _("a service must be a JSON object")))
            continue
        record_id = str(record.get("id", ""))
        errors = sorted(validator.iter_errors(record), key=lambda e: [str(p) for p in e.absolute_path])
        for error in errors:
            problems.append(Problem(index, record_id, _path(error), error.message))
        if not errors:  # our rules assume the shapes the schema guarantees
            for field, message in _our_rules(record):
                problems.append(Problem(index, record_id, field, message))
        if record_id and record_id in seen:
            problems.append(
                Problem(index, record_id, "id", _("the same id as record %(n)s") % {"n": seen[record_id]})
            )
        seen.setdefault(record_id, index)
    return problems
