"""The presentation side of dossier: pages, JSON API and command line."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search import SearchError
from search.shards import ShardError

from . import api, originals, pages, store
from .settings import defaults

#: No inline script or style anywhere: the pages work without JavaScript.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Create the app: defaults, then DOSSIER_* environment variables, then test_config."""
    app = Flask(__name__)
    app.config.from_mapping(defaults())
    app.config.from_prefixed_env("DOSSIER")
    if test_config:
        app.config.update(test_config)
    app.json.sort_keys = False
    store.init_app(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(originals.bp)
    _register_errors(app)

    @app.after_request
    def secure(response):
        response.headers.update(SECURITY_HEADERS)
        return response

    return app


def _error(status: int, code: str, message: str):
    """Answer an error as JSON under /api (and /healthz), as a page elsewhere."""
    if request.path.startswith(("/api/", "/healthz")):
        return jsonify({"error": {"code": code, "message": message}}), status
    return render_template("error.html", status=status, message=message), status


def _register_errors(app: Flask) -> None:
    @app.errorhandler(SearchError)
    def bad_search(error: SearchError):
        return _error(400, error.code, error.message)

    @app.errorhandler(store.IndexUnavailable)
    def no_index(error: store.IndexUnavailable):
        return _error(503, "no_index", str(error))

    @app.errorhandler(ShardError)
    def shard_down(error: ShardError):
        # Never a partial answer: a search over some shards would silently miss paragraphs.
        return _error(503, "shard_unavailable", str(error))

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        code = (error.name or "error").lower().replace(" ", "_")
        return _error(error.code or 500, code, error.description or error.name)

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        logging.getLogger(__name__).exception("unexpected error")
        return _error(500, "internal", "something went wrong; the error has been logged")
