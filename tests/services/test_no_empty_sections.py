"""No service page or card prints a heading or a list with nothing under it."""

import re

import pytest

from services.demo.generate import hsds_service, uid
from services.importers import import_services
from services.models import Service

# A heading directly followed by another heading or by the end of its container: a section with no content.
EMPTY_SECTION = re.compile(r"<h([1-6])[^>]*>.*?</h\1>\s*(?=<h[1-6][\s>]|</article>|</section>|</li>)", re.S)
# Live regions (role="status", aria-live) start empty on purpose: a script fills them.
EMPTY_ELEMENT = re.compile(r"<(ul|ol|p|dl)(\s(?![^>]*(?:role=\"status\"|aria-live))[^>]*)?>\s*</\1>")


def empty_parts(html):
    main = html[html.index("<main") : html.index("</main>")]
    return [m.group(0) for m in EMPTY_SECTION.finditer(main)] + [
        m.group(0) for m in EMPTY_ELEMENT.finditer(main)
    ]


@pytest.mark.django_db
def test_a_service_without_phone_website_or_email_has_no_contact_heading(client, demo_site):
    import_services([hsds_service("no-contact", phone=None)])
    html = client.get(f"/en/services/{uid('service', 'no-contact')}/").content.decode()
    assert "Legal aid for migrant workers" in html
    assert "<h2>Contact</h2>" not in html
    assert empty_parts(html) == []


@pytest.mark.django_db
def test_no_demo_service_page_or_card_shows_an_empty_section(client, demo_site):
    problems = {}
    for hsds_id in Service.objects.values_list("hsds_id", flat=True):
        for language in ("en", "vi"):
            found = empty_parts(client.get(f"/{language}/services/{hsds_id}/").content.decode())
            if found:
                problems[f"{language}/{hsds_id}"] = found
    for page in range(1, 6):
        response = client.get("/en/services/", {"page": page})
        found = empty_parts(response.content.decode())
        if found:
            problems[f"directory page {page}"] = found
    assert problems == {}
