"""The words of the index in memory: what prefixes, wildcards and fuzzy terms expand over.

Whoosh walks its term files for each pattern (a few milliseconds per thousand words) and
compares a fuzzy term with every word of the field in Python (seconds on a newsroom
archive). Held once per index segment as a sorted list with each word's paragraph count,
a prefix is a binary search, a wildcard one regular-expression scan of the joined words,
and a fuzzy term one call into rapidfuzz's C++ edit distances.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA


class Lexicon:
    """A field's words, sorted, with the number of paragraphs that hold each."""

    def __init__(self, words: list[str], frequency: np.ndarray) -> None:
        self.words = words
        self.frequency = frequency

    @classmethod
    def join(cls, parts: list[Lexicon]) -> Lexicon:
        """Return the lexicon of several segments: their words once each, frequencies added."""
        if len(parts) == 1:
            return parts[0]
        every = [word for part in parts for word in part.words]
        if not every:
            return cls([], np.zeros(0, dtype=np.int64))
        words, inverse = np.unique(np.array(every, dtype=object), return_inverse=True)
        frequency = np.bincount(inverse, weights=np.concatenate([p.frequency for p in parts]))
        return cls(words.tolist(), frequency.astype(np.int64))

    def span(self, prefix: str) -> tuple[int, int]:
        """Return the range of word numbers that start with prefix."""
        return bisect_left(self.words, prefix), bisect_left(self.words, prefix + "\U0010ffff")

    def count(self, word: str) -> int:
        """Return how many paragraphs hold a word (0 for a word not in the lexicon).

        >>> Lexicon(["gang", "gangs"], np.array([3, 1])).count("gangs")
        1
        """
        at = bisect_left(self.words, word)
        return int(self.frequency[at]) if at < len(self.words) and self.words[at] == word else 0

    def prefixed(self, prefix: str) -> np.ndarray:
        """Return the numbers of the words that start with prefix.

        >>> Lexicon(["gang", "gangs", "groom"], np.ones(3)).prefixed("gang").tolist()
        [0, 1]
        """
        low, high = self.span(prefix)
        return np.arange(low, high)

    @cached_property
    def _joined(self) -> tuple[str, np.ndarray]:
        # One line per word: a pattern is matched over all of them in one scan in C.
        starts = np.zeros(len(self.words) + 1, dtype=np.int64)
        np.cumsum([len(word) + 1 for word in self.words], out=starts[1:])
        return "\n".join(self.words) + "\n", starts

    def matching(self, pattern: str) -> np.ndarray:
        """Return the numbers of the words a wildcard pattern (* any letters, ? one) matches.

        >>> Lexicon(["woman", "women", "womb"], np.ones(3)).matching("wom?n").tolist()
        [0, 1]
        """
        literal = re.split(r"[*?]", pattern, maxsplit=1)[0]
        low, high = self.span(literal)
        if low == high:
            return np.zeros(0, dtype=np.int64)
        text, starts = self._joined
        body = "".join("[^\n]*" if c == "*" else "[^\n]" if c == "?" else re.escape(c) for c in pattern)
        regex = re.compile(rf"^{body}$", re.MULTILINE)
        found = [m.start() for m in regex.finditer(text, int(starts[low]), int(starts[high]))]
        return np.searchsorted(starts, np.array(found, dtype=np.int64), side="right") - 1

    def near(self, word: str, maxdist: int, prefixlength: int = 0) -> np.ndarray:
        """Return the numbers of the words at most maxdist edits from word (a swap is one edit).

        >>> Lexicon(["rowley", "rowling", "rowly"], np.ones(3)).near("rowly", 1).tolist()
        [0, 2]
        """
        low, high = self.span(word[:prefixlength]) if prefixlength else (0, len(self.words))
        found = process.extract(
            word, self.words[low:high], scorer=OSA.distance, score_cutoff=maxdist, limit=None
        )
        return np.sort(np.array([low + index for _, _, index in found], dtype=np.int64))

    def commonest(self, numbers: np.ndarray, limit: int) -> np.ndarray:
        """Return the limit numbers of the most frequent of these words, in word order."""
        if len(numbers) <= limit:
            return numbers
        # Ties go to the earlier word, so the choice is the same on every run.
        order = np.lexsort((numbers, -self.frequency[numbers]))[:limit]
        return np.sort(numbers[order])


def segment_lexicon(reader, field: str) -> Lexicon:
    """Read a segment's words of a field and their paragraph counts."""
    words, frequency = [], []
    if field in reader.indexed_field_names():
        for term, info in reader.iter_field(field):
            words.append(term.decode("utf-8") if isinstance(term, bytes) else term)
            frequency.append(info.doc_frequency())
    return Lexicon(words, np.array(frequency, dtype=np.int64))
