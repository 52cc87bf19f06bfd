"""Write sources and their paragraphs into the index: the writer and the documents."""

from __future__ import annotations

import json
import os

from whoosh import index as whoosh_index

from ..read.ingest import Document
from .schema import MULTI_VALUED, PARAGRAPH, SOURCE

#: Memory the Whoosh writer may use before it flushes a segment.
WRITER_LIMIT_MB = 256


def open_writer(ix: whoosh_index.Index, paragraphs: int):
    """Return a writer: one process per core for a large batch, each writing its own segment."""
    procs = os.cpu_count() or 1
    if paragraphs < 5000 or procs < 2:
        return ix.writer(limitmb=WRITER_LIMIT_MB)
    # multisegment keeps the workers' segments as they are instead of merging them at the end.
    return ix.writer(procs=procs, limitmb=WRITER_LIMIT_MB // procs, multisegment=True)


def source_fields(document: Document, record: dict) -> dict:
    """Return a source's own document: its record, found by its name."""
    source = document.source
    # An unknown date is left out, not stored empty, so that it is no facet value.
    dated = {"published": source.published} if source.published else {}
    return dict(
        id=source.name,
        kind=SOURCE,
        source=source.name,
        sha256=source.sha256,
        record=json.dumps(record),
        **dated,
    )


def paragraph_fields(document: Document, zones: list[str], facts: list[dict]) -> list[dict]:
    """Return one document per paragraph: its text, place, zone and facts (lists as lists)."""
    source = document.source
    dated = {"published": source.published} if source.published else {}
    found = []
    for paragraph, zone, facts_of in zip(document.paragraphs, zones, facts, strict=True):
        scanned = (
            {"ocr": True, "ocr_confidence": paragraph.ocr_confidence}
            if paragraph.ocr_confidence is not None
            else {}
        )
        found.append(
            dict(
                **scanned,
                **{name: value for name, value in facts_of.items() if value or value is False},
                id=f"{source.name}#p{paragraph.number}",
                kind=PARAGRAPH,
                source=source.name,
                title=source.title,
                paragraph=paragraph.number,
                line=paragraph.line,
                page=paragraph.page,
                text=paragraph.text,
                zone=zone,
                **dated,
            )
        )
    return found


def add_source(writer, document: Document, record: dict, zones: list[str], facts: list[dict]) -> None:
    """Add a source document and one document per paragraph."""
    add_documents(writer, source_fields(document, record), paragraph_fields(document, zones, facts))


def add_documents(writer, source: dict, paragraphs: list[dict]) -> None:
    """Add a source's document and its paragraphs', lists joined for the KEYWORD fields."""
    writer.add_document(**source)
    for fields in paragraphs:
        joined = {
            name: ",".join(" ".join(v.replace(",", " ").split()) for v in value)
            for name, value in fields.items()
            if name in JOINED and isinstance(value, list)
        }
        writer.add_document(**(fields | joined), words=fields["text"])


#: Facts written as comma-separated KEYWORD terms; other lists are stored as they are.
JOINED = frozenset({*MULTI_VALUED, "bands"})
