"""The demo content is searchable after `load_demo`, and loading it again adds no documents."""

import pytest

from countries.models import CountryGuidePage
from search.engine import documents_for, search
from search.models import SearchDocument
from search.params import SearchParams


@pytest.mark.django_db
def test_demo_guides_are_found_and_reloading_does_not_duplicate(demo_site, demo_reloaded):
    count = SearchDocument.objects.count()
    guide = CountryGuidePage.objects.live().first()
    assert count and guide
    hits = documents_for(search(SearchParams(guide.title, "en")).hits)
    assert guide.title in [doc.title for doc in hits[:5]]
    before, after = demo_reloaded
    assert after[SearchDocument._meta.label] == before[SearchDocument._meta.label] == count
