"""Build HSDS 3.0 service records for the tests (the generator lives beside the demo data)."""

from services.demo.generate import hsds_service, uid

__all__ = ["hsds_service", "uid"]
