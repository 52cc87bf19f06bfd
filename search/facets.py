"""Facets: what each filter selects, and counts over the matches from cached columns."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from .columns import Column


@dataclass(frozen=True)
class Facet:
    """A filterable field: its API name, the index field, and how values group."""

    name: str
    field: str
    #: Date facets count by year, month or day, as deep as the selection goes.
    dated: bool = False

    def select(self, column: Column, values: Iterable[str]) -> np.ndarray:
        """Return the mask of documents having any of the values (a date: any day in it)."""
        if not self.dated:
            return column.having(column.codes_for(values))
        wanted = np.zeros(len(column.vocab), dtype=bool)
        for value in values:
            wanted |= column.codes_starting(value)
        return column.having(wanted)

    def width(self, selected: Iterable[str]) -> int:
        """Return how many characters of a date its bucket keeps: one level below the selection."""
        depth = max((len(v) for v in selected), default=0)
        return {0: 4, 4: 7}.get(depth, 10)


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
        Facet("sender", "sender"),
        Facet("recipient", "recipients"),
    )
}


#: Values listed per facet: the commonest, after any selected or excluded ones.
FACET_LIMIT = 100


def count(
    facet: Facet,
    column: Column,
    docs: np.ndarray,
    selected: tuple[str, ...],
    excluded: tuple[str, ...] = (),
    limit: int = FACET_LIMIT,
) -> list[dict]:
    """Return [{value, count, selected, excluded}] over a mask of documents, by count or by date.

    A document counts once per value (or date bucket). Selected and excluded values come
    first. A dated facet also lists each selected value with the documents it matches,
    before the buckets below it.
    """
    if facet.dated:
        buckets = column.buckets(facet.width(selected))
        counts = buckets.counts(docs)
        found = {buckets.vocab[c]: int(counts[c]) for c in np.flatnonzero(counts)}
        for value in selected:
            found[value] = int((facet.select(column, [value]) & docs).sum())
        ordered = sorted(found.items())
    else:
        counts = column.counts(docs)
        chosen_first = (*selected, *excluded)
        found = {}
        for value in chosen_first:
            code = column.codes_for([value])
            found[value] = int(counts[code].sum())
        # Codes follow the sorted vocabulary: sorting by (-count, code) is by count, then name.
        nonzero = np.flatnonzero(counts)
        top = nonzero[np.lexsort((nonzero, -counts[nonzero]))][: limit + len(chosen_first)]
        for code in top:
            found.setdefault(column.vocab[code], int(counts[code]))
        ordered = list(found.items())
    return [
        {"value": v, "count": n, "selected": v in selected, "excluded": v in excluded}
        for v, n in ordered[: max(limit, len(selected) + len(excluded))]
    ]
