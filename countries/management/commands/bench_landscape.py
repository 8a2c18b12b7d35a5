"""Print the server time and query count of the landscape APIs: every indicator's GeoJSON for one year, and
the corridors of the three countries the issue names. Needs the demo content (`manage.py load_demo`)."""

from django.core.management.base import BaseCommand, CommandError

from core.bench import measure
from countries.models import Indicator

TARGET_MS = 100


class Command(BaseCommand):
    help = "Measure /api/landscape/<indicator>.geojson and /api/landscape/corridors.geojson (median of 5)."

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, default=2015)

    def handle(self, *args, year, **options):
        codes = list(Indicator.objects.values_list("code", flat=True))
        if not codes:
            raise CommandError("No indicators; run `manage.py load_demo` first.")
        urls = [
            f"/api/landscape/{code}.geojson?year={year}" for code in codes if code != "remittances-received"
        ]
        urls += [
            f"/api/landscape/corridors.geojson?country={iso}&direction=out" for iso in ("MM", "NP", "VN")
        ]
        slowest = 0.0
        for url in urls:
            milliseconds, queries = measure(url)
            slowest = max(slowest, milliseconds)
            self.stdout.write(f"  {url:62} {milliseconds:7.1f} ms  {queries:3d} queries")
        self.stdout.write(f"slowest {slowest:.1f} ms (target {TARGET_MS} ms)")
