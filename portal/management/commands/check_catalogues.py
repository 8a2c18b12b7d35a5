"""Fail when an interface string is missing from, stale in, or untranslated in any catalogue."""

import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from portal.catalogues import catalogue_paths, catalogue_problems, read_catalogue

MAKEMESSAGES_OPTIONS = {
    "no_obsolete": True,
    "add_location": "never",
    "ignore_patterns": ["node_modules/*", "staticfiles/*", "media/*", "tests/*"],
    "verbosity": 0,
}


class Command(BaseCommand):
    help = (
        "Regenerate the catalogues with makemessages and report new, obsolete, fuzzy or untranslated strings."
    )

    def handle(self, *args, **options):
        locale_root = Path(settings.LOCALE_PATHS[0])
        expected_languages = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        with tempfile.TemporaryDirectory() as backup:
            shutil.copytree(locale_root, Path(backup) / "locale")
            try:
                locales = [_locale_dir_name(code) for code in expected_languages]
                call_command("makemessages", locale=locales, **MAKEMESSAGES_OPTIONS)
                fresh = {path.parent.parent.name: read_catalogue(path) for path in catalogue_paths()}
            finally:
                shutil.rmtree(locale_root)
                shutil.copytree(Path(backup) / "locale", locale_root)
        committed = {path.parent.parent.name: read_catalogue(path) for path in catalogue_paths()}
        report = []
        for language in expected_languages:
            locale_name = _locale_dir_name(language)
            if locale_name not in committed:
                report.append(f"{locale_name}: no catalogue")
                continue
            expected_ids = {
                m.id if isinstance(m.id, str) else m.id[0] for m in fresh.get(locale_name, []) if m.id
            }
            report += [
                f"{locale_name}: {problem}"
                for problem in catalogue_problems(committed[locale_name], expected_ids)
            ]
        if report:
            shown = "\n".join(report[:200])
            raise CommandError(
                f"{len(report)} catalogue problem(s); run `make messages` and translate:\n{shown}"
            )
        self.stdout.write(
            self.style.SUCCESS(f"{len(expected_languages)} catalogues complete and up to date.")
        )


def _locale_dir_name(language_code):
    from django.utils.translation import to_locale

    return to_locale(language_code)
