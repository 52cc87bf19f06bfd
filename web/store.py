"""The index as the web app sees it: opened once per app, a searcher per request."""

from __future__ import annotations

import threading
from pathlib import Path

from flask import Flask, current_app, g
from whoosh import index as whoosh_index
from whoosh.qparser import QueryParser
from whoosh.searching import Searcher

from search import ColumnCache, make_parser


class IndexUnavailable(Exception):
    """There is no index to search yet."""


class Store:
    """The app's handle on the index: the opened index, its parser and facet columns."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.columns = ColumnCache()
        self._index: whoosh_index.Index | None = None
        self._parser: QueryParser | None = None
        self._lock = threading.Lock()

    def open(self) -> whoosh_index.Index:
        """Return the opened index, opening it the first time it exists."""
        with self._lock:
            if self._index is None:
                if not whoosh_index.exists_in(str(self.path)):
                    raise IndexUnavailable(f"no index at {self.path}; run 'dossier index'")
                self._index = whoosh_index.open_dir(str(self.path), readonly=True)
                self._parser = make_parser(self._index.schema)
            return self._index

    @property
    def parser(self) -> QueryParser:
        """Return the query parser for the index's schema."""
        self.open()
        assert self._parser is not None
        return self._parser


def get_store() -> Store:
    """Return the current app's store."""
    return current_app.extensions["dossier"]


def get_searcher() -> Searcher:
    """Return this request's searcher; a new one sees the latest committed index."""
    if "searcher" not in g:
        g.searcher = get_store().open().searcher()
    return g.searcher


def close_searcher(_error: BaseException | None = None) -> None:
    """Close the request's searcher, if one was opened."""
    searcher = g.pop("searcher", None)
    if searcher is not None:
        searcher.close()


def init_app(app: Flask) -> None:
    """Attach the store to the app and close searchers at the end of each request."""
    app.extensions["dossier"] = Store(Path(app.config["INDEX"]))
    app.teardown_appcontext(close_searcher)
