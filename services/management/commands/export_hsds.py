"""manage.py export_hsds [--output PATH]: every service as a JSON array of HSDS 3.0 compiled services."""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from core.languages import LANGUAGE_CODES, supported_language
from services.serializers import service_dict, services_queryset


class Command(BaseCommand):
    help = "Export every service as HSDS 3.0 compiled service objects (the inverse of import_hsds)."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="file to write (default: standard output)")
        parser.add_argument("--language", default="en", help="language of the text (default: en)")

    def handle(self, output, language, **options):
        code = supported_language(language)
        if code is None:
            raise CommandError(f"Unknown language {language!r}; use one of {', '.join(LANGUAGE_CODES)}.")
        language = code
        records = [
            service_dict(s, language) for s in services_queryset().order_by("pk").iterator(chunk_size=500)
        ]
        text = json.dumps(records, ensure_ascii=False, indent=1)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
            self.stderr.write(self.style.SUCCESS(f"{len(records)} services written to {output}."))
        else:
            sys.stdout.write(text + "\n")
