import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from index import build_index, indexed_sources, open_index
from search import get_source, list_sources
from tests.conftest import CORPUS


def test_build_reads_text_files_recursively_and_says_what_it_skipped(tmp_path):
    summary = build_index(CORPUS, tmp_path / "ix")
    assert summary.added == [
        "blank-lines.txt",
        "html-like.txt",
        "latin1.txt",
        "nested/one-per-line.txt",
        "wrapped.txt",
    ]
    assert summary.skipped == {
        "binary.txt": "binary file (control bytes)",
        "empty.txt": "empty file",
        "table.csv": "unsupported format .csv",
    }
    assert summary.warnings == {"latin1.txt": ["not valid UTF-8; read as cp1252"]}
    assert summary.paragraphs == 31


def test_metadata_file_sets_source_fields_and_keeps_other_keys(index_dir):
    with open_index(index_dir).searcher() as searcher:
        source = get_source(searcher, "blank-lines.txt")
    assert source["title"] == "Council admits review was delayed"
    assert (source["published"], source["published_basis"]) == ("2025-10-20", "metadata")
    assert source["outlet"] == "Example Gazette"
    assert source["extra"] == {"desk": "local"}
    assert source["paragraphs"][0]["published"] == "2025-10-20"


def test_paragraph_ids_lines_and_zones(index_dir):
    with open_index(index_dir).searcher() as searcher:
        paragraphs = get_source(searcher, "blank-lines.txt")["paragraphs"]
    assert [(p["id"], p["line"], p["zone"]) for p in paragraphs] == [
        ("blank-lines.txt#p1", 1, "headline"),
        ("blank-lines.txt#p2", 3, "boilerplate"),
        ("blank-lines.txt#p3", 5, "body"),
        ("blank-lines.txt#p4", 7, "body"),
        ("blank-lines.txt#p5", 9, "body"),
        ("blank-lines.txt#p6", 11, "subhead"),
        ("blank-lines.txt#p7", 13, "body"),
        ("blank-lines.txt#p8", 15, "boilerplate"),
        ("blank-lines.txt#p9", 17, "boilerplate"),
    ]


def test_rerun_touches_only_changed_new_and_removed_files(corpus_copy, tmp_path):
    ix = tmp_path / "ix"
    build_index(corpus_copy, ix)
    assert not build_index(corpus_copy, ix).changed
    (corpus_copy / "latin1.txt").write_text("Ferry fares fall\n\nFares will fall after all.\n")
    (corpus_copy / "new.txt").write_text("A new story\n\nWith one paragraph.\n")
    (corpus_copy / "nested" / "one-per-line.txt").unlink()
    summary = build_index(corpus_copy, ix)
    assert (summary.added, summary.updated, summary.removed) == (
        ["new.txt"],
        ["latin1.txt"],
        ["nested/one-per-line.txt"],
    )
    assert summary.unchanged == 3
    with open_index(ix).searcher() as searcher:
        names = [s["name"] for s in list_sources(searcher)]
        assert "nested/one-per-line.txt" not in names
        assert get_source(searcher, "latin1.txt")["paragraphs"][1]["text"] == "Fares will fall after all."


def test_a_line_becoming_shared_rezones_unchanged_sources(corpus_copy, tmp_path):
    ix = tmp_path / "ix"
    (corpus_copy / "wrapped.txt").unlink()
    build_index(corpus_copy, ix)
    with open_index(ix).searcher() as searcher:
        assert get_source(searcher, "html-like.txt")["paragraphs"][-1]["zone"] == "body"
    (corpus_copy / "third.txt").write_text(
        "Third\n\nSome news.\n\nThis article is part of our Local Democracy series.\n"
    )
    summary = build_index(corpus_copy, ix)
    assert summary.added == ["third.txt"]
    assert set(summary.updated) == {"blank-lines.txt", "html-like.txt"}
    with open_index(ix).searcher() as searcher:
        assert get_source(searcher, "html-like.txt")["paragraphs"][-1]["zone"] == "boilerplate"


def test_readers_keep_the_previous_index_until_they_reopen(corpus_copy, tmp_path):
    ix_dir = tmp_path / "ix"
    build_index(corpus_copy, ix_dir)
    ix = open_index(ix_dir)
    with ix.searcher() as before:
        (corpus_copy / "new.txt").write_text("A new story\n\nWith one paragraph.\n")
        build_index(corpus_copy, ix_dir)
        assert "new.txt" not in indexed_sources_of(before)
        with ix.searcher() as after:
            assert "new.txt" in indexed_sources_of(after)


def indexed_sources_of(searcher) -> set[str]:
    return {s["name"] for s in list_sources(searcher)}


def _big_corpus(root: Path, files: int, marker: str) -> None:
    body = "The committee heard evidence about the review of historic cases in the county. " * 4
    for i in range(files):
        lines = [f"Story {i} {marker}"] + [f"{body} Paragraph {j} of story {i}." for j in range(25)]
        (root / f"story-{i:04d}.txt").write_text("\n\n".join(lines))


def test_sigkill_mid_build_leaves_the_previous_index_serving(tmp_path):
    corpus, ix_dir = tmp_path / "corpus", tmp_path / "ix"
    corpus.mkdir()
    _big_corpus(corpus, 300, "first")
    build_index(corpus, ix_dir)
    _big_corpus(corpus, 300, "second")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    command = [sys.executable, "-m", "web.cli", "index", str(corpus), "--index", str(ix_dir)]
    rng = random.Random(7)
    seen = set()
    for _ in range(4):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        with open_index(ix_dir).searcher() as searcher:
            # Either every story is the old version or every one the new: never a mix.
            titles = {s["title"].split()[-1] for s in list_sources(searcher)}
            assert len(titles) == 1 and len(list_sources(searcher)) == 300
            seen |= titles
    assert "first" in seen, "no kill landed before the commit"
    summary = build_index(corpus, ix_dir)
    with open_index(ix_dir).searcher() as searcher:
        assert {s["title"].split()[-1] for s in list_sources(searcher)} == {"second"}
    assert summary.paragraphs == 300 * 26
    assert len(indexed_sources(open_index(ix_dir))) == 300
