"""The languages the portal serves, and the locale facts Django lacks for some of them."""

import unicodedata

import django.conf.locale
from django.utils.translation import gettext_lazy as _

DEFAULT_LANGUAGE = "en"

# (code, English name for translators). The names shown to visitors come from LANG_INFO's name_local.
LANGUAGES = [
    ("en", _("English")),
    ("vi", _("Vietnamese")),
    ("ko", _("Korean")),
    ("ja", _("Japanese")),
    ("zh-hans", _("Simplified Chinese")),
    ("zh-hant", _("Traditional Chinese")),
    ("th", _("Thai")),
    ("km", _("Khmer")),
    ("lo", _("Lao")),
    ("my", _("Burmese")),
    ("id", _("Indonesian")),
    ("ms", _("Malay")),
    ("tl", _("Filipino")),
    ("ne", _("Nepali")),
    ("bn", _("Bengali")),
    ("si", _("Sinhala")),
    ("ur", _("Urdu")),
]

LANGUAGE_CODES = [code for code, _name in LANGUAGES]

# Django's table lacks Lao, Filipino and Sinhala, and gives Khmer its English name only.
EXTRA_LANG_INFO = {
    "lo": {"bidi": False, "code": "lo", "name": "Lao", "name_local": "ລາວ"},
    "tl": {"bidi": False, "code": "tl", "name": "Filipino", "name_local": "Filipino"},
    "si": {"bidi": False, "code": "si", "name": "Sinhala", "name_local": "සිංහල"},
    "km": {"bidi": False, "code": "km", "name": "Khmer", "name_local": "ខ្មែរ"},
}


def install_extra_lang_info():
    """Teach Django the languages its locale table lacks, with every local name in NFC (idempotent).

    Django's table spells Vietnamese "Tiếng Việt" with combining marks (NFD); HTML checkers ask for NFC.
    """
    django.conf.locale.LANG_INFO.update(EXTRA_LANG_INFO)
    for info in django.conf.locale.LANG_INFO.values():
        if "name_local" in info:
            info["name_local"] = unicodedata.normalize("NFC", info["name_local"])


install_extra_lang_info()


def supported_language(value):
    """One of our codes for a BCP 47 tag, or None: 'vi-VN' -> 'vi', 'zh-Hant-TW' -> 'zh-hant', 'xx' -> None."""
    from django.utils.translation import get_supported_language_variant

    tag = (value or "").strip().replace("_", "-").lower()
    if not tag or len(tag) > 35:
        return None
    try:
        return get_supported_language_variant(tag)
    except LookupError:
        return None


def other_languages():
    """(code, name) of every language but the default, the source that the others translate."""
    return [(code, name) for code, name in LANGUAGES if code != DEFAULT_LANGUAGE]


def language_names():
    """{code: English name} of every language."""
    return dict(LANGUAGES)


def localized_verbose_name(verbose_name, language_code):
    """A translated field's label, "Title [id]": modeltranslation passes Indonesian as "ind", its column suffix.

    The editor's language toggle finds a field's language by this "[code]" suffix, so it must be the language
    code itself for every language (settings.MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME).
    """
    code = "id" if language_code == "ind" else language_code
    return f"{verbose_name} [{code}]"


# The national language of each country the demo covers, among the portal's languages: guides, corridors, policies
# and services are written in it (issue 18). Malay serves Brunei and Singapore too.
NATIONAL_LANGUAGE = {
    "VN": "vi",
    "KR": "ko",
    "JP": "ja",
    "TH": "th",
    "KH": "km",
    "LA": "lo",
    "MM": "my",
    "ID": "id",
    "MY": "ms",
    "PH": "tl",
    "NP": "ne",
    "BD": "bn",
    "BN": "ms",
    "SG": "ms",
}
