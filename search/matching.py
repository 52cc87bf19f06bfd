"""Evaluate a Whoosh query over whole posting blocks: a mask of matches and BM25F scores.

Whoosh's matchers walk postings one document at a time in Python. A search that
counts facets needs every match anyway, so terms are read a block at a time and
combined as numpy arrays; scores follow Whoosh's BM25F exactly, so ranking is the
same. Queries this module has no rule for (spans, ranges) are matched by Whoosh.
"""

from __future__ import annotations

from math import log

import numpy as np
from whoosh import query as wq
from whoosh.searching import Searcher

from .columns import ColumnCache
from .expand import PATTERNS, Expansion

#: Whoosh's BM25F defaults.
B, K1 = 0.75, 1.2

Matches = tuple[np.ndarray, np.ndarray]  # (boolean mask over documents, score per document)


def evaluate(
    q: wq.Query | None, searcher: Searcher, columns: ColumnCache, expansion: Expansion | None = None
) -> Matches:
    """Return the paragraphs a query matches, and their scores (browse everything for None)."""
    live = columns.live(searcher)
    if q is None:
        return live.copy(), np.zeros(len(live))
    expansion = expansion or Expansion.over(searcher, columns)
    mask, scores = _Evaluator(searcher, columns, len(live), expansion).run(q)
    return mask & live, scores


class _Evaluator:
    def __init__(self, searcher: Searcher, columns: ColumnCache, ndocs: int, expansion: Expansion) -> None:
        self.searcher, self.columns, self.ndocs = searcher, columns, ndocs
        self.expansion = expansion

    def empty(self) -> Matches:
        return np.zeros(self.ndocs, dtype=bool), np.zeros(self.ndocs)

    def run(self, q: wq.Query) -> Matches:
        if q is wq.NullQuery or isinstance(q, wq.NullQuery.__class__):
            return self.empty()
        if isinstance(q, wq.Term):
            return self.term(q.fieldname, q.text, q.boost)
        if isinstance(q, wq.And):
            return self.both([self.run(child) for child in q.children()])
        if (
            isinstance(q, wq.Or)
            and not q.scale
            and q.minmatch in (0, 1)
            and not isinstance(q, wq.DisjunctionMax)
        ):
            return self.either([self.run(child) for child in q.children()])
        if isinstance(q, wq.AndNot):
            (mask, scores), (banned, _) = self.run(q.a), self.run(q.b)
            return mask & ~banned, scores
        if isinstance(q, wq.AndMaybe):
            (mask, scores), (maybe, extra) = self.run(q.a), self.run(q.b)
            return mask, scores + np.where(mask & maybe, extra, 0.0)
        if isinstance(q, wq.Not):
            banned, _ = self.run(q.query)
            return ~banned, np.where(banned, 0.0, q.boost)  # Whoosh scores NOT with its boost
        if isinstance(q, wq.Every):
            return np.ones(self.ndocs, dtype=bool), np.full(self.ndocs, q.boost)
        if isinstance(q, PATTERNS):
            return self.expanded(q)
        if isinstance(q, wq.Phrase) and q.slop == 1 and self.has_positions(q.fieldname):
            return self.phrase(q)
        return self.by_whoosh(q)

    def term(self, field: str, text, boost: float = 1.0) -> Matches:
        mask, scores = self.empty()
        if field not in self.searcher.schema:
            return mask, scores
        try:
            text = text if isinstance(text, bytes) else self.searcher.schema[field].to_bytes(text)
        except ValueError:
            return mask, scores
        found = self.columns.term(self.searcher, field, text)
        if not len(found.docs):
            return mask, scores  # nothing to weigh (and no documents at all in an empty index)
        mask[found.docs] = True
        scores[found.docs] = self.weigh(field, text, found.docs, found.weights) * boost
        return mask, scores

    def weigh(self, field: str, text: bytes, docs: np.ndarray, weights: np.ndarray) -> np.ndarray:
        if not self.searcher.schema[field].scorable:
            return weights  # Whoosh's WeightScorer for unscored fields
        return self.bm25(field, text, docs, weights)

    def bm25(self, field: str, text: bytes, docs: np.ndarray, weights: np.ndarray) -> np.ndarray:
        searcher = self.searcher
        idf = log(searcher.doc_count_all() / (searcher.doc_frequency(field, text) + 1)) + 1
        avgfl = searcher.avg_field_length(field) or 1
        lengths = self.columns.lengths(searcher, field)[docs]
        return idf * ((weights * (K1 + 1)) / (weights + K1 * ((1 - B) + B * lengths / avgfl)))

    def both(self, parts: list[Matches]) -> Matches:
        if not parts:
            return self.empty()
        mask, scores = parts[0][0].copy(), parts[0][1].copy()
        for other, extra in parts[1:]:
            mask &= other
            scores += extra
        return mask, np.where(mask, scores, 0.0)

    def either(self, parts: list[Matches]) -> Matches:
        mask, scores = self.empty()
        for other, extra in parts:
            mask |= other
            scores += np.where(other, extra, 0.0)
        return mask, scores

    def expanded(self, q: wq.MultiTerm) -> Matches:
        """Match every indexed word a prefix, wildcard or fuzzy term stands for.

        Scores add up the words found, as Whoosh's union does on an index of more than
        5,000 documents (on smaller ones it may score a constant instead).
        """
        mask, scores = self.empty()
        if q.fieldname not in self.searcher.schema:
            return mask, scores
        # Added in place, not as a union of whole-corpus arrays: a prefix may stand for
        # a couple of hundred words, most of them in a few paragraphs each.
        for word in self.expansion.words(q):
            found = self.columns.term(self.searcher, q.fieldname, word)
            mask[found.docs] = True
            scores[found.docs] += self.weigh(q.fieldname, word, found.docs, found.weights) * q.boost
        return mask, scores

    def has_positions(self, field: str) -> bool:
        schema = self.searcher.schema
        return field in schema and bool(schema[field].format) and schema[field].format.supports("positions")

    def phrase(self, q: wq.Phrase) -> Matches:
        """Match words that follow each other; score as the sum of the words, as Whoosh does."""
        mask, scores = self.empty()
        field = self.searcher.schema[q.fieldname]
        try:
            words = [field.to_bytes(word) for word in q.words]
        except ValueError:
            return mask, scores
        found = [self.columns.term(self.searcher, q.fieldname, word, values=True) for word in words]
        if not words or any(f.values is None for f in found):
            return self.by_whoosh(q)
        candidates = found[0].docs
        for other in found[1:]:
            candidates = np.intersect1d(candidates, other.docs)
        if not len(candidates):
            return mask, scores
        # The positions of each word in each candidate, decoded only for the candidates.
        decode = field.format.decode_positions
        places = [np.searchsorted(f.docs, candidates) for f in found]
        keep = np.zeros(len(candidates), dtype=bool)
        for i in range(len(candidates)):
            starts = set(decode(found[0].values[places[0][i]]))
            for offset in range(1, len(words)):
                starts &= {p - offset for p in decode(found[offset].values[places[offset][i]])}
                if not starts:
                    break
            keep[i] = bool(starts)
        docs = candidates[keep]
        mask[docs] = True
        for word, f, at in zip(words, found, places, strict=True):
            scores[docs] += self.weigh(q.fieldname, word, docs, f.weights[at[keep]])
        return mask, scores * q.boost

    def by_whoosh(self, q: wq.Query) -> Matches:
        """Match a query Whoosh alone knows (phrases, spans, ranges); score it by its words."""
        mask, scores = self.empty()
        docs = np.fromiter(self.searcher.docs_for_query(q), dtype=np.int64)
        if not len(docs):
            return mask, scores
        mask[docs] = True
        # A phrase scores as the sum of its words, as Whoosh's span matchers do.
        words = [(f, t) for f, t in q.iter_all_terms() if f in self.searcher.schema]
        for field, text in words:
            _, extra = self.term(field, text)
            scores += extra
        if not words:
            scores[:] = q.boost
        return mask, np.where(mask, scores * (q.boost if words else 1.0), 0.0)
