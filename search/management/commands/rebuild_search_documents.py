"""Rewrite every search document from the guides, policies and services, and index them."""

from django.core.management.base import BaseCommand

from search.documents import rebuild


class Command(BaseCommand):
    help = "Rebuild the search documents (one per object and language) and their search index entries."

    def handle(self, *args, **options):
        count = rebuild()
        self.stdout.write(f"{count} search documents rebuilt")
