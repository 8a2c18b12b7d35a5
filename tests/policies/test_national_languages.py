"""Every demo policy's title and summary read in the national language of each of its countries, as a draft."""

import pytest

from modeltranslation.utils import build_localized_fieldname

from core.languages import NATIONAL_LANGUAGE
from policies.demo.national import NATIONAL, SOURCES
from policies.demo.policies import POLICIES
from policies.models import PolicyPage


def national_languages(page):
    return sorted({NATIONAL_LANGUAGE[c.iso_code] for c in page.countries.all()})


def test_national_texts_add_languages_and_never_replace_one():
    slugs = {spec["slug"] for spec in POLICIES}
    assert set(NATIONAL) <= slugs
    for spec in POLICIES:
        for code, fields in NATIONAL.get(spec["slug"], {}).items():
            for field in fields:
                assert code not in spec.get(field, {}), (spec["slug"], code, field)
    for (slug, code), url in SOURCES.items():
        assert code in NATIONAL[slug] and "title" in NATIONAL[slug][code], (slug, code)
        assert url.startswith("https://"), url


@pytest.mark.django_db
def test_every_policy_has_its_title_and_summary_in_its_countries_national_languages(client, demo_site):
    missing = []
    for page in PolicyPage.objects.live().prefetch_related("countries"):
        for code in national_languages(page):
            for field in ("title", "summary"):
                if not (getattr(page, build_localized_fieldname(field, code)) or "").strip():
                    missing.append((page.slug, code, field))
    assert missing == []


@pytest.mark.django_db
def test_a_new_national_language_reads_as_a_draft_not_as_english(client, demo_site):
    for slug, code, words in [
        ("malaysia-employment-restriction-act-1968", "ms", "Akta Kerja (Sekatan) 1968"),
        ("nepal-foreign-employment-act-2007", "ne", "वैदेशिक रोजगार ऐन"),
        ("philippines-department-of-migrant-workers-act", "tl", "Batas Republika Blg. 11641"),
        ("asean-consensus-on-the-rights-of-migrant-workers", "lo", "ອາຊຽນ"),
    ]:
        html = client.get(f"/{code}/policies/{slug}/").content.decode()
        assert words in html, (slug, code)
        assert "notice--translation" not in html, (slug, code)
        assert "notice--draft" in html, (slug, code)
