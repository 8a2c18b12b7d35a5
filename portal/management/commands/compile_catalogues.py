"""Compile the interface catalogues with Babel (no gettext tools needed)."""

from django.core.management.base import BaseCommand

from portal.catalogues import compile_catalogues


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/django.po into .mo files where they changed."

    def handle(self, *args, **options):
        written = compile_catalogues()
        self.stdout.write(f"Compiled {len(written)} catalogue(s).")
