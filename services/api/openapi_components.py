"""The OpenAPI document's components: parameters and schemas (HSDS's own, the page, errors, GeoJSON)."""

import copy

from django.conf import settings

from ..hsds import schema
from .openapi_common import _local_refs, _param
from .paging import DEFAULT_PER_PAGE
from .params import MAX_PER_PAGE


def components(service_list, full_service):
    """The reusable parameters and schemas: the HSDS schemas as Open Referral publishes them, and ours."""
    components = {
        "parameters": {
            "page": _param("page", "Page number, from 1.", {"type": "integer", "minimum": 1, "default": 1}),
            "per_page": _param(
                "per_page",
                "Items per page.",
                {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": DEFAULT_PER_PAGE},
            ),
            "search": _param(
                "search",
                "Text to find in names (and service descriptions).",
                {"type": "string", "maxLength": 200},
            ),
            "lang": _param(
                "lang",
                "Language of the text (else Accept-Language, else English): one of "
                + ", ".join(c for c, _n in settings.LANGUAGES)
                + ", or a regional tag of one (vi-VN reads as vi). Any other answers 400.",
                {"type": "string", "maxLength": 35, "pattern": "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$"},
            ),
            "taxonomy_term_id": _param(
                "taxonomy_term_id",
                "Only records with this taxonomy term (HSDS id).",
                {"type": "string", "maxLength": 36},
            ),
            "taxonomy_id": _param(
                "taxonomy_id",
                "Only records with a term of this taxonomy (HSDS id).",
                {"type": "string", "maxLength": 36},
            ),
            "organization_id": _param(
                "organization_id",
                "Only records of this organisation (HSDS id).",
                {"type": "string", "maxLength": 36},
            ),
            "modified_after": _param(
                "modified_after",
                "Only records modified at or after this ISO 8601 date-time.",
                {"type": "string", "format": "date-time"},
            ),
            "full": _param(
                "full", "true: fully nested records (HSDS).", {"type": "boolean", "default": False}
            ),
            "full_service": _param(
                "full_service",
                "true: fully nested records (organisations: with fully nested services).",
                {"type": "boolean", "default": False},
            ),
            "format": _param(
                "format",
                "json (paged, the default) or ndjson (every record, one JSON object per line, no paging).",
                {"type": "string", "enum": ["json", "ndjson"], "default": "json"},
            ),
        },
        "schemas": {
            "Page": {
                "type": "object",
                "required": [
                    "total_items",
                    "total_pages",
                    "page_number",
                    "size",
                    "first_page",
                    "last_page",
                    "empty",
                    "contents",
                ],
                "properties": {
                    "total_items": {"type": "integer"},
                    "total_pages": {"type": "integer"},
                    "page_number": {"type": "integer"},
                    "size": {"type": "integer"},
                    "first_page": {"type": "boolean"},
                    "last_page": {"type": "boolean"},
                    "empty": {"type": "boolean"},
                },
            },
            "Meta": {
                "type": "object",
                "required": ["version"],
                "properties": {
                    "version": {"type": "string"},
                    "profile": {"type": "string", "format": "uri"},
                    "openapi_url": {"type": "string", "format": "uri"},
                },
            },
            "Error": {
                "type": "object",
                "required": ["error", "message"],
                "properties": {
                    "error": {"type": "string"},
                    "parameter": {"type": "string"},
                    "message": {"type": "string"},
                },
            },
            "SearchError": {
                "type": "object",
                "required": ["error"],
                "properties": {"error": {"type": "string"}},
            },
            "SearchResults": {
                "type": "object",
                "required": ["query", "total", "results", "facets"],
                "properties": {
                    "query": {"type": "string"},
                    "total": {"type": "integer"},
                    "page": {"type": "integer"},
                    "pages": {"type": "integer"},
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["type", "title", "url"],
                            "properties": {
                                "type": {"type": "string"},
                                "title": {"type": "string"},
                                "url": {"type": "string"},
                                "language": {"type": "string"},
                                "snippet": {"type": "string"},
                                "hsds_id": {"type": ["string", "null"]},
                            },
                        },
                    },
                    "facets": {"type": "object"},
                },
            },
            "Suggestions": {
                "type": "object",
                "required": ["query", "suggestions"],
                "properties": {
                    "query": {"type": "string"},
                    "suggestions": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "title": {"type": "string"},
                                "url": {"type": "string"},
                                "type": {"type": "string"},
                            },
                        },
                    },
                },
            },
            "ServiceList": service_list,
            "Service": full_service,
            "OrganizationList": _local_refs(copy.deepcopy(schema("compiled/organization_list"))),
            "ServiceAtLocationList": _local_refs(copy.deepcopy(schema("compiled/service_at_location_list"))),
            "Taxonomy": _local_refs(copy.deepcopy(schema("taxonomy"))),
            "TaxonomyTerm": _local_refs(copy.deepcopy(schema("taxonomy_term"))),
            "Metadata": _local_refs(copy.deepcopy(schema("metadata"))),
            "FeatureCollection": {
                "type": "object",
                "required": ["type", "features"],
                "properties": {
                    "type": {"const": "FeatureCollection"},
                    "features": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["type", "geometry", "properties"],
                            "properties": {
                                "type": {"const": "Feature"},
                                "geometry": {
                                    "type": "object",
                                    "required": ["type", "coordinates"],
                                    "properties": {
                                        "type": {"const": "Point"},
                                        "coordinates": {
                                            "type": "array",
                                            "minItems": 2,
                                            "maxItems": 2,
                                            "items": {"type": "number"},
                                        },
                                    },
                                },
                                "properties": {
                                    "type": "object",
                                    "required": ["hsds_id", "name", "type", "country", "url"],
                                    "properties": {
                                        "hsds_id": {"type": "string"},
                                        "name": {"type": "string"},
                                        "type": {"type": "string"},
                                        "country": {"type": "string"},
                                        "url": {"type": "string"},
                                        "listed_by": {"type": ["string", "null"]},
                                        "harvested_at": {"type": ["string", "null"], "format": "date-time"},
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    }
    return components
