"""When each language of each page last changed, so editors can see which translations lag behind English.

One row per (page, language). On every publication the translated fields of each language are hashed and
compared with the stored hash: only a real change of that language's text moves its `changed_at`. A
translation is out of date when its `changed_at` is older than English's. Hashing the published values
(rather than diffing revisions) survives drafts, scheduled publishing and reverts without special cases.

A translation is reviewed when someone records who reviewed it and when, and that date is not older than the
last change to its text; until then (and again after any change) it is a draft, and readers are told so.
"""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask


class PageTranslationState(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="translation_states")
    language = models.CharField(_("language"), max_length=10)
    content_hash = models.CharField(max_length=64)
    has_content = models.BooleanField(default=False)
    changed_at = models.DateTimeField(_("last changed"))
    reviewed_by = models.CharField(
        _("reviewed by"),
        max_length=120,
        blank=True,
        help_text=_("Who checked this translation against the English."),
    )
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)
    # Per translated field: the hash of its value and when it last changed (ISO dates), so a translation is
    # stale only for the fields whose English changed after it. Empty for rows recorded before per-field tracking.
    field_hashes = models.JSONField(default=dict, blank=True)
    field_changed = models.JSONField(default=dict, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "language"], name="unique_translation_state")]
        # The table keeps the name it had when the model lived in the policies app (migration editorial 0001).
        db_table = "policies_pagetranslationstate"
        verbose_name = _("translation state")

    def __str__(self):
        return f"{self.page_id} {self.language} {self.changed_at:%Y-%m-%d}"

    def field_changed_at(self, field):
        """When this language's value of `field` last changed (the whole language's date if not tracked yet)."""
        value = self.field_changed.get(field)
        return datetime.datetime.fromisoformat(value) if value else self.changed_at

    @property
    def is_reviewed(self):
        """Reviewed, and not changed since: a later change makes the translation a draft again."""
        return bool(self.reviewed_by and self.reviewed_on and self.reviewed_on >= self.changed_at.date())


class ModeratorApprovalTask(AbstractGroupApprovalTask):
    """Wagtail's group approval, where approving and requesting changes both ask first.

    Wagtail approves on one click from the page's action menu and the dashboard. Here each action opens a
    modal that says what will happen (with an optional comment) before anything is done; in the editor the
    modal's answer is sent with the page's form, so nothing typed is lost.
    """

    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            return [("reject", _("Request changes"), True), ("approve", _("Approve and publish"), True)]
        return []

    def get_template_for_action(self, action):
        return "editorial/admin/workflow_confirm_modal.html"

    class Meta:
        verbose_name = _("moderator approval task")
        verbose_name_plural = _("moderator approval tasks")
