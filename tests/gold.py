"""Score extraction against the hand-labelled gold in ../shared/gold (see its README)."""

from __future__ import annotations

import json
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from index import build_index, open_index
from search import get_source, list_sources
from tests.conftest import GOLD

REUTERS = GOLD.parent / "corpora" / "reuters-21578.tar.gz"


@dataclass
class Score:
    """Micro precision, recall and F1 over required items."""

    found: int = 0
    correct: int = 0
    required: int = 0
    recalled: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        figures = f"P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f}"
        return f"{figures} ({self.recalled}/{self.required} required)"


def load(name: str) -> list[dict]:
    """Return the records of a gold file."""
    return json.loads((GOLD / name).read_text())


def paragraphs_by_line(index_dir: Path) -> dict[tuple[str, int], dict]:
    """Return every indexed paragraph by (source name, starting line)."""
    with open_index(index_dir).searcher() as searcher:
        return {
            (source["name"], p["line"]): p
            for source in list_sources(searcher)
            for p in get_source(searcher, source["name"])["paragraphs"]
        }


def score(
    records: list[dict],
    predicted: dict[tuple[str, int], set[str]],
    required: Callable[[dict], set[str]],
    ignored: Callable[[dict], set[str]],
    alternatives: Callable[[dict], dict[str, set[str]]] = lambda r: {},
    misses: list | None = None,
) -> Score:
    """Score predictions per line: found items in `ignored` count neither way."""
    total = Score()
    for record in records:
        found = predicted.get((record["file"], record["line"]), set())
        want, skip = required(record), ignored(record)
        accepted = {alt: name for name, alts in alternatives(record).items() for alt in alts | {name}}
        hits = {accepted.get(f, f) for f in found} & want
        wrong = {f for f in found if accepted.get(f, f) not in want and f not in skip}
        total.found += len(hits) + len(wrong)
        total.correct += len(hits)
        total.required += len(want)
        total.recalled += len(hits)
        if misses is not None and (wrong or want - hits):
            misses.append((record["file"], record["line"], sorted(want - hits), sorted(wrong)))
    return total


def reuters_corpus(root: Path, records: list[dict]) -> Path:
    """Unpack the gold's Reuters stories and their metadata into root."""
    wanted = {r["file"] for r in records}
    wanted |= {f + ".meta.json" for f in wanted}
    with tarfile.open(REUTERS) as archive:
        members = [m for m in archive.getmembers() if m.name in wanted]
        archive.extractall(root, members=members, filter="data")
    return root


def build(corpus: Path, index_dir: Path, ner: str = "rules") -> dict[tuple[str, int], dict]:
    """Index a corpus and return its paragraphs by (name, line)."""
    build_index(corpus, index_dir, ner=ner)
    return paragraphs_by_line(index_dir)
