"""manage.py import_hsds PATH --language CODE [--dry-run]: import HSDS 3.0 services from a JSON file."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from services.importers import import_services
from services.validation import HSDSImportError


class Command(BaseCommand):
    help = (
        "Import a JSON array of HSDS 3.0 compiled services (or an HSDS paged list). The whole file is "
        "validated first; if any record is invalid nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--language", default="en", help="language of the text in the file (default: en)")
        parser.add_argument("--dry-run", action="store_true", help="validate and count, write nothing")

    def handle(self, path, language, dry_run, **options):
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError) as error:
            raise CommandError(f"cannot read {path}: {error}") from error
        with translation.override("en"):
            try:
                result = import_services(data, language=language, dry_run=dry_run)
            except HSDSImportError as error:
                for problem in error.problems:
                    self.stderr.write(str(problem))
                raise CommandError(
                    f"{len(error.problems)} problem(s) found in {path}: nothing was imported."
                ) from error
        verb = "would create" if dry_run else "created"
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(result.service_ids)} services ({language}): {verb} {result.created}, "
                f"{'would update' if dry_run else 'updated'} {result.updated}."
            )
        )
