"""The words and shapes of dates in news text, and the words that place a date in time.

Month and weekday names, the patterns a date takes (by precedence, with a quick cue test
for each), and the tense cues around a date; `DateReader` in `dates.py` applies them.
"""

from __future__ import annotations

import re

from ..patterns import alternation
from .holidays import PATTERN as HOLIDAY

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
ABBREVIATIONS = {
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
DAY_WORDS = {
    w: i
    for i, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split(),
        1,
    )
}
# Ordinals, as transcripts write days: "March eighth", "the twenty-first of May".
DAY_WORDS |= {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        1,
    )
}
DAY_WORDS |= {f"twenty-{w}": 20 + i for w, i in list(DAY_WORDS.items()) if i < 10}
DAY_WORDS |= {"thirtieth": 30, "thirty-first": 31}


_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
#: Numbers in words, to ninety, and their hundreds and thousands.
NUMBER_WORDS = frozenset([*_UNITS, *_TEENS, *_TENS, "hundred", "thousand"])
_SEP = r"[\s-]+"
#: A year said in words, as broadcast transcripts write it: "nineteen ninety-six",
#: "the year two thousand".
_SPELLED_YEAR = (
    rf"(?i:(?:nineteen|twenty){_SEP}(?:hundred{_SEP}(?:and{_SEP})?)?"
    rf"(?:(?:{'|'.join(_TENS)})(?:{_SEP}(?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)}|oh{_SEP}(?:{'|'.join(_UNITS)}))"
    rf"|(?<=year\s)two{_SEP}thousand(?:{_SEP}(?:and{_SEP})?(?:{'|'.join(_TEENS + _UNITS)}))?)"
)


def spelled_year(words: str) -> int | None:
    """Return the year a spelled-out year names.

    >>> spelled_year("nineteen ninety-six"), spelled_year("two thousand and one")
    (1996, 2001)
    >>> spelled_year("nineteen oh five")
    1905
    """
    parts = [p for p in re.split(r"[\s-]+", words.lower()) if p not in ("and", "hundred", "oh")]
    value = {w: i for i, w in enumerate(_UNITS, 1)} | {w: i for i, w in enumerate(_TEENS, 10)}
    value |= {w: 10 * i for i, w in enumerate(_TENS, 2)}
    if parts[:2] == ["two", "thousand"]:
        return 2000 + sum(value.get(p, 0) for p in parts[2:])
    if len(parts) < 2 or parts[0] not in ("nineteen", "twenty"):
        return None
    return value[parts[0]] * 100 + sum(value.get(p, 0) for p in parts[1:])


def _cased(words: list[str]) -> str:
    # Title case or capitals only: "may" and "march" in lower case are verbs.
    return alternation([form for w in words for form in (w.title(), w.upper())])


_MONTH = f"(?:{_cased(MONTHS)})"
_MONTH_ABBR = f"(?:{_cased(list(ABBREVIATIONS))})\\.?"
_ANY_MONTH = f"(?:{_MONTH}|{_MONTH_ABBR})"
_WEEKDAY = f"(?:{_cased(WEEKDAYS)})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DAY_WORD = alternation(DAY_WORDS)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

#: Words that put a date in the future, so that "October" means the next October.
_FUTURE = re.compile(
    # A cue inside a compound is an adjective: "lower-than-expected earnings"; so is one
    # after an adverb: "the hastily planned trip".
    r"(?<!-)\b(will|would|shall|expected|expects|due|scheduled|plans?\s+to|(?<!ly\s)planned|planning|set\s+to|"
    r"supposed\s+to|slated|hopes?\s+to|until|as\s+(?:early|soon)\s+as|"
    # "next to the embassy" is a place, not a time.
    rf"next(?!\s+(?:{_WEEKDAY}|{_MONTH}|week|weekend|month|year|to\b|door\b))|"
    r"forecasts?|projected|intends?|aims?|expires?|ends|ending|expiring|begins|starts|opens|closes|"
    # A plan told in the present: "Netanyahu and Arafat meet separately Monday".
    r"meets?|visits|arrives?|leaves|travels|returns|hosts|resumes?|reconvenes?|convenes?|"
    r"(?:kicks?|gets?)\s+(?:off|under\s+way)|takes?\s+place|"
    # A rule told in the present: "the law takes effect on Jan. 1", "comes into force in August".
    r"takes\s+effect|(?:comes|goes)\s+into\s+(?:effect|force)|"
    r"to\s+be|payable)\b(?!-)"
    r"|'ll\b|\bPayable\b"
)
#: Words that put a date in the past.
_PAST = re.compile(
    r"\b(was|were|had|did|came|went|made|found|saw|took|gave|began|ended|rose|fell|ago|earlier|"
    # "last" speaks of the past, but not when it is part of another date ("last Thursday").
    rf"last(?!\s+(?:{_WEEKDAY}|{_MONTH}|week|weekend|month|year|night))|"
    r"previous|previously|since|recently|already|announced|reported|revealed|confirmed|admitted|"
    r"stated|published|launched|agreed|approved|rejected|signed|released|received|held|happened|"
    r"brought|bought|sold|won|lost|paid|met|told|became|fled|stepped|changed|named|killed)\b"
)
#: A commitment to a later act: "agreed to buy", "an agreement to acquire", "voted to close".
_INFINITIVE = re.compile(
    r"\b(?:agreed|agreement|decided|decision|voted|vote|promised|pledged|offered|offer|bid|deal|plans?|planned|"
    r"proposal|proposed|asked|sought|wanted|approved|approval|ordered|order|undertook|committed)"
    r"\s+to\s+(?!(?:be|a|an|the|his|her|its|their|this|that)\b)[a-z]+\b"
)
#: "Said" gives no tense to a date the sentence carries further on ("said the meeting in
#: May"), but to the date it was said: "said in August", or an opening date's "In August,
#: the company said it would".
_SAID = re.compile(r"\bsaid\b(?!,)")  # not a parenthesis: "In May, he said, the talks will"
_SAID_BEFORE = re.compile(r"\bsaid\s+(?:(?:in|on|at|during|late|early)\s+)?$")
_HAD = re.compile(r"\bhad\b")
#: A past verb right before the date: "after the market closed Wednesday", "shares issued July 1".
_PAST_VERB = re.compile(r"(?<![-\w])(?<!\bbe )(?<!\bbeen )[a-z]{2,}ed\s+(?:on\s+)?$")
#: "will be held", "to be completed": a participle after "be" is no past.
_PASSIVE = re.compile(r"\bbe\s+$")
#: Words before a lone "May" or "March" that make it a month, not a verb or a name.
_MONTH_CUE = (
    r"(?:in|since|until|till|by|from|early|late|mid|end|of|during|last|next|this|before|after|"
    r"through|throughout|"
    # The end of a period ("the 12 months to March"); not "to" alone, which comes before a
    # person too ("a letter to May").
    r"(?:months?|year|quarter|weeks?|period)\s+to)"
)
#: A month after "since" is the last one, past or present, whatever the clause's tense.
SINCE = re.compile(r"(?i:since)\b")
#: Names that carry a year but are not dates: "Serious Crime Act 2015".
NAMED_YEAR = re.compile(
    r"\b(Act|Acts|Bill|Regulations?|Order|Rules|Convention|Treaty|Directive|Code|Cup|Games|Olympics|Expo)\s*$"
)
#: Before a date, words that make it a series or a week rather than one date.
NOT_A_DAY = re.compile(r"\b(?i:each|every|the\s+week(?:end)?\s+of)\s+$")
#: Before a weekday that opens a name: an article, a possessive, "and" joining it to another
#: name, or an opening quotation mark ("the Sunday Times", "the Daily and Sunday Telegraph",
#: “Saturday Night Live”).
TITLE_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s|\band)\s+$|[“\"]$")
#: After a weekday or a month alone, a capitalised word that is no month: a name goes on.
NAME_AFTER = re.compile(rf"\s+(?!{_ANY_MONTH}\b)[A-Z][a-z]")
#: Months that are first names too: alone before a surname, a person ("April Jones").
FIRST_NAME_MONTHS = frozenset({"April", "June", "August"})
#: After a weekday, the parts of days in the plural make a series: "on Monday and Tuesday nights".
SERIES_AFTER = re.compile(rf"(?:\s+(?:and|or)\s+{_WEEKDAY})?\s+(?i:mornings|afternoons|evenings|nights)\b")
#: Before a possessive weekday, the words that put its event ahead ("ahead of Sunday's vote").
AHEAD_OF = re.compile(r"\b(?i:ahead\s+of|until|upcoming|next|coming)\s+(?:this\s+)?$")
#: After "today's", people or an age: the present in general ("today's youth", "today's computers").
GENERIC_TODAY = re.compile(
    r"\s+(?:\w+\s+)?(?:youth|young|world|society|generations?|economy|children|kids|technology|computers|"
    r"standards|families|women|men|people)\b"
)
UNIT_AFTER = re.compile(
    r"^\s*(tonnes|tons|barrels|shares|dlrs|dollars|pounds|people|jobs|cars|units|hours|miles|km|"
    r"metres|meters|feet|acres|bpd|mln|billion|million|pct|per\s+cent|%)\b",
    re.IGNORECASE,
)

#: Not a day of a year before those a date is read in: "31 March 1635" is no 31 March of the anchor's year.
_NO_EARLIER_YEAR = r"(?!,?\s+1[0-7]\d\d\b)"
#: Nor is a month before a day of such a year, or the year: "November 29, 1699", "June 1635".
_NO_EARLIER_DAY = r"(?!,?\s+(?:\d{1,2},?\s+)?1[0-7]\d\d\b)"

PATTERNS = [
    ("iso", re.compile(rf"\b({_YEAR})-(0[1-9]|1[0-2])-([0-2]\d|3[01])\b")),
    ("numeric", re.compile(rf"\b(3[01]|[12]\d|0?[1-9])/(1[0-2]|0?[1-9])/({_YEAR})\b")),
    ("spelled_year", re.compile(rf"(?:\b({_MONTH})\s+)?\b({_SPELLED_YEAR})\b")),
    (
        "month_day",
        re.compile(
            rf"(?:\b({_WEEKDAY}){_PART}\s*,?\s*\(?\s*)?\b({_ANY_MONTH})\s+({_DAY}|{_DAY_WORD})\b"
            # "April 24 and 25": the second day of the same month.
            rf"(?:\s*(?:and|&)\s*({_DAY})\b(?!\s*(?:{_ANY_MONTH}|%|pct|per)))?\)?(?:,?\s+({_YEAR})\b)?{_NO_EARLIER_YEAR}"
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"(?:\b({_WEEKDAY}){_PART}\s*,?\s*\(?\s*)?\b({_DAY})\s+(?:of\s+)?({_ANY_MONTH})\b\)?(?:,?\s+({_YEAR})\b)?{_NO_EARLIER_YEAR}"
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
            rf"(?:\b(?i:{_MONTH_CUE})\b[\s-]+(?:(?i:the\s+)?(?:(?i:end|beginning|start|middle)\s+of\s+))?({_ANY_MONTH})\b{_NO_EARLIER_DAY})"
            rf"|\b((?!May\b|MAY\b|March\b|MARCH\b){_MONTH})\b{_NO_EARLIER_DAY}"
            # The end of a range of months: "from January to May" ("a letter to May" is no date).
            rf"|(?:{'|'.join(f'(?<={m.title()} to )' for m in MONTHS)})(May|March)\b"
        ),
    ),
    (
        "day_relative",
        re.compile(
            r"\b(?i:(earlier\s+)?today(?:['’]?s)?|tonight|this\s+morning|this\s+afternoon|this\s+evening|yesterday|tomorrow"
            r"|last\s+night)\b"
        ),
    ),
    ("holiday", re.compile(rf"\b(?:(?i:(last|next|this|on))\s+)?({HOLIDAY})\b")),
    ("weekday", re.compile(rf"\b(?:(?i:(last|next|this(?:\s+coming)?|coming|on))\s+)?({_WEEKDAY}){_PART}\b")),
    (
        "anaphoric_day",
        re.compile(
            # "the day before returning", "a day after the vote": a day beside an event, not a date.
            r"\b(?i:(a|one|the)\s+day\s+(earlier|later|before(?!\s+\w)|after(?!\s+\w))|the\s+(previous|next|following)\s+"
            r"(?:day|morning|afternoon|evening|night)|(earlier|later)\s+that\s+(?:day|morning|afternoon|evening))\b"
        ),
    ),
    (
        "period_relative",
        re.compile(
            r"\b(?i:(earlier\s+|later\s+)?(this|last|next)\s+(month|year)|a\s+year\s+(ago|earlier)|year-(?:ago|earlier)"
            r"|the\s+(prior|previous|preceding|following|next)\s+(year|month)|(earlier|later)\s+(?:that|in\s+that)\s+year)\b"
        ),
    ),
    # A part of the year of publication: "by year-end", "earlier in the year"; the year
    # itself: "for the full year", "in the current year"; not a fiscal year, "the year
    # ended March 31", "the year to March", nor "the year ahead" or "the Year of the Woman".
    (
        "year_part",
        re.compile(
            r"\b(?i:(?:the\s+)?end\s+of\s+the\s+year|year[-\s]end|year['’]s\s+end|(?:earlier|later)\s+in\s+the\s+year"
            r"|(?:for|in)\s+the\s+(?:full\s+|current\s+|whole\s+)?year(?![-'’]|\s+(?:end|begin|start|to\b|of\s+the\b|ahead|two|ago|earlier|before|\d)))\b"
        ),
    ),
    # A year, but not a decade ("1990s", "1980's") nor a number ("1,985", "2000.5").
    ("year", re.compile(rf"(?<![\d,.£$€])\b({_YEAR})\b(?!s\b|\d|[,.]\d)(?<!0(?='s\b))")),
]


#: Every pattern with digits holds a year of four.
_HAS_YEAR = re.compile(_YEAR).search
#: A month's name, as the patterns match it: in title case or capitals ("may" is a verb).
_HAS_MONTH = re.compile("|".join(f"{m[:3].title()}|{m[:3].upper()}" for m in MONTHS)).search
_HAS_WEEKDAY = re.compile(r"day\b").search
#: A quick test per pattern kind: when it fails the pattern cannot match. Each reads the
#: paragraph in lower case, but for those in AS_WRITTEN.
CUES = {
    "iso": _HAS_YEAR,
    "numeric": _HAS_YEAR,
    "year_range": _HAS_YEAR,
    "year": _HAS_YEAR,
    "month_day": _HAS_MONTH,
    "day_month": _HAS_MONTH,
    "month_year": _HAS_MONTH,
    "month_relative": _HAS_MONTH,
    "month_alone": _HAS_MONTH,
    "weekday": _HAS_WEEKDAY,
    "day_relative": re.compile(
        r"today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow|last night"
    ).search,
    "anaphoric_day": re.compile(r"\bday\b|morning|afternoon|evening|night").search,
    "holiday": re.compile(r"day|eve\b|night|christmas|easter|halloween|thanksgiving").search,
    "spelled_year": re.compile(r"nineteen|twenty|thousand").search,
    "period_relative": re.compile(r"month|year").search,
    "year_part": re.compile(r"year").search,
}
AS_WRITTEN = frozenset({_HAS_MONTH})


def is_future(text: str, at: int) -> bool:
    """Tell whether the words just before position `at` put a date in the future.

    Only the clause before the date counts ("is expected to be completed by April"),
    and of it the nearest cue: "said they would appeal the decision, announced
    Wednesday" is past. A cue inside a quotation that closed before the date is the
    speaker's, not the date's.
    """
    start = max(sentence_start(text, at), at - 60, _closed_quote(text, at))
    # "had been due to expire Friday": a plan made in the past, for a day now gone.
    cues = [
        (m.end(), "future")
        for m in _FUTURE.finditer(text, start, at)
        if not _HAD.search(text, start, m.start())
    ]
    cues += [(m.end(), "past") for m in _PAST.finditer(text, start, at)]
    if not cues and sentence_start(text, at) >= at - 4:
        # A sentence that opens with the date takes its tense from the verb after it:
        # "On Tuesday, the league plans to hold a news conference." The subject between
        # may be long ("the National Abortion and Reproductive Rights Action League").
        return tense(text, at, reach=120) == "future"
    return bool(cues) and max(cues)[1] == "future"


#: A full stop that ends a sentence: not after an initial, "a.m.", "U.S." or a short title.
# The full stop first: the lookbehinds then run only where one is.
_SENTENCE_END = re.compile(
    r"\.(?<!\b[A-Za-z]\.)(?<!\b[ap]\.m\.)(?<!\bMrs\.)(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|Co|vs)\.)\s"
)
_ABBREVIATION_BEFORE = re.compile(
    r"\b(?:Gen|Gov|Sen|Rep|Corp|Inc|Ltd|Sept?|Oct|Nov|Dec|Jan|Feb|Aug|Rev|Prof)$"
)


def sentence_start(text: str, at: int) -> int:
    """Return where the sentence holding position `at` starts (after "U.S." and "9 a.m." go on)."""
    for m in reversed(list(_SENTENCE_END.finditer(text, 0, at))):
        if not _ABBREVIATION_BEFORE.search(text, 0, m.start()):
            return m.end()
    return 0


def sentence_end(text: str, at: int) -> int:
    """Return where the sentence holding position `at` ends (the text's end if it does not)."""
    for m in _SENTENCE_END.finditer(text, at):
        if not _ABBREVIATION_BEFORE.search(text, 0, m.start()):
            return m.start()
    return len(text)


def _past_verb(text: str, start: int, at: int) -> list[tuple[int, str]]:
    """Return a past cue for a regular past verb right before `at`, unless it names a plan."""
    m = _PAST_VERB.search(text, start, at)
    if m is None or _FUTURE.match(text, m.start()):
        return []
    return [(at, "past")]


def _closed_quote(text: str, at: int) -> int:
    """Return where the last quotation closed before `at` (0 if none did)."""
    return max(text.rfind("”", 0, at), text.rfind("''", 0, at), -1) + 1


def quoted(text: str, at: int) -> bool:
    """Tell whether position `at` is inside a quotation."""
    before = text[:at]
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1


def tense(text: str, at: int, reach: int | None = None) -> str | None:
    """Return "future" or "past" from the cue nearest before the date, else within `reach` after it."""
    start = sentence_start(text, at)
    opening = start >= at - 4  # "In January, ...": the date opens the sentence
    if reach is None:
        # A sentence that opens with the date has its verb after the subject, which may be
        # long: "In January, a week after the anniversary, a bombing in Birmingham killed".
        reach = len(text) if opening else 50
    before = [(m.end(), "future") for m in _FUTURE.finditer(text, start, at)]
    before += [
        (m.end(), "past") for m in _PAST.finditer(text, start, at) if not _PASSIVE.search(text, 0, m.start())
    ]
    before += _past_verb(text, start, at)
    before += [(at, "past")] if _SAID_BEFORE.search(text, start, at) else []
    if before:
        cue, when = max(before)
        if when == "past" and _INFINITIVE.search(text, cue, at):
            # "agreed to buy the bank in January": the month is the buying's, after the agreeing.
            return None
        return when
    window = text[at : min(at + reach, sentence_end(text, at))]
    after = [(m.start(), "future") for m in _FUTURE.finditer(window)]
    after += [(m.start(), "past") for m in _PAST.finditer(window)]
    if opening:
        after += [(m.start(), "past") for m in _SAID.finditer(window)]
    return min(after)[1] if after else None
