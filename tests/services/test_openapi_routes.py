"""The OpenAPI document cannot drift from the URLs: every public route under /api/ and /data/ is in it, and an
endpoint read by a ParamsForm lists exactly that form's parameters."""

import re

from django.urls import URLResolver, get_resolver

from countries.params import CorridorParams, LandscapeParams
from services.api import params as hsds
from services.api.openapi import openapi_document

# Routes that are not data endpoints of their own.
NOT_DOCUMENTED = {"/api/openapi.json"}
# Endpoints whose parameters are read by a ParamsForm: the document must list exactly its fields.
PARAMS_FORMS = {
    "/api/landscape/{}.geojson": LandscapeParams,
    "/api/landscape/corridors.geojson": CorridorParams,
    "/api/hsds/services": hsds.ServiceListParams,
    "/api/hsds/services/{}": hsds.RecordParams,
    "/api/hsds/organizations": hsds.OrganizationListParams,
    "/api/hsds/organizations/{}": hsds.OrganizationParams,
    "/api/hsds/taxonomies": hsds.TaxonomyListParams,
    "/api/hsds/taxonomy_terms": hsds.TaxonomyTermListParams,
    "/api/hsds/taxonomy_terms/{}": hsds.RecordParams,
    "/api/hsds/service_at_locations": hsds.ServiceAtLocationListParams,
    "/api/hsds/service_at_locations/{}": hsds.RecordParams,
    "/api/services.geojson": hsds.GeoJSONParams,
}


def public_routes(patterns=None, prefix=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from public_routes(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            route = prefix + str(pattern.pattern)
            if route.startswith(("api/", "data/")):
                yield "/" + route


def shape(path):
    """/api/hsds/services/<str:hsds_id> and /api/hsds/services/{id} alike become /api/hsds/services/{}."""
    return re.sub(r"<[^>]+>|\{[^}]+\}", "{}", path)


def query_parameters(document, operation):
    components = document["components"].get("parameters", {})
    names = set()
    for parameter in operation.get("parameters", []):
        if "$ref" in parameter:
            parameter = components[parameter["$ref"].rsplit("/", 1)[-1]]
        if parameter["in"] == "query":
            names.add(parameter["name"])
    return names


def test_every_public_route_is_documented():
    documented = {shape(path) for path in openapi_document()["paths"]}
    missing = sorted(
        route for route in public_routes() if route not in NOT_DOCUMENTED and shape(route) not in documented
    )
    assert not missing


def test_params_form_endpoints_list_exactly_their_parameters():
    document = openapi_document()
    paths = {shape(path): item for path, item in document["paths"].items()}
    for path, form in PARAMS_FORMS.items():
        operation = paths[path]["get"]
        assert query_parameters(document, operation) == set(form.base_fields), path
