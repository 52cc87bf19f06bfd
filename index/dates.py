"""Find calendar references in text and normalise them against a publication date.

Dates are found by patterns over the text (never by a general date parser, which reads
"we" as Wednesday and "£15" as the 15th) and resolved against an anchor: the source's
publication date, and for anaphora ("a day earlier") the last date the text named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DAY_WORDS = {
    w: i
    for i, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split(),
        1,
    )
}


def _cased(words: list[str]) -> str:
    # Title case or capitals only: "may" and "march" in lower case are verbs.
    return "|".join(f"{w.title()}|{w.upper()}" for w in sorted(words, key=len, reverse=True))


_MONTH = f"(?:{_cased(MONTHS)})"
_MONTH_ABBR = f"(?:{_cased(list(_ABBREVIATIONS))})\\.?"
_ANY_MONTH = f"(?:{_MONTH}|{_MONTH_ABBR})"
_WEEKDAY = f"(?:{_cased(WEEKDAYS)})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DAY_WORD = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

#: Words that put a date in the future, so that "October" means the next October.
_FUTURE = re.compile(
    r"\b(will|would|shall|expected|expects|due|scheduled|plans?\s+to|planned\s+for|next|until|"
    r"forecasts?|projected|intends?|aims?|expires?|ends|ending|expiring|begins|starts|opens|closes|"
    r"to\s+be|payable)\b"
    r"|'ll\b|\bPayable\b"
)
#: Words that put a date in the past.
_PAST = re.compile(
    r"\b(was|were|had|did|came|went|made|found|saw|took|gave|began|ended|rose|fell|ago|last|earlier|"
    r"previous|previously|since|recently|already|announced|reported|revealed|confirmed|admitted|"
    r"stated|published|launched|agreed|approved|rejected|signed|released|received|held|happened)\b"
)
#: Words before a lone "May" or "March" that make it a month, not a verb or a name.
_MONTH_CUE = (
    r"(?:in|since|until|till|by|from|early|late|mid|end|of|during|last|next|this|before|after|"
    r"through|throughout)"
)
#: Names that carry a year but are not dates: "Serious Crime Act 2015".
_NAMED_YEAR = re.compile(
    r"\b(Act|Acts|Bill|Regulations?|Order|Rules|Convention|Treaty|Directive|Code|Cup|Games|Olympics|Expo)\s*$"
)
_UNIT_AFTER = re.compile(
    r"^\s*(tonnes|tons|barrels|shares|dlrs|dollars|pounds|people|jobs|cars|units|hours|miles|km|"
    r"metres|meters|feet|acres|bpd|mln|billion|million|pct|per\s+cent|%)\b",
    re.IGNORECASE,
)

_PATTERNS = [
    ("iso", re.compile(rf"\b({_YEAR})-(0[1-9]|1[0-2])-([0-2]\d|3[01])\b")),
    ("numeric", re.compile(rf"\b(3[01]|[12]\d|0?[1-9])/(1[0-2]|0?[1-9])/({_YEAR})\b")),
    (
        "month_day",
        re.compile(
            rf"(?:\b({_WEEKDAY}){_PART}\s*\(?\s*)?\b({_ANY_MONTH})\s+({_DAY}|{_DAY_WORD})\b\)?(?:,?\s+({_YEAR})\b)?"
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"(?:\b({_WEEKDAY}){_PART}\s*,?\s*\(?\s*)?\b({_DAY})\s+(?:of\s+)?({_ANY_MONTH})\b\)?(?:,?\s+({_YEAR})\b)?"
        ),
    ),
    ("month_year", re.compile(rf"\b({_ANY_MONTH})\s+(?:of\s+)?({_YEAR})\b")),
    ("year_range", re.compile(rf"\b({_YEAR})\s*[-–/]\s*((?:1[89]|20)?\d\d)\b(?!\s*(?:%|pct))")),
    (
        "month_relative",
        re.compile(
            rf"\b(?:(this|last|next|the\s+previous|previous|the\s+following)\s+)?({_MONTH})\s+(this|last|next)\s+year\b"
            rf"|\b(?i:(this|last|next|the\s+previous|previous|the\s+following))\s+({_MONTH})\b"
        ),
    ),
    (
        "month_alone",
        re.compile(
            rf"(?:\b(?i:{_MONTH_CUE})\b[\s-]+(?:(?i:the\s+)?(?:(?i:end|beginning|start|middle)\s+of\s+))?({_ANY_MONTH})\b)"
            rf"|\b((?!May\b|MAY\b|March\b|MARCH\b){_MONTH})\b"
        ),
    ),
    (
        "day_relative",
        re.compile(
            r"\b(?i:(earlier\s+)?today(?:['’]?s)?|tonight|this\s+morning|this\s+afternoon|this\s+evening|yesterday|tomorrow"
            r"|last\s+night)\b"
        ),
    ),
    ("weekday", re.compile(rf"\b(?:(?i:(last|next|this|on))\s+)?({_WEEKDAY}){_PART}\b")),
    (
        "anaphoric_day",
        re.compile(
            r"\b(?i:(a|one|the)\s+day\s+(earlier|before|later|after)|the\s+(previous|next|following)\s+day)\b"
        ),
    ),
    (
        "period_relative",
        re.compile(
            r"\b(?i:(earlier\s+|later\s+)?(this|last|next)\s+(month|year)|a\s+year\s+(ago|earlier)"
            r"|the\s+(prior|previous|preceding)\s+year)\b"
        ),
    ),
    # A year, but not a decade ("1990s", "1980's") nor a number ("1,985", "2000.5").
    ("year", re.compile(rf"(?<![\d,.£$€])\b({_YEAR})\b(?!s\b|\d|[,.]\d)(?<!0(?='s\b))")),
]


_HAS_DIGIT = re.compile(r"\d").search
_HAS_MONTH = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec").search
_HAS_WEEKDAY = re.compile(r"day\b").search
#: A quick test per pattern kind: when it fails the pattern cannot match.
_CUES = {
    "iso": _HAS_DIGIT,
    "numeric": _HAS_DIGIT,
    "year_range": _HAS_DIGIT,
    "year": _HAS_DIGIT,
    "month_day": _HAS_MONTH,
    "day_month": _HAS_MONTH,
    "month_year": _HAS_MONTH,
    "month_relative": _HAS_MONTH,
    "month_alone": _HAS_MONTH,
    "weekday": _HAS_WEEKDAY,
    "day_relative": re.compile(
        r"today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow|last night"
    ).search,
    "anaphoric_day": re.compile(r"\bday\b").search,
    "period_relative": re.compile(r"month|year").search,
}


@dataclass
class Anchor:
    """What relative dates resolve against: the publication date, as precise as known."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Anchor:
        """Read an anchor from "YYYY", "YYYY-MM" or "YYYY-MM-DD" (or None)."""
        parts = [int(p) for p in (value or "").split("-") if p.isdigit()]
        return cls(*parts[:3])

    @property
    def date(self) -> date | None:
        """Return the anchor as a date when the day is known."""
        return date(self.year, self.month, self.day) if self.year and self.month and self.day else None


@dataclass
class DateReader:
    """Read the dates of a source's paragraphs in order, keeping the last for anaphora."""

    anchor: Anchor
    last: tuple[int, ...] = field(default_factory=tuple)

    def read(self, text: str) -> list[str]:
        """Return the normalised dates of one paragraph, in the order they appear."""
        # Patterns claim their spans first, in order of precedence; then the claims are
        # resolved in reading order, so that "the prior year" follows "In 1986".
        claims: list[tuple[int, str, re.Match]] = []
        taken = [False] * len(text)
        lowered = text.lower()
        for kind, pattern in _PATTERNS:
            cue = _CUES.get(kind)
            if cue and not cue(lowered):
                continue  # a cheap look first: most paragraphs name no weekday
            for match in pattern.finditer(text):
                start, end = match.span()
                if any(taken[start:end]) or (kind == "year" and not self._plausible_year(match, text)):
                    continue
                taken[start:end] = [True] * (end - start)
                claims.append((start, kind, match))
        values: list[str] = []
        for _, kind, match in sorted(claims, key=lambda claim: claim[0]):
            for value in getattr(self, f"_{kind}")(match, text) or []:
                if value not in values:
                    values.append(value)
                self.last = tuple(int(p) for p in value.split("-"))
        return values

    # Each handler returns the values for a match, or None when it is no date after all.

    def _iso(self, m: re.Match, text: str) -> list[str] | None:
        return _valid(int(m[1]), int(m[2]), int(m[3]))

    def _numeric(self, m: re.Match, text: str) -> list[str] | None:
        return _valid(int(m[3]), int(m[2]), int(m[1]))  # UK order: day/month/year

    def _month_day(self, m: re.Match, text: str) -> list[str] | None:
        weekday, month, day, year = m[1], _month_number(m[2]), _day_number(m[3]), m[4]
        if month is None or day is None:
            return None
        return self._full(month, day, year, weekday, text, m.start())

    def _day_month(self, m: re.Match, text: str) -> list[str] | None:
        weekday, day, month, year = m[1], _day_number(m[2]), _month_number(m[3]), m[4]
        if month is None or day is None:
            return None
        return self._full(month, day, year, weekday, text, m.start())

    def _full(self, month: int, day: int, year: str | None, weekday: str | None, text: str, at: int):
        if year:
            return _valid(int(year), month, day)
        pinned = pin_year(month, day, weekday, self.anchor.year) if weekday else None
        if pinned:
            return _valid(pinned, month, day)
        year_of = self._month_year(month, text, at)
        return _valid(year_of, month, day) if year_of else None

    def _month_year(self, m: re.Match | int, text: str, at: int = 0) -> list[str] | int | None:
        if isinstance(m, int):  # used by the other handlers: which year a month is in
            month = m
            if not self.anchor.year:
                return None
            if not self.anchor.month:
                return self.anchor.year
            when = tense(text, at)
            later, earlier = (
                self.anchor.year + (month < self.anchor.month),
                self.anchor.year - (month > self.anchor.month),
            )
            if when is None:  # the nearer of the two; news speaks of the past on a tie
                ahead = (month - self.anchor.month) % 12
                when = "future" if 0 < ahead < 6 else "past"
            return later if when == "future" else earlier
        month = _month_number(m[1])
        return [f"{int(m[2]):04d}-{month:02d}"] if month else None

    def _year_range(self, m: re.Match, text: str) -> list[str] | None:
        first, second = m[1], m[2]
        last = int(second) if len(second) == 4 else int(first[:2] + second)
        if not int(first) < last <= int(first) + 30:
            return None
        return [first, str(last)]

    def _month_relative(self, m: re.Match, text: str) -> list[str] | None:
        if m[2]:
            month, which = _month_number(m[2]), m[3].lower()
            if not self.anchor.year or month is None:
                return None
            return [f"{self.anchor.year + {'this': 0, 'last': -1, 'next': 1}[which]:04d}-{month:02d}"]
        which, month = " ".join(m[4].lower().split()), _month_number(m[5])
        if month is None:
            return None
        if which in ("the previous", "previous") and self.last:
            year = self.last[0] - (len(self.last) < 2 or self.last[1] <= month)
            return [f"{year:04d}-{month:02d}"]
        if not self.anchor.year:
            return None
        if which == "this":
            return [f"{self.anchor.year:04d}-{month:02d}"]
        past = which == "last"
        base = self.anchor.month or 12
        year = self.anchor.year - (month >= base) if past else self.anchor.year + (month <= base)
        return [f"{year:04d}-{month:02d}"]

    def _month_alone(self, m: re.Match, text: str) -> list[str] | None:
        month = _month_number(m[1] or m[2])
        if month is None:
            return None
        year = self._month_year(month, text, m.start())
        return [f"{year:04d}-{month:02d}"] if year else None

    def _day_relative(self, m: re.Match, text: str) -> list[str] | None:
        anchor = self.anchor.date
        if anchor is None or _quoted(text, m.start()):
            # "Today" inside a quotation is the day of speaking, or no day at all.
            return None
        word = " ".join(m[0].lower().split())
        shift = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
        return [(anchor + timedelta(days=shift)).isoformat()]

    def _weekday(self, m: re.Match, text: str) -> list[str] | None:
        anchor = self.anchor.date
        if anchor is None:
            return None
        target = WEEKDAYS.index(m[2].lower())
        which = (m[1] or "").lower()
        # "said on Friday it would": only a cue before the weekday makes it the next one.
        future = which == "next" or (which != "last" and is_future(text, m.start()))
        if future:
            days = (target - anchor.weekday()) % 7 or 7
        else:
            days = -((anchor.weekday() - target) % 7 or 7)
        return [(anchor + timedelta(days=days)).isoformat()]

    def _anaphoric_day(self, m: re.Match, text: str) -> list[str] | None:
        if len(self.last) < 3:
            return None
        earlier = (m[2] or "").lower() in ("earlier", "before") or (m[3] or "").lower() == "previous"
        day = date(*self.last) + timedelta(days=-1 if earlier else 1)
        return [day.isoformat()]

    def _period_relative(self, m: re.Match, text: str) -> list[str] | None:
        words = " ".join(m[0].lower().split())
        if words.startswith("the "):  # the prior year: before the last year named
            return [str(self.last[0] - 1)] if self.last else None
        if not self.anchor.year:
            return None
        if words.startswith("a year"):
            return [str(self.anchor.year - 1)]
        shift = {"this": 0, "last": -1, "next": 1}[m[2].lower()]
        if m[3].lower() == "year":
            return [str(self.anchor.year + shift)]
        if not self.anchor.month:
            return None
        month = self.anchor.month + shift
        year = self.anchor.year + (month > 12) - (month < 1)
        return [f"{year:04d}-{(month - 1) % 12 + 1:02d}"]

    def _year(self, m: re.Match, text: str) -> list[str] | None:
        return [m[1]]

    @staticmethod
    def _plausible_year(m: re.Match, text: str) -> bool:
        return not (_NAMED_YEAR.search(text[: m.start()]) or _UNIT_AFTER.match(text[m.end() :]))


def pin_year(month: int, day: int, weekday: str, near: int | None, today: date | None = None) -> int | None:
    """Return the year in which the day of the month falls on the weekday.

    The nearest such year to `near` wins; without one, the latest not after today.

    >>> pin_year(10, 16, "Thursday", None, date(2026, 11, 25))
    2025
    """
    target = WEEKDAYS.index(weekday.lower())
    today = today or date.today()
    if near:
        candidates = range(near - 6, near + 7)
        key = lambda y: abs(y - near)  # noqa: E731
    else:
        candidates = range(today.year - 30, today.year + 1)
        key = lambda y: today.year - y  # noqa: E731
    fits = [y for y in candidates if _valid(y, month, day) and date(y, month, day).weekday() == target]
    fits = [y for y in fits if near or date(y, month, day) <= today]
    return min(fits, key=key) if fits else None


def _valid(year: int, month: int, day: int) -> list[str] | None:
    try:
        return [date(year, month, day).isoformat()]
    except ValueError:
        return None


def _month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word in MONTHS:
        return MONTHS.index(word) + 1
    return _ABBREVIATIONS.get(word)


def _day_number(word: str) -> int | None:
    word = word.lower()
    if word in _DAY_WORDS:
        return _DAY_WORDS[word]
    digits = re.match(r"\d+", word)
    return int(digits[0]) if digits and 1 <= int(digits[0]) <= 31 else None


def is_future(text: str, at: int) -> bool:
    """Tell whether the words just before position `at` put a date in the future.

    Only the clause before the date counts ("is expected to be completed by April"):
    a "would" further off is usually reported speech about the past.
    """
    start = max(text.rfind(". ", 0, at) + 1, at - 60, 0)
    return bool(_FUTURE.search(text[start:at]))


def _quoted(text: str, at: int) -> bool:
    """Tell whether position `at` is inside a quotation."""
    before = text[:at]
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1


def tense(text: str, at: int) -> str | None:
    """Return "future" or "past" from the cue nearest before the date, else just after it."""
    start = max(text.rfind(". ", 0, at) + 1, 0)
    before = [(m.end(), "future") for m in _FUTURE.finditer(text, start, at)]
    before += [(m.end(), "past") for m in _PAST.finditer(text, start, at)]
    if before:
        return max(before)[1]
    end = text.find(". ", at)
    window = text[at : min(at + 50, end if end != -1 else len(text))]
    after = [(m.start(), "future") for m in _FUTURE.finditer(window)]
    after += [(m.start(), "past") for m in _PAST.finditer(window)]
    return min(after)[1] if after else None
