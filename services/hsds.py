"""The HSDS 3.0 schemas shipped in services/hsds_schema/, and validators built on them."""

import gzip
import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMA_DIR = Path(__file__).resolve().parent / "hsds_schema"
HSDS_VERSION = "3.0"
PROFILE_URL = "https://docs.openreferral.org/en/v3.0/hsds/"


@cache
def schema(name):
    """A schema by name: 'compiled/service', 'compiled/service_list', 'taxonomy', 'openapi'..."""
    path = SCHEMA_DIR / f"{name}.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    with gzip.open(SCHEMA_DIR / f"{name}.json.gz", "rt", encoding="utf-8") as handle:
        return json.load(handle)


def _relax_addresses(node):
    """Our rule: an address needs no postal code or province (many Asia-Pacific addresses have neither)."""
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict) and "postal_code" in properties and "required" in node:
            node["required"] = [f for f in node["required"] if f not in ("postal_code", "state_province")]
        for value in node.values():
            _relax_addresses(value)
    elif isinstance(node, list):
        for value in node:
            _relax_addresses(value)
    return node


@cache
def import_validator():
    """Validator for one imported service: the compiled HSDS service schema, addresses relaxed."""
    relaxed = _relax_addresses(json.loads(json.dumps(schema("compiled/service"))))
    return Draft202012Validator(relaxed, format_checker=FormatChecker())


@cache
def _registry():
    """The per-object schemas refer to each other by file name ("taxonomy.json")."""
    names = ("taxonomy", "taxonomy_term", "metadata")
    return Registry().with_resources(
        (f"{name}.json", Resource.from_contents(schema(name), default_specification=DRAFT202012))
        for name in names
    )


@cache
def official_validator(name):
    """Validator for the official, unmodified schema (used to check what our APIs serve)."""
    return Draft202012Validator(schema(name), format_checker=FormatChecker(), registry=_registry())
