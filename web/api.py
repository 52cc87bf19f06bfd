"""The JSON API under /api, and /healthz."""

from __future__ import annotations

import dataclasses
import json

from flask import Blueprint, Response, abort, jsonify, request

from search import SearchError, SearchRequest

from .export import FORMATS, export_lines, paragraph_url
from .openapi import openapi_document
from .originals import file_url
from .store import get_store, get_view

bp = Blueprint("api", __name__)


def search_from_args(args) -> SearchRequest:
    """Build a validated search request from a MultiDict of query-string arguments."""
    return SearchRequest.from_args(args.get, args.getlist)


def results_json(results) -> dict:
    """Return the API's shape of a results page; every hit carries its url."""
    payload = dataclasses.asdict(results)
    for hit in payload["hits"]:
        hit["url"] = paragraph_url(hit["source"], hit["paragraph"], results.query)
        hit["file_url"] = file_url(hit["source"], hit["page"])
    return payload


@bp.get("/api/search")
def search():
    """Search paragraphs; see /api/openapi.json."""
    req = search_from_args(request.args)
    view = get_view()
    return _json_answer(view, lambda: results_json(view.search(req)))


@bp.get("/api/export")
def export():
    """Export every paragraph matching the search (not one page) as CSV or JSON lines."""
    fmt = request.args.get("format", "csv")
    if fmt not in FORMATS:
        raise SearchError("bad_format", f"format must be one of {', '.join(FORMATS)}")
    req = search_from_args(request.args)
    rows = get_view().export(req)

    def stream():
        # The rows are read as they are sent, after the request's teardown.
        try:
            yield from export_lines(rows, fmt, req.q)
        finally:
            rows.close()

    filename = f"dossier-export.{fmt}"
    return Response(
        stream(),
        mimetype=FORMATS[fmt].split(";")[0],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@bp.get("/api/sources")
def sources():
    """List every indexed source."""
    view = get_view()
    return _json_answer(view, lambda: {"sources": view.sources()})


@bp.get("/api/sources/<path:name>")
def source(name: str):
    """Return one source with all its paragraphs."""
    view = get_view()

    def answer() -> dict:
        found = view.source(name)
        if found is None:
            abort(404, f"no source named {name!r}")
        return found

    return _json_answer(view, answer)


def _json_answer(view, compute) -> Response:
    """Answer JSON, kept for this index generation and this exact request."""

    def render() -> str:
        return json.dumps(compute(), ensure_ascii=False, separators=(",", ":"))

    body = get_store().cached(view, "api " + request.full_path, render)
    return Response(body, mimetype="application/json")


@bp.get("/api/openapi.json")
def openapi():
    """Return the OpenAPI document describing this API."""
    return jsonify(openapi_document())


@bp.get("/healthz")
def healthz():
    """Say whether the index can be searched, how large it is, and (sharded) each shard's state."""
    health = get_store().health()
    return jsonify(health), 200 if health["status"] == "ok" else 503
