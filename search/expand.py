"""The words a prefix, wildcard or fuzzy term stands for, bounded and remembered per request."""

from __future__ import annotations

from collections.abc import Callable

from whoosh import query as wq
from whoosh.searching import Searcher

from index.store.schema import WORDS_FIELD

from .columns import ColumnCache
from .lexicon import Lexicon

#: Words one expanded term may stand for. Past this, the most frequent are searched (and a
#: warning says so): "s*" on a newsroom archive names thousands of words, each a posting
#: list to read, and the rare ones add little to what a reporter sees first.
MAX_WORDS = 100

PATTERNS = (wq.Prefix, wq.Wildcard, wq.FuzzyTerm)


class Expansion:
    """Expand pattern and fuzzy terms over an index's words, each once, noting those cut short."""

    def __init__(self, lexicon: Callable[[str], Lexicon | None], limit: int | None = None) -> None:
        # The lexicon of a field, or None where the index has no such field.
        self.lexicon = lexicon
        self.limit = limit or MAX_WORDS
        self.warnings: list[str] = []
        self._words: dict[tuple, list[str]] = {}

    @classmethod
    def over(cls, searcher: Searcher, columns: ColumnCache, limit: int | None = None) -> Expansion:
        """Return the expansion over a Whoosh index's words."""
        return cls(
            lambda field: columns.lexicon(searcher, field) if field in searcher.schema else None, limit
        )

    def words(self, q: wq.MultiTerm) -> list[str]:
        """Return the indexed words q stands for: every one, or the limit most frequent."""
        key = (type(q), q.fieldname, q.text, getattr(q, "maxdist", 0), getattr(q, "prefixlength", 0))
        if key not in self._words:
            self._words[key] = self._expand(q)
        return self._words[key]

    def _expand(self, q: wq.MultiTerm) -> list[str]:
        lexicon = self.lexicon(q.fieldname)
        if lexicon is None:
            return []
        if isinstance(q, wq.FuzzyTerm):
            found = lexicon.near(q.text, q.maxdist, q.prefixlength)
        elif isinstance(q, wq.Wildcard):
            found = lexicon.matching(q.text)
        else:
            found = lexicon.prefixed(q.text)
        # Only the text's words are bounded: a pattern on a facet ("mentioned:2025*") is a
        # filter, and must keep every value it names.
        kept = lexicon.commonest(found, self.limit) if q.fieldname == WORDS_FIELD else found
        if len(kept) < len(found):
            self.warnings.append(
                f"{typed(q)} stands for {len(found):,} words; searched the {self.limit} most common"
            )
        return [lexicon.words[number] for number in kept.tolist()]


def typed(q: wq.MultiTerm) -> str:
    """Return a pattern or fuzzy term as the user typed it (lowercased)."""
    if isinstance(q, wq.Prefix):
        return f"{q.text}*"
    if isinstance(q, wq.FuzzyTerm):
        return f"{q.text}~{q.maxdist if q.maxdist != 1 else ''}"
    return q.text
