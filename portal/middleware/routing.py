"""Wagtail's routing from the content cache: the page a path serves, found with no query instead of one per
level of the path (and one for the site).

Wagtail's `serve` view asks `Page.route_for_request`, which walks the tree a level at a time and keeps its
answer on the request. For a GET or HEAD, this middleware keeps (site, page type, page id) under the content
generation (core.content_cache: any page save, move, publish, site or restriction change replaces it) and,
when it knows the path, hands Wagtail the same answer, with the live page kept under the generation too
(each request unpickles its own copy: building the page's query, with 17 languages' columns, took about a
quarter of a kept page's time). A page that routes further itself (RoutablePageMixin: the service directory
and each service's page under it) is kept with the rest of the path, which the loaded page resolves again
(no query). Other pages that route themselves and paths that do not resolve to a page take Wagtail's own way
every time.

Wagtail's page view is reached through portal's (portal/serve.py), and a view that serves a Wagtail path on
its own (the services' old URLs) says which path with a `wagtail_path(request, *args, **kwargs)` attribute.
"""

from django.apps import apps
from django.http import Http404
from django.utils.translation import get_language

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from core import content_cache
from core.translated import unread_stream_columns
from portal import serve as portal_serve

# Wagtail's page view and the portal's (portal/serve.py: the same view outside the request's transaction).
PAGE_VIEWS = (wagtail_serve, portal_serve.serve)


def _route_key(request, path):
    return ("route:2", request._get_raw_host(), request.get_port(), get_language(), path)


def _site_key(request):
    return ("site:1", request._get_raw_host(), request.get_port())


def _kept_route(result, site, path):
    """(page type label, page id, rest of the path or None) when Wagtail's answer is a page served as itself
    (None) or a RoutablePageMixin page's own route (the rest of the path, which the page resolves), else None."""
    if result is None:
        return None
    page = result.page
    if not result.args and not result.kwargs:
        return (page._meta.label_lower, page.pk, None) if type(page).route is Page.route else None
    if not isinstance(page, RoutablePageMixin) or type(page).route is not RoutablePageMixin.route:
        return None
    # Wagtail took one component of the path per level below the site's root; the page resolved the rest.
    components = [component for component in path.split("/") if component]
    rest = components[page.depth - site.root_page.depth :]
    return page._meta.label_lower, page.pk, "/" + "".join(f"{component}/" for component in rest)


def _bare_site(site):
    """The site as kept: without the root page Wagtail's lookup joins in (16 kB of pickled columns in 17
    languages, unpickled by every request that reads the kept route, for nothing: the root paths are kept
    apart, and anything that asks for the root page reads it)."""
    if site is None:
        return None
    fields = [field.attname for field in Site._meta.concrete_fields]
    return Site.from_db(site._state.db, fields, [getattr(site, name) for name in fields])


def _resolve(request, path):
    """Wagtail's own routing; what it found, in the form kept."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    result = Page.route_for_request(request, path)
    kept = _kept_route(result, site, path)
    return (_bare_site(site), *kept) if kept else None


def _live_page(model, pk):
    """The live page, without the other languages' StreamField columns (read lazily if ever asked for)."""
    unread = unread_stream_columns(model, get_language())
    return model._default_manager.defer(*unread).get(pk=pk, live=True)


def _served_path(request, view_func, view_args, view_kwargs):
    """The Wagtail path the view serves, or None when it serves none."""
    if view_func in PAGE_VIEWS:
        return view_args[0] if view_args else view_kwargs.get("path", "")
    wagtail_path = getattr(view_func, "wagtail_path", None)
    return wagtail_path(request, *view_args, **view_kwargs) if wagtail_path else None


class CachedRouteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method not in {"GET", "HEAD"}:
            return None
        if not content_cache.enabled() or hasattr(request, "_wagtail_route_for_request"):
            return None
        # Every page URL a response shows is built from the sites' root paths, which Wagtail reads from the
        # cache once per request: kept with the rest, they cost no round trip of their own.
        request._wagtail_cached_site_root_paths = content_cache.remember(
            ("site-root-paths:1",), Site.get_site_root_paths
        )
        path = _served_path(request, view_func, view_args, view_kwargs)
        if path is None:
            # A view of its own (search, the open data pages) still reads the site (menus, settings): kept too.
            if not hasattr(request, "_wagtail_site"):
                request._wagtail_site = content_cache.remember(
                    _site_key(request), lambda: _bare_site(Site.find_for_request(request))
                )
            return None
        kept = content_cache.remember(_route_key(request, path), lambda: _resolve(request, path))
        if kept is None or hasattr(request, "_wagtail_route_for_request"):
            return None  # not kept, or just routed by Wagtail itself
        site, label, pk, rest = kept
        try:
            page = content_cache.remember(
                ("page:1", label, pk, get_language()), lambda: _live_page(apps.get_model(label), pk)
            )
            if rest is None:
                route = RouteResult(page)
            else:
                match = page.resolve_subpage(rest)
                request.routable_resolver_match = match
                route = RouteResult(page, args=tuple(match))
        except (LookupError, Page.DoesNotExist, Http404):
            return None
        request._wagtail_site = site
        request._wagtail_route_for_request = route
        return None
