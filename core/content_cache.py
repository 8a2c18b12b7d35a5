"""Pieces many pages share (menus, site settings, view restrictions, related lists, figures, routes), kept in
the cache under the content generation, which every content change replaces (portal.page_cache purges it).

The generation is read before a piece is built, so a piece built from rows a change was committing is kept
under the old generation and never read again. Settings.CONTENT_CACHE turns this on: only where every web
process shares the cache (Redis in production) or there is one process (tests, `make run`): with several
processes each holding its own memory, one process's purge would not reach the others.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"


def enabled():
    return getattr(settings, "CONTENT_CACHE", False)


def generation():
    """The current generation (a new one is made, once, when the cache holds none)."""
    current = cache.get(GENERATION_KEY)
    if current is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        current = cache.get(GENERATION_KEY)
    return current


def new_generation():
    """Forget every kept piece and page at once: the old entries are never read again and expire."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def key_for(*parts):
    raw = "\n".join(str(part) for part in parts)
    return f"content:{hashlib.sha256(raw.encode()).hexdigest()}"


def remember(parts, build):
    """The value kept under `parts` in this generation, or `build()` kept now; `build()` alone when off.

    One cache round trip on a hit (the generation and the value are read together)."""
    if not enabled():
        return build()
    key = key_for(*parts)
    found = cache.get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY) or generation()
    kept = found.get(key)
    if kept is not None and kept[0] == current:
        return kept[1]
    value = build()
    cache.set(key, (current, value), settings.CONTENT_CACHE_SECONDS)
    return value
