"""When each language of each page last changed, so editors can see which translations lag behind English.

One row per (page, language). On every publication the translated fields of each language are hashed and
compared with the stored hash: only a real change of that language's text moves its `changed_at`. A
translation is out of date when its `changed_at` is older than English's. Hashing the published values
(rather than diffing revisions) survives drafts, scheduled publishing and reverts without special cases.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageTranslationState(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="translation_states")
    language = models.CharField(_("language"), max_length=10)
    content_hash = models.CharField(max_length=64)
    has_content = models.BooleanField(default=False)
    changed_at = models.DateTimeField(_("last changed"))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "language"], name="unique_translation_state")]
        verbose_name = _("translation state")

    def __str__(self):
        return f"{self.page_id} {self.language} {self.changed_at:%Y-%m-%d}"
