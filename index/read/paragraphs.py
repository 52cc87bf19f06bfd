"""Split plain text into numbered paragraphs that remember the line they start on."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

#: Lines of hard-wrapped text stop short of this many characters.
WRAP_WIDTH = 100
#: ...and reach at least this many: shorter runs are lists or bylines, not wrapping.
MIN_WIDTH = 20
_BULLETS = ("-", "*", "•", "–")
#: A wire's sign-off on the last line of a story: the agency's name alone ("REUTER", "(AP)"),
#: with what a copy from a terminal may leave after it ("REUTER...^M").
SIGN_OFF = re.compile(r"\(?(?:REUTERS?|Reuters?|AP|AFP|UPI|dpa|PA)\)?(?:\.\.\.)?(?:\^M)?")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a file: its 1-based position, starting line and verbatim text."""

    number: int
    line: int
    text: str
    page: int | None = None
    #: The zone the format says it is in ("subhead" for a heading), if it says.
    hint: str | None = None
    #: For text read from a scan: Tesseract's mean word confidence (0-100).
    ocr_confidence: float | None = None
    #: Who speaks in it, when the format says (the sender of an e-mail, a quoted author).
    said_by: str | None = None


def split_lines(text: str) -> list[str]:
    """Split text into lines the way an editor numbers them (\\n, \\r\\n or \\r)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def blocks(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    """Yield (1-based first line, lines) for each run of non-blank lines.

    >>> list(blocks(["a", "b", "", "c"]))
    [(1, ['a', 'b']), (4, ['c'])]
    """
    start, run = 0, []
    for number, line in enumerate(lines, 1):
        if line.strip():
            if not run:
                start = number
            run.append(line)
        elif run:
            yield start, run
            run = []
    if run:
        yield start, run


def is_hard_wrapped(lines: list[str]) -> bool:
    """Tell whether blank-line blocks hold paragraphs wrapped at a fixed width.

    The lines that wrap (all but the last of a multi-line block) must nearly all be of
    a typewriter's width, neither bylines and share bars nor one paragraph per line.
    """
    runs = [run for _, run in blocks(lines)]
    # A line followed by a bulleted line ends a list item, whatever its width.
    wrapped = [
        len(line.rstrip()) if not after.lstrip().startswith(_BULLETS) else 0
        for run in runs
        for line, after in zip(run, run[1:], strict=False)
    ]
    if len(runs) < 2 or not wrapped:
        return False
    typewritten = sum(MIN_WIDTH <= width < WRAP_WIDTH for width in wrapped)
    return typewritten >= 0.75 * len(wrapped)


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split text into paragraphs: one per non-blank line, or one per block if wrapped.

    >>> [(p.number, p.line, p.text) for p in split_paragraphs("Head\\n\\nOne.\\nTwo.")]
    [(1, 1, 'Head'), (2, 3, 'One.'), (3, 4, 'Two.')]
    """
    lines = split_lines(text)
    if is_hard_wrapped(lines):
        pieces = [
            piece
            for start, run in blocks(lines)
            for piece in _signed_off(start, [line.strip() for line in run])
        ]
    else:
        pieces = [(n, line.strip()) for n, line in enumerate(lines, 1) if line.strip()]
    return [Paragraph(i, line, body) for i, (line, body) in enumerate(pieces, 1)]


def _signed_off(start: int, run: list[str]) -> list[tuple[int, str]]:
    """Return a wrapped block as pieces: its text, and the wire's sign-off on a line of its own.

    The sign-off says who sent the story ("... underwriting combined.\\n REUTER"), no name
    the story mentions: it goes to a paragraph of its own, which is no part of the text.
    """
    if len(run) > 1 and SIGN_OFF.fullmatch(run[-1]):
        return [(start, "\n".join(run[:-1])), (start + len(run) - 1, run[-1])]
    return [(start, "\n".join(run))]
