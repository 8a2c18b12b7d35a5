"""manage.py import_undesa: UN DESA's International Migrant Stock, read from the files as published."""

from django.core.management.base import BaseCommand, CommandError

from countries.undesa import ORIGIN_DESTINATION, WORKBOOK, UndesaImportError, import_undesa


class Command(BaseCommand):
    help = (
        "Import UN DESA's International Migrant Stock 2020 workbook and the 2019 origin x destination table "
        "for the Asia-Pacific region, with world and regional totals. All or nothing; safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--workbook", default=str(WORKBOOK), help="the IMS 2020 destination workbook")
        parser.add_argument(
            "--origin-destination", default=str(ORIGIN_DESTINATION), help="the 2019 origin x destination CSV"
        )

    def handle(self, *args, **options):
        try:
            result = import_undesa(options["workbook"], options["origin_destination"])
        except UndesaImportError as error:
            raise CommandError(
                f"Nothing was imported; {len(error.problems)} problem(s):\n" + "\n".join(error.problems[:50])
            ) from error
        countries = {row["iso_code"] for row in result.values}
        self.stdout.write(
            self.style.SUCCESS(
                f"UN DESA landscape imported: {len(result.values)} values for {len(countries)} countries and "
                f"areas, {len(result.corridors)} corridors; {result.left_out} cells not available or protected."
            )
        )
