"""Tell headline, body, subhead, caption and boilerplate paragraphs apart."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from .paragraphs import SIGN_OFF

#: Share bars, sign-ups, comment prompts, bylines, reporter contact lines and a wire's credits.
_BOILERPLATE = re.compile(
    r"""^(share|share\ (and|&)\ follow|share\ this(\ article|\ story)?|follow\ us\b.*
    |leave\ a\ (comment|reply)|comments?|(\d+\ )?comments|print|advertisement
    |by\ [\w.'’ -]{1,40}|(read|see)\ (more|also)\b.{0,80}|click\ (here|the|on)\b.*
    |your\ email\ address\ will\ not\ be\ published.*|.*\bsign\ up\b.*
    |.*\b(unsubscribe|privacy\ notice|cookie\ policy)\b.*
    |newsletter\b.*|.*\b(subscribe|our|get|receive|join)\b.*\bnewsletters?\b.*
    |(want\ to\ )?(contact|email|get\ in\ touch\ with)\ .{1,40}\ about\ this\ story.*
    |\((additional\ )?(reporting|writing|editing|compiled|research)\ by\b.*\)\.?)$""",
    re.IGNORECASE | re.VERBOSE,
)
#: A short sentence that opens with "By": a word in lower case after it that no byline has,
#: or a figure ("By stumps Kent had reached 108 for three."; not "By Jane Doe in Kabul").
_SENTENCE_AFTER_BY = re.compile(
    r"[Bb]y\s+(?:\S+\s+)*?(?:\d|(?!(?:and|the|of|in|our|staff|reporters?|correspondents?|editors?"
    r"|writers?|news|with|de|van|von|da|di|le|la|al|el|bin|ibn)\b)[a-z]{2,})"
)
#: A header after which the page lists teasers for other stories.
_TEASERS = re.compile(
    r"""^(you\ (may|might)\ also\ like|related\ (articles|stories|content|links)
    |more\ (stories|from|on\ this)\b.*|most\ (read|popular|viewed)|recommended(\ for\ you)?
    |trending(\ now)?|top\ stories|latest\ news)$""",
    re.IGNORECASE | re.VERBOSE,
)
#: "(pictured)", "(left, with his wife)", "(left to right)"; not "(right now)" nor "(above a
#: threshold of 12 m/s)", asides in a text's own sentences.
_CAPTION = re.compile(
    r"""\((pictured|left|right|centre|center|above|below|inset|file\ photo)
       (?=[),;]|\ (?:to|and|with|left|right|centre|center|above|below|front|back)\b)
    |^(pictured|photo|image|picture|credit):""",
    re.IGNORECASE | re.VERBOSE,
)
#: A wire's dateline on a line of its own: a town in capitals, maybe its country, and the date
#: ("MOSCOW 1996-08-31", "TAVILDARA, Tajikistan 1996-08-30", "LONDON, March 3, 1987"). Stories
#: filed there the same day share it, but it says where each was filed: never boilerplate.
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]+(?:,\s+[A-Z][\w.'’ -]+)?,?\s+"
    r"(?:\d{4}-\d\d-\d\d|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)$"
)
_QUOTES = "\"'“”‘’«»"
#: Opens with a quote mark, or quotes a whole clause rather than a word or two.
_QUOTATION = re.compile(r"^\W*[\"'“‘«]|[\"“‘«][^\"”’»]{40,}")
_SUBHEAD_WORDS = 12
#: A figure of a table's row: a count, a score or a time, not a year ("12", "4-38", "12.92", ".538").
_FIGURE = re.compile(r"(?<![\w.,:/-])(?:\d{1,3}(?:[-:.]\d{1,2})?|\.\d{3}|\d/\d)(?![\w,/-]|\.\d)")
#: Headlines that end with a full stop (PolNeAR's US outlets) run to 24 words.
_HEADLINE_WORDS = 25
_ENDS_A_SENTENCE = re.compile(r"[.:;!?][\"'”’)\]]*\s*$")


def normalise(text: str) -> str:
    """Fold case, quote marks and spacing so that copies of a line compare equal."""
    text = re.sub(f"[{_QUOTES}]", '"', text.casefold())
    return " ".join(text.split())


def line_key(text: str) -> str:
    """Return a short stable key for a paragraph's normalised text."""
    return hashlib.blake2b(normalise(text).encode(), digest_size=8).hexdigest()


def edge_keys(texts: Sequence[str], head: int = 3, tail: int = 8) -> set[str]:
    """Return keys of the paragraphs near either end that could be shared boilerplate.

    Quotations are left out: a statement syndicated across outlets is news, not chrome.
    """
    edges = list(texts[1:head]) + list(texts[-tail:])
    return {line_key(t) for t in edges if not _QUOTATION.search(t)}


def _greets(text: str) -> bool:
    """Tell whether a paragraph ends as a greeting does: a colon after a comma."""
    text = text.rstrip()
    return text.endswith(":") and "," in text


def classify(text: str, number: int) -> str:
    """Return the zone a paragraph has on its own merits (position and wording)."""
    # A first paragraph of more words than a headline that ends as a sentence ends is the
    # text itself: a letter, a transcript or a wire story with no title. A long headline
    # (a UK site's, 34 words in the seeds) ends with no full stop.
    # One that ends with a colon after a comma greets its audience ("Senator Hatfield, Mr.
    # Chief Justice, ..., my fellow citizens:"): a speech's or letter's first words; a title
    # ends with a colon before its subtitle, with no comma ("Aesthetic Appreciation and Spanish Art:").
    if number == 1 and not (
        len(text.split()) > _HEADLINE_WORDS and _ENDS_A_SENTENCE.search(text) or _greets(text)
    ):
        return "headline"
    first_line = text.strip().splitlines()[0] if text.strip() else ""
    if _BOILERPLATE.match(first_line) and len(text) < 400 and not _SENTENCE_AFTER_BY.match(first_line):
        return "boilerplate"
    if SIGN_OFF.fullmatch(text.strip()):
        return "boilerplate"
    if _CAPTION.search(text):
        return "caption"
    if (
        len(text.split()) <= _SUBHEAD_WORDS
        and not text.rstrip(_QUOTES + " ").endswith((".", ",", ";", "…"))
        # A row of a table or of results is the text's ("Leeds 2 Chelsea 1", "3. Aliuska
        # Lopez (Cuba) 12.92"): figures, which a heading has one of at most ("Top 10 tips for 2024").
        and len(_FIGURE.findall(text)) < 2
    ):
        return "subhead"
    return "body"


def assign_zones(
    texts: Sequence[str], shared: set[str] = frozenset(), hints: Sequence[str | None] = ()
) -> list[str]:
    """Return the zone of each paragraph of one source, in order.

    `shared` holds keys of edge paragraphs seen in several sources (see `edge_keys`);
    `hints` are zones the file's own markup gives.

    >>> assign_zones(["Title", "Body text that runs on.", "Share and Follow"])
    ['headline', 'body', 'boilerplate']
    """
    zones = [classify(text, number) for number, text in enumerate(texts, 1)]
    for i, hint in enumerate(hints):
        if hint and i and zones[i] != "boilerplate":
            zones[i] = hint  # the format marked it up: a Markdown or HTML heading
    edges = edge_keys(texts)
    teasers = False
    for i, text in enumerate(texts):
        # Everything after a "You may also like" header is a list of other stories.
        teasers = teasers or bool(i and _TEASERS.match(text.strip()))
        if teasers or (
            i and line_key(text) in shared and line_key(text) in edges and not _DATELINE.match(text.strip())
        ):
            zones[i] = "boilerplate"
        elif i and normalise(text) == normalise(texts[i - 1]) and zones[i] != "headline":
            # An image caption is often printed twice: once as alt text, once below.
            zones[i - 1] = zones[i] = "caption"
    return zones
