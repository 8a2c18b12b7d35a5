"""manage.py bench_services: import N generated services, then time the GeoJSON API and the directory page.

Run it on a scratch database (`make bench-services` does): it adds the generated services.
"""

import statistics
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.test import Client
from django.utils import translation

from services.demo.generate import generated_services
from services.importers import import_services
from services.models import ServiceDirectoryPage
from services.routing import directory_path


def _server_ms(client, url, runs):
    client.get(url)  # warm caches (templates, URL resolvers, the database page cache)
    times = []
    for _run in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times), response


class Command(BaseCommand):
    help = "Benchmark the service directory: import time, GeoJSON and directory page server times."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=10_000)
        parser.add_argument("--runs", type=int, default=10)

    def handle(self, count, runs, **options):
        if not ServiceDirectoryPage.objects.exists():
            call_command("load_demo", verbosity=0)
        records = generated_services(count)
        with translation.override("en"):
            start = time.perf_counter()
            import_services(records, language="en")
            first = time.perf_counter() - start
            start = time.perf_counter()
            import_services(records, language="en")
            again = time.perf_counter() - start
        self.stdout.write(
            f"import of {count} services: {first:.1f} s (re-import, all updates: {again:.1f} s)"
        )
        client = Client(HTTP_HOST="localhost")
        page_url = directory_path("en")
        for label, url in (
            ("GeoJSON, one country (VN)", "/api/services.geojson?country=VN"),
            ("GeoJSON, city bbox (Seoul)", "/api/services.geojson?bbox=126.76,37.41,127.18,37.70"),
            ("GeoJSON, everything", "/api/services.geojson"),
            ("directory page", page_url),
            ("directory page, filtered (KR, hotline)", f"{page_url}?country=KR&type=hotline"),
        ):
            ms, response = _server_ms(client, url, runs)
            size = len(response.content) // 1024
            self.stdout.write(f"{label}: {ms:.0f} ms median of {runs} ({size} KB)")
