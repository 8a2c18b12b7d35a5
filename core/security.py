"""Small helpers for the security settings and middleware, kept free of Django imports at module level."""

import datetime
import hashlib
import secrets
from urllib.parse import urlsplit


def origin_of_tile_url(tile_url):
    """The origin a CSP img-src must allow for a Leaflet tile URL template.

    "https://tile.openstreetmap.org/{z}/{x}/{y}.png" -> "https://tile.openstreetmap.org";
    "https://{s}.tile.example.org/{z}/{x}/{y}.png" -> "https://*.tile.example.org";
    a relative URL (tiles served by this site) needs nothing: "" is returned.
    """
    if not tile_url:
        return ""
    parts = urlsplit(tile_url.replace("{s}", "subdomain-placeholder"))
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return ""
    host = parts.hostname
    if host.startswith("subdomain-placeholder."):
        host = "*." + host.removeprefix("subdomain-placeholder.")
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}"


def visitor_key(ip_address, cache):
    """An opaque key telling visitors apart for rate limiting, without keeping their IP address.

    The IP address is hashed with a random salt that is made once per day and kept only in the cache,
    so yesterday's keys cannot be linked to today's, and nothing derived from the address is logged.
    """
    today = datetime.date.today().isoformat()
    salt_key = f"portal:visitor-salt:{today}"
    salt = cache.get(salt_key)
    if salt is None:
        cache.add(salt_key, secrets.token_hex(16), timeout=2 * 24 * 3600)
        salt = cache.get(salt_key) or ""
    return hashlib.sha256(f"{salt}|{ip_address}".encode()).hexdigest()[:32]


# Features no page of the portal uses: denied to the page and to anything it frames.
DENIED_FEATURES = (
    "camera",
    "microphone",
    "payment",
    "usb",
    "interest-cohort",
    "browsing-topics",
    "accelerometer",
    "gyroscope",
    "magnetometer",
)


def permissions_policy(geolocation=False):
    """The Permissions-Policy header: geolocation only where a page asked for it, nothing else anywhere."""
    allowed = "(self)" if geolocation else "()"
    return ", ".join([f"geolocation={allowed}", *(f"{feature}=()" for feature in DENIED_FEATURES)])


def allow_geolocation(response):
    """Mark a response whose page offers "near me" (the service directory, its service pages, embeds); the
    security middleware then allows geolocation. The flag travels with the response into the page cache."""
    response.geolocation_allowed = True
    return response
