"""The demo's emergency numbers and the facts a fact-check corrected: each number has a source and a date."""

import re

import pytest

from countries.demo.guides import GUIDES, TRANSLATIONS
from countries.models import EmergencyContact


@pytest.mark.django_db
def test_every_demo_emergency_number_has_a_source_and_a_checked_on_date(demo_site):
    contacts = list(EmergencyContact.objects.select_related("page"))
    assert len(contacts) >= 30
    missing = [
        f"{c.page.title}: {c.number}"
        for c in contacts
        if not c.source_url.startswith("http") or not c.checked_on
    ]
    assert missing == []


@pytest.mark.django_db
def test_visitors_see_the_date_a_number_was_checked_and_not_its_source(client, demo_site):
    html = client.get("/en/countries/nepal/").content.decode()
    assert html.count("Number checked on 7 December 2026") == 4
    assert "np.usembassy.gov" not in html


@pytest.mark.django_db
def test_numbers_without_a_public_source_are_gone(demo_site):
    numbers = {
        iso: {c.number for c in EmergencyContact.objects.filter(page__iso_code=iso)} for iso in ("MY", "MM")
    }
    # Malaysia retired 994 for 999 in 2007-2008; Myanmar's 199 and 192 had no reliable source, 191 (fire) had.
    assert numbers == {"MY": {"999"}, "MM": {"191"}}


@pytest.mark.django_db
def test_viet_nam_lists_the_adult_trafficking_hotline_in_the_emergency_box(client, demo_site):
    contact = EmergencyContact.objects.get(page__iso_code="VN", number="111")
    assert contact.kind == "trafficking"
    html = client.get("/vi/countries/viet-nam/").content.decode()
    start = html.index('id="emergency-top"')
    box = html[start : html.index("</aside>", start)]
    assert "phòng, chống mua bán người" in box and 'href="tel:111"' in box
    assert "Free, 24 hours" not in box  # the note is in Vietnamese too


def _text(blocks):
    return " ".join(str(value) for _kind, value in blocks)


def test_the_guides_say_what_the_sources_say():
    vn = GUIDES["VN"][3]
    assert "EpiC" in _text(vn["rights_and_help"]) and "IOM" not in _text(vn["rights_and_help"])
    assert "EpiC" in _text(TRANSLATIONS["VN"]["vi"]["rights_and_help"])
    for blocks in (vn["coming_home"], TRANSLATIONS["VN"]["vi"]["coming_home"]):
        assert not re.search(r"temporary accommodation|chỗ ở tạm thời", _text(blocks))
    assert "임시 숙소를 제공합니다" not in _text(TRANSLATIONS["VN"]["ko"]["coming_home"])


def test_malaysias_employment_restriction_act_is_cited_as_the_revised_act_796():
    from policies.demo.policies import POLICIES

    (act,) = [p for p in POLICIES if "Employment (Restriction)" in p["title"]["en"]]
    assert act["title"]["en"].endswith("(Act 796)") and act["source_url"].endswith("796")
