"""The search API and page: ranking by language, filters, facets, bad input, escaping, promotions."""

import pytest

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import SearchDocument

from .conftest import hsds_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def services(service_directory):
    from services.importers import import_services

    for key, name, description, country, language in [
        ("vn-shelter", "Nhà tạm lánh cho phụ nữ", "Chỗ ở an toàn và trợ giúp pháp lý", "VN", "vi"),
        ("kr-center", "인천 이주노동자 상담소", "사업장 변경, 통역 지원 상담", "KR", "ko"),
        ("th-shelter", "Shelter for women in Bangkok", "Safe place and legal help", "TH", "en"),
        ("jp-labour", "外国人労働者相談コーナー", "残業代の未払いについて無料相談", "JP", "ja"),
    ]:
        import_services([hsds_service(key, name, description, country, language)], language=language)


def get(client, url, **params):
    response = client.get(url, params)
    return response.status_code, response.json()


def test_api_shape_and_hsds_id(client, services):
    status, data = get(client, "/api/search", q="nha tam lanh", lang="vi")
    assert status == 200
    assert data["query"] == "nha tam lanh" and data["total"] == 1
    result = data["results"][0]
    assert set(result) >= {"type", "title", "url", "snippet", "hsds_id"}
    assert result["type"] == "service" and result["title"] == "Nhà tạm lánh cho phụ nữ"
    assert result["hsds_id"] == SearchDocument.objects.get(title=result["title"]).hsds_id
    assert result["url"] == f"/vi/services/{result['hsds_id']}/"


def test_visitors_language_comes_first(client, services):
    # "shelter"/"nha tam lanh" in two languages: the same query words match both only through country names.
    _status, en = get(client, "/api/search", q="shelter legal", lang="en")
    assert en["results"][0]["title"] == "Shelter for women in Bangkok"


def test_korean_noun_with_particle_and_japanese_inside_a_sentence(client, services):
    _status, data = get(client, "/api/search", q="상담소에서", lang="ko")
    assert data["results"][0]["title"] == "인천 이주노동자 상담소"
    _status, data = get(client, "/api/search", q="未払い", lang="ja")
    assert data["results"][0]["title"] == "外国人労働者相談コーナー"


def test_type_and_country_filters_and_facets(client, services):
    _status, data = get(client, "/api/search", q="shelter women nha tam lanh", lang="en", country="TH")
    assert [r["title"] for r in data["results"]] == ["Shelter for women in Bangkok"]
    assert data["facets"]["country"].get("VN") == 1
    _status, data = get(client, "/api/search", q="shelter", lang="en", type="policy")
    assert data["total"] == 0 and data["facets"]["type"] == {"service": 1}


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 201},
        {"q": "shelter", "type": "recipe"},
        {"q": "shelter", "country": "XX"},
        {"q": "shelter", "country": "THA"},
        {"q": "shelter", "lang": "fr"},
        {"q": "shelter", "page": "0"},
        {"q": "shelter", "page": "two"},
        {"q": "shelter", "contry": "VN"},
        {},
    ],
)
def test_bad_queries_are_400_json(client, params):
    response = client.get("/api/search", params)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["error"] == "bad_parameter" and body["parameter"] in {*params, "q"} and body["message"]


def test_search_api_and_the_other_apis_share_the_country_code_check(client, db):
    from core.params import COUNTRY_CODE_ERROR

    body = client.get("/api/search", {"q": "shelter", "country": "XX"}).json()
    assert body["parameter"] == "country"
    assert body["message"] == str(COUNTRY_CODE_ERROR) % {"value": "XX"}


def test_two_hundred_characters_are_allowed(client, db):
    assert client.get("/api/search", {"q": "a" * 200}).status_code == 200


def test_query_count_does_not_grow_with_results(client, services, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        client.get("/api/search", {"q": "shelter nha tam lanh 상담소 未払い", "lang": "en"})


def test_autocomplete_completes_the_last_word(client, services):
    status, data = get(client, "/api/search/autocomplete", q="Shel", lang="en")
    assert status == 200
    assert [s["title"] for s in data["suggestions"]] == ["Shelter for women in Bangkok"]
    _status, data = get(client, "/api/search/autocomplete", q="nha tam la", lang="vi")
    assert [s["title"] for s in data["suggestions"]] == ["Nhà tạm lánh cho phụ nữ"]
    assert client.get("/api/search/autocomplete", {"q": ""}).status_code == 400


def test_search_page_highlights_and_escapes(client, services):
    SearchDocument.objects.filter(title__startswith="Shelter").update(
        body="Safe place <script>alert(1)</script> and legal help"
    )
    html = client.get("/en/search/", {"q": "legal"}).content.decode()
    assert "<mark>legal</mark>" in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'value="legal"' in html


def test_search_page_facets_and_other_language_marked(client, services):
    html = client.get("/en/search/", {"q": "shelter nha tam lanh"}).content.decode()
    assert "?q=shelter+nha+tam+lanh&amp;country=VN" in html
    assert 'lang="vi"' in html


def test_search_page_bad_query_is_a_message_not_an_error(client, db):
    response = client.get("/en/search/", {"q": "x" * 300})
    assert response.status_code == 400
    assert "too long" in response.content.decode()
    assert client.get("/en/search/").status_code == 200


def test_promotions_come_first_and_queries_are_not_recorded(client, services, country_index):
    query = Query.objects.create(query_string="shelter")
    SearchPromotion.objects.create(query=query, page=country_index, description="Every country guide")
    html = client.get("/en/search/", {"q": "Shelter"}).content.decode()
    assert html.index("Every country guide") < html.index("Shelter for women in Bangkok")
    client.get("/en/search/", {"q": "something else"})
    client.get("/api/search", {"q": "another thing"})
    assert list(Query.objects.values_list("query_string", flat=True)) == ["shelter"]
    assert not query.daily_hits.exists()


def test_header_box_gets_the_autocomplete_script(client, db):
    html = client.get("/en/search/").content.decode()
    assert "js/search/autocomplete.js" in html and 'data-lang="en"' in html


def test_search_page_facets_sit_behind_a_disclosure_and_the_form_is_named(client, services):
    html = client.get("/en/search/", {"q": "shelter nha tam lanh", "country": "VN"}).content.decode()
    assert "<summary>Filters (1)</summary>" in html
    assert 'role="search" aria-labelledby="search-heading"' in html
    assert "data-result-count" in html


def test_search_results_are_headed_one_level_below_the_page_title(client, services):
    """Heading levels do not jump from the page's h1 to h3 (axe's and Lighthouse's heading-order)."""
    html = client.get("/en/search/", {"q": "shelter"}).content.decode()
    assert "<h1" in html and '<h2><a href="' in html
    assert '<h3><a href="' not in html


def test_search_results_are_described_but_kept_out_of_the_index(client, db):
    html = client.get("/vi/search/", {"q": "x"}).content.decode()
    assert '<meta name="robots" content="noindex">' in html
    assert '<meta name="description" content="' in html
    assert 'content="Search guides, laws and support services"' not in html  # in Vietnamese
    # Filters alone are results too; the bare search page is a page like any other.
    assert '<meta name="robots"' in client.get("/vi/search/", {"type": "policy"}).content.decode()
    assert '<meta name="robots"' not in client.get("/vi/search/").content.decode()


def test_with_the_content_cache_a_search_without_promotions_asks_no_promotion_and_a_new_one_shows(
    client, services, country_index, content_cache_on, django_capture_on_commit_callbacks
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/en/search/", {"q": "shelter"})
    with CaptureQueriesContext(connection) as captured:
        html = client.get("/en/search/", {"q": "shelter"}).content.decode()
    assert not [query for query in captured.captured_queries if "searchpromotion" in query["sql"]]
    assert not [query for query in captured.captured_queries if "wagtailcore_site" in query["sql"]]  # kept
    assert "Every country guide" not in html
    with django_capture_on_commit_callbacks(execute=True):
        query = Query.objects.create(query_string="shelter")
        SearchPromotion.objects.create(query=query, page=country_index, description="Every country guide")
    html = client.get("/en/search/", {"q": "Shelter"}).content.decode()
    assert html.index("Every country guide") < html.index("Shelter for women in Bangkok")
