"""What partners' clients expect of the HSDS API and the GeoJSON: the official HSDS OpenAPI's parameters,
languages labelled truthfully, licence and attribution, absolute links, boxes across the antimeridian."""

import json

import pytest

from django.core.management import CommandError, call_command

from services.hsds import official_validator, schema
from services.importers import import_services
from services.models import Taxonomy, TaxonomyTerm

from .factories import hsds_service, uid

pytestmark = pytest.mark.django_db

OFFICIAL_REF = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"


@pytest.fixture
def services():
    import_services(
        [
            hsds_service("hanoi", country="VN", city="Hà Nội", lat=21.0285, lng=105.8542, kind="legal-aid"),
            hsds_service("suva", name="Fiji shelter", country="FJ", city="Suva", lat=-18.1416, lng=178.4419),
            hsds_service(
                "tonga", name="Tonga hotline", country="TO", city="Nuku'alofa", lat=-21.1394, lng=-175.2049
            ),
        ]
    )
    import_services([hsds_service("hanoi", name="Trợ giúp pháp lý")], language="vi")


@pytest.fixture
def child_term(services):
    parent = TaxonomyTerm.objects.get(code="legal-aid")
    return TaxonomyTerm.objects.create(
        taxonomy=parent.taxonomy,
        code="labour-law",
        name="Labour law",
        parent=parent,
        hsds_id=uid("term", "x"),
    )


def _official_parameters(operation, document):
    for parameter in operation.get("parameters", []):
        if "$ref" in parameter:
            parameter = document["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        yield parameter["name"]


def _schema_name(response_schema):
    """The official response schema's item or object, as the name of our local copy of it."""
    ref = response_schema.get("$ref") or response_schema["properties"]["contents"]["items"]["$ref"]
    return ref.removeprefix(OFFICIAL_REF).removesuffix(".json")


def test_every_official_path_and_parameter_is_served(client, services, child_term):
    """Walk the official HSDS 3.0 OpenAPI: each path answers and validates; each parameter is ours too."""
    official = schema("openapi")
    ours = client.get("/api/openapi.json").json()["paths"]
    ids = {
        "services": uid("service", "hanoi"),
        "organizations": uid("org", "hanoi"),
        "service_at_locations": uid("sal", "hanoi"),
        "taxonomies": Taxonomy.objects.first().hsds_id,
        "taxonomy_terms": child_term.hsds_id,
    }
    unsupported = {"minimal", "postcode", "proximity"}
    for path, item in official["paths"].items():
        operation = item["get"]
        local = "/api/hsds" + path
        assert local in ours, local
        declared = {p.get("name") or p["$ref"].rsplit("/", 1)[1] for p in ours[local]["get"]["parameters"]}
        missing = set(_official_parameters(operation, official)) - declared - unsupported
        assert not missing, (path, missing)
        url = local.replace("{id}", ids.get(path.split("/")[1], ""))
        response = client.get(url)
        assert response.status_code == 200, url
        content = operation["responses"]["200"]["content"]["application/json"]["schema"]
        if path == "/":
            continue
        data = response.json()
        name = _schema_name(content)
        if name == "compiled/service" and "service_at_locations/" in url:
            name = "compiled/service_at_location"  # the official document points at the wrong file here
        for item_data in data["contents"] if "contents" in data else [data]:
            errors = list(official_validator(name).iter_errors(item_data))
            assert not errors, (url, [e.message for e in errors[:3]])
    for name in sorted(unsupported):
        response = client.get(f"/api/hsds/services?{name}=1")
        assert response.status_code == 400 and response.json()["parameter"] == name


def test_full_true_nests_services_and_organisations(client, services):
    full = client.get("/api/hsds/services?full=true").json()["contents"][0]
    assert "service_at_locations" in full and "phones" in full
    assert "phones" not in client.get("/api/hsds/services").json()["contents"][0]
    orgs = client.get("/api/hsds/organizations?full=true").json()["contents"]
    assert all(len(org["services"]) == 1 for org in orgs)
    for org in orgs:
        assert not list(official_validator("compiled/organization").iter_errors(org))
    fully = client.get("/api/hsds/organizations?full_service=true").json()["contents"][0]["services"][0]
    assert "phones" in fully and "phones" not in orgs[0]["services"][0]


def test_taxonomy_terms_by_parent_and_top_only(client, child_term):
    children = client.get(f"/api/hsds/taxonomy_terms?parent_id={child_term.parent.hsds_id}").json()
    assert [t["code"] for t in children["contents"]] == ["labour-law"]
    top = client.get("/api/hsds/taxonomy_terms?top_only=true&per_page=200").json()
    codes = {t["code"] for t in top["contents"]}
    assert "legal-aid" in codes and "labour-law" not in codes
    assert top["total_items"] == TaxonomyTerm.objects.count() - 1
    term = client.get(f"/api/hsds/taxonomy_terms/{child_term.hsds_id}").json()
    assert term["parent_id"] == child_term.parent.hsds_id
    taxonomy = client.get(f"/api/hsds/taxonomies/{child_term.taxonomy.hsds_id}").json()
    assert taxonomy["name"] == child_term.taxonomy.name
    for missing in ("/api/hsds/taxonomies/nope", "/api/hsds/taxonomy_terms/nope"):
        response = client.get(missing)
        assert response.status_code == 404 and response["Content-Type"] == "application/json"


def test_a_page_past_the_end_is_empty(client, services):
    response = client.get("/api/hsds/services?page=9")
    assert response.status_code == 200
    data = response.json()
    assert (data["contents"], data["size"], data["empty"], data["last_page"]) == ([], 0, True, True)
    assert data["total_items"] == 3 and data["page_number"] == 9
    assert client.get("/api/hsds/services?page=99999999999999999999").json()["contents"] == []


def test_ndjson_streams_every_record(client, services):
    response = client.get("/api/hsds/services?format=ndjson&full=true")
    lines = b"".join(response.streaming_content).decode().splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 3
    for record in records:
        assert not list(official_validator("compiled/service").iter_errors(record))


def test_terms_name_the_language_they_are_really_in(client, services):
    def shelter(lang):
        terms = client.get(f"/api/hsds/taxonomy_terms?per_page=200&lang={lang}").json()["contents"]
        return next((t["name"], t["language"]) for t in terms if t["code"] == "shelter")

    assert shelter("vi") == ("Nhà tạm lánh", "vi")
    assert shelter("th") == ("Shelter", "en")
    assert shelter("ur") == ("Shelter", "en")
    assert shelter("vi-VN") == ("Nhà tạm lánh", "vi")


@pytest.mark.parametrize(
    "url",
    [
        "/api/hsds/services?lang=vi",
        "/api/hsds/taxonomy_terms?lang=vi-VN",
        "/api/services.geojson?lang=vi",
        "/embed/services/?lang=vi",
        "/api/landscape/migrant-stock.geojson?lang=vi",
    ],
)
def test_content_language_names_the_language_asked_for(client, services, url):
    from countries.models import Indicator, IndicatorValue

    indicator = Indicator.objects.create(code="migrant-stock", name="Migrant stock", unit="persons")
    IndicatorValue.objects.create(indicator=indicator, iso_code="VN", year=2019, value=1, source_name="x")
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200, response.content[:200]
    assert response["Content-Language"] == "vi"


def test_regional_tags_fall_back_and_unknown_languages_are_refused(client, services):
    url = f"/api/hsds/services/{uid('service', 'hanoi')}"
    assert client.get(url + "?lang=vi-VN").json()["name"] == "Trợ giúp pháp lý"
    assert client.get(url + "?lang=zh-Hant-TW")["Content-Language"] == "zh-hant"
    assert client.get(url + "?lang=xx").status_code == 400
    assert client.get("/api/services.geojson?lang=vi-VN").status_code == 200


def test_export_refuses_an_unknown_language(services, tmp_path):
    with pytest.raises(CommandError, match="Unknown language"):
        call_command("export_hsds", "--language", "xx", "--output", str(tmp_path / "out.json"))
    call_command("export_hsds", "--language", "vi-VN", "--output", str(tmp_path / "vi.json"))
    names = [s["name"] for s in json.loads((tmp_path / "vi.json").read_text())]
    assert "Trợ giúp pháp lý" in names


def test_licence_and_attribution_in_every_data_response(client, services):
    for url in ("/api/hsds/", "/api/hsds/services", "/api/services.geojson"):
        response = client.get(url)
        assert response["Link"] == '<https://creativecommons.org/licenses/by/4.0/>; rel="license"', url
        data = response.json()
        assert data["license"] == {
            "name": "CC BY 4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
        }
        assert "Regional Network on Migration" in data["attribution"]
    detail = client.get(f"/api/hsds/services/{uid('service', 'hanoi')}")
    assert 'rel="license"' in detail["Link"]
    assert "Link" in detail["Access-Control-Expose-Headers"]  # a partner's script may read it


def test_licence_follows_the_site_settings(client, services, home):
    from wagtail.models import Site

    from core.models import PortalSettings

    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.data_licence_name = "ODbL 1.0"
    settings.data_licence_url = "https://opendatacommons.org/licenses/odbl/1-0/"
    settings.save()
    data = client.get("/api/services.geojson").json()
    assert data["license"]["name"] == "ODbL 1.0"


def test_geojson_links_are_absolute_and_boxes_may_cross_180(client, services, service_directory):
    data = client.get("/api/services.geojson?country=VN").json()
    assert (
        data["features"][0]["properties"]["url"]
        == f"http://testserver/en/services/{uid('service', 'hanoi')}/"
    )

    def names(bbox):
        response = client.get(f"/api/services.geojson?bbox={bbox}")
        assert response.status_code == 200, response.content
        return sorted(f["properties"]["name"] for f in response.json()["features"])

    assert names("170,-25,-170,0") == ["Fiji shelter", "Tonga hotline"]
    assert names("177,-25,-179,0") == ["Fiji shelter"]
    assert names("100,0,110,30") == ["Legal aid for migrant workers"]
    assert client.get("/api/services.geojson?bbox=170,10,-170,-10").status_code == 400
    assert client.get("/api/services.geojson?bbox=190,0,-170,10").status_code == 400


def test_openapi_is_valid_31_and_lists_every_data_url(client):
    """The OpenAPI 3.1 meta-schema (as shipped by schemathesis) accepts the document; every data URL is in it."""
    from jsonschema import Draft202012Validator
    from schemathesis.specs.openapi.definitions import OPENAPI_31

    document = client.get("/api/openapi.json").json()
    errors = list(Draft202012Validator(OPENAPI_31).iter_errors(document))
    assert not errors, [e.message for e in errors[:3]]
    for path in (
        "/api/search",
        "/api/search/autocomplete",
        "/api/landscape/{code}.geojson",
        "/data/indicators.csv",
        "/embed/services/",
        "/{lang}/updates/feed/",
        "/{lang}/updates/feed/country/{code}/",
        "/api/hsds/taxonomies/{id}",
        "/api/hsds/taxonomy_terms/{id}",
    ):
        assert path in document["paths"], path
    # The server reads regional tags (vi-VN) and refuses others with a 400: no enum it would not enforce.
    lang = document["components"]["parameters"]["lang"]["schema"]
    assert "enum" not in lang and "pattern" in lang
