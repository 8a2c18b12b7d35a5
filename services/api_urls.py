"""URLs of the services app outside the language prefix (APIs, data files, embeds)."""

from django.urls import include, path

from .api import geojson_views, hsds_views, openapi
from .embed import embed_services
from .open_data import hsds_download

hsds_patterns = [
    path("", hsds_views.root, name="root"),
    path("services", hsds_views.services, name="services"),
    path("services/<str:hsds_id>", hsds_views.service_detail, name="service"),
    path("organizations", hsds_views.organizations, name="organizations"),
    path("organizations/<str:hsds_id>", hsds_views.organization_detail, name="organization"),
    path("taxonomies", hsds_views.taxonomies, name="taxonomies"),
    path("taxonomies/<str:hsds_id>", hsds_views.taxonomy_detail, name="taxonomy"),
    path("taxonomy_terms", hsds_views.taxonomy_terms, name="taxonomy_terms"),
    path("taxonomy_terms/<str:hsds_id>", hsds_views.taxonomy_term_detail, name="taxonomy_term"),
    path("service_at_locations", hsds_views.service_at_locations, name="service_at_locations"),
    path(
        "service_at_locations/<str:hsds_id>",
        hsds_views.service_at_location_detail,
        name="service_at_location",
    ),
]

urlpatterns = [
    path("api/hsds/", include((hsds_patterns, "hsds"))),
    path("api/services.geojson", geojson_views.services_geojson, name="services_geojson"),
    path("api/openapi.json", openapi.openapi_json, name="services_openapi"),
    path("embed/services/", embed_services, name="services_embed"),
    path("data/hsds-3.0.zip", hsds_download, name="hsds_download"),
]
