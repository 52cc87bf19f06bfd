"""Read names from lists and descriptions: "firms such as X and Y", "X, the Dutch electronics company"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .gazetteers import (
    ORG_HEADS,
    common_first_names,
    english_words,
    first_names,
)
from .words import (
    CALENDAR,
    Mention,
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
EXAMPLES = re.compile(r"(?:such as|like|including|includes?)[;:,]? (?=(?:[Tt]he )?[A-Z])")


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


def described(joined: str, apposition: re.Pattern[str]) -> set[str]:
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


def another_plural_last(kind: str) -> bool:
    """Tell whether words after a kind end with another plural, whose examples follow: "hit projects"."""
    words = kind.replace(",", " ").split()
    return (
        len(words) > 1
        and words[1] not in ("which", "that", "who", "whose")  # "sites which offer games, like AOL"
        and len(words[-1]) > 4
        and plural_of_a_word(words[-1])
        and not KINDS_BEFORE.match(words[-1] + " ")
    )


#: A plural of where things are, between a kind and its examples: "firms in other centers, such as".
WHERE_KIND = re.compile(
    r" (?:centers|centres|cities|countries|markets|capitals|hubs|nations|regions|places|areas)\b"
)
#: The kind, in the plural, before the examples: "firms ", "publishers who are open to it, ".
KINDS_BEFORE = _plural_before(_KINDS_OF_BODIES)
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
NAMED_AS = re.compile(r"(called|named|known as) (?=(?:[Tt]he )?[A-Z])")
#: The nouns of campaigns and charities, which their names stand beside: "the Missing People charity".
CAMPAIGN_NOUN = re.compile(
    r"\b(?:charity|(?:campaign|pressure|advocacy|lobby|rights)\s+group|NGO|non-?profit|think\s+tank)\b"
)
NAME_BEFORE_A_CAMPAIGN = re.compile(r"\b[Tt]he\s+([A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})\s+$")
NAME_AFTER_A_CAMPAIGN = re.compile(r"\s+([A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})(?=\s+[a-z]|[,.;:])")
#: The kind, one of them, before it is named: "a firm ", "the team, ".
KIND_BEFORE = re.compile(rf"\b(?:{_KINDS_OF_BODIES}),? $")
#: "named" names only after "a" ("a company named IOG"): "the club named Smith as manager" appoints.
A_KIND_BEFORE = re.compile(rf"\b[Aa]n? (?:[a-z-]+ )?(?:{_KINDS_OF_BODIES}),? $")
#: Where a list of examples ends: a sentence's end or a bracket.
_LIST_END = re.compile(r"[.?!:;)(](?:\s|$)|[()]")
#: Between a list's items.
LIST_SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
#: An item's name, after "the" or an owner ("Italy's TIM"); words of a connector between capitals.
ITEM_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*['’]s\s+)?([A-Z][\w!&'’-]*(?:\.\w+)*(?:\s+(?:(?:of|de|for|on|the|&)\s+){0,2}[A-Z0-9][\w!&'’-]*(?:\.\w+)*)*)"
)
#: Prepositions that open a sentence: "In New Hampshire, a group of ...".
_OPENING_PREPOSITIONS = frozenset("In At From Across For On By With To Outside".split())
_OPENING_PHRASE = re.compile(rf"(?:^|[.!?]\s+)(?:{'|'.join(_OPENING_PREPOSITIONS)})\s+$")
#: A name just before a comma, up to three capitalised words: "Wycliffe Bible Translators".
_NAME_BEFORE_COMMA = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}$")
# A body's kind "of" something is a number of them: "a group of candidates", "the site of".
# Arms of a state too, which give no examples: "the Bundeskriminalamt, Germany's federal police,".
BODY_DESCRIBED = _apposition(
    f"{_KINDS_OF_BODIES}|chain|pollster|journal|police|ministry|army|military|department|service|authority|inspectorate"
)
# A body's part or supplier, only when the source says whose: "a drug supplier" is someone.
PART_OF_A_BODY = _apposition("supplier|subsidiary|affiliate|division|unit|arm", owned=True)
# A firm as what it makes or sells "of": "a maker of components", "a distributor of drugs".
MAKER_DESCRIBED = _apposition("maker|manufacturer|distributor|retailer|wholesaler", "|of")
#: Who heads a body's part, before whose it is: "the head of ECGD's ... division, Gerry Breach".
HEAD_OF_BEFORE = re.compile(r"\b(?:head|chief|director|manager|president|chairman|boss) of (?:the )?[^,;.]*$")
#: A body's part, whose it is said, then its name: "Apple's Irish subsidiary, ", "the club's affiliate, the ".
PART_NAMED = re.compile(
    r"[A-Za-z]['’]s? (?:[\w-]+ ){0,3}(?:subsidiary|affiliate|division|farm team|feeder club), "
    r"(?=(?:the )?[A-Z])"
)
PLACE_DESCRIBED = _apposition(_KINDS_OF_PLACES, "|of")
#: Kinds of places, in the plural, before their examples: "villages such as Brin".
PLACES_BEFORE = _plural_before(_KINDS_OF_PLACES)
#: A kind of place, then its name or names: "the village of Brin", "the islands Les Saintes, ...".
THE_PLACE = re.compile(
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
RENAMED = re.compile(
    r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}),? (?:now|formerly|previously|later|since)"
    r" (?:known as|called|renamed) (?=[A-Z])"
)
#: A kind of place before what it is called: "a village called Wadi Hilweh", "a town named Nandrin".
A_PLACE_BEFORE = re.compile(rf"\b[Aa]n? (?:[A-Za-z][a-z]+ ){{0,2}}(?:{_KINDS_OF_PLACES}) $")
#: What ends a place's name the list reads on into: a figure, or a day or a month after a small word.
_AFTER_A_PLACE = re.compile(rf"\s+(?:\d|(?:on|in|of|for|the)\s+(?i:{'|'.join(sorted(CALENDAR))})\b)")


def standing_alone(text: str, mention: Mention, after_of: bool = False) -> bool:
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


def unknown_item(name: str) -> bool:
    """Tell whether a listed name is none a first name opens, nor a lone word of the dictionary.

    A lone word in a list of places or bodies may be a rare first name still ("Leonia"), not a common one.
    """
    if " " not in name:
        return name.lower() not in common_first_names() and name.lower() not in english_words()
    return name.split()[0].lower() not in first_names()


def lists_names(text: str, mentions: list[Mention]) -> bool:
    """Tell whether a paragraph's names stand as a list's do: most paragraphs list none."""
    between = [text[a.end : b.start] for a, b in zip(mentions, mentions[1:], strict=False)]
    return between.count(", ") >= 1 and any(s in _LIST_ENDS for s in between)


_LIST_ENDS = frozenset({", and ", ", or ", " and ", " or "})
#: What joins two names as a pair: "Maserati and Alfa Romeo", "Amicus and the TGWU".
PAIRING = frozenset({" and ", " or ", " and the ", " or the "})
#: A list of three names or more: "Fort Lee, Edgewater, Englewood Cliffs and Leonia".
_LISTED_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
NAME_LIST = re.compile(
    rf"(?=[A-Z])(?<![\w'’.-]){_LISTED_NAME}(?:, {_LISTED_NAME})+,? (?:and|or) {_LISTED_NAME}\b"
)


def items_after(text: str, start: int) -> list[str]:
    """Return the names a list gives from where it starts to where it ends: "Blinkx, Copernic and X"."""
    end = _LIST_END.search(text, start, start + 200)
    items = []
    for item in LIST_SEPARATOR.split(text[start : end.start() if end else start + 200]):
        name = ITEM_NAME.match(item)
        if not name:
            break
        items.append(name[1].rstrip(".’'"))
        if name.end() < len(item.rstrip()):
            break  # "Microsoft and Apple all of whom ...": the list ends at a lower-case word
    return items


def place_item(name: str) -> str:
    """Return a place's name without what the list read on into: "Moengo 56", "Urus-Martan on Saturday"."""
    end = _AFTER_A_PLACE.search(name)
    return name[: end.start()] if end else name


def said_to_be_places(joined: str) -> Iterator[str]:
    """Yield the names a sentence opens with and says are places of a kind: "Boultham is a village"."""
    for kind in _IS_A_PLACE.finditer(joined):
        # From the verb back to where its sentence opens: cheaper than trying every capital.
        at, opened = kind.start(), 0
        for mark in (". ", "! ", "? ", "\n"):
            if (k := joined.rfind(mark, 0, at)) >= 0:
                opened = max(opened, k + len(mark))
        if subject := _SUBJECT.fullmatch(joined, opened, at):
            yield subject[1]
