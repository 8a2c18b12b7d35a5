"""manage.py build_hsds_download: write the bulk HSDS 3.0 download (/data/hsds-3.0.zip) into OPEN_DATA_ROOT."""

from django.core.management.base import BaseCommand

from services.open_data import build_hsds_download


class Command(BaseCommand):
    help = "Build the zip of the whole service directory in HSDS 3.0 that /data/hsds-3.0.zip serves."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="file to write (default: OPEN_DATA_ROOT/hsds-3.0.zip)")

    def handle(self, output=None, **options):
        path, count = build_hsds_download(output)
        self.stderr.write(self.style.SUCCESS(f"{count} services written to {path}."))
