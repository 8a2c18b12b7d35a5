"""Publishing a policy needs a change note unless it is minor; each public change becomes a dated update."""

import pytest

from django.urls import reverse

from policies.models import PolicyPage, PolicyUpdate
from tests.policies.admin_utils import policy_form_data


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "x" * 16)
    client.force_login(user)
    return client


def edit(client, page, **data):
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), policy_form_data(page, **data))


@pytest.mark.django_db
def test_publishing_without_a_change_note_is_refused(admin_client, make_policy):
    page = make_policy(note="First published.")
    before = PolicyUpdate.objects.count()
    response = edit(admin_client, page, title_en="Changed title", change_note_en="")
    assert response.status_code == 200  # the form comes back with an error
    assert "Write a change note" in response.content.decode()
    page.refresh_from_db()
    assert page.title != "Changed title"
    assert PolicyUpdate.objects.count() == before


@pytest.mark.django_db
def test_publishing_with_a_change_note_records_a_dated_update(admin_client, make_policy):
    page = make_policy(note="First published.")
    response = edit(
        admin_client, page, title_en="Changed", change_note_en="Fees capped.", change_note_vi="Giới hạn phí."
    )
    assert response.status_code == 302
    page = PolicyPage.objects.get(pk=page.pk)
    assert page.title == "Changed" and page.live
    update = page.updates.first()
    assert update.note == "Fees capped."
    assert update.note_vi == "Giới hạn phí."
    assert update.revision_id == page.live_revision_id
    assert [u.note for u in page.updates.all()] == ["Fees capped.", "First published."]


@pytest.mark.django_db
def test_minor_change_publishes_without_an_update(admin_client, make_policy):
    page = make_policy(note="First published.")
    response = edit(admin_client, page, title_en="Typo fixed", change_note_en="", minor_change="on")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == "Typo fixed"
    assert page.updates.count() == 1


@pytest.mark.django_db
def test_saving_a_draft_needs_no_note(admin_client, make_policy):
    page = make_policy(note="First published.")
    response = edit(admin_client, page, action=None, title_en="Draft title", change_note_en="")
    assert response.status_code == 302
    assert page.updates.count() == 1


@pytest.mark.django_db
def test_a_repeated_note_is_refused(admin_client, make_policy):
    page = make_policy(note="First published.")
    response = edit(admin_client, page, change_note_en="First published.")
    assert "already published" in response.content.decode()


@pytest.mark.django_db
def test_the_note_starts_empty_after_publication(admin_client, make_policy):
    page = make_policy(note="Old note that should not reappear.")
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Old note that should not reappear." not in html


@pytest.mark.django_db
def test_history_and_latest_updates_page(client, make_policy, django_assert_max_num_queries):
    first = make_policy("Overseas workers law", note="First published.")
    first.change_note = "Decree 112/2021 added."
    first.save_revision().publish()
    make_policy("Draft policy", note="Never public.", publish=False)
    html = client.get(first.url).content.decode()
    assert html.index("Decree 112/2021 added.") < html.index("First published.")
    with django_assert_max_num_queries(20):
        response = client.get("/en/updates/")
    html = response.content.decode()
    assert "Decree 112/2021 added." in html and "Overseas workers law" in html
    assert "Never public." not in html
    assert 'rel="alternate" type="application/atom+xml" href="/en/updates/feed/"' in html
    assert client.get("/en/updates/?page=abc").status_code == 200
    assert client.get("/en/updates/?page=99").status_code == 200


@pytest.mark.django_db
def test_home_page_lists_latest_updates(client, home, make_policy):
    make_policy("Overseas workers law", note="Entered into force.")
    html = client.get("/en/").content.decode()
    assert "Entered into force." in html and "Overseas workers law" in html


@pytest.mark.django_db
def test_latest_updates_selector_is_bounded(make_policy, django_assert_num_queries):
    from policies.selectors import latest_updates

    for n in range(4):
        make_policy(f"P{n}", note=f"Note {n}")
    with django_assert_num_queries(
        2
    ):  # view restrictions (Wagtail's public()), then updates with their pages
        items = latest_updates(3)
        assert [(item.title, item.note) for item in items] == [
            ("P3", "Note 3"),
            ("P2", "Note 2"),
            ("P1", "Note 1"),
        ]


@pytest.mark.django_db
def test_a_translation_only_publication_needs_no_note_and_adds_no_feed_entry(
    admin_client, client, make_policy
):
    from editorial.models import PageTranslationState

    page = make_policy(note="First published.")
    burmese_before = PageTranslationState.objects.get(page=page, language="my").field_changed.get("summary")
    response = edit(admin_client, page, summary_my="မူဝါဒ အကျဉ်းချုပ်", change_note_en="")
    assert response.status_code == 302
    page = PolicyPage.objects.get(pk=page.pk)
    assert page.summary_my == "မူဝါဒ အကျဉ်းချုပ်" and not page.has_unpublished_changes
    assert [update.note for update in page.updates.all()] == ["First published."]
    # Recorded as a translation: the Burmese summary's date moved, so the status report sees it.
    burmese = PageTranslationState.objects.get(page=page, language="my")
    assert burmese.field_changed["summary"] != burmese_before and burmese.has_content is False
    assert client.get("/en/updates/feed/").content.decode().count("<entry>") == 1


@pytest.mark.django_db
def test_a_translation_becomes_a_public_update_when_the_editor_writes_a_note(admin_client, make_policy):
    page = make_policy(note="First published.")
    response = edit(admin_client, page, summary_my="မူဝါဒ အကျဉ်းချုပ်", change_note_en="Now in Burmese.")
    assert response.status_code == 302
    assert PolicyPage.objects.get(pk=page.pk).updates.first().note == "Now in Burmese."


@pytest.mark.django_db
def test_an_english_change_beside_a_translation_still_needs_a_note(admin_client, make_policy):
    page = make_policy(note="First published.")
    response = edit(
        admin_client, page, summary_my="မူဝါဒ", summary_en="New English summary", change_note_en=""
    )
    assert response.status_code == 200
    assert "Write a change note" in response.content.decode()


@pytest.mark.django_db
def test_an_unpublished_english_draft_is_not_published_as_a_translation(admin_client, make_policy):
    page = make_policy(note="First published.")
    assert (
        edit(admin_client, page, action=None, summary_en="Draft English", change_note_en="").status_code
        == 302
    )
    response = edit(admin_client, page, summary_en="Draft English", summary_my="မူဝါဒ", change_note_en="")
    assert response.status_code == 200
    assert "Write a change note" in response.content.decode()
