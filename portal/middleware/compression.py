"""Compress public HTML and JSON: brotli when the client accepts it, gzip otherwise.

Only responses every visitor may see are compressed, so no secret rides in a compressed body that an
attacker could probe by length (BREACH): the response must say `Cache-Control: public` (set by the page
cache middleware or the API middleware only when the response is shareable), set no cookie and not have
used or rotated the CSRF token. Forms with a CSRF token, the admin, and anything private or per-visitor
leave uncompressed. Static files are compressed ahead of time by WhiteNoise and never reach this code.
"""

import brotli

from django.utils.cache import patch_vary_headers
from django.utils.regex_helper import _lazy_re_compile
from django.utils.text import compress_string

COMPRESSIBLE_TYPES = ("text/html", "application/json", "application/geo+json", "application/ld+json")
MIN_LENGTH = 200
# Quality 5 compresses HTML close to quality 11 at a small fraction of its cost, per response.
BROTLI_QUALITY = 5
_token_re = _lazy_re_compile(r"(?:^|,)\s*([a-z0-9*-]+)\s*(?:;\s*q\s*=\s*([0-9.]+))?", flags=0)


def accepted_encodings(header):
    """The encodings the Accept-Encoding header accepts (those with q=0 are refused)."""
    accepted = set()
    for name, quality in _token_re.findall(header.lower()):
        try:
            if quality and float(quality) <= 0:
                continue
        except ValueError:
            continue
        accepted.add(name)
    return accepted


def compressible(request, response):
    """True for a public, cookie-free, CSRF-free, complete HTML or JSON response worth compressing."""
    if response.streaming or response.status_code != 200 or response.has_header("Content-Encoding"):
        return False
    if response.get("Content-Type", "").split(";")[0].strip() not in COMPRESSIBLE_TYPES:
        return False
    cache_control = {part.strip().lower() for part in response.get("Cache-Control", "").split(",")}
    if "public" not in cache_control or {"private", "no-store"} & cache_control:
        return False
    if (
        response.cookies
        or request.META.get("CSRF_COOKIE_USED")
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    ):
        return False
    return len(response.content) >= MIN_LENGTH


def compress(body, encoding):
    return brotli.compress(body, quality=BROTLI_QUALITY) if encoding == "br" else compress_string(body)


def preferred_encoding(request, available=("br", "gzip")):
    """The encoding to send: brotli when accepted, gzip otherwise, None when the client accepts neither."""
    accepted = accepted_encodings(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    return next(
        (encoding for encoding in ("br", "gzip") if encoding in accepted and encoding in available), None
    )


def set_encoded_body(response, body, encoding):
    response.content = body
    response["Content-Length"] = str(len(body))
    response["Content-Encoding"] = encoding
    etag = response.get("ETag")
    if etag and etag.startswith('"'):
        # The body is no longer the one the strong ETag names (RFC 9110 8.8.1).
        response["ETag"] = "W/" + etag


class PublicCompressionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "page_cache_store", None) or not compressible(request, response):
            # A page the server keeps is compressed once, with the copy it keeps (portal.page_cache).
            return response
        patch_vary_headers(response, ["Accept-Encoding"])
        encoding = preferred_encoding(request)
        if encoding is None:
            return response
        body = compress(response.content, encoding)
        if len(body) < len(response.content):
            set_encoded_body(response, body, encoding)
        return response
