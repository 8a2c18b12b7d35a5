"""Fixtures shared by the service tests."""

import threading

import pytest

from .harvest_partner import Partner


@pytest.fixture
def partner(settings):
    """A partner portal on 127.0.0.1 (harvest_partner.Partner), serving what each test adds to it."""
    settings.HARVEST_ALLOW_PRIVATE_ADDRESSES = True
    server = Partner()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
