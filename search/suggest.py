"""Autocomplete: titles whose words start with what the visitor is typing."""

from django.db.models import Q

from core.normalise import engine_term, tokens
from search.models import SearchDocument


def suggestions(query, language, limit=8):
    """Titles whose words start with what the visitor is typing (the last word may be unfinished)."""
    words = tokens(query)
    if not words:
        return []
    *complete, last = words
    condition = Q(title_terms__startswith=engine_term(last)) | Q(
        title_terms__contains=" " + engine_term(last)
    )
    for word in complete:
        term = engine_term(word)
        condition &= (
            Q(title_terms=term) | Q(title_terms__startswith=term + " ") | Q(title_terms__contains=f" {term}")
        )
    docs = SearchDocument.objects.filter(condition).only("source", "kind", "language", "title", "url")[:100]
    chosen = {}
    for doc in sorted(docs, key=lambda d: (d.language != language, len(d.title))):
        chosen.setdefault(doc.source, doc)
    return list(chosen.values())[:limit]
