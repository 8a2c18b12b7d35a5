"""The demo corridor guides: live in English and in their two countries' languages (as drafts), with every stage,
the emergency numbers of both ends (each with a source and a date), related policies and services, and the UN
figures as the UN table gives them."""

import csv
import re
from pathlib import Path

import pytest

from django.conf import settings

from countries.demo.corridors import CORRIDORS, SOURCES, STAGE_FIELDS
from countries.models import CorridorGuidePage, EmergencyContact

# slug: the languages a corridor is written in besides English (origin's, destination's)
LANGUAGES = {
    "myanmar-to-thailand-labour": ["my", "th"],
    "indonesia-to-malaysia-labour": ["id", "ms"],
    "viet-nam-to-japan-labour": ["vi", "ja"],
    "nepal-to-malaysia-labour": ["ne", "ms"],
    "cambodia-to-thailand-labour": ["km", "th"],
    "viet-nam-to-republic-of-korea-marriage": ["vi", "ko"],
}
NEW = ["myanmar-to-thailand-labour", "indonesia-to-malaysia-labour", "viet-nam-to-japan-labour"]
STAGE_ANCHORS = ['id="before-you-go"', 'id="working-and-living"', 'id="your-rights"', 'id="coming-home"']


def test_every_corridor_is_written_in_english_and_both_its_languages_with_every_stage():
    assert set(LANGUAGES) <= set(CORRIDORS)
    for slug, languages in LANGUAGES.items():
        texts = CORRIDORS[slug][3]
        for language in ["en", *languages]:
            missing = [stage for stage in STAGE_FIELDS if not texts[language].get(stage)]
            assert texts[language]["title"] and texts[language]["summary"], (slug, language)
            assert missing == [], (slug, language, missing)


def test_the_new_corridors_cite_a_public_source_for_their_claims():
    for slug in NEW:
        assert len(SOURCES[slug]) >= 5, slug
        for claim, url in SOURCES[slug]:
            assert claim and re.match(r"https?://\S+$", url), (slug, claim, url)


def test_the_new_corridors_give_the_un_figure_as_the_un_table_gives_it():
    path = (
        Path(settings.BASE_DIR)
        / "countries/data/undesa-ims/UN_MigrantStockByOriginAndDestination_2019_clean.csv"
    )
    with path.open(newline="", encoding="utf-8") as table:
        rows = {row["Dest"]: row for row in csv.DictReader(table) if row["Year"] == "2019"}
    expected = {
        "myanmar-to-thailand-labour": rows["Thailand"]["Myanmar"],
        "indonesia-to-malaysia-labour": rows["Malaysia"]["Indonesia"],
        "viet-nam-to-japan-labour": rows["Japan"]["Viet Nam"],
    }
    assert expected == {
        "myanmar-to-thailand-labour": "1858735",
        "indonesia-to-malaysia-labour": "1225156",
        "viet-nam-to-japan-labour": "209731",
    }
    for slug, value in expected.items():
        intro = CORRIDORS[slug][3]["en"]["intro"]
        assert f"{int(value):,}" in intro and "International Migrant Stock 2019" in intro, slug


@pytest.mark.django_db
def test_corridors_render_in_each_of_their_languages_as_drafts(client, demo_site):
    for slug, languages in LANGUAGES.items():
        texts = CORRIDORS[slug][3]
        english = client.get(f"/en/countries/{slug}/").content.decode()
        assert "notice--draft" not in english and "notice--translation" not in english, slug
        for language in languages:
            response = client.get(f"/{language}/countries/{slug}/")
            assert response.status_code == 200, (slug, language)
            html = response.content.decode()
            assert texts[language]["title"] in html, (slug, language)
            assert "notice--draft" in html, (slug, language)
            assert "notice--translation" not in html, (slug, language)
            assert all(anchor in html for anchor in STAGE_ANCHORS), (slug, language)


@pytest.mark.django_db
def test_corridors_show_both_ends_emergency_numbers_and_related_policies_and_services(client, demo_site):
    for slug in LANGUAGES:
        corridor = CorridorGuidePage.objects.live().get(slug=slug)
        html = client.get(f"/en/countries/{slug}/").content.decode()
        assert 'id="emergency-origin"' in html and 'id="emergency-destination"' in html, slug
        contacts = EmergencyContact.objects.filter(page__iso_code__in=corridor.iso_codes)
        assert contacts.count() >= 2, slug
        for contact in contacts:
            assert contact.source_url.startswith("http") and contact.checked_on, (slug, contact.number)
            assert f'href="tel:{re.sub(r"[^0-9+]", "", contact.number)}"' in html, (slug, contact.number)
        assert 'id="related-policies"' in html, slug
        assert 'id="related-services"' in html, slug


@pytest.mark.django_db
def test_both_ends_emergency_labels_read_in_each_language_of_the_corridor(client, demo_site):
    from core.translated import localized_column

    for slug, languages in LANGUAGES.items():
        corridor = CorridorGuidePage.objects.get(slug=slug)
        for contact in EmergencyContact.objects.filter(page__iso_code__in=corridor.iso_codes):
            english = [lang for lang in languages if not getattr(contact, localized_column("label", lang))]
            assert english == [], (slug, contact.label_en, english)
    html = client.get("/km/countries/cambodia-to-thailand-labour/").content.decode()
    assert "ខ្សែទូរស័ព្ទជំនួយសង្គម" in html and "Social assistance hotline" not in html


def _phone_numbers(text):
    """Phone numbers written in a text: runs of three or more ASCII digits (with +, spaces or hyphens),
    leaving out years and figures written with separators."""
    found = []
    for match in re.finditer(r"(?<![0-9])(?<![0-9][,.])\+?[0-9][0-9 \-]*[0-9](?![0-9]|[,.][0-9])", text):
        number = match.group().strip()
        digits = re.sub(r"[^0-9]", "", number)
        if len(digits) < 3 or (len(digits) == 4 and 1900 <= int(digits) <= 2600 and number == digits):
            continue
        found.append(digits)
    return found


@pytest.mark.django_db
def test_every_number_in_a_corridor_is_an_emergency_contact_of_its_ends_with_a_source_and_date(demo_site):
    for slug, (origin, destination, _kind, texts) in CORRIDORS.items():
        contacts = EmergencyContact.objects.filter(page__iso_code__in=[origin, destination])
        sourced = set()
        for contact in contacts:
            if contact.source_url.startswith("http") and contact.checked_on:
                sourced.add(re.sub(r"[^0-9]", "", contact.number))
                sourced.update(
                    re.sub(r"[^0-9]", "", n) for n in re.findall(r"\+[0-9][0-9 ]+", contact.note_en)
                )
        for language, text in texts.items():
            written = " ".join(str(value) for stage in STAGE_FIELDS for _type, value in text.get(stage, []))
            unsourced = [number for number in _phone_numbers(written) if number not in sourced]
            assert unsourced == [], (slug, language, unsourced)
    assert _phone_numbers("call 0800-1000 or +62 21 2924 4800, not 2019 or 1,858,735") == [
        "08001000",
        "622129244800",
    ]


def test_loading_the_demo_again_adds_no_corridor_and_no_emergency_number(demo_site, demo_reloaded):
    before, after = demo_reloaded
    for label in ("countries.CorridorGuidePage", "countries.EmergencyContact"):
        assert after[label] == before[label], label
    assert before["countries.CorridorGuidePage"] == len(CORRIDORS) == 6
