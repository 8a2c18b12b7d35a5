"""The search index's own table: one row per searchable object and language, text already normalised."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.search import index


class TermsField(index.SearchField):
    """A search field named after a display field (``title``, ``body``) that indexes its normalised terms.

    Keeping the display names lets the database backends weight ``title`` as a title, while the engine
    only ever sees ``core.normalise.index_text`` output.
    """

    def __init__(self, field_name, terms_attr, **kwargs):
        super().__init__(field_name, **kwargs)
        self.terms_attr = terms_attr

    def get_value(self, obj):
        return getattr(obj, self.terms_attr) or ""


class SearchDocument(index.Indexed, models.Model):
    """What the search engine sees of a guide, policy or service in one language.

    Built by the document builders in ``search.documents`` from the source models; ``title_terms`` and
    ``text_terms`` hold ``core.normalise.index_text`` output so every engine matches the same words.
    """

    KINDS = [
        ("guide", _("Country guide")),
        ("corridor", _("Corridor guide")),
        ("policy", _("Law or policy")),
        ("service", _("Support service")),
    ]

    source = models.CharField(_("source"), max_length=100, help_text=_("Model label and primary key."))
    kind = models.CharField(_("kind"), max_length=20, choices=KINDS)
    language = models.CharField(_("language"), max_length=10)
    title = models.CharField(_("title"), max_length=500)
    url = models.CharField(_("URL"), max_length=500)
    countries = models.CharField(
        _("countries"), max_length=200, blank=True, help_text=_("ISO codes separated by spaces.")
    )
    hsds_id = models.CharField(_("HSDS identifier"), max_length=64, blank=True)
    body = models.TextField(_("text"), blank=True)
    title_terms = models.TextField(blank=True)
    text_terms = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    search_fields = [
        TermsField("title", "title_terms", boost=3),
        TermsField("body", "text_terms"),
        index.FilterField("kind"),
        index.FilterField("language"),
    ]

    class Meta:
        verbose_name = _("search document")
        constraints = [
            models.UniqueConstraint(fields=["source", "language"], name="search_document_source_language")
        ]
        indexes = [models.Index(fields=["kind", "language"])]

    def __str__(self):
        return f"{self.title} ({self.language})"

    @property
    def country_codes(self):
        return self.countries.split()
