"""Match the forms a person's name takes: titles around it, initials, a surname, kin, a letter off."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from .gazetteers import (
    body_name,
    common_first_names,
    countries,
    english_words,
    first_names,
    nationalities,
    organisations,
    places,
    roles,
    thing_heads,
)
from .words import (
    GENERATIONS,
    INITIAL,
    PEERAGES,
    PERSON,
    PLACE,
    REIGNING,
    TITLE_WORDS,
    Mention,
    opens_sentence,
)


@dataclass
class Person:
    """Someone a source names: the canonical name and what is known of them."""

    name: str
    gender: str | None = None
    titles: set[str] = field(default_factory=set)
    #: The paragraph that first names them in full.
    introduced: int = 0

    @property
    def first(self) -> str:
        return self.name.split()[0]

    @property
    def last(self) -> str:
        words = before_of(self.name).split()
        # "Joseph R. Biden Jr" is Mr. Biden: a generational suffix is no surname.
        return words[-2] if len(words) > 2 and words[-1] in GENERATIONS else words[-1]


#: Words that make a title someone else's: "the chancellor" is not the shadow chancellor.
QUALIFIED = re.compile(r"\b(shadow|former|ex|deputy|vice|acting|assistant|junior|opposition)\b")


def surname_of(person: Person, word: str) -> bool:
    """Tell whether a word is the surname of a person named by a first name before it."""
    words = person.name.split()
    first = words[0].lower()
    return (
        len(words) > 1
        and words[-1] == word
        and (
            first in common_first_names()
            # A rarer first name too ("Clint Eastwood"), or any for someone the source gives
            # a title or an honorific ("Communications Minister Dayanidhi Maran", "Mr Bello");
            # but no word nor initials ("Said Wales", "EA Mobile"), no brand ("HealthSpace
            # Cleveland"), no place or people ("Texas Garland"), no country after it ("Tudor England").
            or (first in first_names() or bool(person.titles or person.gender))
            and words[0].istitle()
            and first not in english_words()
            and first not in places()
            and first not in nationalities()
            and word.lower() not in countries()
        )
        # Between them, initials, first names or a maiden name, no place's: "Samuel L Jackson",
        # "Ketanji Brown Jackson".
        and all(
            len(w.rstrip(".")) == 1 or w.lower() in first_names() or w.istitle() and w.lower() not in places()
            for w in words[1:-1]
        )
    )


def a_relative(text: str, mention: Mention) -> bool:
    """Tell whether a town's name that is a first name names someone: a relative, or a list's last."""
    if mention.text.lower() not in common_first_names():
        return False
    if _KIN_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        return True
    listed = _LISTED_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    return listed is not None and listed[1].lower() in first_names() and listed[1].lower() not in places()


#: Kin a name is given as: "his brother, Hans", "His son George".
KINSHIP = (
    "son|daughter|wife|husband|brother|sister|father|mother|uncle|aunt|nephew|niece|grandson|"
    "granddaughter|grandfather|grandmother|cousin|widow|partner|fiancé|fiancée|stepson|stepdaughter"
)
#: Before a name, a relative it names: "His son George", "her daughter Chelsea".
_KIN_BEFORE = re.compile(rf"\b(?:{KINSHIP})\s+$")
#: Kin after a possessive, whose the name is: "Lloyd's wife".
KIN_AFTER_A_POSSESSIVE = re.compile(rf"['’]s (?:{KINSHIP})\b")
#: Before a name, the last of a list: "Bill, Hillary, and Chelsea".
_LISTED_BEFORE = re.compile(r"\b([A-Z][a-z]+),?\s+(?:and|or|&)\s+$")
FAMILY_AFTER = re.compile(r"\s+family\b")
#: Particles that open a surname of the Low Countries, Germany, France, Italy or Iberia when
#: the first name is left out: "Van Persie", "De Bruyne", "Del Piero"; not "La" nor "Le",
#: which open works and places ("La Scala", "Le Mans").
_SURNAME_PARTICLES = frozenset("Van Von De Di Da Du Del Della Dos Das Ter Ten".split())


def particle_and_surname(words: list[str]) -> bool:
    """Tell whether a name is a surname that opens with its particle: "Van Gogh", "De Marigny"."""
    return (
        2 <= len(words) <= 3
        and words[0] in _SURNAME_PARTICLES
        and words[-1].istitle()
        and words[-1].lower() not in english_words()
        and words[-1].lower() not in places()
        and " ".join(words).lower() not in places()
        and body_name(" ".join(words)) is None
    )


#: "the" just before a name: "the House".
THE_BEFORE = re.compile(r"\b[Tt]he $")
#: A word in lower case right after a name, as a verb goes: " stared", " had".
_WORD_NEXT = re.compile(r" ([a-z]+)\b")
#: Words after a name that make no verb of it: "of", a conjunction, an article ("Shaun of
#: the Dead"). "Andrew in Derby complains" is someone.
_NO_VERB = frozenset("of and or the a an".split())
#: An abbreviation's full stop, which ends no sentence: "Minneapolis-St. Paul".
_ABBREVIATED = re.compile(r"\b[A-Z][a-z]{0,2}\.\s*$")
#: A capitalised word next, which goes on a title's run.
_CAPITAL_AFTER = re.compile(r" [A-Z]")


def sharing_a_surname(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the first names before "and" and a name that share its surname, named in full.

    "Michael and Emily Eavis" names Michael Eavis, "Charles G. and David H. Koch" Charles G.
    Koch; "Obama and Hillary Clinton" no one more.
    """
    shared = []
    for first, pair in zip(mentions, mentions[1:], strict=False):
        if (
            (len(first.words) == 1 or len(first.words) == 2 and INITIAL.fullmatch(first.words[1]))
            and first.kind in (PERSON, PLACE, "unknown")  # "George" is a town too
            and not first.titles  # "Prince Harry and Meghan Markle": a title names him apart
            and first.words[0].lower() in common_first_names()
            and pair.kind == PERSON
            and (len(pair.words) == 2 or len(pair.words) == 3 and INITIAL.fullmatch(pair.words[1]))
            and pair.words[0].lower() in first_names()
            and text[first.end : pair.start] == " and "
            # No one's name takes "the": "the Jesus and Mary Chain".
            and not THE_BEFORE.search(text, max(0, first.start - 4), first.start)
            # A title's words go on: "Harold and Kumar Get The Munchies".
            and not _CAPITAL_AFTER.match(text, pair.end)
            # An owner's possessive ends a work's title before it: "biopic Ray and Mike Leigh's drama".
            and not text.startswith(("'s", "’s"), pair.end)
        ):
            name = f"{first.text} {pair.words[-1]}"
            shared.append(dataclasses.replace(first, text=name, kind=PERSON))
    return shared


_TITLE_PHRASE = re.compile(r"((?:[A-Za-z][a-z-]*\s+){1,4})$")


def opens_before_a_verb(text: str, mention: Mention) -> bool:
    """Tell whether a lone word opens a sentence before a verb: "Gwendolyn stared at him".

    The word after must be one of the dictionary: a wire in lower case runs a name on
    ("Jose antonio almenara", "Franklin michigan Insured"), as does a surname's particle.
    """
    after = _WORD_NEXT.match(text, mention.end)
    return bool(
        after
        and after[1] not in _NO_VERB
        and after[1] in english_words()
        and opens_sentence(text, mention.start)
        and not _ABBREVIATED.search(text, max(0, mention.start - 6), mention.start)
    )


def first_name_alone(word: str) -> bool:
    """Tell whether a lone word is a common first name and nothing else: no word, place nor body."""
    folded = word.lower()
    return (
        folded in common_first_names()
        and folded not in thing_heads()  # "the Criminal Justice Bill"
        and folded not in places()
        and folded not in organisations()
        and not word.isupper()
    )


def title_before(text: str, at: int) -> set[str]:
    """Return the title words written just before a name ("shadow chancellor Oliver Letwin")."""
    match = _TITLE_PHRASE.search(text[max(0, at - 60) : at])
    if not match:
        return set()
    words = match[1].split()
    while words and words[-1].lower() not in TITLE_WORDS:
        return set()
    kept: list[str] = []
    for word in reversed(words):
        if word.lower() in ("the", "a", "an", "and", "of", "by", "to", "with", "from", "for", "as", "said"):
            break
        kept.insert(0, word.lower())
    phrase = " ".join(kept[-3:])
    return _titles_of(phrase) if phrase else set()


def _titles_of(phrase: str) -> set[str]:
    """Return the titles a phrase gives: "Labour MP" is an MP too, "shadow chancellor" no chancellor."""
    return {phrase} if QUALIFIED.search(phrase) else {phrase, phrase.split()[-1]}


#: A title set after a name between commas, "the" before it: "Mark Rowley, the Met
#: commissioner,", "Tom Wright, the Bishop of Durham,"; the words of the title, then where.
_TITLE_SET_AFTER = re.compile(
    r", the ((?:(?!of\b)[A-Za-z][a-z'’-]*\s+){0,3}[A-Za-z][a-z-]*)"
    r"(?P<where> of [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)?(?=[,;.])"
)


def title_after(text: str, at: int) -> set[str]:
    """Return the title after a name between commas: "Mark Rowley, the Met commissioner,"."""
    match = _TITLE_SET_AFTER.match(text, at)
    if not match or match[1].split()[-1].lower() not in TITLE_WORDS | PEERAGES:
        return set()
    # Only the title's own words, the longest the roles hold, a qualifier kept ("former
    # chancellor"): "Met" and "the company's" own it, no title.
    words = [w.lower() for w in match[1].split()]
    phrase = next(
        (
            " ".join(words[k:])
            for k in range(len(words))
            if (plain := " ".join(w for w in words[k:] if not QUALIFIED.fullmatch(w))) in roles()
            or plain in PEERAGES
        ),
        words[-1],
    )
    # Where too: "the Bishop of Durham" is no other bishop.
    where = match["where"]
    return _titles_of(phrase) | {f"{phrase}{where}".lower()} if where else _titles_of(phrase)


def padded(longer: str, name: str) -> bool:
    """Tell whether a longer form is a name and the title-case words of a headline after it.

    "Bernie Sanders Pins Hopes on ..." makes "Bernie Sanders Pins": the words after the name
    are dictionary words that are no first names, so the name is "Bernie Sanders".
    """
    if not longer.startswith(name + " "):
        return False
    extra = longer[len(name) + 1 :].split()
    words = english_words()
    # A numeral of a reign is no headline's word: "John Paul II" is the pope, "John Paul" his short form.
    return all(w.lower() in words and w.lower() not in first_names() and not w.isupper() for w in extra)


#: A royal's title before a name: "Prince ".
REIGNING_BEFORE = rf"\b(?i:{'|'.join(sorted(REIGNING))}) "
#: The Arabic article hyphened before a surname: "al-Assad", "el-Sisi", "Al-Sabah".
ARABIC_ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l)-(?=[A-Z])")


def before_of(name: str) -> str:
    """Return a name without where its bearer is from: "Theodorus" of "Theodorus of Tabennese"."""
    return name.split(" of ")[0]


def without_middle(short: str, full: str) -> bool:
    """Tell whether a name is a fuller one without its middle names: "Antonín Dvořák"."""
    shorter, longer = short.split(), full.split()
    return len(shorter) == 2 and len(longer) > 2 and shorter == [longer[0], longer[-1]]


def initialled(short: str, full: str) -> bool:
    """Tell whether a name is a fuller one, its first name cut to the initial: "H Luscombe"."""
    if short[1:2] not in (" ", ".") or full[:1] != short[:1]:
        return False  # most names open with no initial: a look at two letters, not a split
    shorter, longer = short.split(), full.split()
    return (
        len(shorter) == 2
        and len(longer) >= 2
        and len(shorter[0].rstrip(".")) == 1
        and len(longer[0].rstrip(".")) > 1
        and longer[0][0] == shorter[0][0]
        and shorter[1] == longer[-1]
    )


def one_letter_off(a: str, b: str) -> bool:
    """Tell whether two words differ by one inserted, deleted or changed letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
