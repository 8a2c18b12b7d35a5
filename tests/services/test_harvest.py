"""Harvesting partners' HSDS feeds: two portals read each other, all or nothing, provenance (safety: test_harvest_fetch).

The partner is a local HTTP server on 127.0.0.1 serving pages recorded from this portal's own HSDS API (the
demo services in English, Vietnamese and Korean), so nothing outside the machine is ever reached.
"""

import json
from pathlib import Path

import pytest

from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils.formats import date_format
from django.utils.timezone import localtime

from services import harvest as harvest_module
from services import harvest_fetch
from services.harvest import harvest
from services.importers import import_services
from services.models import (
    DirectorySource,
    HarvestRun,
    Location,
    Organization,
    Phone,
    Service,
    ServiceAtLocation,
)

from .factories import hsds_service, uid

pytestmark = pytest.mark.django_db
DEMO = Path(__file__).resolve().parents[2] / "services" / "demo"
PER_PAGE = 10  # small pages, so the demo services take several per language


def _load(name):
    return json.loads((DEMO / name).read_text(encoding="utf-8"))


def api_pages(client, language):
    """Every page of /api/hsds/services as the harvester asks for it, {query: answer}."""
    pages, page = {}, 1
    while True:
        query = {
            "per_page": str(PER_PAGE),
            "full": "true",
            "full_service": "true",
            "lang": language,
            "page": str(page),
        }
        response = client.get("/api/hsds/services", query)
        assert response.status_code == 200
        pages[tuple(sorted(query.items()))] = response.json()
        if response.json()["last_page"]:
            return pages
        page += 1


def by_id(pages):
    return {s["id"]: s for page in pages.values() for s in page["contents"]}


def comparable(service):
    """A service as the API serves it, without what differs between two portals (dates, provenance)."""
    data = json.loads(json.dumps(service))
    data.pop("last_modified", None)
    data.pop("provenance", None)
    return data


@pytest.fixture
def recorded(client, partner, monkeypatch):
    """The demo services as another portal serves them, recorded, then removed from this database."""
    monkeypatch.setattr(harvest_fetch, "PER_PAGE", PER_PAGE)
    import_services(_load("services_en.json"), language="en")
    import_services(_load("services_vi.json"), language="vi")
    import_services(_load("services_ko.json"), language="ko")
    partner.add("/api/hsds/", client.get("/api/hsds/").json())
    answers = {language: api_pages(client, language) for language in ("en", "vi", "ko")}
    for pages in answers.values():
        for query, data in pages.items():
            partner.add("/api/hsds/services", data, query=query)
    Service.objects.all().delete()
    Organization.objects.all().delete()
    Location.objects.all().delete()
    return answers


def test_two_portals_every_service_location_phone_and_translation_arrives(client, partner, recorded, capsys):
    call_command(
        "harvest_hsds", f"{partner.base}/api/hsds/", "--source", "Partner A", "--language", "en", verbosity=0
    )
    out = capsys.readouterr().out
    total = len(by_id(recorded["en"]))
    assert "Created the directory source 'Partner A'" in out and f"{total} added" in out
    source = DirectorySource.objects.get(name="Partner A")
    assert Service.objects.count() == total and set(Service.objects.values_list("source", flat=True)) == {
        source.pk
    }
    assert Location.objects.filter(source=source).count() == Location.objects.count() > 0
    # The harvester followed the paging to the end.
    assert (
        sum("lang=en" in path for path in partner.requests)
        == len(recorded["en"])
        == -(-total // PER_PAGE)
        > 1
    )

    # Vietnamese and Korean arrive as translations once the source lists them.
    source.translations = "vi,ko"
    source.save()
    call_command("harvest_hsds", f"{partner.base}/api/hsds/", "--source", "Partner A", "--language", "en")
    for language, pages in recorded.items():
        ours = by_id(api_pages(client, language))
        theirs = by_id(pages)
        assert set(ours) == set(theirs)
        for hsds_id, service in theirs.items():
            assert comparable(ours[hsds_id]) == comparable(service), (language, hsds_id)
    phones = sum(len(s.get("phones", [])) for s in by_id(recorded["en"]).values())
    assert phones and Phone.objects.count() == phones
    assert Service.objects.exclude(name_vi="").count() == sum(
        1 for s in by_id(recorded["vi"]).values() if s["name"] != by_id(recorded["en"])[s["id"]]["name"]
    )
    assert Service.objects.exclude(name_ko="").count() == sum(
        1 for s in by_id(recorded["ko"]).values() if s["name"] != by_id(recorded["en"])[s["id"]]["name"]
    )

    # A second harvest changes nothing.
    before = dict(Service.objects.values_list("hsds_id", "last_modified"))
    call_command("harvest_hsds", f"{partner.base}/api/hsds/", "--source", "Partner A", "--language", "en")
    assert f"0 change(s): 0 added, 0 changed, 0 removed, {total} unchanged" in capsys.readouterr().out
    assert dict(Service.objects.values_list("hsds_id", "last_modified")) == before

    # A service the partner no longer lists disappears, with its places and phones.
    gone = recorded["en"][next(iter(recorded["en"]))]["contents"][0]
    for pages in recorded.values():
        for query, data in pages.items():
            data = dict(data, contents=[s for s in data["contents"] if s["id"] != gone["id"]])
            partner.add("/api/hsds/services", data, query=query)
    call_command("harvest_hsds", f"{partner.base}/api/hsds/", "--source", "Partner A", "--language", "en")
    assert f"1 removed, {total - 1} unchanged" in capsys.readouterr().out
    assert not Service.objects.filter(hsds_id=gone["id"]).exists()
    assert not ServiceAtLocation.objects.filter(hsds_id=gone["service_at_locations"][0]["id"]).exists()
    assert HarvestRun.objects.filter(source=source, ok=True).count() == 4


def test_one_invalid_record_changes_nothing_and_is_reported(partner):
    good = hsds_service("a")
    partner.add("/feed.json", [good])
    source = DirectorySource.objects.create(
        name="NGO list", partner="An NGO", url=f"{partner.base}/feed.json"
    )
    assert harvest(source).ok
    before = list(Service.objects.values_list("hsds_id", "name", "last_modified"))
    partner.add("/feed.json", [hsds_service("a", name="Renamed"), hsds_service("b", lat=123.0)])
    run = harvest(source)
    assert not run.ok and run.rejected == 1
    assert any("record 1" in p and "latitude" in p for p in run.problems), run.problems
    assert list(Service.objects.values_list("hsds_id", "name", "last_modified")) == before
    with pytest.raises(CommandError, match="nothing was changed"):
        call_command("harvest_hsds", f"{partner.base}/feed.json", "--source", "NGO list")


def test_records_editors_made_are_never_touched(partner):
    import_services([hsds_service("mine", name="Editors' own")])
    partner.add("/feed.json", [hsds_service("mine", name="Overwritten?"), hsds_service("theirs")])
    source = DirectorySource.objects.create(name="P", partner="P", url=f"{partner.base}/feed.json")
    run = harvest(source)
    assert not run.ok and any("editors made" in p for p in run.problems)
    assert Service.objects.get(hsds_id=uid("service", "mine")).name == "Editors' own"
    assert Service.objects.count() == 1
    # Removing what a source no longer lists never reaches the editors' records either.
    partner.add("/feed.json", [hsds_service("theirs")])
    assert harvest(source).ok
    assert Service.objects.filter(source__isnull=True).count() == 1
    partner.add("/feed.json", [])
    assert harvest(source).removed == 1
    assert list(Service.objects.values_list("name", flat=True)) == ["Editors' own"]


def test_dry_run_writes_nothing(partner, capsys):
    partner.add("/feed.json", [hsds_service("a")])
    call_command("harvest_hsds", f"{partner.base}/feed.json", "--source", "New", "--dry-run")
    assert "(dry run) New: 1 page(s)" in capsys.readouterr().out
    assert not Service.objects.exists() and not DirectorySource.objects.exists()


def test_due_sources(partner):
    partner.add("/feed.json", [hsds_service("a")])
    daily = DirectorySource.objects.create(name="Daily", partner="P", url=f"{partner.base}/feed.json")
    DirectorySource.objects.create(name="Off", partner="Q", url=f"{partner.base}/off.json", enabled=False)
    call_command("harvest_hsds", "--due")
    assert list(HarvestRun.objects.values_list("source__name", flat=True)) == ["Daily"]
    assert not daily.is_due()
    call_command("harvest_hsds", "--due")
    assert HarvestRun.objects.count() == 1
    daily.runs.update(started_at=daily.last_run().started_at - daily_interval())
    assert daily.is_due()


def daily_interval():
    from services.models.sources import SCHEDULE_INTERVALS

    return SCHEDULE_INTERVALS["daily"]


# --- Provenance and the dashboards ----------------------------------------------------------------------


@pytest.fixture
def harvested(partner):
    import_services([hsds_service("mine", name="Editors' own", lat=21.03)])
    partner.add("/feed.json", [hsds_service("theirs", name="Partner's shelter")])
    source = DirectorySource.objects.create(
        name="Women's Union list",
        partner="Viet Nam Women's Union",
        url=f"{partner.base}/feed.json",
        licence="CC BY 4.0",
        attribution="© Viet Nam Women's Union",
    )
    assert harvest(source).ok
    return source


def test_service_page_api_and_geojson_carry_the_provenance(client, harvested, service_directory):
    theirs = Service.objects.get(hsds_id=uid("service", "theirs"))
    assert theirs.harvested_at and theirs.organization.source == harvested
    html = client.get(f"/en/services/{theirs.hsds_id}/").content.decode()
    date = date_format(localtime(theirs.harvested_at), "DATE_FORMAT")
    assert f"Listed by Viet Nam Women&#x27;s Union, updated {date}" in html
    assert "© Viet Nam Women&#x27;s Union" in html and "Licence: CC BY 4.0" in html
    mine = client.get(f"/en/services/{uid('service', 'mine')}/").content.decode()
    assert "Listed by" not in mine

    data = client.get(f"/api/hsds/services/{theirs.hsds_id}").json()
    assert data["provenance"]["partner"] == "Viet Nam Women's Union"
    assert data["provenance"]["licence"] == "CC BY 4.0" and data["provenance"]["harvested_at"].endswith("Z")
    assert "provenance" not in client.get(f"/api/hsds/services/{uid('service', 'mine')}").json()
    listed = client.get("/api/hsds/services", {"full_service": "true"}).json()["contents"]
    assert {s["id"]: "provenance" in s for s in listed} == {
        theirs.hsds_id: True,
        uid("service", "mine"): False,
    }

    features = {
        f["properties"]["hsds_id"]: f["properties"]
        for f in client.get("/api/services.geojson").json()["features"]
    }
    assert features[theirs.hsds_id]["listed_by"] == "Viet Nam Women's Union"
    assert features[theirs.hsds_id]["harvested_at"].endswith("Z")
    assert features[uid("service", "mine")]["listed_by"] is None


def test_feed_dashboard_shows_each_harvest_and_the_reasons_of_a_refusal(client, harvested, partner):
    from django.contrib.auth.models import User

    partner.add("/feed.json", [hsds_service("theirs"), hsds_service("bad", country="XX")])
    assert not harvest(harvested).ok
    client.force_login(User.objects.create_superuser("editor", "editor@example.org", "a-long-password-123"))
    html = client.get("/admin/services/feeds/").content.decode()
    assert "Women&#x27;s Union list" in html and "Failing" in html
    assert "Refused: 1 record rejected; nothing was changed" in html
    assert "unknown ISO 3166-1 alpha-2 country code &#x27;XX&#x27;" in html
    assert "1 added, 0 changed, 0 removed, 0 unchanged" in html  # the first harvest, among the recent ones
    assert client.get("/admin/snippets/services/directorysource/").status_code == 200
    form = client.get("/admin/snippets/services/directorysource/add/").content.decode()
    assert 'name="translations"' in form and 'name="attribution"' in form and 'name="schedule"' in form


def test_public_sources_page_is_translated_and_lists_enabled_sources(client, harvested, service_directory):
    DirectorySource.objects.create(
        name="Paused", partner="Hidden partner", url="https://example.org/", enabled=False
    )
    html = client.get("/en/services/sources/").content.decode()
    assert "Viet Nam Women&#x27;s Union" in html and "Healthy" in html and "Hidden partner" not in html
    assert "1 added, 0 changed, 0 removed, 0 unchanged" in html
    vi = client.get("/vi/services/sources/")
    assert vi.status_code == 200 and 'lang="vi"' in vi.content.decode()
    assert "Healthy" not in vi.content.decode()
    ur = client.get("/ur/services/sources/").content.decode()
    assert 'dir="rtl"' in ur


def test_a_source_is_checked_like_any_form(partner):
    source = DirectorySource(name="S", partner="P", url="ftp://example.org/feed.json", translations="vi, xx")
    with pytest.raises(ValidationError) as error:
        source.full_clean()
    assert set(error.value.message_dict) == {"url", "translations"}
    with pytest.raises(CommandError, match="url: Enter a valid URL"):
        call_command("harvest_hsds", "ftp://example.org/feed.json", "--source", "S")
    with pytest.raises(CommandError, match="unknown language"):
        call_command("harvest_hsds", f"{partner.base}/feed.json", "--source", "S", "--language", "xx")
    assert not DirectorySource.objects.exists()


def test_an_unexpected_error_is_recorded_and_changes_nothing(partner, monkeypatch):
    partner.add("/feed.json", [hsds_service("a")])
    source = DirectorySource.objects.create(name="S", partner="P", url=f"{partner.base}/feed.json")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(harvest_module, "_remove_unlisted", broken)
    run = harvest(source)
    assert not run.ok and run.problems == ["unexpected error: RuntimeError('disk full')"]
    assert not Service.objects.exists() and HarvestRun.objects.get() == run
