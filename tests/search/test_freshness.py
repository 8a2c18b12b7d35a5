"""The index follows the content: publish, unpublish, delete, import, and the rebuild commands."""

import pytest

from django.core.management import call_command

from search.engine import documents_for, search
from search.models import SearchDocument
from search.params import SearchParams

from .conftest import hsds_service

pytestmark = pytest.mark.django_db


def found(query, language="en"):
    return [doc.title for doc in documents_for(search(SearchParams(query, language)).hits)]


def test_publishing_a_guide_indexes_it_in_each_of_its_languages(make_guide):
    page = make_guide(title="Working in Korea", intro="Employment Permit System and dormitory rules")
    page.title_vi = "Làm việc tại Hàn Quốc"
    page.intro_vi = "Hệ thống cấp phép việc làm"
    page.save_revision().publish()
    docs = SearchDocument.objects.filter(source=f"countries.countryguidepage:{page.pk}")
    assert sorted(docs.values_list("language", flat=True)) == ["en", "vi"]
    assert docs.get(language="vi").url == f"/vi/countries/{page.slug}/"
    assert docs.get(language="en").countries == "KR"
    assert found("dormitory") == ["Working in Korea"]
    assert found("cap phep", "vi") == ["Làm việc tại Hàn Quốc"]


def test_a_draft_is_not_found_until_published(make_guide):
    page = make_guide(title="Working in Japan", intro="Technical intern training", publish=False)
    assert found("intern") == []
    page.save_revision().publish()
    assert found("intern") == ["Working in Japan"]


def test_an_edit_replaces_the_old_words(make_guide):
    page = make_guide(intro="Seasonal harvest work")
    page.intro = "Fishing boats"
    page.save_revision().publish()
    assert found("harvest") == []
    assert found("fishing") == ["Working in Korea"]


def test_unpublishing_removes_it(make_guide):
    page = make_guide(intro="Employment Permit System")
    page.unpublish()
    assert found("permit") == []
    assert not SearchDocument.objects.exists()


def test_deleting_removes_it(make_guide):
    page = make_guide(intro="Employment Permit System")
    page.delete()
    assert found("permit") == []
    assert not SearchDocument.objects.exists()


def test_importing_services_indexes_them(db):
    from services.importers import import_services

    import_services(
        [hsds_service("shelter", "Nhà tạm lánh", "Chỗ ở an toàn cho phụ nữ", country="VN")], language="vi"
    )
    doc = SearchDocument.objects.get(kind="service")
    assert doc.language == "vi" and doc.countries == "VN" and doc.hsds_id
    assert found("nha tam lanh", "vi") == ["Nhà tạm lánh"]
    # A second import of the same service updates its document instead of adding one.
    import_services(
        [hsds_service("shelter", "Nhà tạm lánh mới", "Chỗ ở an toàn cho phụ nữ", country="VN")], language="vi"
    )
    assert SearchDocument.objects.filter(kind="service").count() == 1
    assert found("moi", "vi") == ["Nhà tạm lánh mới"]


def test_an_import_in_another_language_adds_a_document_and_keeps_the_first(db):
    from services.importers import import_services

    import_services([hsds_service("shelter", "Nhà tạm lánh", "Chỗ ở an toàn")], language="vi")
    import_services([hsds_service("shelter", "Women's shelter", "A safe place to stay")], language="en")
    docs = SearchDocument.objects.filter(kind="service")
    assert sorted(docs.values_list("language", flat=True)) == ["en", "vi"]
    assert found("safe place") == ["Women's shelter"]
    assert found("nha tam lanh", "vi") == ["Nhà tạm lánh"]


def test_a_service_imported_as_inactive_leaves_the_index(db):
    from services.importers import import_services

    record = hsds_service("hotline", "Đường dây nóng", "Hỗ trợ nạn nhân mua bán người")
    import_services([record], language="vi")
    assert found("duong day nong", "vi") == ["Đường dây nóng"]
    import_services([{**record, "status": "inactive"}], language="vi")
    assert found("duong day nong", "vi") == []
    assert not SearchDocument.objects.filter(kind="service").exists()


def test_deleting_a_service_removes_it(db):
    from services.importers import import_services
    from services.models import Service

    import_services([hsds_service("visa", "Hộ chiếu", "Thủ tục cấp hộ chiếu")], language="vi")
    Service.objects.get().delete()
    assert found("ho chieu", "vi") == []


def test_rebuild_commands_rewrite_the_documents(make_guide):
    make_guide(intro="Employment Permit System")
    SearchDocument.objects.all().delete()
    assert found("permit") == []
    call_command("rebuild_search_documents", verbosity=0)
    assert found("permit") == ["Working in Korea"]
    SearchDocument.objects.all().delete()
    call_command("update_index", verbosity=0)
    assert found("permit") == ["Working in Korea"]


def test_empty_translations_are_not_the_word_none(make_guide):
    make_guide(intro="Employment Permit System")
    assert found("none") == []
    assert "none" not in " ".join(SearchDocument.objects.values_list("text_terms", flat=True)).split()


def test_a_new_slug_above_a_guide_updates_its_url(
    make_guide, country_index, django_capture_on_commit_callbacks
):
    page = make_guide(intro="Employment Permit System")
    country_index.slug = "destinations"
    # Wagtail announces a new slug once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        country_index.save_revision().publish()
    doc = SearchDocument.objects.get(source=f"countries.countryguidepage:{page.pk}", language="en")
    assert doc.url == f"/en/destinations/{page.slug}/"


def test_a_rebuild_reads_the_services_in_chunks(db, monkeypatch):
    """One prefetch over every service put 10,000 ids in one query, more than SQLite takes: the rebuild
    failed on a directory that size. Read in chunks, every service is still indexed."""
    import re

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from search import documents
    from services.importers import import_services

    import_services([hsds_service(f"s{n}", f"Shelter {n}", "Safe housing") for n in range(5)], language="vi")
    SearchDocument.objects.all().delete()
    monkeypatch.setattr(documents, "REBUILD_CHUNK", 2)
    with CaptureQueriesContext(connection) as queries:
        documents.rebuild_documents()
    assert SearchDocument.objects.filter(kind="service").count() == 5
    widest = max(
        (
            len(match.split(","))
            for query in queries.captured_queries
            for match in re.findall(r"IN \(([^)]*)\)", query["sql"])
        ),
        default=0,
    )
    assert widest <= 2
