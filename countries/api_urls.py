"""URLs of the countries app outside the language prefix (APIs, data files, embeds)."""

urlpatterns = []
