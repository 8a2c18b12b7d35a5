"""The demo is loaded once per session: a test that changes it leaves nothing behind for the next one.

The two tests run in this order on the same worker (tests/conftest.py keeps them together under pytest-xdist);
the first publishes, deletes and adds, the second finds the demo as `load_demo` left it.
"""

import pytest

from wagtail.models import Page

from countries.models import CountryGuidePage
from home.models import StandardPage
from services.models import Service

pytestmark = pytest.mark.django_db

ORIGINAL = {}


def test_a_test_changes_the_demo(demo_site, client):
    guide = CountryGuidePage.objects.get(iso_code="VN")
    ORIGINAL.update(
        title=guide.title,
        revision=guide.live_revision_id,
        pages=Page.objects.count(),
        services=Service.objects.count(),
    )
    guide.title = "Changed by a test"
    guide.save_revision().publish()
    Service.objects.filter(pk=Service.objects.values("pk")[:1]).delete()
    demo_site.add_child(instance=StandardPage(title="Left behind?", slug="left-behind"))

    assert "Changed by a test" in client.get(guide.url).content.decode()
    assert Service.objects.count() == ORIGINAL["services"] - 1
    assert Page.objects.count() == ORIGINAL["pages"] + 1


def test_the_next_test_finds_the_demo_unchanged(demo_site, client):
    if not ORIGINAL:
        pytest.skip("proves something only after the test before it, in the same run")
    guide = CountryGuidePage.objects.get(iso_code="VN")
    assert guide.title == ORIGINAL["title"] != "Changed by a test"
    assert guide.live_revision_id == ORIGINAL["revision"]
    assert Page.objects.count() == ORIGINAL["pages"]
    assert Service.objects.count() == ORIGINAL["services"]
    assert "Changed by a test" not in client.get(guide.url).content.decode()
