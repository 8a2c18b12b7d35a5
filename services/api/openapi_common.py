"""What the OpenAPI document's parts share: references to the HSDS schemas, parameters, responses."""

_REFS = {
    "taxonomy.json": "#/components/schemas/Taxonomy",
    "metadata.json": "#/components/schemas/Metadata",
}


def _local_refs(node):
    """Point the HSDS files' relative $refs at our components."""
    if isinstance(node, dict):
        return {k: (_REFS.get(v, v) if k == "$ref" else _local_refs(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_local_refs(v) for v in node]
    return node


def _param(name, description, schema_, location="query", required=False):
    return {"name": name, "in": location, "required": required, "description": description, "schema": schema_}


def _ok(description, ref, media="application/json"):
    return {"description": description, "content": {media: {"schema": {"$ref": ref}}}}


def _paged(item_ref):
    return {
        "allOf": [{"$ref": "#/components/schemas/Page"}],
        "properties": {"contents": {"type": "array", "items": {"$ref": item_ref}}},
    }


ERRORS = {
    "400": _ok("A malformed parameter.", "#/components/schemas/Error"),
}
NOT_FOUND = {"404": _ok("No record has this id.", "#/components/schemas/Error")}
