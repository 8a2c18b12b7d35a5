"""URLs of the search app outside the language prefix (APIs, data files, embeds)."""

urlpatterns = []
