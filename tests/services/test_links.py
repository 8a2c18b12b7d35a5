"""Links from imported data: http(s) web addresses and valid e-mail addresses only, at import, in the admin,
on the page and in the HSDS API."""

import pytest

from django.core.exceptions import ValidationError

from services.importers import import_services
from services.models import Organization, Service
from services.validation import HSDSImportError
from tests.services.factories import hsds_service, uid

pytestmark = pytest.mark.django_db

BAD_URLS = [
    "javascript:alert(document.cookie)",
    "JavaScript://example.org/%0aalert(1)",
    "data:text/html,x",
    "ftp://example.org/",
]


@pytest.mark.parametrize("url", BAD_URLS)
def test_an_import_with_a_script_link_is_refused_with_the_row_and_field(url):
    record = hsds_service("bad")
    record["url"] = url
    with pytest.raises(HSDSImportError) as refused:
        import_services([hsds_service("good"), record], "en")
    assert [(p.index, p.field) for p in refused.value.problems] == [(1, "url")]
    assert not Service.objects.exists()


def test_organisation_links_and_emails_are_checked_too():
    record = hsds_service("bad")
    record["organization"]["website"] = "javascript:alert(1)"
    mail = hsds_service("mail")
    mail["email"] = "not an address"
    with pytest.raises(HSDSImportError) as refused:
        import_services([record, mail], "en")
    assert {(p.index, p.field) for p in refused.value.problems} == {(0, "organization/website"), (1, "email")}
    good = hsds_service("good")
    good["url"], good["email"] = "https://example.org/help", "help@example.org"
    import_services([good], "en")
    assert Service.objects.get().url == "https://example.org/help"


def test_the_admin_refuses_them():
    import_services([hsds_service("a")], "en")
    service = Service.objects.get()
    for url in ("javascript:alert(1)", "ftp://example.org/file.pdf"):
        service.url = url
        with pytest.raises(ValidationError) as refused:
            service.full_clean()
        assert "url" in refused.value.message_dict
    organization = Organization.objects.get()
    organization.website = "javascript:alert(1)"
    with pytest.raises(ValidationError):
        organization.full_clean()


def test_a_stored_script_link_is_shown_nowhere(client, service_directory):
    import_services([hsds_service("a")], "en")
    # A row written before the import checked links.
    Service.objects.update(url="javascript:alert(1)", email="x@example.org<script>")
    Organization.objects.update(website="javascript:alert(2)")
    hsds_id = uid("service", "a")
    page = client.get(f"/en/services/{hsds_id}/").content.decode()
    assert "javascript:" not in page and "mailto:x@" not in page
    api = client.get(f"/api/hsds/services/{hsds_id}").json()
    assert not api.get("url") and not api.get("email") and not api["organization"].get("website")
    assert "javascript:" not in client.get(f"/api/hsds/services/{hsds_id}").content.decode()
