"""Wagtail's routing from the content cache: the page a path serves, found in one query instead of one per
level of the path (and one for the site).

Wagtail's `serve` view asks `Page.route_for_request`, which walks the tree a level at a time and keeps its
answer on the request. For a GET or HEAD, this middleware keeps (site, page type, page id) under the content
generation (core.content_cache: any page save, move, publish, site or restriction change replaces it) and,
when it knows the path, loads the live page in one query and hands Wagtail the same answer. Only plain
routes are kept: pages that route further themselves (RoutablePageMixin, which returns view arguments) and
paths that do not resolve to a page take Wagtail's own way every time.
"""

from django.apps import apps
from django.utils.translation import get_language

from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from core import content_cache
from core.translated import unread_stream_columns
from portal import serve as portal_serve

# Wagtail's page view and the portal's (portal/serve.py: the same view outside the request's transaction).
PAGE_VIEWS = (wagtail_serve, portal_serve.serve)


def _route_key(request, path):
    return ("route", request._get_raw_host(), request.get_port(), get_language(), path)


def _plain_route(result):
    """(page type label, page id) when Wagtail's answer is a page served as itself, else None."""
    if result is None or result.args or result.kwargs:
        return None
    page = result.page
    if type(page).route is not Page.route:
        return None
    return page._meta.label_lower, page.pk


def _resolve(request, path):
    """Wagtail's own routing; what it found, in the form kept."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    result = Page.route_for_request(request, path)
    plain = _plain_route(result)
    return (site, *plain) if plain else None


class CachedRouteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func not in PAGE_VIEWS or request.method not in {"GET", "HEAD"}:
            return None
        if not content_cache.enabled() or hasattr(request, "_wagtail_route_for_request"):
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        kept = content_cache.remember(_route_key(request, path), lambda: _resolve(request, path))
        if kept is None or hasattr(request, "_wagtail_route_for_request"):
            return None  # not kept, or just routed by Wagtail itself
        site, label, pk = kept
        try:
            model = apps.get_model(label)
            # Without the other languages' StreamField columns (read lazily if ever asked for).
            unread = unread_stream_columns(model, get_language())
            page = model._default_manager.defer(*unread).get(pk=pk, live=True)
        except (LookupError, Page.DoesNotExist):
            return None
        request._wagtail_site = site
        request._wagtail_route_for_request = RouteResult(page)
        return None
