"""The service directory's JSON APIs: HSDS 3.0, GeoJSON for maps, and their OpenAPI description."""
