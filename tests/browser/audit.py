"""`make audit`: page weights and Lighthouse scores (mobile preset) per page type, on a production-like portal.

Starts the same server as the browser tests (tests/browser/server.py), measures every page type's weight
with Playwright on Debian's Chromium, then runs Lighthouse (npm package, installed by `make audit` under
.venv/node) on the home page, a country guide, the directory and the landscape map, and prints both tables.
Targets: performance >= 95, accessibility 100, best practices >= 95, SEO >= 95; exit status 1 if one is missed."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.browser.conftest import CHROMIUM_ARGS, chromium_path  # noqa: E402
from tests.browser.page_types import page_type_urls  # noqa: E402
from tests.browser.server import PortalServer  # noqa: E402
from tests.browser.weight import measure  # noqa: E402

LIGHTHOUSE = Path(
    os.environ.get("LIGHTHOUSE") or REPO / ".venv" / "node" / "node_modules" / ".bin" / "lighthouse"
)
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 95, "seo": 95}
LIGHTHOUSE_TYPES = ("home", "countries.CountryGuidePage", "directory", "countries.LandscapeMapPage")


def lighthouse(url, chromium, report=False):
    """(scores, transferred bytes), and the whole JSON report too if `report`."""
    env = dict(os.environ, CHROME_PATH=chromium)
    flags = " ".join(arg for arg in CHROMIUM_ARGS if arg != "--headless") + " --headless=new"
    result = subprocess.run(
        [
            str(LIGHTHOUSE), url, "--quiet", "--output=json", "--output-path=stdout",
            "--only-categories=" + ",".join(TARGETS), "--form-factor=mobile",
            f"--chrome-flags={flags}",
        ],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    data = json.loads(result.stdout)
    if os.environ.get("LIGHTHOUSE_JSON_DIR"):  # keep the report, to read which audits failed
        folder = Path(os.environ["LIGHTHOUSE_JSON_DIR"])
        folder.mkdir(parents=True, exist_ok=True)
        name = "".join(c if c.isalnum() else "_" for c in url.split("//", 1)[-1])[:150]
        (folder / f"{name}.json").write_text(result.stdout)
    scores = {key: round((data["categories"][key]["score"] or 0) * 100) for key in TARGETS}
    weight = data["audits"]["total-byte-weight"]["numericValue"]
    return (scores, weight, data) if report else (scores, weight)


def directory_url(server, urls):
    for label, url in urls:
        if "directory" in label.lower() or label.startswith("services.") or "services" in label:
            return url
    return None


def main():
    chromium = chromium_path()
    if not chromium:
        sys.exit("Chromium is needed: apt-get install chromium")
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is needed: make audit installs it (npm install --prefix .venv/node lighthouse)")
    from playwright.sync_api import sync_playwright

    server = PortalServer()
    print("--- preparing the portal (migrate, demo content, collectstatic)", flush=True)
    server.prepare()
    server.start()
    failed = False
    try:
        urls = page_type_urls(server, "en")
        print(f"\n{'page type':42} {'first visit':>12} {'repeat':>10} {'requests':>9}")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
            for label, url in urls:
                weight = measure(browser, url)
                print(
                    f"{label:42} {weight['first'] / 1024:9.1f} KB {weight['repeat'] / 1024:7.1f} KB "
                    f"{len(weight['requests']):9}",
                    flush=True,
                )
            browser.close()

        chosen = {"home": server("/en/")}
        guides = server.pages_of("countries.CountryGuidePage")
        if guides:
            chosen["countries.CountryGuidePage"] = server(guides[0])
        landscape = server.pages_of("countries.LandscapeMapPage")
        if landscape:
            chosen["countries.LandscapeMapPage"] = server(landscape[0])
        directory = directory_url(server, urls)
        if directory:
            chosen["directory"] = directory
        print(f"\n{'Lighthouse (mobile)':42} {'perf':>5} {'a11y':>5} {'BP':>5} {'SEO':>5} {'weight':>10}")
        for label in LIGHTHOUSE_TYPES:
            if label not in chosen:
                print(f"{label:42} (no such page in the demo content)")
                continue
            scores, weight = lighthouse(chosen[label], chromium)
            print(
                f"{label:42} {scores['performance']:5} {scores['accessibility']:5} "
                f"{scores['best-practices']:5} {scores['seo']:5} {weight / 1024:7.1f} KB",
                flush=True,
            )
            failed |= any(scores[key] < target for key, target in TARGETS.items())
    finally:
        server.stop()
    print("\ntargets: performance >= 95, accessibility 100, best practices >= 95, SEO >= 95")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
