"""The policy page's admin form: publishing (or asking to publish) needs a change note unless it is minor."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.forms import WagtailAdminPageForm

# Buttons of Wagtail's page editor that publish now or ask a moderator to publish.
PUBLISHING_ACTIONS = ("action-publish", "action-submit")


def _note_field(form):
    localized = build_localized_fieldname("change_note", settings.LANGUAGE_CODE)
    return localized if localized in form.fields else "change_note"


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
