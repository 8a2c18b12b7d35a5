"""GET /api/services.geojson: the services as map markers, filtered by country, type, text and bounding box."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

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
        )
    except params.BadParameter as error:
        return params.bad_request(error)
    return JsonResponse(data, content_type="application/geo+json")
