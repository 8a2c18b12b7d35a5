"""The OpenAPI 3.1 description of the portal's data APIs, served at /api/openapi.json.

The HSDS and GeoJSON paths are described here, their query parameters generated from the ParamsForms that read
them (services/api/params.py), so the two cannot drift; the search, embed and feeds are in openapi_other.py, the
reusable parts in openapi_components.py; other apps add their own data URLs through `AppConfig.openapi_paths()`
(generated from their ParamsForms). tests/services/test_openapi_routes.py checks every public route is in it.
"""

import copy
from functools import cache

from django.apps import apps
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from core.openapi import body_response as _text
from core.openapi import get_operation as _get

from ..hsds import HSDS_VERSION, schema
from . import params
from .openapi_common import ERRORS, NOT_FOUND, _local_refs, _ok, _paged, _param
from .openapi_components import components as build_components
from .openapi_other import other_paths


@cache
def openapi_document():
    p = "#/components/parameters/"
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
            params.ServiceListParams.openapi_parameters(),
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
                params.RecordParams.openapi_parameters(),
                {"200": _ok("The service.", "#/components/schemas/Service"), **ERRORS, **NOT_FOUND},
            ),
        },
        "/api/hsds/organizations": _get(
            "getPaginatedListOfOrganizations",
            "Organisations, paged",
            params.OrganizationListParams.openapi_parameters(),
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
                params.OrganizationParams.openapi_parameters(),
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
            params.TaxonomyListParams.openapi_parameters(),
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
            params.TaxonomyTermListParams.openapi_parameters(),
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
                params.RecordParams.openapi_parameters(),
                {"200": _ok("The term.", "#/components/schemas/TaxonomyTerm"), **ERRORS, **NOT_FOUND},
            ),
        },
        "/api/hsds/service_at_locations": _get(
            "getPaginatedListOfServiceAtLocations",
            "Services at locations, paged",
            params.ServiceAtLocationListParams.openapi_parameters(),
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
                params.RecordParams.openapi_parameters(),
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
            params.GeoJSONParams.openapi_parameters(),
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
    paths.update(other_paths(p))
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
    components = build_components(service_list, full_service)
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
