"""Type sides, players and venues by results, fixtures and score cards."""

from __future__ import annotations

import re

from .gazetteers import a_country, common_first_names, english_words, first_names, place_heads, places
from .words import (
    LEAGUE_CLASS,
    ORGANISATION,
    PLACE,
    Mention,
    Token,
    known_place,
    plural_of_a_word,
    singular_of,
)

#: A rider's country in brackets right before his team's name: "Ludwig (Germany) ".
_COUNTRY_BEFORE_A_TEAM = re.compile(r"[A-Za-z.'-]+ \(([A-Z][\w .'-]+)\) $")
#: A time, a gap or the line's end right after a team's name in results: " 4 hours", " same time".
_RESULT_AFTER = re.compile(r"\s+(?:\d|same time|s\.t\.|at \d)|\s*$")

_LEAGUE_CLASS_BEFORE = re.compile(rf"\b{LEAGUE_CLASS.pattern}\s+$")

#: A schedule's line: a side named by its town "at" where it plays ("KANSAS CITY AT DETROIT").
_FIXTURE_LINE = re.compile(r"\s*([A-Z][A-Za-z.' ]*[A-Za-z.]) (?:AT|at) ([A-Z][A-Za-z.' ]*[A-Za-z.])\s*")


def fixture_line(text: str) -> list[Mention]:
    """Return a schedule line's side and the town it plays at, if both are towns the tables know."""
    line = _FIXTURE_LINE.fullmatch(text)
    if line is None or not all(known_place(line[k].split()) for k in (1, 2)):
        return []
    # A country's side goes by the country, as a results line's does ("Spain at Belgium").
    kind = PLACE if a_country(line[1]) else ORGANISATION
    side = Mention(_titled(line[1]), kind, line.start(1), line.end(1))
    return [side, Mention(_titled(line[2]), PLACE, line.start(2), line.end(2))]


def _titled(name: str) -> str:
    """Return a name in capitals in title case, a name in mixed case as written."""
    return name.title() if name.isupper() else name


def a_band_before_its_player(text: str, mention: Mention) -> bool:
    """Tell whether a name of two words or more is a band's, before a part in it and a player's name.

    A band's last word is a word of the dictionary ("Joy Division"); a singer's own band is
    not named for him ("Elton John drummer Nigel Olsson").
    """
    last = mention.words[-1].lower()
    return (
        len(mention.words) > 1
        and not (mention.honorific or mention.titles)
        and _PLAYER_AFTER.match(text, mention.end) is not None
        and last in english_words()
        and last not in first_names()
    )


#: A part in a band, then its player's name: " singer Ian", " lead guitarist Johnny".
_PLAYER_AFTER = re.compile(
    r"\s(?:lead\s)?(?:singer|frontman|frontwoman|guitarist|drummer|bassist|keyboardist|vocalist)\s[A-Z]"
)

#: A country in brackets after a name, as results name a player's: " (Australia)", " (U.S.)".
_COUNTRY_IN_BRACKETS = re.compile(r"\s*\(([A-Z][\w. ]{1,30})\)")


def side_s_country_end(text: str, end: int) -> int | None:
    """Return where a side's country in brackets ends before its goals, or None.

    "Ruch Chorzow (Poland) 5 Llansantffraid (Wales) 0": a club's line of a cup's results,
    one figure and the other side after the country; a player's is a set's score ("6-4"),
    a time ("19.66") or a card ("69 70").
    """
    bracket = _COUNTRY_IN_BRACKETS.match(text, end)
    if bracket is None or not a_country(bracket[1]) or not _GOALS_AFTER.match(text, bracket.end()):
        return None
    return bracket.end()


#: A side's goals, then the other side, the half-time score or the line's end: " 5 Llansantffraid";
#: or its points, then the other side with its country and points: " 92 Dinamo (Russia) 81".
_GOALS_AFTER = re.compile(
    r" (?:\d(?= [A-Z]| \(\d|\s*$)|\d{1,3}(?= [A-Z][\w.'’ -]* \([A-Z][\w. ]{1,30}\) \d{1,3}\b))"
)


def player_of_a_country(text: str, mention: Mention) -> bool:
    """Tell whether a name no list places is a player's, by the country in brackets after it.

    A given name no dictionary holds, then a surname; not a place the lists know ("Port
    Elizabeth (South Africa)").
    """
    words = mention.words
    bracket = _COUNTRY_IN_BRACKETS.match(text, mention.end)
    return (
        bracket is not None
        and side_s_country_end(text, mention.end) is None
        and len(words) == 2
        and all(w.istitle() and w.isalpha() for w in words)
        and words[0].lower() not in english_words()
        and words[0].lower() not in places()
        and mention.text.lower() not in places()
        and a_country(bracket[1])
    )


def team_after_a_rider(text: str, mention: Mention) -> bool:
    """Tell whether a name is a team's in a results line: after a rider's country, before the time.

    "1. Olaf Ludwig (Germany) Telekom 4 hours", "6. Ekimov (Russia) Rabobank same time".
    """
    if mention.honorific or mention.titles or not text.endswith(") ", 0, mention.start):
        return False
    country = _COUNTRY_BEFORE_A_TEAM.search(text, max(0, mention.start - 40), mention.start)
    return (
        country is not None and a_country(country[1]) and _RESULT_AFTER.match(text, mention.end) is not None
    )


def titled_venue(text: str, mention: Mention) -> Mention | None:
    """Return a venue's whole name where a title opens it: "King Power Stadium", not "Power Stadium".

    A place's head ends the name and the title stands right before it, no comma between:
    "the King Fahd International Stadium"; "Queen Elizabeth Hospital" is whole already.
    """
    if mention.words[-1].lower() not in place_heads()[1]:
        return None
    at = text.rfind(" ", 0, mention.start - 1) + 1
    if text[at : mention.start - 1].lower() != mention.titles[-1]:
        return None
    return Mention(text[at : mention.end], PLACE, at, mention.end)


#: A bowler's figures (overs, maidens, runs, wickets: " 14.3-4-45-1") or a golfer's rounds
#: (" 73 68 72 72") after a name.
_BOWLING_AFTER = re.compile(r" \d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}(?=\s*(?:[,;.]|$))")
_ROUNDS_AFTER = re.compile(r" (?:[6-8]\d ){1,3}[6-8]\d(?=\s*(?:[,;]|$))")
#: A cricket batsman's dismissal around a fielder's or a bowler's name: "c Cork b Croft 46".
_CAUGHT_BEFORE = re.compile(r"(?:^|\s)(?:c|st) $")
_BOWLED_BEFORE = re.compile(r"(?:^|\s)(?:lbw )?b $")
_BOWLED_AFTER = re.compile(r" b [A-Z]")
_RUNS_AFTER = re.compile(r" \d{1,3}\*?(?=$|[,;.]?\s|[,;.]$)")


def player_by_a_score_card(text: str, mention: Mention) -> str | None:
    """Return the role a score card gives a lone name: "Lewis 12-1-76-0", "c Cork b Croft 46"."""
    if not text.startswith(" ", mention.end):
        return None  # every card writes a space after the name: most names fail here
    if text.endswith(("c ", "st ", "b "), 0, mention.start):
        before = text[max(0, mention.start - 6) : mention.start]
        if _CAUGHT_BEFORE.search(before) and _BOWLED_AFTER.match(text, mention.end):
            return "fielder"
        if _BOWLED_BEFORE.search(before) and _RUNS_AFTER.match(text, mention.end):
            return "bowler"
    if not text[mention.end + 1 : mention.end + 2].isdigit():
        return None
    if mention.kind == PLACE and a_country(mention.text):
        return None  # "Australia 73 68": a side's
    if _BOWLING_AFTER.match(text, mention.end):
        return "bowler"
    return "golfer" if _ROUNDS_AFTER.match(text, mention.end) else None


def club_after_the(text: str, mention: Mention) -> bool:
    """Tell whether a name after "the" or before a club's staff is a club: "the Dallas Cowboys".

    "Dallas" and "Houston" are first names too, and "Cowboys" could be a surname as
    "Woods" is; but no one's name takes "the", nor has a coach ("Seattle Seahawks coach").
    """
    words = mention.words
    if _LEAGUE_CLASS_BEFORE.search(text, max(0, mention.start - 12), mention.start) and len(words) <= 3:
        return True  # "the Double-A Altoona Curve": a league's class names a club
    return (
        not mention.honorific
        and not mention.titles
        and 2 <= len(words) <= 3
        and words[-1].endswith("s")
        # A plural of the dictionary, or any after a town no common first name ("the Houston
        # Astros"); not "the Mary Poppins musical".
        and (singular_of(words[-1]) in english_words() or words[0].lower() not in common_first_names())
        # A first name's plural is a surname: "the Tennessee Williams play" is his.
        and (singular_of(words[-1]) in english_words() or singular_of(words[-1]) not in common_first_names())
        and " ".join(words[:-1]).lower() in places()
        and (
            re.search(r"\b[Tt]he\s+$", text[max(0, mention.start - 5) : mention.start]) is not None
            or _CLUB_STAFF_AFTER.match(text, mention.end) is not None
        )
    )


#: What a side does to another before its name: "beat", "lost to", "victory over".
BEATEN_BY = (
    "beat|beating|defeated|thrashed|edged|routed|downed|hammered|trounced|overcame"
    "|draw with|drew with|lost to|losing to|defeat to|defeat by|losses to"
    "|win over|victory over|wins over|victories over|winners over|win against|victory against"
)
#: What a player does for a side or a side to another, then "the" before its name: "59 games
#: for the", "traded to the", "lost to the".
SIDE_FOR_THE = re.compile(
    r"\b(?:(?:games|matches|appearances|goals|starts|innings|runs|points|seasons?|years) (?:for|with)"
    r"|(?:played|plays|playing) (?:for|with)|traded to|drafted by|signed (?:with|for)"
    rf"|{BEATEN_BY}|loss to) the\s+$"
)


def side_played_for(text: str, tokens: list[Token]) -> bool:
    """Tell whether two or three words ending in a plural of the dictionary name a side a player plays for."""
    return (
        2 <= len(tokens) <= 3
        and plural_of_a_word(tokens[-1][0])
        and SIDE_FOR_THE.search(text, max(0, tokens[0][1] - 30), tokens[0][1]) is not None
    )


#: Who works for a club, after its name: "Seattle Seahawks coach Pete Carroll".
_CLUB_STAFF_AFTER = re.compile(
    r"\s+(?:head coach|coach|manager|general manager|owner|quarterback|pitcher|striker|goalkeeper|"
    r"captain|midfielder|defender|forward|fans|supporters)\b"
)
