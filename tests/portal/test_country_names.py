"""Country codes and names come from CLDR; only real countries are accepted."""

import pytest

from core.names import country_name, is_known_country


@pytest.mark.parametrize("code", ["VN", "kr", "LA", "TL", "HK"])
def test_real_country_codes_are_known(code):
    assert is_known_country(code)


@pytest.mark.parametrize("code", ["ZZ", "EU", "UN", "QO", "QQ", "V", "VNM", "", None, "1A"])
def test_non_countries_are_rejected(code):
    assert not is_known_country(code)


def test_names_in_the_visitors_language():
    assert country_name("KR", "ko") == "대한민국"
    assert country_name("VN", "vi") == "Việt Nam"
    assert country_name("TH", "th") == "ไทย"
    assert country_name("JP", "tl") == "Japan"  # Filipino uses CLDR's "fil" locale
