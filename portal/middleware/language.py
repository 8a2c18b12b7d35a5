"""?lang= on the data URLs (/api/, /data/, /embed/) picks the language the way /<lang>/ does for pages.

A regional tag falls back to its language (`vi-VN` -> `vi`); the parameter is rewritten to our code so every
view reads the same value, and the language is activated, so `Content-Language` names it. An unknown
language is left for the view to refuse with a 400.
"""

from django.utils import translation

from core.languages import supported_language

DATA_PREFIXES = ("/api/", "/data/", "/embed/")


class DataLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raw = request.GET.get("lang")
        if raw is not None and request.path_info.startswith(DATA_PREFIXES):
            code = supported_language(raw)
            if code:
                if code != raw:
                    query = request.GET.copy()
                    query["lang"] = code
                    request.GET = query
                translation.activate(code)
                request.LANGUAGE_CODE = code
        return self.get_response(request)
