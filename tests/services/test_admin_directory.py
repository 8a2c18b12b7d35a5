"""The directory in the editorial workflow (issue 22, items 5 and 6): search, choosers, menus, permissions."""

import pytest

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from editorial.workflow import WORKFLOW_NAME
from services.importers import import_services
from services.models import Organization, Service
from services.vocabulary import ensure_vocabulary
from tests.policies.admin_utils import user_in

from .factories import hsds_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = User.objects.create_superuser("editor", "editor@example.org", "a-long-password-123")
    client.force_login(user)
    ensure_vocabulary()
    return client


def test_admin_search_finds_services_organisations_and_locations(admin_client):
    import_services([hsds_service("a")])
    service = Service.objects.get()
    location = service.at_locations.get().location
    for url, needle in (
        ("/admin/snippets/services/service/", service.name),
        ("/admin/snippets/services/organization/", service.organization.name),
        ("/admin/snippets/services/location/", location.name),
    ):
        response = admin_client.get(url, {"q": needle[:4].lower()})
        assert response.status_code == 200, url
        assert needle in response.content.decode(), url


def test_choosers_search_organisations_and_locations_by_partial_word(admin_client):
    import_services([hsds_service("a")])
    service = Service.objects.get()
    location = service.at_locations.get().location
    for url, needle in (
        ("/admin/snippets/choose/services/organization/results/", service.organization.name),
        ("/admin/snippets/choose/services/location/results/", location.name),
    ):
        response = admin_client.get(url, {"q": needle[:4].lower()})
        assert response.status_code == 200, url
        assert needle in response.content.decode(), url


HEADER = "name,organization,organization_id,country,city\n"


def _preview(client, text):
    return client.post(
        "/admin/services/import-csv/",
        {"file": SimpleUploadedFile("s.csv", text.encode("utf-8"), "text/csv"), "language": "en"},
    )


def test_csv_import_matches_organisations_by_id_never_by_name(admin_client):
    import_services([hsds_service("a")])
    organisation = Organization.objects.get()
    # The same name without its id: an error, not a second organisation.
    response = _preview(admin_client, HEADER + f"Clinic,{organisation.name},,VN,Hà Nội\n")
    errors = response.context["rows"][0]["errors"]
    assert ("organization", "an organisation with this name exists: give its id") in errors
    # With its id, the row joins it.
    response = _preview(admin_client, HEADER + f"Clinic,,{organisation.hsds_id},VN,Hà Nội\n")
    assert not response.context["has_errors"], response.context["rows"]
    admin_client.post(
        "/admin/services/import-csv/",
        {"confirm": "1", "language": "en", "csv_text": response.context["csv_text"]},
    )
    assert Organization.objects.count() == 1 and Service.objects.count() == 2
    # An unknown id is an error too.
    response = _preview(admin_client, HEADER + "Clinic,,no-such-id,VN,Hà Nội\n")
    assert ("organization_id", "no organisation has this id") in response.context["rows"][0]["errors"]


def test_csv_import_is_only_in_the_menu_of_who_may_use_it(client):
    editor, moderator = user_in("Editors"), user_in("Moderators")
    client.force_login(editor)
    assert "Import services (CSV)" not in client.get("/admin/").content.decode()
    assert client.get("/admin/services/import-csv/").status_code in (
        302,
        403,
    )  # Wagtail: back to the dashboard
    client.force_login(moderator)
    assert "Import services (CSV)" in client.get("/admin/").content.decode()
    assert client.get("/admin/services/import-csv/").status_code == 200


def test_editors_draft_services_and_moderators_publish_them():
    editor, moderator, translator = user_in("Editors"), user_in("Moderators"), user_in("Translators")
    assert editor.has_perm("services.change_service") and editor.has_perm("services.add_service")
    assert not editor.has_perm("services.publish_service")
    assert moderator.has_perm("services.publish_service") and moderator.has_perm("services.lock_service")
    assert moderator.has_perm("services.change_organization") and moderator.has_perm(
        "services.change_location"
    )
    assert not translator.has_perm("services.change_service")
    assert Service.get_default_workflow() is not None
    assert Service.get_default_workflow().name == WORKFLOW_NAME


def test_a_draft_change_stays_out_of_public_view_until_published(client, home):
    ensure_vocabulary()
    import_services([hsds_service("a")])
    service = Service.objects.get()
    assert service.live  # imported services are published
    original = service.name
    service.name = "A draft name"
    revision = service.save_revision()
    assert Service.objects.get().name == original  # the draft is a revision only
    revision.publish()
    assert Service.objects.get().name == "A draft name"
    # An unpublished service is on no public page or API.
    Service.objects.update(live=False)
    hsds_id = service.hsds_id
    assert client.get(f"/en/services/{hsds_id}/").status_code == 404
    assert client.get(f"/api/hsds/services/{hsds_id}").status_code == 404
    assert client.get("/api/hsds/services").json()["total_items"] == 0
    assert client.get("/api/hsds/service_at_locations").json()["total_items"] == 0
