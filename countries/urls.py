"""Language-prefixed URLs of the countries app (/<lang>/...)."""

urlpatterns = []
