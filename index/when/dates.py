"""Find calendar references in text and normalise them against a publication date.

Dates are found by patterns over the text (never by a general date parser, which reads
"we" as Wednesday and "£15" as the 15th) and resolved against an anchor: the source's
publication date, and for anaphora ("a day earlier") the last date the text named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from .datewords import (
    ABBREVIATIONS,
    AHEAD_OF,
    AS_WRITTEN,
    CUES,
    DAY_WORDS,
    FIRST_NAME_MONTHS,
    GENERIC_TODAY,
    MONTHS,
    NAME_AFTER,
    NAMED_YEAR,
    NOT_A_DAY,
    PATTERNS,
    SERIES_AFTER,
    SINCE,
    TITLE_BEFORE,
    UNIT_AFTER,
    WEEKDAYS,
    is_future,
    quoted,
    sentence_end,
    sentence_start,
    spelled_year,
    tense,
)
from .holidays import NAMED_AFTER, holiday


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
    #: Whether the source has spoken of a quarter: "a year earlier" is then the year-ago
    #: quarter, the baseline of a comparison, not a time the paragraph reports.
    quarterly: bool = False

    def read(self, text: str) -> list[str]:
        """Return the normalised dates of one paragraph, in the order they appear."""
        # Patterns claim their spans first, in order of precedence; then the claims are
        # resolved in reading order, so that "the prior year" follows "In 1986".
        claims: list[tuple[int, str, re.Match]] = []
        taken = [False] * len(text)
        lowered = text.lower()
        self.quarterly = self.quarterly or ("quarter" in lowered and _QUARTER.search(lowered) is not None)
        # A cheap look first: most paragraphs name no weekday. Kinds share looks; each runs once.
        looks = {cue: cue(text if cue in AS_WRITTEN else lowered) is not None for cue in _LOOKS}
        for kind, pattern in PATTERNS:
            if kind in CUES and not looks[CUES[kind]]:
                continue
            for match in pattern.finditer(text):
                start, end = match.span()
                if any(taken[start:end]) or (kind == "year" and not self._plausible_year(match, text)):
                    continue
                taken[start:end] = [True] * (end - start)
                claims.append((start, kind, match))
        values: list[str] = []
        for _, kind, match in sorted(claims, key=lambda claim: claim[0]):
            if NOT_A_DAY.search(text, 0, match.start()):
                continue  # "each July", "the week of March 6": a series or a week, no date
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
        weekday, month, day, second, year = m[1], _month_number(m[2]), _day_number(m[3]), m[4], m[5]
        if month is None or day is None:
            return None
        found = self._full(month, day, year, weekday, text, m.start())
        if found and second and day < _day_number(second) <= 31:
            found += _valid(int(found[0][:4]), month, _day_number(second)) or []
        return found

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
        anchor = self.anchor.date
        if year_of and anchor and _valid(year_of, month, day) and _valid(year_of + 1, month, day):
            # A day read as nearly a year gone, with its next one in the coming month, is the
            # coming one: "was extended to Nov. 16" in late October. A date a year back
            # would have carried its year.
            if (anchor - date(year_of, month, day)).days > 330 and (
                date(year_of + 1, month, day) - anchor
            ).days <= 35:
                year_of += 1
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
            ahead = (month - self.anchor.month) % 12
            if when is None:
                # The nearer of the two, with news's lean to the past: five months ahead
                # is more often seven months back ("a high in June from $29 in March").
                when = "future" if 0 < ahead < 5 else "past"
            elif when == "past" and ahead == 1:
                # A month nearly a year gone would have carried "last" or its year: "told of
                # a cutback in September" in August is the coming one.
                when = "future"
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
        # "last February" in March is a year back: the month just gone is "last month".
        year = self.anchor.year - (month >= base - 1) if past else self.anchor.year + (month <= base)
        return [f"{year:04d}-{month:02d}"]

    def _month_alone(self, m: re.Match, text: str) -> list[str] | None:
        month = _month_number(m[1] or m[2] or m[3])
        if month is None:
            return None
        if (
            m[2] in FIRST_NAME_MONTHS
            and NAME_AFTER.match(text, m.end())
            and not TITLE_BEFORE.search(text, 0, m.start())
        ):
            return None  # "April Jones", "June Carter Cash": a person; "the August Games" is a month
        if SINCE.match(m[0]) and self.anchor.year and self.anchor.month:
            # "on patrol since March": the last such month, whatever tense the clause has.
            year = self.anchor.year - (month > self.anchor.month)
        else:
            year = self._month_year(month, text, m.start())
        return [f"{year:04d}-{month:02d}"] if year else None

    def _day_relative(self, m: re.Match, text: str) -> list[str] | None:
        anchor = self.anchor.date
        if anchor is None or quoted(text, m.start()):
            # "Today" inside a quotation is the day of speaking, or no day at all.
            return None
        at = m.end(1) if m[1] else m.start()
        if text[at].isupper() and not text[at : m.end()].isupper() and not _opens(text, m.start()):
            return None  # "the Today programme", "USA Today": a capital mid-sentence makes a title
        word = " ".join(m[0].lower().split())
        if GENERIC_TODAY.match(text, m.end()) and word.startswith("today"):
            return None  # "today's youth", "today's computers": the present age, no day
        shift = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
        return [(anchor + timedelta(days=shift)).isoformat()]

    def _weekday(self, m: re.Match, text: str) -> list[str] | None:
        anchor = self.anchor.date
        if anchor is None:
            return None
        if SERIES_AFTER.match(text, m.end()):
            return None
        if not m[1] and TITLE_BEFORE.search(text, 0, m.start()) and NAME_AFTER.match(text, m.end()):
            return None  # "the Sunday Times", "the Monday Club", "Channel 4's Sunday Brunch": a name
        target = WEEKDAYS.index(m[2].lower())
        which = (m[1] or "").lower()
        # "said on Friday it would": only a cue before the weekday makes it the next one.
        future = which in ("next", "coming") or which.endswith(" coming")
        if text.startswith("'s", m.end()) and not which:
            # "Wednesday's ruling" names an event: the verbs around it are not its tense.
            future = future or AHEAD_OF.search(text, 0, m.start()) is not None
        else:
            future = future or (which != "last" and is_future(text, m.start()))
        # A bare weekday may be the day of publication itself: wire stories say "said
        # Friday" on the Friday they are filed. "last" and "next" always leave the week.
        same_day = 7 if which in ("last", "next") else 0
        if future:
            days = (target - anchor.weekday()) % 7 or same_day
        else:
            days = -((anchor.weekday() - target) % 7 or same_day)
        return [(anchor + timedelta(days=days)).isoformat()]

    def _holiday(self, m: re.Match, text: str) -> list[str] | None:
        anchor = self.anchor.date or (date(self.anchor.year, 12, 31) if self.anchor.year else None)
        if anchor is None or NAMED_AFTER.match(text, m.end()):
            return None
        days = [d for year in range(anchor.year - 1, anchor.year + 2) if (d := holiday(m[2], year))]
        which = (m[1] or "").lower()
        when = {"last": "past", "next": "future"}.get(which) or tense(text, m.start())
        if which == "this":
            days = [d for d in days if d.year == anchor.year]
        elif when == "past":
            days = [d for d in days if d <= anchor][-1:]
        elif when == "future":
            days = [d for d in days if d >= anchor][:1]
        best = min(days, key=lambda d: abs((d - anchor).days), default=None)
        return [best.isoformat()] if best else None

    def _spelled_year(self, m: re.Match, text: str) -> list[str] | None:
        year = spelled_year(m[2])
        if year is None:
            return None
        month = _month_number(m[1]) if m[1] else None
        return [f"{year:04d}-{month:02d}" if month else str(year)]

    def _anaphoric_day(self, m: re.Match, text: str) -> list[str] | None:
        if len(self.last) < 3:
            return None
        if m[4]:  # "earlier that day": the day last named
            return [date(*self.last).isoformat()]
        earlier = (m[2] or "").lower() in ("earlier", "before") or (m[3] or "").lower() == "previous"
        day = date(*self.last) + timedelta(days=-1 if earlier else 1)
        return [day.isoformat()]

    def _period_relative(self, m: re.Match, text: str) -> list[str] | None:
        words = " ".join(m[0].lower().split())
        if words.startswith("the ") or m[7]:  # the prior year, later that year: the last year named
            if not self.last:
                return None
            shift = 1 if (m[5] or "").lower() in ("following", "next") else 0 if m[7] else -1
            if (m[6] or "").lower() == "month":  # the following month: after the last month named
                if len(self.last) < 2:
                    return None
                month = self.last[1] + shift
                year = self.last[0] + (month > 12) - (month < 1)
                return [f"{year:04d}-{(month - 1) % 12 + 1:02d}"]
            return [str(self.last[0] + shift)]
        if not self.anchor.year:
            return None
        if words.startswith(("a year", "year-")):  # "a year earlier", "year-earlier net income"
            # "from $5m a year earlier" in a story of a quarter's results is that quarter a
            # year back, a baseline whose value annotators give as a quarter, a day or a year;
            # over nine months or a fiscal year, it is the year before.
            if self.quarterly and not _LONGER_PERIOD.search(_sentence(text, m.start())):
                return None
            return [str(self.anchor.year - 1)]
        shift = {"this": 0, "last": -1, "next": 1}[m[2].lower()]
        if m[3].lower() == "year":
            if shift == -1 and self.quarterly and _compared(text, m.start(), m.end()):
                return None  # "from $21.4 million last year": the year-ago quarter, as above
            return [str(self.anchor.year + shift)]
        if not self.anchor.month:
            return None
        month = self.anchor.month + shift
        year = self.anchor.year + (month > 12) - (month < 1)
        return [f"{year:04d}-{(month - 1) % 12 + 1:02d}"]

    def _year_part(self, m: re.Match, text: str) -> list[str] | None:
        return [str(self.anchor.year)] if self.anchor.year else None

    def _year(self, m: re.Match, text: str) -> list[str] | None:
        return [m[1]]

    @staticmethod
    def _plausible_year(m: re.Match, text: str) -> bool:
        return not (NAMED_YEAR.search(text[: m.start()]) or UNIT_AFTER.match(text[m.end() :]))


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
    return ABBREVIATIONS.get(word)


def _day_number(word: str) -> int | None:
    word = word.lower()
    if word in DAY_WORDS:
        return DAY_WORDS[word]
    digits = re.match(r"\d+", word)
    return int(digits[0]) if digits and 1 <= int(digits[0]) <= 31 else None


def _opens(text: str, at: int) -> bool:
    """Tell whether a word at `at` opens a sentence, a clause after a colon or dash, or a quotation."""
    before = text[:at].rstrip(" \t\n([")
    if before.endswith(('"', "“", "‘", "'", "`")):
        return True  # a quotation's first word, whatever its marks: ``Today, '' and “Today
    return not before or before[-1] in ".!?:;…—–-"


#: The quick tests, each once: several pattern kinds share one.
_LOOKS = frozenset(CUES.values())
#: Periods of results longer than a quarter: "for the nine months", "the fiscal year".
_LONGER_PERIOD = re.compile(r"(?i)\b(?:nine|six) months|\bfor the year|\bfull year|\bfiscal|\bannual")
#: A quarter of results, not a fraction ("a quarter of voters") nor "headquarters".
_QUARTER = re.compile(
    r"\b(?:first|second|third|fourth|latest|last|this|the|same|previous|prior|fiscal)[ -]quarter\b"
    r"|\bquarterly\b"
)

#: A figure compared with the same period before: "from $21.4 million last year", "for the
#: corresponding period last year"; after it, "last year's $1.55 billion".
_FIGURE_BEFORE = re.compile(
    r"(?:\b(?:from|with|versus|vs\.?|against)\s+(?:[\w,.]+\s+){0,4}?[$£€#]?\d[\w,.]*(?:\s+(?:million|billion))?"
    r"|\b(?:period|quarter))\s+$"
)
_FIGURE_AFTER = re.compile(r"['’]s\s+[$£€#]?\d")


def _sentence(text: str, at: int) -> str:
    """Return the sentence of a text that holds position `at`."""
    return text[sentence_start(text, at) : sentence_end(text, at)]


def _compared(text: str, start: int, end: int) -> bool:
    """Tell whether a period's figures are compared with a figure of the same period before."""
    return not _LONGER_PERIOD.search(_sentence(text, start)) and (
        _FIGURE_BEFORE.search(text, max(0, start - 50), start) is not None
        or _FIGURE_AFTER.match(text, end) is not None
    )
