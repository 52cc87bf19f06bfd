"""Facets: what each filter selects, and counts over the matches from cached columns."""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain

from whoosh import query as wq
from whoosh.searching import Searcher


@dataclass(frozen=True)
class Facet:
    """A filterable field: its API name, the index field, and how values group."""

    name: str
    field: str
    #: Date facets count by year, month or day, as deep as the selection goes.
    dated: bool = False

    def select(self, values: Iterable[str]) -> wq.Query:
        """Return the query for documents having any of the values (ORed)."""
        if self.dated:
            return wq.Or([wq.Prefix(self.field, v) for v in values])
        return wq.Or([wq.Term(self.field, v) for v in values])

    def bucket(self, value: str, selected: tuple[str, ...]) -> str:
        """Return the bucket a value is counted in: a date drills below the selection."""
        if not self.dated:
            return value
        depth = max((len(v) for v in selected), default=0)
        return value[: {0: 4, 4: 7}.get(depth, 10)]


#: Every facet, in the order the API and the page list them.
FACETS = {
    f.name: f
    for f in (
        Facet("speaker", "speakers"),
        Facet("person", "people"),
        Facet("organisation", "organisations"),
        Facet("place", "places"),
        Facet("source", "source"),
        Facet("zone", "zone"),
        Facet("published", "published", dated=True),
        Facet("mentioned", "dates", dated=True),
    )
}


class ColumnCache:
    """Per-segment columns of facet values, read once from the postings and kept.

    Segments never change once written, so a column is valid for as long as its segment
    lives; reading postings (not stored fields) also copes with documents that have no
    value, where Whoosh's own grouping by term vectors fails.
    """

    def __init__(self, max_segments: int = 256) -> None:
        self._columns: OrderedDict[tuple[str, str], list[tuple[str, ...]]] = OrderedDict()
        self._lock = threading.Lock()
        self._max = max_segments

    def column(self, searcher: Searcher, field: str) -> list[tuple[str, ...]]:
        """Return the values of field for every document number of the searcher."""
        values: list[tuple[str, ...]] = []
        for sub, _offset in searcher.leaf_searchers():
            values.extend(self._segment(sub.reader(), field))
        return values

    def _segment(self, reader, field: str) -> list[tuple[str, ...]]:
        key = (reader.segment().segment_id(), field)
        # One lock for reading and building: threads that arrive together at a new
        # segment wait for one build instead of each doing it under the GIL.
        with self._lock:
            if key in self._columns:
                self._columns.move_to_end(key)
                return self._columns[key]
            column: list[tuple[str, ...]] = [()] * reader.doc_count_all()
            if field in reader.indexed_field_names():
                for term in reader.lexicon(field):
                    value = term.decode("utf-8") if isinstance(term, bytes) else term
                    for docnum in reader.postings(field, term).all_ids():
                        column[docnum] = (*column[docnum], value)
            self._columns[key] = column
            while len(self._columns) > self._max:
                self._columns.popitem(last=False)
            return column


#: Values listed per facet: the commonest, after any selected or excluded ones.
FACET_LIMIT = 100


def count(
    facet: Facet,
    column: list[tuple[str, ...]],
    docs: Iterable[int],
    selected: tuple[str, ...],
    excluded: tuple[str, ...] = (),
    limit: int = FACET_LIMIT,
) -> list[dict]:
    """Return [{value, count, selected, excluded}] over the docs, by count or by date.

    A document counts once per value (or date bucket). Selected and excluded values come
    first. A dated facet also lists each selected value with the documents it matches,
    before the buckets below it.
    """
    counts: Counter[str] = Counter()
    chosen: Counter[str] = Counter()
    if not facet.dated:
        # A document holds each value once: count them all in one pass at C speed.
        counts.update(chain.from_iterable(map(column.__getitem__, docs)))
    else:
        for docnum in docs:
            values = column[docnum]
            counts.update({facet.bucket(value, selected) for value in values})
            if selected:
                chosen.update({s for s in selected if any(v.startswith(s) for v in values)})
    if facet.dated:
        for value in selected:
            counts[value] = chosen[value]
        ordered = sorted(counts.items())
    else:
        for value in (*selected, *excluded):
            counts.setdefault(value, 0)
        chosen_first = set(selected) | set(excluded)
        ordered = sorted(counts.items(), key=lambda item: (item[0] not in chosen_first, -item[1], item[0]))
    return [
        {"value": v, "count": n, "selected": v in selected, "excluded": v in excluded}
        for v, n in ordered[: max(limit, len(selected) + len(excluded))]
    ]
