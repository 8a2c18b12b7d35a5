"""The HSDS 3.0 API: version info, services, organisations, taxonomies, taxonomy terms, services at locations."""

import json
from functools import wraps

from django.db.models import Prefetch
from django.http import JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from core.licence import add_licence_link, data_licence

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
from .paging import paged

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


def listing(request, queryset, serialize):
    """A page (format=json, the default), or every record as NDJSON (format=ndjson, HSDS's unpaged form)."""
    output = params.text(request, "format", 10).lower() or "json"
    if output == "json":
        return paged(request, queryset, serialize)
    if output != "ndjson":
        raise params.BadParameter("format", "must be json or ndjson")
    lines = (
        json.dumps(serialize(obj), ensure_ascii=False) + "\n" for obj in queryset.iterator(chunk_size=500)
    )
    return StreamingHttpResponse(lines, content_type="application/x-ndjson; charset=utf-8")


def _refuse_unsupported(request, *names):
    """HSDS parameters we do not implement answer 400 rather than being silently ignored."""
    for name in names:
        if request.GET.get(name, "").strip().lower() not in ("", "false", "0", "no"):
            raise params.BadParameter(name, "is not supported by this server")


def _full(request):
    """HSDS's `full=true` and our earlier `full_service=true` both ask for fully nested records."""
    return params.boolean(request, "full") or params.boolean(request, "full_service")


def _search(queryset, request, language, fields, relation=""):
    query = params.text(request, "search")
    if not query:
        return queryset
    return queryset.filter(text_match(query, language, fields, relation))


@hsds_api
def root(request):
    return {
        "version": HSDS_VERSION,
        "profile": PROFILE_URL,
        "openapi_url": request.build_absolute_uri(reverse("services_openapi")),
    }


def _filtered_services(request, language, full):
    _refuse_unsupported(request, "minimal", "postcode", "proximity")
    queryset = services_queryset(full=full).order_by("pk")
    queryset = _search(queryset, request, language, ("name", "description"))
    term = params.text(request, "taxonomy_term_id", 36)
    if term:
        queryset = queryset.filter(terms__hsds_id=term)
    taxonomy = params.text(request, "taxonomy_id", 36)
    if taxonomy:
        queryset = queryset.filter(terms__taxonomy__hsds_id=taxonomy).distinct()
    organization = params.text(request, "organization_id", 36)
    if organization:
        queryset = queryset.filter(organization__hsds_id=organization)
    modified_after = params.datetime_param(request, "modified_after")
    if modified_after:
        queryset = queryset.filter(last_modified__gte=modified_after)
    return queryset


@hsds_api
def services(request):
    language = params.language(request)
    full = _full(request)
    queryset = _filtered_services(request, language, full)
    return listing(request, queryset, lambda s: service_dict(s, language, full=full))


@hsds_api
def service_detail(request, hsds_id):
    language = params.language(request)
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
    language = params.language(request)
    full_services = params.boolean(request, "full_service")
    full = params.boolean(request, "full") or full_services
    queryset = _search(Organization.objects.order_by("pk"), request, language, ("name",))
    if full:
        queryset = _with_services(queryset, full_services)
        return listing(request, queryset, lambda o: _organization_full(o, language, full_services))
    return listing(request, queryset, lambda o: organization_dict(o, language))


@hsds_api
def organization_detail(request, hsds_id):
    language = params.language(request)
    full_services = params.boolean(request, "full_service")
    org = _with_services(Organization.objects.all(), full_services).get(hsds_id=hsds_id)
    return _organization_full(org, language, full_services)


@hsds_api
def taxonomies(request):
    queryset = Taxonomy.objects.order_by("pk")
    query = params.text(request, "search")
    if query:
        queryset = queryset.filter(name__icontains=query)
    return listing(request, queryset, taxonomy_dict)


@hsds_api
def taxonomy_detail(request, hsds_id):
    return taxonomy_dict(Taxonomy.objects.get(hsds_id=hsds_id))


def _terms():
    return TaxonomyTerm.objects.select_related("taxonomy", "parent")


@hsds_api
def taxonomy_terms(request):
    """HSDS filters: taxonomy_id, parent_id (the children of a term), top_only=true (terms without a parent)."""
    language = params.language(request)
    queryset = _search(_terms().order_by("pk"), request, language, ("name",))
    taxonomy = params.text(request, "taxonomy_id", 36)
    if taxonomy:
        queryset = queryset.filter(taxonomy__hsds_id=taxonomy)
    parent = params.text(request, "parent_id", 36)
    if parent:
        queryset = queryset.filter(parent__hsds_id=parent)
    if params.boolean(request, "top_only"):
        queryset = queryset.filter(parent__isnull=True)
    return listing(request, queryset, lambda t: term_dict(t, language))


@hsds_api
def taxonomy_term_detail(request, hsds_id):
    return term_dict(_terms().get(hsds_id=hsds_id), params.language(request))


def _sal_full(link, language):
    data = sal_dict(link, language)
    data["service"] = service_dict(link.service, language, full=False)
    return data


@hsds_api
def service_at_locations(request):
    language = params.language(request)
    queryset = location_queryset().select_related("service__organization", "service__source").order_by("pk")
    _refuse_unsupported(request, "postcode", "proximity")
    queryset = _search(queryset, request, language, ("name",), relation="service__")
    taxonomy = params.text(request, "taxonomy_id", 36)
    if taxonomy:
        queryset = queryset.filter(service__terms__taxonomy__hsds_id=taxonomy).distinct()
    modified_after = params.datetime_param(request, "modified_after")
    if modified_after:
        queryset = queryset.filter(service__last_modified__gte=modified_after)
    organization = params.text(request, "organization_id", 36)
    if organization:
        queryset = queryset.filter(service__organization__hsds_id=organization)
    term = params.text(request, "taxonomy_term_id", 36)
    if term:
        queryset = queryset.filter(service__terms__hsds_id=term)
    params.boolean(request, "full")  # the list always nests the location and the service
    return listing(request, queryset, lambda link: _sal_full(link, language))


@hsds_api
def service_at_location_detail(request, hsds_id):
    language = params.language(request)
    link = location_queryset().select_related("service__organization", "service__source").get(hsds_id=hsds_id)
    return _sal_full(link, language)
