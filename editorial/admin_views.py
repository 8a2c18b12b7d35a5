"""Admin view for editors: which translations of which pages are missing or older than the English text."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.languages import other_languages
from editorial.selectors import translation_status

SORT_CHOICES = [
    ("tree", gettext_lazy("Page tree")),
    ("title", gettext_lazy("Title")),
    ("english", gettext_lazy("English last changed")),
    ("outdated", gettext_lazy("Most languages out of date")),
]


class TranslationStatusForm(forms.Form):
    language = forms.CharField(required=False)
    problems = forms.BooleanField(required=False)
    q = forms.CharField(required=False, max_length=100, strip=True)
    sort = forms.ChoiceField(required=False, choices=SORT_CHOICES)


def translation_status_view(request):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    languages = other_languages()
    form = TranslationStatusForm(request.GET)
    form.is_valid()
    data = form.cleaned_data
    notices = []
    language = request.GET.get("language") or ""
    if language and language not in dict(languages):
        notices.append(
            _("The language “%(value)s” is not known; every language is shown.") % {"value": language[:20]}
        )
        language = ""
    if "sort" in form.errors:
        notices.append(_("This order is not known; the pages are shown in the order of the page tree."))
    if "q" in form.errors:
        notices.append(_("The search text is too long; every page is shown."))
    problems_only = bool(data.get("problems"))
    rows = translation_status(
        [language] if language else None, data.get("q") or "", data.get("sort") or "tree"
    )
    if problems_only:
        rows = [row for row in rows if row["missing"] or row["outdated"]]
    return render(
        request,
        "editorial/admin/translation_status.html",
        {
            "rows": rows,
            "languages": languages,
            "language": language,
            "problems_only": problems_only,
            "notices": notices,
            "q": data.get("q") or "",
            "sort": data.get("sort") or "tree",
            "sorts": SORT_CHOICES,
        },
    )
