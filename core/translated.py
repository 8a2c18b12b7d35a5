"""The one home for translated fields: which fields a model translates, their columns, and whether they are filled.

modeltranslation names a field's column per language ("title_zh_hans"; Indonesian "id" becomes "title_ind" so it
cannot be mistaken for a foreign key). Build column names here, never by hand.
"""

from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

# Page fields modeltranslation localises that are not reader-facing text.
NOT_TEXT = frozenset({"slug", "url_path"})


def localized_column(field_name, language_code):
    """The column of a translated field in a language: ('title', 'id') -> 'title_ind'."""
    return build_localized_fieldname(field_name, language_code)


def translated_fields(model, include_non_text=False):
    """The names of the fields modeltranslation translates on a model (sorted); [] if it translates none."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return sorted(name for name in options.all_fields if include_non_text or name not in NOT_TEXT)


def has_translation(instance, field_name, language_code):
    """True if the field's own value in that language is filled (ignoring modeltranslation's fallback)."""
    value = getattr(instance, localized_column(field_name, language_code), None)
    return bool(value and str(value).strip())


def unread_stream_columns(model, language_code):
    """The StreamField columns a page shown in one language never reads: every language's but that one and
    the fallbacks'. Parsing a StreamField column costs most of loading a page, and there are 17 of each."""
    from django.conf import settings

    from wagtail.fields import StreamField

    read = {
        language_code,
        settings.LANGUAGE_CODE,
        *getattr(settings, "MODELTRANSLATION_FALLBACK_LANGUAGES", ()),
    }
    return [
        localized_column(name, code)
        for name in translated_fields(model)
        if isinstance(model._meta.get_field(name), StreamField)
        for code, _name in settings.LANGUAGES
        if code not in read
    ]


def stream_columns(model):
    """Every StreamField column of a model, each language's and modeltranslation's own: what a list of pages
    defers, as it shows their titles and links, never their text."""
    from wagtail.fields import StreamField

    return [field.name for field in model._meta.concrete_fields if isinstance(field, StreamField)]
