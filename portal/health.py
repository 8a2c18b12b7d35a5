"""Health probes for load balancers and container orchestrators.

/healthz answers 200 while the process can serve requests; /readyz also checks the database and the
search backend, and answers 503 with JSON naming what failed.
"""

import logging

from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


def check_database():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_search():
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    es = getattr(backend, "es", None)
    if es is not None:
        if not es.ping():
            raise ConnectionError("search cluster did not answer")
        return
    # The database backend lives in the database: checking that it can be queried is enough.
    from wagtail.models import Page

    Page.objects.filter(depth=1).exists()


CHECKS = {"database": check_database, "search": check_search}


@never_cache
def healthz(request):
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as exc:  # any failure means not ready; the reason goes to the log, not the visitor
            logger.warning("readiness check %s failed: %s", name, exc.__class__.__name__)
            results[name] = "failed"
        else:
            results[name] = "ok"
    failed = sorted(name for name, result in results.items() if result != "ok")
    body = {"status": "ok" if not failed else "unavailable", "checks": results, "failed": failed}
    return JsonResponse(body, status=503 if failed else 200)
