"""Snippets of a document around the words that matched, with the matches marked (after normalisation)."""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.normalise import fold, tokens

SNIPPET_SCAN = 4000
MAX_MARKS = 30


@lru_cache(maxsize=8192)
def _fold_char(ch):
    return fold(ch)


@lru_cache(maxsize=256)
def _query_words(query):
    return sorted(set(tokens(query)), key=len, reverse=True)


def _folded_with_offsets(text):
    """The folded text and, for each of its characters, the index of the original character."""
    if text.isascii():
        return text.lower(), range(len(text))
    folded, offsets = [], []
    for i, ch in enumerate(text):
        for out in _fold_char(ch):
            folded.append(out)
            offsets.append(i)
    return "".join(folded), offsets


def _spans(text, query):
    """(start, end) spans of the original text that match words of the query, sorted, not overlapping."""
    folded, offsets = _folded_with_offsets(text)
    words = _query_words(query)
    found = []
    for word in words:
        pattern = re.escape(word)
        if word.isascii():
            # Whole words only, as the engine matches them: "ho" (from "hỗ") must not mark "Hội" or "học".
            pattern = rf"(?<![a-z0-9]){pattern}(?![a-z0-9])"
        for match in re.finditer(pattern, folded):
            start, end = offsets[match.start()], offsets[match.end() - 1] + 1
            if not any(s < end and start < e for s, e in found):
                found.append((start, end))
                if len(found) >= MAX_MARKS:
                    return sorted(found)
    return sorted(found)


def snippet_parts(text, query, width=220):
    """A window of the text around the first match, as [(text, is_match)] parts."""
    # Long guides: look for the words in the first part only; the snippet is a preview.
    text = " ".join((text or "")[:SNIPPET_SCAN].split())
    spans = _spans(text, query)
    start = 0
    if spans:
        start = max(0, spans[0][0] - width // 4)
        # Start on a word boundary when the script has spaces.
        space = text.rfind(" ", 0, start)
        if start and space != -1 and start - space < 20:
            start = space + 1
    end = min(len(text), start + width)
    parts, cursor = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        if s > cursor:
            parts.append((text[cursor:s], False))
        parts.append((text[s:e], True))
        cursor = e
    if cursor < end:
        parts.append((text[cursor:end], False))
    if start > 0:
        parts.insert(0, ("… ", False))
    if end < len(text):
        parts.append((" …", False))
    return parts


def snippet_text(text, query):
    return "".join(part for part, _match in snippet_parts(text, query))


def snippet_html(text, query):
    """The snippet with matches in <mark>; every piece of the content is escaped."""
    return mark_safe(  # noqa: S308 - built only from escaped parts
        "".join(
            f"<mark>{escape(part)}</mark>" if match else escape(part)
            for part, match in snippet_parts(text, query)
        )
    )
