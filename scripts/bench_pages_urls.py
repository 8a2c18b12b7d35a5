"""Print one URL per public page type (`name path` lines) for scripts/bench_pages.sh, from the demo content."""

from countries.models import CorridorGuidePage, CountryGuidePage, LandscapeMapPage
from home.models import HomePage
from policies.models import PolicyIndexPage, PolicyPage
from services.models import Service, ServiceDirectoryPage
from services.routing import service_path


def first_url(model, **filters):
    page = model.objects.live().filter(**filters).first() or model.objects.live().first()
    return page.get_url() if page else None


service = (
    Service.objects.filter(status="active").order_by("pk").first() or Service.objects.order_by("pk").first()
)
urls = {
    "home": first_url(HomePage),
    "country-guide": first_url(CountryGuidePage, iso_code="VN"),
    "corridor-guide": first_url(CorridorGuidePage),
    "policy": first_url(PolicyPage),
    "policy-index": first_url(PolicyIndexPage),
    "directory": first_url(ServiceDirectoryPage),
    "service": service_path(service.hsds_id, "en") if service else None,
    "search": "/en/search/?q=visa",
    "landscape-map": first_url(LandscapeMapPage),
}
for name, url in urls.items():
    if url:
        print(name, url)
