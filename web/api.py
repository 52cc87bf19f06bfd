"""The JSON API under /api, and /healthz."""

from __future__ import annotations

import dataclasses
from urllib.parse import quote, urlencode

from flask import Blueprint, abort, jsonify, request

from search import SearchRequest, get_source, list_sources, run_search

from .openapi import openapi_document
from .store import get_searcher, get_store

bp = Blueprint("api", __name__)


def paragraph_url(name: str, number: int, q: str = "") -> str:
    """Return the link to a paragraph in its source view, carrying the query to mark."""
    query = urlencode({"q": q, "p": number} if q else {"p": number})
    return f"/source/{quote(name)}?{query}#p{number}"


def search_from_args(args) -> SearchRequest:
    """Build a validated search request from a MultiDict of query-string arguments."""
    return SearchRequest.from_args(args.get, args.getlist)


def results_json(results) -> dict:
    """Return the API's shape of a results page; every hit carries its url."""
    payload = dataclasses.asdict(results)
    for hit in payload["hits"]:
        hit["url"] = paragraph_url(hit["source"], hit["paragraph"], results.query)
    return payload


@bp.get("/api/search")
def search():
    """Search paragraphs; see /api/openapi.json."""
    req = search_from_args(request.args)
    store = get_store()
    return jsonify(results_json(run_search(get_searcher(), store.parser, req, store.columns)))


@bp.get("/api/sources")
def sources():
    """List every indexed source."""
    return jsonify({"sources": list_sources(get_searcher())})


@bp.get("/api/sources/<path:name>")
def source(name: str):
    """Return one source with all its paragraphs."""
    found = get_source(get_searcher(), name)
    if found is None:
        abort(404, f"no source named {name!r}")
    return jsonify(found)


@bp.get("/api/openapi.json")
def openapi():
    """Return the OpenAPI document describing this API."""
    return jsonify(openapi_document())


@bp.get("/healthz")
def healthz():
    """Say whether the index can be searched, and how large it is."""
    with get_store().open().searcher() as searcher:
        return jsonify({"status": "ok", "documents": searcher.doc_count()})
