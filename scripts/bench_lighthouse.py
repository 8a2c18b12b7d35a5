"""`make bench-lighthouse`: Lighthouse (mobile preset, default throttling) on every page type, on a production-like
portal (gunicorn, DEBUG off, hashed static files; tests/browser/server.py) and Debian's Chromium.

Every page type in English, and the home page, a country guide, the directory and the landscape map also in
Vietnamese, Burmese and Urdu (LANGUAGES=en,vi,my,ur to run every type in each;
ONLY=LandscapeMap,directory keeps the page types whose label contains one of the words). Prints each page's four scores,
its weight and the machine's load average, since the machine is shared and Lighthouse's CPU throttling is
relative to it. Targets: performance >= 95 and each other category >= 95; exit status 1 if one is missed.
Not part of `make test`. LIGHTHOUSE names the binary (default: the one `make bench-lighthouse` installs)."""

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.browser.audit import lighthouse  # noqa: E402
from tests.browser.conftest import chromium_path  # noqa: E402
from tests.browser.page_types import page_type_urls  # noqa: E402
from tests.browser.server import PortalServer  # noqa: E402

TARGET = 95
KEY_TYPES = ("home", "countries.CountryGuidePage", "countries.LandscapeMapPage", "view:directory")


def main():
    chromium = chromium_path()
    if not chromium:
        sys.exit("Chromium is needed: apt-get install chromium")
    languages = os.environ.get("LANGUAGES", "").split(",") if os.environ.get("LANGUAGES") else None
    only = [part for part in os.environ.get("ONLY", "").split(",") if part]
    server = PortalServer()
    print("--- preparing the portal (migrate, demo content, collectstatic)", flush=True)
    server.prepare()
    server.start()
    failed = []
    try:
        print(f"load average at start: {os.getloadavg()}")
        print(f"{'page type':44} {'lang':4} {'perf':>5} {'a11y':>5} {'BP':>5} {'SEO':>5} {'weight':>10}")
        for lang in languages or ["en", "vi", "my", "ur"]:
            for label, url in page_type_urls(server, lang):
                if lang != "en" and not languages and not any(key in label for key in KEY_TYPES):
                    continue
                if only and not any(part in label for part in only):
                    continue
                if label.startswith("view:") and "embed" in label:
                    continue  # embeds are framed by other sites: measured through the directory
                try:
                    scores, weight = lighthouse(url, chromium)
                except RuntimeError as error:
                    print(f"{label:44} {lang:4} failed: {str(error)[:200]}", flush=True)
                    failed.append((label, lang))
                    continue
                print(
                    f"{label:44} {lang:4} {scores['performance']:5} {scores['accessibility']:5} "
                    f"{scores['best-practices']:5} {scores['seo']:5} {weight / 1024:7.1f} KB",
                    flush=True,
                )
                if min(scores.values()) < TARGET:
                    failed.append((label, lang))
        print(f"load average at end: {os.getloadavg()}")
    finally:
        server.stop()
    print(f"target: every category >= {TARGET}; missed: {failed or 'none'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
