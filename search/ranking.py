"""What ranking adds to BM25: the weight of a paragraph's zone, and repeats folded into the first."""

from __future__ import annotations

import numpy as np
from whoosh.searching import Searcher

from .columns import ColumnCache

#: Each zone's factor on a paragraph's BM25 score. BM25's length normalisation lifts very
#: short paragraphs: a four-word subhead or a caption naming the query beats the body
#: paragraph that says the most. Body and headline keep their score; the rest are cut.
ZONE_WEIGHTS = {
    "body": 1.0,
    "headline": 1.0,
    "subhead": 0.6,
    "caption": 0.5,
    # A quoted reply repeats a message that is a source of its own, where it ranks whole.
    "quoted": 0.7,
    "boilerplate": 0.3,
}


def zone_weights(searcher: Searcher, columns: ColumnCache) -> np.ndarray:
    """Return each document's zone factor (1.0 where it has no zone)."""

    def make() -> np.ndarray:
        zones = columns.column(searcher, "zone")
        factors = np.array([ZONE_WEIGHTS.get(zone, 1.0) for zone in zones.vocab] + [1.0])
        return factors[zones.first]  # a document without a zone has first == -1: the last, 1.0

    return columns.derived(searcher, "zone-weights", make)


class Repeats:
    """The paragraphs printed more than once in their source, to fold into the first."""

    def __init__(self, searcher: Searcher, columns: ColumnCache) -> None:
        def make() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
            twins = columns.column(searcher, "twin").first
            docs = np.flatnonzero(twins >= 0)
            sources = columns.column(searcher, "source").first[docs]
            # One group per source and text: the key is unique within a source only.
            groups = sources * (int(twins.max(initial=0)) + 1) + twins[docs]
            return docs, groups, columns.numbers(searcher, "paragraph")[docs]

        self.docs, self.groups, self.numbers = columns.derived(searcher, "repeats", make)

    def fold(self, mask: np.ndarray) -> np.ndarray:
        """Return mask with every repeat left out whose earlier twin is in it."""
        chosen = mask[self.docs]
        if chosen.sum() < 2:
            return mask
        docs, groups, numbers = self.docs[chosen], self.groups[chosen], self.numbers[chosen]
        order = np.lexsort((numbers, groups))
        docs, groups = docs[order], groups[order]
        later = np.zeros(len(docs), dtype=bool)
        later[1:] = groups[1:] == groups[:-1]
        if not later.any():
            return mask
        folded = mask.copy()
        folded[docs[later]] = False
        return folded
