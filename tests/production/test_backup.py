"""`manage.py backup` and `restore` (what `make backup` / `make restore` run): a backup restored into a
new, empty database holds every page, revision, service and translation."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.management import call_command

from wagtail.models import Page, Revision

from tests.production.backup_digest import digest

ROOT = Path(__file__).resolve().parents[2]
# Rows kept of each bulk statistics table: the UN tables are 24,000 corridor stocks and 2,600 indicator values,
# two thirds of the demo's backup, rows of two models whose every field is already covered by a few of them.
BULK_ROWS_KEPT = 200


def thin_bulk_tables():
    """Keep BULK_ROWS_KEPT rows of each bulk statistics table (the test's transaction rolls it back)."""
    from countries.models import CorridorStock, IndicatorValue

    for model in (CorridorStock, IndicatorValue):
        keep = list(model.objects.order_by("pk").values_list("pk", flat=True)[:BULK_ROWS_KEPT])
        model.objects.exclude(pk__in=keep).delete()
        assert model.objects.count() == BULK_ROWS_KEPT


def manage(*args, database_url):
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )


@pytest.mark.django_db
def test_json_backup_restores_everything_into_an_empty_database(demo_site, tmp_path):
    # Some history worth keeping: a draft revision with a translated title.
    home = demo_site
    home.title_vi = "Trang chủ (bản nháp)"
    home.save_revision()
    thin_bulk_tables()
    before = digest(detail=True)
    assert before["wagtailcore.page"][0] == Page.objects.count() > 5
    assert before["wagtailcore.revision"][0] == Revision.objects.count() >= 1
    services = {
        label
        for label, value in before.items()
        if label.startswith("services.") and isinstance(value, list) and value[0]
    }

    backup = tmp_path / "portal.json"
    call_command("backup", output=str(backup), format="json", stdout=open(os.devnull, "w"))
    assert backup.stat().st_size > 1000

    target = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    restored = manage("manage.py", "restore", str(backup), "--no-index", database_url=target)
    assert restored.returncode == 0, restored.stderr[-3000:]
    after = json.loads(manage("-m", "tests.production.backup_digest", "--detail", database_url=target).stdout)

    differing = sorted(key for key in before if after.get(key) != before[key])
    assert not differing, " ".join(differing)
    # And by name, the things the brief lists.
    assert after["wagtailcore.page"][0] == before["wagtailcore.page"][0]
    assert after["wagtailcore.revision"][0] == before["wagtailcore.revision"][0]
    for label in services:
        assert after[label][0] == before[label][0]
    check = manage(
        "-c",
        "import django; django.setup(); from wagtail.models import Page;"
        "print(Page.objects.get(depth=2).specific.title_vi)",
        database_url=target,
    )
    assert check.stdout.strip() == Page.objects.get(depth=2).specific.title_vi


def test_restore_refuses_a_missing_or_unknown_file(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("restore", str(tmp_path / "nothing.json"))
    odd = tmp_path / "backup.tar"
    odd.write_text("x")
    with pytest.raises(CommandError):
        call_command("restore", str(odd))
