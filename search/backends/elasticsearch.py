"""Elasticsearch 9 backend whose analysis matches the portal's own normalisation.

Elasticsearch has no ICU word segmentation without the analysis-icu plugin, and its built-in analyzers do
not fold Vietnamese tone marks without also folding Thai, Burmese or Devanagari marks that are letters
(asciifolding is Latin-only and harmless there, but standard tokenization still cuts unspaced scripts into
single characters or whole runs). So we do not re-analyse: ``SearchDocument`` already carries
``core.normalise.index_text`` output (folded, segmented, one ASCII word per term), and its fields are
analysed with a whitespace tokenizer only. Queries are normalised by the same code before they reach the
engine, so Elasticsearch, SQLite and PostgreSQL see exactly the same terms. Other models (pages, images,
documents in the admin) keep Wagtail's default analysis.
"""

from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)

TERMS_ANALYZER = "portal_terms"

ANALYSIS = {
    "settings": {
        "analysis": {
            "analyzer": {
                # The text is already normalised: split on spaces, lowercase as a safeguard, nothing else.
                TERMS_ANALYZER: {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]},
            }
        }
    }
}


def _uses_terms(model):
    from search.models import SearchDocument

    return issubclass(model, SearchDocument)


class PortalMapping(Elasticsearch9Mapping):
    def get_mapping(self):
        mapping = super().get_mapping()
        if _uses_terms(self.model):
            for name, field in mapping["properties"].items():
                if field.get("type") == "text" and name != "_edgengrams":
                    field["analyzer"] = TERMS_ANALYZER
                    field["search_analyzer"] = TERMS_ANALYZER
        return mapping


class PortalSearchQueryCompiler(Elasticsearch9SearchQueryCompiler):
    mapping_class = PortalMapping


class PortalAutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = PortalMapping


class PortalElasticsearchBackend(Elasticsearch9SearchBackend):
    mapping_class = PortalMapping
    query_compiler_class = PortalSearchQueryCompiler
    autocomplete_query_compiler_class = PortalAutocompleteQueryCompiler

    def __init__(self, params):
        params = dict(params)
        settings = params.pop("INDEX_SETTINGS", {})
        super().__init__({**params, "INDEX_SETTINGS": _merge(ANALYSIS, settings)})


def _merge(base, extra):
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


SearchBackend = PortalElasticsearchBackend
