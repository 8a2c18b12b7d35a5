"""manage.py bench_grow: grow the demo to issue 15's scale, for `make bench-scale` (a throwaway database only).

Adds generated services up to 10,000 and generated policies up to 500 over the demo's countries, fills every
translated text in all 17 languages from its English (marked "[xx]"), and rebuilds the search documents.
Every generated text says it is generated benchmark data.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from portal.bench import SCALE_POLICIES, SCALE_SERVICES, grow_for_scale_bench


class Command(BaseCommand):
    help = (
        "Grow the demo to 10,000 services, 500 policies and 17 languages of text (benchmark database only)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--services", type=int, default=SCALE_SERVICES)
        parser.add_argument("--policies", type=int, default=SCALE_POLICIES)
        parser.add_argument(
            "--i-know-this-is-a-throwaway-database",
            action="store_true",
            dest="throwaway",
            help="Required: the generated content must never reach a real database.",
        )

    def handle(self, *args, services, policies, throwaway, **options):
        if not throwaway:
            raise CommandError(
                "bench_grow fills a database with generated content: pass "
                "--i-know-this-is-a-throwaway-database (make bench-scale does)."
            )
        start = time.perf_counter()
        with transaction.atomic():
            grown = grow_for_scale_bench(services=services, policies=policies)
        figures = ", ".join(f"{what} {count}" for what, count in grown.items())
        self.stdout.write(f"grown in {time.perf_counter() - start:.0f} s: {figures}")
