"""The policy index: facets, sorting and pagination on query parameters, and bad parameters never 500."""

import datetime

import pytest

from policies import selectors


@pytest.fixture
def policies(make_policy):
    return [
        make_policy(
            "Viet Nam overseas workers law", ("VN",), "law", "in_force", datetime.date(2020, 11, 13), (6,)
        ),
        make_policy(
            "Viet Nam trafficking regulation",
            ("VN",),
            "regulation",
            "adopted",
            datetime.date(2023, 7, 18),
            (10,),
        ),
        make_policy("Korea EPS act", ("KR",), "law", "amended", datetime.date(2003, 8, 16), (5, 6)),
        make_policy("Philippines DMW act", ("PH",), "law", "in_force", datetime.date(2021, 12, 30), (6, 14)),
        make_policy(
            "Korea–Viet Nam MoU", ("KR", "VN"), "agreement", "in_force", datetime.date(2020, 11, 1), (5,)
        ),
    ]


def titles(response):
    return [page.title for page in response.context["policies"]]


@pytest.mark.django_db
def test_filters_combine_across_facets_and_or_within(client, policy_index, policies):
    response = client.get(policy_index.url, {"country": "VN", "type": "law"})
    assert titles(response) == ["Viet Nam overseas workers law"]
    response = client.get(policy_index.url + "?country=vn&country=PH&sort=title")
    assert titles(response) == [
        "Korea–Viet Nam MoU",
        "Philippines DMW act",
        "Viet Nam overseas workers law",
        "Viet Nam trafficking regulation",
    ]
    assert titles(client.get(policy_index.url, {"objective": "10"})) == ["Viet Nam trafficking regulation"]
    assert titles(client.get(policy_index.url, {"year": "2003"})) == ["Korea EPS act"]
    assert titles(client.get(policy_index.url, {"status": "amended"})) == ["Korea EPS act"]


@pytest.mark.django_db
def test_sorting(client, policy_index, policies):
    assert titles(client.get(policy_index.url, {"sort": "oldest"}))[0] == "Korea EPS act"
    assert titles(client.get(policy_index.url))[0] == "Viet Nam trafficking regulation"  # newest first


@pytest.mark.django_db
def test_facet_counts_apply_the_other_facets(client, policy_index, policies):
    facets = client.get(policy_index.url, {"type": "law"}).context["facets"]
    countries = {item["value"]: item["count"] for item in facets["country"]}
    assert countries == {"VN": 1, "KR": 1, "PH": 1}
    types = {item["value"]: item["count"] for item in facets["type"]}
    assert types == {"law": 3, "regulation": 1, "agreement": 1}  # the type facet ignores its own filter
    objectives = {item["value"]: item["count"] for item in facets["objective"]}
    assert objectives == {5: 1, 6: 3, 14: 1}
    years = [item["value"] for item in facets["year"]]
    assert years == [2021, 2020, 2003]


@pytest.mark.django_db
def test_no_n_plus_one(client, policy_index, make_policy, django_assert_max_num_queries):
    for n in range(3):
        make_policy(f"P{n}", ("VN", "KR"), objectives=(1, 2))
    with django_assert_max_num_queries(30) as few:
        client.get(policy_index.url)
    for n in range(12):
        make_policy(f"Q{n}", ("TH", "NP"), objectives=(3, 4))
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(policy_index.url)
    assert response.status_code == 200


BAD_QUERIES = [
    "country=QQ",
    "country=VNM",
    "country=",
    "country=<script>",
    "type=novel",
    "type=LAW",
    "status=alive",
    "objective=0",
    "objective=24",
    "objective=abc",
    "objective=1.5",
    "objective=-3",
    "objective=99999999999999999999999",
    "year=abcd",
    "year=20000",
    "year=1066",
    "sort=random",
    "sort=-title",
    "page=0",
    "page=-1",
    "page=abc",
    "page=999",
    "page=1e3",
    "foo=bar",
    "utm_source=mail",
    "country=VN&country=VN",
    "&".join(f"country={c}" for c in ["VN"] * 30),
    "country=" + "V" * 5000,
    "%ZZ=%ZZ",
]


@pytest.mark.django_db
def test_a_nul_character_is_refused_cleanly(client, policy_index, policies):
    # NUL never belongs in a URL: the site answers 400 before any view (portal middleware).
    assert client.get(f"{policy_index.url}?country=%00").status_code == 400


def test_bad_parameters_are_ignored_with_a_notice(client, policy_index, policies):
    for query in BAD_QUERIES:
        response = client.get(f"{policy_index.url}?{query}")
        assert response.status_code == 200, query
        if query not in ("country=", "country=VN&country=VN"):
            assert response.context["filters"].notices, query
            assert 'class="notice notice--ignored"' in response.content.decode(), query


@pytest.mark.django_db
def test_unknown_parameter_notice_names_it(client, policy_index, policies):
    html = client.get(policy_index.url + "?colour=blue&country=QQ").content.decode()
    assert "colour" in html and "QQ" in html
    # the valid part of a query still applies
    response = client.get(policy_index.url + "?country=QQ&country=PH")
    assert titles(response) == ["Philippines DMW act"]


@pytest.mark.django_db
def test_pagination(client, policy_index, make_policy, monkeypatch):
    monkeypatch.setattr(selectors, "PAGE_SIZE", 2)
    for n in range(5):
        make_policy(f"Policy {n}", adopted=datetime.date(2010 + n, 1, 1))
    response = client.get(policy_index.url, {"country": "VN", "page": "2"})
    assert titles(response) == ["Policy 2", "Policy 1"]
    html = response.content.decode()
    assert "country=VN&amp;page=3" in html and "country=VN&amp;page=1" in html
    assert titles(client.get(policy_index.url, {"page": "99"})) == ["Policy 0"]


@pytest.mark.django_db
def test_works_without_javascript_and_in_other_languages(client, policy_index, policies):
    html = client.get("/vi/policies/?country=VN").content.decode()
    assert '<form class="policy-facets" method="get"' in html
    assert 'name="country" value="VN" checked' in html
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert "<script" not in main


@pytest.mark.django_db
def test_feed_link_follows_a_single_filter(client, policy_index, policies):
    html = client.get(policy_index.url, {"country": "KR"}).content.decode()
    assert 'rel="alternate" type="application/atom+xml" href="/en/updates/feed/country/KR/"' in html
    html = client.get(policy_index.url, {"objective": "6"}).content.decode()
    assert 'href="/en/updates/feed/objective/6/"' in html
    html = client.get(policy_index.url, {"type": "law", "country": "KR"}).content.decode()
    assert 'href="/en/updates/feed/"' in html


@pytest.mark.django_db
def test_filters_sit_behind_a_disclosure_with_the_number_chosen(client, policy_index, policies):
    html = client.get(policy_index.url, {"country": ["VN", "PH"], "type": "law"}).content.decode()
    assert "<summary>Filters (3)</summary>" in html
    # the facets are inside the <details>, closed: on a phone the first policy is on the first screen
    start = html.index('<details class="filters">')
    details = html[start : html.index("</details>", start)]
    assert 'class="policy-facets"' in details
    assert html.index("</details>", start) < html.index('class="policy-card"')
    assert "<summary>Filters (0)</summary>" in client.get(policy_index.url).content.decode()
