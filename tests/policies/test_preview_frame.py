"""Issue 22, item 2: the editor's live preview panel may frame the preview; public pages stay unframeable."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.policies.admin_utils import policy_form_data


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in (p.strip() for p in policy.split(";")) if part}


@pytest.fixture
def admin_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "x" * 16))
    return client


@pytest.mark.django_db
def test_the_preview_may_be_framed_by_the_admin_itself(admin_client, make_policy):
    page = make_policy(title="Labour migration law")
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    posted = admin_client.post(
        url, policy_form_data(page, action=None, title_en="Labour migration law, revised")
    )
    assert posted.status_code == 200
    assert posted.json()["is_valid"] is True
    preview = admin_client.get(url)
    assert preview.status_code == 200
    assert b"Labour migration law, revised" in preview.content
    assert directives(preview)["frame-ancestors"] == ["'self'"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.django_db
def test_the_public_page_still_may_not_be_framed(admin_client, make_policy):
    page = make_policy(title="Labour migration law")
    public = admin_client.get(page.url)
    assert public.status_code == 200
    assert directives(public)["frame-ancestors"] == ["'none'"]
    assert public["X-Frame-Options"] == "DENY"
