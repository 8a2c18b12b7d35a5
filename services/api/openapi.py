"""The OpenAPI 3.1 description of the service directory's APIs, served at /api/openapi.json."""

import copy
from functools import cache

from django.apps import apps
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from ..hsds import HSDS_VERSION, schema
from .paging import DEFAULT_PER_PAGE
from .params import MAX_PER_PAGE

_REFS = {
    "taxonomy.json": "#/components/schemas/Taxonomy",
    "metadata.json": "#/components/schemas/Metadata",
}


def _local_refs(node):
    """Point the HSDS files' relative $refs at our components."""
    if isinstance(node, dict):
        return {k: (_REFS.get(v, v) if k == "$ref" else _local_refs(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_local_refs(v) for v in node]
    return node


def _param(name, description, schema_, location="query", required=False):
    return {"name": name, "in": location, "required": required, "description": description, "schema": schema_}


def _ok(description, ref, media="application/json"):
    return {"description": description, "content": {media: {"schema": {"$ref": ref}}}}


def _paged(item_ref):
    return {
        "allOf": [{"$ref": "#/components/schemas/Page"}],
        "properties": {"contents": {"type": "array", "items": {"$ref": item_ref}}},
    }


ERRORS = {
    "400": _ok("A malformed parameter.", "#/components/schemas/Error"),
}
NOT_FOUND = {"404": _ok("No record has this id.", "#/components/schemas/Error")}


def _get(operation_id, summary, parameters, responses):
    return {
        "get": {
            "operationId": operation_id,
            "summary": summary,
            "parameters": parameters,
            "responses": responses,
        }
    }


def _text(description, media, schema_=None):
    return {"description": description, "content": {media: {"schema": schema_ or {"type": "string"}}}}


def _other_paths(p):
    """The portal's other data URLs (search, landscape, indicator CSV, embed, feeds), by their public paths."""
    search_error = {
        "400": _ok(
            "An empty or too long query, an unknown type, country or language.",
            "#/components/schemas/SearchError",
        )
    }
    atom = {"200": _text("An Atom 1.0 feed (RFC 4287), newest first.", "application/atom+xml")}
    lang_path = _param(
        "lang",
        "Language prefix.",
        {"type": "string", "enum": [c for c, _n in settings.LANGUAGES]},
        "path",
        True,
    )
    feeds = {
        "/{lang}/updates/feed/": ("getPolicyUpdatesFeed", "Every policy update", []),
        "/{lang}/updates/feed/country/{code}/": (
            "getCountryPolicyUpdatesFeed",
            "Policy updates for one country",
            [
                _param(
                    "code",
                    "ISO 3166-1 alpha-2 code.",
                    {"type": "string", "pattern": "^[A-Za-z]{2}$"},
                    "path",
                    True,
                )
            ],
        ),
        "/{lang}/updates/feed/objective/{number}/": (
            "getObjectivePolicyUpdatesFeed",
            "Policy updates for one objective of the Global Compact for Migration",
            [_param("number", "1 to 23.", {"type": "integer", "minimum": 1, "maximum": 23}, "path", True)],
        ),
        "/{lang}/updates/feed/type/{type}/": (
            "getTypePolicyUpdatesFeed",
            "Policy updates for one type of instrument",
            [
                _param(
                    "type",
                    "Type of policy.",
                    {
                        "type": "string",
                        "enum": ["law", "decree", "regulation", "circular", "agreement", "sop", "plan"],
                    },
                    "path",
                    True,
                )
            ],
        ),
    }
    paths = {
        "/api/search": _get(
            "search",
            "Full-text search of guides, policies and services",
            [
                _param(
                    "q",
                    "What to look for.",
                    {"type": "string", "minLength": 1, "maxLength": 200},
                    required=True,
                ),
                {"$ref": p + "lang"},
                _param(
                    "type",
                    "guide, policy or service.",
                    {"type": "string", "enum": ["guide", "policy", "service"]},
                ),
                _param("country", "ISO 3166-1 alpha-2 code.", {"type": "string", "pattern": "^[A-Za-z]{2}$"}),
                {"$ref": p + "page"},
            ],
            {
                "200": _ok("Results, best first, 20 a page.", "#/components/schemas/SearchResults"),
                **search_error,
            },
        ),
        "/api/search/autocomplete": _get(
            "autocomplete",
            "Titles whose words start with what is typed",
            [
                _param(
                    "q", "What is typed.", {"type": "string", "minLength": 1, "maxLength": 200}, required=True
                ),
                {"$ref": p + "lang"},
            ],
            {"200": _ok("Suggestions.", "#/components/schemas/Suggestions"), **search_error},
        ),
        "/embed/services/": _get(
            "getServicesEmbed",
            "The service map and list for a partner's iframe (HTML)",
            [
                _param("country", "ISO 3166-1 alpha-2 code.", {"type": "string"}),
                _param("type", "A service type code.", {"type": "string"}),
                {"$ref": p + "lang"},
            ],
            {"200": _text("An HTML page that may be framed by any site.", "text/html")},
        ),
    }
    for path, (operation_id, summary, extra) in feeds.items():
        paths[path] = {"parameters": [lang_path, *extra], **_get(operation_id, summary, [], atom)}
    return paths


@cache
def openapi_document():
    p = "#/components/parameters/"
    paging = [{"$ref": p + "page"}, {"$ref": p + "per_page"}, {"$ref": p + "search"}, {"$ref": p + "lang"}]
    id_param = [_param("id", "The record's HSDS id.", {"type": "string", "maxLength": 36}, "path", True)]
    service_list = _local_refs(copy.deepcopy(schema("compiled/service_list")))
    full_service = copy.deepcopy(service_list)
    for key in ("phones", "schedules", "languages", "service_at_locations", "attributes", "cost_options"):
        full_service["properties"][key] = {"type": "array", "items": {"type": "object", "required": ["id"]}}
    # Not HSDS: where a harvested service comes from (absent from the services editors made here).
    full_service["properties"]["provenance"] = {
        "type": "object",
        "properties": {
            name: {"type": "string", "format": "date-time"} if name == "harvested_at" else {"type": "string"}
            for name in ("source", "partner", "url", "licence", "attribution", "harvested_at")
        },
    }
    paths = {
        "/api/hsds/": _get(
            "getAPIMetaInformation",
            "HSDS version of this API",
            [],
            {"200": _ok("Version information.", "#/components/schemas/Meta")},
        ),
        "/api/hsds/services": _get(
            "getPaginatedListOfServices",
            "Services, paged",
            paging
            + [
                {"$ref": p + "taxonomy_term_id"},
                {"$ref": p + "taxonomy_id"},
                {"$ref": p + "organization_id"},
                {"$ref": p + "modified_after"},
                {"$ref": p + "full"},
                {"$ref": p + "full_service"},
                {"$ref": p + "format"},
            ],
            {
                "200": {
                    "description": "A page of services (with format=ndjson: every service, one per line).",
                    "content": {"application/json": {"schema": _paged("#/components/schemas/ServiceList")}},
                },
                **ERRORS,
            },
        ),
        "/api/hsds/services/{id}": {
            "parameters": id_param,
            **_get(
                "getFullyNestedServiceById",
                "One service, fully nested",
                [{"$ref": p + "lang"}],
                {"200": _ok("The service.", "#/components/schemas/Service"), **ERRORS, **NOT_FOUND},
            ),
        },
        "/api/hsds/organizations": _get(
            "getPaginatedListOfOrganizations",
            "Organisations, paged",
            paging + [{"$ref": p + "full"}, {"$ref": p + "full_service"}, {"$ref": p + "format"}],
            {
                "200": {
                    "description": "A page of organisations.",
                    "content": {
                        "application/json": {"schema": _paged("#/components/schemas/OrganizationList")}
                    },
                },
                **ERRORS,
            },
        ),
        "/api/hsds/organizations/{id}": {
            "parameters": id_param,
            **_get(
                "getOrganizationById",
                "One organisation with its services",
                [{"$ref": p + "lang"}, {"$ref": p + "full_service"}],
                {
                    "200": _ok("The organisation.", "#/components/schemas/OrganizationList"),
                    **ERRORS,
                    **NOT_FOUND,
                },
            ),
        },
        "/api/hsds/taxonomies": _get(
            "getPaginatedListOfTaxonomies",
            "Taxonomies, paged",
            paging + [{"$ref": p + "format"}],
            {
                "200": {
                    "description": "A page of taxonomies.",
                    "content": {"application/json": {"schema": _paged("#/components/schemas/Taxonomy")}},
                },
                **ERRORS,
            },
        ),
        "/api/hsds/taxonomies/{id}": {
            "parameters": id_param,
            **_get(
                "getTaxonomyById",
                "One taxonomy",
                [],
                {"200": _ok("The taxonomy.", "#/components/schemas/Taxonomy"), **NOT_FOUND},
            ),
        },
        "/api/hsds/taxonomy_terms": _get(
            "getPaginatedListOfTaxonomyTerms",
            "Taxonomy terms (service types, target groups), paged",
            paging
            + [
                {"$ref": p + "taxonomy_id"},
                _param("parent_id", "Only the children of this term (HSDS id).", {"type": "string"}),
                _param(
                    "top_only", "true: only terms without a parent.", {"type": "boolean", "default": False}
                ),
                {"$ref": p + "format"},
            ],
            {
                "200": {
                    "description": "A page of taxonomy terms.",
                    "content": {"application/json": {"schema": _paged("#/components/schemas/TaxonomyTerm")}},
                },
                **ERRORS,
            },
        ),
        "/api/hsds/taxonomy_terms/{id}": {
            "parameters": id_param,
            **_get(
                "getTaxonomyTermById",
                "One taxonomy term",
                [{"$ref": p + "lang"}],
                {"200": _ok("The term.", "#/components/schemas/TaxonomyTerm"), **ERRORS, **NOT_FOUND},
            ),
        },
        "/api/hsds/service_at_locations": _get(
            "getPaginatedListOfServiceAtLocations",
            "Services at locations, paged",
            paging
            + [
                {"$ref": p + "taxonomy_term_id"},
                {"$ref": p + "taxonomy_id"},
                {"$ref": p + "organization_id"},
                {"$ref": p + "modified_after"},
                {"$ref": p + "full"},
                {"$ref": p + "format"},
            ],
            {
                "200": {
                    "description": "A page of services at locations.",
                    "content": {
                        "application/json": {"schema": _paged("#/components/schemas/ServiceAtLocationList")}
                    },
                },
                **ERRORS,
            },
        ),
        "/api/hsds/service_at_locations/{id}": {
            "parameters": id_param,
            **_get(
                "getServiceAtLocationById",
                "One service at a location",
                [{"$ref": p + "lang"}],
                {
                    "200": _ok("The service at location.", "#/components/schemas/ServiceAtLocationList"),
                    **ERRORS,
                    **NOT_FOUND,
                },
            ),
        },
        "/api/services.geojson": _get(
            "getServicesGeoJSON",
            "Services as map markers",
            [
                _param(
                    "country",
                    "ISO 3166-1 alpha-2 country code.",
                    {"type": "string", "pattern": "^[A-Za-z]{2}$"},
                ),
                _param(
                    "type",
                    "A service type code (see /api/hsds/taxonomy_terms).",
                    {"type": "string", "maxLength": 60},
                ),
                _param("q", "Text to find in names and descriptions.", {"type": "string", "maxLength": 200}),
                _param(
                    "bbox",
                    "minLng,minLat,maxLng,maxLat; a minLng above maxLng is a box across 180° (RFC 7946, 5.2).",
                    {"type": "string"},
                ),
                {"$ref": p + "lang"},
            ],
            {
                "200": _ok(
                    "A GeoJSON FeatureCollection.",
                    "#/components/schemas/FeatureCollection",
                    "application/geo+json",
                ),
                **ERRORS,
            },
        ),
    }
    paths.update(_other_paths(p))
    paths["/data/hsds-3.0.zip"] = _get(
        "getHSDSDownload",
        "Every published record as HSDS 3.0 tabular data (CSV files and datapackage.json) in a ZIP file",
        [],
        {"200": _text("A ZIP file.", "application/zip")},
    )
    # Other apps describe their own data URLs (generated from their ParamsForms); this app may not import them.
    for config in apps.get_app_configs():
        if hasattr(config, "openapi_paths"):
            paths.update(config.openapi_paths())
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
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Asia-Pacific Migrant Portal: service directory",
            "version": "1.0.0",
            "summary": f"Support services for migrants as Open Referral HSDS {HSDS_VERSION}, and as GeoJSON.",
            "description": "The data is published under the licence named in each response (a `Link: rel=license` "
            "header, and `license` and `attribution` members): CC BY 4.0 unless the portal's editors chose "
            "another. The HSDS schemas this document includes are Open Referral's, under CC BY-SA 4.0.",
            "license": {
                "name": "HSDS schemas: CC BY-SA 4.0",
                "url": "https://creativecommons.org/licenses/by-sa/4.0/",
            },
        },
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "paths": paths,
        "components": components,
    }


@require_GET
def openapi_json(request):
    return JsonResponse(openapi_document())
