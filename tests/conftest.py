"""Fixtures shared by every test: the demo site, loaded once per test that asks for it."""

import pytest

from django.core.management import call_command


@pytest.fixture
def demo_site(db):
    """The full demo content, as `make run` loads it."""
    call_command("load_demo", verbosity=0)
    from portal.models import HomePage

    return HomePage.objects.get()
