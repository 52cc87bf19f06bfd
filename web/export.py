"""Export a whole result set, one row per paragraph, as CSV or JSON lines."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from urllib.parse import quote, urlencode

FORMATS = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8"}
#: Columns of an export, in order: citation-grade, with the paragraph's link.
FIELDS = (
    "source",
    "title",
    "published",
    "paragraph",
    "line",
    "url",
    "speakers",
    "people",
    "organisations",
    "places",
    "dates",
    "text",
)


def paragraph_url(name: str, number: int, q: str = "") -> str:
    """Return the link to a paragraph in its source view, carrying the query to mark."""
    query = urlencode({"q": q, "p": number} if q else {"p": number})
    return f"/source/{quote(name)}?{query}#p{number}"


def export_lines(rows: Iterable[dict], fmt: str, q: str = "") -> Iterator[str]:
    """Yield the export a chunk at a time: CSV (lists joined by '; ') or JSON lines."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, FIELDS, extrasaction="ignore") if fmt == "csv" else None
    if writer:
        writer.writeheader()
    for row in rows:
        record = {name: row.get(name) for name in FIELDS}
        record["url"] = paragraph_url(row["source"], row["paragraph"], q)
        if writer:
            writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in record.items()})
        else:
            buffer.write(json.dumps(record, ensure_ascii=False) + "\n")
        if buffer.tell() > 1 << 16:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
