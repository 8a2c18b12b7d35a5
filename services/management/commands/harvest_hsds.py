"""manage.py harvest_hsds URL --source NAME --language CODE [--dry-run] | --due: harvest partners' HSDS feeds.

For cron: `*/15 * * * * cd /app && python manage.py harvest_hsds --due` harvests every enabled source whose
schedule (hourly, daily, weekly) has come round since its last harvest; the compose service `harvest` runs
the same loop.
"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from core.languages import LANGUAGE_CODES
from services.harvest import harvest
from services.models import DirectorySource


class Command(BaseCommand):
    help = (
        "Harvest a partner's HSDS 3.0 API or JSON file (every page, every record validated; all or nothing), "
        "or with --due every enabled directory source whose schedule is due."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="base URL of an HSDS 3.0 API, or URL of an HSDS JSON file")
        parser.add_argument("--source", help="name of the directory source (created if it does not exist)")
        parser.add_argument("--language", default="en", help="language of the source's text (default: en)")
        parser.add_argument("--dry-run", action="store_true", help="fetch, validate and count; write nothing")
        parser.add_argument("--due", action="store_true", help="harvest every enabled source that is due")

    def handle(self, url, source, language, dry_run, due, **options):
        with translation.override("en"):
            if due:
                if url or source:
                    raise CommandError("--due harvests the sources in the database: give no URL or --source.")
                return self._due(dry_run)
            if not url or not source:
                raise CommandError("give a URL and --source NAME, or --due.")
            if language not in LANGUAGE_CODES:
                raise CommandError(f"unknown language {language!r}")
            record = DirectorySource.objects.filter(name=source).first()
            if record is None:
                record = DirectorySource(name=source, partner=source, url=url, language=language)
                try:
                    record.full_clean()
                except ValidationError as error:
                    problems = "; ".join(f"{k}: {' '.join(v)}" for k, v in error.message_dict.items())
                    raise CommandError(problems) from error
                if not dry_run:
                    record.save()
                    self.stdout.write(f"Created the directory source {source!r}.")
            elif (record.url, record.language) != (url, language):
                record.url, record.language = url, language
                if not dry_run:
                    record.save(update_fields=["url", "language"])
            run = harvest(record, dry_run=dry_run)
            self._report(record, run)
            if not run.ok:
                raise CommandError(f"{record.name}: the harvest was refused; nothing was changed.")

    def _due(self, dry_run):
        failed = []
        sources = [s for s in DirectorySource.objects.filter(enabled=True) if s.is_due()]
        if not sources:
            self.stdout.write("No source is due.")
        for source in sources:
            run = harvest(source, dry_run=dry_run)
            self._report(source, run)
            if not run.ok:
                failed.append(source.name)
        if failed:
            raise CommandError(
                f"{len(failed)} source(s) failed: {', '.join(failed)}; nothing of theirs changed."
            )

    def _report(self, source, run):
        prefix = "(dry run) " if run.dry_run else ""
        if run.ok:
            changes = run.added + run.changed + run.removed
            self.stdout.write(
                self.style.SUCCESS(
                    f"{prefix}{source.name}: {run.pages} page(s) in {run.duration:.1f} s; "
                    f"{changes} change(s): {run.added} added, {run.changed} changed, {run.removed} removed, "
                    f"{run.unchanged} unchanged."
                )
            )
            return
        for problem in run.problems:
            self.stderr.write(problem)
        self.stderr.write(
            self.style.ERROR(
                f"{prefix}{source.name}: refused after {run.duration:.1f} s "
                f"({run.rejected} record(s) rejected, {len(run.problems)} problem(s))."
            )
        )
