"""The home page lists change notes in the visitor's language only; untranslated ones stay on the policy page."""

import pytest

from policies.models import PolicyUpdate


@pytest.mark.django_db
def test_home_page_leaves_out_notes_not_written_in_the_visitors_language(client, home, make_policy):
    translated = make_policy("Overseas workers law", note="Entered into force.")
    make_policy("Recruitment decree", note="The source link now opens the decree itself.")
    PolicyUpdate.objects.filter(page=translated).update(note_vi="Có hiệu lực.")

    english = client.get("/en/").content.decode()
    assert "Entered into force." in english and "The source link now opens the decree itself." in english

    vietnamese = client.get("/vi/").content.decode()
    assert "Có hiệu lực." in vietnamese
    assert "The source link now opens" not in vietnamese and "Recruitment decree" not in vietnamese
    assert "Entered into force." not in vietnamese

    # The untranslated note is still on its policy's own page, in English.
    assert (
        "The source link now opens the decree itself."
        in client.get("/vi/policies/policy-2/").content.decode()
    )
