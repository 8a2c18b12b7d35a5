"""The OpenAPI path items of the countries app's data URLs; query parameters come from their ParamsForms, so
the document cannot drift from what the views read. Collected by services.api.openapi through the app config."""

from core.openapi import body_response as _body
from core.openapi import get_operation as _get
from countries.params import CorridorParams, LandscapeParams


def _json(description):
    return _body(description, "application/json", {"type": "object"})


def _geojson(description):
    return _body(description, "application/geo+json", {"type": "object"})


def openapi_paths():
    code = {
        "name": "code",
        "in": "path",
        "required": True,
        "description": "Indicator code, e.g. migrant-stock.",
        "schema": {"type": "string"},
    }
    return {
        "/api/landscape/{code}.geojson": {
            "parameters": [code],
            **_get(
                "getLandscapeGeoJSON",
                "One migration indicator for the region's countries, as GeoJSON polygons",
                LandscapeParams.openapi_parameters(),
                {
                    "200": _geojson("A GeoJSON FeatureCollection."),
                    "400": _json("A bad year or language."),
                    "404": _json("No indicator has this code."),
                },
            ),
        },
        "/api/landscape/corridors.geojson": _get(
            "getCorridorsGeoJSON",
            "The ten largest migration corridors of a country, as GeoJSON lines",
            CorridorParams.openapi_parameters(),
            {
                "200": _geojson("A GeoJSON FeatureCollection of lines between countries."),
                "400": _json("A missing or unknown country, a bad direction, year or language."),
            },
        ),
        "/data/indicators.csv": _get(
            "getIndicatorsCSV",
            "Every indicator value with its source, as CSV",
            [],
            {"200": _body("CSV with a header row.", "text/csv")},
        ),
        "/data/datapackage.json": _get(
            "getIndicatorsDataPackage",
            "The Frictionless Data Package describing indicators.csv",
            [],
            {"200": _json("A Data Package descriptor.")},
        ),
    }
