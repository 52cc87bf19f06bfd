"""Tell the papers, channels and agencies a source quotes or names by their mastheads."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from .gazetteers import (
    english_words,
    famous_people,
    first_names,
    nationalities,
    places,
)
from .words import (
    WEEKDAY_NAMES,
)

#: A capital "The" before one word, and what people do to or for a publication just before it.
_CAPITAL_THE = re.compile(r"The ([A-Z][a-z]+)\b(?! [A-Z])")
_MASTHEAD_BEFORE = re.compile(
    r"\b(?:told|according to|(?:interview|interviews|interviewed|spoke|speaking|talked|talking) (?:with|to)|"
    r"(?:writer|editor|reporter|columnist|journalist|correspondent|critic)s? (?:for|at|of)|"
    r"(?:write|writes|wrote|writing|work|works|worked|working) (?:for|at)) $"
)
#: The noun of a news outlet, a name before or after it: "Interfax news agency", "the daily
#: Ming Pao". Radio and television are a thing's too ("Bluetooth radio technology"): an
#: outlet's only before what it is or does, and before its name only as a station, a
#: channel or a network ("radio station Cadena Ser"); a broadcaster may be someone.
_OUTLET_NOUN = re.compile(
    r"\b(news\s+agency|news\s+service|newspapers?|daily|weekly|magazine|tabloid"
    r"|(?:radio|television|TV)\s+(?:station|channel|network)|(?:radio|television)"
    r"(?=\s+(?:station|channel|network|service|reported|said|says|quoted)\b|['’]s\b|[.,;:]|\s*$))\b"
)
_NAME_BEFORE_AN_OUTLET = re.compile(r"(?<![\w’'&.-])([A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})[\"”]?\s+$")
_NAME_AFTER_AN_OUTLET = re.compile(r"\s+([A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})")
#: A name opening a sentence that quotes someone as saying: "Antara quoted him as saying", "But Mainichi".
_QUOTED_AS_SAYING = re.compile(
    r"(?:^|[.!?]\s+)(?:But\s+)?([A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,2}) quoted [^.;]{1,80}? as saying"
)
#: A place owning the name after it: "Germany's Federal Criminal Police Office", "Britain's Sun".
PLACE_OWNER = re.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s\s+(?=[A-Z])")
#: A sentence's end inside a run of capitalised words: a stop after two small letters, or a line's end.
_SENTENCE_END_IN_A_RUN = re.compile(r"(?<=[a-z]{2}[.!?])\s+|\s*\n\s*")
#: Words that open a sentence before an outlet's name: "But Le Matin newspaper said".
_OPENERS = re.compile(r"(?:But|And|Or|Yet|So|Then|Now|Also|Meanwhile|However),?\s+")


def outlet_name(name: str) -> str:
    """Return an outlet's name without the place or the day that owns it: "Britain's Sun" is the Sun."""
    # A run of capitals before the noun may start in the sentence before: "the town of
    # Staoueli. But Le Matin newspaper" names Le Matin ("U.S." ends no sentence).
    name = _SENTENCE_END_IN_A_RUN.split(name.strip())[-1]
    if opener := _OPENERS.match(name):
        name = name[opener.end() :]
    owner = PLACE_OWNER.match(name)
    # "Thursday's Sun newspaper": the day's edition is the paper.
    owned = owner and (owner[1].lower() in places() or owner[1].lower() in _EDITION_DAYS)
    return name[owner.end() :] if owned else name


#: A day whose edition of a paper is named: "Thursday's", "Today's".
_EDITION_DAYS = WEEKDAY_NAMES | {"today", "yesterday"}


class Outlets:
    """The outlets a source quotes or names; mixed into Cast."""

    def _quoted_outlet(self, initials: str) -> bool:
        """Tell whether the source quotes initials as a news outlet: "SYDNEY (AFP) -", "told AFP"."""
        before = rf"\b(?:told|to|according to|quoted by) {initials}\b"
        return (
            re.search(rf"\({initials}\)|{before}|\b{initials} (?:reported|news agency)\b", self._joined)
            is not None
        )

    def outlet(self, word: str) -> bool:
        """Tell whether a lone word no list knows is a body people tell things to."""
        if word in self._mastheads:
            return True
        folded = word.lower()
        return (
            word in self._told
            and len(word) >= 3
            and not re.fullmatch(r"[A-Z]+s", word)  # "told MPs": members, no body
            and folded not in english_words()
            and folded not in first_names()
            and folded not in places()
            and folded not in nationalities()
            and folded not in famous_people()  # "spoke to Putin": someone
        )

    @cached_property
    def _quoting_outlets(self) -> frozenset[str]:
        """Return the names that quote someone as saying, which a news outlet does: "Antara quoted him"."""
        if " quoted " not in self._joined:  # most sources quote no one so
            return frozenset()
        return frozenset(
            quoting[1]
            for quoting in _QUOTED_AS_SAYING.finditer(self._joined)
            # Not "Newspapers quoted", "Diplomats quoted": people or papers of a kind.
            if (first := quoting[1].split()[0].lower()) not in english_words() and first not in first_names()
        )

    @property
    def _outlets_named(self) -> Iterator[tuple[str, int]]:
        """Yield the names beside a news outlet's noun, and where each ends: "Interfax news agency"."""
        # From the rare noun back to the name: cheaper than trying every capital for a name.
        joined = self._joined
        for noun in _OUTLET_NOUN.finditer(joined):
            before = _NAME_BEFORE_AN_OUTLET.search(joined, max(0, noun.start() - 80), noun.start())
            if before:
                yield before[1], before.end(1)
            after = _NAME_AFTER_AN_OUTLET.match(joined, noun.end())
            if after and noun[1] != "radio" and noun[1] != "television":
                # "the daily Asahi Shimbun. Kuroda said": the name ends with its sentence.
                name = _SENTENCE_END_IN_A_RUN.split(after[1])[0].rstrip(".")  # "... Fraternite Matin."
                yield name, after.start(1) + len(name)

    @cached_property
    def _mastheads(self) -> frozenset[str]:
        """Return the words a capital "The" makes a publication after "told", "a writer for" and the like."""
        # Mid-sentence, "The" is capitalised only as part of a title: "told The Onion",
        # though "onion" is a word; any one word may be a newspaper's name.
        # From each capital "The" back to the verb: cheaper than trying every verb everywhere.
        joined = self._joined
        return frozenset(
            the[1]
            for the in _CAPITAL_THE.finditer(joined)
            if _MASTHEAD_BEFORE.search(joined, max(0, the.start() - 40), the.start())
        )
