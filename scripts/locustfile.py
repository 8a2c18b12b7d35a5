"""Load profile for `make loadtest`: visitors reading pages, searching, and API clients reading the
service GeoJSON and the HSDS API. Page URLs are discovered from the home page's links at start."""

import random
import re

from locust import HttpUser, between, events, task

PAGES = ["/en/", "/vi/", "/ur/"]
QUERIES = [
    "visa",
    "hotline",
    "viet nam",
    "labour",
    "trafficking",
    "shelter",
    "kết hôn",
    "비자",
    "passport",
    "work",
]


@events.test_start.add_listener
def discover_pages(environment, **kwargs):
    import urllib.request

    html = urllib.request.urlopen(environment.host + "/en/", timeout=10).read().decode()
    links = set(re.findall(r'href="(/(?:en|vi)/[^"#?]*)"', html))
    PAGES.extend(sorted(links - {"/en/search/"})[:40])


class Visitor(HttpUser):
    wait_time = between(0.5, 1.5)

    @task(6)
    def page(self):
        self.client.get(random.choice(PAGES), name="page")

    @task(2)
    def search_page(self):
        self.client.get("/en/search/", params={"q": random.choice(QUERIES)}, name="search page")

    @task(2)
    def search_api(self):
        self.client.get("/api/search", params={"q": random.choice(QUERIES)}, name="/api/search")

    @task(2)
    def geojson(self):
        self.client.get("/api/services.geojson", name="/api/services.geojson")

    @task(2)
    def hsds(self):
        self.client.get(
            "/api/hsds/services", params={"per_page": random.choice([10, 25, 50])}, name="/api/hsds/services"
        )
