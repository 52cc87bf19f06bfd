"""Relevance: queries a reporter would type, scored by success@5 and MRR, with a ratchet."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from index import open_index
from search import ColumnCache, SearchRequest, make_parser, run_search

SET = json.loads((Path(__file__).parent / "relevance.json").read_text(encoding="utf-8"))["queries"]
README = Path(__file__).parent.parent / "README.md"

#: The figures reached: the test fails if a change brings either below them.
SUCCESS_AT_5 = 1.0
MRR = 0.88


def top(index_dir: Path, q: str, depth: int = 20) -> list[str]:
    """Return the ids of the first hits of a query, as the API ranks them."""
    ix = open_index(index_dir)
    request = SearchRequest(q=q, per_page=depth)
    with ix.searcher() as searcher:
        return [
            hit["id"] for hit in run_search(searcher, make_parser(ix.schema), request, ColumnCache()).hits
        ]


@pytest.fixture(scope="module")
def ranked(seeds_index, index_dir) -> dict[str, list[str]]:
    indexes = {"seeds": seeds_index, "corpus": index_dir}
    return {entry["q"] + "@" + entry["corpus"]: top(indexes[entry["corpus"]], entry["q"]) for entry in SET}


def test_the_set_is_large_enough_and_holds_the_readme_examples():
    assert len(SET) >= 30
    section = README.read_text(encoding="utf-8").split("## Query syntax")[1].split("## ")[0]
    syntax = [row.split("|")[1] for row in section.splitlines() if row.startswith("| `")]
    examples = {e for cell in syntax for e in re.findall(r"`([^`]+)`", cell) if e != "( … )"}
    assert len(examples) >= 10
    queried = " ".join(entry["q"] for entry in SET)
    missing = [e for e in examples if not any(part in queried for part in _parts(e))]
    assert not missing, f"README query examples with no relevance query: {missing}"


def _parts(example: str) -> list[str]:
    # "speaker:\"Mark Rowley\"" is asked as part of a longer query; "source:name.txt" as any source.
    if example.startswith("source:"):
        return ["source:"]
    return [example]


def test_success_at_5_and_mrr(ranked, capsys):
    hits, reciprocal, misses = 0, 0.0, []
    for entry in SET:
        found = ranked[entry["q"] + "@" + entry["corpus"]]
        wanted = entry["top5"]
        if all(pid in found[:5] for pid in wanted):
            hits += 1
        else:
            misses.append(f"{entry['q']!r}: wanted {wanted}, got {found[:5]}")
        ranks = [found.index(pid) + 1 for pid in wanted if pid in found]
        reciprocal += 1 / min(ranks) if ranks else 0.0
    success, mrr = hits / len(SET), reciprocal / len(SET)
    with capsys.disabled():
        print(f"\nrelevance: success@5 {success:.3f}  MRR {mrr:.3f}  over {len(SET)} queries")
        for miss in misses:
            print("  miss", miss)
    assert success >= SUCCESS_AT_5 and mrr >= MRR, misses
