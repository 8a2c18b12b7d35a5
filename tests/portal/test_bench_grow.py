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
