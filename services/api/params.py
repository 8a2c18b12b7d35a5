"""Parse and check API query parameters; a bad one raises BadParameter, answered with 400 and JSON."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.dateparse import parse_datetime
from django.utils.translation import get_language_from_request

from core.languages import LANGUAGE_CODES, supported_language
from core.numbers import parse_whole_number
from core.params import BadParameter, CountryCodeField, bad_parameter_response

LANGUAGE_CODES = set(LANGUAGE_CODES)
MAX_PER_PAGE = 200


# One exception and one 400 body for every API (core.params).
bad_request = bad_parameter_response


def language(request):
    """lang= if given (one of ours, or a regional tag of one: vi-VN), else Accept-Language, else English."""
    value = request.GET.get("lang")
    if value is not None:
        code = supported_language(value)
        if code is None:
            raise BadParameter("lang", f"unknown language; use one of {', '.join(sorted(LANGUAGE_CODES))}")
        return code
    found = get_language_from_request(request, check_path=False)
    return found if found in LANGUAGE_CODES else settings.LANGUAGE_CODE


def positive_int(request, name, default, maximum=None):
    raw = request.GET.get(name)
    if raw in (None, ""):
        return default
    value = parse_whole_number(raw.removeprefix("-"))
    if value is None:
        raise BadParameter(name, "must be a whole number")
    if raw.startswith("-") or value < 1:
        raise BadParameter(name, "must be 1 or more")
    if maximum and value > maximum:
        raise BadParameter(name, f"must be at most {maximum}")
    return value


def boolean(request, name):
    raw = request.GET.get(name, "").strip().lower()
    if raw in ("", "false", "0", "no"):
        return False
    if raw in ("true", "1", "yes"):
        return True
    raise BadParameter(name, "must be true or false")


def text(request, name, max_length=200):
    value = request.GET.get(name, "").strip()
    if len(value) > max_length:
        raise BadParameter(name, f"must be at most {max_length} characters")
    return value


def datetime_param(request, name):
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None
    try:
        value = parse_datetime(raw) or datetime.datetime.combine(
            datetime.date.fromisoformat(raw), datetime.time.min
        )
    except ValueError:
        value = None
    if value is None:
        raise BadParameter(name, "must be an ISO 8601 date or date-time")
    if value.tzinfo is None:
        return value.replace(tzinfo=datetime.UTC)
    # In UTC: PostgreSQL refuses offsets past 15:59 that Python accepts (up to 23:59).
    try:
        return value.astimezone(datetime.UTC)
    except OverflowError:
        raise BadParameter(name, "must be an ISO 8601 date or date-time") from None


def country(request, name="country"):
    """The site's one country-code check (CountryCodeField), with its one error text."""
    try:
        return CountryCodeField().clean(request.GET.get(name, ""))
    except ValidationError as error:
        raise BadParameter(name, error.messages[0]) from None


def bbox(request, name="bbox"):
    """minLng,minLat,maxLng,maxLat as four floats within range, min latitude before max.

    A box whose west edge is east of its east edge crosses the antimeridian (RFC 7946, section 5.2):
    170,-10,-170,10 is the 20 degrees around 180.
    """
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None
    parts = raw.split(",")
    try:
        min_lng, min_lat, max_lng, max_lat = (float(p) for p in parts)
    except ValueError:
        raise BadParameter(name, "must be four numbers: minLng,minLat,maxLng,maxLat") from None
    if not (-180 <= min_lng <= 180 and -180 <= max_lng <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise BadParameter(name, "out of range, or a minimum latitude above its maximum")
    return min_lng, min_lat, max_lng, max_lat
