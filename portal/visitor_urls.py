"""Root-level URLs of the visitor's tools: the service worker must sit at /sw.js for its scope to be /."""

from django.urls import path

from portal import visitor

urlpatterns = [
    path("sw.js", visitor.service_worker, name="service_worker"),
    path("offline/", visitor.offline, name="offline"),
]
