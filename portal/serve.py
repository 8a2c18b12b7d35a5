"""Wagtail's page view, in a transaction only when the request may write.

Every request runs in a transaction (ATOMIC_REQUESTS), so that an editor's save that fails halfway leaves the
previous state. On the embedded SQLite default those transactions are IMMEDIATE (portal/settings/database.py):
each takes the database's write lock when it begins, which editors need, but which made every public page view
wait for the one before it, whichever worker served it. A page read (GET, HEAD, OPTIONS) writes nothing, so it
runs in autocommit, and readers go on side by side under write-ahead logging; a form posted to a page (the
service report, password-protected pages) still runs in one transaction.
"""

from django.db import transaction
from django.urls import re_path

from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@transaction.non_atomic_requests
def serve(request, path):
    if request.method in READ_METHODS:
        return wagtail_views.serve(request, path)
    with transaction.atomic():
        return wagtail_views.serve(request, path)


# Wagtail's own URLs with its page view replaced by the one above; the name stays, so reverse() is unchanged.
urlpatterns = [
    pattern for pattern in wagtail_urls.urlpatterns if getattr(pattern, "name", None) != "wagtail_serve"
] + [re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve")]
