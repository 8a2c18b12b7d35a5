"""The Wagtail admin's search index for the directory: imports write in bulk (no save signals), so the
services they wrote, their organisations and their locations are indexed here, after the import commits."""

from wagtail.search.index import insert_or_update_object

CHUNK = 500


def index_imported(sender, service_ids=(), **kwargs):
    """services_imported listener: index the services, organisations and locations an import wrote."""
    from .models import Location, Organization, Service

    ids = [str(value) for value in service_ids]
    for start in range(0, len(ids), CHUNK):
        services = list(Service.objects.filter(hsds_id__in=ids[start : start + CHUNK]))
        service_pks = [service.pk for service in services]
        organisations = Organization.objects.filter(services__in=service_pks).distinct()
        locations = Location.objects.filter(service_links__service__in=service_pks).distinct()
        for obj in [*services, *organisations, *locations]:
            insert_or_update_object(obj)
