"""Attach many policies and services to a country: for `make bench-countries` and for the query-count tests,
which must use the same setup. In the project layer, since it fills pages of several apps."""

import datetime


def attach_policies(iso_code, count, home):
    """Publish `count` policies about the country under the policy index (created under home if missing)."""
    from policies.models import PolicyCountry, PolicyIndexPage, PolicyPage

    index = PolicyIndexPage.objects.first()
    if index is None:
        index = PolicyIndexPage(title="Laws and policies", slug="policies")
        home.add_child(instance=index)
        index.save_revision().publish()
    existing = PolicyPage.objects.filter(slug__startswith=f"bench-{iso_code.lower()}-").count()
    for number in range(existing, existing + count):
        page = PolicyPage(
            title=f"Benchmark policy {number} ({iso_code})",
            slug=f"bench-{iso_code.lower()}-{number}",
            policy_type="law",
            status="in_force",
            date_adopted=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
            change_note="Benchmark.",
        )
        page.countries = [PolicyCountry(iso_code=iso_code)]
        index.add_child(instance=page)
        page.save_revision().publish()


def attach_services(iso_code, count, offset=0):
    """Import `count` active HSDS services located in the country."""
    from services.importers import import_services
    from tests.services.factories import hsds_service

    import_services(
        [
            hsds_service(f"bench-{iso_code}-{number}", name=f"Benchmark service {number}", country=iso_code)
            for number in range(offset, offset + count)
        ]
    )
