"""Infer when a source was published from the dates its text names, and from its corpus."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from .dates import pin_year
from .datewords import ABBREVIATIONS, MONTHS, NAMED_YEAR, WEEKDAYS, is_future

# Full names and the wire's abbreviations ("Aug. 2, 1990", "Sept. 27").
_MONTH_NAME = "|".join([*(m.title() for m in MONTHS), *(rf"{a.title()}\." for a in ABBREVIATIONS)])
_FULL_DATE = re.compile(
    rf"\b(?:([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+({_MONTH_NAME})"
    rf"|({_MONTH_NAME})\s+([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?)\s+((?:19|20)\d\d)\b"
)
_WEEKDAY_DATE = re.compile(
    rf"\b({'|'.join(w.title() for w in WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*\(?\s*"
    rf"({_MONTH_NAME})\s+([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b\)?(?!,?\s+\d{{4}})"
)
_YEAR = re.compile(r"(?<![\d,.£$€])\b((?:19|20)\d\d)\b(?!s\b|\d|[,.]\d)")
_RELATIVE = re.compile(
    r"\b(today|yesterday|tomorrow|last\s+(night|week|month|year)|this\s+(week|month|year)"
    r"|(on|last)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)


#: A day in a file's path, year first: "APW19980213.1310.txt", "2025-10-24 rowley.txt", "2025/10/24/".
_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_./]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


def name_date(name: str, today: date | None = None) -> str | None:
    """Return the day a source's path names ("NYT19980206.0460.txt": 1998-02-06), if any and past."""
    for m in _NAME_DATE.finditer(name):
        try:
            found = date(int(m[1]), int(m[3]), int(m[4]))
        except ValueError:
            continue
        if found <= (today or date.today()):
            return found.isoformat()
    return None


@dataclass
class Evidence:
    """What a source's text says about when it was written."""

    dates: list[str] = field(default_factory=list)
    past_years: list[int] = field(default_factory=list)
    future_years: list[int] = field(default_factory=list)
    relative: bool = False

    def to_dict(self) -> dict:
        """Return the evidence as JSON-ready data."""
        return asdict(self)


@dataclass(frozen=True)
class Published:
    """A publication date with how it is known, and the anchor relative dates resolve to."""

    value: str | None
    basis: str | None
    anchor: str | None


def gather_evidence(texts: Iterable[str], today: date | None = None) -> Evidence:
    """Collect the dates a source names outright, and the years it treats as past or future.

    A weekday named with a day and month ("Thursday (October 16)") pins the year.
    """
    evidence = Evidence()
    texts = list(texts)
    for text in texts:
        for m in _YEAR.finditer(text):
            if NAMED_YEAR.search(text[: m.start()]):
                continue
            future = is_future(text, m.start())
            (evidence.future_years if future else evidence.past_years).append(int(m[1]))
        evidence.relative = evidence.relative or bool(_RELATIVE.search(text))
    after = max(evidence.past_years, default=None)
    for text in texts:
        for m in _WEEKDAY_DATE.finditer(text):
            month, day = _month(m[2]), int(m[3])
            year = _pin_after(month, day, m[1], after, today)
            if year and not is_future(text, m.start()):
                evidence.dates.append(date(year, month, day).isoformat())
        for m in _FULL_DATE.finditer(text):
            month = _month(m[2] or m[3])
            try:
                found = date(int(m[5]), month, int(m[1] or m[4]))
            except ValueError:
                continue
            if not is_future(text, m.start()):
                evidence.dates.append(found.isoformat())
    return evidence


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return MONTHS.index(name) + 1 if name in MONTHS else ABBREVIATIONS[name]


def _pin_after(month: int, day: int, weekday: str, after: int | None, today: date | None) -> int | None:
    # A source is written after the years it speaks of in the past tense.
    if after:
        for year in range(after, after + 12):
            if pin_year(month, day, weekday, year) == year:
                return year
    return pin_year(month, day, weekday, None, today)


def own_date(evidence: Evidence) -> Published | None:
    """Date a source by its own text: the latest date it names outright, the day after."""
    if not evidence.dates:
        return None
    latest = max(date.fromisoformat(d) for d in evidence.dates)
    return Published(latest.isoformat()[:7], "inferred", (latest + timedelta(days=1)).isoformat())


def rank_months(corpus: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Rank the months of a corpus's dated sources, commonest first, with each one's latest anchor.

    `corpus` lists (month, anchor) of the sources dated by metadata or by their own text.
    Ties go to the earlier month, whatever order the sources came in.
    """
    counts: Counter[str] = Counter()
    latest: dict[str, str] = {}
    for month, anchor in corpus:
        counts[month] += 1
        latest[month] = max(latest.get(month, anchor), anchor)
    return [
        (month, latest[month]) for month, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


def infer_published(evidence: Evidence, ranked: Sequence[tuple[str, str]]) -> Published:
    """Infer a publication date: from the text, else the corpus's, else the era of its years.

    `ranked` is the corpus's months (see `rank_months`). A reporter's folder gathers one
    story: a source whose text gives only years is dated with the most common month of its
    folder that those years allow.
    """
    own = own_date(evidence)
    if own:
        return own
    low = max(evidence.past_years, default=None)
    high = min(evidence.future_years, default=None)
    if low or high:
        for month, anchor in ranked:
            year = int(month[:4])
            if (low is None or year >= low) and (high is None or year <= high):
                return Published(month, "inferred", anchor)
    if low:
        return Published(str(low), "inferred", str(low))
    return Published(None, None, None)
