"""manage.py import_hsds / export_hsds and the importer behind them."""

import json

import pytest

from django.core.management import CommandError, call_command

from services.importers import import_services
from services.models import Address, Organization, Phone, Service, ServiceAtLocation
from services.signals import services_imported
from services.validation import HSDSImportError

from .factories import hsds_service, uid

pytestmark = pytest.mark.django_db


def write(tmp_path, data, name="services.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_import_creates_every_object(tmp_path, capsys):
    path = write(tmp_path, [hsds_service("a"), hsds_service("b", kind="shelter", country="KR", city="Seoul")])
    call_command("import_hsds", path, "--language", "en")
    assert Service.objects.count() == 2
    service = Service.objects.get(hsds_id=uid("service", "a"))
    assert service.name_en == "Legal aid for migrant workers"
    assert service.is_free is True
    assert str(service.assured_date) == "2026-10-01"
    assert [t.code for t in service.service_types()] == ["legal-aid"]
    assert [t.code for t in service.target_groups()] == ["workers"]
    link = ServiceAtLocation.objects.get(service=service)
    assert link.location.country == "VN" and link.location.city == "Hà Nội"
    assert Address.objects.get(location=link.location).postal_code == ""
    assert "2 services" in capsys.readouterr().out


def test_reimport_updates_and_never_duplicates(tmp_path):
    call_command("import_hsds", write(tmp_path, [hsds_service("a")]))
    changed = hsds_service("a", name="Legal aid (new name)", phone="1900 9999")
    call_command("import_hsds", write(tmp_path, {"contents": [changed]}, "paged.json"))
    assert Service.objects.count() == 1 and Organization.objects.count() == 1
    assert Service.objects.get().name_en == "Legal aid (new name)"
    assert list(Phone.objects.values_list("number", flat=True)) == ["1900 9999"]
    assert ServiceAtLocation.objects.count() == 1


def test_dry_run_writes_nothing(tmp_path, capsys):
    call_command("import_hsds", write(tmp_path, [hsds_service("a")]), "--dry-run")
    assert Service.objects.count() == 0
    assert "would create 1" in capsys.readouterr().out


def test_bad_file_is_rejected_whole_with_each_problem(tmp_path, capsys):
    bad_country = hsds_service("b", country="XX")
    bad_latitude = hsds_service("c", lat=123.0)
    no_name = hsds_service("d")
    del no_name["name"]
    path = write(tmp_path, [hsds_service("a"), bad_country, bad_latitude, no_name])
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_hsds", path)
    assert Service.objects.count() == 0 and Organization.objects.count() == 0
    err = capsys.readouterr().err
    assert f"record 1 (id {uid('service', 'b')}): service_at_locations/0/location/addresses/0/country" in err
    assert f"record 2 (id {uid('service', 'c')}): service_at_locations/0/location/latitude" in err
    assert f"record 3 (id {uid('service', 'd')}): name" in err


def test_malformed_json_and_shape_are_refused(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(CommandError, match="cannot read"):
        call_command("import_hsds", str(path))
    with pytest.raises(HSDSImportError):
        import_services({"services": []})


def test_per_language_import_adds_a_translation(tmp_path):
    call_command("import_hsds", write(tmp_path, [hsds_service("a")]), "--language", "en")
    vietnamese = hsds_service("a", name="Trợ giúp pháp lý cho người lao động", description="Tư vấn miễn phí.")
    call_command("import_hsds", write(tmp_path, [vietnamese], "vi.json"), "--language", "vi")
    service = Service.objects.get()
    assert service.name_en == "Legal aid for migrant workers"
    assert service.description_en == "Free advice on contracts and wages."
    assert service.name_vi == "Trợ giúp pháp lý cho người lao động"
    assert service.name_ko is None
    assert Service.objects.count() == 1


def test_unknown_language_is_refused(tmp_path):
    with pytest.raises(CommandError):
        call_command("import_hsds", write(tmp_path, [hsds_service("a")]), "--language", "xx")


def test_signal_lists_the_imported_services():
    received = []

    def listener(sender, service_ids, **kwargs):
        received.extend(service_ids)

    services_imported.connect(listener)
    try:
        import_services([hsds_service("a")])
    finally:
        services_imported.disconnect(listener)
    assert received == [uid("service", "a")]


def test_export_round_trips(tmp_path):
    import_services([hsds_service("a"), hsds_service("b", free=False)])
    out = tmp_path / "export.json"
    call_command("export_hsds", "--output", str(out))
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert {s["id"] for s in exported} == {uid("service", "a"), uid("service", "b")}
    Service.objects.all().delete()
    import_services(exported)
    assert Service.objects.count() == 2
    assert Service.objects.get(hsds_id=uid("service", "b")).is_free is False
    assert Service.objects.get(hsds_id=uid("service", "a")).is_free is True


def test_official_example_imports(settings):
    example = json.loads(open("tests/services/fixtures/service_full.json", encoding="utf-8").read())
    for link in example.get("service_at_locations", []):
        link["location"].update(latitude=51.5, longitude=-0.12)
        for address in link["location"].get("addresses", []):
            address["country"] = "GB"
    result = import_services([example])
    assert result.created == 1


def test_reimport_removes_what_the_file_no_longer_lists_and_nothing_else():
    first, other = hsds_service("a"), hsds_service("b")
    extra = {**first["phones"][0], "id": uid("phone", "a-second"), "number": "1900 5555"}
    import_services([{**first, "phones": [*first["phones"], extra]}, other])
    assert Phone.objects.filter(service__hsds_id=first["id"]).count() == 2
    import_services([first])
    assert list(Phone.objects.filter(service__hsds_id=first["id"]).values_list("hsds_id", flat=True)) == [
        first["phones"][0]["id"]
    ]
    # The service the second file does not mention keeps its phone.
    assert Phone.objects.filter(service__hsds_id=other["id"]).count() == 1
