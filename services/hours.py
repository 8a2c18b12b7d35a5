"""Weekly opening hours as people say them: day names and times from CLDR (Babel), in the reader's language.

"MO,TU,WE,TH,FR 08:00-17:00" becomes one line per run of days with the same hours, in the locale's week order,
e.g. "Monday–Friday: 8:00 AM – 5:00 PM" and "Saturday–Sunday: Closed" in English, or
"Thứ Hai–Thứ Sáu: 08:00 – 17:00" in Vietnamese.
"""

import datetime
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_interval, format_time

from django.utils.translation import gettext as _

from .opening import DAYS

# Portal language code -> CLDR locale identifier, where they differ.
_CLDR_LOCALES = {"zh-hans": "zh_Hans", "zh-hant": "zh_Hant", "tl": "fil"}


@lru_cache(maxsize=32)
def _locale(language):
    code = (language or "en").lower()
    try:
        return Locale.parse(_CLDR_LOCALES.get(code, code.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def _schedule_days(schedule):
    days = [d.strip()[-2:].upper() for d in (schedule.byday or "").split(",") if d.strip()]
    return [d for d in days if d in DAYS] or list(DAYS)


def _time_range(opens, closes, locale):
    # The locale's own hour cycle: 12-hour where its short time pattern uses "h", 24-hour otherwise.
    skeleton = "hm" if "h" in locale.time_formats["short"].pattern else "Hm"
    if opens is not None and closes is not None:
        return format_interval(opens, closes, skeleton, locale=locale)
    return format_time(opens or closes, format="short", locale=locale)


def opening_lines(schedules, language):
    """[(days, hours)] for weekly schedules, runs of days with the same hours joined; [] if none is weekly."""
    weekly = [s for s in schedules if (s.freq or "WEEKLY").upper() == "WEEKLY"]
    if not weekly:
        return []
    locale = _locale(language)
    names = locale.days["format"]["wide"]  # 0 = Monday
    by_day = {day: [] for day in range(7)}
    for schedule in sorted(weekly, key=lambda s: (s.opens_at is not None, s.opens_at or datetime.time.min)):
        for code in _schedule_days(schedule):
            if schedule.opens_at is None and schedule.closes_at is None:
                by_day[DAYS.index(code)] = [_("Open 24 hours")]
            elif by_day[DAYS.index(code)] != [_("Open 24 hours")]:
                by_day[DAYS.index(code)].append(_time_range(schedule.opens_at, schedule.closes_at, locale))
    order = [(locale.first_week_day + i) % 7 for i in range(7)]
    runs = []
    for day in order:
        hours = ", ".join(by_day[day]) or _("Closed")
        if runs and runs[-1][2] == hours:
            runs[-1][1] = day
        else:
            runs.append([day, day, hours])
    if len(runs) == 1:
        return [(_("Every day"), runs[0][2])]
    return [
        (names[first] if first == last else f"{names[first]}–{names[last]}", hours)
        for first, last, hours in runs
    ]
