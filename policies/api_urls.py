"""URLs of the policies app outside the language prefix (APIs, data files, embeds)."""

urlpatterns = []
