"""Against a real Elasticsearch 9 (docker compose): runs only when ELASTICSEARCH_URL is set."""

import os
import uuid

import pytest

from core.normalise import query_terms
from search.backends.elasticsearch import PortalElasticsearchBackend
from search.documents import DocumentData, ServiceBuilder, make_document
from search.models import SearchDocument

URL = os.environ.get("ELASTICSEARCH_URL", "")
pytestmark = [
    pytest.mark.skipif(not URL, reason="ELASTICSEARCH_URL is not set"),
    pytest.mark.django_db,
]


@pytest.fixture
def backend():
    backend = PortalElasticsearchBackend({"URLS": [URL], "INDEX_PREFIX": f"test_{uuid.uuid4().hex[:8]}_"})
    index = backend.get_index_for_model(SearchDocument)
    index.reset()
    index.add_model(SearchDocument)
    yield backend
    index.delete()


TEXTS = [
    ("vi", "Nhà tạm lánh cho phụ nữ", "Chỗ ở an toàn, trợ giúp pháp lý"),
    ("ja", "外国人労働者相談コーナー", "残業代の未払い、労災、解雇について無料相談"),
    ("th", "คลินิกสุขภาพแรงงานต่างด้าว", "ตรวจสุขภาพแรงงานต่างด้าว ประกันสุขภาพ"),
    ("ko", "인천 이주노동자 상담소", "사업장 변경, 통역 지원"),
]


def test_the_same_queries_find_the_same_documents(backend):
    docs = []
    for i, (language, title, body) in enumerate(TEXTS):
        doc = make_document(
            ServiceBuilder(), f"test:{i}", DocumentData(language=language, title=title, url="", body=body)
        )
        doc.save()
        docs.append(doc)
    index = backend.get_index_for_model(SearchDocument)
    index.add_items(SearchDocument, docs)
    index.refresh()
    for query, expected in [
        ("nha tam lanh", "Nhà tạm lánh cho phụ nữ"),
        ("未払い", "外国人労働者相談コーナー"),
        ("แรงงานต่างด้าว", "คลินิกสุขภาพแรงงานต่างด้าว"),
        ("상담소에서", "인천 이주노동자 상담소"),
    ]:
        results = backend.search(" ".join(query_terms(query)), SearchDocument.objects.all(), operator="or")
        assert [doc.title for doc in results[:1]] == [expected], query
