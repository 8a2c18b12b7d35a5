"""Our models as HSDS 3.0 JSON objects, in one language (the APIs and `export_hsds` share these)."""

import uuid

from django.db.models import Prefetch

from .links import email_address, web_url
from .models import Address, Organization, Service, ServiceAtLocation, TaxonomyTerm
from .text import localized, localized_with_language

_NS = uuid.UUID("a9c1f1e4-53d4-4b8e-8a55-2c4f3f5e9b70")


def _derived_id(*parts):
    """A stable UUID for HSDS objects we do not store (attributes, cost options)."""
    return str(uuid.uuid5(_NS, "/".join(parts)))


def _compact(data, keep=()):
    """Drop empty optional values: HSDS types them as strings or numbers, never null."""
    return {k: v for k, v in data.items() if k in keep or v not in (None, "", [])}


def _time(value):
    return value.strftime("%H:%M") if value else None


def taxonomy_dict(taxonomy):
    return _compact(
        {
            "id": taxonomy.hsds_id,
            "name": taxonomy.name,
            "description": taxonomy.description,
            "uri": taxonomy.uri,
            "version": taxonomy.version,
        },
        keep=("description",),
    )


def term_dict(term, language):
    """One term; its `language` is the language its name is really in (English when not translated)."""
    name, name_language = localized_with_language(term, "name", language)
    return _compact(
        {
            "id": term.hsds_id,
            "code": term.code,
            "name": name or term.code,
            "description": localized(term, "description", language),
            "parent_id": term.parent.hsds_id if term.parent_id else None,
            "taxonomy": term.taxonomy.name,
            "taxonomy_id": term.taxonomy.hsds_id,
            "language": name_language if name else "en",
        },
        keep=("description",),
    )


def organization_dict(org, language):
    return _compact(
        {
            "id": org.hsds_id,
            "name": localized(org, "name", language),
            "alternate_name": org.alternate_name,
            "description": localized(org, "description", language),
            "email": email_address(org.email),
            "website": web_url(org.website),
        },
        keep=("name", "description"),
    )


def address_dict(address):
    return _compact(
        {
            "id": address.hsds_id,
            "location_id": address.location.hsds_id,
            "attention": address.attention,
            "address_1": address.address_1,
            "address_2": address.address_2,
            "city": address.city,
            "region": address.region,
            "state_province": address.state_province,
            "postal_code": address.postal_code,
            "country": address.country,
            "address_type": address.address_type,
        },
        keep=("address_1", "city", "state_province", "postal_code", "country", "address_type"),
    )


def location_dict(location, language):
    return _compact(
        {
            "id": location.hsds_id,
            "location_type": location.location_type,
            "organization_id": location.organization.hsds_id if location.organization_id else None,
            "name": localized(location, "name", language),
            "description": localized(location, "description", language),
            "transportation": localized(location, "transportation", language),
            "latitude": float(location.latitude) if location.latitude is not None else None,
            "longitude": float(location.longitude) if location.longitude is not None else None,
            "addresses": [address_dict(a) for a in location.addresses.all()],
        }
    )


def phone_dict(phone, service, language):
    return _compact(
        {
            "id": phone.hsds_id,
            "service_id": service.hsds_id,
            "number": phone.number,
            "extension": phone.extension,
            "type": phone.type,
            "description": localized(phone, "description", language),
        },
        keep=("number",),
    )


def schedule_dict(schedule, service, language):
    return _compact(
        {
            "id": schedule.hsds_id,
            "service_id": service.hsds_id,
            "freq": schedule.freq,
            "byday": schedule.byday,
            "opens_at": _time(schedule.opens_at),
            "closes_at": _time(schedule.closes_at),
            "valid_from": schedule.valid_from.isoformat() if schedule.valid_from else None,
            "valid_to": schedule.valid_to.isoformat() if schedule.valid_to else None,
            "description": localized(schedule, "description", language),
            "notes": localized(schedule, "notes", language),
        }
    )


def sal_dict(link, language, service=None, with_location=True):
    data = {
        "id": link.hsds_id,
        "service_id": (service or link.service).hsds_id,
        "location_id": link.location.hsds_id,
        "description": link.description,
    }
    if with_location:
        data["location"] = location_dict(link.location, language)
    return _compact(data)


def provenance_dict(record):
    """Where a harvested record comes from (not HSDS; absent from the records editors made here)."""
    source = record.source
    return _compact(
        {
            "source": source.name,
            "partner": source.partner,
            "url": source.url,
            "licence": source.licence,
            "attribution": source.attribution,
            "harvested_at": record.harvested_at.isoformat().replace("+00:00", "Z")
            if record.harvested_at
            else None,
        }
    )


def service_dict(service, language, full=True):
    """One service: the one-to-one fields (HSDS service_list) or fully nested (HSDS compiled service)."""
    data = {
        "id": service.hsds_id,
        "organization_id": service.organization.hsds_id,
        "name": localized(service, "name", language),
        "alternate_name": service.alternate_name,
        "description": localized(service, "description", language),
        "url": web_url(service.url),
        "email": email_address(service.email),
        "status": service.status,
        "application_process": localized(service, "application_process", language),
        "fees_description": localized(service, "fees_description", language),
        "eligibility_description": localized(service, "eligibility_description", language),
        "minimum_age": service.minimum_age,
        "maximum_age": service.maximum_age,
        "assured_date": service.assured_date.isoformat() if service.assured_date else None,
        "assurer_email": email_address(service.assurer_email),
        "last_modified": service.last_modified.isoformat().replace("+00:00", "Z"),
        "organization": organization_dict(service.organization, language),
    }
    if full:
        data.update(
            {
                "phones": [phone_dict(p, service, language) for p in service.phones.all()],
                "schedules": [schedule_dict(s, service, language) for s in service.schedules.all()],
                "languages": [
                    _compact(
                        {
                            "id": lang.hsds_id,
                            "service_id": service.hsds_id,
                            "code": lang.code,
                            "name": lang.name,
                            "note": lang.note,
                        }
                    )
                    for lang in service.languages.all()
                ],
                "service_at_locations": [
                    sal_dict(link, language, service) for link in service.at_locations.all()
                ],
                "attributes": [
                    {
                        "id": _derived_id("attribute", service.hsds_id, term.hsds_id),
                        "link_id": service.hsds_id,
                        "link_type": "service",
                        "link_entity": "service",
                        "taxonomy_term_id": term.hsds_id,
                        "taxonomy_term": term_dict(term, language),
                    }
                    for term in service.terms.all()
                ],
                "cost_options": _cost_options(service, language),
            }
        )
    if service.source_id:
        data["provenance"] = provenance_dict(service)
    return _compact(data, keep=("name",))


def _cost_options(service, language):
    if service.is_free is None:
        return []
    option = {"id": _derived_id("cost", service.hsds_id), "service_id": service.hsds_id}
    if service.is_free:
        option.update({"option": "Free", "amount": 0})
    else:
        option["option"] = "Charges apply"
        fees = localized(service, "fees_description", language)
        if fees:
            option["amount_description"] = fees
    return [option]


def location_queryset():
    return (
        ServiceAtLocation.objects.filter(service__live=True)
        .select_related("location__organization", "service")
        .prefetch_related(
            Prefetch("location__addresses", queryset=Address.objects.select_related("location"))
        )
    )


def services_queryset(full=True):
    """Live services with everything service_dict() reads, in a fixed number of queries."""
    queryset = Service.objects.filter(live=True).select_related("organization", "source")
    if full:
        queryset = queryset.prefetch_related(
            "phones",
            "schedules",
            "languages",
            Prefetch("at_locations", queryset=location_queryset()),
            Prefetch("terms", queryset=TaxonomyTerm.objects.select_related("taxonomy", "parent")),
        )
    return queryset


def organizations_queryset():
    return Organization.objects.all()
