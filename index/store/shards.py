"""Xapian shards: how a paragraph is laid out as a Xapian document, and where each source goes.

The terms are the ones the Whoosh index holds, made by the same analysers, so that one
query parser serves both engines: a stem of the text as it is, a word as written after
"W", a facet value after its field's prefix. Each facet also keeps the paragraph's
sorted values in one value slot, so that a ValueCountMatchSpy (which runs on remote
shards, where custom spies cannot) counts every combination and the client splits them.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import zlib
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import xapian
from whoosh.util.numeric import byte_to_length, length_to_byte

from .records import version
from .schema import MULTI_VALUED, PARAGRAPH, SOURCE, words_and_stems

#: Term prefixes: the document's id, kind and source, words as written, each facet field.
ID, KIND, SOURCE_TERM, WORD, TWIN_LATER = "Q", "K", "S", "W", "XT"
#: A term whose count pads a paragraph's length to the length Whoosh stores (see below).
PAD = "XN"
#: Per shard: the exact number of tokens of all its paragraphs' text.
TEXT_LENGTH = "text_length"
PREFIXES = {
    "speakers": "XS",
    "people": "XP",
    "organisations": "XO",
    "places": "XL",
    "dates": "XD",
    "sender": "XF",
    "recipients": "XR",
    "copies": "XC",
    "zone": "XZ",
    "published": "XU",
    "source": SOURCE_TERM,
}
#: Value slots: sort keys, and one slot per facet field with its values joined.
SOURCE_SLOT, NUMBER_SLOT, PUBLISHED_SLOT, ZONE_SLOT, LENGTH_SLOT = 0, 1, 2, 3, 4
#: Sort keys in one slot each, since remote shards sort by one value, not by a KeyMaker:
#: by source and paragraph; by publication date (newest first, undated last), then so.
BY_SOURCE_SLOT, BY_PUBLISHED_SLOT = 5, 6
#: A paragraph's stored fields (JSON) are a value, not the document's data: a query that
#: collapses on this slot brings every match's fields in its one reply, where reading
#: documents from a remote shard costs a round trip each.
DATA_SLOT = 7
#: The layout above; shards written with another are written again whole.
LAYOUT = 2
SLOTS = {
    "source": SOURCE_SLOT,
    "published": PUBLISHED_SLOT,
    "zone": ZONE_SLOT,
    "speakers": 10,
    "people": 11,
    "organisations": 12,
    "places": 13,
    "dates": 14,
    "sender": 15,
    "recipients": 16,
}
#: Between the values of one slot: no name or date holds it.
JOIN = "\x1f"
#: Xapian refuses terms longer than 245 bytes; longer values are filtered by a digest.
MAX_TERM = 240
#: Characters that fit MAX_TERM bytes behind a prefix (two letters), whatever they are in UTF-8.
SHORT = (MAX_TERM - 4) // 4


def term(prefix: str, value: str) -> str:
    """Return the term for a value of a field (a digest of it when too long for Xapian)."""
    whole = prefix + value
    # Most values are short enough in any encoding, without encoding them to count.
    if len(value) <= SHORT or len(whole.encode("utf-8")) <= MAX_TERM:
        return whole
    return prefix + "#" + hashlib.sha1(value.encode("utf-8")).hexdigest()


def shard_of(name: str, shards: int) -> int:
    """Return the shard a source goes to: a stable hash of its name, so its paragraphs stay together."""
    return zlib.crc32(name.encode("utf-8")) % shards


@dataclass(frozen=True)
class Address:
    """Where a shard is: a local folder, or host and port of a xapian-tcpsrv."""

    path: Path | None = None
    host: str = ""
    port: int = 0

    @classmethod
    def parse(cls, text: str) -> Address:
        """Read "tcp://host:port" or a folder path."""
        text = text.strip()
        if text.startswith("tcp://"):
            host, _, port = text[len("tcp://") :].rpartition(":")
            if not host or not port.isdigit():
                raise ValueError(f"a shard address is tcp://host:port or a folder, not {text!r}")
            return cls(host=host.strip("[]"), port=int(port))
        if not text:
            raise ValueError("an empty shard address")
        return cls(path=Path(text))

    def __str__(self) -> str:
        return f"tcp://{self.host}:{self.port}" if self.path is None else str(self.path)


def parse_shards(text: str | Iterable[str]) -> list[Address]:
    """Read a list of shard addresses, separated by commas or spaces."""
    items = text.replace(",", " ").split() if isinstance(text, str) else list(text)
    return [Address.parse(item) for item in items]


#: Milliseconds a remote shard may take to answer one operation, and to accept a connection.
TIMEOUT_MS, CONNECT_MS = 10_000, 3_000


def open_reader(address: Address) -> xapian.Database:
    """Open one shard for searching."""
    if address.path is None:
        return xapian.remote_open(address.host, address.port, TIMEOUT_MS, CONNECT_MS)
    return xapian.Database(str(address.path))


def open_writer(address: Address) -> xapian.WritableDatabase:
    """Open one shard for writing (a remote one needs xapian-tcpsrv --writable)."""
    if address.path is None:
        return xapian.remote_open_writable(address.host, address.port, 0, CONNECT_MS)
    address.path.mkdir(parents=True, exist_ok=True)
    return xapian.WritableDatabase(str(address.path), xapian.DB_CREATE_OR_OPEN)


def newest_first(published: str | None) -> bytes:
    """Return a key that sorts dates newest first ("2025-10-05" before "2025-10"), undated last.

    Each byte is inverted, and the end marked by a byte above every inverted one, so that a
    date sorts before the shorter date it extends.
    """
    if not published:
        return b"\xff\xff"
    return bytes(255 - b for b in published.encode("ascii")) + b"\xff"


def stored_length(length: int) -> int:
    """Return a field length as Whoosh stores it: rounded up to one of 256 steps."""
    return byte_to_length(length_to_byte(length))


def source_document(name: str, stored: dict) -> xapian.Document:
    """Return a source's Xapian document: its record, found by its name."""
    doc = xapian.Document()
    doc.set_data(json.dumps(stored))
    doc.add_boolean_term(term(ID, name))
    doc.add_boolean_term(KIND + SOURCE)
    doc.add_boolean_term(term(SOURCE_TERM, name))
    return doc


def paragraph_document(stored: dict, facts: dict, later_twin: bool) -> xapian.Document:
    """Return a paragraph's Xapian document from its stored fields and its facts' lists."""
    doc = xapian.Document()
    doc.add_value(DATA_SLOT, json.dumps(stored, default=list))
    doc.add_boolean_term(term(ID, stored["id"]))
    doc.add_boolean_term(KIND + PARAGRAPH)
    text = stored["text"]
    # Positions as Whoosh counts them, so that phrases match the same words.
    tokens = words_and_stems(text)
    length = len(tokens)
    for position, (_, stem) in enumerate(tokens, start=1):
        doc.add_posting(term("", stem), position)
    # Words as written, with their counts: scored as Whoosh scores its words field.
    for word, count in Counter(word for word, _ in tokens).items():
        doc.add_term(term(WORD, word), count)
    # Whoosh weighs a paragraph by its length rounded up to one of 256 steps; Xapian by
    # the sum of its terms' counts (text and words: twice the length). Padding that sum
    # to twice the rounded length gives BM25 the same lengths (the client corrects the
    # mean, which Whoosh takes from the exact lengths: see TEXT_LENGTH).
    pad = 2 * (stored_length(length) - length)
    if pad:
        doc.add_term(PAD, pad)
    doc.add_value(LENGTH_SLOT, xapian.sortable_serialise(length))
    lists = {name: list(facts.get(name) or []) for name in MULTI_VALUED}
    lists["zone"] = [stored["zone"]] if stored.get("zone") else []
    lists["published"] = [stored["published"]] if stored.get("published") else []
    lists["source"] = [stored["source"]]
    for field, values in lists.items():
        for value in values:
            doc.add_boolean_term(term(PREFIXES[field], value))
        if field in SLOTS:
            doc.add_value(SLOTS[field], JOIN.join(sorted(set(values))))
    doc.add_value(NUMBER_SLOT, xapian.sortable_serialise(stored["paragraph"]))
    by_source = stored["source"].encode("utf-8") + b"\x00" + xapian.sortable_serialise(stored["paragraph"])
    doc.add_value(BY_SOURCE_SLOT, by_source)
    doc.add_value(BY_PUBLISHED_SLOT, newest_first(stored.get("published")) + by_source)
    if later_twin:
        doc.add_boolean_term(TWIN_LATER)
    return doc


def _text_length(db: xapian.Database) -> int:
    """Return the exact number of text tokens in a shard's paragraphs."""
    return int(db.get_metadata(TEXT_LENGTH) or 0)


def stored_batch(searcher, names: Iterable[str] | None = None) -> list[tuple[dict, list[dict]]]:
    """Read sources and their paragraphs back from the Whoosh index (all of them for None)."""
    if names is None:
        stored = list(searcher.documents())
    else:
        stored = [fields for name in names for fields in searcher.documents(source=name)]
    sources = {fields["source"]: dict(fields) for fields in stored if fields["kind"] == SOURCE}
    paragraphs: dict[str, list[dict]] = {name: [] for name in sources}
    for fields in stored:
        if fields["kind"] == PARAGRAPH and fields["source"] in paragraphs:
            fields = dict(fields)
            for name in MULTI_VALUED:
                value = fields.get(name)
                if isinstance(value, str):
                    fields[name] = [v for v in value.split(",") if v]
            paragraphs[fields["source"]].append(fields)
    return [
        (sources[name], sorted(paragraphs[name], key=lambda fields: fields["paragraph"]))
        for name in sorted(sources)
    ]


class ShardWriteError(Exception):
    """A shard could not be written: the message names it."""


#: Below this many paragraphs, starting a process per shard costs more than it saves.
PARALLEL_FROM = 5000


def write(
    addresses: list[Address], batch: list[tuple[dict, list[dict]]], removed: Iterable[str] | None
) -> None:
    """Replace sources in their shards, each shard in one commit; removed sources go from all.

    With removed None, every shard is emptied first: the batch is the whole index. Shards
    are written side by side, one process each (up to one per core), when the batch is large.
    """
    names = [*(removed or []), *(source["source"] for source, _ in batch)]
    shares: list[list] = [[] for _ in addresses]
    for item in batch:
        shares[shard_of(item[0]["source"], len(addresses))].append(item)
    jobs = [
        (address, share, names, removed is None) for address, share in zip(addresses, shares, strict=True)
    ]
    workers = min(len(jobs), os.cpu_count() or 1)
    if workers < 2 or sum(len(paragraphs) for _, paragraphs in batch) < PARALLEL_FROM:
        for job in jobs:
            _write_shard(*job)
        return
    # The workers are forked with the jobs in hand: a share is never pickled across.
    _JOBS[:] = jobs
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            list(pool.map(_write_job, range(len(jobs))))
    finally:
        _JOBS.clear()


_JOBS: list[tuple] = []


def _write_job(number: int) -> None:
    _write_shard(*_JOBS[number])


def _write_shard(
    address: Address, share: list[tuple[dict, list[dict]]], names: list[str], whole: bool
) -> None:
    """Write one shard's share in one commit, after deleting the named sources (or everything)."""
    try:
        writer = open_writer(address)
        try:
            if whole:
                writer.delete_document(KIND + SOURCE)
                writer.delete_document(KIND + PARAGRAPH)
            length = 0 if whole else _text_length(writer)
            # A source is deleted from every shard, not only its own: the list may have changed.
            for name in [] if whole else names:
                for posting in writer.postlist(term(SOURCE_TERM, name)):
                    value = writer.get_document(posting.docid).get_value(LENGTH_SLOT)
                    length -= int(xapian.sortable_unserialise(value)) if value else 0
                writer.delete_document(term(SOURCE_TERM, name))
            for source, paragraphs in share:
                writer.add_document(source_document(source["source"], source))
                for stored in paragraphs:
                    facts = {name: stored.get(name) for name in MULTI_VALUED}
                    later = any(other < stored["paragraph"] for other in stored.get("also_at") or [])
                    doc = paragraph_document(stored, facts, later)
                    length += int(xapian.sortable_unserialise(doc.get_value(LENGTH_SLOT)))
                    writer.add_document(doc)
            writer.set_metadata(TEXT_LENGTH, str(length))
            writer.commit()
        finally:
            writer.close()
    except xapian.Error as error:
        # Xapian's errors do not cross processes: the message, naming the shard, does.
        raise ShardWriteError(f"shard {address} could not be written: {error.get_msg()}") from None


#: Beside the index: which shards were last written, and from which version of the index.
MARKER = "shards.json"


def sync(
    ix, index_dir: Path, addresses: list[Address], before: list, changed: set[str], removed: list[str]
) -> None:
    """Bring the shards in line with the Whoosh index: the changed sources, or all when they lag.

    The shards are written from what the index stores, so they hold exactly what it holds;
    a new list of shards, or shards last written from another version or layout, are
    written whole.
    """
    marker = index_dir / MARKER
    try:
        last = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        last = {}
    names = [str(address) for address in addresses]
    whole = last.get("shards") != names or last.get("version") != before or last.get("layout") != LAYOUT
    if whole or changed or removed:
        with ix.searcher() as searcher:
            batch = stored_batch(searcher, None if whole else changed)
        write(addresses, batch, None if whole else removed)
    marker.write_text(
        json.dumps({"shards": names, "version": version(ix), "layout": LAYOUT}), encoding="utf-8"
    )
