"""Mark query terms in a paragraph and cut the best fragments, as sanitised HTML."""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Callable, Iterable, Iterator

import bleach
from whoosh import query as wq
from whoosh.analysis import Analyzer, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.searching import Searcher

from index.store.schema import WORDS_FIELD

from .columns import ColumnCache
from .expand import PATTERNS, Expansion

#: Characters of context either side of a marked span, and fragments per excerpt.
CONTEXT = 90
MAX_FRAGMENTS = 3
#: A paragraph shorter than this is shown whole.
WHOLE = 320


class Marks:
    """What to mark: stems and phrases of the text field, and words as written (from patterns)."""

    def __init__(
        self, terms: set[str], phrases: list[list[str]], words: frozenset[str] = frozenset()
    ) -> None:
        self.terms = terms
        self.phrases = phrases
        self.words = words

    @classmethod
    def from_query(
        cls,
        q: wq.Query | None,
        existing: Callable[[wq.Query], Iterable[tuple[str, str | bytes]]],
        expansion: Expansion,
        field: str = "text",
    ) -> Marks:
        """Collect the positive terms and phrases of q, expanding prefixes and fuzzy terms.

        existing gives the (field, term) pairs of a leaf that the index holds.
        """
        terms: set[str] = set()
        phrases: list[list[str]] = []
        words: set[str] = set()
        for leaf in positive_leaves(q):
            if isinstance(leaf, wq.Phrase) and leaf.fieldname == field:
                phrases.append(list(leaf.words))
            elif isinstance(leaf, wq.Every):
                continue
            elif isinstance(leaf, PATTERNS) and leaf.fieldname == WORDS_FIELD:
                words.update(_text(word) for word in expansion.words(leaf))
            else:
                try:
                    found = list(existing(leaf))
                except Exception:  # noqa: BLE001 - a leaf that cannot expand marks nothing
                    continue
                terms.update(_text(t) for f, t in found if f == field)
                words.update(_text(t) for f, t in found if f == WORDS_FIELD)
        return cls(terms, phrases, frozenset(words))

    @classmethod
    def in_reader(cls, q: wq.Query | None, searcher: Searcher, expansion: Expansion | None = None) -> Marks:
        """Collect the marks of q from a Whoosh index."""
        reader = searcher.reader()
        expansion = expansion or Expansion.over(searcher, ColumnCache())
        return cls.from_query(q, lambda leaf: leaf.existing_terms(reader, expand=True), expansion)

    def spans(self, text: str, analyzer: Analyzer) -> list[tuple[int, int]]:
        """Return the sorted, non-overlapping character spans to mark in text."""
        tokens = _tokens(text, analyzer)
        found = [(s, e) for word, _, s, e in tokens if word in self.terms]
        if self.words:
            found += [(s, e) for _, _, s, e in tokens if text[s:e].lower() in self.words]
        for words in self.phrases:
            for i in range(len(tokens) - len(words) + 1):
                if all(tokens[i + k][0] == w for k, w in enumerate(words)):
                    found.append((tokens[i][2], tokens[i + len(words) - 1][3]))
        merged: list[tuple[int, int]] = []
        for start, end in sorted(found):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged


def excerpt_html(text: str, marks: Marks, analyzer: Analyzer) -> str:
    """Return the best fragments of text with every marked span in <mark>, sanitised."""
    spans = marks.spans(text, analyzer)
    if len(text) <= WHOLE:
        windows = [(0, len(text))]
    elif not spans:
        windows = [(0, _cut(text, WHOLE))]
    else:
        windows = _windows(text, spans)
    parts = []
    for start, end in windows:
        inside = [(max(s, start), min(e, end)) for s, e in spans if s < end and e > start]
        body = mark_html(text[start:end], [(s - start, e - start) for s, e in inside])
        parts.append(("… " if start else "") + body + (" …" if end < len(text) else ""))
    return sanitise(" ".join(parts))


def mark_html(text: str, spans: list[tuple[int, int]]) -> str:
    """Escape text and wrap each (start, end) span in <mark>."""
    out, at = [], 0
    for start, end in spans:
        out += [_escape(text[at:start]), "<mark>", _escape(text[start:end]), "</mark>"]
        at = end
    out.append(_escape(text[at:]))
    return "".join(out)


_cleaners = threading.local()


def _cleaner() -> bleach.Cleaner:
    # A Cleaner is costly to make and not safe to share between threads: one per thread.
    cleaner = getattr(_cleaners, "cleaner", None)
    if cleaner is None:
        cleaner = _cleaners.cleaner = bleach.Cleaner(tags={"mark"}, attributes={}, strip=True)
    return cleaner


#: Escaped text with balanced <mark> tags and nothing else: what bleach would return as is.
_PLAIN = re.compile(
    r"(?:[^<&\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]|&(?:amp|lt|gt);|</?mark>)*"
)


def sanitise(fragment: str) -> str:
    """Let only <mark> through: the second wall after escaping."""
    if _PLAIN.fullmatch(fragment) and fragment.count("<mark>") == fragment.count("</mark>"):
        # Only text, three entities and <mark>: nothing for bleach's parser (a tenth of a
        # page's time) to change. Anything else, a bug upstream included, goes through it.
        return fragment
    return _cleaner().clean(fragment)


def _windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Choose up to MAX_FRAGMENTS windows around the spans, densest first, in text order."""
    windows: list[tuple[int, int]] = []
    for start, end in spans:
        lo, hi = _cut(text, max(0, start - CONTEXT), back=True), _cut(text, end + CONTEXT)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))

    def density(w: tuple[int, int]) -> int:
        return sum(1 for s, _ in spans if w[0] <= s < w[1])

    best = sorted(windows, key=density, reverse=True)[:MAX_FRAGMENTS]
    return sorted(best)


def _cut(text: str, at: int, back: bool = False) -> int:
    """Move a cut point to a word boundary so that no word is split."""
    if at <= 0 or at >= len(text):
        return max(0, min(at, len(text)))
    step = -1 if back else 1
    limit = 20
    while 0 < at < len(text) and not text[at].isspace() and limit:
        at += step
        limit -= 1
    return at + 1 if back and text[at].isspace() else at


def _tokens(text: str, analyzer: Analyzer) -> list[tuple[str, int, int, int]]:
    """Return (term, position, start, end) of each token of text, as the analyzer makes them."""
    stages = getattr(analyzer, "items", [])
    plain = [type(stage) for stage in stages] == [RegexTokenizer, LowercaseFilter, StemFilter]
    if plain and not stages[0].gaps and not stages[2].ignore:
        # The text field's own pipeline, run without Whoosh's per-token objects: the same
        # tokens at a third of the cost, and excerpts are made for every hit shown.
        stem, found = stages[2]._stem, stages[0].expression.finditer(text)
        return [(stem(m.group().lower()), i, m.start(), m.end()) for i, m in enumerate(found)]
    return [(t.text, t.pos, t.startchar, t.endchar) for t in analyzer(text, positions=True, chars=True)]


def positive_leaves(q: wq.Query | None) -> Iterator[wq.Query]:
    """Yield the leaf queries whose terms should be marked (not those under NOT)."""
    if q is None:
        return
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.AndNot):
        yield from positive_leaves(q.a)
        return
    if isinstance(q, wq.Phrase) or q.is_leaf():
        yield q
        return
    for child in q.children():
        yield from positive_leaves(child)


def _text(term: str | bytes) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term


def _escape(text: str) -> str:
    # Quote marks are harmless in element content; leaving them keeps JSON readable.
    return html.escape(text, quote=False)
