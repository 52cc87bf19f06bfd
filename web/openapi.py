"""The OpenAPI document of the JSON API, built from the same tables the code uses."""

from __future__ import annotations

from index.store.schema import ZONES
from search import DEFAULT_OPERATOR, FACETS
from search.request import (
    DATE_PATTERN,
    MAX_DEPTH,
    MAX_FILTER_VALUES,
    MAX_PER_PAGE,
    MAX_QUERY_LENGTH,
    RANGES,
    SORT_NAMES,
)

_STRINGS = {"type": "array", "items": {"type": "string"}}
_NULLABLE = {"type": "string", "nullable": True}
#: How a facet of names filters, by its kind of name: every form of a name at once (`search.facets.Forms`).
_FORMS = {
    "people": "; any form of a name selects every form (Donald J. Trump = Donald Trump)",
    "bodies": "; any form of a body's name selects every form (TEXACO INC = Texaco Inc)",
    "speakers": "; any form of a person's or a body's name selects every form (Texaco Inc = TEXACO INC)",
    "places": "; any form of a place's name selects every form (Zürich = Zurich)",
    "mail": "; any form of a mailbox selects every form (Jo Bloggs <jo@x.example> = jo@x.example)",
}
_PARAGRAPH = {
    "type": "object",
    "required": ["id", "source", "title", "paragraph", "line", "zone", "text"],
    "properties": {
        "id": {"type": "string", "example": "story.txt#p3"},
        "source": {"type": "string"},
        "title": {"type": "string"},
        "paragraph": {"type": "integer", "minimum": 1},
        "line": {"type": "integer", "minimum": 1},
        "page": {"type": "integer", "nullable": True},
        "ocr": {"type": "boolean", "description": "read from a scan by OCR"},
        "ocr_confidence": {
            "type": "number",
            "nullable": True,
            "description": "Tesseract's mean word confidence, 0-100",
        },
        "zone": {"type": "string", "enum": list(ZONES)},
        "text": {"type": "string"},
        "first_seen": {"type": "boolean", "nullable": True, "description": "earliest of its copies"},
        "speakers": _STRINGS,
        "people": _STRINGS,
        "organisations": _STRINGS,
        "places": _STRINGS,
        "dates": _STRINGS,
        "sender": _STRINGS,
        "recipients": _STRINGS,
        "copies": _STRINGS,
        "also_at": {
            "type": "array",
            "items": {"type": "integer", "minimum": 1},
            "description": "other paragraphs of the same source printed alike; hits fold them into this one",
        },
        "published": _NULLABLE,
    },
}
_HIT = {
    "allOf": [
        {"$ref": "#/components/schemas/Paragraph"},
        {
            "type": "object",
            "required": ["url", "file_url", "excerpt_html"],
            "properties": {
                "score": {"type": "number", "nullable": True},
                "url": {"type": "string"},
                "file_url": {"type": "string", "description": "the original file; a PDF's at the hit's page"},
                "excerpt_html": {"type": "string", "description": "escaped text; only <mark> tags"},
                "context_before": {"type": "string", "nullable": True, "description": "the paragraph before"},
                "context_after": {"type": "string", "nullable": True, "description": "the paragraph after"},
                "more_in_source": {"type": "integer", "description": "with group=source: other matches"},
                "also_in": {"type": "integer", "description": "how many other sources hold a copy"},
            },
        },
    ]
}
_FACET_VALUE = {
    "type": "object",
    "required": ["value", "count", "selected"],
    "properties": {
        "value": {"type": "string"},
        "count": {"type": "integer"},
        "selected": {"type": "boolean"},
    },
}
_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
        }
    },
}


def _param(name: str, schema: dict, description: str) -> dict:
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


def _search_parameters() -> list[dict]:
    date = {"type": "string", "pattern": DATE_PATTERN}
    params = [
        _param(
            "q",
            {"type": "string", "maxLength": MAX_QUERY_LENGTH},
            f"Whoosh query syntax; words are joined with {DEFAULT_OPERATOR}; empty browses all",
        ),
    ]
    for name, facet in FACETS.items():
        items = date if facet.dated else {"type": "string"}
        params.append(
            {
                **_param(
                    name,
                    {"type": "array", "items": items, "maxItems": MAX_FILTER_VALUES},
                    f"filter by {name} (repeat to OR; '-value' leaves a value out)"
                    + _FORMS.get(facet.merged, ""),
                ),
                "style": "form",
                "explode": True,
            }
        )
    params += [_param(name, date, f"date range bound on {field}") for name, field in RANGES.items()]
    params += [
        _param("sort", {"type": "string", "enum": list(SORT_NAMES)}, "order of hits"),
        _param("group", {"type": "string", "enum": ["source"]}, "best paragraph per source"),
        _param("collapse", {"type": "string", "enum": ["copies"]}, "fold copies into one hit"),
        _param(
            "page",
            {"type": "integer", "minimum": 1, "maximum": MAX_DEPTH // MAX_PER_PAGE},
            f"1-based page; page x per_page may not pass {MAX_DEPTH}",
        ),
        _param("per_page", {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE}, "hits per page"),
    ]
    return params


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def openapi_document() -> dict:
    """Return the OpenAPI 3.0 document for every endpoint."""
    bad = _json(_ref("Error"), "bad input")
    missing = _json(_ref("Error"), "not found")
    unavailable = _json(
        _ref("Error"), "no index yet (no_index), or a shard does not answer (shard_unavailable)"
    )
    health = {
        "type": "object",
        "required": ["status", "engine"],
        "properties": {
            "status": {"type": "string", "enum": ["ok", "down"]},
            "engine": {"type": "string", "enum": ["whoosh", "xapian"]},
            "documents": {"type": "integer"},
            "shards": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["shard", "state"],
                    "properties": {
                        "shard": {"type": "string"},
                        "state": {"type": "string", "enum": ["ok", "down"]},
                        "documents": {"type": "integer"},
                        "error": {"type": "string"},
                    },
                },
            },
        },
    }
    source_list = {
        "type": "object",
        "required": ["sources"],
        "properties": {
            "sources": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["name", "title", "paragraphs"],
                    "properties": {
                        "name": {"type": "string"},
                        "title": {"type": "string"},
                        "published": _NULLABLE,
                        "paragraphs": {"type": "integer"},
                    },
                },
            }
        },
    }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "dossier",
            "version": "0.1.0",
            "description": "Full-text search over paragraphs of news articles and documents.",
        },
        "paths": {
            "/api/search": {
                "get": {
                    "summary": "Search paragraphs",
                    "operationId": "search",
                    "parameters": _search_parameters(),
                    "responses": {
                        "200": _json(_ref("Results"), "a page of hits with facet counts"),
                        "400": bad,
                        "503": unavailable,
                    },
                }
            },
            "/api/export": {
                "get": {
                    "summary": "Export every matching paragraph",
                    "operationId": "export",
                    "parameters": [
                        *[
                            p
                            for p in _search_parameters()
                            if p["name"] not in ("page", "per_page", "group", "collapse")
                        ],
                        _param("format", {"type": "string", "enum": ["csv", "jsonl"]}, "file format"),
                    ],
                    "responses": {
                        "200": {
                            "description": "one row per paragraph",
                            "content": {
                                "text/csv": {"schema": {"type": "string"}},
                                "application/x-ndjson": {"schema": {"type": "string"}},
                            },
                        },
                        "400": bad,
                        "503": unavailable,
                    },
                }
            },
            "/api/sources": {
                "get": {
                    "summary": "List sources",
                    "operationId": "listSources",
                    "responses": {"200": _json(source_list, "every indexed source"), "503": unavailable},
                }
            },
            "/api/sources/{name}": {
                "get": {
                    "summary": "One source with its paragraphs",
                    "operationId": "getSource",
                    "parameters": [
                        {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": _json(_ref("Source"), "the source"),
                        "404": missing,
                        "503": unavailable,
                    },
                }
            },
            "/api/openapi.json": {
                "get": {
                    "summary": "This document",
                    "operationId": "openapi",
                    "responses": {"200": _json({"type": "object"}, "the OpenAPI document")},
                }
            },
            "/healthz": {
                "get": {
                    "summary": "Health",
                    "operationId": "health",
                    "responses": {
                        "200": _json(health, "ready: the engine, and with shards each shard's state"),
                        "503": {
                            "description": "no index yet, or a shard does not answer (every shard's state)",
                            "content": {"application/json": {"schema": {"oneOf": [_ref("Error"), health]}}},
                        },
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Paragraph": _PARAGRAPH,
                "Hit": _HIT,
                "FacetValue": _FACET_VALUE,
                "Error": _ERROR,
                "Results": {
                    "type": "object",
                    "required": [
                        "query",
                        "total",
                        "page",
                        "per_page",
                        "took_ms",
                        "hits",
                        "facets",
                        "suggestion",
                    ],
                    "properties": {
                        "query": {"type": "string"},
                        "total": {"type": "integer"},
                        "page": {"type": "integer"},
                        "per_page": {"type": "integer"},
                        "took_ms": {"type": "number"},
                        "hits": {"type": "array", "items": _ref("Hit")},
                        "facets": {
                            "type": "object",
                            "properties": {
                                name: {"type": "array", "items": _ref("FacetValue")} for name in FACETS
                            },
                        },
                        "suggestion": _NULLABLE,
                        "warnings": _STRINGS,
                    },
                },
                "Source": {
                    "type": "object",
                    "required": ["name", "title", "format", "sha256", "paragraphs"],
                    "properties": {
                        "name": {"type": "string"},
                        "title": {"type": "string"},
                        "published": _NULLABLE,
                        "published_basis": _NULLABLE,
                        "outlet": _NULLABLE,
                        "url": _NULLABLE,
                        "author": _NULLABLE,
                        "format": {"type": "string"},
                        "sha256": {"type": "string"},
                        "paragraphs": {"type": "array", "items": _ref("Paragraph")},
                    },
                },
            }
        },
    }
