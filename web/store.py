"""The index as the web app sees it: opened once per app, a view of its engine per request."""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from flask import Flask, current_app, g
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.qparser import QueryParser
from whoosh.searching import Searcher

from index.store.shards import parse_shards
from search import ColumnCache, make_parser
from search.shards import Shards
from search.shards import View as ShardsView
from search.views import View, WhooshView

#: The engines a store can search: the embedded index, or Xapian shards.
ENGINES = ("whoosh", "xapian")


class IndexUnavailable(Exception):
    """There is no index to search yet."""


class Store:
    """The app's handle on the index: the opened index, its parser, facet columns and answers."""

    def __init__(
        self, path: Path, cached_answers: int = 256, engine: str = "whoosh", shards: str = ""
    ) -> None:
        if engine not in ENGINES:
            raise ValueError(f"DOSSIER_ENGINE must be one of {', '.join(ENGINES)}, not {engine!r}")
        if engine == "xapian" and not shards.strip():
            raise ValueError("DOSSIER_ENGINE=xapian needs DOSSIER_SHARDS: shard addresses, comma-separated")
        self.path = path
        self.shards = Shards(parse_shards(shards)) if engine == "xapian" else None
        self.columns = ColumnCache()
        self._index: whoosh_index.Index | None = None
        self._parser: QueryParser | None = None
        self._lock = threading.Lock()
        self._local = threading.local()
        # Searchers hold open files (no mmap): close them all when the store goes away.
        self._searchers: list[Searcher] = []
        weakref.finalize(self, _close_all, self._searchers)
        self._answers: OrderedDict[tuple[int, str], str] = OrderedDict()
        self._pending: dict[tuple[int, str], threading.Lock] = {}
        self._max_answers = cached_answers

    def searcher(self) -> Searcher:
        """Return this thread's searcher, refreshed when a build has committed since.

        Whoosh wants one searcher per thread; keeping it saves opening the index's files
        on every request, and `up_to_date` is a cheap look at the latest generation.
        """
        searcher = getattr(self._local, "searcher", None)
        if searcher is None or not searcher.up_to_date():
            old, searcher = searcher, self.open().searcher()
            with self._lock:
                self._searchers.append(searcher)
                if old is not None:  # only this thread used it
                    self._searchers.remove(old)
                    old.close()
        self._local.searcher = searcher
        return searcher

    def view(self) -> View:
        """Return a view of the engine for this request."""
        if self.shards is not None:
            return ShardsView(self.shards)
        return WhooshView(self.searcher(), self.parser, self.columns, opener=lambda: self.open().searcher())

    def health(self) -> dict:
        """Return the engine's state, without failing when part of it is down."""
        if self.shards is not None:
            return self.shards.health()
        return self.view().health()

    def cached(self, view: View, key: str, compute: Callable[[], str]) -> str:
        """Return a rendered answer for this index generation, computing it the first time.

        Reporters repeat searches (paging back, toggling a facet off again): an answer is
        kept until the index is rebuilt, whose new generation makes new keys.
        """
        full_key = (view.generation, key)
        with self._lock:
            if full_key in self._answers:
                self._answers.move_to_end(full_key)
                return self._answers[full_key]
            # The first thread to ask computes; others asking the same wait for it.
            pending = self._pending.get(full_key)
            first = pending is None
            if first:
                pending = self._pending[full_key] = threading.Lock()
                pending.acquire()
        if not first:
            with pending:
                pass
            with self._lock:
                if full_key in self._answers:
                    return self._answers[full_key]
            return compute()  # the first one failed (a 404, say): answer for ourselves
        try:
            answer = compute()
            with self._lock:
                self._answers[full_key] = answer
                while len(self._answers) > self._max_answers:
                    self._answers.popitem(last=False)
            return answer
        finally:
            with self._lock:
                del self._pending[full_key]
            pending.release()

    def open(self) -> whoosh_index.Index:
        """Return the opened index, opening it the first time it exists."""
        with self._lock:
            if self._index is None:
                if not whoosh_index.exists_in(str(self.path)):
                    raise IndexUnavailable(f"no index at {self.path}; run 'dossier index'")
                # No mmap: each thread's searcher would map (and count in memory) the
                # whole index again; reading the files as needed keeps the server small.
                storage = FileStorage(str(self.path), supports_mmap=False, readonly=True)
                self._index = storage.open_index()
                self._parser = make_parser(self._index.schema)
            return self._index

    @property
    def parser(self) -> QueryParser:
        """Return the query parser for the index's schema."""
        self.open()
        assert self._parser is not None
        return self._parser


def _close_all(searchers: list[Searcher]) -> None:
    for searcher in searchers:
        searcher.close()


def get_store() -> Store:
    """Return the current app's store."""
    return current_app.extensions["dossier"]


def get_view() -> View:
    """Return this request's view of the engine, current with its latest commit."""
    if "view" not in g:
        g.view = get_store().view()
    return g.view


def init_app(app: Flask) -> None:
    """Attach the store to the app."""
    app.extensions["dossier"] = Store(
        Path(app.config["INDEX"]), engine=app.config["ENGINE"], shards=app.config["SHARDS"]
    )
