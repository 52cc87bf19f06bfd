"""The records of the sources an index holds: read back from it, or from the file beside it."""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index

from .schema import SOURCE


def indexed_sources(ix: whoosh_index.Index) -> dict[str, dict]:
    """Return the stored record of every indexed source, by name."""
    with ix.searcher() as searcher:
        return {fields["source"]: json.loads(fields["record"]) for fields in searcher.documents(kind=SOURCE)}


#: Beside the index: every source's record as of one index version, so that an update
#: need not read 20,000 stored records back out of the index before it can start.
RECORDS_FILE = "sources.json"


def version(ix: whoosh_index.Index) -> list:
    """Return what identifies the index as it is now: generation and segment ids."""
    # Segment ids are random: a generation number alone could repeat in a rebuilt index.
    return [ix.latest_generation(), sorted(segment.segment_id() for segment in ix._segments())]


def load_records(ix: whoosh_index.Index, index_dir: Path) -> tuple[dict[str, dict], bool]:
    """Return (every indexed source's record, whether the file beside the index had them)."""
    try:
        with _no_collection():
            kept = json.loads((index_dir / RECORDS_FILE).read_text(encoding="utf-8"))
        if kept["version"] == version(ix):
            return kept["records"], True
    except (OSError, ValueError, KeyError, TypeError):
        pass  # missing, torn or stale: the index itself is the truth
    return indexed_sources(ix), False


@contextmanager
def _no_collection() -> Iterator[None]:
    """Pause the cycle collector while JSON makes a million objects and no cycle."""
    # Each pass it makes on the way walks every object the process holds: with a build's
    # or a bench's heap, half the time of reading 20,000 records.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def save_records(ix: whoosh_index.Index, index_dir: Path, records: dict[str, dict]) -> None:
    """Write every source's record beside the index, for the index version it now has."""
    path = index_dir / RECORDS_FILE
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps({"version": version(ix), "records": records}), encoding="utf-8")
    os.replace(partial, path)


#: Beside the index: what the last build skipped and why, for a page with nothing to show.
REPORT_FILE = "build.json"


def save_report(index_dir: Path, skipped: dict[str, str]) -> None:
    """Write what the last build skipped (file name -> reason) beside the index."""
    path = index_dir / REPORT_FILE
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps({"skipped": skipped}), encoding="utf-8")
    os.replace(partial, path)


def skipped_files(index_dir: Path) -> dict[str, str]:
    """Return the files the last build skipped, with the reason each; none if unknown."""
    try:
        skipped = json.loads((index_dir / REPORT_FILE).read_text(encoding="utf-8"))["skipped"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return {str(name): str(reason) for name, reason in skipped.items()} if isinstance(skipped, dict) else {}
