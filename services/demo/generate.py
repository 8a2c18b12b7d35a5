"""Generated HSDS services, for the tests and the benchmark (never loaded as demo content)."""

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
    if free is None:
        costs = []
    elif free:
        costs = [{"id": uid("cost", key), "option": "Free", "amount": 0}]
    else:
        costs = [{"id": uid("cost", key), "option": "Consultation", "amount": 20, "currency": "USD"}]
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
        "cost_options": costs,
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


# (country, city, latitude, longitude) of the cities the benchmark spreads services over.
CITIES = [
    ("VN", "Hà Nội", 21.0285, 105.8542),
    ("VN", "Hồ Chí Minh", 10.7769, 106.7009),
    ("KR", "Seoul", 37.5665, 126.978),
    ("JP", "Tokyo", 35.6762, 139.6503),
    ("TH", "Bangkok", 13.7563, 100.5018),
    ("MY", "Kuala Lumpur", 3.139, 101.6869),
    ("KH", "Phnom Penh", 11.5564, 104.9282),
    ("NP", "Kathmandu", 27.7172, 85.324),
    ("PH", "Manila", 14.5995, 120.9842),
    ("ID", "Jakarta", -6.2088, 106.8456),
    ("MM", "Yangon", 16.8409, 96.1735),
    ("BD", "Dhaka", 23.8103, 90.4125),
    ("LA", "Vientiane", 17.9757, 102.6331),
]
KINDS = [
    "counselling",
    "health",
    "shelter",
    "legal-aid",
    "hotline",
    "reintegration",
    "employment",
    "documentation",
    "financial",
    "education",
]


def generated_services(count):
    """count services spread over CITIES (within about 20 km of each centre) and every service type."""
    records = []
    for i in range(count):
        country, city, lat, lng = CITIES[i % len(CITIES)]
        jitter = ((i * 7919) % 400 - 200) / 1000
        records.append(
            hsds_service(
                f"bench-{i}",
                name=f"Service {i} in {city}",
                country=country,
                city=city,
                lat=round(lat + jitter, 6),
                lng=round(lng - jitter, 6),
                kind=KINDS[i % len(KINDS)],
            )
        )
    return records
