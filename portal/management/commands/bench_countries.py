"""Print the server time and query count of a country guide page with 50 policies and 200 services attached.

Runs inside a transaction that is rolled back: the database is left as it was.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.bench import measure
from countries.models import CountryGuidePage
from portal.bench import attach_policies, attach_services


class _Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Measure a country guide page with many policies and services attached (nothing is kept)."

    def add_arguments(self, parser):
        parser.add_argument("--country", default="VN")
        parser.add_argument("--policies", type=int, default=50)
        parser.add_argument("--services", type=int, default=200)

    def handle(self, *args, country, policies, services, **options):
        guide = CountryGuidePage.objects.live().filter(iso_code=country.upper()).first()
        if guide is None:
            raise CommandError(f"No live guide for {country}; run `manage.py load_demo` first.")
        url = "/en" + guide.url_path[len(guide.get_site().root_page.url_path) - 1 :]
        try:
            with transaction.atomic():
                before = measure(url)
                attach_policies(guide.iso_code, policies, guide.get_parent().get_parent())
                attach_services(guide.iso_code, services)
                after = measure(url)
                raise _Rollback
        except _Rollback:
            pass
        self.stdout.write(f"Country guide {url}")
        self.stdout.write(
            f"  as loaded:                           {before[0]:7.1f} ms  {before[1]:3d} queries"
        )
        self.stdout.write(
            f"  with {policies} policies, {services} services: {after[0]:7.1f} ms  {after[1]:3d} queries"
        )
