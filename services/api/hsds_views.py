"""The HSDS 3.0 API: version info, services, organisations, taxonomies, taxonomy terms, services at locations."""

import json
from functools import wraps

from django.db.models import Prefetch
from django.http import JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from core.licence import add_licence_link, data_licence
from core.pagination import page_envelope

from ..hsds import HSDS_VERSION, PROFILE_URL
from ..models import Organization, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm
from ..selectors import text_match
from ..serializers import (
    location_queryset,
    organization_dict,
    sal_dict,
    service_dict,
    services_queryset,
    taxonomy_dict,
    term_dict,
)
from . import params

NOT_FOUND = (
    Service.DoesNotExist,
    Organization.DoesNotExist,
    ServiceAtLocation.DoesNotExist,
    Taxonomy.DoesNotExist,
    TaxonomyTerm.DoesNotExist,
)


def hsds_api(view):
    """GET only; a view returns a dict (or a response). Bad parameters answer 400 with JSON; unknown ids 404.

    Every answer names the data's licence in a `Link: rel="license"` header; pages and the root also carry
    `license` and `attribution` members (HSDS objects allow extra members).
    """

    @require_GET
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            result = view(request, *args, **kwargs)
        except params.BadParameter as error:
            return params.bad_request(error)
        except NOT_FOUND:
            # LocaleMiddleware turns a 404 outside /<lang>/ into a redirect to /en/... when the page tree
            # could answer there; it only does so if the request's URLconf uses i18n_patterns, and this
            # module's URLconf does not, so the API's 404 stays a JSON 404.
            request.urlconf = "services.api_urls"
            return JsonResponse({"error": "not_found", "message": "No record has this id."}, status=404)
        licence = data_licence(request)
        if isinstance(result, dict):
            if "contents" in result or "version" in result:
                result["license"] = {"name": licence["name"], "path": licence["url"]}
                result["attribution"] = licence["attribution"]
            result = JsonResponse(result)
        return add_licence_link(result, licence)

    return wrapper


def listing(values, queryset, serialize):
    """A page (format=json, the default), or every record as NDJSON (format=ndjson, HSDS's unpaged form)."""
    if values["format"] == "json":
        return page_envelope(queryset, values["page"], values["per_page"], serialize)
    lines = (
        json.dumps(serialize(obj), ensure_ascii=False) + "\n" for obj in queryset.iterator(chunk_size=500)
    )
    return StreamingHttpResponse(lines, content_type="application/x-ndjson; charset=utf-8")


def _search(queryset, values, fields, relation=""):
    if not values["search"]:
        return queryset
    return queryset.filter(text_match(values["search"], values["lang"], fields, relation))


@hsds_api
def root(request):
    return {
        "version": HSDS_VERSION,
        "profile": PROFILE_URL,
        "openapi_url": request.build_absolute_uri(reverse("services_openapi")),
    }


def _filtered_services(values, full):
    queryset = services_queryset(full=full).order_by("pk")
    queryset = _search(queryset, values, ("name", "description"))
    if values["taxonomy_term_id"]:
        queryset = queryset.filter(terms__hsds_id=values["taxonomy_term_id"])
    if values["taxonomy_id"]:
        queryset = queryset.filter(terms__taxonomy__hsds_id=values["taxonomy_id"]).distinct()
    if values["organization_id"]:
        queryset = queryset.filter(organization__hsds_id=values["organization_id"])
    if values["modified_after"]:
        queryset = queryset.filter(last_modified__gte=values["modified_after"])
    return queryset


@hsds_api
def services(request):
    values = params.ServiceListParams(request).read()
    # HSDS's `full=true` and our earlier `full_service=true` both ask for fully nested records.
    full = values["full"] or values["full_service"]
    language = values["lang"]
    queryset = _filtered_services(values, full)
    return listing(values, queryset, lambda s: service_dict(s, language, full=full))


@hsds_api
def service_detail(request, hsds_id):
    language = params.RecordParams(request).read()["lang"]
    return service_dict(services_queryset().get(hsds_id=hsds_id), language)


def _organization_full(org, language, full_services=False):
    """The organisation with its services: one-to-one fields, or (full_service=true) fully nested."""
    data = organization_dict(org, language)
    data["services"] = [
        {k: v for k, v in service_dict(s, language, full=full_services).items() if k != "organization"}
        for s in org.services.all()
    ]
    return data


def _with_services(queryset, full_services):
    services = services_queryset(full=full_services) if full_services else Service.objects.filter(live=True)
    return queryset.prefetch_related(
        Prefetch("services", queryset=services.select_related("organization", "source"))
    )


@hsds_api
def organizations(request):
    """full=true nests each organisation's services; full_service=true nests them fully."""
    values = params.OrganizationListParams(request).read()
    language, full_services = values["lang"], values["full_service"]
    queryset = _search(Organization.objects.order_by("pk"), values, ("name",))
    if values["full"] or full_services:
        queryset = _with_services(queryset, full_services)
        return listing(values, queryset, lambda o: _organization_full(o, language, full_services))
    return listing(values, queryset, lambda o: organization_dict(o, language))


@hsds_api
def organization_detail(request, hsds_id):
    values = params.OrganizationParams(request).read()
    org = _with_services(Organization.objects.all(), values["full_service"]).get(hsds_id=hsds_id)
    return _organization_full(org, values["lang"], values["full_service"])


@hsds_api
def taxonomies(request):
    values = params.TaxonomyListParams(request).read()
    queryset = Taxonomy.objects.order_by("pk")
    if values["search"]:
        queryset = queryset.filter(name__icontains=values["search"])
    return listing(values, queryset, taxonomy_dict)


@hsds_api
def taxonomy_detail(request, hsds_id):
    return taxonomy_dict(Taxonomy.objects.get(hsds_id=hsds_id))


def _terms():
    return TaxonomyTerm.objects.select_related("taxonomy", "parent")


@hsds_api
def taxonomy_terms(request):
    """HSDS filters: taxonomy_id, parent_id (the children of a term), top_only=true (terms without a parent)."""
    values = params.TaxonomyTermListParams(request).read()
    queryset = _search(_terms().order_by("pk"), values, ("name",))
    if values["taxonomy_id"]:
        queryset = queryset.filter(taxonomy__hsds_id=values["taxonomy_id"])
    if values["parent_id"]:
        queryset = queryset.filter(parent__hsds_id=values["parent_id"])
    if values["top_only"]:
        queryset = queryset.filter(parent__isnull=True)
    return listing(values, queryset, lambda t: term_dict(t, values["lang"]))


@hsds_api
def taxonomy_term_detail(request, hsds_id):
    return term_dict(_terms().get(hsds_id=hsds_id), params.RecordParams(request).read()["lang"])


def _sal_full(link, language):
    data = sal_dict(link, language)
    data["service"] = service_dict(link.service, language, full=False)
    return data


def _sal_queryset():
    return location_queryset().select_related("service__organization", "service__source")


@hsds_api
def service_at_locations(request):
    """The list always nests the location and the service (`full` is accepted and changes nothing)."""
    values = params.ServiceAtLocationListParams(request).read()
    queryset = _search(_sal_queryset().order_by("pk"), values, ("name",), relation="service__")
    if values["taxonomy_id"]:
        queryset = queryset.filter(service__terms__taxonomy__hsds_id=values["taxonomy_id"]).distinct()
    if values["modified_after"]:
        queryset = queryset.filter(service__last_modified__gte=values["modified_after"])
    if values["organization_id"]:
        queryset = queryset.filter(service__organization__hsds_id=values["organization_id"])
    if values["taxonomy_term_id"]:
        queryset = queryset.filter(service__terms__hsds_id=values["taxonomy_term_id"])
    return listing(values, queryset, lambda link: _sal_full(link, values["lang"]))


@hsds_api
def service_at_location_detail(request, hsds_id):
    language = params.RecordParams(request).read()["lang"]
    return _sal_full(_sal_queryset().get(hsds_id=hsds_id), language)
