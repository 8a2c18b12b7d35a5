"""Load the demo content: idempotent, so running it twice changes nothing but the revisions."""

from django.core.management.base import BaseCommand
from django.db import transaction

import countries.demo as countries_demo
from countries.demo import guides
from home.demo import pages
from policies import demo as policies_demo
from search import demo as search_demo
from services import demo as services_demo


class Command(BaseCommand):
    help = "Create or update the demo pages, countries, policies and services (safe to run again)."

    @transaction.atomic
    def handle(self, *args, **options):
        home = pages.load()
        index, country_guides = guides.load(home)
        countries_demo.load_more(home, index)
        services_demo.load(home)
        policies_demo.load(home)
        search_demo.load()
        from wagtail.models import Page

        from services.models import Service

        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded: {Page.objects.live().count()} live pages "
                f"({len(country_guides)} country guides), {Service.objects.count()} services."
            )
        )
