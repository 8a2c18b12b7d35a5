"""Language-prefixed URLs of the services app (/<lang>/...)."""

urlpatterns = []
