"""The prepared values of services (what a list item, the embed and a service's page show), kept under the
content generation (core.content_cache): a service saved or imported purges them with the pages.

Only "open now" changes with the clock: it is worked out on every request from the kept opening hours."""

from types import SimpleNamespace

from django.db.models import Prefetch

from core import content_cache
from core.names import country_name

from .hours import opening_lines
from .links import email_address, web_url
from .models import TARGET_GROUPS, Service, ServiceAtLocation, TaxonomyTerm
from .opening import is_open_now
from .text import localized


def language_name(code):
    from django.utils.translation import get_language_info

    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code


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


def _place(link, language):
    location = link.location
    address = next(iter(location.addresses.all()), None)
    lat, lng = location.latitude, location.longitude
    parts = (
        (address.address_1, address.address_2, address.city, address.state_province, address.postal_code)
        if address
        else ()
    )
    return {
        "name": localized(location, "name", language),
        "address": ", ".join(p for p in parts if p),
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


def _hours(schedule):
    """What "open now" reads of a schedule, without the model instance (kept in the cache)."""
    fields = ("freq", "byday", "valid_from", "valid_to", "opens_at", "closes_at")
    return SimpleNamespace(**{name: getattr(schedule, name) for name in fields})


def service_values(service, language, url_prefix):
    """The prepared values of one service that do not change with the clock (see `service_item`)."""
    places = [_place(link, language) for link in service.at_locations.all()]
    schedules = list(service.schedules.all())
    terms = list(service.terms.all())
    phones = [
        {"number": p.number, "type": p.type, "description": localized(p, "description", language)}
        for p in service.phones.all()
    ]
    return {
        "pk": service.pk,
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
            language_name(lang.code) if lang.code else lang.name for lang in service.languages.all()
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
        "hours": [_hours(s) for s in schedules],
        "opening_lines": opening_lines(schedules, language),
        "schedule_notes": [note for note in (localized(s, "notes", language) for s in schedules) if note],
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


def with_open_now(values):
    """A service's values with "open now" (True, False, or None when its hours do not say) at this moment."""
    country = values["places"][0]["country"] if values["places"] else ""
    return {**values, "open_now": is_open_now(values["hours"], country)}


def service_item(service, language, url_prefix):
    """The prepared values of one service, for the list, the embed and the detail page."""
    return with_open_now(service_values(service, language, url_prefix))


def service_items(pks, language, url_prefix):
    """The prepared values of these services (by primary key, in that order; a missing one is left out):
    kept for this list of services, language and directory path, in fixed queries when not kept."""

    def build():
        services = with_details(Service.objects.filter(pk__in=pks))
        by_pk = {service.pk: service_values(service, language, url_prefix) for service in services}
        return [by_pk[pk] for pk in pks if pk in by_pk]

    kept = content_cache.remember(("services:items", language, url_prefix, *pks), build)
    return [with_open_now(values) for values in kept]
