"""Browser test fixtures: Playwright (from PyPI) driving Debian's Chromium against a production-like portal.

Fixtures:
- `portal_server` (once for tests/browser): the portal with the demo content, served by gunicorn with the production
  settings (tests/browser/server.py). `portal_server("/en/countries/")` gives an absolute URL,
  `portal_server("/en/x/", lang="ur")` swaps the language prefix, `portal_server.pages_of("countries.CountryGuidePage")`
  lists the live pages of a model, `portal_server.route("<url name>")` the path of a parameterless view.
- `browser` (once for tests/browser): a headless Chromium.
- `context` / `page` (per test): a fresh profile and tab, mobile-sized; `page.console_errors` collects
  console errors and uncaught exceptions (a Content-Security-Policy violation is one).
- `artifacts_dir` (session): where screenshots go (BROWSER_ARTIFACTS_DIR, default a temporary directory).

Without Chromium the tests are skipped with a message saying how to install it, unless
BROWSER_TESTS_REQUIRED=1 (CI sets it), which turns the skip into a failure.
"""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from .server import PortalServer

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
INSTALL_HINT = (
    "browser tests need Debian's Chromium and Playwright: `apt-get install chromium` and "
    "`.venv/bin/pip install -e '.[dev]'` (never `playwright install`); set CHROMIUM_PATH if it is not /usr/bin/chromium"
)
MOBILE_VIEWPORT = {"width": 412, "height": 823}


def chromium_path():
    """The Chromium executable, or None."""
    candidate = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
    if Path(candidate).is_file() and os.access(candidate, os.X_OK):
        return candidate
    return shutil.which("chromium")


def _unavailable(reason):
    message = f"{reason}: {INSTALL_HINT}"
    if os.environ.get("BROWSER_TESTS_REQUIRED") == "1":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def chromium_executable():
    path = chromium_path()
    if not path:
        _unavailable("Chromium is not installed")
    try:
        import playwright  # noqa: F401
    except ImportError:
        _unavailable("Playwright is not installed")
    return path


@pytest.fixture(scope="session")
def artifacts_dir():
    path = Path(
        os.environ.get("BROWSER_ARTIFACTS_DIR") or tempfile.mkdtemp(prefix="portal-browser-artifacts-")
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="package")
def portal_server(chromium_executable):
    server = PortalServer()
    server.prepare()
    server.start()
    yield server
    server.stop()
    shutil.rmtree(server.workdir, ignore_errors=True)


@pytest.fixture(scope="package")
def playwright_instance(chromium_executable):
    # Playwright's sync API runs an event loop in this thread, and Django refuses ORM calls while one runs
    # ("async unsafe"): allowed while the browser is open (a browser test may use the ORM fixtures too), and
    # the browser is closed when the browser tests end so that the other tests run as usual.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as instance:
        yield instance
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="package")
def browser(playwright_instance, chromium_executable):
    browser = playwright_instance.chromium.launch(
        executable_path=chromium_executable, headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport=MOBILE_VIEWPORT, is_mobile=True, has_touch=True)
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))
    yield page
    page.close()
