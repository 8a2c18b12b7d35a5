"""Error pages (400, 403, 404, 500, CSRF failure) in the visitor's language, with a way onward.

A visitor who meets an error still gets the site header, search, the language switch, links to the country
guides and the region's emergency numbers. The language comes from the URL prefix, then Accept-Language.
The 500 page never touches the database (it may be the cause): the guides and numbers come from the copy kept
in the cache by the last page that could read them.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from core.i18n import path_in_language, split_language_prefix

logger = logging.getLogger(__name__)

DIRECTORY_CACHE_SECONDS = 60 * 60


def error_language(request):
    """The visitor's language: the /<lang>/ prefix of the path, else Accept-Language, else English."""
    prefix, _rest = split_language_prefix(request.path_info)
    if prefix:
        return prefix
    return translation.get_language_from_request(request, check_path=False)


def _directory_key(language):
    return f"portal:error-directory:{language}"


def region_directory(language, use_database=True):
    """The country guides (name, URL) and their emergency numbers, in `language`; cached per language.

    With use_database=False only the cached copy is read (an empty one when there is none)."""
    key = _directory_key(language)
    try:
        cached = cache.get(key)
    except Exception:  # noqa: BLE001 - an error page must render even when the cache server is down
        logger.warning("error page: the cache could not be read", exc_info=True)
        cached = None
    if cached is not None or not use_database:
        return cached or []
    from countries.selectors import country_guides

    try:
        with translation.override(language):
            guides = list(country_guides().prefetch_related("emergency_contacts"))
            directory = [
                {
                    "name": guide.country_name,
                    "url": guide.get_url(),
                    "contacts": [
                        {
                            "kind": contact.get_kind_display(),
                            "label": contact.label,
                            "number": contact.number,
                            "tel": contact.tel,
                        }
                        for contact in guide.emergency_contacts.all()
                    ],
                }
                for guide in guides
            ]
    except DatabaseError:
        logger.warning("error page: the country guides could not be read", exc_info=True)
        return []
    directory.sort(key=lambda entry: entry["name"])
    try:
        cache.set(key, directory, DIRECTORY_CACHE_SECONDS)
    except Exception:  # noqa: BLE001 - as above
        logger.warning("error page: the cache could not be written", exc_info=True)
    return directory


def render_error(request, status, title, message, use_database=True):
    language = error_language(request)
    with translation.override(language):
        info = translation.get_language_info(language)
        full_path = (
            request.get_full_path() if split_language_prefix(request.path_info)[0] else request.path_info
        )
        languages = [
            {
                "code": code,
                "name_local": translation.get_language_info(code)["name_local"],
                "url": path_in_language(full_path, code),
                "current": code == language,
            }
            for code, _name in settings.LANGUAGES
        ]
        context = {
            "LANGUAGE_CODE": language,
            "LANGUAGE_BIDI_DIR": "rtl" if info["bidi"] else "ltr",
            "current_language_name": info["name_local"],
            "portal_languages": languages,
            "status": status,
            "title": title(),
            "message": message(),
            "show_quick_exit": True,
            "directory": region_directory(language, use_database=use_database),
        }
        body = render_to_string("portal/error.html", context)
    response = HttpResponse(body, status=status)
    response["Content-Language"] = language
    return response


def bad_request(request, exception=None):
    return render_error(
        request,
        400,
        lambda: _("Bad request"),
        lambda: _(
            "The address or the form could not be read. Check it, or start again from the links below."
        ),
    )


def permission_denied(request, exception=None):
    return render_error(
        request,
        403,
        lambda: _("Access denied"),
        lambda: _("You cannot open this page. The links below lead to the portal's public pages."),
    )


def page_not_found(request, exception=None):
    return render_error(
        request,
        404,
        lambda: _("Page not found"),
        lambda: _(
            "There is no page at this address. It may have moved. Search, or start from the links below."
        ),
    )


def server_error(request):
    return render_error(
        request,
        500,
        lambda: _("Something went wrong"),
        lambda: _("The portal could not show this page. Please try again in a few minutes."),
        use_database=False,
    )


def csrf_failure(request, reason=""):
    return render_error(
        request,
        403,
        lambda: _("The form has expired"),
        lambda: _("For your safety the form could not be sent. Go back, reload the page and send it again."),
    )
