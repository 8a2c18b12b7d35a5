"""Empty translations must never reach the search index as the word "None"."""

import pytest

from wagtail.models import Page

from portal.models import StandardPage
from search.index_fields import NoneSafeSearchField


def test_translated_search_fields_are_none_safe():
    title_fields = [f for f in StandardPage.get_search_fields() if f.field_name.startswith("title_")]
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
