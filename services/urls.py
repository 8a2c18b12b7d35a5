"""Language-prefixed URLs of the services app (/<lang>/...)."""

from django.urls import path

from . import views

app_name = "services"

urlpatterns = [
    path("services/<str:hsds_id>/", views.service_detail, name="detail"),
    path("services/<str:hsds_id>/report/", views.report, name="report"),
]
