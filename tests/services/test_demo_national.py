"""Every demo service has its name and description in the language of the country it serves."""

import json
from pathlib import Path

import pytest

from django.utils import translation

from core.languages import NATIONAL_LANGUAGE
from services.demo.national import NATIONAL
from services.models import Service, ServiceDirectoryPage
from services.text import column

DEMO = Path(__file__).resolve().parents[2] / "services" / "demo"


def demo_countries():
    """{HSDS id: the country of its first location} of every demo service."""
    records = json.loads((DEMO / "services_en.json").read_text(encoding="utf-8"))
    return {r["id"]: r["service_at_locations"][0]["location"]["addresses"][0]["country"] for r in records}


def test_translations_name_demo_services_only():
    assert set(NATIONAL) <= set(demo_countries())


@pytest.mark.django_db
def test_every_demo_service_has_a_name_and_description_in_its_countrys_language(demo_site):
    missing = []
    services = {s.hsds_id: s for s in Service.objects.all()}
    for hsds_id, country in demo_countries().items():
        service, code = services[hsds_id], NATIONAL_LANGUAGE[country]
        for field in ("name", "description"):
            if not (getattr(service, column(field, code)) or "").strip():
                missing.append((service.name, code, field))
    assert missing == []


@pytest.mark.django_db
def test_nepali_speakers_in_kuala_lumpur_read_tenaganita_in_nepali(client, demo_site):
    service = Service.objects.get(hsds_id="8178cfde-11b4-5928-b979-2fb2a64e4163")
    for code, words in (("ne", "आप्रवासी कामदार"), ("ms", "pekerja migran")):
        with translation.override(code):
            url = service.get_absolute_url()
        assert words in client.get(url).content.decode(), code


@pytest.mark.django_db
def test_translated_names_are_searchable_in_their_language(client, demo_site):
    for code, query, hsds_id in (
        ("ne", "मानव बेचबिखन", "8178cfde-11b4-5928-b979-2fb2a64e4163"),
        ("th", "ศูนย์ประชาบดี", "f37b05c4-f811-5824-9fe3-002ca5b1a6ee"),
    ):
        results = client.get("/api/search", {"q": query, "lang": code}).json()["results"]
        assert hsds_id in [r.get("hsds_id") for r in results], (code, query)


@pytest.mark.django_db
def test_a_nepali_worker_in_kuala_lumpur_finds_two_services_in_nepali_to_reach(client, demo_site):
    in_kl = Service.objects.filter(
        languages__code="ne", at_locations__location__addresses__city="Kuala Lumpur"
    ).distinct()
    reachable = [s for s in in_kl if s.url or s.email or s.phones.exists()]
    assert len(reachable) >= 2, [s.name for s in in_kl]
    with translation.override("ne"):
        directory = ServiceDirectoryPage.objects.get().get_url()
    html = client.get(directory, {"country": "MY", "language": "ne"}).content.decode()
    for service in reachable:
        assert service.name_ne in html, service.name
