"""Did you mean: misspelt words of a query corrected to the nearest words of the index.

Whoosh's own corrector ranks the words within two edits by frequency alone, so "groming"
becomes "from" (two edits, in every other paragraph) rather than "grooming" (one edit).
Here the fewest edits win, then the word in most paragraphs, then the first in order;
both engines correct through this one function over their lexicons.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from rapidfuzz.distance import OSA
from whoosh import query as wq
from whoosh import spelling

from index.store.schema import WORDS_FIELD

from .lexicon import Lexicon
from .query import NAME_FIELDS

#: Fields whose misspelt terms are corrected: the text (from the words as written) and names.
CORRECTED = ("text", "dates", *sorted(NAME_FIELDS - {"source", "zone"}))


class LexiconCorrector(spelling.Corrector):
    """Suggest the words of a lexicon nearest to a misspelt one: fewest edits, then most paragraphs."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def _suggestions(self, text: str, maxdist: int, prefix: int) -> Iterator[tuple[float, str]]:
        for number in self.lexicon.near(text, maxdist, prefix).tolist():
            word = self.lexicon.words[number]
            paragraphs = max(int(self.lexicon.frequency[number]), 1)
            # Higher is better: an edit outweighs any difference in frequency.
            yield -(OSA.distance(text, word) + 0.5 / paragraphs), word


def correct(
    parsed: wq.Query, text: str, lexicon: Callable[[str], Lexicon | None], holds: Callable[[str, str], bool]
) -> str | None:
    """Return the query text with the words the index does not hold corrected, or None.

    A word is corrected as the user typed it, not as its stem: "groming" is one edit from
    "grooming", while its stem "grome" is two from "from".
    """
    correctors: dict[str, LexiconCorrector] = {}
    changes = []
    for token in parsed.all_tokens():
        field, start, end = token.fieldname, token.startchar, token.endchar
        if field not in CORRECTED or start is None or end is None or holds(field, token.text):
            continue
        if field not in correctors:
            found = lexicon(WORDS_FIELD if field == "text" else field)
            if found is None:
                continue
            correctors[field] = LexiconCorrector(found)
        typed = text[start:end]
        suggested = correctors[field].suggest(typed.lower() if field == "text" else typed, limit=1)
        if suggested and suggested[0] != typed.lower():
            changes.append((start, end, suggested[0]))
    if not changes:
        return None
    for start, end, word in sorted(changes, reverse=True):
        text = text[:start] + word + text[end:]
    return text
