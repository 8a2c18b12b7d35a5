"""Queries the directory, the map, the APIs and other apps use; every one bounded in queries."""

from django.db.models import CharField, Q, Value
from django.db.models.functions import Coalesce, NullIf

from core.names import country_name

from .models import SERVICE_TYPES, DirectorySource, Location, Service, ServiceAtLocation, TaxonomyTerm
from .routing import directory_path
from .text import column, fallback_columns, localized


def localized_expression(field, language, relation=""):
    """SQL: the field in `language`, else English, else the first language that has it."""
    return Coalesce(
        *[
            NullIf(f"{relation}{name}", Value(""), output_field=CharField())
            for name in fallback_columns(field, language)
        ],
        Value(""),
    )


def text_match(query, language, fields=("name", "description"), relation=""):
    """Q matching query in the visitor's language or in English."""
    condition = Q()
    for field in fields:
        for name in dict.fromkeys((column(field, language), column(field, "en"))):
            condition |= Q(**{f"{relation}{name}__icontains": query})
    return condition


def service_type_codes(service_ids):
    """{service pk: [service type codes]} for these services, in one query per 5,000 ids."""
    through = Service.terms.through
    codes = {}
    ids = sorted(set(service_ids))
    for start in range(0, len(ids), 5000):
        rows = (
            through.objects.filter(
                service_id__in=ids[start : start + 5000], taxonomyterm__taxonomy__name=SERVICE_TYPES
            )
            .order_by("taxonomyterm__sort_order")
            .values_list("service_id", "taxonomyterm__code")
        )
        for service_id, code in rows:
            codes.setdefault(service_id, []).append(code)
    return codes


def map_points(*, country="", service_type="", query="", bbox=None, language="en", city="", **filters):
    """The rows behind the GeoJSON map: one per service at a located place (two queries).

    The service status is checked in Python: a status condition in SQL makes SQLite's planner start from
    the services and probe every location (seconds for a large country instead of milliseconds).
    """
    links = ServiceAtLocation.objects.filter(
        location__latitude__isnull=False, location__longitude__isnull=False
    ).order_by()
    if country:
        links = links.filter(location__country=country)
    if city:
        links = links.filter(location__city__iexact=city)
    if service_type:
        links = links.filter(
            service__in=Service.objects.filter(terms__code=service_type, terms__taxonomy__name=SERVICE_TYPES)
        )
    if query:
        links = links.filter(service__in=Service.objects.filter(text_match(query, language)))
    if bbox:
        min_lng, min_lat, max_lng, max_lat = bbox
        links = links.filter(location__latitude__gte=min_lat, location__latitude__lte=max_lat)
        if min_lng <= max_lng:
            links = links.filter(location__longitude__gte=min_lng, location__longitude__lte=max_lng)
        else:  # across the antimeridian: east of the west edge or west of the east edge
            links = links.filter(Q(location__longitude__gte=min_lng) | Q(location__longitude__lte=max_lng))
    rows = [
        row[:-2]
        for row in links.annotate(
            service_name=localized_expression("name", language, relation="service__")
        ).values_list(
            "service_id",
            "service__hsds_id",
            "service_name",
            "location__country",
            "location__latitude",
            "location__longitude",
            "service__source_id",
            "service__harvested_at",
            "service__live",
            "service__status",
        )
        if row[-1] == "active" and row[-2]
    ]
    types = service_type_codes(row[0] for row in rows)
    return rows, types


def geojson(language="en", base_url="", **filters):
    """A GeoJSON FeatureCollection of the services matching the filters; base_url makes the links absolute."""
    rows, types = map_points(language=language, **filters)
    directory = directory_path(language)  # "" when no directory page is live: no service has a page then
    prefix = base_url.rstrip("/") + directory
    # A few sources at most: their partners' names in one small query, not a join in the map's query.
    partners = dict(DirectorySource.objects.values_list("pk", "partner")) if any(r[6] for r in rows) else {}
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [float(lng), float(lat)]},
            "properties": {
                "hsds_id": hsds_id,
                "name": name,
                "type": (types.get(service_id) or [""])[0],
                "country": country,
                "url": f"{prefix}{hsds_id}/" if directory else None,
                # Provenance: the partner whose directory lists it, and when it was last harvested (null
                # for the services editors made here).
                "listed_by": partners.get(source_id),
                "harvested_at": harvested_at.isoformat().replace("+00:00", "Z") if harvested_at else None,
            },
        }
        for service_id, hsds_id, name, country, lat, lng, source_id, harvested_at in rows
    ]
    return {"type": "FeatureCollection", "features": features}


def services_for_countries(iso_codes, limit=None):
    """Active services with a location in any of these countries (ISO alpha-2), by name; for country pages."""
    codes = [code.upper() for code in iso_codes]
    queryset = (
        Service.objects.filter(status="active", live=True, at_locations__location__country__in=codes)
        .select_related("organization")
        .distinct()
        .order_by("name")
    )
    return queryset[:limit] if limit else queryset


def service_types():
    return TaxonomyTerm.objects.filter(taxonomy__name=SERVICE_TYPES).order_by("sort_order", "code")


def country_choices(language):
    """The countries that have services, as (code, name in the language), sorted by that name."""
    codes = Location.objects.exclude(country="").order_by().values_list("country", flat=True).distinct()
    return sorted(((code, country_name(code, language)) for code in codes), key=lambda choice: choice[1])


def service_type_choices(language):
    return [(term.code, localized(term, "name", language)) for term in service_types()]


def source_statuses(enabled_only=False):
    """Each directory source with its last harvest, its last successful one, how many services it lists and
    its health ("healthy", "failing" or "waiting" for a first harvest), in four queries."""
    from django.db.models import Count, OuterRef, Subquery

    from .models import HarvestRun

    runs = HarvestRun.objects.filter(source=OuterRef("pk"), dry_run=False).order_by("-started_at")
    sources = DirectorySource.objects.annotate(
        last_run_id=Subquery(runs.values("pk")[:1]),
        last_success_at=Subquery(runs.filter(ok=True).values("started_at")[:1]),
    ).order_by("name")
    if enabled_only:
        sources = sources.filter(enabled=True)
    sources = list(sources)
    counts = dict(
        Service.objects.filter(source__in=sources)
        .order_by()
        .values("source")
        .annotate(n=Count("pk"))
        .values_list("source", "n")
    )
    last_runs = HarvestRun.objects.in_bulk([s.last_run_id for s in sources if s.last_run_id])
    statuses = []
    for source in sources:
        run = last_runs.get(source.last_run_id)
        statuses.append(
            {
                "source": source,
                "run": run,
                "last_success_at": source.last_success_at,
                "services": counts.get(source.pk, 0),
                "health": "waiting" if run is None else ("healthy" if run.ok else "failing"),
            }
        )
    return statuses
