"""Find copied paragraphs: syndicated quotes and reused copy across sources.

Each paragraph's words make overlapping four-word shingles; the smallest few shingle
hashes (a bottom-k sketch) are its band keys, indexed like any other term. Paragraphs
that share a key are candidates, and a candidate is a copy when the Jaccard similarity
of the two shingle sets is at least 0.8. Looking candidates up by key never compares
all pairs, so the cost grows with the corpus, not with its square.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable

#: Similarity at which two paragraphs count as copies.
THRESHOLD = 0.8
SHINGLE = 4
BANDS = 4
#: Paragraphs shorter than this many words are too common to call copies.
MIN_WORDS = 8
#: A key shared by more paragraphs than this is a formula ("Qtly div ... Record ..."), not a
#: copy: comparing all its pairs would cost the square of its size for nothing.
MAX_BUCKET = 50

_WORDS = re.compile(r"\w+")


def shingles(text: str) -> frozenset[int]:
    """Return the hashes of a paragraph's four-word shingles, case and punctuation folded."""
    words = _WORDS.findall(text.casefold())
    if len(words) < MIN_WORDS:
        return frozenset()
    return frozenset(
        zlib.crc32(" ".join(words[i : i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)
    )


def band_keys(found: frozenset[int]) -> list[str]:
    """Return the band keys of a shingle set: its smallest hashes, as terms."""
    return [f"{h:08x}" for h in sorted(found)[:BANDS]]


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """Return the Jaccard similarity of two shingle sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


def link(paragraphs: dict[str, frozenset[int]], sources: dict[str, str]) -> dict[str, list[str]]:
    """Return, for paragraph ids, the ids of their copies in other sources.

    `paragraphs` maps ids to shingle sets; `sources` maps ids to their source's name.

    >>> text = "A spokesperson for the Met Police said the force treats all allegations seriously"
    >>> found = link({"a#p1": shingles(text), "b#p4": shingles(text + "."), "a#p2": shingles(text)},
    ...              {"a#p1": "a", "b#p4": "b", "a#p2": "a"})
    >>> found["b#p4"]
    ['a#p1', 'a#p2']
    """
    by_key: dict[str, list[str]] = defaultdict(list)
    for pid, found in paragraphs.items():
        for key in band_keys(found):
            by_key[key].append(pid)
    copies: dict[str, set[str]] = defaultdict(set)
    for ids in by_key.values():
        if len(ids) > MAX_BUCKET:
            continue
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                # .get: looking must not enter a paragraph with no copy (its first_seen stays None).
                if sources[a] != sources[b] and b not in copies.get(a, ()):
                    if similarity(paragraphs[a], paragraphs[b]) >= THRESHOLD:
                        copies[a].add(b)
                        copies[b].add(a)
    return {pid: sorted(found) for pid, found in copies.items()}


def first_seen(pid: str, copies: Iterable[str], published: dict[str, str | None]) -> bool:
    """Tell whether a paragraph is the earliest published of its copies (ties by id)."""

    def when(p: str) -> tuple[str, str]:
        return (published.get(p) or "9999", p)

    return all(when(pid) <= when(other) for other in copies)


def repeats(texts: list[str]) -> list[tuple[str | None, list[int]]]:
    """Return, per paragraph, its twin key and the numbers of the others printed alike in one source.

    Captions printed twice and headlines repeated as a first line are the same words with
    other spacing or marks: folded text that recurs gets one key; paragraphs without a
    word never do.

    >>> repeats(["Police chief quits", "Sir Mark said...", "POLICE CHIEF QUITS!", "—"])
    [('9b678f24', [3]), (None, []), ('9b678f24', [1]), (None, [])]
    """
    folded = [" ".join(_WORDS.findall(text.casefold())) for text in texts]
    where: defaultdict[str, list[int]] = defaultdict(list)
    for number, words in enumerate(folded, start=1):
        if words:
            where[words].append(number)
    found: list[tuple[str | None, list[int]]] = []
    for number, words in enumerate(folded, start=1):
        numbers = where.get(words, [])
        if len(numbers) < 2:
            found.append((None, []))
        else:
            found.append((f"{zlib.crc32(words.encode()):08x}", [n for n in numbers if n != number]))
    return found
