"""The grower behind `make bench-scale`: what it adds says it is generated, and it fills every language."""

import re

import pytest

from django.core.management import CommandError, call_command

from portal import bench

pytestmark = pytest.mark.django_db


def test_generated_services_say_so_and_give_no_phone_line(service_directory):
    from services.models import Service

    assert bench.grow_services(total=4) == 4
    for service in Service.objects.select_related("organization"):
        assert service.description_en.startswith("Generated benchmark data, not a real service")
        assert not service.phones.exists()


def test_translations_fill_the_empty_languages_only(service_directory):
    from services.models import Service

    bench.grow_services(total=1)
    Service.objects.update(name_ko="이미 번역됨")
    bench.fill_translations()
    service = Service.objects.get()
    assert service.name_vi == f"[vi] {service.name_en}"  # Latin script: the English words
    assert service.name_ko == "이미 번역됨"  # a translation already there stays
    thai = service.name_th.removeprefix("[th] ")
    assert service.name_th.startswith("[th] ") and not re.search("[A-Za-z]", thai)  # its own script
    assert len(thai) == len(service.name_en)


def test_the_grower_refuses_without_being_told_the_database_is_a_throwaway(db):
    with pytest.raises(CommandError, match="throwaway"):
        call_command("bench_grow")


def test_growing_services_leaves_the_open_data_download_alone(
    service_directory, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """Each import would rebuild the HSDS download for every service in 17 languages: not while growing."""
    from services import open_data

    settings.HSDS_DOWNLOAD_AFTER_IMPORT = True
    monkeypatch.setattr(open_data, "build_hsds_download", lambda: pytest.fail("the download was rebuilt"))
    with django_capture_on_commit_callbacks(execute=True):
        assert bench.grow_services(total=2) == 2
