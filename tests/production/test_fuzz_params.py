"""Property-based tests (hypothesis) of every public query parameter: whatever a visitor or an API client
sends, the answer is never a server error. `make fuzz` runs them with many more examples (FUZZ_EXAMPLES)."""

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core.cache import cache

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "15"))
PARAMETERS = [
    "q",
    "lang",
    "language",
    "type",
    "country",
    "page",
    "per_page",
    "year",
    "view",
    "problems",
    "reported",
    "next",
    "modified_after",
    "taxonomy_term_id",
    "organization_id",
    "bbox",
    "near",
    "radius",
    "free",
    "format",
    "sort",
    "indicator",
    "direction",
    "region",
    "category",
    "audience",
    "status",
]
# Every public, read-only URL family; path parameters get fixed values, query parameters are fuzzed.
URLS = [
    "/en/",
    "/vi/search/",
    "/en/search/",
    "/ur/services/",
    "/en/countries/",
    "/en/policies/",
    "/en/updates/",
    "/en/migration-landscape/",
    "/api/search",
    "/api/search/autocomplete",
    "/api/services.geojson",
    "/api/hsds/",
    "/api/hsds/services",
    "/api/hsds/organizations",
    "/api/hsds/taxonomies",
    "/api/hsds/taxonomy_terms",
    "/api/hsds/service_at_locations",
    "/api/landscape/migrant-stock.geojson",
    "/api/landscape/corridors.geojson",
    "/data/datapackage.json",
    "/data/indicators.csv",
    "/embed/services/",
]
text = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)
values = st.one_of(
    text,
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.sampled_from(
        ["", "0", "-1", "1e309", "NaN", "null", "[]", "%00", "../../etc/passwd", "<script>", "' OR 1=1 --"]
    ),
    st.floats(allow_nan=True).map(str),
)
query = st.dictionaries(
    st.one_of(st.sampled_from(PARAMETERS), text), st.lists(values, min_size=1, max_size=2), max_size=5
)


@pytest.mark.django_db
@settings(
    max_examples=EXAMPLES * len(URLS), deadline=None, suppress_health_check=list(HealthCheck), database=None
)
@given(url=st.sampled_from(URLS), params=query)
def test_no_query_parameter_causes_a_server_error(demo_site, client, url, params):
    cache.clear()
    response = client.get(url, params)
    assert response.status_code < 500, (url, params, response.content[:500])
    if url.startswith("/api/") and response.status_code == 400:
        assert response["Content-Type"].startswith("application/json")


@pytest.mark.django_db
def test_every_fuzzed_url_exists(demo_site, client):
    """The list above must follow the URLs: each is routed (the search API answers 400 without q)."""
    missing = [url for url in URLS if client.get(url).status_code not in {200, 400}]
    assert not missing


# Path parameters: each template's {} is filled with fuzzed text (quoted), as a client could type it.
PATH_TEMPLATES = [
    "/en/services/{}/",
    "/en/services/{}/report/",
    "/api/hsds/services/{}",
    "/api/hsds/organizations/{}",
    "/api/hsds/service_at_locations/{}",
    "/en/updates/feed/country/{}/",
    "/en/updates/feed/objective/{}/",
    "/en/updates/feed/type/{}/",
    "/api/landscape/{}.geojson",
    "/en/{}/",
    "/en/countries/{}/",
    "/en/policies/{}/",
]
path_values = st.one_of(
    text.filter(bool),
    st.sampled_from(["²", "²²", "٣", "a\x00b", "\x00", "..", "%2e%2e", "1" * 40, "-1", "0", "VN", "law"]),
)


@pytest.mark.django_db
@settings(
    max_examples=EXAMPLES * len(PATH_TEMPLATES),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
@given(template=st.sampled_from(PATH_TEMPLATES), value=path_values)
def test_no_path_parameter_causes_a_server_error(demo_site, client, template, value):
    from urllib.parse import quote

    cache.clear()
    response = client.get(template.format(quote(value, safe="")))
    assert response.status_code < 500, (template, value, response.content[:500])


@pytest.mark.django_db
def test_what_the_review_sent_is_a_client_error(demo_site, client):
    """Superscript digits pass str.isdigit() and fail int(); a NUL in the path reaches the database."""
    for url in (
        "/api/search?q=visa&page=²",
        "/en/updates/feed/objective/²/",
        "/api/landscape/migrant-stock.geojson?year=²²",
        "/en/migration-landscape/?year=²",
        "/api/hsds/services?page=²",
    ):
        assert client.get(url).status_code < 500, url
    for url in (
        "/en/services/a%00b/",
        "/api/hsds/services/a%00b",
        "/api/hsds/organizations/a%00b",
        "/api/hsds/service_at_locations/a%00b",
        "/en/a%00b/",
    ):
        response = client.get(url)
        assert response.status_code == 400, url
    assert client.get("/api/hsds/services/a%00b").json()["error"] == "bad_path"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7", 7),
        ("2020", 2020),
        ("²", None),
        ("²²", None),
        ("٣", None),
        ("+1", None),
        (" 1", None),
        ("1_0", None),
        ("1\n", None),
        ("", None),
        (None, None),
        ("9" * 19, None),
    ],
)
def test_whole_numbers_are_ascii_digits_only(text, expected):
    from core.numbers import parse_whole_number

    assert parse_whole_number(text) == expected
    assert parse_whole_number("1900", 1900, 2100) == 1900
    assert parse_whole_number("2101", 1900, 2100) is None
