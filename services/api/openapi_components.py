"""The OpenAPI document's components: parameters and schemas (HSDS's own, the page, errors, GeoJSON)."""

import copy

from ..hsds import schema
from .openapi_common import _local_refs
from .params import TranslatedListParams


def components(service_list, full_service):
    """The reusable parameters and schemas: the HSDS schemas as Open Referral publishes them, and ours."""
    components = {
        # The parameters the search, embed and feeds share with the HSDS lists, as the HSDS forms read them.
        "parameters": {
            parameter["name"]: parameter
            for parameter in TranslatedListParams.openapi_parameters()
            if parameter["name"] in ("page", "per_page", "lang")
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
                                        # null while no service directory page is published
                                        "url": {"type": ["string", "null"]},
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
