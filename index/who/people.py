"""Type a name as a person's by the words around it: roles, initials, affiliations."""

from __future__ import annotations

import re

from .gazetteers import (
    POLICE_RANKS,
    body_name,
    english_words,
    familiar_first_names,
    first_names,
    nationalities,
    offices_of,
    people_s_adjective,
    place_heads,
    places,
)
from .words import (
    PERSON,
    PLACE,
    REIGNING,
    SPOKEN_IN_BEFORE,
    SURNAME_HEADS,
    TITLE_WORDS,
    Mention,
    Token,
    capital_word,
    realm,
    unlisted_given_name,
)


def after_a_bare_initial(text: str, mention: Mention) -> bool:
    """Tell whether a name follows an initial with no full stop in a list: "C Paterson; S Webster".

    Not "A" nor "I", words; not a compass point's letter before a place: "N Ireland", "S Korea";
    not inside a sentence: "Plan B Johnson".
    """
    start = mention.start
    if start < 2 or text[start - 1] != " " or not mention.text[:1].isupper() or mention.text.isupper():
        return False
    letter = text[start - 2]
    before = text[max(0, start - 4) : start - 2]
    listed = start == 2 or text[start - 3] in "\n(" or before in (", ", "; ", ": ")
    return listed and (letter in "BCDFGHJKLMOPQRTUVXYZ" or letter in "NSEW" and mention.kind != PLACE)


def affiliation_after(text: str, mentions: list[Mention], tokens: list[Token]) -> bool:
    """Tell whether capitalised words no list knows, after a person and "of", are where they work.

    "Isabel Ruiz of Heaven Sent Gaming", "Joel Pollak of Breitbart California"; one word may
    be a small town as well ("Tom Emanuel of Laconia").
    """
    return (
        len(tokens) >= 2
        and bool(mentions)
        and mentions[-1].kind == PERSON
        and text[mentions[-1].end : tokens[0][1]] == " of "
        and all(capital_word(word) for word, _, _ in tokens)
        and tokens[0][0].lower() not in nationalities()  # "of American YouTube": a body the table knows
    )


#: A nickname in quotation marks or brackets inside a name: Juan "Chico" Manriquez, Joaquín
#: “El Chapo” Guzmán, James Leander (Leo) Nichols.
_NICKNAME = re.compile(
    r"\b([A-Z][\w’'-]*) ([\"“][A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}[\"”]|\([A-Z][a-z][\w’'-]*\))(?= [A-Z])"
)


#: Given names, then their initials in brackets before the surname: "Alan John Percivale (A.J.P.) Taylor".
_GIVEN_INITIALS = re.compile(r"((?:[A-Z][\w’'-]* ){2,4})\(((?:[A-Z]\.){2,4})\)(?= [A-Z])")


def without_nicknames(text: str) -> str:
    """Return text with nicknames inside names blanked, so that the name reads as one run."""
    if '"' not in text and "“" not in text and "(" not in text:
        return text
    if "(" in text:
        text = _GIVEN_INITIALS.sub(_initials_blanked, text)

    def blank(m: re.Match) -> str:
        # A nickname in brackets is a given name ("(Leo)"), not a party's or a place's ("(Democrat)").
        nickname = not m[2].startswith("(") or m[2][1:-1].lower() in first_names()
        return f"{m[1]} {' ' * len(m[2])}" if nickname and m[1].lower() in first_names() else m[0]

    return _NICKNAME.sub(blank, text)


def _initials_blanked(m: re.Match) -> str:
    """Blank initials in brackets that spell the given names before them, which go on to the surname."""
    names = m[1].split()
    letters = m[2].replace(".", "")
    spelled = "".join(name[0] for name in names[-len(letters) :]) == letters and len(names) >= len(letters)
    return f"{m[1]}{' ' * (len(m[2]) + 2)}" if spelled else m[0]


def area_of_an_office(text: str, tokens: list[Token]) -> bool:
    """Tell whether words in brackets after a rank or an office and before a name are its area."""
    start, end = tokens[0][1], tokens[-1][2]
    if (
        text[start - 1 : start] != "("
        or not text.startswith(") ", end)
        or not text[end + 2 : end + 3].isupper()
    ):
        return False
    before = text[max(0, start - 50) : start - 1].rstrip().lower()
    return before.rsplit(" ", 1)[-1].upper() in POLICE_RANKS or any(
        before.endswith(role) for role in offices_of()
    )


def surname_after_a_title(words: list[str], title: str, folded: str) -> bool:
    """Tell whether a place's head after a title and a given name is a surname: "Judge Ann Park".

    A reigning title names a place after its holder instead: "King George Park", "Queen
    Elizabeth Park"; so does a place the lists know.
    """
    return (
        len(words) in (2, 3)
        and title not in REIGNING
        and words[-1].lower() in _SURNAME_HEADS_SPEAKING
        and folded not in places()
        # A given name, though a word too ("Mike"); not a word alone ("Judge Memorial Park").
        and not any(
            w.lower() in english_words() and w.lower() not in familiar_first_names() for w in words[:-1]
        )
    )


def named_by_title(word: str) -> bool:
    """Tell whether a word after a title names its holder: a name, not a word nor a place alone."""
    folded = word.lower()
    if folded in english_words() or word.isupper():
        return False  # "Criminal Justice Bill", "Duke of Edinburgh": a word, not a name
    # "Queen Elizabeth", "Senator Hatfield": a name though a town's too; not a country's or a
    # state's, as in a headline's "Governor Texas".
    return folded in first_names() or not realm(folded)


def role_before_a_surname(text: str, mention: Mention) -> str | None:
    """Return the role in lower case right before a lone name no list holds: "striker| Drogba".

    Only someone holds it: not a side's standing ("defending champion Juventus", "league
    leader Sparta") nor a firm's ("investor Bessemer").
    """
    if len(mention.words) != 1 or not unlisted_given_name(mention.text):
        return None
    if _FIRM_GOES_ON.match(text, mention.end):
        return None  # "lead manager Goldman, Sachs and Co": a bank that manages an issue
    before = _ROLE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if before is None or before[1] not in TITLE_WORDS or before[1] in _HELD_BY_SIDES_TOO:
        return None
    if text.endswith(("lead manager ", "co-manager ", "lead managers "), 0, mention.start):
        return None  # "lead manager Kleinwort": a wire's bank that manages a bond's issue
    return before[1]


#: A firm's name going on past a comma: ", Sachs and Co", ", Benson Ltd".
_FIRM_GOES_ON = re.compile(
    r",\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+(?:and|&|Ltd|Inc|Co|Corp|LLC|PLC|AG|SA)\b"
)


#: Titles a side, a firm or a thing holds as well as someone.
_HELD_BY_SIDES_TOO = frozenset(
    "champion challenger finalist semi-finalist semifinalist quarter-finalist qualifier runner-up leader "
    "member head chief star seed wildcard owner investor speculator broadcaster representative producer "
    "veteran".split()
)


def named_after_a_role(text: str, tokens: list[Token]) -> bool:
    """Tell whether a first name and a surname follow a role in lower case: "press secretary Josh Earnest".

    The role makes a person of words the lists would not: "Josh" is a rare first name in
    the lists and "Earnest" a word of the dictionary.
    """
    words = [t[0] for t in tokens]
    before = _ROLE_BEFORE.search(text, max(0, tokens[0][1] - 30), tokens[0][1])
    return (
        before is not None
        and before[1] in TITLE_WORDS
        and 2 <= len(words) <= 3
        # ... or a given name with a capital inside, no list's: "finalist MaliVai Washington".
        and (words[0].lower() in first_names() or CAMEL_GIVEN.fullmatch(words[0]) is not None)
        and all(w[:1].isupper() and not w.isupper() for w in words)
    )


#: A given name with a capital inside: "MaliVai", "LaToya".
CAMEL_GIVEN = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")

#: A role in lower case right before a name: "secretary Josh Earnest", "coach Will Grigg".
_ROLE_BEFORE = re.compile(r"\b([a-z]{4,})\s+$")
#: Places' and laws' heads that are surnames too: "Mike Lake", "Fiona Hill", "Jude Law", "Doris Day".
_SURNAME_HEADS_SPEAKING = SURNAME_HEADS | {"lake", "tower", "wood", "brook", "ford", "garden", "law", "day"}

#: A verb of saying just before a name or just after it: "said Mike Lake", "Mike Lake said".
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds|told) $")
_SAYS_AFTER = re.compile(r" (?:said|says|told|tells|added|adds)\b")
#: A role set off after a name: ", a Yukos spokesman", ", the club's secretary".
_ROLE_AFTER = re.compile(r",\s+(?:(?:an?|the|its|his|her|their)\s+)?(?:[\w'’.-]+\s+){0,3}?([a-z]+)\b")


def speaks_as_someone(text: str, tokens: list[Token]) -> bool:
    """Tell whether a first name and a place's or a law's head speak or hold a role ("Mike Lake").

    Places do not speak: "Victoria Park" and "George Street" stay places, "Mike Lake,
    a Yukos spokesman" is someone.
    """
    first, head = tokens[0][0].lower(), tokens[-1][0].lower()
    # A first name that opens places too speaks whatever follows it: "Wadi Haddad said"; not
    # a place the gazetteer knows ("Los Angeles and San Francisco said").
    opening = (
        first in place_heads()[0]
        and first in first_names()
        and " ".join(t[0] for t in tokens).lower() not in places()
    )
    if not opening and (first not in familiar_first_names() or head not in _SURNAME_HEADS_SPEAKING):
        return False  # "Police in Kent County said": a county is no one's surname
    start, end = tokens[0][1], tokens[-1][2]
    if SPOKEN_IN_BEFORE.search(text, max(0, start - 6), start):
        return False
    if _SAYS_AFTER.match(text, end) or _SAID_BEFORE.search(text, max(0, start - 8), start):
        return True
    role = _ROLE_AFTER.match(text, end)
    return role is not None and role[1] in TITLE_WORDS


#: "a" and an age before a town's name that describes someone: "a 43-year-old Logan man".
_A_BEFORE = re.compile(r"\b[Aa]n? (?:\d{1,3}-year-old )?$")
#: Who is from a town, after its name: "a Logan man", "a Preston teenager".
_LOCAL_AFTER = re.compile(
    r" (?:man|woman|boy|girl|teenager|teen|youth|pensioner|couple|mother|father|grandmother|grandfather"
    r"|resident|businessman|businesswoman)\b"
)


def a_local(text: str, tokens: list[Token]) -> bool:
    """Tell whether a name of one or two words after "a" says where the man or woman after it is from."""
    name = " ".join(t[0] for t in tokens)
    return (
        len(tokens) <= 2
        and "-" not in name  # "a Dutch-Moroccan man", "a Portland-area resident": what, not where
        and _LOCAL_AFTER.match(text, tokens[-1][2]) is not None
        and _A_BEFORE.search(text, max(0, tokens[0][1] - 16), tokens[0][1]) is not None
        and body_name(name) is None
        # Not "a Black man", "a Reform couple": a word of the dictionary says what, not where.
        and not any(t[0].lower() in english_words() for t in tokens)
        # Not "a Guinean man", "a Bosnian Serb woman": a nation's, no town's.
        and not any(people_s_adjective(t[0].lower()) for t in tokens)
    )
