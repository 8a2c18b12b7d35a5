"""Language-prefixed URLs of the search app (/<lang>/...)."""

urlpatterns = []
