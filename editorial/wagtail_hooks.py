"""Admin integration: the translation-status report and the translation reviews."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html, json_script
from django.utils.translation import get_language_info
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES
from editorial import compare  # noqa: F401 (registers the compare view's comparisons)
from editorial.admin_strings import COPY_CONTENT_FROM
from editorial.admin_views import translation_status_view
from editorial.models import PageTranslationState


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [path("translation-status/", translation_status_view, name="editorial_translation_status")]


@hooks.register("register_admin_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("editorial_translation_status"),
        icon_name="globe",
        order=800,
    )


@hooks.register("insert_editor_js")
def translator_tools_js():
    """The language toggle by name, panels that stay, confirmed copies and the English source beside each field."""
    settings = {
        "source": DEFAULT_LANGUAGE,
        "languages": [
            {"code": code, "name": get_language_info(code)["name_local"]} for code in LANGUAGE_CODES
        ],
        "confirmCopy": gettext_now(
            "Replace the content of this field with the content in {language}? What the field holds now is lost."
        ),
        "sourceLabel": gettext_now("English source (read-only)"),
        "emptySource": gettext_now("(no English text)"),
        "copyContentFrom": str(COPY_CONTENT_FROM),
    }
    return json_script(settings, "editorial-translator-settings") + format_html(
        '<script src="{}"></script>', static("js/editorial/translator.js")
    )


@hooks.register("insert_global_admin_css")
def translator_tools_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/editorial.css"))


class TranslationReviewViewSet(SnippetViewSet):
    """Reviewers record here who checked a page's translation and when; readers see drafts marked as such."""

    model = PageTranslationState
    icon = "globe"
    menu_label = _("Translation reviews")
    list_display = ["page", "language", "changed_at", "reviewed_by", "reviewed_on"]
    list_filter = ["language"]
    panels = [FieldPanel("reviewed_by"), FieldPanel("reviewed_on")]


register_snippet(TranslationReviewViewSet)
