"""Enrich a source's paragraphs with what they say: dates now; speakers and entities next.

Each stage is a pure function of the text; this module runs them in order over one
source, so that state that crosses paragraphs (the last date named) stays in one place.
"""

from __future__ import annotations

from collections.abc import Sequence

from .dates import Anchor, DateReader

#: Zones whose text is not the article's own: no facts are read from them.
SILENT_ZONES = frozenset({"boilerplate"})


def enrich(texts: Sequence[str], zones: Sequence[str], anchor: str | None) -> list[dict[str, list[str]]]:
    """Return the facts of each paragraph of a source, in order."""
    reader = DateReader(Anchor.parse(anchor))
    facts = []
    for text, zone in zip(texts, zones, strict=True):
        dates = [] if zone in SILENT_ZONES else reader.read(text)
        facts.append({"dates": dates})
    return facts
