"""Language-prefixed URLs of the policies app (/<lang>/...): latest updates and their Atom feeds."""

from django.urls import path

from policies.feeds import PolicyUpdatesFeed
from policies.views import latest_updates_view

app_name = "policies"

urlpatterns = [
    path("updates/", latest_updates_view, name="updates"),
    path("updates/feed/", PolicyUpdatesFeed(), name="feed"),
    path("updates/feed/country/<str:value>/", PolicyUpdatesFeed(), {"kind": "country"}, name="feed_country"),
    path(
        "updates/feed/objective/<str:value>/",
        PolicyUpdatesFeed(),
        {"kind": "objective"},
        name="feed_objective",
    ),
    path("updates/feed/type/<str:value>/", PolicyUpdatesFeed(), {"kind": "type"}, name="feed_type"),
]
