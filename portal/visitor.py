"""What keeps a visitor safe and served on a poor connection: quick exit, the service worker, the offline page.

Quick exit follows GOV.UK's "Exit this page" component: a link to a neutral, widely used page that JavaScript
follows with `location.replace` (so Back does not return to the portal) when pressed or on Shift pressed three
times. The service worker is served from the site root so its scope covers every language.
"""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

# A page anyone could be reading: GOV.UK sends to BBC Weather; a weather search is as neutral in every
# country of the region. Overridable with settings.QUICK_EXIT_URL.
DEFAULT_QUICK_EXIT_URL = "https://www.google.com/search?q=weather"

# Bump when the service worker's caching rules change: old caches are then dropped on activation.
SERVICE_WORKER_VERSION = "3"


def quick_exit_url():
    return getattr(settings, "QUICK_EXIT_URL", DEFAULT_QUICK_EXIT_URL)


def wants_quick_exit(page=None, request=None, context_flag=None):
    """Whether the page shows the "Leave this site" button: every public page does (someone may be looking
    over the visitor's shoulder on any of them); a view may leave it out with `show_quick_exit = False`."""
    return context_flag is not False


def _language(request):
    code = request.GET.get("lang", "")
    known = {code for code, _name in settings.LANGUAGES}
    return code if code in known else settings.LANGUAGE_CODE


@require_GET
@cache_control(no_cache=True, max_age=0)
def service_worker(request):
    """The service worker script, at /sw.js so that its scope is the whole site."""
    body = render_to_string(
        "portal/sw.js", {"version": SERVICE_WORKER_VERSION, "static_url": settings.STATIC_URL}
    )
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    return response


@require_GET
def browse_safely(request):
    """/<lang>/browse-safely/: private browsing, clearing the phone's history, and what the portal keeps."""
    return render(request, "portal/browse_safely.html", {"show_page_tools": False})


@require_GET
@cache_control(no_cache=True, max_age=0)
def offline(request):
    """The page the service worker shows when a page was never read and the network is gone.

    It lists what this phone saved (from the browser's storage) and the emergency numbers of the country
    guides read; ?lang=<code> picks its language (it lives outside the language prefix, one per language)."""
    code = _language(request)
    with translation.override(code):
        info = translation.get_language_info(code)
        return render(
            request,
            "portal/offline.html",
            {"LANGUAGE_CODE": code, "LANGUAGE_BIDI_DIR": "rtl" if info["bidi"] else "ltr"},
        )
