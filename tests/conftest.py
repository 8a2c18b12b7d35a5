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
def demo_site(db):
    """The full demo content, as `make run` loads it."""
    call_command("load_demo", verbosity=0)
    from portal.models import HomePage

    return HomePage.objects.get()
