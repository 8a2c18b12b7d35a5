"""Lists the URLs of every page type the portal serves, so browser tests cover each type that exists.

Run by the browser test server (tests/browser/server.py) against its own database; prints JSON:
{"pages": {"<app>.<Model>": ["/en/...", ...]}, "routes": {"<url name>": "/en/..." or "/embed/..."}}.
Pages come from the live Wagtail tree (every specific page model) and from the first object of every other
model of the portal's apps with get_absolute_url (a service's detail page...); routes are the apps' own views that
take no URL parameter (directory list, maps, search...), whatever their names, under the /en/ prefix and outside it.
"""

import json
import os
import sys

PARAMETERLESS_SKIP = (
    "admin/",
    "documents/",
    "api/",
    "data/",
    "healthz",
    "readyz",
    "_util/",
    "sw.js",
    "offline",
)


def _walk(patterns, prefix=""):
    from django.urls import URLPattern, URLResolver

    for pattern in patterns:
        route = str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + route)
        elif isinstance(pattern, URLPattern):
            yield prefix + route, pattern.name


def discover():
    from django.urls import get_resolver
    from django.utils import translation

    from wagtail.models import Page

    translation.activate("en")
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        url = page.get_url()
        if url:
            pages.setdefault(page._meta.label, []).append(url)

    # Detail views of other models (a service, an organisation...): the first object of every model of the
    # portal's apps that has a URL of its own.
    from django.apps import apps
    from django.conf import settings

    for model in apps.get_models():
        if model._meta.app_label not in settings.PROJECT_APPS or issubclass(model, Page):
            continue
        if not hasattr(model, "get_absolute_url"):
            continue
        first = model._default_manager.order_by("pk").first()
        try:
            url = first.get_absolute_url() if first is not None else None
        except Exception:  # noqa: BLE001 (a model whose URL needs more than itself is not a page type here)
            url = None
        if url:
            pages.setdefault(model._meta.label, []).append(url)

    routes = {}
    for route, name in _walk(get_resolver().url_patterns):
        if not name or "<" in route or "(" in route or "^" in route or "\\" in route:
            continue
        bare = route[3:] if route.startswith("en/") else route
        if bare == "" or bare.startswith(PARAMETERLESS_SKIP):
            continue
        routes[name] = "/" + route
    translation.deactivate()
    return {"pages": pages, "routes": routes}


if __name__ == "__main__":
    sys.path.insert(0, os.getcwd())
    import django

    django.setup()
    json.dump(discover(), sys.stdout)
