"""Read a place by where it stands: a state after it, a dateline, a list of places, a home after an age."""

from __future__ import annotations

import re
from functools import cache

from .gazetteers import (
    a_country,
    common_first_names,
    countries,
    dateline_cities,
    english_words,
    first_names,
    places,
    state_codes,
    states_and_provinces,
    towns,
)
from .places import STATE_CODE_END
from .words import (
    PERSON,
    SET_OFF_AGE,
    TITLE_WORDS,
    Mention,
    realm,
)

#: Where a venue is, just before its name: "at Carnegie Hall", "in the Royal Albert Hall".
_VENUE_BEFORE = re.compile(r"\b(?:at|in|inside|outside|into) (the )?$")


def a_hall(text: str, mention: Mention) -> bool:
    """Tell whether a name ending "Hall" or "Park" is a venue things happen at: "at Carnegie Hall".

    "Hall" is a surname too ("from Stuart Hall"), so after a first name only "the" makes it
    a venue ("at the Royal Albert Hall", though "Albert" is a first name).
    """
    words = mention.words
    if len(words) < 2 or words[-1] not in ("Hall", "Park") or mention.honorific or mention.titles:
        return False
    before = _VENUE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    # A ground, "Park" after a first name rare in Britain, Ireland and the US: "at Eden Park",
    # "at Ellis Park"; not "at Grace Park's home".
    names = common_first_names() if words[-1] == "Park" else first_names()
    return (
        before is not None
        and (before[1] is not None or words[0].lower() not in names)
        and not text.startswith(("'s", "’s"), mention.end)
    )


def in_a_place(text: str, mention: Mention) -> bool:
    """Tell whether a name put somewhere is followed by the state or country it lies in."""
    if mention.honorific or mention.titles:
        return False
    if mention.kind != PERSON and state_code_after(text, mention.end):
        return True  # "Bartlesville, OK": an address's town, put in its state
    if (
        mention.kind != PERSON
        and state_named_after(text, mention)
        # "However, Texas officials"; a word a town's name too before a wire's abbreviated
        # state stays the town: "Troy, Mich.".
        and (
            not set(mention.text.lower().split()) & english_words()
            or _abbreviated_state_after(text, mention.end)
        )
    ):
        return True  # "Vinita, Oklahoma", "Kalamazoo, Mich.": a town, put in its state
    if (based := _BASED_IN_A_STATE.match(text, mention.end)) and based[1] in states_and_provinces():
        return True  # "Troy, Michigan-based MLX Corp": a town, though "Troy" is a first name
    larger = _LARGER_PLACE.match(text, mention.end)  # first: the cheap test, anchored where the name ends
    if (
        larger is not None
        and larger[1].lower() in places()
        and PUT_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None
    ):
        return True
    # "from Chitrakoot in Uttar Pradesh": a town no list holds, put in a region or a country; a
    # word or a first name may be someone's or a firm's ("Smith in London", "Acme in Chicago").
    inside = _INSIDE_A_REALM.match(text, mention.end)
    folded = mention.text.lower()
    return (
        inside is not None
        and (realm(inside[1].lower()) or inside[1].lower() in places() and inside[1].lower() not in towns())
        and len(mention.words) == 1
        and folded not in english_words()
        and folded not in first_names()
        and _FROM_OR_IN_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
    )


def state_after_town(text: str, mention: Mention, name: str) -> str | None:
    """Return the US state or Canadian province written after a town's name and a comma: "Austin, Texas"."""
    if name.lower() in countries() or name in states_and_provinces().values():
        return None  # "Texas, Oklahoma and Kansas": a list of states
    if name in dateline_cities():
        return None  # "San Antonio, Texas" is San Antonio, as readers know it
    folded = name.lower()
    if folded.startswith(_WATERS_OF) or folded.rpartition(" ")[2] in _WATERS:
        return None  # "the Gulf of Mexico, Alaska, the North Sea": waters listed, no town in a state
    return state_named_after(text, mention)


#: A preposition that puts a name somewhere, as people are not: "in", "at", "from", "near".
PLACED_BEFORE = re.compile(r"\b(?:[Ii]n|at|from|near)\s+$")
#: A state's name after a comma, then a word in lower case: ", Texas governor".
_STATE_THEN_A_WORD = re.compile(r",\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+([a-z]+)")


def a_title_after_the_state(text: str, mention: Mention) -> bool:
    """Tell whether a title follows the state after a name: "John Smith, Texas governor"."""
    after = _STATE_THEN_A_WORD.match(text, mention.end)
    return after is not None and after[1] in TITLE_WORDS


#: Waters named by their kind and a place, and those their kind ends: no town lies in a state.
_WATERS_OF = ("gulf of ", "bay of ", "sea of ", "strait of ", "straits of ")
_WATERS = frozenset("sea ocean basin strait straits".split())


def state_named_after(text: str, mention: Mention) -> str | None:
    """Return the US state or the Canadian province a comma puts a name in, unless the comma lists names."""
    patterns = _us_state_after()
    state = patterns[0].match(text, mention.end) or patterns[1].match(text, mention.end)
    if state is None or state[1] not in states_and_provinces():
        return None  # none, or "DC": the table's Washington D.C., no town in a state
    # "Deacon Blue, Idlewild, Texas, Mogwai": bands listed; not "Sun Valley, Idaho, and
    # Austin, Texas", towns each in its state, nor "Alpine, Arizona, USA", the country after.
    before = _NAME_LISTED_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    listed = before and (before[1] or before[2])
    if listed and listed not in states_and_provinces() and listed.lower() not in countries():
        return None
    after = _NAME_LISTED_AFTER.match(text, state.end())
    if (
        after
        and not re.search(r"\d", after[1])  # "Bartlesville, OK, or US-169": a road, no name listed
        and not a_country(after[1])
        and not (patterns[0].match(text, after.end()) or patterns[1].match(text, after.end()))
    ):
        return None
    return states_and_provinces()[state[1]]


#: A royal title that opens a town's name as well as someone's, put somewhere: "in Prince Rupert".
_TITLED_TOWN = re.compile(r"\b(?:in|to|from|at|near|of) ((?:Prince|Princess|King|Queen|Lady|Lord) )$")


def titled_town(text: str, mention: Mention) -> str | None:
    """Return a town a title opens, put somewhere and in its state: "in Prince Rupert, British Columbia"."""
    before = _TITLED_TOWN.search(text, max(0, mention.start - 20), mention.start)
    if before is None or not state_named_after(text, mention):
        return None
    return before[1] + mention.text


#: A comma, a state's name of one or two words and "-based": ", Michigan-based".
_BASED_IN_A_STATE = re.compile(r",\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)-based\b")


def _abbreviated_state_after(text: str, end: int) -> bool:
    """Tell whether a comma and a state's abbreviation with its stop follow: ", Mich.", ", N.C."."""
    state = _us_state_after()[0].match(text, end)
    return state is not None and state[1].endswith(".")


@cache
def _us_state_after() -> tuple[re.Pattern, re.Pattern]:
    """Match a comma and a state's or a province's name, its abbreviation or a US postal code."""
    written = sorted(
        (w for w in states_and_provinces() if not (len(w) == 2 and w.isupper())), key=len, reverse=True
    )
    named = "|".join(re.escape(w) for w in written)
    return (
        re.compile(rf",\s+({named})(?:(?<=\.)|(?=[,.;:)\]]|\s+\d|\s*$|\s+[a-z(–—-]))"),
        _CODE_AFTER,
    )


#: A date or the agency right after a town: "RANGOON 1996-08-31", "GAZA (Reuters) -"; a dash alone
#: is not enough ("NOTE - Jeans Mate Corp is the full name").
#: AP's old wire wrote its dash as an underscore: "HEERENVEEN, Netherlands (AP) _".
_DATED = r"\s+\d{4}-\d\d-\d\d|\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\s*\([A-Z][\w ]*\)\s*[-–—_]"
_DATED_TOWN = re.compile(_DATED)
#: What closes a wire's dateline after its town and place: a date, the agency, the line's end,
#: or a dash before words in lower case ("SOCCER - JAPAN WIN" is a headline's desk).
_DATELINE_CLOSE = rf"(?:{_DATED}|\s+[-–—_]+\s+(?=\S*[a-z])|\s*$)"
_TOWN_IN_A_PLACE = re.compile(rf",\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*){_DATELINE_CLOSE}")


def wire_dateline(text: str, end: int) -> bool:
    """Tell whether a town in capitals opens a wire's dateline: "TAVILDARA, Tajikistan 1996-08-30"."""
    if _DATED_TOWN.match(text, end):
        return True
    place = _TOWN_IN_A_PLACE.match(text, end)
    return place is not None and place[1].lower() in places()


#: A capitalised name a comma or "and" lists before or after another: "Blue, Idlewild".
_NAME_LISTED_BEFORE = re.compile(r"([A-Z][\w.'’-]*),\s+$|([A-Z][\w.'’-]*),?\s+(?:and|or)\s+$")
_NAME_LISTED_AFTER = re.compile(
    r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
)


def state_code_after(text: str, end: int) -> bool:
    """Tell whether a US state's postal code follows a name: "Tulsa, OK", "Dallas, TX 75201"."""
    code = _CODE_AFTER.match(text, end)
    return code is not None and code[1] in state_codes()


#: A kind of area after a name: "the Basse Casamance area", "Darfur region", "Rakhine state";
#: or of land or water: "the Swat valley", "Kunar river".
_AREA_AFTER = re.compile(
    r" (?:area|region|province|district|state|governorate|prefecture|oblast|territory"
    r"|valley|river|basin|delta|desert|plateau|peninsula)s?\b"
)
#: An age set off after a name, then the sentence goes on: "Hussain, 36, was", "Rezwan, 32, and".
AGE_AFTER = re.compile(rf"{SET_OFF_AGE}\s+[a-z]")
#: A court report's name, age and home: "Daniel Smith, 45, of " or ", aged 45, from ".
_AGE_AND_HOME_BEFORE = re.compile(rf"[\w’'.)]{SET_OFF_AGE}\s+(?:of|from)\s+$")


def home_after_age(text: str, mention: Mention) -> bool:
    """Tell whether a name is where someone lives, after their name and age: "Smith, 45, of Harehills,"."""
    return (
        mention.kind in (PERSON, "unknown")
        and not (mention.honorific or mention.titles)
        and len(mention.words) <= 3
        and _AGE_AND_HOME_BEFORE.search(text, max(0, mention.start - 24), mention.start) is not None
    )


def named_area(text: str, mention: Mention) -> bool:
    """Tell whether a name no list knows is an area's: a kind of area follows it."""
    return (
        mention.kind == "unknown"
        and not mention.honorific
        and not mention.titles
        and _AREA_AFTER.match(text, mention.end) is not None
        and mention.words[0].lower() not in common_first_names()
        # "Several area residents", "a Congressional district": words, no name.
        and not all(word.lower() in english_words() for word in mention.words)
    )


#: A state or a country a name lies in, written after "in": "Chitrakoot in Uttar Pradesh".
_INSIDE_A_REALM = re.compile(r" in ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?=[,.;:)]|\s*$|\s+[a-z])")
#: The words that put a town somewhere before it: "from Chitrakoot", "in Bhiwandi"; fewer than
#: `PUT_BEFORE`'s, as "a letter to Smith in London" puts no one in a town.
_FROM_OR_IN_BEFORE = re.compile(r"\b(?:in|from|near|outside)\s+$")
#: After a place's name, the state or country it lies in, which ends the clause: ", South Carolina,".
_LARGER_PLACE = re.compile(r",\s+([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?=[,.;:)]|\s*$)")


def listed_among_places(text: str, mention: Mention) -> bool:
    """Tell whether a name is listed with commas next to a place: "Omsk, Perm", "Buffalo, Rochester"."""
    after = _COMMA_AFTER.match(text, mention.end)
    before = _COMMA_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    return any(m and m[1].lower() in places() for m in (after, before))


#: The name before or after a listing comma: "Omsk, |Perm", "Buffalo|, Rochester".
_COMMA_AFTER = re.compile(r",\s+([A-Z][\w.]*(?: [A-Z][\w.]*)?)")
_COMMA_BEFORE = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?),\s+$")


def among_places(text: str, mention: Mention) -> bool:
    """Tell whether the words around a name make it a place: "in Radcliffe", "Ireland and Scotland"."""
    if (
        PUT_BEFORE.search(text, 0, mention.start)
        or STATE_AFTER.match(text, mention.end)
        or state_code_after(text, mention.end)
    ):
        return True
    after = _JOINED_AFTER.match(text, mention.end)
    before = _JOINED_BEFORE.search(text, 0, mention.start)
    return any(m and m[1].lower() in places() for m in (after, before))


#: A place joined to another by "and" or "or": "Ireland and Scotland players".
_JOINED_AFTER = re.compile(r"\s+(?:and|or|&)\s+([A-Z][\w.]*(?: [A-Z][\w.]*)?)")
_JOINED_BEFORE = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)\s+(?:and|or|&)\s+$")
#: A state's initials after a place's name: "Washington, D.C.", "Kalamazoo, Mich.".
STATE_AFTER = re.compile(r",\s+(?:(?:[A-Z]\.){2,}|[A-Z][a-z]{1,4}\.)")
#: A state's postal code after a place's name, which ends the clause: "Tulsa, OK,", "Dallas, TX 75201".
_CODE_AFTER = re.compile(rf",\s+([A-Z]{{2}}){STATE_CODE_END}")
#: A town and a comma before a state's postal code: "Coffeyville, KS".
TOWN_BEFORE = re.compile(r"[A-Z][\w.'’-]*(,\s+)$")
PUTTING = r"in|at|from|near|to|into|across|outside|around|via|through|towards?|throughout|within"
#: Words that put what follows somewhere: "in Radcliffe" is the town, "Radcliffe said" may be a person.
PUT_BEFORE = re.compile(rf"\b(?:{PUTTING})\s+(?:the\s+)?$", re.IGNORECASE)
