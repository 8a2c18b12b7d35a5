"""The one way to read a query string (core.params): repeated values, strict and lenient forms, country codes."""

import pytest

from django import forms
from django.http import QueryDict
from django.test import RequestFactory

from core.params import BadParameter, CountryCodeField, ParamsForm, RepeatedField, WholeNumberField
from countries.params import CorridorParams, LandscapeInputError, parse_country, parse_year, read
from policies.selectors import parse_filters
from services.api import params as api_params


class Facets(ParamsForm):
    country = RepeatedField(CountryCodeField(), max_values=3)
    year = WholeNumberField(required=False, min_value=1900, max_value=2100)


def test_lenient_keeps_the_good_values_of_a_repeated_parameter():
    values, notices = Facets(QueryDict("country=QQ&country=ph&country=PH&colour=blue")).lenient()
    assert values["country"] == ["PH"]
    assert any("QQ" in notice for notice in notices)
    assert any("colour" in notice for notice in notices)


def test_lenient_uses_the_first_values_past_the_limit():
    values, notices = Facets(QueryDict("country=VN&country=TH&country=PH&country=ID")).lenient()
    assert values["country"] == ["VN", "TH", "PH"]
    assert len(notices) == 1


def test_strict_refuses_a_bad_repeated_value_and_unknown_parameters():
    with pytest.raises(BadParameter) as caught:
        Facets(QueryDict("country=VN&country=QQ")).strict()
    assert caught.value.name == "country" and "QQ" in caught.value.message
    with pytest.raises(BadParameter) as caught:
        Facets(QueryDict("colour=blue")).strict()
    assert caught.value.name == "colour"


def test_repeated_field_is_an_array_in_openapi():
    (country, year) = Facets.openapi_parameters()
    assert country["schema"]["type"] == "array" and country["schema"]["maxItems"] == 3
    assert year["schema"] == {"type": "integer", "minimum": 1900, "maximum": 2100}


def test_whole_number_field_uses_its_own_invalid_message():
    field = WholeNumberField(error_messages={"invalid": "a year, please"})
    with pytest.raises(forms.ValidationError) as caught:
        field.clean("²")
    assert caught.value.messages == ["a year, please"]


def test_policy_facets_keep_the_valid_part_and_explain_the_rest():
    filters = parse_filters(QueryDict("country=QQ&country=ph&objective=24&objective=3&sort=best"))
    assert filters.country == ["PH"] and filters.objective == [3] and filters.sort == "newest"
    assert len(filters.notices) == 3


def test_landscape_apis_ignore_unknown_parameters_and_keep_their_texts():
    assert read(CorridorParams, QueryDict("country=vn&utm_source=x"))["country"] == "VN"
    with pytest.raises(LandscapeInputError) as caught:
        parse_year("١٩٩٠")
    assert caught.value.field == "year" and "between 1900 and 2100" in caught.value.message
    with pytest.raises(LandscapeInputError) as caught:
        read(CorridorParams, QueryDict("direction=up&country=VN"))
    assert caught.value.field == "direction" and "“out” or “in”" in caught.value.message


def test_one_country_check_with_one_error_text():
    """The map page, the corridor API and the services API answer a bad code with the same text."""
    with pytest.raises(LandscapeInputError) as landscape_error:
        parse_country("QQ")
    with pytest.raises(BadParameter) as api_error:
        api_params.GeoJSONParams(RequestFactory().get("/api/services.geojson?country=QQ")).read()
    with pytest.raises(forms.ValidationError) as field_error:
        CountryCodeField().clean("QQ")
    assert landscape_error.value.message == api_error.value.message == field_error.value.messages[0]
    assert "ISO 3166-1 alpha-2" in api_error.value.message
