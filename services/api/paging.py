"""HSDS 3.0 paged lists: total_items, total_pages, page_number, size, first_page, last_page, empty, contents."""

import math

from .params import MAX_PER_PAGE, positive_int

DEFAULT_PER_PAGE = 50


def paged(request, queryset, serialize):
    """One page; a page past the end is an empty page (as HSDS clients expect), not an error."""
    raw = request.GET.get("page", "")
    if raw.isascii() and raw.isdigit() and len(raw) > 18:
        page = int(raw)  # longer than the number reader takes, so far past any end: an empty page
    else:
        page = positive_int(request, "page", 1)
    per_page = positive_int(request, "per_page", DEFAULT_PER_PAGE, maximum=MAX_PER_PAGE)
    total = queryset.count()
    total_pages = max(1, math.ceil(total / per_page))
    start = (page - 1) * per_page
    # Past the end, no query: a huge offset overflows the database's integer.
    contents = [serialize(obj) for obj in queryset[start : start + per_page]] if page <= total_pages else []
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not contents,
        "contents": contents,
    }
