"""Write a backup of the database: `manage.py backup [--output FILE] [--format auto|pg|json]`.

PostgreSQL: pg_dump in its custom format (every table, sequences included; restore with pg_restore).
Any other database: dumpdata with natural keys, leaving out what is rebuilt or transient (content types
and permissions, sessions, login attempts, the search index and the reference index) and the audit log.
Media files (images, documents) are not in the database: back up MEDIA_ROOT or the bucket beside it.
"""

import datetime
import json
import os
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

JSON_EXCLUDE = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "axes",
    "wagtailsearch.indexentry",
    "wagtailcore.referenceindex",
    "wagtailcore.pagesubscription",
    # Audit logs may point at pages deleted since, which natural keys cannot name: pg_dump keeps them.
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
]


def name_keys_that_are_content_types(path):
    """Rows whose primary key is a content type (Wagtail's workflow per snippet model, WorkflowContentType)
    would be written with the content type's number, which means another model in a new database: write the
    content type by its natural key as a field instead, which loaddata reads into the primary key."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    rows = json.loads(Path(path).read_text(encoding="utf-8"))
    changed = False
    for row in rows:
        pk_field = apps.get_model(row["model"])._meta.pk
        if pk_field.is_relation and pk_field.related_model is ContentType:
            content_type = ContentType.objects.get_for_id(row.pop("pk"))
            row["fields"][pk_field.name] = list(content_type.natural_key())
            changed = True
    if changed:
        Path(path).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def is_postgres(alias="default"):
    return connections[alias].vendor == "postgresql"


def pg_env(alias="default"):
    """libpq environment variables for the configured database (no password on the command line)."""
    db = settings.DATABASES[alias]
    env = dict(os.environ)
    for key, var in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if db.get(key):
            env[var] = str(db[key])
    env["PGDATABASE"] = db["NAME"]
    return env


class Command(BaseCommand):
    help = "Back up the database to a file (pg_dump on PostgreSQL, dumpdata elsewhere)."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="file to write (default backups/portal-<UTC time>.<dump|json>)")
        parser.add_argument("--format", choices=["auto", "pg", "json"], default="auto")
        parser.add_argument("--database", default="default")

    def handle(self, *args, output=None, format="auto", database="default", **options):
        fmt = format if format != "auto" else ("pg" if is_postgres(database) else "json")
        if fmt == "pg" and not is_postgres(database):
            raise CommandError("--format pg needs a PostgreSQL database")
        if output is None:
            stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M%S")
            output = f"backups/portal-{stamp}.{'dump' if fmt == 'pg' else 'json'}"
        path = Path(output)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        if fmt == "pg":
            result = subprocess.run(
                ["pg_dump", "--format=custom", "--no-owner", "--no-acl", f"--file={tmp}"],
                env=pg_env(database),
                capture_output=True,
                text=True,
            )
            if result.returncode != 0:
                tmp.unlink(missing_ok=True)
                raise CommandError(f"pg_dump failed: {result.stderr.strip()}")
        else:
            call_command(
                "dumpdata",
                natural_foreign=True,
                natural_primary=False,
                exclude=JSON_EXCLUDE,
                output=str(tmp),
                database=database,
                indent=None,
                verbosity=0,
            )
            name_keys_that_are_content_types(tmp)
        tmp.replace(path)  # a half-written backup never carries the final name
        self.stdout.write(str(path))
