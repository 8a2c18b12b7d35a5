"""Build HSDS 3.0 service records for the tests and the benchmark."""

import uuid

NS = uuid.UUID("0e4b1c3a-7d55-4a52-9c2e-1f0d8e6a4b21")


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


def hsds_service(
    key,
    *,
    name="Legal aid for migrant workers",
    country="VN",
    city="Hà Nội",
    lat=21.0285,
    lng=105.8542,
    kind="legal-aid",
    groups=("workers",),
    free=True,
    language="vi",
    description="Free advice on contracts and wages.",
    phone="1900 1234",
):
    """One compiled HSDS service with an organisation, a location, an address, a phone and opening hours."""
    return {
        "id": uid("service", key),
        "name": name,
        "description": description,
        "status": "active",
        "assured_date": "2026-10-01",
        "eligibility_description": "Migrant workers and their families.",
        "organization": {"id": uid("org", key), "name": f"Organisation {key}", "description": "An NGO."},
        "phones": [{"id": uid("phone", key), "number": phone, "type": "voice"}] if phone else [],
        "schedules": [
            {
                "id": uid("schedule", key),
                "freq": "WEEKLY",
                "byday": "MO,TU,WE,TH,FR",
                "opens_at": "08:00",
                "closes_at": "17:00",
                "notes": "Closed on public holidays.",
            }
        ],
        "languages": [{"id": uid("language", key), "code": language, "name": language}],
        "cost_options": (
            []
            if free is None
            else [{"id": uid("cost", key), "option": "Free", "amount": 0}]
            if free
            else [{"id": uid("cost", key), "option": "Consultation", "amount": 20, "currency": "USD"}]
        ),
        "service_at_locations": [
            {
                "id": uid("sal", key),
                "location": {
                    "id": uid("location", key),
                    "location_type": "physical",
                    "name": name,
                    "latitude": lat,
                    "longitude": lng,
                    "addresses": [
                        {
                            "id": uid("address", key),
                            "address_1": "1 Main Street",
                            "city": city,
                            "country": country,
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ],
        "attributes": [
            {
                "id": uid("attr", key, term),
                "taxonomy_term": {
                    "id": uid("term", term),
                    "code": term,
                    "name": term,
                    "description": term,
                    "taxonomy": taxonomy,
                },
            }
            for term, taxonomy in [(kind, "portal-service-type")]
            + [(g, "portal-target-group") for g in groups]
        ],
    }
