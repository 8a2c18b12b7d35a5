"""Headers for the read-only APIs and data files under /api/ and /data/.

- CORS: GET, HEAD and OPTIONS answer any origin (Access-Control-Allow-Origin: *, no credentials);
  a preflight OPTIONS is answered here. Nothing outside /api/ and /data/ sends CORS headers.
- Conditional GET: a strong ETag from the body; If-None-Match answers 304.
- Cache-Control: public for API_CACHE_SECONDS unless the view set its own.

On every path, a path or query string holding a NUL character (raw or %00) is answered 400 here: no
database stores it and PostgreSQL raises on it, which would otherwise surface as a server error in any view
that looks up a path parameter or filters by a query parameter.
"""

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils.cache import get_conditional_response, patch_vary_headers, set_response_etag

API_PREFIXES = ("/api/", "/data/")
READ_METHODS = {"GET", "HEAD", "OPTIONS"}


def is_api_path(path):
    return path.startswith(API_PREFIXES)


class ReadOnlyApiMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info or "\x00" in request.path:
            if is_api_path(request.path_info):
                return JsonResponse(
                    {"error": "bad_path", "message": "the path may not contain NUL characters"}, status=400
                )
            return HttpResponseBadRequest("Bad request", content_type="text/plain; charset=utf-8")
        if "\x00" in request.META.get("QUERY_STRING", "") or any(
            "\x00" in key or any("\x00" in value for value in values) for key, values in request.GET.lists()
        ):
            if is_api_path(request.path_info):
                return JsonResponse(
                    {"error": "bad_parameter", "message": "query parameters may not contain NUL characters"},
                    status=400,
                )
            return HttpResponseBadRequest("Bad request", content_type="text/plain; charset=utf-8")
        if not is_api_path(request.path_info):
            return self.get_response(request)
        if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Allow-Headers"] = "Accept, Accept-Language, If-None-Match"
            response["Access-Control-Max-Age"] = "86400"
        else:
            response = self.get_response(request)
        if request.method not in READ_METHODS:
            return response
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = "ETag, Retry-After, Content-Language, Link"
        if request.method in {"GET", "HEAD"} and response.status_code == 200 and not response.streaming:
            patch_vary_headers(response, ["Accept-Language"])
            if not response.has_header("Cache-Control"):
                response["Cache-Control"] = f"public, max-age={settings.API_CACHE_SECONDS}"
            if not response.has_header("ETag"):
                set_response_etag(response)
            return get_conditional_response(request, etag=response.get("ETag"), response=response)
        return response
