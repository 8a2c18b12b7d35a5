"""Empty translations must never reach the search index as the word "None"."""

import pytest

from django.utils import translation

from wagtail.models import Page
from wagtail.search import index

from home.models import StandardPage
from search.index_fields import NoneSafeSearchField


def test_translated_search_fields_are_none_safe():
    title_fields = [
        f
        for f in StandardPage.get_search_fields()
        if f.field_name.startswith("title_") and isinstance(f, index.SearchField)
    ]
    assert len(title_fields) >= 17
    assert all(isinstance(field, NoneSafeSearchField) for field in title_fields)


@pytest.mark.django_db
def test_empty_translation_is_indexed_as_empty_not_none(demo_site):
    page = StandardPage.objects.get(slug="accessibility")
    assert page.title_th is None
    field = next(f for f in StandardPage.get_search_fields() if f.field_name == "title_th")
    assert field.get_value(page) == ""


@pytest.mark.django_db
def test_searching_for_none_finds_nothing(demo_site):
    assert Page.objects.live().search("None").count() == 0
    assert Page.objects.live().search("none").count() == 0
    # the same search machinery does find real words
    assert Page.objects.live().search("accessibility").count() >= 1


def test_autocomplete_fields_exist_per_language():
    names = {f.field_name for f in StandardPage.get_search_fields() if isinstance(f, index.AutocompleteField)}
    assert {"title_en", "title_vi", "title_ur", "title_zh_hans"} <= names


@pytest.mark.django_db
def test_autocomplete_finds_a_vietnamese_title(demo_site):
    with translation.override("vi"):
        results = StandardPage.objects.live().autocomplete("Quyền riê")
        assert [page.slug for page in results] == ["privacy"]
