"""Measure a page in-process: for the `make bench-...` targets."""

import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def measure(url, repeat=5):
    """(median server time in ms, query count) of GET url, after one warm-up request."""
    client = Client()
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return timings[len(timings) // 2], len(queries.captured_queries)
