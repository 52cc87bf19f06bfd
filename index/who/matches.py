"""Tell a side from its town in match reports: who played, beat or met whom, and whose player is whose."""

from __future__ import annotations

import re

from .gazetteers import (
    a_country,
    english_words,
    familiar_first_names,
    first_names,
    place_heads,
    places,
    towns,
)
from .sports import BEATEN_BY
from .words import Mention


def named_for_a_town(words: list[str]) -> bool:
    """Tell whether two words no list knows are a club's name before its town: "Vitesse Arnhem".

    Some people's surnames are towns too ("Hayao Miyazaki"): only a match makes a club of them.
    """
    if len(words) != 2:
        return False
    first, last = words[0].lower(), words[1].lower()
    return (
        words[0].istitle()
        and last in places()
        and last not in first_names()
        and last not in english_words()
        and first not in first_names()
        and first not in english_words()
    )


def side_by_its_town(words: list[str]) -> bool:
    """Tell whether a name of two or three words ends with a town no one is named for: "Lech Poznan".

    Not after a familiar first name: a frame's or a leg's score follows a player's name too
    ("Mark Williams 9 John Higgins 7").
    """
    last = words[-1].lower()
    return (
        1 < len(words) <= 3
        and words[0].istitle()
        and words[0].lower() not in familiar_first_names()
        and (last in places() or last in towns())
        and last not in first_names()
        and last not in english_words()
    )


def club_by_its_town(text: str, mention: Mention) -> bool:
    """Tell whether a town's name stands for its club: what a club does, or its staff ("Chelsea beat").

    A match (`a_side_in_a_match`), and what a city may do too where it stands: a loan, a
    host, joining, a plural verb. A country's name stays a place whatever it does
    ("England beat Wales"): a reporter who filters by a country wants every paragraph
    about it in one facet value.
    """
    if a_side_in_a_match(text, mention):
        return True
    if a_country(mention.text) or text.startswith("-", mention.end):
        return False  # "defeated Moscow-backed candidates": the town in a compound, no side
    before = text[max(0, mention.start - 30) : mention.start]
    if text.startswith(("'s ", "’s "), mention.end) and _JOIN_BEFORE.search(before):
        return False  # "joined Berkeley's Department of Linguistics": what the town has, joined
    if _CLUB_BEFORE.search(before):
        return True  # "joined Leicester", "on loan from Wigan", "hosts Chelsea"
    if WHERE_BEFORE.search(before):
        return False  # "the shooting in Orlando drew rebukes"
    # "Liverpool have little chance", "Chelsea are top": a town takes "has" and "is", its
    # club the plural as British reports write it, when the name opens the clause: not
    # "Leeds and York are cities", nor "the rivers of central Arizona were".
    one = len(mention.words) == 1
    plural = (
        # "St Helens have": a town of two words too, opening the clause, no place's head last
        # ("France's Paris Basin were estimated"); a country's stays a place.
        (one or len(mention.words) == 2 and mention.words[-1].lower() not in place_heads()[1])
        and _PLURAL_VERB_AFTER.match(text, mention.end) is not None
        # ... or after a possessive, its star's or its country's: "Lionel Messi's Barcelona were".
        and (_CLAUSE_OPENS.search(before) is not None or one and _OWNED_BY_SOMEONE.search(before) is not None)
    )
    # "Chelsea and England captain": the club and the country a player serves.
    return plural or _AND_SIDE_ROLE.match(text, mention.end) is not None


def club_s_own(text: str, mention: Mention) -> bool:
    """Tell whether a town's possessive owns what a club has: "in Chelsea's squad", "at Wigan's fans"."""
    return text.startswith(("'s", "’s"), mention.end) and _CLUB_AFTER.match(text, mention.end) is not None


def a_side_in_a_match(text: str, mention: Mention) -> bool:
    """Tell whether a town plays a match: what a club only does ("Chelsea beat", "lost to Bolton").

    Stricter than `club_by_its_town`, for a name that stands for its side through a whole
    source: a loan, a host or a plural verb are a city's too ("a loan to Moscow").
    """
    if text.startswith("-", mention.end):
        return False
    before = text[max(0, mention.start - 30) : mention.start]
    if (
        _BEATEN_BEFORE.search(before)
        or VERSUS_BEFORE.search(before)
        or VERSUS_AFTER.match(text, mention.end)
        or _PLAYED_AGAINST.search(before)
        # "a 1-0 defeat at St James' Park": the ground, no side
        or _RESULT_AT.search(before)
        and mention.words[-1].lower() not in place_heads()[1]
    ):
        plays = True  # "lost to Bolton", though "to" puts things somewhere too
    elif WHERE_BEFORE.search(before):
        plays = club_s_own(text, mention)  # "the shooting in Orlando drew rebukes"
    else:
        # "Chelsea beat", "Karlsruhe won the August 20 match 3-1": a side, by what it does.
        plays = bool(
            _CLUB_AFTER.match(text, mention.end)
            or _WON_BY.match(text, mention.end)
            or _WON_A_CUP.match(text, mention.end)  # "Lokomotiv Moscow won the Russian Cup"
            or _BOSS_SACKED.match(text, mention.end)  # "Leeds sacked their manager"
            or _HOME_GAME.match(text, mention.end)  # "Leicester will play their next home game"
        )
    return plays and not a_country(mention.text)


def side_by_a_score(text: str, mention: Mention) -> bool:
    """Tell whether a lone word beats or is beaten by a match's one score: "beat Atletico 2-1".

    A tennis player's win is scored by sets ("beat Agassi 6-4 6-3"), which no side's is. A
    continent's cup sets each side's country after it ("Nijmeh of Lebanon beat Nasr of
    Saudi Arabia 1-0").
    """
    if _OF_ITS_RESULT.match(text, mention.end):
        return True  # "Nocerina's 4-3 defeat of Piacenza": the score said
    result = _RESULT_AT.search(text, max(0, mention.start - 40), mention.start)
    if result is not None and not result[0].endswith("at "):
        return True  # "beaten 3-0 by Lecce"; "a 2-1 defeat at Tynecastle" is where, a ground
    end = _of_its_country(text, mention.end)
    if _BEATEN_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        return _ONE_SCORE.match(text, end) is not None
    beats = SIDE_BEATS.match(text, end)
    if beats is None:
        return False
    other = _SIDE_NAMED.match(text, beats.end())
    return other is not None and _ONE_SCORE.match(text, _of_its_country(text, other.end())) is not None


def _of_its_country(text: str, end: int) -> int:
    """Return where a side's name ends with its country after it (" of Lebanon"), else ``end``."""
    country = _OF_A_COUNTRY.match(text, end)
    return country.end() if country is not None and a_country(country[1]) else end


#: A player's or a coach's role at a club: "Leicester boss", "and England captain".
_PLAYER_ROLES = (
    "manager|boss|striker|midfielder|defender|keeper|goalkeeper|winger|full-back|fly-half|scrum-half"
    "|coach|captain|batsman|bowler|all-rounder|seamer|spinner|paceman|wicketkeeper|wicket-keeper"
    "|pitcher|shortstop|outfielder|quarterback|flanker|left-back|right-back|centre-back|center-back"
    "|centre-half|wing-back|playmaker"
)
#: A player's or a coach's role right after a word: "Charlton striker", "Saracens coach"; a
#: team's driver or rider ("Mitsubishi driver Makinen"); not "Federer's coach", a person's.
ROLE_AT_A_CLUB = re.compile(rf" (?:{_PLAYER_ROLES}|driver|co-driver|rider)\b")
#: A match's score, each side's goals: "4-0".
_SCORE = r"\d{1,2}-\d{1,2}"
#: A match's result by its score: "4-0 demolition", "2-1 win".
_RESULT = rf"{_SCORE} (?:win|victory|defeat|loss|draw|demolition|thrashing|drubbing|rout)"
#: Beaten by the side named next, by the score said: "beaten 3-0 by".
_BEATEN_BY_A_SCORE = rf"beaten {_SCORE} by"
#: A side's result, right after its name: "'s 4-3 defeat of".
_OF_ITS_RESULT = re.compile(rf"['’]s {_RESULT} (?:over|against|of|to|by|with|at)\b")
#: What a club does or who works for it, after its town's name: "Chelsea beat", "Leicester boss".
_CLUB_AFTER = re.compile(
    # "lost" though not a count of what a place loses: "Texas lost 24 working rigs", "lost 4,000 jobs".
    r"(?:['’]s)?\s+(?:beat|beating|defeated|drew|draw|lost(?!\s+(?:about |some |nearly |over )?[\d,.]+\s+(?:"
    r"pct|percent|per cent|mln|million|billion|dlrs|dollars|jobs|workers|seats|working|rigs|acres|tonnes|"
    r"tons|barrels|bags|units|cents|cts)\b)|thrashed|edged|hammered|trounced|overcame|routed|"
    r"downed|crushed|"
    rf"{_PLAYER_ROLES}|"
    r"chairman|chief executive|owner|sporting director|director of football|fans?|supporters|squad|skipper|"
    r"youngster|new boy|"
    r"team-mate|team-mates|side(?! of)|outfit)\b"
    # "leaving Blackburn, the club he led": the club, said so after its town
    r"|,\s+the (?:club|side) (?:he|she|they|which|that|who)\b"
    # Its result and whom it was won over: "Karlsruhe's 4-0 demolition of", "Genoa, beaten 3-0 by".
    rf"|{_OF_ITS_RESULT.pattern}|,\s+{_BEATEN_BY_A_SCORE}\b"
)
#: Cups and leagues by the words that end their names, and the leagues by the word before "League".
_CUPS = ("Cup", "Premiership", "Bundesliga", "Serie A", "La Liga", "Ligue 1")
_LEAGUES = "Champions Premier Football Super Europa Major American National".split()
#: A competition between clubs a sports report names: "the Carling Cup final", "the Premiership
#: title"; not a championship, which athletes from towns contest ("Lisburn's Kelly McNeice Reid").
A_COMPETITION = re.compile(rf"\b(?:{'|'.join(_CUPS)}|(?:{'|'.join(_LEAGUES)}) League)\b")
#: The words each competition's name holds, looked for first as literals: most sources hold none.
COMPETITION_WORDS = (*_CUPS, "League")
#: What a side does to another before its name, in a sports report: "face Chelsea", "against
#: Blackburn"; weaker than `_BEATEN_BEFORE`, for a city is visited and protested against too.
OPPONENT_BEFORE = re.compile(
    r"\b(?:against|face|faces|facing|faced|play|plays|playing|meet|meets|meeting|upset|"
    r"(?:lead|advantage|edge) over|clash with|leaders|holders|points (?:behind|clear of)|gap on|"
    # "played for Nice", "joined Milan from Torino": a player's clubs
    r"(?:played|plays|playing) for|(?:joined|joins|signed for|signs for) [A-Z][\w.'’ -]{1,25} from)\s+$"
)
#: Rivals after a place, which is theirs: "Lancashire rivals Blackburn", "London neighbours".
RIVALS_AFTER = re.compile(r"\s+(?:rivals|neighbours|neighbors)\b")
#: What a side has, after its name: "Chelsea's Premiership lead", "the Liverpool player".
SIDE_S_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[A-Z][\w-]* )?(?:"
    r"(?:lead|title (?:hopes|bid|race)|players?|team-?mates?|team mates?|hooker|prop|lock|"
    r"(?:central )?defender|forward|wing|centre|center)\b(?=\s+(?:[A-Z]|(?:to|over|in|has|is|was|will)\b))"
    # Or a match it plays: "Tottenham's Premiership fixture with Charlton", "Chelsea's Cup tie".
    r"|(?:fixtures?|tie)\b)"
)
#: A side meeting another, after its name: "Chelsea face Barcelona", "whose Chelsea team".
MEETS_AFTER = re.compile(r"\s+(?:(?:face|faces|play|plays|meet|meets|host|hosts) [A-Z]|team\b)")
#: Someone's full name after a town's possessive: "Baltimore's Eddie Murray".
OWNED_PERSON = re.compile(r"['’]s\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})\b")
#: A win and its score in the clause after a name: " won the August 20 match 3-1".
_WON_BY = re.compile(
    r"\s+won\b(?![^.;:]{0,50}?\b(?:vote|votes|election|seats|ballot|referendum|poll|primary)\b)"
    r"[^.;:]{0,50}?\b\d{1,3}-\d{1,3}\b"
)
#: A club's cup or league won, right after its name: " won the Russian Cup", " lifted the Premiership title".
_WON_A_CUP = re.compile(
    r"\s+(?:won|wins|lifted|retained|clinched)\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:Cup|Trophy|League|Premiership|Bundesliga|Championship)\b"
)
#: A club's own coach sacked or named, right after its name: " sacked their manager".
_BOSS_SACKED = re.compile(
    r"\s+(?:have |has )?(?:sacked|fired|dismissed|appointed|named) (?:their|its) (?:new )?"
    r"(?:coach|manager|head coach|boss)\b"
)
#: A side's own game, right after its name: " will play their next home game", " played its away match".
_HOME_GAME = re.compile(
    r"\s+(?:must |will |would |could |have to |had to )?play(?:s|ed)? (?:their|its) (?:next )?"
    r"(?:home|away|league|cup) (?:game|match|fixture)"
)
#: A match's one score right after a side: " 2-1", " 28-17"; not a set's, another after it (" 6-4 6-3").
_ONE_SCORE = re.compile(r"\s+\d{1,3}-\d{1,3}\b(?![,;]?\s*\(?\d{1,2}-\d{1,2})")
#: The other side's name, before the match's one score: " Munster" of " Munster 28-17".
_SIDE_NAMED = re.compile(r"(?: the)? [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}")
#: A side's country after its name: " of Lebanon", " of the Netherlands".
_OF_A_COUNTRY = re.compile(r" of (?:the )?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})")
#: A side named by its plural after "the", in a match: "lost to the Cardinals", "The Yankees beat".
SIDE_BEATEN = re.compile(rf"\b(?:{BEATEN_BY}|edged|loss to) $")
#: What a side does to another, just before the other's name: "beat Chelsea", "win over Essex".
_BEATEN_BEFORE = re.compile(rf"\b(?:{BEATEN_BY})\s+$")
#: What a side does to another right after its name: "The Yankees beat", "the Tigers blanked".
SIDE_BEATS = re.compile(
    r" (?:beat|defeated|thrashed|edged|drew with|lost to|v|vs|blanked|routed|downed|swept|rallied"
    r"|outlasted|overcame|crushed|hammered|trounced|held off|shut out)\b"
)
#: Another side and a player's role after a club's town: " and England captain".
_AND_SIDE_ROLE = re.compile(rf" and (?:[A-Z][a-z]+ ){{1,2}}(?:{_PLAYER_ROLES}|forward)\b")
#: A match between two sides: "Newcastle v Tottenham", "Liverpool vs. Everton".
VERSUS_AFTER = re.compile(r"\s+(?:v|vs)\.?\s+[A-Z]")
#: A player's position or a club's staff, then their name: " guard Luka Doncic", " coach Erik".
PLAYER_AFTER = re.compile(rf" (?:{_PLAYER_ROLES}|guard|forward|center|centre|catcher|lock|prop) [A-Z]")
#: What a side plays or scores against another: "kicked four penalties against ", "a 2-1 win against ".
_PLAYED_AGAINST = re.compile(
    r"\b(?:match|game|fixture|win|victory|defeat|draw|goals?|penalties|tries|runs|wickets|innings|points"
    r"|played|playing|plays|scored|scoring)\s+against\s+$"
)
#: A result, then where or whom it was won or lost: "a 2-0 win at ", "a 3-1 defeat by ".
_RESULT_AT = re.compile(rf"\b(?:{_RESULT} (?:at|against|over|to|by|with|of)|{_BEATEN_BY_A_SCORE})\s+$")
#: ... or a fixture's date before: "May 17 v Northampton".
VERSUS_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*|\b\d{1,2})\s+(?:v|vs)\.?\s+$")
#: A name's possessive just before: "Lionel Messi's ", "Spain's ".
_OWNED_BY_SOMEONE = re.compile(r"\b[A-Z][\w-]*['’]s\s+$")
#: The plural verb British reports give a side: "Liverpool have", "Chelsea are", "Leeds were".
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:have|are|were)\b(?!\s+(?:both|all|two|cities|towns)\b)")
#: Where a clause opens, its subject next: a sentence's start, "... that", "... but".
#: Not "such as", whose examples take the plural of the kind before them: "cities such as Aleppo have".
_CLAUSE_OPENS = re.compile(
    r"(?:^|[.!?;:\"“”]\s*|\b(?:that|but|while|although|because|if|so|(?<!such )as)\s+)$"
)
#: Joining, just before a name: "joined Leicester", but "joined Berkeley's Department" too.
_JOIN_BEFORE = re.compile(r"\bjoin(?:ed|ing|s)?\s+$")
#: A list of places after such a preposition, up to the name: "in Kent and ", "at Leeds, ".
WHERE_AND_BEFORE = re.compile(
    r"\b(?:in|at|from|near|across|around)\s+[A-Z][\w'’.-]*(?:,|,?\s+(?:and|or))\s+$"
)
#: A preposition that puts something in a town: "the shooting in Orlando drew rebukes".
WHERE_BEFORE = re.compile(r"\b(?i:in|at|from|near|to|of|across|around|outside)\s+$")  # "In St Louis,"
#: A player's record for a side, before its name: "61 games for", "a goal for", "his debut with".
_RECORD_FOR = r"(?:games|matches|appearances|goals?|starts|innings|debut) (?:for|with)"
#: What only a side, not a player, is after: "a goal for Volendam", "at home to Raith", "his club Essex".
_SIDE_ONLY = (
    rf"{_RECORD_FOR}|signed (?:for|from)|loan (?:to|from)|(?:his|her|their) club|at home to|league champions"
)
SIDE_ONLY_BEFORE = re.compile(rf"\b(?:{_SIDE_ONLY})\s+$")
#: What a player does to a club, before its town's name: "beat Chelsea", "joined Leicester"; and
#: what only a side is after.
_CLUB_BEFORE = re.compile(
    rf"\b(?:{BEATEN_BY}|{_SIDE_ONLY}|joined|joining|sign for|loaned to|loaned from|defeats to|rivals|host"
    r"|hosts|hosted|hosting|side|outfit|champions|coaches|coached|coaching"
    # "Spanish club Valencia", "football club Chelsea": a club, said so, before its town
    r"|(?:[A-Z][a-z]+|football|rugby|cricket) club)\s+$"
)
