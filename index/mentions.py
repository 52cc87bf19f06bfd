"""Find names in text and say what each is: a person, an organisation or a place.

Rules, not a trained model: capitalised runs, honorifics and titles, organisation heads,
gazetteers and acronyms. `Recogniser` is the seam where a trained NER model can replace
`find_mentions` for a user who has one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .gazetteers import HONORIFICS, ORG_HEADS, first_names, organisations, places, roles

PERSON, ORGANISATION, PLACE = "person", "organisation", "place"

#: Words capitalised only because they start a sentence or a title, never names.
_FUNCTION = frozenset(
    """
a an the and but or so yet if in on at by for from to of with without into onto over under after
before since until while when where why how what who whom whose which that this these those there
here it its he she they we you i his her their our your my me him them us as is was were be been
has have had do does did not no yes now then also just only even still already mr mrs ms
meanwhile however although though despite during about around across along among between
last next first second new former latest earlier later today yesterday tomorrow according
speaking asked answering responding updating nevertheless nonetheless instead indeed overall
some many most more other another each every all both any such one two three four five
monday tuesday wednesday thursday friday saturday sunday exclusive breaking watch read
""".split()
) | (
    _MONTHS := frozenset(
        "january february march april may june july august september october november december".split()
    )
)
_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’\-]*\.?|&|\S")
_CONNECTORS = frozenset({"of", "&", "and", "for", "the", "de", "van", "von", "bin", "al", "du", "la", "le"})
_POSSESSIVE = re.compile(r"['’]s?$")
#: Role titles that may stand capitalised before a name, longest first.
_TITLE_WORDS = frozenset(w for role in roles() for w in role.split())


@dataclass
class Mention:
    """A name found in text, with its kind, its span and what stood before it."""

    text: str
    kind: str
    start: int
    end: int
    honorific: str | None = None
    titles: list[str] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        """Return the words of the name."""
        return self.text.split()


Recogniser = Callable[[str], list[Mention]]


def find_mentions(text: str) -> list[Mention]:
    """Return every name in text with its kind (person, organisation, place or unknown)."""
    mentions = []
    for start, end, words in _capitalised_runs(text):
        for segment in _split(words):
            mention = _classify(*segment, start, end)
            if mention:
                mentions.append(mention)
    return mentions


def _split(words: list[str]) -> list[tuple[list[str], str | None, list[str]]]:
    """Split a capitalised run into (words, honorific, titles) for each name in it.

    "Met Police Commissioner Sir Mark Rowley" holds an organisation, a title and a person;
    "Labour Assembly Member Len Duvall" a party, a title and a person.
    """
    words = [w if w in ("Co.", "Inc.", "Corp.") else _POSSESSIVE.sub("", w).rstrip(".") for w in words]
    words = [w for w in words if w]
    while words and words[0].lower() in _FUNCTION and words[0].lower() not in HONORIFICS:
        words = words[1:]
    cuts = [i for i, w in enumerate(words) if i and w.lower() in HONORIFICS and i + 1 < len(words)]
    if not cuts:
        for k in range(len(words) - 2, 0, -1):
            if words[k].lower() in first_names() and words[k - 1].lower() in _TITLE_WORDS | ORG_HEADS:
                cuts = [k]
                break
    segments, at = [], 0
    for cut in [*cuts, len(words)]:
        segments.append(words[at:cut])
        at = cut
    result = []
    carried: list[str] = []
    for segment in segments:
        honorific = None
        if segment and segment[0].lower() in HONORIFICS and len(segment) > 1:
            honorific, segment = segment[0], segment[1:]
        titles = carried
        while (
            len(segment) > 1 and segment[0].lower() in _TITLE_WORDS and segment[1].lower() not in _CONNECTORS
        ):
            titles, segment = [*titles, segment[0].lower()], segment[1:]
        # Titles at the end of one segment belong to the person the next one names.
        carried = []
        while segment and segment[-1].lower() in _TITLE_WORDS and (len(segment) > 1 or not honorific):
            carried.insert(0, segment[-1].lower())
            segment = segment[:-1]
        if segment:
            result.append((segment, honorific, titles))
    return result


def _capitalised_runs(text: str):
    """Yield (start, end, words) for runs of capitalised words, joined by connectors."""
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    i = 0
    while i < len(tokens):
        word = tokens[i][0]
        if not _capital(word):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            nxt = tokens[j][0]
            if (
                _capital(nxt)
                and not tokens[j - 1][0].endswith((".", "'s", "’s"))
                or (
                    nxt.lower() in _CONNECTORS
                    and j + 1 < len(tokens)
                    and _capital(tokens[j + 1][0])
                    and not tokens[j - 1][0].endswith((".", "'s", "’s"))
                )
            ):
                j += 1
            else:
                break
        while j > i + 1 and tokens[j - 1][0].lower() in _CONNECTORS:
            j -= 1
        yield tokens[i][1], tokens[j - 1][2], [t[0] for t in tokens[i:j]]
        i = j


def _capital(word: str) -> bool:
    return word[:1].isupper() and (len(word) > 1 or word == "I") and word != "I"


def _classify(words: list[str], honorific: str | None, titles: list[str], start: int, end: int):
    if not words or words[-1].lower() in _FUNCTION - _MONTHS:
        return None
    name = " ".join(words)
    kind = _kind(words, name.lower().replace("’", "'"), honorific)
    return Mention(name, kind, start, end, honorific, titles) if kind else None


def _kind(words: list[str], folded: str, honorific: str | None) -> str | None:
    if len(words) > 2 and words[0].lower() in _TITLE_WORDS and words[1] == "of":
        return ORGANISATION  # an office: "Mayor of London", "Secretary of State"
    if honorific and not (
        folded in places() and len(words) == 1 and honorific.lower() not in ("lord", "lady")
    ):
        return PERSON
    if folded in organisations() or folded.startswith("the ") and folded[4:] in organisations():
        return ORGANISATION
    if words[-1].lower() in ORG_HEADS or (len(words) == 1 and words[0].isupper() and len(words[0]) >= 2):
        return ORGANISATION
    if folded in places():
        return PLACE
    if len(words) >= 2 and words[0].lower() in first_names() and words[-1].lower() not in _FUNCTION - _MONTHS:
        return PERSON
    if len(words) in (2, 3) and all(w[0].isupper() and not w.isupper() for w in words):
        return "unknown"
    if len(words) == 1:
        return "unknown"
    return None
