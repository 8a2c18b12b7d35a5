"""Guides show related policies and services in a constant number of queries."""

import pytest

from countries.models import CorridorGuidePage, CountryGuidePage
from portal.bench import attach_policies, attach_services


def listed(html, section_id):
    """How many items the related section lists (demo policies and services may be among them)."""
    start = html.index(f'id="{section_id}"')
    return html[start : html.index("</ul>", start)].count("<li>")


def page_queries(client, url, django_assert_max_num_queries):
    client.get(url)
    with django_assert_max_num_queries(200) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


@pytest.mark.django_db
def test_country_guide_queries_do_not_grow_with_policies_and_services(
    demo_site, client, django_assert_max_num_queries
):
    guide = CountryGuidePage.objects.get(iso_code="NP")
    home = guide.get_parent().get_parent()
    attach_policies("NP", 5, home)
    attach_services("NP", 5)
    few, html = page_queries(client, guide.url, django_assert_max_num_queries)
    assert "Benchmark policy 4 (NP)" in html and "Benchmark service 4" in html
    # Past the lists' lengths (10 policies, 12 services), so the pages of both lists are full and cut short.
    attach_policies("NP", 10, home)
    attach_services("NP", 10, offset=5)
    many, html = page_queries(client, guide.url, django_assert_max_num_queries)
    assert many == few
    assert listed(html, "related-policies") == 10 and listed(html, "related-services") == 12


@pytest.mark.django_db
def test_corridor_shows_policies_and_services_of_both_ends(demo_site, client, django_assert_max_num_queries):
    corridor = CorridorGuidePage.objects.get(origin_iso="NP", destination_iso="MY")
    home = corridor.get_parent().get_parent()
    attach_policies("NP", 2, home)
    attach_services("MY", 2)
    few, html = page_queries(client, corridor.url, django_assert_max_num_queries)
    assert "Benchmark policy 1 (NP)" in html and "Benchmark service 1" in html
    attach_policies("MY", 20, home)
    attach_services("NP", 20, offset=2)
    many, _html = page_queries(client, corridor.url, django_assert_max_num_queries)
    assert many == few
