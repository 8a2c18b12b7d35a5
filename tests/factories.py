"""Factories (wagtail-factories) for small page trees: a test builds the few pages it needs, not the demo.

Each page is published with a first revision, as an editor's "Publish" would, unless `publish=False`.
`HomePageFactory()` hangs under Wagtail's root; the others need a `parent`, or build their parent chain.
"""

import factory
import wagtail_factories

from wagtail.models import Page

from countries.models import CountryGuidePage, CountryIndexPage, LandscapeMapPage
from home.models import HomePage, StandardPage
from policies.models import PolicyIndexPage, PolicyPage
from services.models import OpenDataPage, ServiceDirectoryPage


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page saved with a revision and published (or left as a draft with `publish=False`)."""

    class Meta:
        abstract = True

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        if not create:
            return
        revision = page.save_revision()
        if extracted is False:
            page.live = False
            page.save(update_fields=["live"])
        else:
            revision.publish()
            page.refresh_from_db()


class HomePageFactory(PublishedPageFactory):
    title = "Home"
    parent = factory.LazyFunction(Page.get_first_root_node)

    class Meta:
        model = HomePage


class StandardPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"About {n}")
    parent = factory.SubFactory(HomePageFactory)

    class Meta:
        model = StandardPage


class CountryIndexPageFactory(PublishedPageFactory):
    title = "Countries"
    parent = factory.SubFactory(HomePageFactory)

    class Meta:
        model = CountryIndexPage


class CountryGuidePageFactory(PublishedPageFactory):
    iso_code = "KR"
    title = factory.LazyAttribute(lambda page: f"Guide {page.iso_code}")
    parent = factory.SubFactory(CountryIndexPageFactory)

    class Meta:
        model = CountryGuidePage


class LandscapeMapPageFactory(PublishedPageFactory):
    title = "Migration landscape"
    parent = factory.SubFactory(HomePageFactory)

    class Meta:
        model = LandscapeMapPage


class PolicyIndexPageFactory(PublishedPageFactory):
    title = "Laws and policies"
    slug = "policies"
    parent = factory.SubFactory(HomePageFactory)

    class Meta:
        model = PolicyIndexPage


class PolicyPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Policy {n}")
    change_note = "First published."
    parent = factory.SubFactory(PolicyIndexPageFactory)

    class Meta:
        model = PolicyPage


class ServiceDirectoryPageFactory(PublishedPageFactory):
    title = "Find help near you"
    parent = factory.SubFactory(HomePageFactory)

    class Meta:
        model = ServiceDirectoryPage


class OpenDataPageFactory(PublishedPageFactory):
    title = "Open data and embeds"
    parent = factory.SubFactory(HomePageFactory)

    class Meta:
        model = OpenDataPage
