"""Signals other apps listen to (the search app re-indexes imported services)."""

from django.dispatch import Signal

# Sent after an import has been written: sender is the importer function, service_ids the HSDS ids.
services_imported = Signal()
