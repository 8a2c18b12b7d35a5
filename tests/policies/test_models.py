"""The GCM objectives data migration, the policy page's metadata and the page tree rules."""

import importlib

import pytest

from django.apps import apps
from django.core.exceptions import ValidationError

from wagtail.models import Page

from countries.models import CountryIndexPage
from home.models import HomePage, StandardPage
from policies.models import GCMObjective, PolicyCountry, PolicyIndexPage, PolicyPage

objectives_migration = importlib.import_module("policies.migrations.0002_load_gcm_objectives")


@pytest.mark.django_db
def test_migration_loaded_the_23_official_objectives():
    assert list(GCMObjective.objects.values_list("number", flat=True)) == list(range(1, 24))
    assert GCMObjective.objects.get(number=10).title == (
        "Prevent, combat and eradicate trafficking in persons in the context of international migration"
    )
    assert GCMObjective.objects.get(number=23).title_en.startswith("Strengthen international cooperation")


@pytest.mark.django_db
def test_objectives_migration_is_reversible_and_idempotent():
    objectives_migration.unload_objectives(apps, None)
    assert GCMObjective.objects.count() == 0
    objectives_migration.load_objectives(apps, None)
    objectives_migration.load_objectives(apps, None)
    assert GCMObjective.objects.count() == 23
    assert GCMObjective.objects.get(number=6).title.startswith("Facilitate fair and ethical recruitment")


def test_policy_tree_rules():
    assert PolicyIndexPage.allowed_parent_page_models() == [HomePage]
    assert PolicyIndexPage.allowed_subpage_models() == [PolicyPage]
    assert PolicyPage.allowed_parent_page_models() == [PolicyIndexPage]
    assert PolicyPage.allowed_subpage_models() == []
    assert PolicyPage not in StandardPage.allowed_subpage_models()
    assert PolicyPage not in CountryIndexPage.allowed_subpage_models()


@pytest.mark.django_db
def test_only_one_policy_index(policy_index, home):
    assert not PolicyIndexPage.can_create_at(home)
    assert not PolicyPage.can_create_at(home)
    assert not PolicyIndexPage.can_create_at(Page.get_first_root_node())


@pytest.mark.django_db
def test_policy_metadata_and_several_countries(make_policy):
    page = make_policy(countries=("PH", "KR"), policy_type="agreement", objectives=(5, 6))
    page = PolicyPage.objects.get(pk=page.pk)
    assert page.country_codes == ["PH", "KR"]
    assert [o.number for o in page.gcm_objectives.order_by("number")] == [5, 6]
    assert page.get_policy_type_display() == "Bilateral agreement or MoU"


@pytest.mark.django_db
def test_unknown_country_code_is_rejected(make_policy):
    page = make_policy()
    country = PolicyCountry(page=page, iso_code="QQ")
    with pytest.raises(ValidationError) as error:
        country.full_clean()
    assert "iso_code" in error.value.message_dict
    PolicyCountry(page=page, iso_code="th").full_clean()  # case does not matter


@pytest.mark.django_db
def test_policy_page_renders_metadata_and_history(client, make_policy):
    page = make_policy(
        title="Law on contract-based overseas workers",
        objectives=(6,),
        issuing_body="National Assembly",
        source_url="https://example.org/law",
        note="Entered into force.",
    )
    html = client.get(page.url).content.decode()
    assert "National Assembly" in html
    assert "Facilitate fair and ethical recruitment" in html
    assert "Entered into force." in html
    assert 'href="https://example.org/law"' in html
    assert 'type="application/atom+xml" href="/en/updates/feed/country/VN/"' in html


def test_trafficking_policies_show_the_quick_exit(demo_site):
    from policies.models import PolicyPage

    flagged = {page.slug for page in PolicyPage.objects.all() if page.show_quick_exit}
    unflagged = {page.slug for page in PolicyPage.objects.all() if not page.show_quick_exit}
    assert flagged and unflagged
    for page in PolicyPage.objects.filter(slug__in=flagged):
        numbers = {o.number for o in page.gcm_objectives.all()}
        topics = " ".join(t.name for t in page.topics.all()).lower()
        assert numbers & {7, 10} or "trafficking" in topics or "violence" in topics
