"""The Elasticsearch 9 backend's index settings, mappings, documents and query bodies (no server needed)."""

import pytest

from wagtail.models import Page

from core.normalise import index_text, query_terms
from search.backends.elasticsearch import TERMS_ANALYZER, PortalElasticsearchBackend
from search.models import SearchDocument


@pytest.fixture
def backend():
    # The client connects lazily: nothing listens on this port and nothing is sent.
    return PortalElasticsearchBackend({"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "test_"})


def test_settings_define_the_whitespace_terms_analyzer_and_keep_wagtails(backend):
    analyzers = backend.settings["settings"]["analysis"]["analyzer"]
    assert analyzers[TERMS_ANALYZER] == {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]}
    assert "edgengram_analyzer" in analyzers  # the admin's autocomplete on pages still works


def test_extra_index_settings_are_merged_not_replaced():
    backend = PortalElasticsearchBackend(
        {"URLS": ["http://127.0.0.1:9"], "INDEX_SETTINGS": {"settings": {"index": {"number_of_shards": 1}}}}
    )
    assert backend.settings["settings"]["index"]["number_of_shards"] == 1
    assert TERMS_ANALYZER in backend.settings["settings"]["analysis"]["analyzer"]


def test_search_document_text_fields_use_the_terms_analyzer(backend):
    properties = backend.mapping_class(SearchDocument).get_mapping()["properties"]
    for name in ("title", "body", "_all_text", "_all_text_boost_3_0"):
        assert properties[name]["analyzer"] == TERMS_ANALYZER
        assert properties[name]["search_analyzer"] == TERMS_ANALYZER
    assert properties["title"]["copy_to"] == ["_all_text", "_all_text_boost_3_0"]
    assert properties["kind_filter"] == {"type": "keyword"}
    assert properties["language_filter"] == {"type": "keyword"}


def test_other_models_keep_the_default_analysis(backend):
    properties = backend.mapping_class(Page).get_mapping()["properties"]
    assert all(field.get("analyzer") != TERMS_ANALYZER for field in properties.values())


def test_documents_carry_the_normalised_terms(backend):
    doc = SearchDocument(
        pk=7,
        source="services.service:1",
        kind="service",
        language="th",
        title="คลินิกสุขภาพแรงงานต่างด้าว",
        body="ตรวจสุขภาพแรงงานต่างด้าว",
        title_terms=index_text("คลินิกสุขภาพแรงงานต่างด้าว"),
        text_terms=index_text("ตรวจสุขภาพแรงงานต่างด้าว"),
    )
    document = backend.mapping_class(SearchDocument).get_document(doc)
    assert document["pk"] == "7"
    assert document["title"] == doc.title_terms and document["body"] == doc.text_terms
    assert document["body"].isascii()
    assert document["kind_filter"] == "service" and document["language_filter"] == "th"


def test_query_body_sends_normalised_terms_with_or_and_the_title_boost(backend):
    terms = query_terms("Hỗ trợ phụ nữ")
    compiler = backend.query_compiler_class(
        SearchDocument.objects.filter(kind="service"), " ".join(terms), operator="or"
    )
    query = compiler.get_query()
    match = query["bool"]["must"]["multi_match"]
    assert match["query"] == "ho tro phu nu"
    assert "operator" not in match  # "or": any term may match, ranking does the rest
    assert match["fields"] == ["_all_text", "_all_text_boost_3_0^3.0"]
    assert {"term": {"kind_filter": "service"}} in query["bool"]["filter"]


def test_index_name_uses_the_prefix(backend):
    assert backend.get_index_for_model(SearchDocument).name == "test_search_searchdocument"
