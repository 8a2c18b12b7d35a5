"""The abstract base page every page type extends."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from core import content_cache
from core.i18n import path_in_language
from core.translated import has_translation


class BasePage(Page):
    """What every page shares: a plain-language summary and knowledge of its own translations."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two plain sentences: shown in lists, search results and link previews."),
    )

    search_fields = Page.search_fields + [index.SearchField("summary")]
    content_panels = Page.content_panels + [FieldPanel("summary")]

    class Meta:
        abstract = True

    def is_translated(self, language_code=None):
        """True when the page has its own title in that language (not the English fallback)."""
        return has_translation(self, "title", language_code or get_language())

    def translated_languages(self):
        return [code for code, _name in settings.LANGUAGES if has_translation(self, "title", code)]

    def translation_is_draft(self, language_code=None):
        """True when the page's text in that language has not been reviewed since it last changed.

        Reads the page's translation states (kept by the policies app, reached through the relation's name):
        a language with no state yet counts as a draft, so nothing unreviewed is presented as reviewed.
        """
        language_code = language_code or get_language()
        if language_code == settings.LANGUAGE_CODE or not self.pk:
            return False

        def draft():
            state = self.translation_states.filter(language=language_code).first()
            return state is None or not state.is_reviewed

        return content_cache.remember(("translation-draft", self.pk, language_code), draft)

    def get_view_restrictions(self):
        """Wagtail's restrictions on this page and its ancestors; when none apply (as on almost every page),
        an empty queryset without a query, known from the content cache: every page view checks them."""
        if not content_cache.enabled() or not self.pk:
            return super().get_view_restrictions()
        restricted = content_cache.remember(
            ("view-restricted", self.pk), lambda: super(BasePage, self).get_view_restrictions().exists()
        )
        if not restricted:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["translation_missing"] = not self.is_translated()
        context["translation_draft"] = not context["translation_missing"] and self.translation_is_draft()
        if context["translation_draft"]:
            context["english_url"] = path_in_language(request.get_full_path(), settings.LANGUAGE_CODE)
        return context
