"""Text normalisation shared by indexing and querying, independent of the search engine.

Indexed text and queries go through the same three steps, so a word matches whatever the engine:

1. ``fold``: Unicode NFKC, case folding, Latin diacritics stripped (Vietnamese "hỗ trợ" → "ho tro"), Arabic
   script vowel marks and letter variants unified; marks that are letters (Thai, Burmese, Khmer, Indic
   vowel signs and viramas, Japanese dakuten) stay.
2. ``tokens``: words. Scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese) are
   segmented by ICU's dictionary word breaker (or character bigrams, see ``SEGMENTERS``); Korean words are
   cut into syllable bigrams so that a noun with its particle attached (상담소에서) shares terms with the bare
   noun (상담소).
3. ``engine_term``: every non-ASCII word is written as a compact ASCII word, so no engine tokenizer can cut it
   again. SQLite FTS5's unicode61 tokenizer splits Thai, Burmese, Sinhala and Devanagari words at every
   vowel sign, and PostgreSQL's parser splits at the zero-width joiner of Sinhala conjuncts; an ASCII word
   of letters and digits is one token for both, and for Elasticsearch's whitespace tokenizer.
"""

import re
import unicodedata
from functools import lru_cache

from icu4py.breakers import CharacterBreaker, WordBreaker
from icu4py.locale import Locale

# Letters with a stroke that Unicode does not decompose into base + mark.
_STROKED = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ħ": "h", "ŧ": "t", "ƀ": "b", "ɨ": "i"})

# Arabic-script letters typed differently on Arabic, Persian and Urdu keyboards, mapped to the Urdu form;
# joiners and soft hyphens that users type or omit at will are dropped.
_VARIANTS = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ۀ": "ہ",
        "\u0640": None,  # tatweel
        "\u200c": None,  # zero-width non-joiner
        "\u200d": None,  # zero-width joiner (Sinhala conjuncts are spelt with and without it)
        "\u00ad": None,  # soft hyphen
        "\u2060": None,  # word joiner
    }
)


def _is_latin(ch):
    code = ord(ch)
    return code < 0x0250 or 0x1E00 <= code <= 0x1EFF or 0x2C60 <= code <= 0x2C7F or 0xA720 <= code <= 0xA7FF


def _is_arabic(ch):
    code = ord(ch)
    return 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF


def fold(text, strip_marks=True):
    """Unicode-normalise, case-fold and strip diacritics from Latin letters and Arabic vowel marks only.

    Vietnamese "Hỗ trợ Đà Nẵng" becomes "ho tro da nang"; a Thai vowel sign, a Burmese medial or a Japanese
    dakuten is a letter of its script and stays. With strip_marks=False, only normalises and case-folds.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    if not strip_marks:
        return text
    text = text.translate(_STROKED).translate(_VARIANTS)
    out = []
    base_is_latin = base_is_arabic = False
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            # Latin diacritics and Arabic harakat are optional when typing; elsewhere marks are letters.
            if base_is_latin or base_is_arabic:
                continue
        else:
            base_is_latin = _is_latin(ch)
            base_is_arabic = _is_arabic(ch)
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


# --- Scripts --------------------------------------------------------------------------------------------

# (first, last, script, ICU locale): scripts written without spaces between words.
_UNSPACED = [
    (0x0E00, 0x0E7F, "th"),
    (0x0E80, 0x0EFF, "lo"),
    (0x1000, 0x109F, "my"),
    (0xAA60, 0xAA7F, "my"),
    (0xA9E0, 0xA9FF, "my"),
    (0x1780, 0x17FF, "km"),
    (0x19E0, 0x19FF, "km"),
    (0x3040, 0x30FF, "ja"),  # hiragana, katakana
    (0x31F0, 0x31FF, "ja"),
    (0xFF66, 0xFF9F, "ja"),
    (0x3400, 0x4DBF, "zh"),
    (0x4E00, 0x9FFF, "zh"),
    (0xF900, 0xFAFF, "zh"),
    (0x20000, 0x2FA1F, "zh"),
]
_HANGUL = [(0xAC00, 0xD7A3), (0x1100, 0x11FF), (0x3130, 0x318F)]


def script_of(ch):
    """'cjk', 'th', 'lo', 'km', 'my' for unspaced scripts, 'ko' for Hangul, '' for every other."""
    code = ord(ch)
    for first, last, script in _UNSPACED:
        if first <= code <= last:
            return "cjk" if script in ("ja", "zh") else script
    for first, last in _HANGUL:
        if first <= code <= last:
            return "ko"
    return ""


def _is_word_char(ch):
    return unicodedata.category(ch)[0] in "LMN"


_RUN = re.compile(r"\S+")


def _script_runs(word):
    """Cut a word of word characters into runs of one script class."""
    start = 0
    current = script_of(word[0])
    for i in range(1, len(word)):
        script = script_of(word[i])
        # Marks and the prolonged sound mark belong to the run they follow.
        if script != current and not unicodedata.combining(word[i]) and word[i] != "ー":
            yield current, word[start:i]
            start, current = i, script
    yield current, word[start:]


@lru_cache(maxsize=8)
def _locale(code):
    return Locale(code)


_ICU_LOCALE = {"cjk": "ja", "th": "th", "lo": "lo", "km": "km", "my": "my"}


def icu_words(run, script):
    """ICU's dictionary word segmentation of a run of one unspaced script."""
    breaker = WordBreaker(run, _locale(_ICU_LOCALE[script]))
    return [w for w in breaker if any(_is_word_char(c) for c in w)]


def graphemes(run, script):
    return list(CharacterBreaker(run, _locale(_ICU_LOCALE.get(script, "en"))))


def bigrams(units):
    """Overlapping pairs of units (characters or grapheme clusters); a single unit stays alone."""
    if len(units) < 2:
        return ["".join(units)] if units else []
    return [units[i] + units[i + 1] for i in range(len(units) - 1)]


def _segment_icu(run, script):
    return icu_words(run, script)


def _segment_bigram(run, script):
    return bigrams(graphemes(run, script) if script != "cjk" else list(run))


def _segment_icu_bigram(run, script):
    # Dictionary words, then bigrams inside each longer word: a query word the dictionary cuts
    # differently in a short query still shares terms with the text.
    words = icu_words(run, script)
    out = []
    for word in words:
        out.append(word)
        units = graphemes(word, script) if script != "cjk" else list(word)
        if len(units) > 2:
            out.extend(bigrams(units))
    return out


SEGMENTERS = {"icu": _segment_icu, "bigram": _segment_bigram, "icu+bigram": _segment_icu_bigram}
DEFAULT_SEGMENTER = "icu+bigram"


def tokens(text, segmenter=None, strip_marks=True):
    """The normalised words of a text, in order (readable Unicode; see ``engine_terms`` for the index)."""
    segment = SEGMENTERS[segmenter or DEFAULT_SEGMENTER]
    folded = fold(text, strip_marks)
    # Anything that is not a letter, mark or digit separates words (the zero-width space of Thai,
    # Khmer and Burmese text included).
    cleaned = "".join(ch if _is_word_char(ch) else " " for ch in folded)
    out = []
    for word in _RUN.findall(cleaned):
        for script, run in _script_runs(word):
            if script == "ko":
                out.extend(bigrams(list(run)))
            elif script:
                out.extend(segment(run, script))
            else:
                out.append(run)
    return out


# --- Terms as the engines see them ----------------------------------------------------------------------

_ASCII_WORD = re.compile(r"^[a-z0-9]+$")


_B32 = "0123456789abcdefghijklmnopqrstuv"  # "w" is not a digit of it: it marks a change of block


def _base32(value, width):
    return "".join(_B32[(value >> (5 * i)) & 31] for i in reversed(range(width)))


def engine_term(token):
    """An ASCII spelling of a token that every engine keeps as one word, and that only this token has.

    ASCII words stay as they are (readable, and stemmed by PostgreSQL's English configuration alike on both
    sides). Any other word becomes "x0", then for each code point three base-32 digits of its place in a block
    of 32,768 code points, with "w" and two digits naming the block whenever it changes: compact (three
    characters per letter, against nine bytes of UTF-8 percent-encoding), letters and digits only, never shared by two tokens, a
    prefix of a word spelt as a prefix of its spelling, and with a digit so PostgreSQL never stems it.
    """
    if _ASCII_WORD.match(token):
        return token
    out = ["x0"]
    block = None
    for ch in token:
        code = ord(ch)
        if code >> 15 != block:
            block = code >> 15
            out.append("w" + _base32(block, 2))
        out.append(_base32(code & 0x7FFF, 3))
    return "".join(out)


def decode_term(term):
    """The token an ``engine_term`` spells (for debugging and tests)."""
    if not term.startswith("x0"):
        return term
    chars, block, i = [], 0, 2
    while i < len(term):
        if term[i] == "w":
            block, i = int(term[i + 1 : i + 3], 32), i + 3
        else:
            chars.append(chr((block << 15) | int(term[i : i + 3], 32)))
            i += 3
    return "".join(chars)


def engine_terms(text, segmenter=None):
    return [engine_term(t) for t in tokens(text, segmenter)]


def index_text(text, segmenter=None):
    """The text to hand to the search engine for a document field."""
    return " ".join(engine_terms(text, segmenter))


def query_terms(query, segmenter=None):
    """The distinct engine terms of a query, in order."""
    return list(dict.fromkeys(engine_terms(query, segmenter)))
