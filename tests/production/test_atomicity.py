"""Imports and editors' saves are atomic: a fault injected halfway leaves the previous state."""

import copy
import json
from html.parser import HTMLParser
from pathlib import Path
from unittest import mock

import pytest

from django.contrib.auth import get_user_model
from django.db.models.signals import post_save

from wagtail.models import Page, Revision

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def snapshot(model, *fields):
    return sorted(model.objects.values_list(*fields))


def test_hsds_import_fault_halfway_keeps_the_previous_directory():
    importers = pytest.importorskip("services.importers")
    from services.models import Phone, Service

    data = json.loads((ROOT / "services/demo/services_en.json").read_text(encoding="utf-8"))
    importers.import_services(data, language="en")
    services_before = snapshot(Service, "hsds_id", "name")
    phones_before = snapshot(Phone, "hsds_id", "number")
    assert services_before

    changed = copy.deepcopy(data)
    records = changed if isinstance(changed, list) else changed.get("contents", changed)
    for record in records:
        record["name"] = "Renamed " + record["name"]
        record.pop("phones", None)
    # Services and locations are written, then the fault strikes while replacing their children.
    with (
        mock.patch.object(importers, "_replace_children", side_effect=RuntimeError("disk full")),
        pytest.raises(RuntimeError),
    ):
        importers.import_services(changed, language="en")
    assert snapshot(Service, "hsds_id", "name") == services_before
    assert snapshot(Phone, "hsds_id", "number") == phones_before


def test_indicator_csv_fault_halfway_keeps_the_previous_values():
    indicator_csv = pytest.importorskip("countries.indicator_csv")
    from countries.demo.landscape import load_indicators
    from countries.models import IndicatorValue

    load_indicators()
    before = snapshot(IndicatorValue, "pk", "value")
    assert len(before) >= 2
    import io

    stream = io.StringIO()
    indicator_csv.write_csv(stream)
    lines = stream.getvalue().splitlines()
    header = lines[0].split(",")
    value_column = header.index("value")
    edited = [lines[0]]
    for line in lines[1:]:
        cells = line.split(",")
        cells[value_column] = "12345"
        edited.append(",".join(cells))

    real = IndicatorValue.objects.update_or_create
    calls = {"n": 0}

    def fail_on_second(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("connection lost")
        return real(*args, **kwargs)

    with (
        mock.patch.object(IndicatorValue.objects, "update_or_create", side_effect=fail_on_second),
        pytest.raises(RuntimeError),
    ):
        indicator_csv.import_csv("\n".join(edited) + "\n")
    assert calls["n"] == 2  # the first row had been written when the fault struck
    assert snapshot(IndicatorValue, "pk", "value") == before


class FormParser(HTMLParser):
    """The fields a browser would submit from the page edit form."""

    def __init__(self):
        super().__init__()
        self.data, self._textarea, self._select, self._in_form = [], None, None, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == "page-edit-form":
            self._in_form = True
        if not self._in_form or not attrs.get("name"):
            return
        if tag == "input" and attrs.get("type") not in {"submit", "button", "file", "image"}:
            if attrs.get("type") in {"checkbox", "radio"} and "checked" not in attrs:
                return
            self.data.append(
                [attrs["name"], attrs.get("value") or ("on" if attrs.get("type") == "checkbox" else "")]
            )
        elif tag == "textarea":
            self._textarea = [attrs["name"], ""]
            self.data.append(self._textarea)
        elif tag == "select":
            self._select = attrs["name"]
        elif tag == "option" and self._select and "selected" in attrs:
            self.data.append([self._select, attrs.get("value", "")])

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self._in_form = False


def edit_form_data(client, url):
    response = client.get(url)
    parser = FormParser()
    parser.feed(response.content.decode())
    data = {}
    for name, value in parser.data:
        data.setdefault(name, []).append(value)
    # StreamFields are drawn by JavaScript: submit them empty, as a browser would for an empty body.
    for name, field in response.context["form"].fields.items():
        if type(field.widget).__name__ == "BlockWidget" and f"{name}-count" not in data:
            data[f"{name}-count"] = ["0"]
    return data


def test_editor_save_fault_halfway_keeps_the_previous_page(demo_site, client):
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "x" * 20)
    client.force_login(editor)
    page = Page.objects.get(pk=demo_site.pk)
    edit_url = f"/admin/pages/{page.pk}/edit/"

    # Control: the same form saves a draft when nothing fails.
    data = edit_form_data(client, edit_url)
    data["title"] = data["title_en"] = ["Saved title"]
    assert client.post(edit_url, data).status_code == 302
    page.refresh_from_db()
    assert page.draft_title == "Saved title"

    revisions_before = Revision.objects.count()
    latest_before = page.latest_revision_id

    def fault(sender, instance, created, **kwargs):
        if created:
            raise RuntimeError("fault after the revision row was written")

    data["title"] = data["title_en"] = ["Lost title"]
    post_save.connect(fault, sender=Revision)
    try:
        with pytest.raises(RuntimeError):
            client.post(edit_url, data)
    finally:
        post_save.disconnect(fault, sender=Revision)
    page.refresh_from_db()
    assert page.draft_title == "Saved title"
    assert page.latest_revision_id == latest_before
    assert Revision.objects.count() == revisions_before
