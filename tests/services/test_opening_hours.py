"""Opening hours as people say them: CLDR day names and times in the reader's language, runs of days joined."""

import datetime
from types import SimpleNamespace

import pytest

from django.utils import translation

from services.hours import opening_lines


def schedule(byday, opens=None, closes=None, freq="WEEKLY"):
    return SimpleNamespace(freq=freq, byday=byday, opens_at=opens, closes_at=closes)


WEEKDAYS = schedule("MO,TU,WE,TH,FR", datetime.time(8), datetime.time(17))
SATURDAY = schedule("SA", datetime.time(9), datetime.time(12, 30))


def test_a_line_open_every_day_and_night_says_so():
    with translation.override("en"):
        assert opening_lines([schedule("MO,TU,WE,TH,FR,SA,SU")], "en") == [("Every day", "Open 24 hours")]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("vi", [("Thứ Hai–Thứ Sáu", "08:00–17:00"), ("Thứ Bảy", "09:00–12:30"), ("Chủ Nhật", "Đóng cửa")]),
        ("ne", [("सोमबार–शुक्रबार", "08:00–17:00"), ("शनिबार", "09:00–12:30"), ("आइतबार", "बन्द")]),
    ],
)
def test_days_and_times_come_from_cldr_in_the_readers_language(language, expected):
    with translation.override(language):
        assert opening_lines([SATURDAY, WEEKDAYS], language) == expected


def test_twelve_hour_locales_keep_their_clock_and_no_day_code_is_left_raw():
    with translation.override("en"):
        lines = opening_lines([WEEKDAYS], "en")
    assert lines[0][0] == "Monday–Friday" and "5:00" in lines[0][1] and "PM" in lines[0][1]
    assert lines[-1] == ("Saturday–Sunday", "Closed")
    assert not any("MO" in days or "," in days for days, _hours in lines)


def test_schedules_that_are_not_weekly_are_not_guessed():
    assert opening_lines([schedule("", freq="MONTHLY")], "en") == []


def test_each_time_zone_is_read_once_however_many_countries_a_list_has(monkeypatch):
    """ZoneInfo keeps only the 8 zones used last: a directory page with services in more countries read a
    zone file from disk for nearly every card."""
    from services import opening

    read = []
    zone_info = opening.ZoneInfo
    monkeypatch.setattr(opening, "ZoneInfo", lambda name: read.append(name) or zone_info(name))
    forget = getattr(getattr(opening, "time_zone", None), "cache_clear", lambda: None)
    forget()
    try:
        for _ in range(3):
            for country in opening.COUNTRY_TIMEZONES:
                assert opening.local_now(country).tzinfo.key == opening.COUNTRY_TIMEZONES[country]
    finally:
        forget()
    assert sorted(read) == sorted(set(opening.COUNTRY_TIMEZONES.values()))
