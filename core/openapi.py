"""Small builders of OpenAPI path items and responses, shared by the apps that describe their data URLs."""


def get_operation(operation_id, summary, parameters, responses):
    """A path item with one GET operation."""
    return {
        "get": {
            "operationId": operation_id,
            "summary": summary,
            "parameters": parameters,
            "responses": responses,
        }
    }


def body_response(description, media, schema=None):
    """A response whose body has this media type (a string unless a schema is given)."""
    return {"description": description, "content": {media: {"schema": schema or {"type": "string"}}}}
