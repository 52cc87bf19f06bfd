"""Read the files of a corpus that changed since the last build, scans in worker processes."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from .ingest import FORMATS, MAIL, Document, Skip, fingerprint, read_document, read_sources, stamp
from .ocr import Ocr

#: Formats whose reading may need OCR: seconds a page, worth a process per core.
HEAVY = frozenset({"pdf", "image"})


def read_changed(
    corpus: Path,
    files: dict[str, Path],
    before: dict[str, dict],
    ocr: Ocr,
    progress: Callable[[str], None] | None = None,
) -> tuple[dict[str, Document], dict[str, str]]:
    """Return (documents read, skipped files with the reason) for the new and changed files.

    A file whose size and time are as recorded is not read, nor one whose SHA-256 is.
    """
    changed: dict[str, str] = {}
    skipped: dict[str, str] = {}
    # A mail file's sources are its messages and attachments: any of them has its record.
    by_file = {record.get("container"): record for record in before.values() if record.get("container")}
    for name, path in files.items():
        try:
            known = before.get(name) or by_file.get(name, {})
            if known.get("stamp") == stamp(path):
                if progress:
                    progress(name)
                continue  # same size and time: not read again (else the hash decides)
            sha256 = fingerprint(path)
        except OSError as error:
            skipped[name] = f"unreadable: {error.strerror or error}"
            continue
        if known.get("sha256") == sha256:
            if progress:
                progress(name)
            continue
        changed[name] = sha256
    results: dict[str, list[Document] | str] = {}
    for name, result in _read_all(corpus, changed, ocr):
        if progress:
            progress(name)
        results[name] = result
    documents: dict[str, Document] = {}
    for name in changed:  # in the order of the corpus walk, whichever process finished first
        if isinstance(results[name], str):
            skipped[name] = results[name]
        else:
            documents |= {document.source.name: document for document in results[name]}
    return documents, skipped


def sources_on_disk(
    files: dict[str, Path], skipped: dict[str, str], before: dict[str, dict], documents: dict[str, Document]
) -> set[str]:
    """Return the names of the sources the corpus holds now: those read, and those unchanged."""
    recorded: dict[str, set[str]] = {}
    for name, record in before.items():
        recorded.setdefault(record.get("container") or name, set()).add(name)
    read: dict[str, set[str]] = {}
    for name, document in documents.items():
        read.setdefault(document.source.container or name, set()).add(name)
    return {
        name for file in files if file not in skipped for name in read.get(file) or recorded.get(file, ())
    }


def reread(corpus: Path, name: str, record: dict, ocr: Ocr) -> Document:
    """Read one indexed source again (a message or attachment from its mail file)."""
    file = record.get("container") or name
    if Path(file).suffix.lower() not in MAIL:
        return read_document(corpus, name, record["sha256"], ocr)
    return next(d for d in read_sources(corpus, file, record["sha256"], ocr) if d.source.name == name)


def _read_all(corpus: Path, changed: dict[str, str], ocr: Ocr) -> Iterator[tuple[str, list[Document] | str]]:
    """Yield (name, document or reason) for each file: scans in a pool, the rest here."""
    heavy = [name for name in changed if FORMATS.get(Path(name).suffix.lower()) in HEAVY]
    workers = min(os.cpu_count() or 1, len(heavy))
    pool = None
    if workers >= 2:
        context = multiprocessing.get_context("fork")
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_one_thread)
        futures = {pool.submit(_read, corpus, name, changed[name], ocr): name for name in heavy}
    try:
        for name, sha256 in changed.items():
            if pool is None or name not in heavy:
                yield name, _read(corpus, name, sha256, ocr)
        if pool is not None:
            for future in as_completed(futures):
                yield futures[future], future.result()
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _one_thread() -> None:
    # One Tesseract thread per worker: the workers already keep every core busy.
    os.environ["OMP_THREAD_LIMIT"] = "1"


def _read(corpus: Path, name: str, sha256: str, ocr: Ocr) -> list[Document] | str:
    """Return a file's sources, or the reason it is skipped."""
    try:
        return read_sources(corpus, name, sha256, ocr)
    except OSError as error:
        return f"unreadable: {error.strerror or error}"
    except Skip as reason:
        return str(reason)


def pages_of(path: Path) -> int:
    """Return how many pages a file holds for a progress bar: a PDF's pages, an image's frames, else 1."""
    kind = FORMATS.get(path.suffix.lower())
    try:
        if kind == "pdf":
            from pypdf import PdfReader

            return max(1, len(PdfReader(path).pages))
        if kind == "image":
            from PIL import Image

            with Image.open(path) as image:
                return max(1, getattr(image, "n_frames", 1))
    except Exception:  # noqa: BLE001 - a file that cannot be counted counts as one
        return 1
    return 1
