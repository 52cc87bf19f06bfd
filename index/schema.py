"""The index schema: the one place that names the fields of the index."""

from __future__ import annotations

from whoosh import fields
from whoosh.analysis import StemmingAnalyzer

#: Stop words are kept so that a phrase such as "head of the force" matches exactly.
TEXT_ANALYZER = StemmingAnalyzer(stoplist=None, minsize=1)

#: Document kinds stored in the one index; sources and their paragraphs commit together.
SOURCE, PARAGRAPH = "source", "paragraph"

#: Paragraph fields that hold several canonical names or values each.
MULTI_VALUED = ("speakers", "people", "organisations", "places", "dates", "copies")

#: Zones a paragraph can be in; boilerplate is left out of searches unless asked for.
ZONES = ("headline", "body", "subhead", "caption", "boilerplate")


def _names() -> fields.KEYWORD:
    # Commas separate values, so "Mark Rowley" stays one term; case is kept for display.
    return fields.KEYWORD(stored=True, commas=True, lowercase=False, scorable=False)


def make_schema() -> fields.Schema:
    """Return the schema shared by source and paragraph documents."""
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        kind=fields.ID(stored=True),
        source=fields.ID(stored=True, sortable=True),
        title=fields.STORED(),
        paragraph=fields.NUMERIC(stored=True, sortable=True),
        line=fields.STORED(),
        page=fields.STORED(),
        # spelling=True keeps unstemmed words beside the stems, for "did you mean".
        text=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True, phrase=True, spelling=True),
        zone=fields.ID(stored=True),
        speakers=_names(),
        people=_names(),
        organisations=_names(),
        places=_names(),
        dates=_names(),
        # Ids of copied paragraphs in other sources, and the band keys that find them.
        copies=_names(),
        bands=fields.KEYWORD(commas=True, lowercase=False, scorable=False),
        first_seen=fields.STORED(),
        published=fields.ID(stored=True, sortable=True),
        # Source documents only: the JSON of the source record (title, url, hashes...).
        record=fields.STORED(),
        sha256=fields.ID(stored=True),
    )
