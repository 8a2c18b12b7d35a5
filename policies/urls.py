"""Language-prefixed URLs of the policies app (/<lang>/...)."""

urlpatterns = []
