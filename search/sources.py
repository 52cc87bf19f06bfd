"""Read sources and their paragraphs back from the index."""

from __future__ import annotations

import json

from whoosh import query as wq
from whoosh.qparser import QueryParser
from whoosh.searching import Searcher

from index.store.schema import PARAGRAPH, SOURCE, TEXT_ANALYZER

from .columns import ColumnCache
from .engine import paragraph_fields
from .excerpts import Marks, mark_html, sanitise
from .expand import Expansion
from .query import parse

#: Fields of a source record that are internal to the build.
INTERNAL = ("edge_keys", "shared_keys")


def list_sources(searcher: Searcher) -> list[dict]:
    """Return every source's name, title, publication date and paragraph count, by name."""
    records = [json.loads(f["record"]) for f in searcher.documents(kind=SOURCE)]
    return [
        {k: r.get(k) for k in ("name", "title", "published", "paragraphs")}
        for r in sorted(records, key=lambda r: r["name"])
    ]


def source_record(searcher: Searcher, name: str) -> dict | None:
    """Return a source's own fields (no paragraphs), or None if unknown."""
    stored = searcher.document(kind=SOURCE, source=name)
    if stored is None:
        return None
    return {k: v for k, v in json.loads(stored["record"]).items() if k not in INTERNAL}


def get_source(searcher: Searcher, name: str) -> dict | None:
    """Return a source's fields and all its paragraphs in file order, or None if unknown."""
    record = source_record(searcher, name)
    if record is None:
        return None
    found = searcher.search(
        wq.And([wq.Term("kind", PARAGRAPH), wq.Term("source", name)]),
        limit=None,
        sortedby="paragraph",
    )
    record["paragraphs"] = [paragraph_fields(hit.fields()) for hit in found]
    return record


def mark_paragraphs(
    searcher: Searcher,
    parser: QueryParser,
    q: str,
    paragraphs: list[dict],
    columns: ColumnCache | None = None,
) -> None:
    """Set each paragraph's text_html: its whole text, query terms in <mark>, sanitised."""
    parsed, _ = parse(q, parser)
    marks = Marks.in_reader(parsed, searcher, Expansion.over(searcher, columns or ColumnCache()))
    for paragraph in paragraphs:
        spans = marks.spans(paragraph["text"], TEXT_ANALYZER)
        paragraph["text_html"] = sanitise(mark_html(paragraph["text"], spans))
