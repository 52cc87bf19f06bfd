"""A hostile corpus and a crashing build: every file is indexed or skipped with a reason."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from index import build_index, open_index
from search import get_source, list_sources
from tests.test_browser import serving


def hostile_corpus(root: Path) -> Path:
    root.mkdir()
    (root / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (root / "latin1.txt").write_bytes("Ren\xe9e said the fee was \xa315.\n".encode("latin-1"))
    (root / "huge.txt").write_bytes(b"word " * (6 * 1024 * 1024))  # 30 MB: over the limit
    (root / "one-line.txt").write_text("Headline\n" + "a long line of words " * 50_000)  # ~1 MB line
    (root / "page.html").write_text("<html><script>alert(1)</script><img src=x onerror=alert(2)></html>")
    rtl = "\u202eThe mayor said: \u201cno\u201d\u202c."
    (root / "unicode.txt").write_text(f"Zero\u200bwidth headline\n{rtl}\n")
    (root / "windows.txt").write_bytes(b"Title\r\n\r\nFirst paragraph.\r\nSecond paragraph.\r\n")
    (root / "empty.txt").write_bytes(b"")
    (root / "ok.txt").write_text("A normal story\n\nThe council said it would act.\n")
    os.symlink("/etc/passwd", root / "escape.txt")
    return root


def test_every_hostile_file_is_indexed_or_skipped_with_a_reason(tmp_path):
    corpus = hostile_corpus(tmp_path / "corpus")
    summary = build_index(corpus, tmp_path / "ix")
    assert sorted(summary.added) == ["latin1.txt", "ok.txt", "one-line.txt", "unicode.txt", "windows.txt"]
    assert summary.skipped["binary.txt"] == "binary file (control bytes)"
    assert summary.skipped["huge.txt"].startswith("too large (31.5 MB")
    assert summary.skipped["empty.txt"] == "empty file"
    assert summary.skipped["page.html"] == "no article text found in the page"  # scripts only
    assert "escape.txt" not in summary.added + list(summary.skipped)  # a link out of the corpus
    with open_index(tmp_path / "ix").searcher() as searcher:
        assert [p["text"] for p in get_source(searcher, "windows.txt")["paragraphs"]] == [
            "Title",
            "First paragraph.",
            "Second paragraph.",
        ]
        assert len(get_source(searcher, "one-line.txt")["paragraphs"][1]["text"]) > 1_000_000


def test_a_file_that_vanishes_mid_build_is_skipped_and_the_build_completes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(5):
        (corpus / f"story-{i}.txt").write_text(f"Story {i}\n\nThe council met on day {i}.\n")

    def vanish(name: str) -> None:
        if name == "story-1.txt":
            (corpus / "story-3.txt").unlink()

    summary = build_index(corpus, tmp_path / "ix", progress=vanish)
    assert summary.skipped == {"story-3.txt": "unreadable: No such file or directory"}
    assert summary.added == ["story-0.txt", "story-1.txt", "story-2.txt", "story-4.txt"]


def _stories(root: Path, count: int, marker: str) -> None:
    body = "The committee heard evidence about the review of historic cases in the county. " * 3
    for i in range(count):
        text = "\n\n".join([f"Story {i} {marker}"] + [f"{body} Part {j}." for j in range(12)])
        (root / f"story-{i:03d}.txt").write_text(text)


def _processes_naming(text: str) -> list[int]:
    """Return the ids of running processes whose command line holds text."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if text in (entry / "cmdline").read_bytes().decode(errors="replace"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def test_twenty_sigkills_mid_build_leave_the_index_serving_and_the_next_run_completes(tmp_path):
    corpus, ix_dir = tmp_path / "corpus", tmp_path / "ix"
    corpus.mkdir()
    _stories(corpus, 120, "first")
    build_index(corpus, ix_dir)
    _stories(corpus, 120, "second")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    command = [sys.executable, "-m", "web.cli", "index", str(corpus), "--index", str(ix_dir)]
    rng = random.Random(20)
    seen: set[str] = set()
    for _ in range(20):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        with open_index(ix_dir).searcher() as searcher:
            sources = list_sources(searcher)
            versions = {s["title"].split()[-1] for s in sources}
            assert len(sources) == 120 and len(versions) == 1
            seen |= versions
    assert "first" in seen, "no kill landed before the commit"
    # A killed build leaves no worker behind waiting for work.
    for _ in range(20):
        left = [pid for pid in _processes_naming(str(corpus)) if pid != os.getpid()]
        if not left:
            break
        time.sleep(0.25)
    assert not left, f"processes of killed builds still running: {left}"
    summary = build_index(corpus, ix_dir)
    with open_index(ix_dir).searcher() as searcher:
        assert {s["title"].split()[-1] for s in list_sources(searcher)} == {"second"}
    assert summary.paragraphs == 120 * 13


def test_a_running_server_keeps_answering_through_a_rebuild_and_then_serves_it(tmp_path):
    import urllib.request

    corpus, ix_dir = tmp_path / "corpus", tmp_path / "ix"
    corpus.mkdir()
    _stories(corpus, 60, "first")
    build_index(corpus, ix_dir)
    with serving(ix_dir, tmp_path) as base:
        statuses: list[int] = []
        done = threading.Event()

        def poll() -> None:
            while not done.is_set():
                with urllib.request.urlopen(f"{base}/api/search?q=committee&per_page=1", timeout=10) as r:
                    statuses.append(r.status)

        poller = threading.Thread(target=poll)
        poller.start()
        _stories(corpus, 60, "second")
        (corpus / "lighthouse.txt").write_text("Lighthouse sold\n\nThe lighthouse was sold.\n")
        build_index(corpus, ix_dir)
        done.set()
        poller.join()
        assert statuses and set(statuses) == {200}
        with urllib.request.urlopen(f"{base}/api/search?q=lighthouse", timeout=10) as r:
            assert b'"total":2' in r.read()
