"""Fixtures shared by every test: the demo site, and a clean language for each test."""

import pytest

from django.core.management import call_command
from django.utils import translation


@pytest.fixture(autouse=True)
def default_language():
    """Start every test in English: a request to /vi/... leaves Vietnamese active in the thread, and
    modeltranslation would then write `page.title` into `title_vi` in the next test."""
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def home(db):
    """A bare home page as the default site's root, for tests that build their own small tree."""
    from wagtail.models import Page, Site

    from portal.models import HomePage

    home = HomePage(title="Home", slug="test-home")
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Test")
    return home


@pytest.fixture
def demo_site(db):
    """The full demo content, as `make run` loads it."""
    call_command("load_demo", verbosity=0)
    from portal.models import HomePage

    return HomePage.objects.get()
