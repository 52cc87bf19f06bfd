"""Named days of the calendar ("Thanksgiving", "Boxing Day") and the date each falls on in a year."""

from __future__ import annotations

import re
from datetime import date, timedelta

#: Fixed days: name -> (month, day).
FIXED = {
    "new year's day": (1, 1),
    "valentine's day": (2, 14),
    "st patrick's day": (3, 17),
    "independence day": (7, 4),
    "bastille day": (7, 14),
    "halloween": (10, 31),
    "guy fawkes night": (11, 5),
    "bonfire night": (11, 5),
    "armistice day": (11, 11),
    "veterans day": (11, 11),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
}
#: Days that move: name -> (month, weekday 0-6, nth; -1 for the last).
MOVING = {
    "martin luther king day": (1, 0, 3),
    "presidents day": (2, 0, 3),
    "mother's day": (5, 6, 2),
    "memorial day": (5, 0, -1),
    "father's day": (6, 6, 3),
    "labor day": (9, 0, 1),
    "columbus day": (10, 0, 2),
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
}
#: Days counted from Easter Sunday.
EASTER = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2, "ash wednesday": -46}

NAMES = sorted({*FIXED, *MOVING, *EASTER, "election day"}, key=len, reverse=True)
#: The names as a pattern: capitalised as written in news, apostrophes straight or curly.
PATTERN = "|".join(
    re.escape(name.title()).replace("'S", "'s").replace("'", "['’]").replace(r"\ ", r"\s+") for name in NAMES
)
#: After a named day, words that make it the name of something else ("Good Friday Agreement").
NAMED_AFTER = re.compile(
    r"\s+(?:[A-Z]\w+|agreement|accord|deal|rising|offensive|massacre|bombing|island|week|weekend|holidays?|season|break|recess)\b"
)


def holiday(name: str, year: int) -> date | None:
    """Return the date a named day falls on in a year.

    >>> holiday("Thanksgiving Day", 1999), holiday("Election Day", 1998), holiday("Good Friday", 2025)
    (datetime.date(1999, 11, 25), datetime.date(1998, 11, 3), datetime.date(2025, 4, 18))
    """
    key = " ".join(name.lower().replace("’", "'").split())
    if key in FIXED:
        return date(year, *FIXED[key])
    if key in MOVING:
        month, weekday, nth = MOVING[key]
        return _nth_weekday(year, month, weekday, nth)
    if key in EASTER:
        return _easter(year) + timedelta(days=EASTER[key])
    if key == "election day":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    return None


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Return Easter Sunday (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)
