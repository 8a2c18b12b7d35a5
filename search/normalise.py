"""Text normalisation shared by indexing and querying, independent of the search engine."""

import unicodedata

# Letters with a stroke that Unicode does not decompose into base + mark.
_STROKED = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ħ": "h", "ŧ": "t", "ƀ": "b", "ɨ": "i"})


def _is_latin(ch):
    code = ord(ch)
    return code < 0x0250 or 0x1E00 <= code <= 0x1EFF or 0x2C60 <= code <= 0x2C7F or 0xA720 <= code <= 0xA7FF


def fold(text):
    """Unicode-normalise, case-fold and strip diacritics from Latin letters only.

    Vietnamese "Hỗ trợ Đà Nẵng" becomes "ho tro da nang"; a Thai vowel sign, a Burmese medial or a Japanese
    dakuten is a letter of its script and stays.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).casefold().translate(_STROKED)
    out = []
    base_is_latin = False
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            if base_is_latin:
                continue
        else:
            base_is_latin = _is_latin(ch)
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))
