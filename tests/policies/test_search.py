"""Policies are indexed with their metadata; the countries app gets policies per country in few queries."""

import datetime

import pytest

from policies.models import PolicyPage
from policies.selectors import policies_for_countries


@pytest.fixture
def indexed(make_policy):
    return {
        "vn_law": make_policy(
            "Law on contract-based overseas workers",
            ("VN",),
            "law",
            objectives=(6,),
            issuing_body="National Assembly",
        ),
        "vn_trafficking": make_policy(
            "Regulation on receiving victims of trafficking", ("VN",), "regulation", objectives=(10,)
        ),
        "kr_eps": make_policy("Act on the Employment of Foreign Workers", ("KR",), "law", objectives=(5, 6)),
        "mou": make_policy("Korea and Viet Nam MoU on workers", ("KR", "VN"), "agreement", objectives=(5,)),
    }


def found(queryset, query):
    return sorted(page.title for page in queryset.search(query))


@pytest.mark.django_db
def test_search_fields_and_filters(indexed):
    live = PolicyPage.objects.live()
    assert found(live, "trafficking") == ["Regulation on receiving victims of trafficking"]
    assert found(live, "National Assembly") == ["Law on contract-based overseas workers"]
    assert found(live.filter(policy_type="law"), "workers") == [
        "Act on the Employment of Foreign Workers",
        "Law on contract-based overseas workers",
    ]
    assert found(live.filter(countries__iso_code="KR"), "workers") == [
        "Act on the Employment of Foreign Workers",
        "Korea and Viet Nam MoU on workers",
    ]
    assert found(live.filter(gcm_objectives__number=10), "regulation") == [
        "Regulation on receiving victims of trafficking"
    ]


@pytest.mark.django_db
def test_policies_for_countries(indexed, make_policy, django_assert_num_queries):
    make_policy("Draft", ("VN",), publish=False)
    make_policy("Old", ("VN",), adopted=datetime.date(1999, 1, 1))
    with django_assert_num_queries(4):  # restrictions, policies, countries, objectives
        pages = list(policies_for_countries(["vn", "QQ", ""]))
        for page in pages:
            page.country_codes, [o.number for o in page.gcm_objectives.all()]
    titles = [page.title for page in pages]
    assert "Draft" not in titles and titles[-1] == "Old"
    assert (
        "Korea and Viet Nam MoU on workers" in titles
        and "Act on the Employment of Foreign Workers" not in titles
    )
    assert list(policies_for_countries(["QQ"])) == []
