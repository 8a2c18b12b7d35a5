"""The OpenAPI description of the portal's other data URLs: search, the embed and the policy feeds."""

from django.conf import settings

from core.openapi import body_response as _text
from core.openapi import get_operation as _get

from .openapi_common import _ok, _param


def other_paths(p):
    """The portal's other data URLs (search, landscape, indicator CSV, embed, feeds), by their public paths."""
    search_error = {
        "400": _ok(
            "An empty or too long query, an unknown type, country or language.",
            "#/components/schemas/SearchError",
        )
    }
    atom = {"200": _text("An Atom 1.0 feed (RFC 4287), newest first.", "application/atom+xml")}
    lang_path = _param(
        "lang",
        "Language prefix.",
        {"type": "string", "enum": [c for c, _n in settings.LANGUAGES]},
        "path",
        True,
    )
    feeds = {
        "/{lang}/updates/feed/": ("getPolicyUpdatesFeed", "Every policy update", []),
        "/{lang}/updates/feed/country/{code}/": (
            "getCountryPolicyUpdatesFeed",
            "Policy updates for one country",
            [
                _param(
                    "code",
                    "ISO 3166-1 alpha-2 code.",
                    {"type": "string", "pattern": "^[A-Za-z]{2}$"},
                    "path",
                    True,
                )
            ],
        ),
        "/{lang}/updates/feed/objective/{number}/": (
            "getObjectivePolicyUpdatesFeed",
            "Policy updates for one objective of the Global Compact for Migration",
            [_param("number", "1 to 23.", {"type": "integer", "minimum": 1, "maximum": 23}, "path", True)],
        ),
        "/{lang}/updates/feed/type/{type}/": (
            "getTypePolicyUpdatesFeed",
            "Policy updates for one type of instrument",
            [
                _param(
                    "type",
                    "Type of policy.",
                    {
                        "type": "string",
                        "enum": ["law", "decree", "regulation", "circular", "agreement", "sop", "plan"],
                    },
                    "path",
                    True,
                )
            ],
        ),
    }
    paths = {
        "/api/search": _get(
            "search",
            "Full-text search of guides, policies and services",
            [
                _param(
                    "q",
                    "What to look for.",
                    {"type": "string", "minLength": 1, "maxLength": 200},
                    required=True,
                ),
                {"$ref": p + "lang"},
                _param(
                    "type",
                    "guide, policy or service.",
                    {"type": "string", "enum": ["guide", "policy", "service"]},
                ),
                _param("country", "ISO 3166-1 alpha-2 code.", {"type": "string", "pattern": "^[A-Za-z]{2}$"}),
                {"$ref": p + "page"},
            ],
            {
                "200": _ok("Results, best first, 20 a page.", "#/components/schemas/SearchResults"),
                **search_error,
            },
        ),
        "/api/search/autocomplete": _get(
            "autocomplete",
            "Titles whose words start with what is typed",
            [
                _param(
                    "q", "What is typed.", {"type": "string", "minLength": 1, "maxLength": 200}, required=True
                ),
                {"$ref": p + "lang"},
            ],
            {"200": _ok("Suggestions.", "#/components/schemas/Suggestions"), **search_error},
        ),
        "/embed/services/": _get(
            "getServicesEmbed",
            "The service map and list for a partner's iframe (HTML)",
            [
                _param("country", "ISO 3166-1 alpha-2 code.", {"type": "string"}),
                _param("type", "A service type code.", {"type": "string"}),
                {"$ref": p + "lang"},
            ],
            {"200": _text("An HTML page that may be framed by any site.", "text/html")},
        ),
    }
    for path, (operation_id, summary, extra) in feeds.items():
        paths[path] = {"parameters": [lang_path, *extra], **_get(operation_id, summary, [], atom)}
    return paths
