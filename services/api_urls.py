"""URLs of the services app outside the language prefix (APIs, data files, embeds)."""

urlpatterns = []
