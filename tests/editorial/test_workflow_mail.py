"""Issue 22, item 8: moderators are told by e-mail when an editor submits a page for moderation."""

import pytest

from django.core import mail
from django.urls import reverse

from tests.policies.admin_utils import policy_form_data, user_in


@pytest.mark.django_db
def test_moderators_get_an_email_on_submission(client, make_policy, settings):
    page = make_policy("Labour migration law", note="First published.")
    editor, moderator = user_in("Editors"), user_in("Moderators")
    mail.outbox.clear()
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        policy_form_data(page, action="action-submit", change_note_en="Fees capped."),
    )
    assert response.status_code == 302
    to_moderator = [message for message in mail.outbox if moderator.email in message.to]
    assert len(to_moderator) == 1, [message.to for message in mail.outbox]
    message = to_moderator[0]
    assert "Labour migration law" in message.subject
    assert message.from_email == settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL
    assert not [message for message in mail.outbox if editor.email in message.to]  # not told of their own
