"""A small page tree (home, country index) and HSDS records for search tests."""

import uuid

import pytest

from countries.models import CountryGuidePage
from tests.factories import CountryIndexPageFactory


@pytest.fixture
def country_index(home):
    return CountryIndexPageFactory(parent=home, slug="countries")


@pytest.fixture
def make_guide(country_index):
    def make(iso_code="KR", title="Working in Korea", publish=True, **fields):
        page = CountryGuidePage(title=title, slug=f"guide-{iso_code.lower()}", iso_code=iso_code, **fields)
        country_index.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        page.refresh_from_db()
        return page

    return make


def hsds_service(key, name, description, country="VN", language="vi"):
    """One compiled HSDS 3.0 service, as the import files carry them."""

    def uid(kind):
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"search-test/{kind}/{key}"))

    return {
        "id": uid("service"),
        "name": name,
        "description": description,
        "status": "active",
        "organization": {"id": uid("org"), "name": "Test organisation", "description": ""},
        "languages": [{"id": uid("language"), "name": language, "code": language}],
        "service_at_locations": [
            {
                "id": uid("sal"),
                "location": {
                    "id": uid("location"),
                    "location_type": "physical",
                    "name": name,
                    "latitude": 21.0,
                    "longitude": 105.8,
                    "addresses": [
                        {
                            "id": uid("address"),
                            "address_1": "1 Street",
                            "city": "City",
                            "state_province": "Region",
                            "postal_code": "",
                            "country": country,
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ],
    }
