"""Type a run by what surrounds it and classify it: initials spelled out, dates, glosses."""

from __future__ import annotations

import dataclasses
import re

from ..patterns import alternation
from ..when.datewords import DAY_WORDS, NUMBER_WORDS
from .bodies import broadcaster_s_name, on_air, publication_s
from .gazetteers import (
    LEGAL_FORMS,
    ORG_HEADS,
    a_country,
    body_name,
    common_first_names,
    english_words,
    first_names,
    fold_quotes,
    formal_place,
    nationalities,
    organisations,
    place_heads,
    places,
    states_and_provinces,
    towns,
)
from .kinds import kind_of
from .people import named_by_title, surname_after_a_title
from .places import state_s_people
from .words import (
    A_JUST_BEFORE,
    CALENDAR,
    CHAMBERS,
    DESIGNATION,
    EVENT_HEADS,
    MEMBERS,
    MONTH_NAMES,
    OFFICES,
    ORDINALS,
    ORGANISATION,
    PERSON,
    PLACE,
    PLURAL_PEOPLE,
    PUBLICATION_AFTER,
    REIGNING,
    SHORT_MONTHS,
    WEEKDAY_NAMES,
    Mention,
    Token,
    country_code,
    firm_as,
    is_function_word,
    opens_sentence,
    surname_in_capitals,
    team,
)

#: A web or an e-mail address, a hashtag or a handle: their capitals are a path's, a
#: mailbox's or a tag's, no names ("#MeToo", "@janedoe_ap").
_ADDRESS = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w&])[#@][A-Za-z_]\w*",
    re.IGNORECASE,
)


def address_spans(text: str) -> list[tuple[int, int]]:
    """Return where web and e-mail addresses, hashtags and handles stand in a text."""
    if not any(sign in text for sign in ("://", "www.", "@", "#")):
        return []  # most paragraphs hold none: no scan
    return [m.span() for m in _ADDRESS.finditer(text)]


def one_body_s_initials(dashed: re.Match) -> str:
    """Join initials an en dash divides with a hyphen where neither side names a place or a body."""
    known = any(country_code(part) or body_name(part) or part.lower() in places() for part in dashed.groups())
    return dashed[0] if known else f"{dashed[1]}-{dashed[2]}"


#: Initials in brackets right after a name: " (UNRWA)".
_BRACKETED_INITIALS = re.compile(r"\s*\(([A-Z]{3,8})\)")


def spelled_across_and(text: str, run: list[Token]) -> bool:
    """Tell whether the initials in brackets after a run spell its words past an "and".

    "the United Nations Relief and Works Agency for Palestine Refugees (UNRWA)" is one
    body; "Fiat and General Motors (GM)" two.
    """
    bracketed = _BRACKETED_INITIALS.match(text, run[-1][2])
    if not bracketed:
        return False
    capitals = [(k, t[0]) for k, t in enumerate(run) if t[0][:1].isupper() and t[0] != "The"]
    initials = "".join(w[0] for _, w in capitals)
    acronym = bracketed[1]
    if not initials.startswith(acronym) or len(acronym) > len(capitals):
        return False
    spelled_to = capitals[len(acronym) - 1][0]
    return any(t[0] == "and" for t in run[capitals[0][0] : spelled_to])


def spelled_whole(text: str, run: list[Token]) -> bool:
    """Tell whether the initials in brackets after a run spell every capitalised word of it.

    "the state Trading Corporation of Pakistan (TCP)": the first word is the body's, though
    it could open a sentence as a verb.
    """
    bracketed = _BRACKETED_INITIALS.match(text, run[-1][2])
    return bool(bracketed) and bracketed[1] == _initials_of(run)


def _initials_of(tokens: list[Token]) -> str:
    """Return the initials of a run's capitalised words: "TCP" of "Trading Corporation of Pakistan"."""
    return "".join(word[0] for word, _, _ in tokens if word[:1].isupper())


#: A day's number just before a month written short, or a year's just after it: "21.JAN.99".
_DAY_BEFORE_A_MONTH = re.compile(r"\d[.-]?$")
_YEAR_AFTER_A_MONTH = re.compile(r"[.-]?\d\d\b")


def short_month(text: str, mention: Mention) -> bool:
    """Tell whether a month written short dates something: "Jan. 31", "21.JAN.99", "S23.SEP.96"."""
    return mention.text.title() in SHORT_MONTHS and (
        _DAY_AFTER.match(text, mention.end) is not None
        or mention.text.isupper()
        and (
            _DAY_BEFORE_A_MONTH.search(text, max(0, mention.start - 2), mention.start) is not None
            or _YEAR_AFTER_A_MONTH.match(text, mention.end) is not None
        )
    )


#: A day's number after a month: ". 31", " 4"; a day in words too ("Ended Jan three"), or
#: the month that closes a span ("Jan/Feb").
_DAY_AFTER = re.compile(
    rf"\.?\s+(?:\d{{1,2}}|{alternation(DAY_WORDS)})\b|/(?:{'|'.join(sorted(SHORT_MONTHS))})\b"
)

_ORDINAL_BEFORE = re.compile(r"\d+(?:st|nd|rd|th)[ -]$")


def dated_words(text: str, mention: Mention) -> bool:
    """Tell whether a mention is words of the dictionary before a month and its day: "Pay Dec 1"."""
    return (
        mention.kind == "unknown"
        and len(mention.words) > 1
        and _ends_in_a_date(text, mention)
        and all(w.lower() in english_words() and w.lower() not in first_names() for w in mention.words[:-1])
    )


def initials_after(tokens: list[Token]) -> bool:
    """Tell whether a run's last word is the initials of its capitalised words: "Saudi Press Agency SPA"."""
    last = tokens[-1][0].rstrip(".,;:")
    return len(last) >= 2 and last.isupper() and last == _initials_of(tokens[:-1])


def dated_name(text: str, mention: Mention) -> bool:
    """Tell whether a name runs into a month and its day: "Purolator February 27"."""
    if mention.kind == PERSON:
        # "President Felix Houphouet-Boigny March 19-22": a full name, then the date; "Fredric
        # March 27" and "Theresa May 10" keep their surnames.
        return len(mention.words) > 2 and mention.words[-1] != "May" and _ends_in_a_date(text, mention)
    return mention.kind in ("unknown", ORGANISATION) and _ends_in_a_date(text, mention)


def month_ended(tokens: list[Token]) -> bool:
    """Tell whether a run ends in a month no one bears, after no one's first name: "German January"."""
    month, before = tokens[-1][0].lower(), tokens[-2][0].lower()
    return (
        month in MONTH_NAMES
        and month not in first_names()
        # "Fredric March" is someone; a people's or a place's word before a month no one is.
        and (
            before not in first_names()
            or before in nationalities()
            or " ".join(t[0] for t in tokens[:-1]).lower() in places()  # "Hong Kong February"
        )
    )


def _ends_in_a_date(text: str, mention: Mention) -> bool:
    """Tell whether a mention's last word is a month and its day follows: "... Dec 1", "... February 27"."""
    month = mention.words[-1]
    return (month.lower() in MONTH_NAMES or month.rstrip(".") in SHORT_MONTHS) and _DAY_AFTER.match(
        text, mention.end
    ) is not None


def opens_with_century(text: str, run: list[Token]) -> bool:
    """Tell whether a run opens with the "Century" of "17th Century Zurbarán paintings"."""
    start = run[0][1]
    ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 6), start)
    return (
        len(run) > 1
        and run[0][0] in ("Century", "Centuries")
        and ordinal is not None
        and text[ordinal.start() : run[-1][2]].lower() not in organisations()  # "20th Century Fox"
    )


#: A US legislator's party's letter and their state, as the AP writes them: "R-Iowa", "D-Mass.".
_PARTY_AND_STATE = re.compile(r"[RDI]-([A-Z][A-Za-z]+(?:\.[A-Z]\.?)?)\.?")

#: Initials, then words in brackets up to a name's run: "LCD (Liquid ".
_INITIALS_THEN_BRACKET = re.compile(r"\b([A-Z]{2,6})s? \(((?:[A-Za-z-]+ )*)$")


def spelled_out(text: str, mention: Mention) -> bool:
    """Tell whether a run in brackets spells out the initials before it in words of the dictionary."""
    if not text.startswith(")", mention.end):
        return False  # most names: no bracket closes right after them
    before = _INITIALS_THEN_BRACKET.search(text, max(0, mention.start - 60), mention.start)
    if before is None:
        return False
    words = [*before[2].split(), *mention.words]
    return "".join(w[0] for w in words).upper() == before[1] and all(
        w.lower() in english_words() for w in words
    )


#: A tongue's label before a name inside brackets: "(Arabic: ", "(Greek: Athina, Kurdish: ".
_TONGUE_BEFORE = re.compile(r"[(,;] ?([A-Z][a-z]+)(?: name)?: (?:[^(),;:]+ or )?$")
#: A spelling in letters of another script, inside brackets: "(... also transliterated as Kitab".
_SPELT_AS_BEFORE = re.compile(r"\b(?:transliterated|romani[sz]ed) as $")
#: A tongue after a name inside brackets: "(Kiteba Cilwe in Kurdish;".
_TONGUE_AFTER = re.compile(r" in ([A-Z][a-z]+)[;,)]")


def _in_another_tongue(text: str, mention: Mention) -> bool:
    """Tell whether a name is another tongue's for the name before its bracket: "(Kurdish: Ciyaye Hemrin)"."""
    if "(" not in text[max(0, mention.start - 80) : mention.start]:
        return False
    if _SPELT_AS_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        return True
    before = _TONGUE_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    after = before or _TONGUE_AFTER.match(text, mention.end)
    return after is not None and after[1].lower() in nationalities()


def _of_the_kind_glossed(text: str, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """Return a name in another tongue as of the kind of the name its bracket follows, or None."""
    opened = text.rfind("(", 0, mention.start)
    glossed = next((m for m in reversed(mentions) if m.end <= opened), None)
    if glossed is None or glossed.kind == "unknown" or text[glossed.end : opened].strip():
        return None  # a work's or a thing's name before the bracket: "The Yazidi Book of Revelation ("
    return dataclasses.replace(mention, kind=glossed.kind)


#: "near" just before a name, which puts things there.
_NEAR_BEFORE = re.compile(r"\b(?:[Nn]ear|[Oo]utskirts of|vicinity of) $")


def by_what_surrounds(
    text: str,
    mention: Mention,
    mentions: list[Mention],
    honorific: str | None,
    titles: list[str],
    bracketed: bool,
) -> Mention | None:
    """Return a mention as the words around it type it: a tribe, a place "near", a ship's code."""
    kind, start, end = mention.kind, mention.start, mention.end
    styled = bool(honorific or titles)
    if kind in (PERSON, "unknown") and not styled:
        # The words just before: one slice, read for each of the rules' marks.
        before = text[max(0, start - 20) : start]
        owner = text.startswith(("'s", "’s"), end)  # "near Al Gore's house": someone's, where they are
        if not owner and "in " in before and _PRINTED_IN_BEFORE.search(before):
            return dataclasses.replace(mention, kind=ORGANISATION)  # "published in Nature Neuroscience"
        if not owner and PUBLICATION_AFTER.match(text, end) and publication_s(text, mention):
            return dataclasses.replace(mention, kind=ORGANISATION)  # "Vibe magazine", "Empire magazine's"
        if "tribe" in text[end : end + 24] and _TRIBE_AFTER.match(text, end):
            return None  # "the Al Bu Nimr tribe": a people, as a nation is; "the Kennedy clan" is a family
        if not owner and ("ear " in before or "of " in before) and _NEAR_BEFORE.search(before):
            return dataclasses.replace(mention, kind=PLACE)  # "near Tal Afar": no one is where things happen
        if (
            kind in (PERSON, "unknown")
            and text[start - 1 : start] == " "
            and text[start - 2 : start - 1].isalnum()
            and (
                mention.words[-1].lower() in place_heads()[1]
                or len(mention.words) > 1
                and mention.words[-1].rstrip(".").lower() in _STREETS_SHORT
            )
            and _HOUSE_NUMBER_BEFORE.search(text, max(0, start - 8), start)
        ):
            # "340 Hay Street", "601 Riverview Dr.": an address
            return dataclasses.replace(mention, kind=PLACE)
    if bracketed:
        if kind in (PERSON, "unknown") and _in_another_tongue(text, mention):
            # "Hamrin Mountains (Arabic: Jabal Hamrin)": the name before the bracket in another
            # tongue, of its kind: a place's is a place, someone's someone.
            return _of_the_kind_glossed(text, mention, mentions)
        if text.endswith(") (", 0, start) and text.startswith(")", end):
            if party := _HANSARD_PARTIES.get(mention.text):
                # "Jess Phillips (Birmingham, Yardley) (Lab):": a member's party, as Hansard tags it
                return Mention(party, ORGANISATION, start, end)
        elif kind in (PERSON, "unknown") and _SEAT_BEFORE_PARTY.match(text, end):
            return dataclasses.replace(mention, kind=PLACE)  # "(Dwyfor Meirionnydd) (PC):": the seat
    if (
        kind == ORGANISATION
        and text.endswith(" in ", 0, start)
        and " " in mention.text
        and mention.text.lower() in towns()
        and mention.text.lower() not in organisations()
    ):
        # "a rally at Pennsylvania State University in State College": a town the gazetteer
        # knows, put somewhere, though a body's head ends its name
        return dataclasses.replace(mention, kind=PLACE)
    if (
        kind == ORGANISATION
        and " " not in mention.text
        and _OBJECT_AFTER.match(text, end)
        and mention.text.lower() in english_words()
        and opens_sentence(text, start)
    ):
        return None  # "Press the button", "Post the letter": a verb that bids, no paper's name
    if kind == PERSON and "champion" in titles and team(mention.words):
        # "the NFL Champion Baltimore Colts": a club after its title, no one
        return dataclasses.replace(mention, kind=ORGANISATION, titles=[])
    if text[start - 2 : start - 1] in ("t", "d", "h") and _head_by_its_number(text, mention):
        return None  # "3rd Battalion", "the U.S. 5th Fleet", "42nd Street": a head alone names nothing
    if mention.text.isupper() and _a_thing_s_initials(text, mention):
        return None  # "destroyed a VBIED and an ISIL vehicle": a thing one of, no body
    return mention


#: What a verb that bids takes after it: "Press the button", "Post it".
_OBJECT_AFTER = re.compile(r" (?:the|a|an|your|this|it|them)\b")
#: Where a text is printed, before a journal's or a paper's name: "published in ".
_PRINTED_IN_BEFORE = re.compile(r"\b(?:published|wrote|writing) in (?:the )?$")

#: The parties Hansard tags a member with, in brackets after the seat: "(Lab)", "(Con)".
_HANSARD_PARTIES = {
    "Lab": "Labour Party",
    "Con": "Conservative Party",
    "LD": "Liberal Democrats",
    "SNP": "Scottish National Party",
    "DUP": "Democratic Unionist Party",
    "SDLP": "Social Democratic and Labour Party",
    "UUP": "Ulster Unionist Party",
    "PC": "Plaid Cymru",
}
#: The rest of a seat's bracket, then a member's party as Hansard tags it: ") (Lab)".
_SEAT_BEFORE_PARTY = re.compile(rf"[^()]{{0,40}}\) \((?:{'|'.join(_HANSARD_PARTIES)})\)")

#: A tribe after its name, or after the rest of it past a small word: "Al| bu Nimr tribe".
_TRIBE_AFTER = re.compile(r"(?: [a-z]{1,3} [A-Z][\w'’-]*)? tribes?\b")
#: A street's kind written short, as an address gives it: "Riverview Dr.", "Main St", "Fifth Ave".
_STREETS_SHORT = frozenset("st dr ave rd blvd ln ct pl hwy pkwy ter cres".split())
#: A house's number before a street's name: "340 Hay Street", "12a Mill Lane"; not a year
#: ("In 1998 John Street said").
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\d.,])\b(?!19\d\d |20\d\d )\d{1,5}[a-z]? $")


def _head_by_its_number(text: str, mention: Mention) -> bool:
    """Tell whether a head or a town's word stands alone after an ordinal: "3rd Battalion", "5th Fleet"."""
    word = mention.text.lower()
    return (
        " " not in word
        and (word in ORG_HEADS or word in place_heads()[1] or mention.kind == PLACE and not a_country(word))
        and _ORDINAL_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
        # A chamber in its term stays itself: "the 117th Congress".
        and not (word in CHAMBERS or body_name(mention.text))
    )


#: A number, then the bracket's end: "(DDG 70)".
_NUMBER_CLOSES = re.compile(r" \d+\)")
#: What ends a noun phrase right after initials: a mark, "and", "or".
_PHRASE_ENDS = re.compile(r"(?:[,.;:)]|\s+(?:and|or)\b)")


def _a_thing_s_initials(text: str, mention: Mention) -> bool:
    """Tell whether initials name a thing: alone after "a" ("a VBIED,", "an MLP and"), or a hull number.

    A body's initials after "a" name what it owns or who works for it ("an FBI agent", "a
    NASA mission"), so the noun phrase must end with them.
    """
    if not (mention.kind in (ORGANISATION, "unknown") and mention.text.isupper() and " " not in mention.text):
        return False
    if text[mention.start - 1 : mention.start] == "(" and _NUMBER_CLOSES.match(text, mention.end):
        return True  # "USS Hopper (DDG 70)": a ship's hull number, by its class's letters
    return (
        A_JUST_BEFORE.search(text, max(0, mention.start - 3), mention.start) is not None
        and _PHRASE_ENDS.match(text, mention.end) is not None
        and body_name(mention.text) is None
    )


#: What an event's name ends with, no body's: "Men's Singles", "Women's Day".
_CONTESTS = EVENT_HEADS | frozenset("singles doubles final finals race marathon relay day week".split())

#: A numbered meeting of a field: "the Fourth International Congress", "the 25th World Congress".
_CONGRESS_HELD = re.compile(r"(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th)) (?:International|World) Congress\b")


def a_congress_held(text: str, mention: Mention) -> bool:
    """Tell whether a congress is a meeting its number counts, as a conference is."""
    held = _CONGRESS_HELD.search(text, max(0, mention.start - 12), mention.end)
    if held is None:
        return False
    number = held[0].split(" ", 1)[0]
    return number in ORDINALS or number[0].isdigit()


def _lone_word_s(token: Token) -> Mention | None | bool:
    """Return what one word alone names, None for nothing, or False if the lists must say."""
    word = token[0]
    if "-" in word and (party := _PARTY_AND_STATE.fullmatch(word)):
        # "Sen. Chuck Grassley, R-Iowa,", "(D-Mass.)": a member's party and the state they serve
        state = states_and_provinces().get(party[1]) or states_and_provinces().get(f"{party[1]}.")
        if state:
            return Mention(state, PLACE, token[1] + 2, token[2])
    folded = word.lower()
    if folded.rstrip(".") in _LONE_FORMS and not word.isupper():
        return None  # "Thompson Medical co Inc": a legal form alone, its name cut off; "the CO" commands
    if (bare := fold_quotes(folded)).endswith("'s") and bare[:-2] in CALENDAR:
        return None  # "MONDAY’S ‘OUTLIERS’": a day's possessive in a headline's capitals
    if folded in NUMBER_WORDS:
        return None  # "Thirteen provinces ... have been suffering": a number opening a sentence
    return False


#: Legal forms that name nothing alone; "Cie" is a firm's own short name too.
_LONE_FORMS = LEGAL_FORMS - {"cie"}


def classify_run(tokens: list[Token], honorific: str | None, titles: list[str]) -> Mention | None:
    """Return the mention a split run's tokens make, typed by its honorific, titles and words."""
    words = [t[0] for t in tokens]
    if len(words) > 1 and words[0][1:2] == "-" and words[0][:1] in "RDI" and words[0][2:3].isupper():
        # "Rep. Jerrold Nadler, D-New York City": the party's letter, then the place served.
        (word, start, end), *rest = tokens
        return classify_run([(word[2:], start + 2, end), *rest], honorific, titles)
    if len(words) >= 2 and words[-1] == "I":
        # "Damasus I": a reign's numeral (the runs take "I" only so), read by the name before it.
        reign = classify_run(tokens[:-1], honorific, titles)
        # "Elizabeth I,": the queen, though the first name alone is a town's.
        if reign is None or reign.kind not in (PERSON, "unknown") and words[0].lower() not in first_names():
            return reign
        return Mention(f"{reign.text} I", PERSON, reign.start, tokens[-1][2], honorific, titles)
    if len(words) >= 3 and words[-1] in ("II", "III", "IV") and words[-2][:1].isupper():
        # "Judge Pasco Bowman II": a son's numeral after a name no list knows, read by the name
        # before it; "World War II" stays no one's ("World War" names no one).
        named = classify_run(tokens[:-1], honorific, titles)
        if named is not None and named.kind in (PERSON, "unknown") and named.start == tokens[0][1]:
            return dataclasses.replace(named, text=f"{named.text} {words[-1]}", end=tokens[-1][2])
    if len(words) >= 2 and words[-1] == "Flight":
        # "Malaysia Airlines Flight 17", "Air France Flight 447": the airline's flight, the airline
        # named; "Howard Flight" is a man.
        airline = classify_run(tokens[:-1], honorific, titles)
        if airline is not None and airline.kind == ORGANISATION:
            return airline
    if len(words) == 1 and (lone := _lone_word_s(tokens[0])) is not False:
        return lone  # a party's tag, a legal form, a day or a number alone
    name = " ".join(words)
    if (
        not words
        or words[-1].lower() not in MONTH_NAMES
        and is_function_word(words[-1])
        and name.lower() not in organisations()
        and not firm_as(words)
    ):
        return None  # "... Said", "... Watch" of a headline; "Human Rights Watch" is the table's
    if len(words) > 1 and words[-1].lower() in MEMBERS:
        folded_words = name.lower().split()
        if all(map(state_s_people, folded_words[:-1])):
            return None  # "Nebraskan Democratic Sen. Edward Zorinsky": whence and whose party, then his title
    if len(words) > 1 and _COPULAS.intersection(words[1:]):
        return None  # "Lessons Will Be Learned", "Why The Government Is Struggling": a headline's clause
    folded = fold_quotes(name.lower())
    kind = kind_of(words, folded, honorific)
    if (
        kind == PLACE
        and name.isupper()
        and (len(words) > 2 or any(is_function_word(word) for word in words))
        and folded not in places()
        and not formal_place(folded)
    ):
        # "SIGNS TAX TREATY WITH VIRGIN ISLANDS", "IN GULF": a headline in capitals that ends in a
        # place's head word; a dateline's town of two words is one ("TARPON SPRINGS, Florida").
        return None
    designated = DESIGNATION.search(words[-1]) and (
        kind in (PERSON, "unknown") or kind == ORGANISATION and "-" in name
    )
    if designated and body_name(name) is None:
        return None  # "McDonnell Douglas DC-9s", "the B-52G upgrade": a model's designation, no one's
    if kind == PERSON and len(words) == 2 and words[1] in ("Democrat", "Republican"):
        return None  # "its Christian Democrat allies": a party's member, no one's name
    office = len(words) == 2 and words[1].lower() in OFFICES and words[0].lower() not in common_first_names()
    if kind == PERSON and office:
        return None  # "Philippine President Rodrigo Duterte": whose office, though "Philippine" is a name
    if kind == ORGANISATION and titles and team(words):
        kind = PERSON  # "Chairman Lawton Chiles": a title's holder, though a town and a plural name teams
    if kind is None and titles and len(words) >= 2 and _HYPHENED_SURNAME.fullmatch(words[-1]):
        kind = PERSON  # "Prime Minister Prayut Chan-o-cha": a surname hyphened in lower case, after a title
    if titles and len(words) == 1 and kind in ("unknown", PLACE) and named_by_title(words[0]):
        kind = PERSON  # "Chairman Mao", "President Musharraf", "Queen Elizabeth": a title names a person
    if titles and surname_in_capitals(words):
        kind = PERSON  # a transcript's "Senator KELLY": a surname in capitals, no body's initials
    if titles and len(words) == 1 and titles[-1] in REIGNING and words[0].lower() in first_names():
        kind = PERSON  # "Prince Harry", though "harry" is a verb: a royal's given name
    if kind == PLACE and titles and surname_after_a_title(words, titles[-1], folded):
        kind = PERSON  # "Judge Shanlyn Park", "Governor Mike Lake": the title's holder, no park nor lake
    if len(words) == 2 and words[0] in ORDINALS and words[1] == "Circuit":
        kind = ORGANISATION  # "the Ninth Circuit": a US court of appeals; "Silverstone Circuit" is a track
    if len(words) > 1 and words[0].lower() in WEEKDAY_NAMES:
        kind = ORGANISATION  # "Sunday Mirror", "Sunday Live": a paper or a broadcast, no one's name
    if (
        kind in (PERSON, "unknown")
        and len(words) > 1
        and words[0][:-2].lower() in PLURAL_PEOPLE
        and words[-1].lower() not in _CONTESTS
    ):
        kind = ORGANISATION  # "Children's Social Care", "Women's Aid": a service for them, no one's name
    if on_air(words):
        kind = ORGANISATION
    elif len(words) > 1 and words[-1] in ("Television", "TV") and kind in (PERSON, "unknown"):
        kind = ORGANISATION if broadcaster_s_name(words) else None  # "Rossiya Television"; not "German TV"
    if kind is None:
        return None
    return Mention(name, kind, tokens[0][1], tokens[-1][2], honorific, titles)


#: A surname whose later parts are in lower case: "Chan-o-cha"; "Rotherham-style" too, so only after a title.
_HYPHENED_SURNAME = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")

#: Forms of "be" that a headline capitalises and no name holds.
_COPULAS = frozenset({"Be", "Is", "Are", "Was", "Were", "Been", "Being"})
