"""The HSDS API answers validate against the official HSDS 3.0 schemas; GeoJSON filters and bad input."""

import pytest

from services.hsds import official_validator
from services.importers import import_services

from .factories import hsds_service, uid

pytestmark = pytest.mark.django_db


@pytest.fixture
def services():
    import_services(
        [
            hsds_service("hanoi", country="VN", city="Hà Nội", lat=21.0285, lng=105.8542, kind="legal-aid"),
            hsds_service(
                "seoul",
                name="Shelter for migrant women",
                country="KR",
                city="Seoul",
                lat=37.5665,
                lng=126.978,
                kind="shelter",
                groups=("women",),
                free=None,
            ),
            hsds_service(
                "busan",
                name="Busan counselling",
                country="KR",
                city="Busan",
                lat=35.1796,
                lng=129.0756,
                kind="counselling",
                phone=None,
            ),
        ]
    )
    import_services([hsds_service("hanoi", name="Trợ giúp pháp lý")], language="vi")


def assert_valid(data, schema_name):
    errors = list(official_validator(schema_name).iter_errors(data))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def assert_page(data, items_schema):
    for key in ("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty"):
        assert key in data
    for item in data["contents"]:
        assert_valid(item, items_schema)


def test_root(client):
    data = client.get("/api/hsds/").json()
    assert data["version"] == "3.0" and data["openapi_url"].endswith("/api/openapi.json")


def test_services_list_and_full(client, services, django_assert_max_num_queries):
    data = client.get("/api/hsds/services?per_page=2").json()
    assert (data["total_items"], data["total_pages"], data["size"], data["last_page"]) == (3, 2, 2, False)
    assert_page(data, "compiled/service_list")
    with django_assert_max_num_queries(12):
        full = client.get("/api/hsds/services?full_service=true").json()
    assert_page(full, "compiled/service")
    assert full["contents"][0]["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] == ""


def test_service_detail_validates_and_picks_the_language(client, services):
    url = f"/api/hsds/services/{uid('service', 'hanoi')}"
    data = client.get(url).json()
    assert_valid(data, "compiled/service")
    assert data["name"] == "Legal aid for migrant workers"
    assert client.get(url + "?lang=vi").json()["name"] == "Trợ giúp pháp lý"
    assert client.get(url, HTTP_ACCEPT_LANGUAGE="vi").json()["name"] == "Trợ giúp pháp lý"
    assert client.get(url + "?lang=ko").json()["name"] == "Legal aid for migrant workers"  # English fallback
    response = client.get("/api/hsds/services/nope")
    assert response.status_code == 404 and response.json()["error"] == "not_found"
    assert client.get("/api/hsds/organizations/nope").status_code == 404


def test_filters(client, services):
    term = client.get("/api/hsds/taxonomy_terms?search=shelter").json()["contents"][0]["id"]
    data = client.get(f"/api/hsds/services?taxonomy_term_id={term}").json()
    assert [s["id"] for s in data["contents"]] == [uid("service", "seoul")]
    data = client.get(f"/api/hsds/services?organization_id={uid('org', 'busan')}").json()
    assert data["total_items"] == 1
    assert client.get("/api/hsds/services?search=Busan").json()["total_items"] == 1
    assert client.get("/api/hsds/services?modified_after=2999-01-01").json()["empty"] is True
    # Offsets Python accepts but PostgreSQL does not (past 15:59) are read in UTC.
    assert client.get("/api/hsds/services?modified_after=2801-06-29T06:33:49%2B20:49").json()["empty"] is True
    assert client.get("/api/hsds/services?modified_after=2001-06-29T06:33:49-23:59").json()["empty"] is False


@pytest.mark.parametrize(
    "query",
    [
        "page=0",
        "page=x",
        "per_page=100000",
        "lang=xx",
        "modified_after=yesterday",
        "modified_after=0001-01-01T00:00:00%2B23:00",
        "full_service=maybe",
        "full=maybe",
        "format=xml",
    ],
)
def test_bad_parameters_get_400_json(client, services, query):
    response = client.get(f"/api/hsds/services?{query}")
    assert response.status_code == 400
    assert response.json()["error"] == "bad_parameter"


def test_organizations_taxonomies_and_service_at_locations(client, services):
    assert_page(client.get("/api/hsds/organizations").json(), "compiled/organization_list")
    org = client.get(f"/api/hsds/organizations/{uid('org', 'seoul')}").json()
    assert_valid(org, "compiled/organization")
    assert [s["id"] for s in org["services"]] == [uid("service", "seoul")]
    assert_page(client.get("/api/hsds/organizations?full_service=true").json(), "compiled/organization")
    assert_page(client.get("/api/hsds/taxonomies").json(), "taxonomy")
    terms = client.get("/api/hsds/taxonomy_terms?per_page=200&lang=vi").json()
    assert_page(terms, "taxonomy_term")
    assert "Nhà tạm lánh" in [t["name"] for t in terms["contents"]]
    links = client.get("/api/hsds/service_at_locations").json()
    assert_page(links, "compiled/service_at_location_list")
    one = client.get(f"/api/hsds/service_at_locations/{uid('sal', 'busan')}").json()
    assert_valid(one, "compiled/service_at_location")


def test_geojson_filters(client, services, service_directory, django_assert_max_num_queries):
    from services.routing import directory_path

    directory_path("en")  # read once, then cached (tests/services/test_routing.py)
    # the features, their types, the site and its data licence, and the request's savepoint and release
    with django_assert_max_num_queries(6):
        data = client.get("/api/services.geojson").json()
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 3
    feature = next(f for f in data["features"] if f["properties"]["hsds_id"] == uid("service", "hanoi"))
    assert feature["geometry"]["coordinates"] == [105.8542, 21.0285]
    assert feature["properties"] == {
        "hsds_id": uid("service", "hanoi"),
        "name": "Legal aid for migrant workers",
        "type": "legal-aid",
        "country": "VN",
        "url": f"http://testserver/en/services/{uid('service', 'hanoi')}/",
        "listed_by": None,  # made here, not harvested from a partner's directory
        "harvested_at": None,
    }

    def ids(q):
        return sorted(
            f["properties"]["hsds_id"] for f in client.get(f"/api/services.geojson?{q}").json()["features"]
        )

    assert ids("country=kr") == sorted([uid("service", "seoul"), uid("service", "busan")])
    assert ids("type=shelter") == [uid("service", "seoul")]
    assert ids("q=Busan") == [uid("service", "busan")]
    assert ids("bbox=126,37,127.5,38") == [uid("service", "seoul")]
    vi = client.get("/api/services.geojson?lang=vi&country=VN").json()["features"][0]["properties"]
    assert vi["name"] == "Trợ giúp pháp lý" and vi["url"].startswith("http://testserver/vi/services/")


@pytest.mark.parametrize(
    "query",
    [
        "country=XX",
        "country=VNM",
        "type=nonsense",
        "bbox=1,2,3",
        "bbox=a,b,c,d",
        "bbox=10,10,5,5",
        "bbox=0,-91,1,1",
        "lang=zz",
        "q=" + "x" * 201,
    ],
)
def test_geojson_bad_input(client, services, query):
    response = client.get(f"/api/services.geojson?{query}")
    assert response.status_code == 400
    assert "message" in response.json()


def test_openapi_lists_every_path(client):
    data = client.get("/api/openapi.json").json()
    assert data["openapi"].startswith("3.")
    for path in (
        "/api/hsds/",
        "/api/hsds/services",
        "/api/hsds/services/{id}",
        "/api/hsds/organizations",
        "/api/hsds/organizations/{id}",
        "/api/hsds/taxonomies",
        "/api/hsds/taxonomy_terms",
        "/api/hsds/service_at_locations",
        "/api/hsds/service_at_locations/{id}",
        "/api/services.geojson",
    ):
        assert path in data["paths"]
