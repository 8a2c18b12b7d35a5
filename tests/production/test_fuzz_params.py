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
