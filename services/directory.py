"""The directory's filters (GET parameters that work without JavaScript) and the values its templates read."""

from urllib.parse import urlencode

from django import forms
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.names import country_name
from core.pagination import paginate
from core.params import ParamsForm
from core.ratelimit import check as check_rate_limit

from .hours import opening_lines
from .links import email_address, web_url
from .models import SERVICE_TYPES, TARGET_GROUPS, Language, Service, ServiceAtLocation, TaxonomyTerm
from .opening import is_open_now
from .routing import directory_path
from .selectors import country_choices, service_type_choices, text_match
from .text import localized

PER_PAGE = 20


class DirectoryFilterForm(ParamsForm):
    """The directory's filters, lenient like every listing: a bad value is dropped with a notice, the others
    still apply."""

    known_extra = ("page", "view", "lang")  # lang: the embed's language
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    country = forms.ChoiceField(label=_("Country"), required=False)
    city = forms.CharField(label=_("City"), required=False, max_length=120)
    type = forms.ChoiceField(label=_("Type of help"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)
    group = forms.ChoiceField(label=_("For"), required=False)
    free = forms.BooleanField(label=_("Free services only"), required=False)

    def __init__(self, data, language):
        super().__init__(data)
        self.language = language
        anyone = [("", _("Any"))]
        self.fields["country"].choices = anyone + country_choices(language)
        self.fields["type"].choices = anyone + service_type_choices(language)
        groups = TaxonomyTerm.objects.filter(taxonomy__name=TARGET_GROUPS).order_by("sort_order")
        self.fields["group"].choices = anyone + [(t.code, localized(t, "name", language)) for t in groups]
        codes = sorted(Language.objects.order_by().values_list("code", flat=True).distinct())
        self.fields["language"].choices = anyone + [(c, _language_name(c)) for c in codes]


def _language_name(code):
    from django.utils.translation import get_language_info

    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code


def filter_services(filters, language):
    """Active services matching the cleaned filters of DirectoryFilterForm.

    Filters on related rows are ``pk IN (subquery)``, never joins: a join needs DISTINCT, and a DISTINCT
    over every translated column of 10,000 services was most of the directory's time.
    """
    queryset = Service.objects.filter(status="active", live=True)
    places = ServiceAtLocation.objects.all()
    if filters.get("country"):
        places = places.filter(location__country=filters["country"])
    if filters.get("city"):
        places = places.filter(location__city__iexact=filters["city"])
    if filters.get("country") or filters.get("city"):
        queryset = queryset.filter(pk__in=places.values("service_id"))
    terms = Service.terms.through.objects
    if filters.get("type"):
        queryset = queryset.filter(
            pk__in=terms.filter(
                taxonomyterm__code=filters["type"], taxonomyterm__taxonomy__name=SERVICE_TYPES
            ).values("service_id")
        )
    if filters.get("group"):
        queryset = queryset.filter(
            pk__in=terms.filter(
                taxonomyterm__code=filters["group"], taxonomyterm__taxonomy__name=TARGET_GROUPS
            ).values("service_id")
        )
    if filters.get("language"):
        queryset = queryset.filter(
            pk__in=Language.objects.filter(code=filters["language"]).values("service_id")
        )
    if filters.get("free"):
        queryset = queryset.filter(is_free=True)
    if filters.get("q"):
        queryset = queryset.filter(text_match(filters["q"], language))
    return queryset.order_by("name", "pk")


def with_details(queryset):
    """Everything a list item or a detail page shows, in a fixed number of queries."""
    return queryset.select_related("organization", "source").prefetch_related(
        "phones",
        "schedules",
        "languages",
        Prefetch(
            "at_locations",
            queryset=ServiceAtLocation.objects.select_related("location").prefetch_related(
                "location__addresses"
            ),
        ),
        Prefetch("terms", queryset=TaxonomyTerm.objects.select_related("taxonomy")),
    )


def service_item(service, language, url_prefix):
    """The prepared values of one service, for the list, the embed and the detail page."""
    places = []
    for link in service.at_locations.all():
        location = link.location
        address = next(iter(location.addresses.all()), None)
        lat, lng = location.latitude, location.longitude
        places.append(
            {
                "name": localized(location, "name", language),
                "address": ", ".join(
                    p
                    for p in (
                        address.address_1,
                        address.address_2,
                        address.city,
                        address.state_province,
                        address.postal_code,
                    )
                    if p
                )
                if address
                else "",
                "country": location.country,
                "country_name": country_name(location.country, language) if location.country else "",
                "latitude": lat,
                "longitude": lng,
                "transportation": localized(location, "transportation", language),
                "geo_uri": f"geo:{lat},{lng}" if lat is not None else "",
                "directions_url": f"https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lng}"
                if lat is not None
                else "",
                "osm_url": f"https://www.openstreetmap.org/?mlat={lat}&mlon={lng}#map=16/{lat}/{lng}"
                if lat is not None
                else "",
            }
        )
    country = places[0]["country"] if places else ""
    schedules = list(service.schedules.all())
    terms = list(service.terms.all())
    phones = [
        {"number": p.number, "type": p.type, "description": localized(p, "description", language)}
        for p in service.phones.all()
    ]
    return {
        "service": service,
        "hsds_id": service.hsds_id,
        "name": localized(service, "name", language),
        "description": localized(service, "description", language),
        "eligibility": localized(service, "eligibility_description", language),
        "application_process": localized(service, "application_process", language),
        "fees": localized(service, "fees_description", language),
        "is_free": service.is_free,
        "organization": localized(service.organization, "name", language),
        "url": f"{url_prefix}{service.hsds_id}/",
        "types": [localized(t, "name", language) for t in terms if t.taxonomy.name == "portal-service-type"],
        "groups": [localized(t, "name", language) for t in terms if t.taxonomy.name == TARGET_GROUPS],
        "phones": phones,
        # A page prints its "Contact" heading only when something follows it.
        "has_contact": bool(phones or service.url or service.email),
        "languages": [
            _language_name(lang.code) if lang.code else lang.name for lang in service.languages.all()
        ],
        "schedules": [
            {
                "days": s.byday,
                "opens_at": s.opens_at,
                "closes_at": s.closes_at,
                "all_day": s.opens_at is None and s.closes_at is None,
                "notes": localized(s, "notes", language),
                "description": localized(s, "description", language),
            }
            for s in schedules
        ],
        "opening_lines": opening_lines(schedules, language),
        "schedule_notes": [note for note in (localized(s, "notes", language) for s in schedules) if note],
        "open_now": is_open_now(schedules, country),
        "verified_on": service.assured_date,
        "places": places,
        "first_place": places[0] if places else None,
        "website": web_url(service.url),
        "email": email_address(service.email),
        "provenance": {
            "partner": service.source.partner,
            "updated": service.harvested_at,
            "attribution": service.source.attribution,
            "licence": service.source.licence,
        }
        if service.source_id
        else None,
    }


def directory_context(request, page=None, per_page=PER_PAGE):
    """Filters, one page of prepared results, and the map and embed settings for the current filters."""
    language = get_language()
    if request.GET.get("q", "").strip():
        # A text query costs what a search costs (the page and the embed), and is limited like one.
        check_rate_limit(request, "search")
    form = DirectoryFilterForm(request.GET or None, language)
    filters, notices = form.lenient() if form.is_bound else ({}, [])
    # Page through ids only; the twenty services of the page are then read with everything they show.
    ids = filter_services(filters, language).values_list("pk", flat=True)
    results, page_notices = paginate(ids, request.GET.get("page"), per_page)
    prefix = directory_path(language)
    items = [
        service_item(s, language, prefix)
        for s in with_details(Service.objects.filter(pk__in=list(results.object_list))).order_by("name", "pk")
    ]
    active = {k: v for k, v in (filters or {}).items() if v not in ("", None, False)}
    map_params = {"lang": language, **{k: active[k] for k in ("country", "type") if k in active}}
    if "q" in active:
        map_params["q"] = active["q"]
    query_without_page = urlencode({k: ("true" if v is True else v) for k, v in active.items()})
    return {
        "filter_form": form,
        "notices": notices + page_notices,
        "results": results,
        "items": items,
        "view": "map" if request.GET.get("view") == "map" else "list",
        "filters_query": query_without_page,
        "active_filter_count": len(active),
        "geojson_params": urlencode(map_params),
        "embed_query": urlencode(
            {"lang": language, **{k: active[k] for k in ("country", "type") if k in active}}
        ),
        **_embed_panel(request, language, active),
    }


def _embed_panel(request, language, active):
    """The "Embed this map" panel: the same code as the open data page's builder, and a link to it."""
    from .models import OpenDataPage
    from .open_data import EMBED_HEIGHTS, embed_code

    query = urlencode({"lang": language, **{k: active[k] for k in ("country", "type") if k in active}})
    src = request.build_absolute_uri(f"{reverse('services_embed')}?{query}")
    origin = request.build_absolute_uri("/").rstrip("/")
    open_data = OpenDataPage.objects.live().public().first()
    return {
        "embed_code": embed_code(src, EMBED_HEIGHTS[2], str(_("Support services for migrants")), origin),
        "open_data_url": open_data.get_url(request) if open_data else "",
    }
