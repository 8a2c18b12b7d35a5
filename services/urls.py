"""Language-prefixed URLs of the services app (/<lang>/...)."""

from django.urls import path

from . import views

app_name = "services"

urlpatterns = [
    # Before the service pages: "sources" is no HSDS id (those are UUIDs).
    path("services/sources/", views.sources, name="sources"),
    path("services/<str:hsds_id>/", views.service_detail, name="detail"),
    path("services/<str:hsds_id>/report/", views.report, name="report"),
]
