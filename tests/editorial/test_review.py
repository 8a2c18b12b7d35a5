"""Review: the compare view lists only real changes; approving and requesting changes ask for confirmation."""

import json

import pytest

from django.urls import reverse

from wagtail.models import WorkflowState

from editorial.models import ModeratorApprovalTask
from policies.models import PolicyPage
from tests.policies.admin_utils import policy_form_data, user_in


def _submit(client, page, **fields):
    client.force_login(user_in("Editors"))
    data = policy_form_data(page, action="action-submit", change_note_en="Fees capped.", **fields)
    assert client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data).status_code == 302
    return WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)


@pytest.mark.django_db
def test_compare_lists_only_the_fields_that_changed(admin_client, make_policy):
    page = make_policy("Before", note="First published.")
    page.topics.add("fees", "abuse")
    first = page.save_revision()
    first.publish()
    data = policy_form_data(page, title_en="After", change_note_en="Renamed.", topics="fees, abuse")
    assert admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data).status_code == 302
    page = PolicyPage.objects.get(pk=page.pk)
    url = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, first.pk, page.latest_revision_id])
    response = admin_client.get(url)
    labels = [str(comparison.field_label()) for comparison in response.context["comparison"]]
    # Not the 17 empty summaries, meta descriptions and other change notes, nor the tags read back reordered.
    assert labels == ["Title [en]", "Change note [en]"]


@pytest.mark.django_db
def test_the_moderation_task_asks_before_approving_or_rejecting(client, make_policy):
    page = make_policy("Original", note="First published.")
    state = _submit(client, page, title_en="Edited")
    task = state.current_task_state.task.specific
    assert isinstance(task, ModeratorApprovalTask)
    moderator = user_in("Moderators")
    actions = task.get_actions(page, moderator)
    assert {name for name, _label, _modal in actions} == {"approve", "reject"}
    assert all(modal for _name, _label, modal in actions)  # each opens a confirmation first
    client.force_login(moderator)
    for action, sentence in (("approve", "It is published now"), ("reject", "Send “Edited” back")):
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=[page.pk, action, state.current_task_state.pk]
        )
        modal = client.get(url, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
        assert modal.status_code == 200
        html = json.loads(modal.content)["html"]
        assert sentence in html and f'data-editorial-confirm="{action}"' in html
    assert PolicyPage.objects.get(pk=page.pk).title == "Original"  # asking did nothing yet


@pytest.mark.django_db
def test_approving_from_the_editor_keeps_the_moderators_edits(client, make_policy):
    """The confirmation's answer travels with the page's form: the moderator's own edit is published too."""
    page = make_policy("Original", note="First published.")
    state = _submit(client, page, title_en="Edited")
    client.force_login(user_in("Moderators"))
    collect = reverse(
        "wagtailadmin_pages:collect_workflow_action_data",
        args=[page.pk, "approve", state.current_task_state.pk],
    )
    answer = client.post(collect, {"comment": "Checked."}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert json.loads(answer.content)["step"] == "success"
    data = policy_form_data(
        PolicyPage.objects.get(pk=page.pk), action="action-workflow-action", title_en="Edited again"
    )
    data.update(
        {
            "change_note_en": "Fees capped.",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps(json.loads(answer.content)["cleaned_data"]),
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302
    page = PolicyPage.objects.get(pk=page.pk)
    assert page.title == "Edited again" and page.live and not page.workflow_in_progress


@pytest.mark.django_db
def test_an_older_plain_group_task_is_replaced_without_cancelling_its_reviews(home):
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

    from editorial.workflow import WORKFLOW_NAME, setup_editorial_workflow

    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    WorkflowTask.objects.filter(workflow=workflow).delete()
    old = GroupApprovalTask.objects.create(
        name=WORKFLOW_NAME, content_type=ContentType.objects.get_for_model(GroupApprovalTask)
    )
    WorkflowTask.objects.create(workflow=workflow, task=old, sort_order=0)
    setup_editorial_workflow()
    assert [type(task) for task in workflow.tasks.specific()] == [ModeratorApprovalTask]
    old.refresh_from_db()
    assert not old.active


def test_a_body_saved_again_unchanged_is_no_change_and_an_edit_is():
    from wagtail.admin.compare import comparison_class_registry

    def policy(html):
        return PolicyPage(body=[{"type": "paragraph", "value": html, "id": "4a3b1c2d"}])

    field = PolicyPage._meta.get_field("body")
    comparison_class = comparison_class_registry.get(field)
    loaded = policy("<p>Fees are capped.</p>")
    resaved = policy('<p data-block-key="x1y2z">Fees are capped.</p>')  # as Draftail stores it
    edited = policy('<p data-block-key="x1y2z">Fees are capped at one month.</p>')
    assert not comparison_class(field, loaded, resaved).has_changed()
    assert comparison_class(field, loaded, edited).has_changed()
