"""The HSDS 3.0 API: version info, services, organisations, taxonomies, taxonomy terms, services at locations."""

from functools import wraps

from django.db.models import Prefetch
from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

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


def hsds_api(view):
    """GET only; bad parameters answer 400 with JSON; unknown ids answer 404 with JSON."""

    @require_GET
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except params.BadParameter as error:
            return params.bad_request(error)
        except (Service.DoesNotExist, Organization.DoesNotExist, ServiceAtLocation.DoesNotExist):
            # LocaleMiddleware turns a 404 outside /<lang>/ into a redirect to /en/... when the page tree
            # could answer there; it only does so if the request's URLconf uses i18n_patterns, and this
            # module's URLconf does not, so the API's 404 stays a JSON 404.
            request.urlconf = "services.api_urls"
            return JsonResponse({"error": "not_found", "message": "No record has this id."}, status=404)

    return wrapper


def _search(queryset, request, language, fields, relation=""):
    query = params.text(request, "search")
    if not query:
        return queryset
    return queryset.filter(text_match(query, language, fields, relation))


@hsds_api
def root(request):
    return JsonResponse(
        {
            "version": HSDS_VERSION,
            "profile": PROFILE_URL,
            "openapi_url": request.build_absolute_uri(reverse("services_openapi")),
        }
    )


def _filtered_services(request, language, full):
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
    full = params.boolean(request, "full_service")
    queryset = _filtered_services(request, language, full)
    return JsonResponse(paged(request, queryset, lambda s: service_dict(s, language, full=full)))


@hsds_api
def service_detail(request, hsds_id):
    language = params.language(request)
    return JsonResponse(service_dict(services_queryset().get(hsds_id=hsds_id), language))


def _organization_full(org, language):
    data = organization_dict(org, language)
    data["services"] = [
        {k: v for k, v in service_dict(s, language, full=False).items() if k != "organization"}
        for s in org.services.all()
    ]
    return data


@hsds_api
def organizations(request):
    language = params.language(request)
    full = params.boolean(request, "full_service")
    queryset = _search(Organization.objects.order_by("pk"), request, language, ("name",))
    if full:
        queryset = queryset.prefetch_related(
            Prefetch("services", queryset=Service.objects.select_related("organization", "source"))
        )
        return JsonResponse(paged(request, queryset, lambda o: _organization_full(o, language)))
    return JsonResponse(paged(request, queryset, lambda o: organization_dict(o, language)))


@hsds_api
def organization_detail(request, hsds_id):
    language = params.language(request)
    org = Organization.objects.prefetch_related(
        Prefetch("services", queryset=Service.objects.select_related("organization", "source"))
    ).get(hsds_id=hsds_id)
    return JsonResponse(_organization_full(org, language))


@hsds_api
def taxonomies(request):
    queryset = Taxonomy.objects.order_by("pk")
    query = params.text(request, "search")
    if query:
        queryset = queryset.filter(name__icontains=query)
    return JsonResponse(paged(request, queryset, taxonomy_dict))


@hsds_api
def taxonomy_terms(request):
    language = params.language(request)
    queryset = TaxonomyTerm.objects.select_related("taxonomy", "parent").order_by("pk")
    queryset = _search(queryset, request, language, ("name",))
    taxonomy = params.text(request, "taxonomy_id", 36)
    if taxonomy:
        queryset = queryset.filter(taxonomy__hsds_id=taxonomy)
    return JsonResponse(paged(request, queryset, lambda t: term_dict(t, language)))


def _sal_full(link, language):
    data = sal_dict(link, language)
    data["service"] = service_dict(link.service, language, full=False)
    return data


@hsds_api
def service_at_locations(request):
    language = params.language(request)
    queryset = location_queryset().select_related("service__organization", "service__source").order_by("pk")
    queryset = _search(queryset, request, language, ("name",), relation="service__")
    organization = params.text(request, "organization_id", 36)
    if organization:
        queryset = queryset.filter(service__organization__hsds_id=organization)
    term = params.text(request, "taxonomy_term_id", 36)
    if term:
        queryset = queryset.filter(service__terms__hsds_id=term)
    return JsonResponse(paged(request, queryset, lambda link: _sal_full(link, language)))


@hsds_api
def service_at_location_detail(request, hsds_id):
    language = params.language(request)
    link = location_queryset().select_related("service__organization", "service__source").get(hsds_id=hsds_id)
    return JsonResponse(_sal_full(link, language))
