"""Field values and postings as numpy arrays, read once per index segment and kept."""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from index.store.schema import PARAGRAPH

from .lexicon import Lexicon, segment_lexicon

#: Whoosh stores a field's length in a document as one byte; this decodes all 256 at once.
_LENGTHS = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


class Column:
    """The values of one field for every document: a sorted vocabulary and one row per document.

    Rows are stored compressed (CSR): the codes of document d's values are
    ``codes[starts[d]:starts[d + 1]]``. Codes index the sorted vocabulary, so the
    order of codes is the order of values.
    """

    def __init__(self, vocab: list[str], starts: np.ndarray, codes: np.ndarray) -> None:
        self.vocab = vocab
        self.starts = starts
        self.codes = codes
        self._buckets: dict[int, Column] = {}

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __getitem__(self, doc: int) -> tuple[str, ...]:
        """Return the values of a document."""
        return tuple(self.vocab[c] for c in self.codes[self.starts[doc] : self.starts[doc + 1]])

    @cached_property
    def owners(self) -> np.ndarray:
        """Return the document of each value in codes."""
        return np.repeat(np.arange(len(self), dtype=np.int32), np.diff(self.starts))

    @cached_property
    def first(self) -> np.ndarray:
        """Return each document's first code, -1 where it has none (for sorting)."""
        first = np.full(len(self), -1, dtype=np.int64)
        has = self.starts[1:] > self.starts[:-1]
        first[has] = self.codes[self.starts[:-1][has]]
        return first

    def counts(self, docs: np.ndarray) -> np.ndarray:
        """Return how many of the documents in a mask hold each code."""
        rows = np.flatnonzero(docs)
        if len(rows) * 8 < len(self):
            # Few matches: gather their rows rather than test every value of the column.
            starts, lengths = self.starts[rows], self.starts[rows + 1] - self.starts[rows]
            offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
            taken = self.codes[offsets]
        else:
            taken = self.codes[docs[self.owners]]
        return np.bincount(taken, minlength=len(self.vocab))

    def having(self, wanted: np.ndarray) -> np.ndarray:
        """Return the mask of documents holding any code in a boolean mask over the vocabulary."""
        docs = np.zeros(len(self), dtype=bool)
        docs[self.owners[wanted[self.codes]]] = True
        return docs

    def codes_for(self, values) -> np.ndarray:
        """Return a vocabulary mask of the given values (those the index holds)."""
        wanted = np.zeros(len(self.vocab), dtype=bool)
        for value in values:
            i = bisect_left(self.vocab, value)
            if i < len(self.vocab) and self.vocab[i] == value:
                wanted[i] = True
        return wanted

    def codes_between(self, low: str, high: str) -> np.ndarray:
        """Return a vocabulary mask of the values from low to high, both included."""
        wanted = np.zeros(len(self.vocab), dtype=bool)
        wanted[bisect_left(self.vocab, low) : bisect_right(self.vocab, high)] = True
        return wanted

    def codes_starting(self, prefix: str) -> np.ndarray:
        """Return a vocabulary mask of the values that start with prefix."""
        return self.codes_between(prefix, prefix + "\uffff")

    def buckets(self, width: int) -> Column:
        """Return this column with values cut to their first width characters, once per document."""
        if width not in self._buckets:
            self._buckets[width] = self.mapped(lambda value: value[:width])
        return self._buckets[width]

    def mapped(self, name: Callable[[str], str]) -> Column:
        """Return this column with each value replaced by name(value), each once per document."""
        names = [name(value) for value in self.vocab]
        vocab = sorted(set(names))
        index = {value: i for i, value in enumerate(vocab)}
        remap = np.array([index[value] for value in names], dtype=np.int32)
        return _rows(self.owners, remap[self.codes] if len(names) else self.codes, vocab, len(self))


def _rows(owners: np.ndarray, codes: np.ndarray, vocab: list[str], ndocs: int) -> Column:
    """Return a Column from (document, code) pairs, each pair kept once."""
    pairs = np.unique(owners.astype(np.int64) * max(len(vocab), 1) + codes)
    owners, codes = pairs // max(len(vocab), 1), (pairs % max(len(vocab), 1)).astype(np.int32)
    starts = np.zeros(ndocs + 1, dtype=np.int64)
    np.cumsum(np.bincount(owners, minlength=ndocs), out=starts[1:])
    return Column(vocab, starts, codes)


@dataclass
class Postings:
    """A term's postings: documents, weights and (when asked) the encoded values."""

    docs: np.ndarray
    weights: np.ndarray
    #: Each posting's encoded value (positions for text), or None when not read.
    values: list[bytes] | None = None

    @classmethod
    def join(cls, parts: list[Postings]) -> Postings:
        """Return the postings of several parts, in order."""
        values = None if any(p.values is None for p in parts) else [v for p in parts for v in p.values]
        docs, weights = np.concatenate([p.docs for p in parts]), np.concatenate([p.weights for p in parts])
        return cls(docs, weights, values)


_NONE = Postings(np.zeros(0, dtype=np.int64), np.zeros(0), [])
#: A word in at least this many of a segment's paragraphs has its postings kept once read:
#: below it, reading them takes a millisecond or less.
COMMON_POSTINGS = 5000


def postings(reader, field: str, text: str | bytes, values: bool = False) -> Postings:
    """Return a term's postings in one segment, deleted documents included.

    Whoosh's matchers step through postings one at a time in Python; its blocks hold
    128 postings each, so reading them a block at a time is what makes counting fast.
    """
    if (field, text) not in reader:
        return _NONE
    matcher = _unfiltered(reader.postings(field, text))
    if isinstance(matcher, W3LeafMatcher):
        try:
            return _by_blocks(matcher, values)
        except AttributeError:  # a Whoosh whose block internals moved: read one by one
            matcher = _unfiltered(reader.postings(field, text))
    return _one_by_one(matcher, values)


def _unfiltered(matcher):
    # Deletions are filtered by the caller, from the live mask.
    return getattr(matcher, "child", matcher)


def _by_blocks(matcher: W3LeafMatcher, values: bool) -> Postings:
    ids, weights, encoded = [], [], []
    while matcher.is_active():
        matcher._read_data()
        data = matcher._data
        block = np.asarray(data[0], dtype=np.int64)
        ids.append(block if matcher._byteids else np.cumsum(block))
        w = 1.0 if data[1] is None else data[1]  # a block of equal weights stores just one
        weights.append(np.full(len(block), w) if isinstance(w, float) else np.asarray(w, dtype=np.float64))
        if values:
            matcher._read_values()
            encoded.extend(matcher._values)
        matcher._next_block()
    if not ids:
        return _NONE
    return Postings(np.concatenate(ids), np.concatenate(weights), encoded if values else None)


def _one_by_one(matcher, values: bool) -> Postings:
    ids, weights, encoded = [], [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        if values:
            encoded.append(matcher.value())
        matcher.next()
    return Postings(
        np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64), encoded if values else None
    )


class ColumnCache:
    """Columns per index segment, read once from the postings and kept while the segment lives.

    Segments never change once written. Reading postings (not stored fields) also copes
    with documents that have no value. The arrays for a whole searcher are joined from
    the segments' and kept per set of segments, so a refreshed searcher reuses them.
    """

    def __init__(
        self,
        max_segments: int = 256,
        max_joined: int = 48,
        postings_bytes: int = 64 << 20,
        common: int = COMMON_POSTINGS,
    ) -> None:
        self._segments: OrderedDict[tuple, object] = OrderedDict()
        # Arrays joined over a searcher's segments serve one index version; a dozen per
        # version, so this keeps the last few versions, not every one a long server saw.
        self._joined: OrderedDict[tuple, object] = OrderedDict()
        self._lock = threading.RLock()
        self._limits = {id(self._segments): max_segments, id(self._joined): max_joined}
        # Common words' postings, per segment, bounded by their arrays' bytes.
        self._postings: OrderedDict[tuple, Postings] = OrderedDict()
        self._postings_bytes, self._postings_limit, self._common = 0, postings_bytes, common

    def _kept(self, store: OrderedDict, key: tuple, make: Callable[[], object]) -> object:
        # One lock for reading and building: threads that arrive together at a new
        # segment wait for one build instead of each doing it under the GIL.
        with self._lock:
            if key in store:
                store.move_to_end(key)
                return store[key]
            value = store[key] = make()
            while len(store) > self._limits[id(store)]:
                store.popitem(last=False)
            return value

    def _joined_over(self, searcher: Searcher, what: str, part: Callable, join: Callable):
        def parts() -> list:
            return [
                self._kept(self._segments, (what, _segment_id(sub)), lambda s=sub: part(s.reader()))
                for sub, _ in searcher.leaf_searchers()
            ]

        return self.derived(searcher, what, lambda: join(parts()))

    def derived(self, searcher: Searcher, name: str, make: Callable[[], object]):
        """Return what make() computes from a searcher's columns, kept per set of segments."""
        key = (name, *(_segment_id(sub) for sub, _ in searcher.leaf_searchers()))
        return self._kept(self._joined, key, make)

    def column(self, searcher: Searcher, field: str) -> Column:
        """Return the values of field for every document number of the searcher."""
        return self._joined_over(
            searcher, f"column:{field}", lambda r: _segment_column(r, field), _join_columns
        )

    def lengths(self, searcher: Searcher, field: str) -> np.ndarray:
        """Return each document's length in a field, as Whoosh's scoring reads it."""
        return self._joined_over(
            searcher, f"lengths:{field}", lambda r: _segment_lengths(r, field), np.concatenate
        )

    def numbers(self, searcher: Searcher, field: str) -> np.ndarray:
        """Return a sortable numeric field's value for every document (0 where none)."""
        return self._joined_over(
            searcher, f"numbers:{field}", lambda r: _segment_numbers(r, field), np.concatenate
        )

    def lexicon(self, searcher: Searcher, field: str) -> Lexicon:
        """Return the words of a field over the searcher's segments, with their paragraph counts."""
        return self._joined_over(
            searcher, f"lexicon:{field}", lambda r: segment_lexicon(r, field), Lexicon.join
        )

    def live(self, searcher: Searcher) -> np.ndarray:
        """Return the mask of paragraphs that are not deleted."""

        def segment(reader) -> np.ndarray:
            alive = np.zeros(reader.doc_count_all(), dtype=bool)
            alive[postings(reader, "kind", PARAGRAPH).docs] = True
            if reader.has_deletions():
                alive[np.fromiter(reader.segment().deleted_docs(), dtype=np.int64)] = False
            return alive

        return self._joined_over(searcher, "live", segment, np.concatenate)

    def term(self, searcher: Searcher, field: str, text: str | bytes, values: bool = False) -> Postings:
        """Return a term's postings over the searcher's document numbers."""
        parts = []
        for sub, offset in searcher.leaf_searchers():
            found = self._segment_postings(sub.reader(), field, text, values)
            parts.append(Postings(found.docs + offset, found.weights, found.values))
        return Postings.join(parts)

    def _segment_postings(self, reader, field: str, text: str | bytes, values: bool) -> Postings:
        """Return a term's postings in one segment, a common word's kept while the segment lives.

        Decoding a common word's blocks is most of a broad query's time (three quarters
        of page 5 of "said" on 137,000 paragraphs), and paging through its hits, or
        narrowing them by facets, asks for the same word again and again.
        """
        if values or reader.segment() is None or reader.doc_frequency(field, text) < self._common:
            return postings(reader, field, text, values)
        key = (reader.segment().segment_id(), field, text)
        with self._lock:
            if key in self._postings:
                self._postings.move_to_end(key)
                return self._postings[key]
        found = postings(reader, field, text)
        # Shared by every query that reads the word: no caller may change them in place.
        found.docs.setflags(write=False)
        found.weights.setflags(write=False)
        size = found.docs.nbytes + found.weights.nbytes
        with self._lock:
            if key not in self._postings and size <= self._postings_limit:
                self._postings[key] = found
                self._postings_bytes += size
                while self._postings_bytes > self._postings_limit:
                    _, dropped = self._postings.popitem(last=False)
                    self._postings_bytes -= dropped.docs.nbytes + dropped.weights.nbytes
        return found


def _segment_id(searcher: Searcher) -> str:
    segment = searcher.reader().segment()
    # An index with no paragraphs yet has no segment: its one empty reader is the same always.
    return segment.segment_id() if segment is not None else "empty"


def _segment_column(reader, field: str) -> Column:
    ndocs = reader.doc_count_all()
    vocab: list[str] = []
    owners, codes = [], []
    if field in reader.indexed_field_names():
        for term in reader.lexicon(field):
            docs = postings(reader, field, term).docs
            owners.append(docs)
            codes.append(np.full(len(docs), len(vocab), dtype=np.int32))
            vocab.append(term.decode("utf-8") if isinstance(term, bytes) else term)
    if not owners:
        return Column([], np.zeros(ndocs + 1, dtype=np.int64), np.zeros(0, dtype=np.int32))
    return _rows(np.concatenate(owners), np.concatenate(codes), vocab, ndocs)


def _join_columns(parts: list[Column]) -> Column:
    if len(parts) == 1:
        return parts[0]
    vocab = sorted(set().union(*(part.vocab for part in parts)))
    index = {value: i for i, value in enumerate(vocab)}
    starts, codes, base = [np.zeros(1, dtype=np.int64)], [], 0
    for part in parts:
        remap = np.array([index[value] for value in part.vocab], dtype=np.int32)
        codes.append(remap[part.codes] if len(part.vocab) else part.codes)
        starts.append(part.starts[1:] + base)
        base += len(part.codes)
    return Column(vocab, np.concatenate(starts), np.concatenate(codes))


def _segment_lengths(reader, field: str) -> np.ndarray:
    column = (
        reader._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
        if hasattr(reader, "_perdoc")
        else None
    )
    if column is None:
        return np.array(
            [reader.doc_field_length(d, field, 1) or 0 for d in range(reader.doc_count_all())], dtype=float
        )
    return _LENGTHS[np.frombuffer(column.load(), dtype=np.uint8)]


def _segment_numbers(reader, field: str) -> np.ndarray:
    if not reader.has_column(field):
        return np.zeros(reader.doc_count_all(), dtype=np.int64)
    return np.array([v or 0 for v in reader.column_reader(field).load()], dtype=np.int64)
