"""What the web app and command line search through: a view of one engine, made per request.

Both engines answer the same calls with the same shapes: `WhooshView` over the embedded
index, `search.shards.View` over Xapian shards. Callers never learn which one answers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from whoosh.qparser import QueryParser
from whoosh.searching import Searcher

from .columns import ColumnCache
from .engine import Results, export_rows, run_search
from .request import SearchRequest
from .sources import get_source, list_sources, mark_paragraphs, source_record


class View(Protocol):
    """The calls every engine answers."""

    #: What identifies the state of the data answered from: answers are kept per state.
    generation: object

    def documents(self) -> int: ...
    def empty(self) -> bool: ...
    def search(self, request: SearchRequest) -> Results: ...
    def export(self, request: SearchRequest) -> Iterator[dict]: ...
    def sources(self) -> list[dict]: ...
    def record(self, name: str) -> dict | None: ...
    def source(self, name: str) -> dict | None: ...
    def mark(self, q: str, paragraphs: list[dict]) -> None: ...
    def health(self) -> dict: ...


class WhooshView:
    """One request's view of the Whoosh index."""

    def __init__(
        self,
        searcher: Searcher,
        parser: QueryParser,
        columns: ColumnCache,
        opener: Callable[[], Searcher] | None = None,
    ) -> None:
        self.searcher = searcher
        self.parser = parser
        self.columns = columns
        # An export streams after the request ends: it reads from a searcher of its own.
        self._opener = opener

    @property
    def generation(self) -> int:
        """Return the index generation the searcher reads."""
        return self.searcher.reader().generation()

    def documents(self) -> int:
        """Return how many documents the index holds (sources and paragraphs)."""
        return self.searcher.doc_count()

    def empty(self) -> bool:
        """Tell whether there is no paragraph to search."""
        return not self.columns.live(self.searcher).any()

    def search(self, request: SearchRequest) -> Results:
        """Run a search request and return the requested page with facet counts."""
        return run_search(self.searcher, self.parser, request, self.columns)

    def export(self, request: SearchRequest) -> Iterator[dict]:
        """Yield every paragraph the request matches, in its sort order."""
        if self._opener is None:
            yield from export_rows(self.searcher, self.parser, request, self.columns)
            return
        searcher = self._opener()
        try:
            yield from export_rows(searcher, self.parser, request, self.columns)
        finally:
            searcher.close()

    def sources(self) -> list[dict]:
        """Return every source's name, title, publication date and paragraph count, by name."""
        return list_sources(self.searcher)

    def record(self, name: str) -> dict | None:
        """Return a source's own fields (no paragraphs), or None if unknown."""
        return source_record(self.searcher, name)

    def source(self, name: str) -> dict | None:
        """Return a source's fields and all its paragraphs in file order, or None if unknown."""
        return get_source(self.searcher, name)

    def mark(self, q: str, paragraphs: list[dict]) -> None:
        """Set each paragraph's text_html: its whole text, query terms in <mark>, sanitised."""
        mark_paragraphs(self.searcher, self.parser, q, paragraphs, self.columns)

    def health(self) -> dict:
        """Return the engine's state: the documents it holds."""
        return {"status": "ok", "engine": "whoosh", "documents": self.documents()}
