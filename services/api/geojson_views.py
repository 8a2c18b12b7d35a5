"""GET /api/services.geojson: the services as map markers, filtered by country, type, text and bounding box."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from core.licence import add_licence_link, data_licence

from ..selectors import geojson
from . import params


@require_GET
def services_geojson(request):
    try:
        values = params.GeoJSONParams(request).read()
    except params.BadParameter as error:
        return params.bad_request(error)
    data = geojson(
        language=values["lang"],
        country=values["country"],
        service_type=values["type"],
        query=values["q"],
        bbox=values["bbox"],
        base_url=request.build_absolute_uri("/"),
    )
    # Foreign members (RFC 7946, section 6.1): the terms a partner republishes the data under.
    licence = data_licence(request)
    data["license"] = {"name": licence["name"], "path": licence["url"]}
    data["attribution"] = licence["attribution"]
    return add_licence_link(JsonResponse(data, content_type="application/geo+json"), licence)
