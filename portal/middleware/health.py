"""Answer /healthz and /readyz before host validation and the HTTPS redirect.

Container health checks and load balancers call them over plain HTTP with whatever Host header they
have; they must not be redirected to HTTPS or refused as a disallowed host.
"""

from portal import health

PROBES = {"/healthz": health.healthz, "/readyz": health.readyz}


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        view = PROBES.get(request.path_info.rstrip("/") or "/")
        if view is not None and request.method in {"GET", "HEAD"}:
            return view(request)
        return self.get_response(request)
