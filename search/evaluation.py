"""Measure search quality on the shared evaluation set: hit@5 and mean reciprocal rank, per language.

The set (``make_eval.py OUTDIR``) is HSDS service files per language and queries with the services each must
find. ``load_services`` imports them with ``import_hsds``; ``evaluate`` sends every query through /api/search.
"""

import json
from collections import defaultdict
from pathlib import Path

from django.core.management import call_command
from django.test import Client


def service_files(directory):
    """(language, path) of every services_<lang>.json in the directory."""
    return [
        (path.stem.removeprefix("services_"), path)
        for path in sorted(Path(directory).glob("services_*.json"))
    ]


def load_services(directory):
    for language, path in service_files(directory):
        call_command("import_hsds", str(path), language=language, verbosity=0)


def evaluate(directory, k=5):
    """{"overall": {...}, "by_language": {lang: {...}}, "misses": [...]} with hit@k, MRR and query counts."""
    queries = json.loads((Path(directory) / "queries.json").read_text(encoding="utf-8"))
    client = Client()
    per_language = defaultdict(list)
    misses = []
    for item in queries:
        response = client.get("/api/search", {"q": item["q"], "lang": item["lang"]})
        ids = [result["hsds_id"] for result in response.json().get("results", [])]
        expected = set(item["expect"])
        rank = next((i + 1 for i, hsds_id in enumerate(ids) if hsds_id in expected), None)
        per_language[item["lang"]].append(rank)
        if rank is None or rank > k:
            misses.append({"q": item["q"], "lang": item["lang"], "rank": rank})

    def summary(ranks):
        return {
            "queries": len(ranks),
            "hit_at_k": sum(1 for r in ranks if r and r <= k) / len(ranks),
            "mrr": sum(1 / r for r in ranks if r) / len(ranks),
        }

    every = [rank for ranks in per_language.values() for rank in ranks]
    return {
        "overall": summary(every),
        "by_language": {lang: summary(ranks) for lang, ranks in sorted(per_language.items())},
        "misses": misses,
    }
