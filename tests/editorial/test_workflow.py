"""Editorial groups and the moderation workflow: an editor cannot publish alone; scheduled publishing works."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, WorkflowState

from editorial.workflow import WORKFLOW_NAME, setup_editorial_workflow
from policies.models import PolicyPage
from tests.policies.admin_utils import policy_form_data, user_in


@pytest.mark.django_db
def test_groups_and_workflow_exist_after_migrate(home):
    assert set(Group.objects.values_list("name", flat=True)) >= {"Editors", "Moderators", "Translators"}
    assert home.get_workflow().name == WORKFLOW_NAME
    tasks = list(home.get_workflow().tasks.specific())
    assert [group.name for group in tasks[0].groups.all()] == ["Moderators"]
    setup_editorial_workflow()  # idempotent
    assert Group.objects.filter(name="Moderators").count() == 1


@pytest.mark.django_db
def test_permissions_per_group(policy_index, make_policy):
    page = make_policy()
    editor, moderator, translator = user_in("Editors"), user_in("Moderators"), user_in("Translators")
    assert policy_index.permissions_for_user(editor).can_add_subpage()
    assert page.permissions_for_user(editor).can_edit()
    assert not page.permissions_for_user(editor).can_publish()
    assert page.permissions_for_user(moderator).can_publish()
    assert page.permissions_for_user(translator).can_edit()
    assert not page.permissions_for_user(translator).can_publish()
    assert not policy_index.permissions_for_user(translator).can_add_subpage()


@pytest.mark.django_db
def test_editor_cannot_publish_alone_and_a_moderator_approves(client, make_policy):
    page = make_policy("Original title", note="First published.")
    editor, moderator = user_in("Editors"), user_in("Moderators")
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client.post(url, policy_form_data(page, title_en="Editor's title", change_note_en="Fees capped."))
    page = PolicyPage.objects.get(pk=page.pk)
    assert page.title == "Original title"  # "publish" from an editor does not publish
    response = client.post(
        url,
        policy_form_data(
            page, action="action-submit", title_en="Editor's title", change_note_en="Fees capped."
        ),
    )
    assert response.status_code == 302
    page = PolicyPage.objects.get(pk=page.pk)
    assert page.title == "Original title"
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task = state.current_task_state.task.specific
    assert task.get_actions(page, editor) == []  # the editor cannot approve their own submission
    assert "approve" in [name for name, _label, _modal in task.get_actions(page, moderator)]
    task.on_action(state.current_task_state, moderator, "approve")
    page = PolicyPage.objects.get(pk=page.pk)
    assert page.title == "Editor's title"
    assert page.updates.first().note == "Fees capped."


@pytest.mark.django_db
def test_editor_submission_without_a_note_is_refused(client, make_policy):
    page = make_policy()
    client.force_login(user_in("Editors"))
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        policy_form_data(page, action="action-submit", change_note_en=""),
    )
    assert "Write a change note" in response.content.decode()
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()


@pytest.mark.django_db
def test_scheduled_publishing(make_policy):
    page = make_policy("Before", note="First published.")
    page = PolicyPage.objects.get(pk=page.pk)
    page.title = "After"
    page.change_note = "Takes effect on 1 January."
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()
    page = PolicyPage.objects.get(pk=page.pk)
    assert page.title == "Before" and page.updates.count() == 1
    call_command("publish_scheduled", verbosity=0)
    assert PolicyPage.objects.get(pk=page.pk).title == "Before"  # not yet due
    # An hour passes: move both the approved time and the page's own go-live time into the past.
    revision.refresh_from_db()
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled", verbosity=0)
    page = PolicyPage.objects.get(pk=page.pk)
    assert page.title == "After" and page.live
    assert page.updates.first().note == "Takes effect on 1 January."
    assert Page.objects.get(pk=page.pk).live


@pytest.mark.django_db
def test_translators_translate_objectives_and_notes_in_the_admin(client, make_policy):
    from policies.models import GCMObjective

    page = make_policy(note="First published.")
    translator = user_in("Translators")
    assert translator.has_perm("policies.change_gcmobjective")
    assert translator.has_perm("policies.change_policyupdate")
    assert not user_in("Editors", "editor2").has_perm("policies.change_policyupdate")
    client.force_login(translator)
    objective = GCMObjective.objects.get(number=6)
    edit_url = reverse("wagtailsnippets_policies_gcmobjective:edit", args=[objective.pk])
    assert client.get(edit_url).status_code == 200
    update = page.updates.get()
    assert (
        client.get(reverse("wagtailsnippets_policies_policyupdate:edit", args=[update.pk])).status_code == 200
    )


@pytest.mark.django_db
def test_groups_have_exactly_the_documented_document_and_image_permissions(django_user_model):
    from django.contrib.auth.models import Permission
    from django.core.files.base import ContentFile

    from wagtail.documents.models import Document
    from wagtail.documents.permissions import permission_policy as documents
    from wagtail.images.permissions import permission_policy as images
    from wagtail.models import Collection, GroupCollectionPermission

    from editorial.workflow import COLLECTION_PERMISSIONS, MODEL_PERMISSIONS

    # What Wagtail's own migrations and an earlier setup may have left: more than the documented set.
    editors = Group.objects.get(name="Editors")
    editors.permissions.add(*Permission.objects.filter(codename__in=["change_document", "delete_image"]))
    root = Collection.get_first_root_node()
    for codename in ("change_document", "delete_document", "change_image"):
        GroupCollectionPermission.objects.get_or_create(
            group=editors, collection=root, permission=Permission.objects.get(codename=codename)
        )
    setup_editorial_workflow()

    for name in ("Editors", "Moderators", "Translators"):
        group = Group.objects.get(name=name)
        assert {p.codename for p in group.permissions.all()} == {spec[2] for spec in MODEL_PERMISSIONS[name]}
        kept = GroupCollectionPermission.objects.filter(group=group)
        assert {(p.collection_id, p.permission.codename) for p in kept} == {
            (root.pk, codename) for _app, codename in COLLECTION_PERMISSIONS[name]
        }

    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "x" * 16)
    editor, moderator, translator = user_in("Editors"), user_in("Moderators"), user_in("Translators")
    official = Document.objects.create(title="Official PDF", uploaded_by_user=admin)
    official.file.save("official.pdf", ContentFile(b"%PDF-1.4"))
    own = Document.objects.create(title="Draft notes", uploaded_by_user=editor)
    own.file.save("notes.txt", ContentFile(b"notes"))
    # An editor may upload and may change their own upload, never replace or delete anyone else's file.
    assert documents.user_has_permission(editor, "add")
    assert not documents.user_has_permission_for_instance(editor, "change", official)
    assert not documents.user_has_permission_for_instance(editor, "delete", official)
    assert documents.user_has_permission_for_instance(editor, "change", own)
    # Moderators may; translators only choose existing files.
    assert documents.user_has_permission_for_instance(moderator, "change", official)
    assert images.user_has_permission(moderator, "delete")
    assert not documents.user_has_permission(translator, "add")
    assert documents.user_has_permission(translator, "choose")
