"""Find the names another name holds: the place a body is named for, the person a bridge is."""

from __future__ import annotations

import re
from collections.abc import Collection

from .gazetteers import (
    a_country,
    body_name,
    canonical_place,
    cities,
    english_words,
    familiar_first_names,
    nationalities,
    places,
    towns_named_by_a_word,
    us_states,
)

#: Seas a name takes as an adjective: "Atlantic Lottery Corporation", "CITIC Pacific".
_SEAS_AS_WORDS = frozenset({"atlantic", "pacific", "arctic", "mediterranean", "caribbean", "baltic", "gulf"})
#: Small words a place's name may hold: "Newfoundland and Labrador", "Rio de Janeiro".
_JOINING_A_PLACE = frozenset({"and", "de", "del", "da", "do", "dos", "du", "des", "la", "upon", "on", "y"})
#: Words that make the word after them part of a longer name: "St Johnstone", "East Fife".
_NAME_GOES_ON = frozenset({"st", "st.", "saint", "north", "south", "east", "west", "new", "upper", "lower"})


def places_inside(name: str, bodies: Collection[str] = ()) -> list[str]:
    """Return the places named inside a body's name: "Pittsburgh" of "Pittsburgh Pirates".

    GUM's labels, the issue's, name a place wherever it stands, inside another name too
    ("Chicago" in "University of Chicago", "France" in "Air France"). A side named by its
    town alone ("NEW YORK 74 59") names no other place; nor does a person's name inside
    ("George Washington University"), a sea a firm takes as an adjective, nor a word the
    table or the source (`bodies`) names a body by ("Toyota" of "Toyota Motor Corp").
    """
    words = name.replace(",", " ,").split()  # a comma ends a place: "University of California, Berkeley"
    if name.lower() in places():
        return []
    found: list[str] = []
    at = 0
    while at < len(words):
        end = next((end for end in range(len(words), at, -1) if _place_inside(words, at, end, bodies)), None)
        if end is None:
            at += 1
            continue
        found.append(canonical_place(_run(words, at, end)))
        at = end
    if len(found) > 1 and found[-1] == canonical_place(words[-1]) and found[0] == canonical_place(words[0]):
        return []  # "Sparta Prague", "Ajax Amsterdam": which word is the town is the club's
    return found


def _place_inside(words: list[str], at: int, end: int, bodies: Collection[str]) -> bool:
    """Tell whether words[at:end], shorter than the name, are a known place's name."""
    if end - at == len(words):
        return False
    run = _run(words, at, end)
    if run in bodies or body_name(run):
        return False  # "Toyota Motor Corp", "Hitachi Ltd": the firm's word, though a town's too
    folded = run.lower()
    before = words[at - 1] if at else ""
    if not (
        words[at][:1].isupper()
        and all(word[:1].isupper() or word in _JOINING_A_PLACE for word in run.split())
        and folded in places()
        and folded not in _SEAS_AS_WORDS
        and folded not in towns_named_by_a_word()
        and folded not in nationalities()
        and before.lower() not in _NAME_GOES_ON
        # "George Washington University": a person's name, no place's.
        and before.lower() not in familiar_first_names()
    ):
        return False
    # "Reading Football Club", "Stanley Works": a word of the dictionary or a first name is
    # a place inside a name only if it is a country's, a state's or a city's ("Bank of China");
    # so is a word after another of the name's ("Wells Fargo", "Ferrovia Paulista"; "Bayern Munich").
    if " " not in run and (
        folded in familiar_first_names()
        or folded in english_words()
        or before[:1].isupper()
        or before[-1:] == "-"
    ):
        return a_country(run) or run in us_states() or folded in cities()
    return True


def _run(words: list[str], at: int, end: int) -> str:
    """Return words[at:end] as one name, a possessive's ending dropped: "Chicago" of "Chicago's"."""
    return re.sub(r"['’]s?$", "", " ".join(words[at:end]))


#: Heads of the bodies and places people are named for: "George Washington University".
_NAMED_FOR_SOMEONE = frozenset(
    {"university", "college", "school", "institute", "foundation", "hospital", "library", "museum", "center"}
    | {"centre", "bridge", "square", "turnpike", "airport", "park", "hall", "stadium", "tunnel", "building"}
    | {"memorial", "highway", "parkway", "expressway", "avenue", "boulevard"}
)


def person_inside(name: str) -> str | None:
    """Return the person a body's or a place's name is named for: "Jack London" of "Jack London Square".

    A familiar first name, an initial perhaps, and one or two words no dictionary holds make
    all of the name before a building's, a road's or an institution's word ("James Marshall
    Hendrix Foundation"); not a firm's ("Charles Schwab Corp" stays the firm's), nor a name
    with a generation ("Martin Luther King Jr. Memorial").
    """
    words = name.split()
    if len(words) < 3 or words[-1].lower() not in _NAMED_FOR_SOMEONE:
        return None
    first, *rest = words[:-1]
    if rest and re.fullmatch(r"[A-Z]\.", rest[0]):
        rest = rest[1:]  # "John F. Kennedy Memorial"
    if first.lower() not in familiar_first_names() or first in ("Al", "El"):
        return None  # "Al Wakrah Stadium": the Arabic article, no Al's
    if not 0 < len(rest) < 3 or not all(
        word[:1].isupper() and word.isalpha() and word.lower() not in english_words() for word in rest
    ):
        return None
    person = " ".join(words[:-1])
    return None if person.lower() in places() else person
