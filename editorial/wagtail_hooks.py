"""Admin integration: the translation-status report and the translation reviews."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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


class TranslationReviewViewSet(SnippetViewSet):
    """Reviewers record here who checked a page's translation and when; readers see drafts marked as such."""

    model = PageTranslationState
    icon = "globe"
    menu_label = _("Translation reviews")
    list_display = ["page", "language", "changed_at", "reviewed_by", "reviewed_on"]
    list_filter = ["language"]
    panels = [FieldPanel("reviewed_by"), FieldPanel("reviewed_on")]


register_snippet(TranslationReviewViewSet)
