"""Find quotations in a paragraph: curly or straight, double or single marks."""

from __future__ import annotations

import re

_OPEN_SINGLE = "‘'"
_MARKS = re.compile("[“”\"‘’']")
_NOT_SPACE = re.compile(r"\S")
#: A mark that stands for left-out letters or digits opens nothing: "the late '70s", "'em".
_ELISION = re.compile(r"['‘’](?:\d\d(?:s\b|(?!\d))|em\b)")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of quotations, marks included.

    Single marks double as apostrophes ("don’t", "Khan’s"): a single mark opens only
    after a space or punctuation and before a letter, and closes only where no letter
    follows. A quotation still open at the end of the paragraph runs to its end, as news
    leaves a quote open when it goes on in the next paragraph.

    A straight mark after a sentence's end and before a word opens a new quotation: the
    one before it was left open, as news does when a quote runs on over sentences.

    >>> quote_spans('He said: “It is clear,” and ‘don’t’ went on.')
    [(9, 23), (28, 35)]
    >>> quote_spans('"It is clear. "It is plain." He went on.')
    [(0, 13), (14, 28)]
    >>> quote_spans("Since the '70s, 'it is plain,' he said.")
    [(16, 30)]
    """
    spans: list[tuple[int, int]] = []
    opened: tuple[str, int] | None = None
    for mark in _MARKS.finditer(text):
        i, char = mark.start(), mark.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if opened is None:
            if char in '“”"':  # a stray closing mark opening a paragraph still opens it
                opened = ("double", i)
            elif (
                char in _OPEN_SINGLE
                and not before.isalnum()
                and (after.isalnum() or after in '“"')
                and not _ELISION.match(text, i)
            ):
                opened = ("single", i)
        elif opened[0] == "double" and char == "“" and before in ",.!?" and not after.strip():
            # '“It's unusual,“ said Larry Noble': an opening mark typed where the closing goes.
            spans.append((opened[1], i + 1))
            opened = None
        elif opened[0] == "double" and _reopens(text, i, char):
            # News leaves a quote open when the next sentence opens another: 'made. "Far'.
            spans.append((opened[1], len(text[:i].rstrip())))
            opened = ("double", i)
        elif opened[0] == "double" and char in '”"':
            spans.append((opened[1], i + 1))
            opened = None
        elif opened[0] == "single" and char in "’'" and not after.isalnum() and before not in " ":
            spans.append((opened[1], i + 1))
            opened = None
    if opened is not None:
        spans.append((opened[1], len(text)))
    return spans


def _reopens(text: str, i: int, char: str) -> bool:
    """Tell whether a double mark, met inside a quotation, opens the next one instead."""
    if char == "“":
        return True
    before, after = text[:i].rstrip(), text[i + 1 : i + 2]
    return char == '"' and before != text[:i] and before[-1:] in ".?!" and (after.isalnum() or after in "‘'")


def mask_quotes(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out quoted words (keeping offsets) so that rules read only the narration."""
    pieces, at = [], 0
    for start, end in spans:
        pieces += [text[at:start], _NOT_SPACE.sub("_", text[start:end])]
        at = end
    return "".join([*pieces, text[at:]])


def opens_with_quote(text: str) -> bool:
    """Tell whether a paragraph opens with a quotation mark."""
    return text.lstrip()[:1] in "“”\"‘'"


_DOUBLED = re.compile(r"'''|''|``")


def double_marks(text: str) -> str:
    """Return text with quotation marks written as two marks ('' and ``) as one, at the same length.

    Wire and Penn Treebank text opens ``quotes like this'' or ''like this'': each pair
    becomes a straight double mark and a zero-width space, so that offsets do not move.

    >>> double_marks("''It pays,'' said Al.") == '"\u200bIt pays,\u200b" said Al.'
    True
    >>> print(double_marks("''Say 'no,''' said Al.").replace("\u200b", ""))
    "Say 'no,'" said Al.
    """
    if "''" not in text and "``" not in text:
        return text

    def one(m: re.Match) -> str:
        opening = m[0] == "``" or m.start() == 0 or text[m.start() - 1] in " \t\n([{—–-"
        if len(m[0]) == 3:  # a single quotation ends or opens beside the double one
            return "\"\u200b'" if opening else "'\u200b\""
        return '"\u200b' if opening else '\u200b"'

    return _DOUBLED.sub(one, text)
