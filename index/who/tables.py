"""Read sport's tables: results lines, standings rows, line-ups, fixtures and innings."""

from __future__ import annotations

import re

from .gazetteers import (
    a_country,
    body_name,
    english_words,
    familiar_first_names,
    places,
)
from .sports import side_s_country_end
from .words import Mention

#: A line of one result: a side, its score, the other and its score ("Sokol Tychy 5 Lech Poznan 3").
_SIDE_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_TWO_SIDES = re.compile(rf"\s*({_SIDE_NAME}) \d{{1,2}} ({_SIDE_NAME}) \d{{1,2}}\s*\.?\s*")


def two_sides_line(text: str, mention: Mention) -> bool:
    """Tell whether a name is one of the two sides of a line of one result, its scorers in brackets aside.

    One score each: a golf card's players have a score a round ("Greg Reid 72 68 70").
    """
    if (
        not text[mention.end : mention.end + 2].startswith(" ")
        or not text[mention.end + 1 : mention.end + 2].isdigit()
    ):
        return False  # most paragraphs: no score right after the name
    bare = " ".join(_BRACKETED.sub(" ", text).split()) if "(" in text else text
    line = _TWO_SIDES.fullmatch(bare)
    return line is not None and mention.text in (line[1], line[2])


#: A player's name and his club in brackets, a line-up's item: "Damien Traille (Biarritz),".
PLAYER_AND_CLUB = re.compile(r"[A-Z][\w'’.-]+ \(([A-Z][A-Za-z'’. -]*?)(?:, capt(?:ain)?)?\)(?=[,;.]|$| and )")
#: The bracket closing a player's club, the end of a line-up's item.
CLUB_CLOSED = re.compile(r"\)(?=[,;.]|$| and )")


def line_up_item(text: str, at: int) -> int:
    """Return where the word before a bracket that opens at a name starts (0 if no bracket)."""
    return text.rfind(" ", 0, at - 2) + 1 if text[at - 2 : at] == " (" else 0


def batting_side(text: str, mention: Mention) -> bool:
    """Tell whether a place bats or is bowled out, as a cricket report writes its county's side.

    "Kent had reached 108 for three", "bowling Somerset out for 83", "reducing
    Worcestershire to 133 for five": an innings' runs and wickets, which no place has.
    """
    innings = _INNINGS_AFTER.match(text, mention.end) is not None or (
        _BOWLED_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
        and _BOWLED_FOR.match(text, mention.end) is not None
    )
    # "England 250 for six": a country stays a place, as when it beats another
    return innings and not a_country(mention.text)


_WICKETS = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)"
#: A side's innings after its name, a few words on: "closed on 429 for seven.", "were 119 all out".
_INNINGS_AFTER = re.compile(
    rf"(?:\s+[a-z]+){{0,3}}\s+\d{{1,3}} (?:for {_WICKETS}|all out)"
    # ... where the score ends: not "spent 120 for five schools".
    r"(?=\s*[.,;)]|\s*$|\s+(?:wickets?|declared|in|at|and|but|before|when|after|with)\b)"
)
#: What bowlers do to a side, before its name: "bowling Somerset out", "reducing Worcestershire to".
_BOWLED_BEFORE = re.compile(r"\b(?:bowl(?:ed|ing)?|dismiss(?:ed|ing)?|reduc(?:ed|ing)|skittl(?:ed|ing))\s+$")
_BOWLED_FOR = re.compile(rf"\s+(?:out\s+)?(?:for\s+\d{{1,3}}\b|to\s+\d{{1,3}} for {_WICKETS}\b)")
#: A score or a standings table's figures right after a side's name: "Leeds 2", "Surrey 429-7",
#: "71 61 .538"; three at least, as a table of places has fewer ("Chicago 0 0" of grain shipped).
_SCORE_AFTER = re.compile(r"\s+(\d{1,3}(?:-\d{1,3})?)(?=[\s;)]|[.,](?!\d)|$)(?!\s*[ap]\.?m\b)")
_FIGURES_AFTER = re.compile(r"(?:\s+(?:\d{1,3}(?:-\d{1,3})?|\.\d{3}|\d/\d|-)){3,}\s*$")
#: Three words in lower case in a row: a sentence's, which no line of results holds.
_PROSE = re.compile(r"\b[a-z]+\s+[a-z]+\s+[a-z]+\b")
#: A name, then a score: a result's side ("Leeds 2", "Somerset 83 and 174").
SIDE_AND_SCORE = re.compile(
    r"\b([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s+\d{1,3}(?:-\d{1,3})?\b(?!-\d|\.\d|,\d)"
)
#: A paragraph of capitalised words and commas alone: "Given, Breen, Staunton, Irwin, McAteer."
BARE_LIST = re.compile(r"[A-Z][\w'’-]+(?:(?:, (?:and )?| and )[A-Z][\w'’-]+){4,}\.?")


def in_a_line_up(text: str, mention: Mention) -> bool:
    """Tell whether a lone name is one of a team sheet's surnames: five or more after a label, few places.

    "Replacements: Fortey, Murphy, Daly, Vaili, Cole, Hayes, Trueman."; not "visits to
    Leeds, York, Hull, Sheffield and Bradford" (no label), nor "Cities: Leeds, York, Hull,
    Sheffield, Bradford", whose items the gazetteer knows.
    """
    if text.count(",") < 4:
        return False  # most paragraphs: no list long enough
    label = text.rfind(":", 0, mention.start)
    if label < 0 or label < text.rfind(". ", 0, mention.start):
        return False  # a sheet's list follows its side's name or its label: "Ireland:", "Subs:"
    named = _SHEET_LABEL.search(text, max(0, label - 40), label + 1)
    side = named and named[2]
    if named is None or not (
        named[1] or side.lower() in places() or body_name(side) or side.split()[-1].lower() in CLUB_WORDS
    ):
        return False  # "Suburbs: Tempe, Mesa, ...": another list's label, no side's nor a sheet's
    start = label + 1
    end = min(
        (i for i in (text.find(".", mention.end), text.find(";", mention.end)) if i >= 0), default=len(text)
    )
    items = [_BRACKETED.sub("", item).strip() for item in re.split(r",|\band\b", text[start:end])]
    items = [item.removesuffix(" capt").strip() for item in items if item and item not in ("capt", "captain")]
    if len(items) < 5 or not all(_LINE_UP_ITEM.fullmatch(item) for item in items):
        return False
    placed = sum(item.lower() in places() for item in items)
    return placed * 3 < len(items)


#: A team sheet's label: its side's name ("Ireland:", "Notts County:") or the sheet's word
#: ("Replacements:", "Subs not used:").
_SHEET_LABEL = re.compile(
    r"(?:^|[.;)]\s+|\n)"
    r"(?:((?i:replacements|subs(?: not used)?|substitutes|squad|team|line-?up|bench|scorers))"
    r"|((?:[A-Z][\w'’.-]*\s){0,2}[A-Z][\w'’.-]*))\s*:$"
)
#: A team sheet's item: a surname, an initial and a surname, or a first name and a surname.
_LINE_UP_ITEM = re.compile(r"(?:[A-Z]\.? |[A-Z][a-z]+ )?[A-Z][\w'’-]+")


def results_line(text: str, mention: Mention) -> bool:
    """Tell whether a town opens its side's score in a line of results or a row of a table.

    A row is the name and its figures alone ("MONTREAL 71 61 .538 12"); a line of results
    holds two sides and their scores at least ("Leeds 2 Chelsea 1", "Somerset 83 and 174,
    Leicestershire 296"). A year is no score ("London 2012 and Paris 2024").
    """
    cup = "(" in text and _cup_side(text, mention)
    if not cup and not _SCORE_AFTER.match(text, mention.end):
        return False
    # A note in brackets is no prose: "Duisburg 1 Luebeck 0 (after extra time)".
    unbracketed = _BRACKETED.sub("", text) if "(" in text else text
    if _PROSE.search(unbracketed):
        return False  # "sent to Perm 35 - a Soviet hard labour camp": prose, no results
    if a_country(mention.text):
        return False  # "Japan 2 Syria 1": a country stays a place, as when it beats another
    if len(_LOWER_WORD.findall(unbracketed)) > 2:
        return False  # "Spencer filed for Chapter 11 on Nov 19": a sentence, though a short one
    if text.count("(", 0, mention.start) > text.count(")", 0, mention.start) or _SCORERS.search(
        text, 0, mention.start
    ):
        return False  # "Dunfermline 2 (Millar 43)", "Scorers: Shkvyrin 78": a scorer and the minute
    if any(_someone_scores(found[1].split()) for found in SIDE_AND_SCORE.finditer(_BRACKETED.sub("", text))):
        return False  # "Botes 72 68, Greg Reid 72 68": a golf card's players, not sides
    if cup or _FIGURES_AFTER.match(text, mention.end):
        return True
    return len(SIDE_AND_SCORE.findall(text)) >= 2


def fixtures_line(text: str) -> bool:
    """Tell whether a paragraph lists fixtures, two at least: "Morton v Falkirk, Partick v St Mirren"."""
    if text.count(" v") < 2:
        return False  # most paragraphs: cheap
    body = text.strip().rstrip(".,")
    if label := _FIXTURES_LABEL.match(body):
        body = body[label.end() :]
    items = body.split(", ")
    return (
        len(items) >= 2
        and sum(item.endswith(" v") or " v " in item for item in items) >= 2
        and all(_FIXTURE_ITEM.fullmatch(item) for item in items)
    )


def _cup_side(text: str, mention: Mention) -> bool:
    """Tell whether a name is a side in a cup's line, each side's country between it and its goals.

    "Brann (Norway) 2 Shelbourne (Ireland) 1", and the other side after them: "Flamurtari
    Vlore (Albania) 0 Chemlon Humenne".
    """
    if side_s_country_end(text, mention.end) is not None:
        return True
    goals = _AFTER_A_SIDE_S_GOALS.search(text, max(0, mention.start - 40), mention.start)
    return goals is not None and a_country(goals[1])


#: A side's country in brackets and its goals, right before the other side: "(Albania) 0 ".
_AFTER_A_SIDE_S_GOALS = re.compile(r"\(([A-Z][\w. ]{1,30})\) \d{1,3} $")


def standings_row(text: str, mention: Mention) -> bool:
    """Tell whether a name opens a row of a league's standings, the games won, drawn and lost adding up.

    "Lech Poznan 7 5 0 2 12 9 15": played 7, won 5, drawn 0, lost 2, then goals and points;
    a golf card's rounds ("Greg Norman 69 70 68 71 278") add up to no first figure.
    """
    row = STANDINGS_AFTER.match(text, mention.end)
    return row is not None and adds_up(row, 1)


def adds_up(row: re.Match, at: int) -> bool:
    """Tell whether a standings row's games played, from group `at` on, are its won, drawn and lost."""
    played, won, drawn, lost = (int(row[at + k]) for k in range(4))
    return 0 < played == won + drawn + lost


#: A standings row's figures after its side: played, won, drawn, lost, then goals, points or a percentage.
_STANDINGS_FIGURES = r" (\d{1,2}) (\d{1,2}) (\d{1,2}) (\d{1,2})(?: \d[\d.]*){2,4}"
STANDINGS_AFTER = re.compile(rf"{_STANDINGS_FIGURES}\s*(?:\n|$)")
#: A line that is a row of a league's standings, its side's name first: "Young Boys 9 1 0 8 6 19 3".
STANDINGS_ROW = re.compile(
    rf"(?m)^((?:[A-Z][\w.'’-]*)(?: (?:[A-Z][\w.'’-]*|of|the)){{0,4}}){_STANDINGS_FIGURES}\s*$"
)


def _someone_scores(words: list[str]) -> bool:
    """Tell whether a result's name is someone's first name and surname: "Greg Reid" of "Greg Reid 72"."""
    name = " ".join(words)
    return (
        len(words) == 2
        and words[0].lower() in familiar_first_names()
        and words[1].lower() not in english_words()  # "Crystal Palace 2", "Aston Villa 1"
        and name.lower() not in places()
        and not body_name(name)
    )


#: A word in lower case, whole: more than two of them outside brackets make a sentence.
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+\b(?![.'’-])")
#: A line's label for its scorers: "Scorers: Shkvyrin 78".
_SCORERS = re.compile(r"\b(?:[Ss]corers?|SCORERS?)\b")
#: A bracketed aside: a result's scorers, a side's country ("(Millar 43)", "(Yugoslavia)").
_BRACKETED = re.compile(r"\([^()]*\)")
#: A side's name: capitalised words, up to four.
_SIDE_S_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
#: A result as a headline gives it: "Newcastle 27-27 Gloucester", "Middlesbrough 2-2 Charlton".
RESULT_HEADLINE = re.compile(rf"({_SIDE_S_NAME}) \d{{1,3}}-\d{{1,3}} ({_SIDE_S_NAME})")
#: A fixture alone on its line, the home side last: "KANSAS CITY AT DETROIT", "Leeds v Hull".
FIXTURE = re.compile(rf"{_SIDE_S_NAME} (?:at|AT|v|vs\.?) {_SIDE_S_NAME}")
#: A list's label before its fixtures: "English division two - ".
_FIXTURES_LABEL = re.compile(r"[A-Za-z0-9 ]+ - ")
#: One item of a list of fixtures: a side, two sides with "v" between them, or a side and "v"
#: where the wire wraps the line.
_FIXTURE_ITEM = re.compile(rf"{_SIDE_S_NAME}(?: v(?: {_SIDE_S_NAME})?)?")
#: A club's word after its town: "Leeds United", "Bristol Rovers".
CLUB_WORDS = frozenset(
    "united city town county rovers rangers athletic albion wanderers hotspur villa fc afc rugby".split()
)
