"""Speakers scored against the gold: precision, recall and F1 printed, the issue's thresholds held."""

import pytest

from tests import gold
from tests.conftest import GOLD, SEEDS

pytestmark = pytest.mark.skipif(not (GOLD / "seeds.json").exists(), reason="shared gold not present")

#: The issue's targets, both met (0.956 and 0.901 when they were last raised here).
TARGET_SEEDS, TARGET_BBC = 0.95, 0.85
BBC = GOLD.parent / "corpora" / "bbc"


def speakers_score(records, paragraphs, misses=None) -> gold.Score:
    predicted = {key: set(p["speakers"]) for key, p in paragraphs.items()}
    return gold.score(
        records,
        predicted,
        required=lambda r: set(r["speakers"]) - set(r.get("weak_speakers", [])),
        ignored=lambda r: (
            set(r.get("optional_speakers", []))
            | set(r.get("weak_speakers", []))
            | set(r.get("unnamed_speakers", []))
        ),
        alternatives=lambda r: {k: set(v) for k, v in (r.get("speaker_alternatives") or {}).items()},
        misses=misses,
    )


def bbc_corpus(root, records):
    """Copy the gold's BBC articles into root, keeping their topic folders."""
    for name in {r["file"] for r in records}:
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((BBC / name).read_bytes())
    return root


def test_speakers_on_the_seeds(tmp_path, capsys):
    records = gold.load("seeds.json")
    result = speakers_score(records, gold.build(SEEDS, tmp_path / "ix"))
    with capsys.disabled():
        print(f"\nspeakers, seeds: {result}")
    assert result.f1 >= TARGET_SEEDS


def test_speakers_on_bbc(tmp_path, capsys):
    records = gold.load("bbc-dev.json")
    result = speakers_score(records, gold.build(bbc_corpus(tmp_path / "corpus", records), tmp_path / "ix"))
    with capsys.disabled():
        print(f"\nspeakers, bbc-dev: {result}")
    assert result.f1 >= TARGET_BBC
