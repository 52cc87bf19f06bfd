"""Collect what a source's own words say its names are: lived in, put in, cited, kin, introduced."""

from __future__ import annotations

import re
from functools import cached_property

from .bodies import CITED_YEAR
from .forms import (
    KINSHIP,
)
from .gazetteers import (
    body_name,
    english_words,
    first_names,
    places,
)
from .words import (
    FUNCTION_WORDS,
    YEAR,
    Mention,
    dictionary_words,
)

#: An award's name before what it gives or draws: "Oscar nominee", "Bafta nominations".
_AWARDED = re.compile(
    r"\b([A-Z]\w+) (?:nominees?|nominations?|nominated|winners?|winning|hopefuls?|favourites?|"
    r"contenders?|ceremony|glory|statuettes?)\b"
)
#: A word that makes the next one a thing: "an Oscar", "his Mercedes", "this year's Brit".
DETERMINED = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|his|her|their|its|this|my|your|our)|['’]s)\s+$")
#: A firm's legal form after its first word: "Texaco| Inc".
_FORM_AFTER = r"\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV)\b"
#: Where a source puts things: "in Hadibo", "near Svendborg", "born at Stridon", "west of Broadway".
_PUT_IN = (
    # Not where a text is printed: "published in Nature Neuroscience", "wrote in the Times";
    # nor what someone studies or does: "interested in Coleoptera", "specialised in Sanskrit".
    # The words before "in" are looked at once "in" is found: one test at most places, not twelve.
    r"\b(?:in(?<!published in)(?<!appeared in)(?<!wrote in)(?<!writing in)(?<!quoted in)(?<!reported in)"
    r"(?<!interested in)(?<!involved in)(?<!specialised in)(?<!specialized in)(?<!specialising in)"
    r"(?<!specializing in)"
    r"|[Nn]ear|[Oo]utside(?: of)?|throughout|along|(?:north|south|east|west)(?:east|west)? of"
    r"|(?:born|died) at"
    # ... where people live: "two residents of Sierakowice", "on the outskirts of Grozny".
    r"|(?:residents|inhabitants|villagers|outskirts) of"
    # ... and where someone goes: "travel to Rantau Abang", "fled to Tal Afar"; not "moved to", a
    # player's club.
    r"|(?:travel(?:l?ed|l?ing|s)?|flew|fled|flee(?:ing|s)?|sailed|drove|deported|extradited|emigrated) to) "
)
#: A word things are put in, and a name "and" or "or" joins to it: "in Svendborg or Faaborg";
#: not a firm's first word before its legal form ("a fall in Texaco Inc bonds").
_PUT_IN_WORDS = re.compile(
    rf"{_PUT_IN}(\w+)\b(?!['’]|{_FORM_AFTER})(?:,? (?:and|or) ([A-Z]\w+)\b(?!['’]|{_FORM_AFTER}))?"
)
#: What only a person has: kin, a life and its end ("Einstein's theory" too, "Warhol's paintings").
_LIVED = re.compile(
    r"\b([A-Z]\w+)(?:['’]s (?:wife|husband|son|daughter|father|mother|brother|sister|parents|widow"
    r"|children|death|birth|childhood|funeral|biography|memoir|theory|paintings|novels?|poems?)"
    r"| (?:was born|died|married|grew up))\b"
)
#: What a person has and a town cannot: "Newton's concept", "George's brother", "Darwin died".
#: Kin, but no partner: "Chicago's partner city".
_THOUGHT = re.compile(
    r"\b([A-Z]\w+)(?:['’]s (?:"
    + KINSHIP.replace("|partner", "")
    + r"|funeral|biography|memoir|theory|theories|concept"
    r"|death(?! (?:toll|penalty|rate|row|squad|sentence)s?\b))"
    r"| (?:was born|died))\b"
)
#: Brackets that may cite works by author and year: "(Li, Polat, & Bavelier, 2010; Dye, 2009)".
_BRACKETS = re.compile(r"\(([^()]{6,400})\)")
#: An author's surname in a citation: "Scalzo", "Martínez Cantón", "O'Neill", "Morgan-Short".
_AUTHOR = re.compile(r"[A-Z][\w-]+(?:['’][A-Z][\w-]+)?")
_AUTHORS = re.compile(
    r"\s*(?:see |see also |e\.g\.,? |for example,? |for instance,? |cf\.,? )?"
    rf"{_AUTHOR.pattern}(?: {_AUTHOR.pattern})?"
    rf"(?:(?:,| &|, &| and|, and) {_AUTHOR.pattern}(?: {_AUTHOR.pattern})?)*(?: et al\.?)?"
)
#: A surname before the year of a cited work: "Spang (1983)", "Sapir's (1971)", "Lewis et al. (2014)".
_BRACKETED_YEAR = re.compile(rf"\({YEAR}\)")
_CITED_BEFORE = re.compile(r"(?<!The )\b([A-Z][\w-]+(?:['’][A-Z][\w-]+)?)(?:['’]s| et al\.)? $")
#: What follows the first of several authors: "Gibbons et al.", "Kessler and colleagues".
_OTHER_AUTHORS = re.compile(r" (?:(et al)\b|and colleagues\b)")
#: The second of two authors before a bare year: "Polio and Gass 1997", "Heidenreich & Turano 2011".
_AND_CITED = re.compile(rf" and ([A-Z][a-z][\w-]*),? {YEAR}\b")
_AMPERSAND_CITED = re.compile(rf" & ([A-Z][a-z][\w-]*),? {YEAR}\b")
#: Words that go before a year and are no author's name: "March and April 2004".
_CALENDAR_WORDS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Spring Summer Autumn Fall Winter".split()
)
#: The words before a name someone gives themselves, which `_INTRODUCED` opens with.
_INTRODUCING_WORDS = ("name is", "name's", "name’s", "I'm", "I’m", "I am", "all me")
#: A name someone gives themselves: "My name is Jordyn", "I'm Kasia".
_INTRODUCED = re.compile(
    r"\b(?:[Mm]y name is|[Mm]y name['’]s|I['’]m|I am|[Cc]all me) ([A-Z][a-z][\w'’-]*)\b(?!['’])"
)
#: A relative named beside their kinship, set off by commas: "Philonise, his brother,", "his
#: daughter, Gianna,".
#: The words that make someone's kin theirs.
_OWNERS = "his|her|their|my|our"
_KIN_AFTER_NAME = re.compile(rf"(?:,| and) (?:{_OWNERS}) (?:[a-z]+ )?(?:{KINSHIP})\b")
_KIN_THEN_NAME = re.compile(rf" (?:{KINSHIP}|friend) ([A-Z][a-z]+)\b(?! [A-Z])")
_OWNER_ENDING = re.compile(rf"\b(?:{_OWNERS})$")
KIN_ENDING = re.compile(rf"(?:\b(?:{_OWNERS})|['’]s) (?:{KINSHIP})$")
_APPOSED_NAME = re.compile(r", ([A-Z][a-z]+),")
NAME_ENDING = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)$")
#: Two authors before a bracketed year: "Palmeri and Gazio ", "Carrano & Biewener ".
_PAIR_CITED_BEFORE = re.compile(r"\b([A-Z][a-z][\w-]*) (?:and|&) ([A-Z][a-z][\w-]*) $")


class Clues:
    """What a source's own words say its names are; mixed into Cast."""

    @cached_property
    def _put_in(self) -> frozenset[str]:
        """Return the words the source puts things in or near: "in Hadibo", "near Svendborg or Faaborg"."""
        found = _PUT_IN_WORDS.findall(self._joined)  # one scan: the word, and a fellow after "and"
        # "in Svendborg or Faaborg": a place's fellow; not "in December and Yugansk".
        return frozenset(first for first, _ in found) | {
            second
            for first, second in found
            if second
            and first[:1].isupper()
            and (
                first.lower() in places()
                or not (first.lower() in english_words() or first.lower() in FUNCTION_WORDS)
            )
        }

    def _placed(self, mention: Mention) -> bool:
        """Tell whether a name of words no list knows is a place: the source puts things in it."""
        words = mention.words
        return (
            mention.kind == "unknown"
            and len(words) in (2, 3)
            and words[0].lower() not in first_names()
            and not mention.honorific
            and not mention.titles
            and mention.text in self._put_in_names
            and words[0].lower() not in self._traded
            and not body_name(words[0])  # "in Microsoft Outlook": a body's product
        )

    @cached_property
    def _lived(self) -> frozenset[str]:
        """Return the words the source gives a life: kin, a birth, a death ("Einstein's wife")."""
        return frozenset(_LIVED.findall(self._joined))

    @cached_property
    def _thought(self) -> frozenset[str]:
        """Return the words the source gives a life or a thought no place has: "Newton's concept"."""
        return frozenset(_THOUGHT.findall(self._joined))

    @cached_property
    def _cited(self) -> frozenset[str]:
        """Return the surnames the source cites as authors: "(Li & Polat, 2010)", "Spang (1983)"."""
        joined = self._joined
        cited = set()
        # Found from the bracketed year back, which is cheap to find; names are everywhere.
        for year in _BRACKETED_YEAR.finditer(joined):
            author = _CITED_BEFORE.search(joined, max(0, year.start() - 60), year.start())
            # A work's title before its year is no author: "Airport (1968)", "The Crucible (1953)".
            if author and author[1].lower() not in english_words():
                cited.add(author[1])
            # "adapted from Palmeri and Gazio (1995)": both of two authors before it.
            pair = _PAIR_CITED_BEFORE.search(joined, max(0, year.start() - 60), year.start())
            if pair and not {pair[1], pair[2]} & _CALENDAR_WORDS and not dictionary_words([pair[1], pair[2]]):
                cited.update((pair[1], pair[2]))
        # Two authors before a bare year: "Polio and Gass 1997", "Heidenreich & Turano 2011";
        # not "March and April 2004".
        # Found from "and" or "&" on, which are cheap to find, then back to the first name.
        for second in (*_AND_CITED.finditer(joined), *_AMPERSAND_CITED.finditer(joined)):
            first = NAME_ENDING.search(joined, max(0, second.start() - 30), second.start())
            pair = (first[1], second[1]) if first else ()
            if pair and not set(pair) & _CALENDAR_WORDS and not dictionary_words(list(pair)):
                cited.update(pair)
        # "Kessler and colleagues [15]": an author, whatever follows; "Gibbons et al." one
        # though a word, since only authors go before "et al.".
        for others in _OTHER_AUTHORS.finditer(joined):
            first = NAME_ENDING.search(joined, max(0, others.start() - 30), others.start())
            if first and (others[1] or first[1].lower() not in english_words()):
                cited.add(first[1])
        for brackets in _BRACKETS.findall(joined):
            citations = []
            for part in brackets.split(";"):
                authors = CITED_YEAR.split(part, 1)
                # A year closes the authors, and nothing else goes before it: "Feng, Spence, &
                # Pratt, 2007", not "(pictured in 2010)" nor "(The Crucible, 1953)".
                if len(authors) > 1 and _AUTHORS.fullmatch(authors[0]):
                    citations.append(
                        [name for name in _AUTHOR.findall(authors[0]) if name not in ("The", "See")]
                    )
            for names in citations:
                # One author alone must be no word, "(Rain, 1932)" is a work, unless other
                # citations beside it say what the brackets hold: "(Laws, 2016; Lindsay, 2015)".
                if (
                    len(names) > 1
                    or names
                    and (names[0].lower() not in english_words() or len(citations) > 1)
                ):
                    cited.update(names)
        return frozenset(cited)

    @cached_property
    def _kinned(self) -> frozenset[str]:
        """Return the words the source sets beside a kinship: "Philonise, his brother"."""
        joined = self._joined
        names = set()
        # From the kinship back to the name before it: ", his brother", "Chao and his wife"
        # are cheap to find.
        for kin in _KIN_AFTER_NAME.finditer(joined):
            if name := NAME_ENDING.search(joined, max(0, kin.start() - 30), kin.start()):
                names.add(name[1])
        # From a name set off by commas back to the kinship before it: "his brother, Hans,".
        for apposed in _APPOSED_NAME.finditer(joined):
            if KIN_ENDING.search(joined, max(0, apposed.start() - 25), apposed.start()):
                names.add(apposed[1])
        # A friend or a relative named right after: "with his friend Bonosus", "her son Dhruv";
        # found from the kinship, which is rarer than "his", back to the owner.
        for kin in _KIN_THEN_NAME.finditer(joined):
            if _OWNER_ENDING.search(joined, max(0, kin.start() - 6), kin.start()):
                names.add(kin[1])
        return frozenset(names)

    @cached_property
    def _introduced(self) -> frozenset[str]:
        """Return the names people give themselves: "My name is Jordyn", "Call me Ishmael"."""
        joined = self._joined
        # Few sources have anyone say so: a look for the words before the pattern's scan.
        if not any(words in joined for words in _INTRODUCING_WORDS):
            return frozenset()
        return frozenset(_INTRODUCED.findall(joined))

    @cached_property
    def _put_in_names(self) -> frozenset[str]:
        """Return the names of several words the source puts things in: "in Urem al-Kubra"."""
        word = r"(?:[A-Z]\w+|[a-z]{1,3}-[A-Z]\w+)"  # an Arabic article joined to a word: "al-Kubra"
        return frozenset(re.findall(rf"{_PUT_IN}([A-Z]\w+(?: {word}){{1,2}})\b(?!['’])", self._joined))

    @cached_property
    def _written(self) -> dict[str, frozenset[str]]:
        """Return the source's words, those after an article or a possessive, and those in compounds."""
        text = self._joined
        return {
            "words": frozenset(re.findall(r"\w+", text)),
            "determined": frozenset(re.findall(rf"{DETERMINED.pattern.removesuffix('$')}(\w+)", text)),
            "compounded": frozenset(re.findall(r"(\w+)-[a-z]", text)) | frozenset(re.findall(_AWARDED, text)),
        }
