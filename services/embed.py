"""/embed/services/: the map and list alone, for partners' iframes (the one page other sites may frame)."""

from django.shortcuts import render
from django.utils import translation
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from core.languages import LANGUAGE_CODES

from .directory import directory_context


@xframe_options_exempt
@require_GET
def embed_services(request):
    language = request.GET.get("lang", "")
    if language not in LANGUAGE_CODES:
        language = translation.get_language_from_request(request, check_path=False)
    with translation.override(language):
        context = directory_context(request, per_page=50)
        context["LANGUAGE_CODE"] = language
        response = render(request, "services/embed.html", context)
    response["Content-Language"] = language
    return response
