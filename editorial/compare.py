"""The revisions compare view lists only real changes: an empty field is empty whether None or "", tags are a set.

Wagtail's comparisons treat None and "" as different values, so every untranslated column (17 per translated
field) showed as a "change" once the editor's form saved it, and tags read back in another order looked changed
too, and bodies saved again unchanged differed in their stored HTML. These classes replace Wagtail's for text and tag fields everywhere in the admin (registered at import).
"""

import re

from taggit.managers import TaggableManager

from django.db import models

from wagtail.admin.compare import (
    StreamFieldComparison,
    TagsFieldComparison,
    TextFieldComparison,
    register_comparison_class,
)
from wagtail.fields import StreamField

# The marks Wagtail's diffs put on an added or deleted word, value or block.
VISIBLE_CHANGE = re.compile(r'class="[^"]*\b(addition|deletion)\b')


def _text(value):
    return "" if value is None else str(value)


class EmptyAwareTextComparison(TextFieldComparison):
    """A text field whose value went from None to "" (or back) has not changed."""

    def __init__(self, field, obj_a, obj_b):
        super().__init__(field, obj_a, obj_b)
        self.val_a, self.val_b = _text(self.val_a), _text(self.val_b)


class UnorderedTagsComparison(TagsFieldComparison):
    """Tags are a set: the same tags read back in another order are no change."""

    def get_items(self):
        items_a, items_b = super().get_items()
        return sorted(items_a, key=lambda tag: tag.slug), sorted(items_b, key=lambda tag: tag.slug)


class VisibleChangeStreamComparison(StreamFieldComparison):
    """A body changed only if its diff shows a change: rich text saved again by the editor (Draftail adds
    data-block-key attributes to every paragraph) differs in storage but reads the same."""

    def has_changed(self):
        return super().has_changed() and bool(VISIBLE_CHANGE.search(str(self.htmldiff())))


register_comparison_class(models.CharField, comparison_class=EmptyAwareTextComparison)
register_comparison_class(models.TextField, comparison_class=EmptyAwareTextComparison)
register_comparison_class(TaggableManager, comparison_class=UnorderedTagsComparison)
register_comparison_class(StreamField, comparison_class=VisibleChangeStreamComparison)
