"""The policy page's admin form: publishing (or asking to publish) needs a change note unless it is minor.

A publication that changes only other languages' text (a translation) needs no note and becomes no public
update: the editorial app records it as a translation. An editor who wants it in the feeds writes a note.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm

from core.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES
from core.translated import localized_column, translated_fields

# Buttons of Wagtail's page editor that publish now or ask a moderator to publish.
PUBLISHING_ACTIONS = ("action-publish", "action-submit")
# Form fields and formsets that say how a change is published, not what the page says.
NOT_CONTENT = frozenset({"change_note", "minor_change", "comment_notifications"})
NOT_CONTENT_FORMSETS = frozenset({"comments"})


def _note_field(form):
    localized = localized_column("change_note", DEFAULT_LANGUAGE)
    return localized if localized in form.fields else "change_note"


def translation_columns(model):
    """Every form field name that holds a translation: each translated field's column in a non-source language."""
    return {
        localized_column(name, code)
        for name in translated_fields(model, include_non_text=True)
        for code in LANGUAGE_CODES
        if code != DEFAULT_LANGUAGE
    }


class PolicyPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        # Like GOV.UK: each new round of edits after a publication starts with an empty change note, while a
        # draft awaiting review keeps the note its author wrote for the moderator to publish.
        if page.pk and page.live and not page.has_unpublished_changes and not self.is_bound:
            for name in self.fields:
                if name.startswith("change_note"):
                    self.initial[name] = ""
            self.initial["minor_change"] = False

    def is_publishing(self):
        return any(action in self.data for action in PUBLISHING_ACTIONS)

    def clean(self):
        cleaned_data = super().clean()
        self._refuse_duplicate_countries()
        if not self.is_publishing() or cleaned_data.get("minor_change"):
            return cleaned_data
        field = _note_field(self)
        note = (cleaned_data.get(field) or "").strip()
        if not note and self.is_translation_only():
            return cleaned_data
        if not note:
            self.add_error(
                field,
                _("Write a change note for the public, or tick “minor change” for a typo or formatting fix."),
            )
        elif self.instance.pk and self._repeats_last_note(note):
            self.add_error(
                field,
                _(
                    "This change note was already published. Describe what changed this time, or tick “minor change”."
                ),
            )
        return cleaned_data

    def is_translation_only(self):
        """True when, compared with the published page, this edit changes other languages' text and nothing else.

        The comparison is with the live page, not with the draft the form was opened on: an unpublished English
        change in a draft is still an English change when a translator publishes it. The posted data is bound a
        second time to the live page, so Django's own field and formset comparisons decide what changed.
        """
        if not self.instance.pk:
            return False
        live = type(self.instance).objects.filter(pk=self.instance.pk, live=True).first()
        if live is None:
            return False
        against_live = type(self)(
            self.data, self.files, instance=live, parent_page=self.parent_page, for_user=self.for_user
        )
        notes = {
            localized_column(name, code) for name in NOT_CONTENT for code in LANGUAGE_CODES
        } | NOT_CONTENT
        changed = set(against_live.changed_data) - notes
        if not changed or changed - translation_columns(type(self.instance)):
            return False
        return not any(
            formset.has_changed()
            for name, formset in against_live.formsets.items()
            if name not in NOT_CONTENT_FORMSETS
        )

    def _refuse_duplicate_countries(self):
        formset = self.formsets.get("countries")
        if formset is None:
            return
        seen = set()
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if data.get("DELETE") or not data.get("iso_code"):
                continue
            code = data["iso_code"].strip().upper()
            if code in seen:
                form.add_error("iso_code", _("This country is already listed."))
            seen.add(code)

    def _repeats_last_note(self, note):
        from policies.models import PolicyUpdate

        last = PolicyUpdate.objects.filter(page_id=self.instance.pk).order_by("-date", "-pk").first()
        return last is not None and last.note.strip() == note
