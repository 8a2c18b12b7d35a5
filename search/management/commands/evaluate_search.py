"""Load the evaluation set into a fresh test database and print hit@5 and MRR, overall and per language."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from search import normalise
from search.documents import rebuild
from search.evaluation import evaluate, load_services, service_files


class Command(BaseCommand):
    help = "Measure search quality on the evaluation set written by make_eval.py (in a throw-away database)."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="the directory make_eval.py wrote")
        parser.add_argument(
            "--segmenter",
            action="append",
            choices=sorted(normalise.SEGMENTERS),
            help="segmentation of unspaced scripts to measure (repeatable; default: all)",
        )

    def handle(self, directory, segmenter=None, **options):
        if not service_files(directory):
            raise CommandError(f"No services_<lang>.json in {directory}: run make_eval.py first.")
        creation = connection.creation
        old_name = connection.settings_dict["NAME"]
        test_name = creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
        try:
            self.stdout.write(f"Database: {connection.vendor} ({test_name})")
            load_services(directory)
            for name in segmenter or sorted(normalise.SEGMENTERS):
                normalise.DEFAULT_SEGMENTER = name
                rebuild()
                self.report(name, evaluate(directory))
        finally:
            creation.destroy_test_db(old_name, verbosity=0)

    def report(self, name, result):
        overall = result["overall"]
        self.stdout.write(
            f"\nsegmenter {name}: hit@5 {overall['hit_at_k']:.3f}  MRR {overall['mrr']:.3f}  "
            f"({overall['queries']} queries)"
        )
        for lang, figures in result["by_language"].items():
            self.stdout.write(
                f"  {lang:8} hit@5 {figures['hit_at_k']:.2f}  MRR {figures['mrr']:.2f}  ({figures['queries']})"
            )
        for miss in result["misses"]:
            self.stdout.write(f"  missed: {miss['q']!r} ({miss['lang']}) rank {miss['rank']}")
