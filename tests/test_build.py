import json

from index import build_index, open_index
from index.build import PARALLEL_FROM, SOURCES_PER_TASK
from index.store.records import RECORDS_FILE
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


def test_sources_read_by_another_version_of_dossier_are_read_again(corpus_copy, tmp_path):
    ix = tmp_path / "ix"
    first = build_index(corpus_copy, ix)
    # The records an older dossier left: no file changed since, but dossier's rules and word
    # lists did (an upgrade).
    kept = json.loads((ix / RECORDS_FILE).read_text())
    for record in kept["records"].values():
        record["code"] = "an older dossier"
    (ix / RECORDS_FILE).write_text(json.dumps(kept))
    again = build_index(corpus_copy, ix)
    assert again.updated == first.added  # every source read again, none added or removed
    assert (again.added, again.removed) == ([], [])
    assert not build_index(corpus_copy, ix).changed


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


def test_records_file_beside_the_index_is_used_only_for_its_own_index_version(corpus_copy, tmp_path):
    ix_dir, story = tmp_path / "ix", corpus_copy / "wrapped.txt"
    original = story.read_text(encoding="utf-8")
    build_index(corpus_copy, ix_dir)
    first = (ix_dir / "sources.json").read_text(encoding="utf-8")
    story.write_text(original + "\nA line added later.\n", encoding="utf-8")
    assert build_index(corpus_copy, ix_dir).updated == ["wrapped.txt"]
    # A stale file (from before the last build) would call the restored text unchanged.
    (ix_dir / "sources.json").write_text(first, encoding="utf-8")
    story.write_text(original, encoding="utf-8")
    assert build_index(corpus_copy, ix_dir).updated == ["wrapped.txt"]
    (ix_dir / "sources.json").write_text('{"version": [', encoding="utf-8")  # torn
    assert build_index(corpus_copy, ix_dir).unchanged == 5
    with open_index(ix_dir).searcher() as searcher:
        texts = [p["text"] for p in get_source(searcher, "wrapped.txt")["paragraphs"]]
    assert "A line added later." not in texts


def test_many_sources_are_enriched_in_shares_and_each_keeps_its_own_facts(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # Past the count that starts workers, with a last share that is not full.
    count = PARALLEL_FROM + SOURCES_PER_TASK + 3
    surnames = [
        a + b
        for a in ("Bar", "Cal", "Dun", "Fen", "Gar", "Kin", "Lor", "Mor", "Nor", "Vel")
        for b in ("den", "ford", "ley", "ton", "well", "wick", "by", "ham", "more")
    ][:count]
    for i, surname in enumerate(surnames):
        text = f"Review {i}\n\nAnna {surname} said the review would report in March.\n\n{surname} added more."
        (corpus / f"story-{i:03d}.txt").write_text(text)
    build_index(corpus, tmp_path / "ix")
    with open_index(tmp_path / "ix").searcher() as searcher:
        for i, surname in enumerate(surnames):
            paragraphs = get_source(searcher, f"story-{i:03d}.txt")["paragraphs"]
            assert [p["speakers"] for p in paragraphs[1:]] == [[f"Anna {surname}"]] * 2
