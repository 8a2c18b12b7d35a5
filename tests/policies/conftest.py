"""A small page tree for policy tests (home, policy index) and a factory for policies."""

import datetime

import pytest

from django.utils import translation

from wagtail.models import Page, Site

from policies.models import GCMObjective, PolicyCountry, PolicyIndexPage, PolicyPage
from portal.models import HomePage


@pytest.fixture(autouse=True)
def english():
    """Requests to /vi/... leave Vietnamese active in the thread; each test starts in English."""
    with translation.override("en"):
        yield


@pytest.fixture
def home(db):
    root = Page.get_first_root_node()
    home = HomePage(title="Home", slug="test-home")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Test")
    return home


@pytest.fixture
def policy_index(home):
    index = PolicyIndexPage(title="Laws and policies", slug="policies")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


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
