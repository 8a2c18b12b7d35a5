"""The directory in the Wagtail admin: viewsets, the reports queue and the CSV import with its preview."""

import pytest

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from services.importers import import_services
from services.models import Location, Service, ServiceReport
from services.vocabulary import ensure_vocabulary

from .factories import hsds_service

pytestmark = pytest.mark.django_db

HEADER = "id,name,organization,description,country,city,address,latitude,longitude,phone,types,target_groups,languages,free,verified_on,eligibility,fees,website,email,hours\n"
GOOD = ',Legal clinic,Lawyers Network,Free advice,VN,Hà Nội,12 Phố Huế,21.01,105.85,1900 0000,legal-aid,workers;women,vi;en,yes,2026-11-01,,,https://example.org,,"MO,TU,WE,TH,FR 08:00-17:00"\n'
BAD = ",Shelter,Org,,XX,Town,,123,10,,shelterz,,,maybe,,,,,,mon 8-5\n"


@pytest.fixture
def admin_client(client):
    user = User.objects.create_superuser("editor", "editor@example.org", "a-long-password-123")
    client.force_login(user)
    ensure_vocabulary()
    return client


def upload(client, text, language="en"):
    return client.post(
        "/admin/services/import-csv/",
        {"file": SimpleUploadedFile("services.csv", text.encode("utf-8"), "text/csv"), "language": language},
    )


def test_csv_preview_then_import(admin_client):
    response = upload(admin_client, HEADER + GOOD)
    assert response.status_code == 200
    assert not response.context["has_errors"] and Service.objects.count() == 0
    text = response.context["csv_text"]
    response = admin_client.post(
        "/admin/services/import-csv/", {"confirm": "1", "language": "vi", "csv_text": text}
    )
    assert response.status_code == 302
    service = Service.objects.get()
    assert service.name_vi == "Legal clinic" and service.is_free is True
    assert sorted(t.code for t in service.terms.all()) == ["legal-aid", "women", "workers"]
    assert service.schedules.get().opens_at.hour == 8
    # The same file again updates, never duplicates.
    admin_client.post("/admin/services/import-csv/", {"confirm": "1", "language": "vi", "csv_text": text})
    assert Service.objects.count() == 1


def test_csv_rows_with_errors_block_the_import(admin_client):
    response = upload(admin_client, HEADER + GOOD + BAD)
    rows = response.context["rows"]
    assert response.context["has_errors"] and not rows[0]["errors"]
    fields = {field for field, _message in rows[1]["errors"]}
    assert {"types", "free", "hours"} <= fields
    assert any("country" in field for field in fields) or any("latitude" in f for f in fields)
    assert b'name="confirm"' not in response.content
    assert Service.objects.count() == 0


def test_csv_missing_columns(admin_client):
    response = upload(admin_client, "name,city\nx,y\n")
    assert response.context["has_errors"]


def test_viewsets_and_reports_queue(admin_client):
    import_services([hsds_service("a")])
    service = Service.objects.get()
    ServiceReport.objects.create(service=service, message="Closed since May.")
    for url in (
        "/admin/snippets/services/service/",
        "/admin/snippets/services/organization/",
        "/admin/snippets/services/location/",
        "/admin/snippets/services/taxonomyterm/",
        "/admin/snippets/services/servicereport/",
        f"/admin/snippets/services/service/edit/{service.pk}/",
        "/admin/snippets/services/service/?q=Legal",
        "/admin/snippets/services/service/?country=VN",
    ):
        response = admin_client.get(url)
        assert response.status_code == 200, url
    location = Location.objects.get()
    content = admin_client.get(f"/admin/snippets/services/location/edit/{location.pk}/").content.decode()
    assert 'id="id_latitude"' in content and "js/services/latlng-widget.js" in content
    assert "Closed since May." in admin_client.get("/admin/snippets/services/servicereport/").content.decode()
