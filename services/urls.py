"""Language-prefixed URLs of the services app (/<lang>/...).

The service pages themselves are routed by the service directory page (services/routing.py); this only keeps
the old /<lang>/services/<id>/ URLs working once the directory page lives somewhere else.
"""

from django.urls import re_path

from . import views

app_name = "services"

urlpatterns = [
    re_path(r"^services/(?P<rest>.+)$", views.legacy_redirect, name="legacy"),
]
