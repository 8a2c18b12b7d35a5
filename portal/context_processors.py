"""Template context every page needs: the languages with links to this page in each."""

from django.conf import settings
from django.utils.translation import get_language, get_language_info

from core.i18n import path_in_language


def languages(request):
    current = get_language()
    items = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        items.append(
            {
                "code": code,
                "name_local": info["name_local"],
                "url": path_in_language(request.get_full_path(), code),
                "current": code == current,
            }
        )
    return {
        "portal_languages": items,
        "current_language_name": get_language_info(current)["name_local"],
        "LANGUAGE_BIDI_DIR": "rtl" if get_language_info(current)["bidi"] else "ltr",
    }
