"""Read names from lists and descriptions: "firms such as X and Y", "X, the Dutch electronics company"."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from functools import cached_property

from .ands import compound_across
from .bodies import named_before_its_kind
from .clues import (
    NAME_ENDING,
)
from .gazetteers import (
    ORG_HEADS,
    common_first_names,
    english_words,
    familiar_first_names,
    famous_people,
    first_names,
    fold_quotes,
    nationalities,
    places,
)
from .kinds import a_body, a_place
from .outlets import (
    outlet_name,
)
from .words import (
    CALENDAR,
    ORGANISATION,
    PERSON,
    QUALIFIERS,
    TITLE_WORDS,
    Mention,
    opens_sentence,
    plural_of_a_word,
)

#: Kinds of bodies whose examples or names a source gives: "firms such as", "a firm called".
# Services, networks, stations and rivals are left out: their examples are as often products
# ("services like Sky+", "networks like GSM") or places ("stations such as Euston").
_KINDS_OF_BODIES = (
    "publication|publisher|newspaper|magazine|outlet|broadcaster|compan(?:y|ie)|firm|bank|retailer|"
    "supermarket|charit(?:y|ie)|organi[sz]ation|universit(?:y|ie)|college|club|team|agenc(?:y|ie)|"
    "airline|carmaker|maker|manufacturer|insurer|lender|giant|label|band|group|website|site|start-up|startup|"
    "platform|app|nonprofit|non-profit|think tank|regulator|watchdog|pollster|conglomerate|chain|consultancy|"
    "utility|carrier|studio|party|union|foundation|trust|association|society|federation|network|NGO|ngo|"
    "venture|newsletter|tabloid|broadsheet"
)
# Found from the rarer words after the kind ("such as", "called") back to it: one scan of the
# source for a literal, not a scan that tries every kind at every character.
#: What gives examples, then a name: "such as Copernic", "including; The Brooklyn Paper", "groups include".
_EXAMPLES = re.compile(r"(?:such as|like|including|includes?)[;:,]? (?=(?:[Tt]he )?[A-Z])")


def _apposition(kinds: str, then: str = "", owned: bool = False) -> re.Pattern[str]:
    """Return the pattern of a kind in apposition after a name: ", a company that", ", the village of"."""
    return re.compile(
        # The words before the kind qualify it; a preposition makes it another's: "Jane
        # Smith, a spokeswoman for the bank," is no bank; a person's age or rank someone:
        # "Jo Flaherty, a senior broadcaster with the CBS network".
        # Or whose it is: "Berkshire Hathaway, Warren Buffett's company,"; only so, if owned.
        rf", (?:{'' if owned else 'an?|the|'}[A-Z][\w.-]*(?: [A-Z][\w.-]*){{0,2}}['’]s) "
        rf"(?:(?!(?:for|of|at|in|with|from|to|by|on|and|or|senior|junior|veteran|retired|young|fellow)\b)"
        rf"[A-Za-z][\w-]* ){{0,3}}"
        rf"(?:{kinds})\b(?!['’-])"
        rf"(?=[,.;:)]|\s+(?:that|which|whose|in|on|near|based|from|with|founded|co-founded|owned|run|known|for"
        rf"|set up|created|launched|started|led|backed|funded|where|to{then})\b)"
    )


def _described(joined: str, apposition: re.Pattern[str]) -> set[str]:
    """Return the names a source describes as of a kind, each with its shorter ends ("Evernote")."""
    names = set()
    for kind in apposition.finditer(joined):  # from the literal ", a ..." back to the name
        name = _NAME_BEFORE_COMMA.search(joined, max(0, kind.start() - 60), kind.start())
        # "In New Hampshire, a group of candidates ...": a sentence's opening phrase, no apposition.
        if name and not _OPENING_PHRASE.search(joined, max(0, name.start() - 12), name.start()):
            # "the Bronx. Ford, the US car company": the name from its sentence's start.
            found = name[0].split(". ")[-1]
            if found.split()[0] in _OPENING_PREPOSITIONS:
                continue  # "In Argentina, Suez's subsidiary" after a headline, which has no stop
            if found.endswith("ly") and found.lower() in english_words():
                continue  # "Specifically, the team led by Dr. Ory": an adverb opening the sentence
            names.add(found)
            words = found.split()
            # Its shorter ends too, for a sentence's first word before it ("Yesterday
            # Evernote"); not a word alone ("Publications" of "Timely Publications").
            if words[-1].lower() not in english_words():
                names.update(" ".join(words[i:]) for i in range(1, len(words)))
    return names


def _plural_before(kinds: str) -> re.Pattern[str]:
    """Return the pattern of a kind, in the plural, before its examples: "firms ", "villages that, "."""
    return re.compile(rf"\b(?i:{kinds})s\b(?:[ ,][a-z][a-z ,'’-]{{0,40}})?,? $")


def _another_plural_last(kind: str) -> bool:
    """Tell whether words after a kind end with another plural, whose examples follow: "hit projects"."""
    words = kind.replace(",", " ").split()
    return (
        len(words) > 1
        and words[1] not in ("which", "that", "who", "whose")  # "sites which offer games, like AOL"
        and len(words[-1]) > 4
        and plural_of_a_word(words[-1])
        and not _KINDS_BEFORE.match(words[-1] + " ")
    )


#: A plural of where things are, between a kind and its examples: "firms in other centers, such as".
_WHERE_KIND = re.compile(
    r" (?:centers|centres|cities|countries|markets|capitals|hubs|nations|regions|places|areas)\b"
)
#: The kind, in the plural, before the examples: "firms ", "publishers who are open to it, ".
_KINDS_BEFORE = _plural_before(_KINDS_OF_BODIES)
#: Kinds of places whose names a source gives: "the village of Brin", "islands such as Langeland".
_KINDS_OF_PLACES = (
    "town|village|cit(?:y|ie)|island|province|region|count(?:y|ie)|district|hamlet|municipalit(?:y|ie)|river|lake|"
    "archipelago|peninsula|valley|suburb|borough|parish|capital|settlement|port|resort|enclave|township|kibbutz|"
    "commune|oblast|prefecture|atoll|emirate"
)
#: What a sentence says its subject is: a place of a kind ("is a village", "was a small town").
#: The kind ends the phrase: not "John Smith is a village elder".
_IS_A_PLACE = re.compile(
    rf" (?:is|was) an? (?:[a-z][\w-]* ){{0,3}}(?:{_KINDS_OF_PLACES})\b"
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:in|of|on|near|and|with|situated|located|that|which|where|north|south|east|west|\d)\b)"
)
#: The name that opens a sentence, as its subject, and what a bracket adds: "Bank Hey (also Sunny Bower),".
_SUBJECT = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})(?: \([^()]{1,60}\))?,?")
#: What names a body, then its name: "called Swarm Systems", "known as the Gliders".
_NAMED_AS = re.compile(r"(called|named|known as) (?=(?:[Tt]he )?[A-Z])")
#: The nouns of campaigns and charities, which their names stand beside: "the Missing People charity".
_CAMPAIGN_NOUN = re.compile(
    r"\b(?:charity|(?:campaign|pressure|advocacy|lobby|rights)\s+group|NGO|non-?profit|think\s+tank)\b"
)
_NAME_BEFORE_A_CAMPAIGN = re.compile(r"\b[Tt]he\s+([A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})\s+$")
_NAME_AFTER_A_CAMPAIGN = re.compile(r"\s+([A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})(?=\s+[a-z]|[,.;:])")
#: The kind, one of them, before it is named: "a firm ", "the team, ".
_KIND_BEFORE = re.compile(rf"\b(?:{_KINDS_OF_BODIES}),? $")
#: "named" names only after "a" ("a company named IOG"): "the club named Smith as manager" appoints.
_A_KIND_BEFORE = re.compile(rf"\b[Aa]n? (?:[a-z-]+ )?(?:{_KINDS_OF_BODIES}),? $")
#: Where a list of examples ends: a sentence's end or a bracket.
_LIST_END = re.compile(r"[.?!:;)(](?:\s|$)|[()]")
#: Between a list's items.
_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
#: An item's name, after "the" or an owner ("Italy's TIM"); words of a connector between capitals.
_ITEM_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*['’]s\s+)?([A-Z][\w!&'’-]*(?:\.\w+)*(?:\s+(?:(?:of|de|for|on|the|&)\s+){0,2}[A-Z0-9][\w!&'’-]*(?:\.\w+)*)*)"
)
#: Prepositions that open a sentence: "In New Hampshire, a group of ...".
_OPENING_PREPOSITIONS = frozenset("In At From Across For On By With To Outside".split())
_OPENING_PHRASE = re.compile(rf"(?:^|[.!?]\s+)(?:{'|'.join(_OPENING_PREPOSITIONS)})\s+$")
#: A name just before a comma, up to three capitalised words: "Wycliffe Bible Translators".
_NAME_BEFORE_COMMA = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}$")
# A body's kind "of" something is a number of them: "a group of candidates", "the site of".
# Arms of a state too, which give no examples: "the Bundeskriminalamt, Germany's federal police,".
_BODY_DESCRIBED = _apposition(
    f"{_KINDS_OF_BODIES}|chain|pollster|journal|police|ministry|army|military|department|service|authority|inspectorate"
)
# A body's part or supplier, only when the source says whose: "a drug supplier" is someone.
_PART_OF_A_BODY = _apposition("supplier|subsidiary|affiliate|division|unit|arm", owned=True)
# A firm as what it makes or sells "of": "a maker of components", "a distributor of drugs".
_MAKER_DESCRIBED = _apposition("maker|manufacturer|distributor|retailer|wholesaler", "|of")
#: Who heads a body's part, before whose it is: "the head of ECGD's ... division, Gerry Breach".
_HEAD_OF_BEFORE = re.compile(
    r"\b(?:head|chief|director|manager|president|chairman|boss) of (?:the )?[^,;.]*$"
)
#: A body's part, whose it is said, then its name: "Apple's Irish subsidiary, ", "the club's affiliate, the ".
_PART_NAMED = re.compile(
    r"[A-Za-z]['’]s? (?:[\w-]+ ){0,3}(?:subsidiary|affiliate|division|farm team|feeder club), "
    r"(?=(?:the )?[A-Z])"
)
_PLACE_DESCRIBED = _apposition(_KINDS_OF_PLACES, "|of")
#: Kinds of places, in the plural, before their examples: "villages such as Brin".
_PLACES_BEFORE = _plural_before(_KINDS_OF_PLACES)
#: A kind of place, then its name or names: "the village of Brin", "the islands Les Saintes, ...".
_THE_PLACE = re.compile(
    # Up to three words before the kind: "the western coastal town of Bou Haroun", "the
    # central Transylvanian town of Bistrita", "the small northern Israeli town of Afula".
    # A hyphened word too ("the army-controlled northern town of Vavuniya"), and a place's
    # possessive for the article ("Norway's remote Arctic island of Spitzbergen").
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|\b[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s)"
    r" ((?:(?!of |the )[A-Za-z][a-z]+(?:-[a-z]+)? ){1,3})?"
    rf"((?:{_KINDS_OF_PLACES})s?)"
    r"( of| known as| called)? (?=[A-Z])"
)
#: A name, then its other name: "Gorky, now known as Nizhny Novgorod", "Bombay, now called Mumbai".
_RENAMED = re.compile(
    r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}),? (?:now|formerly|previously|later|since)"
    r" (?:known as|called|renamed) (?=[A-Z])"
)
#: A kind of place before what it is called: "a village called Wadi Hilweh", "a town named Nandrin".
_A_PLACE_BEFORE = re.compile(rf"\b[Aa]n? (?:[A-Za-z][a-z]+ ){{0,2}}(?:{_KINDS_OF_PLACES}) $")
#: What ends a place's name the list reads on into: a figure, or a day or a month after a small word.
_AFTER_A_PLACE = re.compile(rf"\s+(?:\d|(?:on|in|of|for|the)\s+(?i:{'|'.join(sorted(CALENDAR))})\b)")


def _standing_alone(text: str, mention: Mention, after_of: bool = False) -> bool:
    """Tell whether a name stands as a noun of its own, no one's thing and no part of another name.

    Not "Sony's Qrio", "Bono's transformation", "Lord Campbell of Alloway", "Bagle.AU" nor "the
    Reagan administration". With `after_of`, "of" after a word in lower case leaves it alone:
    "the works of Goldbach".
    """
    before = text[max(0, mention.start - 4) : mention.start]
    after = text[mention.end : mention.end + 30]
    if after_of and before.endswith(" of ") and text[max(0, mention.start - 5) : mention.start - 4].islower():
        before = ""
    return (
        not before.endswith(("'s ", "’s ", "' ", "’ ", "of ", "."))
        and not after.startswith(("'", "’"))
        and not ((head := _NEXT_WORD.match(after)) and head[1] in ORG_HEADS)
    )


#: The word after a name, in lower case: "administration" after "the Reagan".
_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _unknown_item(name: str) -> bool:
    """Tell whether a listed name is none a first name opens, nor a lone word of the dictionary.

    A lone word in a list of places or bodies may be a rare first name still ("Leonia"), not a common one.
    """
    if " " not in name:
        return name.lower() not in common_first_names() and name.lower() not in english_words()
    return name.split()[0].lower() not in first_names()


def _lists_names(text: str, mentions: list[Mention]) -> bool:
    """Tell whether a paragraph's names stand as a list's do: most paragraphs list none."""
    between = [text[a.end : b.start] for a, b in zip(mentions, mentions[1:], strict=False)]
    return between.count(", ") >= 1 and any(s in _LIST_ENDS for s in between)


_LIST_ENDS = frozenset({", and ", ", or ", " and ", " or "})
#: What joins two names as a pair: "Maserati and Alfa Romeo", "Amicus and the TGWU".
_PAIRING = frozenset({" and ", " or ", " and the ", " or the "})
#: A list of three names or more: "Fort Lee, Edgewater, Englewood Cliffs and Leonia".
_LISTED_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
_NAME_LIST = re.compile(
    rf"(?=[A-Z])(?<![\w'’.-]){_LISTED_NAME}(?:, {_LISTED_NAME})+,? (?:and|or) {_LISTED_NAME}\b"
)


def items_after(text: str, start: int) -> list[str]:
    """Return the names a list gives from where it starts to where it ends: "Blinkx, Copernic and X"."""
    end = _LIST_END.search(text, start, start + 200)
    items = []
    for item in _LIST_SEPARATOR.split(text[start : end.start() if end else start + 200]):
        name = _ITEM_NAME.match(item)
        if not name:
            break
        items.append(name[1].rstrip(".’'"))
        if name.end() < len(item.rstrip()):
            break  # "Microsoft and Apple all of whom ...": the list ends at a lower-case word
    return items


def _place_item(name: str) -> str:
    """Return a place's name without what the list read on into: "Moengo 56", "Urus-Martan on Saturday"."""
    end = _AFTER_A_PLACE.search(name)
    return name[: end.start()] if end else name


def _said_to_be_places(joined: str) -> Iterator[str]:
    """Yield the names a sentence opens with and says are places of a kind: "Boultham is a village"."""
    for kind in _IS_A_PLACE.finditer(joined):
        # From the verb back to where its sentence opens: cheaper than trying every capital.
        at, opened = kind.start(), 0
        for mark in (". ", "! ", "? ", "\n"):
            if (k := joined.rfind(mark, 0, at)) >= 0:
                opened = max(opened, k + len(mark))
        if subject := _SUBJECT.fullmatch(joined, opened, at):
            yield subject[1]


#: A spokesperson or staff after a name; an analyst may come before their own name.
_STAFF = re.compile(
    r" (?:(analyst|economist|strategist|president|founder|chairman|chairwoman)|spokes(?:man|woman|person)"
    r"|officials?|executives?"
    r"|analysts|economists|strategists|traders?|employees|staff)\b"
)
#: Two or three capitalised words right before, after an article or not: "a Paine Webber",
#: "Kidder Peabody", "Donaldson Lufkin Jenrette".
_TWO_BEFORE = re.compile(r"(?:\b([Aa]n?|[Tt]he) )?\b([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})$")
#: A person's name after their role: " John Smith".
_NAME_AFTER = re.compile(r" [A-Z][a-z]+ [A-Z]")
#: A plural name with its fans: "a Mets fan", "Saracens supporters".
_FANS = re.compile(r" (?:fans?|supporters?)\b")
#: Where a body is based, before its name: "Oxford-based Natural Motion", "Hong Kong-based".
_BASED = re.compile(r"\b((?:[A-Z][\w.’']*\s)?[A-Z][\w.’']*)-based\s+(?=[A-Z])")
#: Words that open a noun phrase, no name: "a", "this", "their".
DETERMINERS = frozenset("a an this that these those his her their our my its your".split())


class Listed:
    """The names a source lists, pairs or describes; mixed into Cast."""

    @cached_property
    def _staffed(self) -> frozenset[str]:
        """Return the names of two words the source gives staff: "a Paine Webber spokesman"."""
        joined = self._joined
        staffed = set()
        for staff in _STAFF.finditer(joined):  # the staff's word first: most sources name none
            named = _TWO_BEFORE.search(joined, max(0, staff.start() - 40), staff.start())
            # After an article ("a Paine Webber spokesman"), or before an analyst's own name.
            if named and (named[1] or staff[1] and _NAME_AFTER.match(joined, staff.end())):
                first, rest = named[2].split(" ", 1)
                if " " in rest:
                    staffed.add(rest)  # "Monday Goldman Sachs": a firm of two words, too
                if " " not in rest or first.lower() not in TITLE_WORDS | QUALIFIERS:
                    staffed.add(named[2])  # not "a Deputy State Department spokeswoman": the role's
        # Not someone the source has speak as "he" or "she": "a Jeb Bush spokesman" is his.
        return frozenset(name for name in staffed if self.spoke_as(name) != PERSON)

    @cached_property
    def _based_names(self) -> frozenset[str]:
        """Return the names after where a body is based: "Oxford-based Natural Motion launched"."""
        joined = self._joined
        if "-based " not in joined:  # most sources name none
            return frozenset()
        named = set()
        for based in _BASED.finditer(joined):
            place = " ".join(based[1].split()).lower()  # "Hong\nKong-based", wrapped
            # A place's: "Windows-based Creative Zen" is a player.
            if (place in places() or place.split()[-1] in places()) and (
                name := _ITEM_NAME.match(joined, based.end())
            ):
                named.add(name[1].rstrip(".’'"))
        return frozenset(named)

    def described_as_a_body(self, name: str) -> bool:
        """Tell whether the source gives a name no first name opens as a body's: "Thorn, the US charity"."""
        return name in self._listed_bodies and name.split()[0].lower() not in first_names()

    @cached_property
    def _listed_bodies(self) -> frozenset[str]:
        """Return the names the source gives as bodies: "publications like The Onion", "a firm called X"."""
        listed = set()
        joined = self._joined
        for called in _NAMED_AS.finditer(joined):
            kind = _A_KIND_BEFORE if called[1] == "named" else _KIND_BEFORE
            if kind.search(joined, max(0, called.start() - 40), called.start()):
                name = _ITEM_NAME.match(joined, called.end())
                if name:
                    listed.add(name[1].rstrip(".’'"))  # "a firm called Swarm Systems"
        for start, end in self._examples:
            kind = _KINDS_BEFORE.search(joined, max(0, start - 60), start)
            # Not "firms in other centers, such as London", nor "groups have targeted projects like";
            # what "include" lists is what the kind right before it is: not "groups whose leaders include".
            if (
                kind
                and not _WHERE_KIND.search(kind[0])
                and not _another_plural_last(kind[0])
                and not (joined.startswith("include", start) and " " in kind[0].strip())
            ):
                listed.update(items_after(joined, end))
        listed.update(_described(joined, _BODY_DESCRIBED))  # "Evernote, a company that ..."
        # An outlet named before its noun: "Interfax news agency said", "the Liberte newspaper"; not
        # a place's ("Tehran radio", "the Hong Kong daily Ming Pao").
        for run, end in self._outlets_named:
            name = outlet_name(run)
            first = name.split()[0].lower()
            if (
                name.lower() not in places()
                and first not in nationalities()
                and first not in CALENDAR  # "the newspaper Tuesday said"
                # "Local newspapers", "Financial newspaper Nihon Keizai Shimbun": a sentence's first word
                and not (name.lower() in english_words() and opens_sentence(joined, end - len(name)))
            ):
                listed.add(name)
        listed.update(_described(joined, _PART_OF_A_BODY))  # "Foxconn, Apple's main supplier,"
        # "Youngstown Steel Door, a maker of components"; "Helen Smith, a maker of films" is someone.
        listed.update(
            name
            for name in _described(joined, _MAKER_DESCRIBED)
            if name.split()[0].lower() not in first_names()
        )
        # A campaign's name beside its noun: "the Missing People charity", "the charity Missing People".
        for noun in _CAMPAIGN_NOUN.finditer(joined):
            before = _NAME_BEFORE_A_CAMPAIGN.search(joined, max(0, noun.start() - 80), noun.start())
            after = _NAME_AFTER_A_CAMPAIGN.match(joined, noun.end())
            # A determiner a sentence opens with is no name: "the charity The ...", "Its".
            named = (name[1] for name in (before, after) if name)
            listed.update(n for n in named if n != "The" and n.lower() not in DETERMINERS)
        # The other way round: "the Pirates' Double-A affiliate, the Altoona Curve".
        for part in _PART_NAMED.finditer(joined):
            name = _ITEM_NAME.match(joined, part.end())
            # "the head of ECGD's international debt division, Gerry Breach,": its head, no part
            if name and not _HEAD_OF_BEFORE.search(joined, max(0, part.start() - 60), part.start() + 1):
                listed.add(name[1].rstrip(".’'"))
        # "Google, Yahoo, Bing and Zotero": a list of names that mostly name bodies.
        for items in self._name_lists:
            known = sum(a_body(item) for item in items)
            if known >= 2 and 2 * known >= len(items):
                listed.update(item for item in items if _unknown_item(item) and not a_body(item))
            if known >= 2 and known == len(items) - 1:
                # The one name among bodies only, two words no familiar first name opens: a firm
                # named for its founders ("Keefe Bruyette, Goldman Sachs and Merrill Lynch").
                listed.update(
                    name
                    for item in items
                    # The list's first name from its sentence's start: "Poor's. Keefe Bruyette".
                    if not a_body(name := item.split(". ")[-1])
                    and len(words := name.split()) == 2
                    and words[0].lower() not in familiar_first_names()
                    and all(w.istitle() for w in words)
                )
        return frozenset(listed)

    @cached_property
    def _paired(self) -> frozenset[str]:
        """Return the names "and" or "or" joins to a body's: "Maserati and Alfa Romeo", "TCI and Atticus"."""
        paired = set()
        for text, a, b in self._joined_pairs(_PAIRING):
            if compound_across(a.words, b.words):
                continue  # "the Task Force on Farm and Rural America": one body's words
            for one, other in ((a, b), (b, a)):
                if (
                    one.kind == "unknown"
                    and (other.kind == ORGANISATION or a_body(other.text))
                    and _unknown_item(one.text)
                    and not any(c.isdigit() for c in other.text)  # "the Nimrod and A400M aircraft"
                    and _standing_alone(text, one)
                    and _standing_alone(text, other)
                ):
                    paired.add(one.text)
        return frozenset(paired)

    @cached_property
    def _kinded(self) -> frozenset[str]:
        """Return the words the source writes before a body's kind: "the Unite union", "the Tata group"."""
        return self._names_where(
            lambda text, m: m.kind == "unknown" and len(m.words) == 1 and named_before_its_kind(text, m)
        )

    def _joined_pairs(self, links: Collection[str]) -> Iterator[tuple[str, Mention, Mention]]:
        """Yield each paragraph's neighbouring names that one of `links` joins: "MCI and Verizon"."""
        for text, mentions in self._paragraphs:
            for a, b in zip(mentions, mentions[1:], strict=False):
                if text[a.end : b.start] in links:
                    yield text, a, b

    @cached_property
    def _paired_people(self) -> frozenset[str]:
        """Return the words no list knows that "and" joins to someone: "Chomsky and Halle"."""
        paired = set()
        for text, a, b in self._joined_pairs((" and ",)):
            if (
                text.endswith(("the ", "The "), 0, a.start)  # "The Galileo and Ulysses spacecraft": no one's
                or not _standing_alone(text, a, after_of=True)
                or not _standing_alone(text, b, after_of=True)
            ):
                continue
            for one, other in ((a, b), (b, a)):
                if one.kind == "unknown" and len(one.words) == 1 and self._someone(other):
                    paired.add(one.text)
        return frozenset(paired)

    def _someone(self, mention: Mention) -> bool:
        """Tell whether a lone word is someone's: a person's, a famous surname, or a surname the source gives.

        A full name is no sign: a band or a firm is listed beside people so ("Joss Stone and
        Keane", "Helmut Panke and Audi").
        """
        if len(mention.words) > 1:
            return False
        if mention.kind == PERSON:
            return self.person(mention) is not None  # not "Dr Pepper", a brand the source lists
        word = mention.text
        known = word.lower() in famous_people() or self._someone_s_surname(word)
        return mention.kind == "unknown" and known

    @cached_property
    def _examples(self) -> list[tuple[int, int]]:
        """Return where the source gives examples ("such as", "like", "including") and where they start."""
        return [example.span() for example in _EXAMPLES.finditer(self._joined)]

    def _listed_place(self, name: str) -> bool:
        """Tell whether the source gives a name as a place's, whichever apostrophe it writes."""
        return fold_quotes(name) in self._listed_places

    @cached_property
    def _listed_places(self) -> frozenset[str]:
        """Return the names the source gives as places: "villages such as Brin", "the islands Les Saintes"."""
        listed = set()
        joined = self._joined
        for start, end in self._examples:
            if _PLACES_BEFORE.search(joined, max(0, start - 60), start):
                listed.update(items_after(joined, end))
        for kind in _THE_PLACE.finditer(joined):
            items = items_after(joined, kind.end())
            if kind[2].endswith("s"):
                # "the islands Marie Galante, Les Saintes": a list; one name may be who did
                # something to them ("the cities Obama visited").
                if len(items) > 1 or kind[3]:
                    listed.update(items)
            elif items and (kind[3] or not kind[1] and items[0].split()[0].lower() not in first_names()):
                # "the village of Brin", "the main island of Utu Vava'u", "the river known as
                # Kamobeul Bolon", "the village Djilapaor"; not "the first city Obama visited".
                listed.add(_place_item(items[0]))
        # From the rarer verb back to the kind: one scan of the source, not one per article.
        for called in _NAMED_AS.finditer(joined):
            start = called.start()
            if (
                joined[called.end()].isupper()
                and _A_PLACE_BEFORE.search(joined, max(0, start - 50), start)
                and (items := items_after(joined, called.end()))
            ):
                listed.add(_place_item(items[0]))  # "a village called Wadi Hilweh", "a town named Nandrin"
        # "the city of Gorky, now known as Nizhny Novgorod": a place's other name is a place's.
        if "known as" in joined or "called" in joined:
            for renamed in _RENAMED.finditer(joined):
                if (_place_item(renamed[1]) in listed or renamed[1].lower() in places()) and (
                    items := items_after(joined, renamed.end())
                ):
                    listed.add(_place_item(items[0]))
        listed.update(self._fellow_places())
        listed.update(_described(joined, _PLACE_DESCRIBED))  # "Brin, a village in ..."
        # "Boultham is a village in Lincolnshire", "Bank Hey (also Sunny Bower) is a suburb".
        if " is a" in joined or " was a" in joined:
            listed.update(_said_to_be_places(joined))
        return frozenset(fold_quotes(name) for name in listed)

    def _fellow_places(self) -> Iterator[str]:
        """Yield the names a list gives among places it mostly names: "Fort Lee, Edgewater, Leonia"."""
        for items in self._name_lists:
            known = sum(a_place(item) for item in items)
            if known >= 2 and 2 * known >= len(items):
                yield from (item for item in items if _unknown_item(item) and not a_place(item))

    @cached_property
    def _name_lists(self) -> list[list[str]]:
        """Return the source's lists of three names or more, each as its names."""
        return [
            _LIST_SEPARATOR.split(found[0])
            for text, mentions in self._paragraphs
            if _lists_names(text, mentions)
            for found in _NAME_LIST.finditer(text)
        ]

    @cached_property
    def _supported(self) -> frozenset[str]:
        """Return the plural words the source gives fans or supporters: "a Mets fan", teams or bands."""
        joined = self._joined
        # Found from "fans" back to the name: one literal to look for, not every capital.
        teams = set()
        for fans in _FANS.finditer(joined):
            name = NAME_ENDING.search(joined, max(0, fans.start() - 40), fans.start())
            if name and name[1].endswith("s"):
                teams.add(name[1])
        return frozenset(teams)
