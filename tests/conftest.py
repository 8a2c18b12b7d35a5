"""Fixtures shared by every test: the demo site (loaded once per session), a small tree, and a clean language.

The demo content takes about 20 s to load, so it is loaded once per test session and database (once per
pytest-xdist worker, each of which has its own database), committed, and every test that asks for it runs in a
transaction that rolls back to it. Tests that ask for the demo are run after all the others
(`pytest_collection_modifyitems` below), so a test that builds its own small tree never finds the demo in its
database; `_no_demo_underneath` fails loudly if that order is ever broken.
"""

import pytest

from django.core.management import call_command
from django.db import transaction
from django.utils import translation

DEMO_FIXTURES = {"demo_site", "demo_reloaded"}
# What a test asks for when it reads or writes the test database (directly or through another fixture).
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback"}
_demo_state = {"loaded": False}


def pytest_addoption(parser):
    parser.addoption(
        "--database-tests-only",
        action="store_true",
        help="run only the tests that use the test database (CI's second pass, on PostgreSQL: a test that never "
        "touches the database would only run again unchanged)",
    )


def _uses_database(item):
    from django.test import TransactionTestCase  # Django's TestCase too: test classes that use the database

    test_class = getattr(item, "cls", None)
    return (
        bool(DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())))
        or bool(item.get_closest_marker("django_db"))
        or (test_class is not None and issubclass(test_class, TransactionTestCase))
    )


def _asks_for_demo(item):
    return bool(DEMO_FIXTURES & set(getattr(item, "fixturenames", ())))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Move the tests that need the demo to the end, keeping pytest-django's order within each group; with
    --database-tests-only, leave out the tests that never use the database."""
    if config.getoption("database_tests_only"):
        kept = [item for item in items if _uses_database(item)]
        config.hook.pytest_deselected(items=[item for item in items if not _uses_database(item)])
        items[:] = kept
    items.sort(key=_asks_for_demo)


# Tests that must run on the same pytest-xdist worker, in order: the browser tests share one prepared portal,
# and the isolation tests check that one test's change is gone in the next.
XDIST_GROUPS = ("tests/browser/", "tests/test_demo_isolation.py")


class _Scheduling:
    """Registered only where pytest-xdist is (`-p no:xdist` leaves its hooks undefined)."""

    @staticmethod
    def pytest_xdist_make_scheduler(config, log):
        """pytest-xdist's load scheduling, with the groups above kept whole.

        xdist's own `--dist loadgroup` marks groups by rewriting `item._nodeid`, which pytest 9 no longer reads,
        so the groups are told apart by path here. Work units are still handed out in collection order, so each
        worker runs the demo tests after the others."""
        if config.getvalue("dist") != "load":
            return None  # another mode asked for by name
        from xdist.scheduler import LoadScopeScheduling

        config.option.loadscopereorder = False  # biggest groups first would break the order

        class PortalScheduling(LoadScopeScheduling):
            def _split_scope(self, nodeid):
                return next((group for group in XDIST_GROUPS if nodeid.startswith(group)), nodeid)

        return PortalScheduling(config, log)


def pytest_configure(config):
    if config.pluginmanager.hasplugin("xdist"):
        config.pluginmanager.register(_Scheduling(), "portal-xdist-scheduling")


@pytest.fixture(autouse=True)
def default_language():
    """Start every test in English: a request to /vi/... leaves Vietnamese active in the thread, and
    modeltranslation would then write `page.title` into `title_vi` in the next test."""
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _no_demo_underneath(request):
    """A test that builds its own tree must not run on top of the committed demo (see the module docstring)."""
    uses_db = "db" in request.fixturenames or request.node.get_closest_marker("django_db")
    if _demo_state["loaded"] and uses_db and not _asks_for_demo(request.node):
        pytest.fail(
            "This test does not ask for the demo but runs after it was loaded into the database: "
            "tests/conftest.py orders the demo tests last; keep that order (no test-order plugins).",
            pytrace=False,
        )


@pytest.fixture
def home(db):
    """A bare home page as the default site's root, for tests that build their own small tree."""
    from wagtail.models import Site

    from tests.factories import HomePageFactory

    home = HomePageFactory(title="Home", slug="test-home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Test")
    return home


@pytest.fixture
def service_directory(home):
    """The service directory page at /<lang>/services/: the service pages are routed by it."""
    from tests.factories import ServiceDirectoryPageFactory

    return ServiceDirectoryPageFactory(parent=home, slug="services")


@pytest.fixture
def content_cache_on(settings):
    """The content cache (core.content_cache) switched on, as in production, and empty."""
    from django.core.cache import cache

    settings.CONTENT_CACHE = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _fresh_directory_path():
    """The directory page's cached path (services.routing) outlives a test's rolled-back tree: forget it."""
    from services.routing import forget_directory_path

    forget_directory_path()


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker):
    """Load the demo content, as `make run` does, once for the session; returns the home page's id."""
    from home.models import HomePage

    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)
        _demo_state["loaded"] = True
        return HomePage.objects.get().pk


@pytest.fixture
def demo_site(demo_database, db):
    """The full demo content (its home page); whatever the test changes is rolled back after it."""
    from home.models import HomePage

    return HomePage.objects.get(pk=demo_database)


@pytest.fixture(scope="session")
def demo_reloaded(demo_database, django_db_blocker):
    """`load_demo` run a second time over the loaded demo, once for the session, then rolled back.

    Returns the number of rows of every model before and after, so each app's test can check that
    loading again adds nothing of its own without paying for a load each.
    """
    from django.apps import apps

    def counts():
        return {model._meta.label: model._default_manager.count() for model in apps.get_models()}

    with django_db_blocker.unblock(), transaction.atomic():
        before = counts()
        call_command("load_demo", verbosity=0)
        after = counts()
        transaction.set_rollback(True)
    return before, after
