"""axe-core (WCAG 2.1 A and AA rules, and the landmark best practices) finds no violation on any page type, in
English, Vietnamese, Thai, Burmese and Urdu."""

from pathlib import Path

import pytest

from .page_types import page_type_urls

AXE = (Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js").read_text()
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Best-practice rules kept at zero too: every landmark unique by role and name, all content in a landmark,
# one main landmark, heading levels that do not skip one (Lighthouse's accessibility score counts it).
BEST_PRACTICE_RULES = ["landmark-unique", "region", "landmark-one-main", "heading-order"]
RUN_AXE = """async ({ tags, rules }) => {
  const wcag = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
  const best = await axe.run(document, { runOnly: { type: "rule", values: rules }, resultTypes: ["violations"] });
  return wcag.violations.concat(best.violations).map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ") + " :: " + (n.failureSummary || "").replace(/\\n/g, " ")),
  }));
}"""


def axe_violations(page):
    page.evaluate(AXE)
    return page.evaluate(RUN_AXE, {"tags": WCAG_TAGS, "rules": BEST_PRACTICE_RULES})


def _html(response):
    return response is not None and response.ok and "text/html" in response.headers.get("content-type", "")


@pytest.mark.parametrize("lang", ["en", "vi", "th", "my", "ur"])
def test_no_axe_violation_on_any_page_type(page, portal_server, lang):
    report, checked = [], []
    for label, url in page_type_urls(portal_server, lang):
        response = page.goto(url, wait_until="load")
        if not _html(response):
            continue
        checked.append(label)
        for violation in axe_violations(page):
            report.append(f"{label} {url}\n  [{violation['impact']}] {violation['id']}: {violation['help']}")
            report.extend(f"    {node}" for node in violation["nodes"])
    assert "home" in checked and len(checked) > 2, f"too few page types checked: {checked}"
    assert not report, f"axe violations ({lang}), page types checked: {checked}\n" + "\n".join(report)


def test_axe_finds_a_planted_violation(page, portal_server):
    """The check itself works: an image without alternative text is reported."""
    page.goto(portal_server("/en/"))
    page.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/x.png\">')")
    assert "image-alt" in {violation["id"] for violation in axe_violations(page)}


def test_axe_finds_a_planted_landmark_problem(page, portal_server):
    """The best-practice rules run: a second unnamed search landmark and text outside any landmark are reported."""
    page.goto(portal_server("/en/"))
    page.evaluate(
        "document.body.insertAdjacentHTML('beforeend', '<p>Loose text</p><form role=\"search\"></form>"
        '<form role="search"></form>\')'
    )
    found = {violation["id"] for violation in axe_violations(page)}
    assert {"region", "landmark-unique"} <= found


def test_axe_finds_a_planted_skipped_heading_level(page, portal_server):
    page.goto(portal_server("/en/"))
    page.evaluate("document.querySelector('main').insertAdjacentHTML('afterbegin', '<h1>A</h1><h4>B</h4>')")
    assert "heading-order" in {violation["id"] for violation in axe_violations(page)}
