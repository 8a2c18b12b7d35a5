"""`make bench-lighthouse`: Lighthouse (mobile preset, default throttling) on every page type, on a production-like
portal (gunicorn, DEBUG off, hashed static files; tests/browser/server.py) and Debian's Chromium.

Every page type in English, and the home page, a country guide, the directory and the landscape map also in
Vietnamese, Burmese and Urdu (LANGUAGES=en,vi,my,ur to run every type in each;
ONLY=LandscapeMap,directory keeps the page types whose label contains one of the words). Prints each page's four scores,
its weight and the machine's load average, since the machine is shared and Lighthouse's CPU throttling is
relative to it. A trivial static page (a heading and a paragraph, no script) is measured before each language
and at the end as the reference: what it loses is the machine's load, not a page's fault.
Targets: performance >= 95 and each other category >= 95; exit status 1 if one is missed. Search results
(a search page with a query string) ask search engines not to index them and fail Lighthouse's "is-crawlable"
on purpose (docs/lighthouse.md says why): their SEO score is printed, and the score without that audit is the one
counted. The bare search page and the offline page are indexable and counted whole. Routes that do not answer HTML (feeds,
robots.txt, sitemap.xml) are skipped, and a run that fails (Chromium under load loses the trace) is tried once
more. Not part of `make test`. LIGHTHOUSE names the binary (default: the one `make bench-lighthouse` installs);
LIGHTHOUSE_JSON_DIR keeps each report."""

import os
import sys
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.browser.audit import lighthouse  # noqa: E402
from tests.browser.conftest import chromium_path  # noqa: E402
from tests.browser.page_types import page_type_urls  # noqa: E402
from tests.browser.server import PortalServer  # noqa: E402

TARGET = 95
KEY_TYPES = ("home", "countries.CountryGuidePage", "countries.LandscapeMapPage", "view:directory")
REFERENCE = (
    b'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
    b'<meta name="viewport" content="width=device-width, initial-scale=1"><title>Reference page</title>'
    b'<meta name="description" content="A trivial static page, the reference for the load on the machine.">'
    b"</head><body><main><h1>Reference page</h1><p>A heading and a paragraph, nothing else.</p></main>"
    b"</body></html>"
)


class ReferenceHandler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the name http.server calls)
        found = self.path == "/"
        body = REFERENCE if found else b"User-agent: *\nAllow: /\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8" if found else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def is_html(url):
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return "text/html" in response.headers.get("Content-Type", "")
    except OSError:
        return True  # let Lighthouse report the error


def seo_apart_from_noindex(report):
    """The SEO score without the "is-crawlable" audit, or None if the page does not ask not to be indexed."""
    if report["audits"].get("is-crawlable", {}).get("score") != 0:
        return None
    total = weights = 0
    for ref in report["categories"]["seo"]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref["id"] == "is-crawlable" or not ref["weight"] or audit["score"] is None:
            continue
        total, weights = total + ref["weight"] * audit["score"], weights + ref["weight"]
    return round(100 * total / weights)


def run(label, lang, url, chromium, failed):
    for attempt in (1, 2):
        try:
            scores, weight, report = lighthouse(url, chromium, report=True)
            break
        except RuntimeError as error:
            if attempt == 2:
                print(f"{label:44} {lang:4} failed: {str(error)[:200]}", flush=True)
                failed.append((label, lang))
                return
    tbt = report["audits"]["total-blocking-time"]["numericValue"]  # where load on the machine shows first
    seo, counted = f"{scores['seo']:5}", dict(scores)
    apart = seo_apart_from_noindex(report)
    if apart is not None:
        seo, counted["seo"] = f"{scores['seo']:5} (noindex; {apart} without it)", apart
    print(
        f"{label:44} {lang:4} {scores['performance']:5} {scores['accessibility']:5} "
        f"{scores['best-practices']:5} {seo} {weight / 1024:7.1f} KB  TBT {tbt:4.0f} ms  load {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    if min(counted.values()) < TARGET:
        failed.append((label, lang))


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
    reference = ThreadingHTTPServer(("127.0.0.1", 0), ReferenceHandler)
    threading.Thread(target=reference.serve_forever, daemon=True).start()
    reference_url = f"http://127.0.0.1:{reference.server_address[1]}/"
    failed = []
    try:
        print(f"load average at start: {os.getloadavg()}")
        print(f"{'page type':44} {'lang':4} {'perf':>5} {'a11y':>5} {'BP':>5} {'SEO':>5} {'weight':>10}")
        for lang in languages or ["en", "vi", "my", "ur"]:
            run("reference (static page)", "-", reference_url, chromium, [])
            for label, url in page_type_urls(server, lang):
                if lang != "en" and not languages and not any(key in label for key in KEY_TYPES):
                    continue
                if only and not any(part in label for part in only):
                    continue
                if label.startswith("view:") and "embed" in label:
                    continue  # embeds are framed by other sites: measured through the directory
                if not is_html(url):
                    continue
                run(label, lang, url, chromium, failed)
        run("reference (static page)", "-", reference_url, chromium, [])
        print(f"load average at end: {os.getloadavg()}")
    finally:
        reference.shutdown()
        server.stop()
    print(f"target: every category >= {TARGET}; missed: {failed or 'none'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
