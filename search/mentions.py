"""Country names as anchors across languages.

A Vietnamese service "for workers back from Nhật Bản" should be found by "Japan". We look for CLDR country
names of the document's own language in its text, diacritics kept (Vietnamese "Lào" is Laos, "lao động" is
labour) (and add the countries the document is about), then index
the names of those countries in English and in the document's language beside the text.
"""

from functools import lru_cache

from core.names import cldr_locale, country_name
from core.normalise import tokens

_LONGEST = 6  # words in the longest country name we look for


@lru_cache(maxsize=32)
def _names(language):
    """{tuple of words: ISO code} of every country's names in the language (ICU words, no bigrams)."""
    names = {}
    for code, name in cldr_locale(language).territories.items():
        if len(code) == 2 and code.isalpha():
            words = tuple(tokens(name, "icu", strip_marks=False))
            # One-letter names would match everywhere.
            if words and len("".join(words)) > 2:
                names.setdefault(words, code)
    return names


def mentioned_countries(text, language):
    """ISO codes of the countries named in the text, in the given language."""
    names = _names(language)
    words = tokens(text, "icu", strip_marks=False)
    found = set()
    for start in range(len(words)):
        for length in range(1, _LONGEST + 1):
            code = names.get(tuple(words[start : start + length]))
            if code:
                found.add(code)
    return found


def country_names_text(codes, language):
    """The names of these countries in English and in the language, as one line of text to index."""
    names = []
    for code in sorted(codes):
        names.append(country_name(code, "en"))
        if language != "en":
            names.append(country_name(code, language))
    return " ".join(names)
