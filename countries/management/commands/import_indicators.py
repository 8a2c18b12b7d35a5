"""Import indicator values from a CSV file; the whole file is validated and nothing is written on error."""

from django.core.management.base import BaseCommand, CommandError

from countries.indicator_csv import decode, import_csv


class Command(BaseCommand):
    help = "Import indicator values from a CSV file (columns as in /data/indicators.csv)."

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        try:
            with open(path, "rb") as handle:
                text = decode(handle.read())
        except OSError as error:
            raise CommandError(str(error)) from error
        if text is None:
            raise CommandError("The file must be UTF-8 text of at most 5 MB.")
        count, errors = import_csv(text)
        if errors:
            raise CommandError("Nothing imported:\n" + "\n".join(str(error) for error in errors))
        self.stdout.write(self.style.SUCCESS(f"{count} values imported."))
