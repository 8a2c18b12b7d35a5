"""Every demo service can be reached, and every phone, website and e-mail in the demo has a source and a date."""

import datetime
import json
from pathlib import Path

import pytest

from services.models import Service

DEMO = Path(__file__).resolve().parents[2] / "services" / "demo"


def demo_records():
    for name in ("services_en.json", "services_vi.json", "services_ko.json"):
        yield from json.loads((DEMO / name).read_text(encoding="utf-8"))


def test_every_demo_phone_website_and_email_has_a_source_and_a_checked_on_date():
    sources = json.loads((DEMO / "contact_sources.json").read_text(encoding="utf-8"))
    unsourced = []
    for record in demo_records():
        entry = sources.get(record["id"], {})
        checked = {c["value"] for c in entry.get("contacts", []) if c["source"].startswith("http")}
        shown = [p["number"] for p in record.get("phones") or []]
        shown += [record[key] for key in ("url", "email") if record.get(key)]
        assert shown, f"{record['name']}: no way to reach it"
        unsourced += [f"{record['name']}: {value}" for value in shown if value not in checked]
        datetime.date.fromisoformat(entry.get("checked_on", "missing"))
    assert unsourced == []


@pytest.mark.django_db
def test_every_loaded_demo_service_has_a_phone_website_or_email(demo_site):
    unreachable = [
        s.name for s in Service.objects.prefetch_related("phones") if not (s.phones.all() or s.url or s.email)
    ]
    assert unreachable == []


@pytest.mark.django_db
def test_vietnams_trafficking_hotline_is_found_in_vietnamese(client, demo_site):
    results = client.get("/api/search", {"q": "đường dây nóng mua bán người", "lang": "vi"}).json()["results"]
    hotline = Service.objects.get(phones__number="111").hsds_id
    assert hotline in [r.get("hsds_id") for r in results[:3]]
