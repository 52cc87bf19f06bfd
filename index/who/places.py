"""Type a name as a place's by the words around it: "in", "near", states and regions."""

from __future__ import annotations

import re
from functools import cache

from .gazetteers import (
    a_country,
    english_words,
    first_names,
    fold_quotes,
    nationalities,
    people_s_adjective,
    place_names,
    places,
    state_codes,
    states_and_provinces,
    terms,
    thing_heads,
    towns,
    towns_written_plain,
)
from .kinds import kind_of
from .words import (
    FUNCTION_WORDS,
    PLACE,
    SIDES,
    TITLE_WORDS,
    WORD_AFTER,
    Mention,
    Token,
    seat_name,
    unlisted_surname,
)


def saint_s_venue(text: str, mention: Mention) -> str | None:
    """Return the possessive that makes a saint's name after "at" or "in" a place: "at St Mary's"."""
    if mention.words[0] not in ("St", "St.", "Saint"):
        return None
    owned = _POSSESSIVE_ALONE.match(text, mention.end)
    if owned and _AT_BEFORE.search(text, max(0, mention.start - 6), mention.start):
        return owned[0]
    return None


#: A possessive that ends a name, no capitalised word after it: "at St Mary's." but not "St Mary's Road".
_POSSESSIVE_ALONE = re.compile(r"['’]s?(?!\w)(?!\s+[A-Z])")
_AT_BEFORE = re.compile(r"\b(?:at|in|to|from|near)\s+$")


def initials_of_no_place(text: str, mention: Mention) -> bool:
    """Tell whether a short word in capitals, in a text in lower case too, is initials, no town.

    The place table's initials ("UK", "UAE", "NYC") stay places; a town is written so only
    where all is in capitals, as a headline or a dateline is.
    """
    word = mention.text
    return (
        len(word) <= 3
        and word.isalpha()
        and word.isupper()
        and word.lower() not in place_names()
        and any(c.islower() for c in text)
    )


def state_code(text: str, tokens: list[Token]) -> bool:
    """Tell whether a word in capitals is a US state's code after a town and a comma: "Vinita, OK"."""
    word, start, end = tokens[0]
    if len(tokens) > 1 or word not in state_codes() or not _CODE_ENDS.match(text, end):
        return False
    town = _TOWN_AND_COMMA.search(text, max(0, start - 30), start)
    # A town no dictionary holds, or one the gazetteer does: not "Fine, OK, he said."
    return town is not None and (town[1].lower() not in english_words() or town[1].lower() in towns())


#: A town and a comma before a state's code.
_TOWN_AND_COMMA = re.compile(r"([A-Z][a-z][\w'’-]*),\s+$")
#: What ends an address's state code: punctuation, a postal code, the text's end, "and" or "or".
STATE_CODE_END = r"(?=[,.;:)]|\s+\d|\s*$|\s+(?:and|or)\b)"
_CODE_ENDS = re.compile(STATE_CODE_END)


def state_s_people(word: str) -> bool:
    """Tell whether a word (lower case) is a place's people's, no nation's nor faith's: "nebraskan"."""
    return people_s_adjective(word) and word not in nationalities()


#: A seat's member before or after its name: "MP for ", " MP".
_MEMBER_FOR_BEFORE = re.compile(r"\b(?:MP|MSP|AM|MLA|MEP|Member of Parliament) for $")
_MEMBER_AFTER = re.compile(r" (?:MP|MSP|AM|MLA|MEP)\b")


def named_seat(text: str, tokens: list[Token]) -> bool:
    """Tell whether a run of a town's name and another word is a seat its member holds."""
    return seat_name([t[0] for t in tokens]) and (
        _MEMBER_FOR_BEFORE.search(text, max(0, tokens[0][1] - 30), tokens[0][1]) is not None
        or _MEMBER_AFTER.match(text, tokens[-1][2]) is not None
    )


#: Titles written after a given name: "Mary Queen of Scots", "Charles Prince of Wales".
_REGNAL = frozenset("queen king prince princess emperor empress duke duchess".split())


def of_a_place_after_a_word(tokens: list[Token]) -> bool:
    """Tell whether a run is one word no list holds, "of" and a place: "Nasr of Saudi Arabia"."""
    word = tokens[0][0]
    return (
        len(tokens) > 2
        and tokens[1][0] == "of"
        and unlisted_surname(word)
        and word.isalpha()
        and word.lower() not in TITLE_WORDS
        # A town's name too: "Deutz of West Germany" (a firm) is no town's place either.
        and word.lower() not in towns()
    )


def _country_before_a_thing(words: list[str]) -> int:
    """Return how many words open a run with a country before an event's or a measure's name, else 0."""
    for k in (1, 2):
        rest = words[k:]
        if (
            rest
            and a_country(" ".join(words[:k]))
            and (
                len(rest) >= 2
                and rest[-1].lower() in thing_heads()
                or len(rest) == 1
                and rest[0].lower() in terms()
            )
        ):
            return k
    return 0


def place_inside(tokens: list[Token]) -> Mention | None:
    """Return the known place a phrase that is no name holds: "Map of Senegal", "Virginia Governor"."""
    words = [t[0] for t in tokens]
    if "of" in words[1:-1]:
        # "Protector of Mexico", "Citizens of Antigua and Barbuda": the place after "of".
        after = tokens[words.index("of") + 1 :]
        if after[0][0] in ("the", "The"):
            after = after[1:]
        spans = [after] if after else []
    elif len(words) >= 2 and (title := words[-1].lower().rstrip("s")) in TITLE_WORDS and title not in _REGNAL:
        # "Virginia Governor", "Ohio senators": the place whose office it is; "Mary Queen" is hers.
        spans = [tokens[:-1]]
    elif len(words) >= 2 and (country := _country_before_a_thing(words)):
        # "the Ireland World Cup squad", "its Mexico GDP forecast": the country the event or the
        # measure is of; not "U.S. Open", one word that could be a body's.
        spans = [tokens[:country]]
    else:
        spans = []
    for span in spans:
        name = " ".join(t[0] for t in span)
        if kind_of([t[0] for t in span], fold_quotes(name.lower()), None) == PLACE:
            return Mention(name, PLACE, span[0][1], span[-1][2])
    return None


#: A bearing from a place: "north", "south-east", "northwest".
_BEARING = r"(?:north|south|east|west)(?:-?(?:east|west))?"
#: Where a place is, by another: " near Berlin", " just outside Moscow", ", 90 km east of Paramaribo".
_NEAR = re.compile(
    rf",? (?:(?:just )?(?:near|outside)|{_BEARING} of"
    rf"|(?P<far>(?:about |some )?[\d,.]+ ?(?:km|kilometres|miles)(?: \([^)]{{0,20}}\))? {_BEARING} of))"
    r" (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)"
)
#: A preposition of place before a name: "in Velten near Berlin".
_IN_BEFORE = re.compile(r"\b(?:in|at|from|to|into|of|near|outside|around)\s+(?:the\s+)?$")


def region_by_its_side(text: str, tokens: list[Token]) -> bool:
    """Tell whether a side of the compass stands alone for a region: "in the West", "the North East"."""
    start = tokens[0][1]
    side = "".join(t[0] for t in tokens).replace("-", "").lower()
    return len(tokens) <= 2 and side in SIDES and text[max(0, start - 4) : start] in ("the ", "The ")


#: "in", "near", "from", "to" just before a town's name.
_BEFORE_A_TOWN = re.compile(r"\b(?:in|near|from|to)\s$")
#: ... and before one word, which a letter "to" or "from" someone may be: "in Thane".
_BEFORE_A_TOWN_OF_ONE_WORD = re.compile(r"\b(?:in|near)\s$")


def town_of_words(text: str, tokens: list[Token]) -> bool:
    """Tell whether dictionary words after "in", "near", "from" or "to" are a town: "in Winter Haven".

    One word too, after "in" or "near", a big town's name written without its accent that is
    a word or a given name: "in Thane" (Thāne), "in Hue" (Huế).
    """
    start = tokens[0][1]
    named = " ".join(t[0] for t in tokens).lower()
    if len(tokens) == 1:
        before = _BEFORE_A_TOWN_OF_ONE_WORD.search(text, max(0, start - 6), start)
        return before is not None and named in towns_written_plain()
    return _BEFORE_A_TOWN.search(text, max(0, start - 6), start) is not None and named in towns()


def near_a_place(text: str, mention: Mention) -> bool:
    """Tell whether a name is put near a place the lists know: "in Velten near Berlin".

    After a preposition of place, or at a distance ("Moengo, 90 km east of Paramaribo"):
    "Smith near London said" is someone.
    """
    near = _NEAR.match(text, mention.end)
    return bool(
        near is not None
        and (near[2].lower() in places() or near[2].split()[0].lower() in places())
        and (near["far"] is not None or _IN_BEFORE.search(text, max(0, mention.start - 16), mention.start))
    )


def place_by_its_people(text: str, tokens: list[Token]) -> bool:
    """Tell whether a people's adjective and a known place, put somewhere, name a part of it.

    "in the Canadian Arctic", "at that time in the Spanish Netherlands"; not "American
    Davenport will face", a player, nor "Italian Parma ham", a thing's origin.
    """
    words = [t[0] for t in tokens]
    return (
        len(words) >= 2
        and words[0].lower() in nationalities()
        and " ".join(words[1:]).lower() in places()
        and _PART_OF_BEFORE.search(text, max(0, tokens[0][1] - 16), tokens[0][1]) is not None
        and not describes_after(text, tokens[-1][2])
    )


def describes_after(text: str, end: int) -> bool:
    """Tell whether a word of substance in lower case follows a name, which describes it: "Parma| ham"."""
    word = WORD_AFTER.match(text, end)
    return word is not None and word[1] not in FUNCTION_WORDS


#: A region by its side after a name: " in oil-rich southern Nigeria", " in the north-east of".
_IN_A_SIDE_AFTER = re.compile(
    r" in (?:the )?(?:[a-z-]+ )?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?"
    r"|central|north-?(?:east|west)|south-?(?:east|west)) (?:of )?[A-Z]"
)
#: Where a name is put, just before it: "at ", "near ".
_PUT_AT_BEFORE = re.compile(r"\b(?:at|in|near|from|to|outside|around)\s+$")


def in_a_part_of_a_place(text: str, mention: Mention) -> bool:
    """Tell whether somewhere no list holds is put, then placed in a region by its side."""
    return (
        len(mention.words) <= 2
        and _PUT_AT_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
        and _IN_A_SIDE_AFTER.match(text, mention.end) is not None
    )


#: Where a name is put, or what it is part of, just before it: "in the ", "through ", "of ".
_PART_OF_BEFORE = re.compile(r"\b(?:in|at|from|to|into|across|through|throughout|of)\s+(?:the\s+)?$")


@cache
def state_names() -> frozenset[str]:
    """Return the names of one word of US states and Canadian provinces: "Texas", "Alberta"."""
    return frozenset(name for name in states_and_provinces().values() if " " not in name)


def town_before_its_state(words: list[str]) -> bool:
    """Tell whether capitalised words before a state's are a town's: no first name, no dictionary word."""
    return all(
        w[:1].isupper() and w.lower() not in first_names() and w.lower() not in english_words() for w in words
    )
