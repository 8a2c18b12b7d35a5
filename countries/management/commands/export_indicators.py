"""Export every indicator value, with its source, as CSV (to a file or standard output)."""

import sys

from django.core.management.base import BaseCommand

from countries.indicator_csv import write_csv


class Command(BaseCommand):
    help = "Export indicator values as CSV, the same columns as /data/indicators.csv."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="output file (standard output when left out)")

    def handle(self, *args, path=None, **options):
        if path:
            with open(path, "w", encoding="utf-8", newline="") as handle:
                write_csv(handle)
        else:
            write_csv(sys.stdout)
