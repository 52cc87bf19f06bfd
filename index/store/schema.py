"""The index schema: the one place that names the fields of the index."""

from __future__ import annotations

from whoosh import fields
from whoosh.analysis import LowercaseFilter, RegexTokenizer, StemmingAnalyzer

#: Stop words are kept so that a phrase such as "head of the force" matches exactly.
TEXT_ANALYZER = StemmingAnalyzer(stoplist=None, minsize=1)
#: The same tokens as written, lowercased: what prefix, wildcard and fuzzy terms compare
#: with, since a stem ("rowlei", "exploit") is no word a user types part of or misspells.
WORDS_ANALYZER = RegexTokenizer() | LowercaseFilter()
WORDS_FIELD = "words"

_TOKENIZER, _, _STEMMER = TEXT_ANALYZER.items


def words_and_stems(text: str) -> list[tuple[str, str]]:
    """Return each token of text as the words field holds it (lowercased) and as the text field stems it.

    The two analysers' own stages, run without Whoosh's per-token objects: the same tokens,
    in the same order (a token's place is its position), at a fraction of the cost.
    """
    stem = _STEMMER._stem
    return [(word, stem(word)) for word in (m.group().lower() for m in _TOKENIZER.expression.finditer(text))]


#: Document kinds stored in the one index; sources and their paragraphs commit together.
SOURCE, PARAGRAPH = "source", "paragraph"

#: Paragraph fields that hold several canonical names or values each.
MULTI_VALUED = ("speakers", "people", "organisations", "places", "dates", "copies", "sender", "recipients")

#: Zones a paragraph can be in; boilerplate is left out of searches unless asked for.
ZONES = ("headline", "body", "subhead", "caption", "quoted", "boilerplate")


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
        # Read from a scan: true, with Tesseract's mean word confidence.
        ocr=fields.STORED(),
        ocr_confidence=fields.STORED(),
        text=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True, phrase=True),
        # The paragraph's words unstemmed (scored, no positions): for word*, w?rd, word~
        # and the words "did you mean" proposes. Written from the same value as text.
        words=fields.TEXT(analyzer=WORDS_ANALYZER, phrase=False),
        zone=fields.ID(stored=True),
        speakers=_names(),
        people=_names(),
        organisations=_names(),
        places=_names(),
        dates=_names(),
        # E-mail: the sender ("Name <address>") and every recipient (To and Cc).
        sender=_names(),
        recipients=_names(),
        # Ids of copied paragraphs in other sources, and the band keys that find them.
        copies=_names(),
        bands=fields.KEYWORD(commas=True, lowercase=False, scorable=False),
        first_seen=fields.STORED(),
        # A paragraph printed again in its own source (same normalised text): a key shared
        # by the repeats, and the numbers of the others, shown as "also at".
        twin=fields.ID(),
        also_at=fields.STORED(),
        published=fields.ID(stored=True, sortable=True),
        # Source documents only: the JSON of the source record (title, url, hashes...).
        record=fields.STORED(),
        sha256=fields.ID(stored=True),
    )
