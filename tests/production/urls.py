"""The portal's URLs plus two small views under /api/ and /data/ for middleware tests."""

from django.http import HttpResponse, JsonResponse
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def api_echo(request):
    return JsonResponse({"ok": True, "q": request.GET.get("q", "")})


def data_file(request):
    return HttpResponse("iso,value\nVN,1\n", content_type="text/csv")


def embed_page(request):
    return HttpResponse("<!DOCTYPE html><title>embed</title><p>embed</p>")


def nonce_page(request):
    nonce = request.csp_nonce
    return HttpResponse(f'<!DOCTYPE html><script nonce="{nonce}">1</script>')


urlpatterns = [
    path("test-nonce/", nonce_page),
    path("api/test-echo", api_echo),
    path("data/test.csv", data_file),
    path("embed/test/", embed_page),
    *portal_urlpatterns,
]
