"""Whole numbers read from URLs and query strings: ASCII digits only.

`str.isdigit()` is true for superscripts ("²") and other digits `int()` refuses, and `int()` itself accepts
Arabic-Indic and other Unicode digits, signs, underscores and spaces. Every place that reads a number a
visitor typed goes through `parse_whole_number`, so "²", "٣", "+1", " 1" and "1_0" are all simply not numbers.
"""

import re

WHOLE_NUMBER = re.compile(r"[0-9]{1,18}")


def parse_whole_number(text, minimum=None, maximum=None):
    """The value of `text` if it is 1 to 18 ASCII digits within [minimum, maximum], else None."""
    if not isinstance(text, str) or not WHOLE_NUMBER.fullmatch(text):
        return None
    value = int(text)
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        return None
    return value
