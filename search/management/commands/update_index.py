"""Wagtail's update_index, which first rebuilds the search documents from their sources.

The search app is listed before wagtail.search in INSTALLED_APPS, so this command answers `update_index`.
"""

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from search.documents import rebuild_documents


class Command(WagtailUpdateIndex):
    def handle(self, **options):
        if not options.get("schema_only"):
            count = rebuild_documents()
            if options["verbosity"] > 0:
                self.stdout.write(f"{count} search documents rebuilt from their sources")
        super().handle(**options)
