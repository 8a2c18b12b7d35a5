"""What the content cache's tests share (beside the `content_cache_on` fixture, in tests/conftest.py)."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

NONCE_OR_TOKEN = re.compile(r'nonce="[^"]*"|name="csrfmiddlewaretoken" value="[^"]*"')


def queries(client, url):
    """The number of queries of a second request to `url` (the first fills the content cache), and its answer."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response
