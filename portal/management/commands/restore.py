"""Restore a backup written by `manage.py backup`: `manage.py restore FILE [--no-index]`.

A .dump file (pg_dump custom format) goes through pg_restore --clean into the configured PostgreSQL
database. A .json file replaces the content of the configured database (migrated first, then emptied,
then loaded in one transaction, so a failed load leaves the database as it was). The search index and the
reference index are rebuilt afterwards.
"""

import subprocess
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from .backup import is_postgres, pg_env


class Command(BaseCommand):
    help = "Restore the database from a backup file (.dump: pg_restore; .json: loaddata)."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--no-index", action="store_true", help="do not rebuild the search index")
        parser.add_argument("--database", default="default")

    def handle(self, *args, file, no_index=False, database="default", **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No backup file at {path}")
        if path.suffix == ".dump":
            if not is_postgres(database):
                raise CommandError("A .dump backup restores only into PostgreSQL (DATABASE_URL)")
            result = subprocess.run(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--no-acl",
                    "--single-transaction",
                    f"--dbname={pg_env(database)['PGDATABASE']}",
                    str(path),
                ],
                env=pg_env(database),
                capture_output=True,
                text=True,
            )
            if result.returncode != 0:
                raise CommandError(f"pg_restore failed: {result.stderr.strip()}")
        elif path.suffix == ".json":
            call_command("migrate", database=database, interactive=False, verbosity=0)
            with transaction.atomic(using=database):
                call_command("flush", database=database, interactive=False, verbosity=0)
                call_command("loaddata", str(path), database=database, verbosity=0)
        else:
            raise CommandError("A backup file ends in .dump (PostgreSQL) or .json")
        call_command("rebuild_references_index", verbosity=0)
        if not no_index:
            call_command("update_index", verbosity=0)
        self.stdout.write(f"Restored {path}")
