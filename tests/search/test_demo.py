"""The demo content is searchable after `load_demo`, and loading it again adds no documents."""

import pytest

from django.core.management import call_command

from countries.models import CountryGuidePage
from search.models import SearchDocument
from search.selectors import clean_params, documents_for, search


@pytest.mark.django_db
def test_demo_guides_are_found_and_reloading_does_not_duplicate(demo_site):
    count = SearchDocument.objects.count()
    guide = CountryGuidePage.objects.live().first()
    assert count and guide
    hits = documents_for(search(clean_params(guide.title, "en")).hits)
    assert guide.title in [doc.title for doc in hits[:5]]
    call_command("load_demo", verbosity=0)
    assert SearchDocument.objects.count() == count
