"""Admin view for editors: which translations of which pages are missing or older than the English text."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _

from editorial.selectors import translation_status


def translation_status_view(request):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    names = dict(settings.LANGUAGES)
    language = request.GET.get("language") or ""
    notices = []
    if language and (language not in names or language == settings.LANGUAGE_CODE):
        notices.append(
            _("The language “%(value)s” is not known; every language is shown.") % {"value": language[:20]}
        )
        language = ""
    rows = translation_status([language] if language else None)
    if request.GET.get("problems") == "1":
        rows = [row for row in rows if row["missing"] or row["outdated"]]
    return render(
        request,
        "editorial/admin/translation_status.html",
        {
            "rows": rows,
            "languages": [
                (code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
            ],
            "language": language,
            "problems_only": request.GET.get("problems") == "1",
            "notices": notices,
        },
    )
