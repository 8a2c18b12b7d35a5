"""Print the server time and query count of the editors' screens: the policy and country-guide edit forms, and
a publish, next to a trivial request (/healthz) in the same run, so the ratio is comparable between machines.

Runs inside a transaction that is rolled back: the database is left as it was.
"""

import time

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse


class _Rollback(Exception):
    pass


def timed(action, repeat):
    """(median ms, query count of the last run) of `action()`, after one warm-up run."""
    action()
    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            action()
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return timings[len(timings) // 2], len(queries.captured_queries)


class Command(BaseCommand):
    help = "Measure the policy and guide edit forms and a publish, with the demo content (nothing is kept)."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=3)

    def handle(self, *args, repeat, **options):
        pages = {
            "policy": apps.get_model("policies", "PolicyPage").objects.live().order_by("pk").first(),
            "country guide": apps.get_model("countries", "CountryGuidePage")
            .objects.live()
            .order_by("pk")
            .first(),
        }
        if None in pages.values():
            raise CommandError("No live policy or guide; run `manage.py load_demo` first.")
        client = Client()
        rows = []
        try:
            with transaction.atomic():
                user = get_user_model().objects.create_superuser(
                    "bench-editor", "bench@example.org", "x" * 16
                )
                client.force_login(user)

                def get(url):
                    def action():
                        response = client.get(url)
                        assert response.status_code == 200, (url, response.status_code)

                    return action

                baseline = timed(get("/healthz"), repeat)
                rows.append(("GET /healthz (baseline)", *baseline))
                for label, page in pages.items():
                    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
                    rows.append((f"GET {label} edit form", *timed(get(url), repeat)))
                for label, page in pages.items():
                    specific = page.specific

                    def publish(specific=specific):
                        specific.save_revision(user=user).publish(user=user)

                    rows.append((f"publish {label}", *timed(publish, repeat)))
                raise _Rollback
        except _Rollback:
            pass
        for label, ms, queries in rows:
            ratio = ms / baseline[0] if baseline[0] else 0
            self.stdout.write(f"  {label:32} {ms:8.1f} ms  {queries:4d} queries  {ratio:7.0f}x baseline")
