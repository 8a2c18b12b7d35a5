"""Country and language names in every portal language, from CLDR (Babel) rather than hand-typed lists."""

from functools import lru_cache

from babel import Locale, UnknownLocaleError

from django.utils.translation import get_language

# Portal language code -> CLDR locale identifier, where they differ.
_CLDR_LOCALES = {"zh-hans": "zh_Hans", "zh-hant": "zh_Hant", "tl": "fil"}


@lru_cache(maxsize=64)
def cldr_locale(language_code):
    code = (language_code or "en").lower()
    try:
        return Locale.parse(_CLDR_LOCALES.get(code, code.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


# The world and regional totals of UN DESA's migrant stock tables keep the UN Population Division's location
# code (they have no ISO code); their names come from CLDR's entry for the same area under its M49 code.
AGGREGATE_CLDR_CODES = {"900": "001", "935": "142", "909": "009"}


def is_aggregate(code):
    return (code or "") in AGGREGATE_CLDR_CODES


def country_name(iso_code, language_code=None):
    """The country's name in the language (the active one by default); the code itself if CLDR lacks it.

    The UN's world and regional totals (see AGGREGATE_CLDR_CODES) get the name of their area."""
    iso_code = (iso_code or "").upper()
    iso_code = AGGREGATE_CLDR_CODES.get(iso_code, iso_code)
    locale = cldr_locale(language_code or get_language())
    return locale.territories.get(iso_code) or cldr_locale("en").territories.get(iso_code, iso_code)


# Two-letter CLDR territories that are not countries: unknown region, unions, pseudo-locales.
_NOT_COUNTRIES = {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"}


def is_known_country(iso_code):
    code = (iso_code or "").upper()
    return (
        len(code) == 2
        and code.isalpha()
        and code not in _NOT_COUNTRIES
        and code in cldr_locale("en").territories
    )
