"""p50 and p95 latency of /api/search over generated multilingual documents, in a throw-away database."""

from django.core.management.base import BaseCommand
from django.db import connection

from search.benchmark import generate, measure


class Command(BaseCommand):
    help = "Generate search documents in a fresh test database and time /api/search (p50, p95)."

    def add_arguments(self, parser):
        parser.add_argument("--documents", type=int, default=20000)
        parser.add_argument("--requests", type=int, default=500)

    def handle(self, documents, requests, **options):
        if connection.vendor != "postgresql":
            self.stderr.write("Note: the target is measured on PostgreSQL; set DATABASE_URL=postgres://...")
        creation = connection.creation
        old_name = connection.settings_dict["NAME"]
        test_name = creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
        try:
            self.stdout.write(
                f"Database: {connection.vendor} ({test_name}); generating {documents} documents…"
            )
            generate(documents)
            p50, p95, worst = measure(requests)
            self.stdout.write(
                f"/api/search over {documents} documents, {requests} queries: "
                f"p50 {p50:.1f} ms  p95 {p95:.1f} ms  max {worst:.1f} ms"
            )
        finally:
            creation.destroy_test_db(old_name, verbosity=0)
