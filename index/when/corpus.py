"""Decisions that need the whole corpus: shared boilerplate and inferred publication dates.

Each source contributes its signals (edge lines, date evidence, metadata date); from all
of them every source gets its context. A source whose context changes is re-enriched
even when its own file did not change.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from ..read.ingest import Document
from ..read.zones import edge_keys
from .published import (
    Evidence,
    Published,
    gather_evidence,
    infer_published,
    name_date,
    own_date,
    rank_months,
)

#: An edge paragraph repeated verbatim in this many sources is boilerplate.
SHARED_MIN_SOURCES = 3


@dataclass(frozen=True)
class Signals:
    """What one source tells the corpus."""

    edge_keys: tuple[str, ...]
    evidence: dict
    published: str | None  # from metadata only

    @classmethod
    def of(cls, document: Document) -> Signals:
        """Read a document's signals."""
        texts = [p.text for p in document.paragraphs]
        metadata = document.source.published if document.source.published_basis == "metadata" else None
        return cls(tuple(sorted(edge_keys(texts))), gather_evidence(texts).to_dict(), metadata)

    @classmethod
    def from_record(cls, record: Mapping) -> Signals:
        """Read signals back from a stored source record."""
        return cls(tuple(record["edge_keys"]), record["evidence"], record["metadata_published"])


@dataclass(frozen=True)
class Context:
    """What the corpus tells one source."""

    shared_keys: tuple[str, ...]
    published: str | None
    published_basis: str | None
    anchor: str | None

    def to_dict(self) -> dict:
        """Return the context as JSON-ready data (as it reads back from a record)."""
        # By hand: dataclasses.asdict deep-copies, and a build compares every source's context.
        return {
            "shared_keys": list(self.shared_keys),
            "published": self.published,
            "published_basis": self.published_basis,
            "anchor": self.anchor,
        }


def contexts(signals: Mapping[str, Signals]) -> dict[str, Context]:
    """Give every source its shared boilerplate keys and its publication date."""
    counts = Counter(key for s in signals.values() for key in s.edge_keys)
    shared = {key for key, count in counts.items() if count >= SHARED_MIN_SOURCES}
    evidence = {name: Evidence(**s.evidence) for name, s in signals.items()}
    dated: dict[str, Published] = {}
    for name, s in signals.items():
        if s.published:
            dated[name] = Published(s.published, "metadata", s.published)
        elif day := name_date(name):
            # Archives and downloads name files by their day; that beats a guess from the text.
            dated[name] = Published(day, "inferred", day)
        elif own := own_date(evidence[name]):
            dated[name] = own
    months = [(p.value[:7], p.anchor) for p in dated.values() if p.value and len(p.value) >= 7 and p.anchor]
    ranked = rank_months(months)
    if ranked and 3 * sum(1 for month, _ in months if month == ranked[0][0]) < len(months):
        # A folder about one story has a month most of it shares; an archive of many
        # months says nothing about the month of a source that names only years.
        ranked = []
    result = {}
    for name, s in signals.items():
        published = dated.get(name) or infer_published(evidence[name], ranked)
        keys = tuple(k for k in s.edge_keys if k in shared)
        result[name] = Context(keys, published.value, published.basis, published.anchor)
    return result
