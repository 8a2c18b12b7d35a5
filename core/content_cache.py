"""Pieces many pages share (menus, site settings, view restrictions, related lists, figures, routes), kept in
the cache under the content generation, which every content change replaces (portal.page_cache purges it).

The generation is read before a piece is built, so a piece built from rows a change was committing is kept
under the old generation and never read again. Settings.CONTENT_CACHE turns this on: only where every web
process shares the cache (Redis in production) or there is one process (tests, `make run`): with several
processes each holding its own memory, one process's purge would not reach the others.
"""

import contextlib
import contextvars
import hashlib
import pickle
import threading
import uuid
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"

# Within a request (`request_scope`), the generation is read from the shared cache once, and the pieces of
# that generation this process has already read are taken from its own memory: one cache round trip per
# request instead of one per piece. A purge makes a new generation, which the next request reads, so the
# process's copies are never served after a change. Kept as pickled bytes, so each request gets its own
# objects, as from the shared cache.
_scope = contextvars.ContextVar("content_cache_scope", default=None)
LOCAL_ENTRIES = 500
_local = OrderedDict()
_local_lock = threading.Lock()


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
    current = uuid.uuid4().hex
    cache.set(GENERATION_KEY, current, None)
    scope = _scope.get()
    if scope is not None:
        scope["generation"] = current
    forget_request_memo()


def request_memo(key, build):
    """`build()` once per request scope for `key`: a small value one request asks for many times (a service's
    path is built from the directory's for every service listed). Outside a scope, `build()` every time."""
    scope = _scope.get()
    if scope is None:
        return build()
    memo = scope.setdefault("memo", {})
    if key not in memo:
        memo[key] = build()
    return memo[key]


def forget_request_memo():
    """A change made within the request (an editor moves a page): what it memoised is built again."""
    scope = _scope.get()
    if scope is not None:
        scope.pop("memo", None)


@contextlib.contextmanager
def request_scope():
    """Read the generation once for everything kept that one request reads (see `_scope` above)."""
    token = _scope.set({"generation": None})
    try:
        yield
    finally:
        _scope.reset(token)


def _local_get(generation, key):
    with _local_lock:
        entry = _local.get(key)
        if entry is None:
            return None
        if entry[0] != generation:
            del _local[key]
            return None
        _local.move_to_end(key)
    return pickle.loads(entry[1])


def _local_set(generation, key, value):
    with _local_lock:
        entry = _local.get(key)
        if entry is not None and entry[0] == generation:
            _local.move_to_end(key)
            return
    data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    with _local_lock:
        _local[key] = (generation, data)
        _local.move_to_end(key)
        while len(_local) > LOCAL_ENTRIES:
            _local.popitem(last=False)


def key_for(*parts):
    raw = "\n".join(str(part) for part in parts)
    return f"content:{hashlib.sha256(raw.encode()).hexdigest()}"


def remember(parts, build):
    """The value kept under `parts` in this generation, or `build()` kept now; `build()` alone when off.

    One cache round trip on a hit (the generation and the value are read together); none within a request
    scope for a piece this process has read in the same generation."""
    if not enabled():
        return build()
    key = key_for(*parts)
    scope = _scope.get()
    current = scope["generation"] if scope is not None else None
    kept, read = None, False
    if current is None:
        found = cache.get_many([GENERATION_KEY, key])
        current = found.get(GENERATION_KEY) or generation()
        kept, read = found.get(key), True
        if scope is not None:
            scope["generation"] = current
    if (kept is None or kept[0] != current) and scope is not None:
        local = _local_get(current, key)
        if local is not None:
            return local[0]
        if not read:
            kept = cache.get(key)
    if kept is not None and kept[0] == current:
        value = kept[1]
    else:
        value = build()
        cache.set(key, (current, value), settings.CONTENT_CACHE_SECONDS)
    if scope is not None:
        _local_set(current, key, (value,))
    return value


def remember_html(request, parts, render):
    """HTML kept per language, the request's site and `parts` (`render()` builds it): for a part of a page
    that shows nothing of the visitor (no token, nonce or query string) and depends on nothing else.
    `pageurl` links are relative on the request's own site, hence the site. A preview, or no request or
    site, renders afresh and keeps nothing."""
    from django.utils.translation import get_language

    from wagtail.models import Site

    if request is None or getattr(request, "is_preview", False):
        return render()
    site = Site.find_for_request(request)
    if site is None:
        return render()
    return remember(("html", get_language(), site.pk, *parts), render)
