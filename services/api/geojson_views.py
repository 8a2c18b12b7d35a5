"""GET /api/services.geojson: the services as map markers, filtered by country, type, text and bounding box."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from core.licence import add_licence_link, data_licence

from ..selectors import geojson, service_types
from . import params


@require_GET
def services_geojson(request):
    try:
        language = params.language(request)
        service_type = params.text(request, "type", 60)
        if service_type and not service_types().filter(code=service_type).exists():
            raise params.BadParameter("type", "unknown service type")
        data = geojson(
            language=language,
            country=params.country(request),
            service_type=service_type,
            query=params.text(request, "q"),
            bbox=params.bbox(request),
            base_url=request.build_absolute_uri("/"),
        )
    except params.BadParameter as error:
        return params.bad_request(error)
    # Foreign members (RFC 7946, section 6.1): the terms a partner republishes the data under.
    licence = data_licence(request)
    data["license"] = {"name": licence["name"], "path": licence["url"]}
    data["attribution"] = licence["attribution"]
    return add_licence_link(JsonResponse(data, content_type="application/geo+json"), licence)
