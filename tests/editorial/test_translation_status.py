"""Per page and language: missing translations and translations older than the English text."""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from editorial.models import PageTranslationState
from editorial.selectors import translation_status
from tests.policies.admin_utils import user_in


def row_for(page, rows):
    return next(row for row in rows if row["page"].pk == page.pk)


def publish_later(page, minutes):
    """Publish, stamping the states as if this happened `minutes` later (publications in a test are instant)."""
    from editorial.translation_state import record_translation_state

    page.save_revision().publish()
    record_translation_state(page, when=timezone.now() + datetime.timedelta(minutes=minutes))


@pytest.mark.django_db
def test_states_move_only_when_a_language_changes(make_policy):
    page = make_policy("Overseas workers law", title_vi="Luật lao động ở nước ngoài", summary_vi="Tóm tắt.")
    states = {s.language: s for s in PageTranslationState.objects.filter(page=page)}
    assert states["vi"].has_content and not states["ko"].has_content
    row = row_for(page, translation_status())
    assert "Vietnamese" not in row["missing"] and row["outdated"] == []
    assert len(row["missing"]) == 15  # every language but English and Vietnamese

    page.summary = "A new English summary."
    publish_later(page, 5)
    row = row_for(page, translation_status())
    assert len(row["outdated"]) == 1  # Vietnamese is now older than English

    page.summary_vi = "Tóm tắt mới."
    publish_later(page, 10)
    assert row_for(page, translation_status())["outdated"] == []

    english_before = PageTranslationState.objects.get(page=page, language="en").changed_at
    publish_later(page, 20)  # nothing changed: nothing moves
    assert PageTranslationState.objects.get(page=page, language="en").changed_at == english_before


@pytest.mark.django_db
def test_any_page_type_is_tracked(home, policy_index):
    languages = set(PageTranslationState.objects.filter(page=home).values_list("language", flat=True))
    assert len(languages) == 17
    assert PageTranslationState.objects.filter(page=policy_index, language="en", has_content=True).exists()


@pytest.mark.django_db
def test_admin_view_for_editors(client, make_policy, django_assert_max_num_queries):
    page = make_policy("Overseas workers law", title_vi="Luật", summary_vi="Tóm tắt.")
    page.summary = "Changed."
    publish_later(page, 5)
    url = reverse("editorial_translation_status")
    assert client.get(url).status_code == 302  # anonymous: to the login page
    client.force_login(user_in("Editors"))
    with django_assert_max_num_queries(40):
        response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Overseas workers law" in html
    outdated = html.split('class="ts-outdated">')
    assert any("Vietnamese (summary)" in cell.split("</td>")[0] for cell in outdated[1:])
    response = client.get(url, {"language": "xx", "problems": "1"})
    assert response.status_code == 200 and "xx" in response.content.decode()
    admin_home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert url in admin_home  # the menu item


@pytest.mark.django_db
def test_staleness_is_per_field_not_per_save(make_policy):
    """Vietnamese is stale in the summary after the English summary changed, even when the same publication
    also rewrote another Vietnamese field (which, per language, used to make it look current)."""
    page = make_policy("Overseas workers law", title_vi="Luật lao động", summary_vi="Tóm tắt.")
    page.summary = "A new English summary."
    page.title_vi = "Luật lao động ở nước ngoài"
    publish_later(page, 5)
    row = row_for(page, translation_status())
    assert ("Vietnamese", ["summary"]) in row["stale_fields"]
    assert "Vietnamese" in row["outdated"]


@pytest.mark.django_db
def test_change_notes_and_seo_fields_do_not_make_translations_stale(make_policy):
    page = make_policy("Overseas workers law", title_vi="Luật lao động", summary_vi="Tóm tắt.")
    page.change_note = "Translated into Vietnamese."
    page.seo_title = "Overseas workers law (2026)"
    page.minor_change = True
    publish_later(page, 5)
    assert row_for(page, translation_status())["outdated"] == []


@pytest.mark.django_db
def test_report_can_be_searched_and_sorted(make_policy):
    make_policy("Overseas workers law", title_vi="Luật", summary_vi="Tóm tắt.")
    make_policy("Anti-trafficking act", title_vi="Luật chống buôn người")
    titles = [row["page"].title for row in translation_status(search="workers")]
    assert titles == ["Overseas workers law"]
    titles = [row["page"].title for row in translation_status(sort="title")]
    assert titles.index("Anti-trafficking act") < titles.index("Overseas workers law")
