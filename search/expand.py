"""The words a prefix, wildcard or fuzzy term stands for, bounded and remembered per request."""

from __future__ import annotations

from whoosh import query as wq
from whoosh.reading import IndexReader

#: Words one expanded term may stand for. Past this, the most frequent are searched (and a
#: warning says so): "a*" on a newsroom archive names tens of thousands of words, and
#: each is a posting list to read; the rare ones add little to what a reporter sees.
MAX_WORDS = 200

PATTERNS = (wq.Prefix, wq.Wildcard, wq.FuzzyTerm)


class Expansion:
    """Expand pattern and fuzzy terms against one reader, each once, noting those cut short."""

    def __init__(self, reader: IndexReader, limit: int | None = None) -> None:
        self.reader = reader
        self.limit = limit or MAX_WORDS
        self.warnings: list[str] = []
        self._words: dict[tuple, list[bytes]] = {}

    def words(self, q: wq.MultiTerm) -> list[bytes]:
        """Return the indexed words q stands for: every one, or the limit most frequent."""
        key = (type(q), q.fieldname, q.text, getattr(q, "maxdist", 0), getattr(q, "prefixlength", 0))
        if key not in self._words:
            self._words[key] = self._expand(q)
        return self._words[key]

    def _expand(self, q: wq.MultiTerm) -> list[bytes]:
        found = list(q._btexts(self.reader))
        if len(found) <= self.limit:
            return found
        frequency = {word: self.reader.doc_frequency(q.fieldname, word) for word in found}
        kept = set(sorted(found, key=lambda word: (-frequency[word], word))[: self.limit])
        self.warnings.append(
            f"{_typed(q)} stands for {len(found):,} words; searched the {self.limit} most common"
        )
        return [word for word in found if word in kept]


def _typed(q: wq.MultiTerm) -> str:
    """Return a pattern or fuzzy term as the user typed it (lowercased)."""
    if isinstance(q, wq.Prefix):
        return f"{q.text}*"
    if isinstance(q, wq.FuzzyTerm):
        return f"{q.text}~{q.maxdist if q.maxdist != 1 else ''}"
    return q.text
