"""Request/response middleware for production concerns: health probes, security headers, rate limits,
read-only API headers (CORS, ETag), page caching and two-factor authentication for the admin."""
