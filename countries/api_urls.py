"""URLs of the countries app outside the language prefix (APIs, data files, embeds)."""

from django.urls import path

from countries import views

urlpatterns = [
    path("api/landscape/corridors.geojson", views.corridors_geojson_view, name="landscape-corridors"),
    path("api/landscape/<slug:code>.geojson", views.landscape_geojson_view, name="landscape-geojson"),
    path("data/indicators.csv", views.indicators_csv_view, name="indicators-csv"),
    path("data/datapackage.json", views.datapackage_view, name="indicators-datapackage"),
]
