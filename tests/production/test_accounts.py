"""Editors' accounts: lockout after failed logins through Wagtail's form, and two-factor authentication."""

import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

PASSWORD = "correct horse battery staple 42"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


def sign_in(client, password):
    return client.post("/admin/login/", {"username": "editor", "password": password})


def test_lockout_after_repeated_failures(editor, client, settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        response = sign_in(client, "wrong password")
        assert "_auth_user_id" not in client.session
    # Locked: even the right password is refused now.
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert b"Too many failed sign-in attempts" in response.content


def test_right_password_signs_in_before_the_limit(editor, client, settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    sign_in(client, "wrong password")
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


@pytest.mark.parametrize("weak", ["short1", "password123456", "12345678901234", "editor@example.org1"])
def test_weak_passwords_are_refused(editor, weak):
    with pytest.raises(ValidationError):
        validate_password(weak, user=editor)


def test_admin_without_verified_device_cannot_reach_the_dashboard(editor, client, settings):
    settings.ADMIN_2FA_REQUIRED = True
    assert sign_in(client, PASSWORD).status_code == 302
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/setup/")
    assert client.get("/admin/pages/").status_code == 302

    # Setting up: the page shows a secret and a QR code; a wrong code is refused.
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert b"<svg" in page.content
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    secret = re.search(rb"<code>([A-Z2-7]+)</code>", page.content).group(1)
    assert secret
    bad = client.post("/admin/2fa/setup/", {"token": "000000" if totp(device.bin_key) else "111111"})
    assert bad.status_code == 200
    assert client.get("/admin/").status_code == 302
    device.refresh_from_db()
    assert device.throttling_failure_count == 1  # wrong codes slow the next attempts down
    device.throttle_reset()

    good = client.post("/admin/2fa/setup/", {"token": f"{totp(device.bin_key):06d}", "next": "/admin/"})
    assert good.status_code == 302
    assert client.get("/admin/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_next_sign_in_asks_for_a_code(editor, client, settings):
    settings.ADMIN_2FA_REQUIRED = True
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    sign_in(client, PASSWORD)
    response = client.get("/admin/pages/")
    assert response["Location"].startswith("/admin/2fa/verify/")
    assert client.post("/admin/2fa/verify/", {"token": "not a code"}).status_code == 200
    assert client.get("/admin/pages/").status_code == 302
    response = client.post(
        "/admin/2fa/verify/", {"token": f"{totp(device.bin_key):06d}", "next": "/admin/pages/"}
    )
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_next_parameter_cannot_leave_the_site(editor, client, settings):
    settings.ADMIN_2FA_REQUIRED = True
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    sign_in(client, PASSWORD)
    response = client.post(
        "/admin/2fa/verify/", {"token": f"{totp(device.bin_key):06d}", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


def test_a_failed_sign_in_keeps_no_address_or_browser_headers(editor, client, settings):
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    settings.AXES_ENABLED = True
    client.post(
        "/admin/login/",
        {"username": "editor", "password": "wrong password"},
        REMOTE_ADDR="198.51.100.9",
        HTTP_USER_AGENT="Mozilla/5.0 (Linux; Android 14; Phone of Editor)",
        HTTP_ACCEPT="text/html,application/xhtml+xml",
    )
    attempt = AccessAttempt.objects.get()
    assert attempt.username == "editor" and attempt.failures_since_start == 1
    assert attempt.ip_address in ("0.0.0.0", None)
    assert attempt.user_agent == "" and attempt.http_accept == ""
    stored = [
        str(row.__dict__)
        for model in (AccessAttempt, AccessFailureLog, AccessLog)
        for row in model.objects.all()
    ]
    assert not any("198.51.100.9" in text or "Android" in text or "xhtml" in text for text in stored)


@pytest.fixture
def private_page(home):
    from wagtail.models import PageViewRestriction

    from tests.factories import StandardPageFactory

    page = StandardPageFactory(parent=home, title="Editors only", slug="editors-only")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


def test_restricted_pages_and_documents_need_the_second_factor(editor, private_page, client, settings):
    from django.core.files.base import ContentFile

    from wagtail.documents.models import Document
    from wagtail.models import Collection, CollectionViewRestriction

    settings.ADMIN_2FA_REQUIRED = True
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    collection = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = Document.objects.create(title="Memo", collection=collection)
    document.file.save("memo.txt", ContentFile(b"internal"))
    page_url, document_url = private_page.url, document.url

    # Anonymous: sent to sign in (Wagtail's own restriction).
    assert "_util/login" in client.get(page_url)["Location"]
    assert (
        "_util/login" in client.get(document_url)["Location"] or client.get(document_url).status_code == 302
    )
    # Password only: sent to confirm a code, for the page and for the document.
    sign_in(client, PASSWORD)
    for url in (page_url, document_url):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/2fa/verify/"), url
    # With the code: both open.
    client.post("/admin/2fa/verify/", {"token": f"{totp(device.bin_key):06d}"})
    assert client.get(page_url).status_code == 200
    # The document passes the checks (the in-memory test storage itself does not serve the file).
    served = client.get(document_url)
    assert served.status_code != 302 and "Location" not in served


def test_the_second_sign_in_form_asks_for_the_code(editor, private_page, client, settings):
    settings.ADMIN_2FA_REQUIRED = True
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    login_url = f"/en/_util/login/?next={private_page.url}"
    response = client.post(login_url, {"username": "editor", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/verify/?next=")
    assert private_page.url in response["Location"].replace("%2F", "/")
    # Already signed in with the password: the form itself sends to the code.
    assert client.get(login_url)["Location"].startswith("/admin/2fa/verify/")
