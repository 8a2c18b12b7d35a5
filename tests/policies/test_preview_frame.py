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


@pytest.mark.django_db
def test_a_preview_shows_the_drafts_own_topics_not_the_live_pages_kept_ones(
    admin_client, make_policy, settings
):
    """A policy page's countries, objectives and topics are kept in the content cache; a preview never reads
    them from there."""
    from django.core.cache import cache

    settings.CONTENT_CACHE = True
    cache.clear()
    page = make_policy(title="Labour migration law")
    assert b"<dt>Topics</dt>" not in admin_client.get(page.url).content  # kept: no topics
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    assert (
        admin_client.post(url, policy_form_data(page, action=None, topics="recruitment")).status_code == 200
    )
    preview = admin_client.get(url)
    cache.clear()
    assert b"<dt>Topics</dt><dd>recruitment</dd>" in preview.content
