"""A small page tree for policy tests (the shared `home`, a policy index) and a factory for policies."""

import datetime

import pytest

from policies.models import GCMObjective, PolicyCountry, PolicyPage
from tests.factories import PolicyIndexPageFactory


@pytest.fixture
def policy_index(home):
    return PolicyIndexPageFactory(parent=home)


@pytest.fixture
def make_policy(policy_index):
    counter = {"n": 0}

    def make(
        title=None,
        countries=("VN",),
        policy_type="law",
        status="in_force",
        adopted=datetime.date(2020, 11, 13),
        objectives=(),
        note="First published.",
        publish=True,
        **fields,
    ):
        counter["n"] += 1
        page = PolicyPage(
            title=title or f"Policy {counter['n']}",
            slug=f"policy-{counter['n']}",
            policy_type=policy_type,
            status=status,
            date_adopted=adopted,
            change_note=note,
            live=publish,
            **fields,
        )
        page.countries = [PolicyCountry(iso_code=code) for code in countries]
        policy_index.add_child(instance=page)
        page.gcm_objectives.set(GCMObjective.objects.filter(number__in=objectives))
        revision = page.save_revision()
        if publish:
            revision.publish()
            page.refresh_from_db()
        return page

    return make
