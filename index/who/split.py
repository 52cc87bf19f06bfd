"""Split a capitalised run into its names, with their honorifics and titles."""

from __future__ import annotations

import itertools
import re

from .ands import dividing_ands
from .gazetteers import (
    ABBREVIATED_TITLES,
    COMPANY_HEADS,
    FIRM_HEADS,
    HONORIFICS,
    JUDGES_AFTER,
    JUDGES_BY_INITIALS,
    LEGAL_FORMS,
    ORG_HEADS,
    PEERS,
    POLICE_RANKS,
    POST_NOMINALS,
    a_country,
    body_name,
    countries,
    demonym,
    english_words,
    familiar_first_names,
    family_names_first,
    first_names,
    formal_place,
    legal_form,
    nationalities,
    offices_of,
    organisations,
    place_heads,
    places,
    roles,
    thing_heads,
    us_states,
    written_legal_form,
)
from .words import (
    AND_COMPANY,
    BARE_INITIALS,
    BODY_LINKS,
    BODY_LINKS_INTO,
    CALENDAR,
    CENTRES,
    CHARTERS,
    CLUB_INITIALS,
    COMPASS,
    CONNECTORS,
    CREEDS,
    DESIGNATION,
    DOTTED,
    DOTTED_INITIALS,
    EURO_MARKETS,
    EVENT_HEADS,
    FIRMS_LAST_WORDS,
    FORMS_FIRST,
    FUNCTION_WORDS,
    GENERATIONS,
    HEADS_AND_CENTRES,
    INITIAL,
    LEAGUE_CLASS,
    MANAGING,
    MEMBERS,
    NAME_ADJECTIVES,
    NAME_PARTICLES,
    OFFICES,
    ORDINALS,
    PARTICLE,
    PARTY_MEMBERS,
    PARTY_OPENERS,
    POSSESSIVES,
    QUALIFIERS,
    ROMANCE_ARTICLE_WORDS,
    ROMANCE_LINKS,
    SIDES,
    TITLE_WORDS,
    TRADES_OPENING,
    WEEKDAY_NAMES,
    Token,
    a_place_or_two,
    an_office,
    campaign_name,
    capital_word,
    clean_token,
    common_or_national,
    country_code,
    country_or_continent,
    dictionary_words,
    firm_as,
    firm_by_trade,
    first_and_a_town,
    full_name,
    is_function_word,
    known_place,
    known_whole,
    nation_before_a_known_body,
    nation_words,
    nationality_before_a_name,
    opening_head,
    paper_of_a_place,
    place_written,
    plural_of_a_word,
    plural_title,
    proper_word,
    proper_words,
    seat_name,
    singular_of,
    team,
    term_initials,
    title_s_possessive,
    unlisted_given_name,
    unlisted_surname,
)

#: The small words a Romance body's name holds, in English text ("and" is none of them).
_ROMANCE_SMALL_WORDS = (
    ROMANCE_LINKS | ROMANCE_ARTICLE_WORDS | set("de del della dello dei degli delle di da des du y".split())
)

#: Endings of the adjectives before a cause in a body's name: "Social", "Criminal", "Restorative".
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ile", "ary")

#: A participle or an adverb, which open sentences but no names.
_OPENING_WORD = re.compile(
    # A vowel before -ing or -ly: "Using", "Having", "Eventually", not "Spring" nor "Sting".
    r"^[A-Z][a-z]*[aeiouy][a-z]*(?:ing|ly)$|^[AEIOU][a-z]*(?:ing|ly)$"
    r"|^(?:Together|Afterwards?|Thus|Hence|Perhaps|Once|Soon|Often|Again|Otherwise|Therefore"
    r"|Consequently|Subsequently|Moreover|Furthermore|Thereafter|Besides|Sometimes)$"
)

#: Titles that are common surnames too, which end a full name: "Martin Luther King".
_SURNAME_TITLES = frozenset("king queen judge bishop prince marshal chancellor dean major".split())

#: Heads of a firm's name that a country's initials may open: "US Airways", "UK Holdings".
_TRADE_HEADS = COMPANY_HEADS | frozenset(
    "airways airlines railways motors industries holdings partners".split()
)

#: Ranks South Asian police forces write by their initials, and the title each is.
_SOUTH_ASIAN_RANKS = {
    "IG": "Inspector",
    "IGP": "Inspector",
    "DIG": "Inspector",
    "AIG": "Inspector",
    "SSP": "Superintendent",
    "SP": "Superintendent",
    "DSP": "Superintendent",
    "ASP": "Superintendent",
}

#: Heads of streets' names, which a first name may open: "Ormond Street", "Harley Street".
_STREETS = frozenset("street road avenue lane square place terrace drive way crescent".split())

#: US parties' adjectives, which say who holds a chamber: "a Democratic Senate", "the Republican Congress".
_US_PARTIES = frozenset({"Democratic", "Republican"})
#: Legislatures a party may hold.
_CHAMBERS_HELD = frozenset({"Senate", "House", "Congress", "Legislature"})


def _party_s_chamber(words: list[str]) -> bool:
    """Tell whether a party's adjective says who holds a chamber: "a new Democratic Senate majority"."""
    return len(words) == 2 and words[0] in _US_PARTIES and words[1] in _CHAMBERS_HELD


def _owner_before_a_body(words: list[str]) -> bool:
    """Tell whether a surname no list knows stands before a body the table knows ("Obama White House").

    Not before a firm of brothers or partners, whose name goes on back: "Shearson Lehman Brothers".
    """
    if len(words) < 3 or words[-1].lower() in COMPANY_HEADS:
        return False
    first = words[0].lower()
    return (
        " ".join(words[1:]).lower() in organisations()
        and " ".join(words).lower() not in organisations()
        and first not in english_words()
        and first not in nationalities()
        and first not in places()
        and first not in ORG_HEADS
        and not words[0].isupper()
    )


def _body_before_a_thing(words: list[str]) -> int:
    """Return how many words of a run are a body the table knows before its thing's words, or 0.

    "UNESCO World Heritage Site" names UNESCO; "Senate Intelligence Committee" is one body
    and "White House Press Secretary" a body and a title.
    """
    if len(words) < 2 or " ".join(words).lower() in organisations() or firm_by_trade(words):
        return 0  # "Deutsche Asset Management": a firm's name, though the table knows "Deutsche"
    for k in range(len(words) - 1, 0, -1):
        rest = [w.lower() for w in words[k:]]
        # Initials no list knows stand for a body too: "a NASA Discovery mission".
        initials = (
            k == 1
            and BARE_INITIALS.fullmatch(words[0]) is not None
            and not term_initials(words[0])
            and words[0].lower() not in english_words()  # "TOO", "KEY": a heading's capitals
            and words[1:] != ["I"]  # "NORTON I": a reign's numeral
            and not all(w.isupper() for w in words)  # "By JANE SMITH": a byline in capitals
        )
        if (
            (" ".join(words[:k]).lower() in organisations() or initials and not country_code(words[0]))
            and (
                all(w in english_words() and w not in _NO_THING for w in rest)
                or all(w in TITLE_WORDS for w in rest)  # "NATO Secretary", "UN Ambassador": the body, a title
            )
            # "Heineken Cup", "Hilton Hotel": an event or a place the body names; "JP Morgan
            # Chase": a firm's name goes on with a name.
            and rest[-1] not in place_heads()[1]
            and not thing_heads().intersection(rest)  # "FA Cup Final": the event, its final too
            and not (len(rest) == 1 and rest[0] in first_names())
            # A link word goes on with the name: "Democratic Party for the People"; so does a
            # firm's legal form: "Daiwa Securities Co Ltd", "TRC Cos Inc".
            and rest[0] not in BODY_LINKS_INTO
            and rest[0].rstrip(".") not in AND_COMPANY
            # "CITIC Pacific", "BBC Wales": the body's arm there; not two bodies' initials ("EU China").
            and not (k == 1 and BARE_INITIALS.fullmatch(words[0]) and country_or_continent(" ".join(rest)))
        ):
            return k
    return 0


def _named_like_a_town(words: list[str]) -> bool:
    """Tell whether a word of the dictionary, a first name a town bears and a surname end a run.

    "Chancellor of the Exchequer Nigel Lawson", "Songwriter Barry Manilow": the name is
    the person's, though Nigel and Barry are towns too; not "Milton Keynes", a town's
    whole name, nor "Downtown Austin Alliance", whose last word is a body's.
    """
    return (
        len(words) == 3
        and words[0].lower() in english_words()
        and words[1].lower() in familiar_first_names()  # not "UK" of "Official UK Charts", a name in Korea
        and not a_country(words[1].lower())  # "Radio France Internationale"
        and f"{words[0]} {words[1]}".lower() not in places()
        and words[0].lower() not in SIDES  # "the East Kent Hunt"
        and not plural_of_a_word(words[2])
        and f"{words[1]} {words[2]}".lower() not in places()
        and words[2].lower() not in places()
        and words[2].lower() not in place_heads()[1]  # "Florence Cathedral", "George Street"
        # "Salomon Brothers Asia Ltd", "Commonwealth Edison Co": a firm's arm or its name.
        and words[2].rstrip(".").lower() not in LEGAL_FORMS | ORG_HEADS
        and not written_legal_form(words[2])
    )


#: A given name "servant of" opens, in Arabic and Somali: "Abdul", "Abdel", "Abdirahman", "Abdullahi".
_ABD = re.compile(r"Abd[a-z]+$")


def _head_before_of(segment: list[Token]) -> bool:
    """Tell whether a body's head comes before "of" past a name's first two words."""
    words = [t[0] for t in segment]
    return words[1].lower() not in first_names() and any(
        word.lower() in ORG_HEADS and after == "of" for word, after in itertools.pairwise(words[2:])
    )


def _named_after(segment: list[Token]) -> bool:
    """Tell whether an honorific opens the name of a place or a body named after someone.

    "Sheikh Lotfollah Mosque", "Imam Khomeini International Airport"; "Dame Barbara Castle"
    is a first name and a surname, and "Lord Diplock and War Office" two names.
    """
    words = [t[0] for t in segment]
    last = words[-1].lower()
    return (
        len(words) > 2
        and (last in ORG_HEADS or last in place_heads()[1])
        and "and" not in words
        and not (len(words) == 3 and words[1].lower() in first_names())
    )


#: A saint's title, which opens a place's or a body's name before a first name: "St Thomas".
SAINTS = frozenset({"st", "ste", "saint"})
#: Arabic's article and the words for "son of" and "daughter of", inside a name.
_ARABIC_LINKS = frozenset({"Al", "El", "bin", "bint", "ibn", "Bin", "Bint", "Ibn"})
#: Malaysia's styles of two words, before a name.
_STYLES_OF_TWO = frozenset(
    tuple(style.split())
    for style in (
        *("Tan Sri", "Puan Sri", "Toh Puan", "Datuk Seri", "Datuk Sri"),
        *("Dato Seri", "Dato Sri", "Dato' Seri", "Dato' Sri"),
    )
)
_STYLES_SECOND = frozenset(second for _, second in _STYLES_OF_TWO)

#: Ranks that are words too, titles only before a full name: "Major John Smith", not "Major League".
_RANKS_AS_WORDS = frozenset({"Major", "Private", "Corporal", "Trooper"})
#: A people's nouns for one of them that are first names too: "Dane", "Scot", "Finn".
_PEOPLES_NAMED_AS_FIRST_NAMES = frozenset({"Dane", "Scot", "Finn"})


def _nationality_before_names(words: list[str]) -> int:
    """Return where a nationality before someone's name ends, or 0: "Argentine Chango Spasiuk".

    The name is two words no dictionary or gazetteer holds, or a given name no dictionary
    holds and a surname ("Australian Anthony Hill"); a word of the dictionary may open the
    run, capitalised as a sentence's first ("Controversial Australian Anthony Hill").
    """
    opener = words[0].lower() if words else ""
    lead = int(len(words) > 3 and opener in english_words() and opener not in first_names())
    nation = nation_words(words[lead:])
    if nation == 1 and words[lead].lower() in COMPASS:
        return 0  # "South Dakota House": a side of the compass opening a place
    nation = nation and lead + nation
    whole = " ".join(words).lower()
    if (
        nation
        and len(words) == nation + 1
        and _lone_name_after_a_nation(words[nation])
        and words[nation - 1].lower() not in first_names()  # "Roman Abramovich"
        and whole not in places()  # "Saudi Arabia"
        and whole not in organisations()
    ):
        return nation  # "fought American Tyson": who he is, then a name the story may give in full
    if not nation or len(words) != nation + 2 or not all(w.istitle() for w in words[nation:]):
        return 0
    whole, given = " ".join(words).lower(), words[nation].lower()
    named = (
        whole not in organisations()
        and whole not in places()
        and (
            all(w.lower() not in english_words() and w.lower() not in places() for w in words[nation:])
            # ... or a given name no dictionary holds, then any surname: "Australian Anthony Hill".
            or given in first_names()
            and given not in english_words()
            and given not in nationalities()
            and given not in places()
            and words[-1].lower() not in ORG_HEADS  # "Australian Christian Lobby"
        )
    )
    return nation if named else 0


def _lone_name_after_a_nation(word: str) -> bool:
    """Tell whether a word after a nationality is a name and no thing's: "Tyson", not "Express"."""
    folded = word.lower()
    return (
        word.istitle()
        and folded not in english_words()
        and folded not in places()
        and folded not in nationalities()
        and folded not in CALENDAR  # "Belgian February industry output"
        and body_name(word) is None
    )


def _nation_before_a_place(words: list[str]) -> int:
    """Return where a nationality ends before a known place whose last word heads bodies, or 0.

    "Palestinian West Bank" would read as a bank. Other places after a people's adjective
    are left to their context ("in the Canadian Arctic", "Italian Parma ham").
    """
    nation = nation_words(words)
    placed = (
        nation
        and len(words) > nation
        and words[-1].lower() in ORG_HEADS
        and known_place(words[nation:])
        and " ".join(words).lower() not in places()
    )
    return nation if placed else 0


def _nation_before_a_proper_body(words: list[str]) -> int:
    """Return where a nationality before a body the table knows by a name no dictionary holds ends, or 0.

    Such a name stands for one body, whose nation the adjective only describes ("German
    Bundestag", "West German Bundesbank"); a name of common words ("Italian Treasury",
    "Irish Labour") is a nation's own body, kept whole.
    """
    nation = nation_before_a_known_body(words)
    return nation if nation and not all(w.lower() in english_words() for w in words[nation:]) else 0


def _described_body(words: list[str]) -> int:
    """Return where a people's or a creed's word before a body's initials ends, or 0: "Kurdish PUK".

    A creed's word before a body the table knows ends there too: "Islamist Hamas".
    """
    creed = bool(words) and words[0].lower() in CREEDS
    nation = nation_words(words) or int(creed)
    rest = words[nation:]
    if not nation or not rest or " ".join(words).lower() in organisations():
        return 0
    if nation == 1 and words[0].lower() in COMPASS:
        return 0  # "northern NSW": a side of a region, no body's
    initials = rest[0].lower()
    if (
        len(rest) == 1
        and BARE_INITIALS.fullmatch(rest[0])
        and initials not in places()
        and initials not in english_words()
    ):
        return nation  # not "SOUTH AFRICA" nor "AMERICAN LEAGUE" in a line in capitals
    known = " ".join(rest)
    return nation if creed and known.lower() in organisations() and body_name(known) is not None else 0


def split_run(
    run: list[Token],
    after_article: bool = False,
    spelled: bool = False,
    initialled: bool = False,
    inside: bool = False,
) -> list[tuple[list[Token], str | None, list[str]]]:
    """Split a capitalised run into (tokens, honorific, titles) for each name in it.

    "Met Police Commissioner Sir Mark Rowley" holds an organisation, a title and a person;
    "Labour Assembly Member Len Duvall" a party, a title and a person; "Oliver and Wild"
    two people; "Mayor of London Sadiq Khan" an office and a person.
    """
    if len(run) > 1 and run[-1][0].endswith(".") and run[-1][0][:-1].lower() in ABBREVIATED_TITLES:
        run = run[:-1]  # "former Nevada Sen. and Reagan confidant Paul Laxalt": a title, its holder after
    seat = run[1:-1] if run[0][0] in ("The", "the") else run[:-1]
    if len(run) > 2 and run[-1][0] in _MEMBERS_FOR_SEATS and seat_name([t[0] for t in seat]):
        return [(seat, None, [])]  # "the Glasgow Kelvin MP": the seat, then its member's title
    possessive = len(run) > 2 and any(t[0].endswith(("'s", "’s")) for t in run[:-1])
    if possessive and (k := next((k for k in range(len(run), 2, -1) if place_written(run[:k])), 0)):
        # "People's Republic of China": a possessive inside a place's name, which a word
        # opening a sentence ("People") or a possessive's cut would break; a title too, and
        # the names after it stand apart ("Prince George's County Police Chief Malik Aziz").
        place = [(" ".join(t[0] for t in run[:k]).rstrip(".,"), run[0][1], run[k - 1][2])]
        return [(place, None, []), *(split_run(run[k:]) if k < len(run) else [])]
    # A possessive inside a run is part of a body's name ("King's College", "Musicians' Union").
    # So is a last one the table holds with it: "Moody's", "Standard & Poor's".
    # Its last word too, after "and": "Tesco and Sainsbury's".
    kept = run[-1][0].endswith(POSSESSIVES) and any(
        body_name(" ".join(t[0] for t in part)) is not None for part in (run, run[-1:])
    )
    if (
        not kept
        and len(run) > 2
        and run[-2][0] == "and"
        and run[-1][0].endswith(POSSESSIVES)
        and place_written([clean_token(run[-1])])
        and not place_written([*run[:-1], clean_token(run[-1])])
    ):
        # "the Export-Import Bank of Japan and Japan's Overseas Economic Cooperation Fund": a
        # place's possessive after "and" owns what follows; not "Trinidad and Tobago's".
        return [
            *split_run(run[:-2], after_article, spelled, initialled, inside),
            ([clean_token(run[-1])], None, []),
        ]
    last = len(run) if kept else len(run) - 1
    run = [t if k < last and t[0].endswith(POSSESSIVES) else clean_token(t) for k, t in enumerate(run)]
    run = [t for t in run if t[0]]
    whole = " ".join(t[0] for t in run).lower()
    titled = whole.startswith("the ") and whole in organisations()
    if titled or after_article and "the " + whole in organisations():
        return [(run, None, [])]  # "The Economist", "the Spectator": a paper, though its word is a title's
    if len(run) > 1 and is_function_word(run[0][0]) and whole in organisations():
        return [(run, None, [])]  # "Five Star Movement": the table's body, though a number opens it
    if (
        len(run) > 2
        and run[0][0] in ("The", "the")
        and is_function_word(run[1][0])
        and whole[4:] in organisations()
    ):
        return [(run[1:], None, [])]  # "The All Blacks": the table's body after "The", a function word first
    if (
        len(run) > 1
        and _people_by_place(run[0][0])
        and capital_word(run[1][0])
        and not is_function_word(run[1][0])  # "Belgians An Marchal": a given name the word lists read as "an"
        and whole not in organisations()
        and run[-1][0].lower() not in ORG_HEADS
    ):
        # "fellow Londoners West Ham", "fellow Scots Celtic": a place's people, then a name of
        # its own; not "Scots Guards", a regiment by its head.
        return [([run[0]], None, []), *split_run(run[1:], False, spelled, initialled, inside)]
    sister = next((k for k in range(len(run) - 2) if run[k][0] == "Sister"), None)
    if sister is not None and run[sister + 1][0].lower() in first_names():
        # "Sister Mary Joseph Kearney": a nun's title, apart from her name.
        before = split_run(run[:sister], after_article, spelled, initialled) if sister else []
        return [*before, ([run[sister]], None, []), *split_run(run[sister + 1 :])]
    # "the Shining Path": after an article an -ing word opens a name; elsewhere inside a
    # sentence, one the lists know or with a head ("at Flushing Meadows", "Flushing Hospital"),
    # not a work's title ("Chasing Amy").
    held = (
        inside
        and run[0][0].endswith("ing")
        and (
            run[-1][0].lower() in ORG_HEADS
            or any(t[0].lower().rstrip(".") in LEGAL_FORMS for t in run[1:])  # "Licensing Co of America"
            or run[-1][0].lower() in place_heads()[1]
            or " ".join(t[0] for t in run).lower() in places()
        )
    )
    if len(run) > 1 and run[0][0] == "Dear" and capital_word(run[1][0]):
        run = run[1:]  # "Dear Walter" letters, "Dear Sir": a letter's greeting, then whom it greets
    if len(run) > 2 and run[0][0].lower() in _SPOKESPEOPLE and run[1][0] == "for":
        run = run[2:]  # "Spokesman for Armco Inc said": a sentence's first word, then whose
    if (
        len(run) > 2
        and run[0][0] in _HOLDERS_QUALIFIERS
        and run[-1][0].lower() in ORG_HEADS
        and run[1][0].lower() not in ORG_HEADS  # "Interim Committee and Development Committee"
        and not any(t[0].lower() in TITLE_WORDS for t in run[1:])
    ):
        run = run[1:]  # "Deputy State Department spokeswoman": the qualifier is the role's, after the body
    if adjectives := _adjectives_after_a_link(run):
        # "the Paris Club of Western creditor governments", "the European Economic Community on
        # the West German economy": a people's adjective ends no name
        run = run[:-adjectives]
    if (
        len(run) > 1
        and DESIGNATION.search(run[-1][0])
        and not known_whole(run)
        and clean_token(run[-1])[0].lower() not in organisations()  # "The G8 summit", "the MI5 report"
    ):
        run = run[:-1]  # "McDonnell Douglas DC-9s", "Airbus A320": the maker, then its model's designation
    if (
        len(run) > 2
        and run[0][0].lower() in TRADES_OPENING
        # An airline's name after its trade's word, though "Air" heads no other: "Airline Brockway Air".
        and (_a_body_s_name([t[0] for t in run[1:]]) or run[0][0] == "Airline")
        # ... or a lone word no list holds: "Operator Statoil said".
        or len(run) == 2
        and run[0][0].lower() in TRADES_OPENING
        and (body_name(run[1][0]) is not None or unlisted_given_name(run[1][0]))
    ):
        run = run[1:]  # "U.S. Carmaker General Motors", "U.S. Publisher Harcourt Brace Jovanovich Inc"
    if len(run) > 3 and run[0][0] == "New" and _body_then_a_title([t[0] for t in run[1:]]):
        run = run[1:]  # "New Metropolitan Police Commissioner Sir Ian Blair": a new holder of the title
    elif (
        len(run) > 3
        and run[0][0] == "New"
        and run[2][0].lower() in MEMBERS
        and run[1][0].lower() in places()
        and f"new {run[1][0].lower()}" not in places()
    ):
        run = run[1:]  # "New Nebraska Republican Senator David Karnes": a new senator, the state's
    if (
        len(run) > 2
        and run[1][0] == "of"
        and (run[0][0] in _OPENERS_BEFORE_OF or EURO_MARKETS.fullmatch(run[0][0].lower()))
    ):
        # "Because of Department of Transportation rules": a preposition of two words;
        # "Eurobonds of BP Capital B.V.": a market's paper, then its issuer
        run = run[2:]
    while run and (
        _function_word(run)
        or _opening_word(run)
        and not initialled
        and not ((after_article or held) and run[0][0].endswith("ing"))
    ):
        if run[0][0] == "All" and len(run) > 2 and run[-1][0].lower() in ORG_HEADS:
            break  # "the All England Club", "All India Radio", "All Progressives Congress"
        if run[0][0] in ("All", "Holy") and len(run) > 2 and run[-1][0].lower() in place_heads()[1]:
            break  # "Holy Trinity Church", "All Saints Church": a church's dedication opens its name
        if after_article and _titled_weekday(run):
            break  # "the Sunday Times", "BBC's Sunday Politics": the weekday opens the name
        if after_article and run[0][0] in ORDINALS and any(t[0].lower() in _ORDINAL_HEADS for t in run[1:]):
            break  # "the First Congress of the United States", "the Second Vatican Council"
        if run[0][0] == "First" and _first_s_body(run):
            break  # "First National Bank of Boston", "First Chicago Corp": a bank, even opening a sentence
        if (
            run[0][0] in _NUMBERS_NAMING
            and len(run) > 2
            and (run[-1][0].lower() in place_heads()[1] or " ".join(t[0] for t in run).lower() in places())
        ):
            break  # "Three Gorges Dam", "Three Mile Island": a number opens the place's name
        if (
            after_article
            and run[0][0] in _NUMBERS_NAMING
            and len(run) > 2
            and run[1][0].endswith("s")
            and run[-1][0].lower() in ORG_HEADS
        ):
            break  # "the Four Nations TV Committee": a number and a plural open the body's name
        after_article = run[0][0] == "The"
        ordinal = run[0][0] in ORDINALS
        run = run[1:]  # "Moving the Six Nations": the opener, then "the"
        if ordinal and len(run) == 1 and run[0][0].lower() in ORG_HEADS:
            return []  # "his time at Second City": the name cut to a head alone names nothing
    run = _ranks_and_styles(run)
    words = [t[0] for t in run]
    if (decided := _split_by_the_words(run, words)) is not None:
        return decided
    cuts, served = _cuts(words, spelled, inside)
    segments, at = [], 0
    for cut in [*sorted(cuts), len(run)]:
        if run[at:cut] and run[at][0] not in ("and", "for"):
            segments.append((run[at:cut], at > 0 and run[at - 1][0] == "and" or at in served))
        at = cut
    return _named_segments(segments, run)


def _ranks_and_styles(run: list[Token]) -> list[Token]:
    """Write a run's styles and police ranks as one honorific word each: "Tan Sri", "Pol Maj", "DCI"."""
    words = [t[0] for t in run]
    styled = None
    if not _STYLES_SECOND.isdisjoint(words):
        styled = next((k for k in range(len(run) - 2) if (words[k], words[k + 1]) in _STYLES_OF_TWO), None)
    if styled is not None:
        # "Tan Sri Razarudin Husain", "Datuk Seri Nancy Shukri": one style, though "Tan" is a surname.
        run = [*run[:styled], ("Datuk", run[styled][1], run[styled + 1][2]), *run[styled + 2 :]]
        words = [t[0] for t in run]
    if "Pol" in words[:-2]:
        # "Pol Maj Gen Theeradej Thumsutee": Thailand's police rank, "Pol" before the rank's own.
        k = words.index("Pol")
        if words[k + 1].lower().rstrip(".") in ABBREVIATED_TITLES:
            run = [*run[:k], (run[k + 1][0], run[k][1], run[k + 1][2]), *run[k + 2 :]]
            words = [t[0] for t in run]
    if "Police" in words and not _SOUTH_ASIAN_RANKS.keys().isdisjoint(words):
        # "Punjab Police IG Usman Anwar", "Sindh Police DIG Javed Alam": a force's rank by its
        # initials, after the force and before a name; elsewhere initials are a body's ("IG Metall").
        run = [
            (_SOUTH_ASIAN_RANKS[t[0]], *t[1:])
            if t[0] in _SOUTH_ASIAN_RANKS and k and words[k - 1] == "Police" and capital_word(words[k + 1])
            else t
            for k, t in enumerate(run[:-1])
        ] + run[-1:]
        words = [t[0] for t in run]
    if "Con" in words[1:]:
        # "Det Con Sarah Hughes": a detective constable, though "Con" is a first name elsewhere.
        run = [
            ("Cst", *t[1:]) if t[0] == "Con" and k and words[k - 1] in ("Det", "Det.") else t
            for k, t in enumerate(run)
        ]
        words = [t[0] for t in run]
    if any(w in POLICE_RANKS or w in JUDGES_BY_INITIALS for w in words):
        # Police ranks by their initials before a name are honorifics ("DCI Sarah Jones"), and
        # a judge's style a title ("HHJ Peter Jones"): initials elsewhere are a body's.
        run = [
            ("Judge" if t[0] in JUDGES_BY_INITIALS else _HONORIFIC_RANK, *t[1:])
            if _rank_before_a_name(words, i)
            else t
            for i, t in enumerate(run)
        ]
    return run


def _split_by_the_words(
    run: list[Token], words: list[str]
) -> list[tuple[list[Token], str | None, list[str]]] | None:
    """Return how a run's words alone split it (a rank, the table, a place's body), or None."""
    if len(words) == 3 and words[0] in POLICE_RANKS and words[1].isdigit():
        # "DC 1234 Brown": a rank, a collar number and a surname, an officer though no first name
        return [([run[2]], None, [POLICE_RANKS[words[0]]])]
    if (
        len(words) == 2
        and words[0] in POLICE_RANKS
        and _surname_after_initials(words[1])
        and " ".join(words).lower() not in organisations()  # "Garda Síochána"
    ):
        # "PC Smith": the rank's initials before a word of the dictionary, which "PC Pro" and
        # "PC World" are too; the surname alone, someone only if the source names them in full.
        return [([run[1]], None, [])]
    if len(words) > 1 and " ".join(words).lower() in organisations():
        return [(run, None, [])]  # "JP Morgan Chase", though "Morgan" is a first name: the table's body whole
    if _body_of_a_place(words):
        return [([run[0]], None, []), (run[2:], None, [])]  # "ACLU of Oregon", "Samsung of South Korea"
    if k := _place_then_a_country(words):
        return [(run[:k], None, []), (run[k:], None, [])]  # "retain the Golan Heights Israel captured"
    if at := _someone_of_a_firm(words):
        # "Quinn of E.F. Hutton said", "P.S. Tam of Morgan Guaranty Trust": one and the other
        return [(run[:at], None, []), (run[at + 1 :], None, [])]
    if member := _party_member_before(words):
        return [(run[:member], None, []), *split_run(run[member:])]  # "Christian Democrat Andreotti told"
    if len(words) > 1 and words[-1].lower() in PARTY_MEMBERS and " ".join(words[:-1]).lower() in places():
        return [(run[:-1], None, [])]  # "an Illinois Democrat", "Texas Republicans": where they sit for
    if (
        len(words) == 3
        and a_country(words[0])
        and words[0].lower() not in first_names()  # "Chad Michael Murray"
        and proper_words(words[1:])
        and words[2].rstrip(".") not in ("Jr", "Sr", "II", "III", "IV")  # "Cuba Gooding Jr"
        and not any(w.lower() in places() or w.lower() in ORG_HEADS for w in words[1:])
        and body_name(" ".join(words)) is None
    ):
        return [(run[:1], None, []), (run[1:], None, [])]  # "manager for Canada Hajimu Watanabe"
    if placed := _place_before_initials(words):
        return [(run[:placed], None, []), (run[placed:], None, [])]  # "Nova Scotia RCMP", "Texas FBI"
    if campaign_name(words):
        return [(run, None, [])]  # "Sarvis for Governor": a campaign, no title after "for"
    if paper_of_a_place(words):
        return [(run, None, [])]  # "the Toronto Star": a town's paper, though "star" is a role too
    romance = len(words) > 2 and opening_head(words[0])
    # A wire's capitals on the small words too: "Compagnie Generale Des Eaux".
    if romance and _ROMANCE_SMALL_WORDS & {w.lower() for w in words[1:]} and not {"and", "&"} & set(words):
        return [(run, None, [])]  # "Fiscalía General de la Nación": a head first, no title after it
    if (
        len(words) > 2
        and country_code(words[0])
        and words[0] not in FORMS_FIRST  # "PT Astra International": Indonesia's form, not Portugal
        and " ".join(words).lower() not in organisations()
        # Not an office named for a country's title: "U.S. Attorney's Office".
        and not title_s_possessive(words[1])
        # Not a body named with its country's initials before "and" and another's name:
        # "USA Gymnastics and Michigan State University"; "the US Senate and House" and "US
        # Food and Drug Administration", words of the dictionary after "and", still are.
        and not (words[2] == "and" and len(words) > 4 and not dictionary_words(words[3:]))
    ):
        if words[-1].lower() in EVENT_HEADS:
            return [(run, None, [])]  # "U.S. Open Tennis Championships": an event, no place
        if " ".join(words[:2]).lower() in organisations() and words[2] not in CONNECTORS:
            # The table's body, then a title: "NSW Police Detective Superintendent Jayne Doherty".
            return [(run[:2], None, []), *split_run(run[2:])]
        if (
            words[2] == "and"
            and words[1].lower() in _TRADE_HEADS
            and " ".join(words[1:]).lower() not in organisations()
        ):
            return [
                (run[:2], None, []),
                *split_run(run[3:]),
            ]  # a firm's name holds them: "US Airways and Delta"
        return [([run[0]], None, []), *split_run(run[1:])]  # "US Supreme Court" as "U.S. Supreme Court"
    return None


def _cuts(words: list[str], spelled: bool, inside: bool) -> tuple[set[int], set[int]]:
    """Return where a run's names part, and where a place an office serves starts."""
    # A cut before each honorific but the second of two: "Ch Supt Phil Smith", "Det Insp".
    cuts = {
        i
        for i, w in enumerate(words)
        if i and w.lower() in HONORIFICS and i + 1 < len(words) and words[i - 1].lower() not in HONORIFICS
    }
    if _owner_before_a_body(words) or _party_s_chamber(words):
        cuts.add(1)  # "Obama White House", "a Democratic Senate": whose, then the body
    if owner := _body_before_a_thing(words):
        cuts.add(owner)  # "UNESCO World Heritage Site", "Nasdaq Stock Market": the body, then its thing
    if (placed := _placed_after_a_form(words)) is not None:
        cuts.add(placed)  # "Beaubien Inc Toronto-based", "Jaguar Cars Inc U.S. unit": the firm, then where
    if len(words) > 4 and not opening_head(words[0]):
        # "Suilen H. Alvarado Laboratorio de Bases de Datos": an affiliation's body opens after
        # a name, at a Romance head that opens bodies' names
        cuts |= {
            k
            for k in range(2, len(words) - 2)
            if opening_head(words[k])
            and words[k + 1].lower() in _ROMANCE_SMALL_WORDS
            and words[k - 1][:1].isupper()
            and words[k - 1].lower() not in _ROMANCE_SMALL_WORDS
        }
    if nation := _nationality_before_names(words):
        cuts.add(nation)  # "Argentine Chango Spasiuk": who he is, then his name, though no list holds it
    elif nation := _nation_before_a_place(words):
        cuts.add(nation)  # "Jewish West Bank settlements": whose, then the place, no bank
    # Initials in brackets after the run that spell it across "and" make it one name.
    ands = dividing_ands(words) if "and" in words and not spelled else []
    cuts |= {i + shift for i in ands for shift in (0, 1)}
    served = set()  # where a place an office serves starts, which takes no title: "MP for Rotherham"
    for k in [k for k, w in enumerate(words) if w == "for" and k]:
        # "Oscar for Hilary Swank", "Philippe Torreton for L'Equipier": no one's name holds "for".
        start = max((i + 1 for i in range(k) if words[i] == "and"), default=0)
        before = {w.lower() for w in words[start:k]}
        if words[start].lower() in first_names() and not before & (ORG_HEADS | TITLE_WORDS | CENTRES):
            cuts |= {k, k + 1}
        elif words[k - 1] == "Prix" or words[k + 1] in CLUB_INITIALS:
            # "the British Grand Prix for Mercedes": the race, then who drove in it; "the Swiss
            # Super League for FC Basel": a league, then a club in it
            cuts |= {k, k + 1}
        elif (
            words[k - 1].lower() in TITLE_WORDS
            and (_area(words[k + 1 :]) or words[k - 1] in _MEMBERS_FOR_SEATS and seat_name(words[k + 1 :]))
            and words[:2] != ["Office", "of"]  # "Office of the Children's Commissioner for England": one body
        ):
            cuts |= {k, k + 1}  # "MP for Rotherham", "Minister for Europe": an office, then its place
            served.add(k + 1)
        elif words[k - 1].rstrip(".").lower() in LEGAL_FORMS:
            cuts |= {k, k + 1}  # "Entertainment Marketing Inc for Crazy Eddie": a legal form ends the name
    for k in [k for k, w in enumerate(words) if w == "on" and k and k + 1 < len(words)]:
        if words[k - 1].rstrip(".").lower() in LEGAL_FORMS:
            # "Tyranex Gold Inc on the Tyranite property": a legal form ends the name
            cuts |= {k, k + 2 if words[k + 1] == "the" else k + 1}
    for k in [k for k, w in enumerate(words) if w == "of" and k + 1 < len(words)]:
        # "Boston Red Sox of Major League Baseball": a club, then the league it plays in.
        start = max((i + 1 for i in range(k) if words[i] == "and"), default=0)
        end = min((i for i in range(k + 1, len(words)) if words[i] == "and"), default=len(words))
        if team(words[start:k]):
            cuts |= {k, k + 2 if words[k + 1] == "the" else k + 1}
        elif end > k + 1 and _where_a_firm_is(words[start:k], words[k + 1 : end]):
            cuts |= {k, k + 2 if words[k + 1] == "the" else k + 1}
        elif end > k + 1 and _role_at_a_firm(words[start:k], words[k + 1 : end]):
            cuts |= {k, k + 1}  # "Senior Managing Director of Shearson Lehman Brothers": the firm, no office
        elif k == 1 and words[0].lower() in _KIN_OF and words[k + 1][:1].isupper():
            cuts |= {k, k + 1}  # "Daughter of Henry VIII", opening a sentence: whose daughter
    # A body's name, then a title "of" what it heads: "Ghana Police Service Director-General of CID".
    cuts |= {
        k - 1
        for k, w in enumerate(words)
        if w == "of" and k > 2 and words[k - 1].lower() in TITLE_WORDS and words[k - 2].lower() in ORG_HEADS
    }
    # After a title "of" a place, its holder: "Prime Minister of India Narendra Modi", though no
    # list holds "Narendra"; not a body of the place's ("Chief Constable of Kent Police Tim Smith",
    # "Chief Executive of Hereford Hospitals NHS Trust") nor a place's ("Princess of Wales Theatre").
    for k in [k for k, w in enumerate(words) if w == "of" and k and words[k - 1].lower() in TITLE_WORDS]:
        for e in range(min(len(words) - 1, k + 4), k + 1, -1):
            if " ".join(words[k + 1 : e]).lower() in places():
                name = words[e].lower()
                if (
                    words[e][:1].isupper()
                    and name not in ORG_HEADS | CONNECTORS | place_heads()[1]
                    and (name not in english_words() or name in first_names())
                ):
                    cuts.add(e)
                break
    # After a role named for what it heads, its holder: "Inspector General of Police Kayode Egbetokun".
    if "of" in words:
        cuts |= {
            k
            for k in range(3, len(words))
            if words[k][:1].isupper()
            and any(" ".join(words[a:k]).lower() in offices_of() for a in range(max(0, k - 6), k - 2))
        }
    # An office, then an initial without its stop before a surname: "Minister for Home Affairs
    # K Shanmugam"; not "Category A Prisoners" nor "Chief Minister M K Stalin"'s second.
    if words and words[0].lower() in TITLE_WORDS:
        cuts |= {
            k
            for k in range(2, len(words) - 1)
            if len(words[k]) == 1
            and words[k] not in ("A", "I")
            and words[k].isupper()
            and words[k].isascii()  # Irish "Ó" opens a surname: "Seán Ó Súilleabháin"
            and len(words[k - 1]) > 1
            and words[k + 1][:1].isupper()
            and words[k + 1].lower() not in english_words()
        }
    cuts |= _cuts_before_first_names(words, cuts, inside)
    # In each part "and" divides ("Ted Cruz of Texas and Marco Rubio of Florida"), after an
    # honorific ("Gov. Phil Bryant of Mississippi") as at the start.
    # The first part reaches to the run's end: "the Queen and Duke of Edinburgh" leaves the place.
    stops = [len(words), *ands[1:], len(words)] if ands else [len(words)]
    for start, stop in zip([0, *(i + 1 for i in ands)], stops, strict=True):
        lead = start + 1 if start < stop and words[start].rstrip(".").lower() in HONORIFICS else start
        # Past honorifics and titles to a first name: "Det Insp Paul Miller", "Chief Constable
        # Sara Thornton"; "General Motors of the US" is a body whose name a title opens.
        named = start
        while named < stop - 1 and (
            words[named].rstrip(".").lower() in HONORIFICS
            or words[named].lower() in TITLE_WORDS | QUALIFIERS
            or singular_of(words[named]) in TITLE_WORDS  # "Senators Harry Reid of Nevada"
            or words[named].lower() in MEMBERS  # "Republican Bill Frenzel of Michigan": his party
        ):
            named += 1
        if named > lead and words[named].lower() in first_names():
            lead = named
        if not (
            "of" in words[lead + 2 : stop - 1]
            and words[lead].lower() in first_names()
            and words[lead].lower() not in ORG_HEADS
            # Initials are no given name: "UN Committee on the Rights of the Child", though "Un" is one.
            and not (words[lead].isupper() and not words[lead + 1].isupper())
        ):
            continue
        # "Joel Pollak of Breitbart California", "Tom Emanuel of Laconia": a person, then
        # where they are from; a first name opens no body's name.
        k = words.index("of", lead + 2, stop - 1)
        # A body's name goes on: "Royal Institute of British Architects", though "Royal" and
        # "General" are first names too; a title does not ("Chief Executive of AOL UK"),
        # nor a body's branch ("General Motors of the US").
        branch = words[k + 1] == "the" and " ".join(words[k + 2 : stop]).lower() in places()
        if _arm_with_its_form(words[lead:stop], k - lead):
            continue  # "General Motors of Canada Ltd": an arm, though "General" is a name
        # "General Department of Criminal Investigation", "General Directorate of Security": a
        # state's body whose name "General" opens, no title.
        state_s = lead + 2 == k and words[k - 1].lower() in _STATE_HEADS
        titled = words[lead].lower() in TITLE_WORDS and not state_s
        if words[k - 1].lower() not in ORG_HEADS or titled or branch:
            cuts |= {k, k + 2 if words[k + 1] == "the" else k + 1}
    # Each name "and" divides may be an office and its holder: "Secretary of State Kerry and U.S. ...".
    parts = zip([0, *(i + 1 for i in ands)], [*ands, len(words)], strict=True) if ands else [(0, len(words))]
    for at, to in parts:
        held = at + _office_holder(words[at:to] if ands else words)
        # Not past where the office already ends: "Minister of State Sun Xueling", though "sun" is a word.
        if held > at and not any(at + 2 < cut < held for cut in cuts):
            cuts.add(held)  # "Mayor of London Sadiq Khan", "Secretary of State Kerry": an office, its holder
    return cuts, served


def _cuts_before_first_names(words: list[str], cuts: set[int], inside: bool) -> set[int]:
    """Return where a first name starts a person's name inside each part of a run the cuts divide.

    "Chief Secretary to the Treasury Paul Boateng": a first name after other words starts
    the person's name, in each part of a run that "and" or an honorific divides ("German
    Chancellor Gerhard Schroeder and Italian Prime Minister Silvio Berlusconi").
    """
    found: set[int] = set()
    bounds = [0, *sorted(cuts), len(words)]
    for start, end in zip(bounds, bounds[1:], strict=False):
        if end - start > 2 and body_name(" ".join(words[start:end])):
            continue  # "Booz Allen Hamilton and HI Europe": the table's body whole, though "Allen" is a name
        for k in range(end - 2, start, -1):
            if (
                words[k][:1].isupper()
                and words[k].lower() in first_names()
                # "Daiwa Securities Co Ltd", "TRC Cos Inc": a firm's legal form, though "Co" is a name;
                # "Mellon Bank NA of Pittsburgh": a bank's charter, though "Na" is one.
                and words[k].rstrip(".").lower() not in AND_COMPANY
                and words[k] not in CHARTERS
                # "Argentine David Nalbandian": a nationality, though a rare first name too.
                and (
                    words[k - 1].lower() not in first_names()
                    or nationality_before_a_name(words[k - 1])
                    or words[k - 1].lower() in MEMBERS  # "Tory David Heathcoat-Amory": his party
                    # "Dane Kenneth Carlsen", "Finn Juha Kankkunen": a people's noun that is a first
                    # name too, before a full name.
                    or k - 1 == start
                    and words[k - 1] in _PEOPLES_NAMED_AS_FIRST_NAMES
                    and k + 1 < end
                    and words[k] not in NAME_PARTICLES
                    # A firm's legal form ends its name: "Chairman of Ford Motor Co Donald Petersen".
                    or words[k - 1].rstrip(".").lower() in LEGAL_FORMS
                    and k + 1 < end
                    and words[k].lower() in familiar_first_names()
                    and not words[k].isupper()  # "Central Trust Co NA": a bank's form too
                    # A rank's letters before a name in mixed case: "DI Sarah Jones" ("Di" is a name).
                    or words[k - 1].isupper()
                    and not words[k].isupper()
                )
                and words[k - 1].rstrip(".").lower() not in HONORIFICS
                and words[k - 1] not in FORMS_FIRST  # "PT Astra International", though "Astra" is a name
                # "Cassa Di Risparmio Di Torino": a Romance body's small word, though "Di" is a name
                and not (
                    words[k].lower() in CONNECTORS and any(opening_head(w) for w in words[start : start + 2])
                )
                # "Banca Monte dei Paschi": the bank's name; "the Real Donald Trump" is him.
                and (not opening_head(words[k - 1]) or words[k - 1].lower() in english_words())
                # "West German Bundesbank": a side and a nation, though "German" is a first name too.
                and not (words[k - 1].lower() in COMPASS and words[k].lower() in nationalities())
                # "Circuit Judge": a role's last word, though a first name too.
                and f"{words[k - 1]} {words[k]}".lower() not in roles()
                # "Dame Zaha Mohammad Hadid": after an honorific and a first name, a middle name.
                and not (k - 2 >= start and words[k - 2].rstrip(".").lower() in HONORIFICS)
                # "Nguyen Thi Lan": the family name first, then the given names; "Zine
                # al-Abidine Ben Ali": a name goes on past its Arabic article's part, and
                # "Abdirahman Mohamed Farah" past a given name "Abd" opens.
                and words[k - 1].lower() not in family_names_first()
                # "Anibal Cavaco Silva": a first name opens the run, names no list holds go
                # on, and a second surname, last or before "of", is a first name too.
                and not ((k == end - 1 or words[k + 1] == "of") and full_name(words[start:k]))
                # "Amer Hishem Ali Mohammed": four names no dictionary or gazetteer holds, given
                # names first and last, are one man's, his own and his forebears'; "Gerhard
                # Schroeder Angela Merkel" ends with a surname.
                and not (
                    end - start == 4
                    and full_name(words[start:end])
                    and words[end - 1].lower() in first_names()
                    and not any(w.lower() in places() for w in words[start:end])
                )
                and not PARTICLE.match(words[k - 1])
                and not _ABD.match(words[k - 1])
                # Māori's article opens a name, no given name of its own: "Chappie Te Kani".
                and not (words[k] == "Te" and k + 1 < end)
                # Arabic's article after a given name no dictionary holds goes on to the family's:
                # "Saif bin Zayed Al Nahyan"; "Vice President Al Gore" is someone after a title.
                and not (words[k] == "Al" and k + 1 < end and words[k - 1].lower() not in english_words())
                # "J. Edgar Hoover", "K. Michael Stevens": an initial opens the name; so do
                # two ("J.P. Morgan & Co.").
                and not DOTTED_INITIALS.fullmatch(words[k - 1])
                # "JP Morgan Securities": the table's bank.
                and body_name(f"{words[k - 1]} {words[k]}") is None
                # A name no dictionary holds, a first name, a firm's head: "Eaton Vance Management".
                and not (
                    k - 1 == start
                    and end - k == 2
                    and _firm_s_last_word(words[end - 1])
                    and proper_word(words[k - 1].lower())
                    and words[k - 1].lower() not in first_names()
                    and words[k - 1].lower() not in TITLE_WORDS
                )
                # "Jetsi Hendrika Coers": a given name no list holds opens a full name, a second after
                # it; not a sentence's first word, which may be any ("Unseeded Patrick Rafter").
                # So does "Linford Christie of Britain", a surname and where he is from after it.
                and not (
                    k - 1 == start
                    and (start > 0 or inside)
                    and (
                        end - k == 2
                        and all(w.istitle() and w.lower() not in english_words() for w in words[k:end])
                        or end - k > 2
                        and words[k + 1] == "of"
                        and words[k].istitle()
                        and words[k].lower() not in english_words()
                        and a_place_or_two(words[k + 2 : end])
                    )
                    and unlisted_given_name(words[k - 1])
                )
                # "Fort Lee Historic Park", "St Thomas Hospital": a place's or a saint's name
                and words[k - 1].lower().rstrip(".") not in place_heads()[0]
                and words[k - 1].lower().rstrip(".") not in SAINTS
                and words[k - 1] != "Holy"  # "Holy Trinity Church", though "Trinity" is a first name
                and not (k - 2 >= start and words[k - 2] == "to")  # "Coalition to Stop Gun Violence"
                # A legal form ends a firm's name: "Crazy Eddie Inc", though "Eddie" is a name.
                and not (legal_form(words[end - 1]) and words[k - 1].lower() not in TITLE_WORDS)
                # A first name before a street's head names the street: "Great Ormond Street Hospital".
                and not (k + 1 < end and words[k + 1].lower() in _STREETS)
                # A body's field after its head and "for", in words of the dictionary, though a
                # first name opens one: "Institute for Human Gene Therapy".
                and not (
                    k + 1 < end
                    and any(
                        words[m].lower() in HEADS_AND_CENTRES and words[m + 1] in ("for", "of")
                        for m in range(start, k - 1)
                    )
                    and all(w.lower() in english_words() for w in words[k:end])
                    and not any(w.lower() in TITLE_WORDS for w in words[start:k])
                )
                # A word of the dictionary in a body's name, a first name only somewhere far:
                # "Federal Home Loan Bank Board"; not "Songwriter Guy Chambers".
                and not (
                    # A legal form's stop is no part of the head: "Banc One Corp.".
                    (
                        words[end - 1].lower().rstrip(".") in ORG_HEADS
                        or words[end - 1].lower()[:-1] in ORG_HEADS  # "Federal Home Loan Banks"
                        or firm_by_trade(words[start:end])
                    )
                    and words[k].lower() in english_words()
                    and words[k].lower() not in familiar_first_names()
                )
            ):
                if (
                    # "DI Sarah Jones": a rank's letters, though "di" joins "Leonardo di Caprio".
                    (words[k - 1].lower() not in CONNECTORS | BODY_LINKS or words[k - 1].isupper())
                    and (words[k].lower() not in places() or _named_like_a_town(words[k - 1 : end]))
                    and f"{words[k - 1]} {words[k]}".lower() not in places()  # "South Dakota House"
                    and " ".join(words[start:end]).lower() not in places()  # "Three Mile Island"
                    and not team(words[start:end])  # "Boston Red Sox", though "Red" is a first name
                    # A place's name goes on to its head: "Naqsh-e Jahan Square", "Ohio River
                    # Valley"; not after a word of the dictionary ("Comedian Harry Hill").
                    and not (
                        words[end - 1].lower() in place_heads()[1]
                        and words[k - 1].lower() not in english_words()
                    )
                    # ... and a body's: "Webber Douglas Academy of Dramatic Art", a firm's to
                    # its legal form with its stop ("Drexel Burnham Lambert Inc.").
                    and not (
                        any(w.lower().rstrip(".") in ORG_HEADS for w in words[k + 1 : end])
                        and words[k - 1].lower() not in english_words()
                        and words[k - 1].lower() not in TITLE_WORDS
                        and not words[k - 1].isupper()
                    )
                    # ... and a body named for someone in full: "Robert Wood Johnson Medical School",
                    # where "Johnson", a rare first name, is his surname.
                    and not (
                        k - start <= 2
                        and words[start].lower() in familiar_first_names()
                        and words[k].lower() not in familiar_first_names()
                        and any(w.lower().rstrip(".") in ORG_HEADS for w in words[k + 1 : end])
                    )
                ):
                    # "South Korea President Park Geun Hye": a surname first after a title.
                    before = words[k - 1].lower()
                    lone = k - 2 >= start and words[k - 2].lower() in TITLE_WORDS
                    surname_first = (
                        lone
                        and before not in TITLE_WORDS
                        and before not in places()
                        # Not a people's word: "Veteran Spaniard Conchita Martinez".
                        and before not in nationalities()
                        and not demonym(before)
                        and before not in ORG_HEADS  # "Chairman of General Motors Roger Smith": a firm's head
                    )
                    found.add(k - 1 if surname_first else k)
                    break
        else:
            # A name no list knows after a title inside the run: "Republican National
            # Committee Chairman Reince Priebus", "Party Chairman Reince Priebus".
            for k in range(end - 2, start, -1):
                after = [w.lower() for w in words[k + 1 : end] if w not in _ARABIC_LINKS]
                # An initial, a generation and Arabic's article or "bin" lengthen no name:
                # "Kenneth A. Polite Jr.", "Major General Khalil Ibrahim Al Mansouri".
                bare = [w.rstrip(".") for w in words[k + 1 : end]]
                named = [w for w in bare if len(w) > 1 and w not in GENERATIONS and w not in _ARABIC_LINKS]
                if (
                    words[k].lower() in TITLE_WORDS
                    and len(named) <= 3
                    and not set(after) & (TITLE_WORDS | CONNECTORS | ORG_HEADS)
                    and words[k + 1] not in GENERATIONS  # "Martin Luther King Jr.": his suffix
                    # A judge's style holds the name: "Lord Justice Leveson", "Mr Justice Jay".
                    and words[k - 1].rstrip(".").lower() not in HONORIFICS
                ):
                    found.add(k + 1)
                    break
    return found


def _named_segments(
    segments: list[tuple[list[Token], bool]], run: list[Token]
) -> list[tuple[list[Token], str | None, list[str]]]:
    """Return each segment of a run as a name, its honorific and its titles, a place after "of" apart.

    A segment after "and" takes no title from the one before it ("The Queen and Duke of
    Edinburgh"); a plural title reaches each name it heads ("Justices Scalia and Thomas").
    """
    result = []
    carried: list[str] = []
    plural: list[str] = []  # a plural title's, which reaches each name it heads: "Justices Scalia and Thomas"
    for segment, after_and in segments:
        if after_and:
            carried = plural  # "The Queen and Duke of Edinburgh": no title reaches across "and"
        if (
            len(segment) > 3
            and segment[0][0].lower() in QUALIFIERS
            and an_office([t[0] for t in segment[1:]])
        ):
            segment = segment[1:]  # "Deputy Secretary of State Talbott": the office, whichever holder of it
        honorific = None
        if (
            len(segment) > 1
            and segment[0][0].lower() in HONORIFICS
            and segment[1][0] not in CONNECTORS
            and segment[1][0] not in ("Of", "And")  # "The Lord Of the Rings": a title's capitals
            # "Cardinal Savings and Loan Association": a body's name, though "Cardinal" is a style
            and segment[-1][0].rstrip(".").lower() not in ORG_HEADS
            and not _head_before_of(segment)  # "Cardinal Federal Savings Bank of Cleveland"
            and not _named_after(segment)
            and not _place_named_for(segment)
            # A transcript writes "MR. SMITH" in capitals; "with MS. Final approval", "DR Congo"
            # are initials before a word.
            and not (segment[0][0].isupper() and len(segment[0][0]) > 1 and not segment[1][0].isupper())
        ):
            honorific, segment = segment[0][0], segment[1:]
            while len(segment) > 1 and segment[0][0].rstrip(".").lower() in HONORIFICS:
                honorific, segment = segment[0][0], segment[1:]  # "Ch Supt Phil Smith", "Det Ch Insp"
        titles = carried
        many = plural_title(segment[0][0]) if len(segment) > 1 else None
        if many and segment[1][0].lower() not in CONNECTORS:
            # "Senators Kelly", "Messrs Smith and Jones": the title of each name it heads
            plural = titles = [*titles, many]
            segment = segment[1:]
        if titles and titles[-1] in HONORIFICS and not honorific:
            honorific, titles = titles[-1].title(), titles[:-1]  # "Messrs Smith and Jones": each a "Mr"
        if (
            len(segment) > 2
            and segment[0][0] in _RANKS_AS_WORDS
            and (segment[1][0].lower() in first_names() or segment[1][0].lower() not in english_words())
            and segment[-1][0].lower() not in ORG_HEADS
        ):
            # "Major John Smith", "Private Lee Rigby": a rank that is a word too, before a full name.
            titles, segment = [*titles, segment[0][0].lower()], segment[1:]
        titled = len(segment) > 2 and segment[1][0].lower() in TITLE_WORDS
        pair = f"{segment[0][0]} {segment[1][0]}".lower() if titled else ""
        pair = pair if pair and segment[2][0].lower() not in CONNECTORS else ""  # "Prime Minister of India"
        if pair in roles() or pair.split(" ")[0] in QUALIFIERS and pair.split(" ")[-1] in TITLE_WORDS:
            # "Fed Vice Chairman Johnson's": a role of two words after the body's name
            titles, segment = [*titles, pair], segment[2:]
        while (
            len(segment) > 1
            and segment[0][0].lower() in TITLE_WORDS
            and segment[1][0].lower() not in CONNECTORS
            and segment[-1][0].lower() not in ORG_HEADS
            and not written_legal_form(segment[-1][0])  # "Investor AB": a firm, though "investor" is a role
            # "General Assembly of the United Nations", not "Chief Executive of AOL"
            and (segment[1][0].lower() not in ORG_HEADS or segment[1][0].lower() in TITLE_WORDS)
            and not _place_named_for(segment)
        ):
            titles, segment = [*titles, segment[0][0].lower()], segment[1:]
        # "Judge Jones QC": after a title, a surname alone keeps no letters of rank either.
        while (len(segment) > 2 or len(segment) == 2 and (honorific or titles)) and segment[-1][
            0
        ] in POST_NOMINALS:
            segment = segment[:-1]
        if len(segment) > 1 and segment[-1][0] in JUDGES_AFTER and _judged(segment):
            titles, segment = [*titles, "judge"], segment[:-1]  # "Leveson LJ", "Mostyn J": a judge
        words_here = [t[0] for t in segment]
        place: list[Token] = []
        if "of" in words_here[1:] and (honorific or "").lower() not in PEERS:
            # "President Musharraf of Pakistan", "Zhao Ziyang of China": the person, then the
            # place they are of; after one name alone, a title or an honorific first, for
            # "Catherine of Aragon" is hers.
            cut = words_here.index("of", 1)
            if (
                honorific
                or titles
                or full_name(words_here[:cut])
                or _unlisted_full_name(words_here[:cut])
                or _named_before_a_country(words_here[:cut], words_here[cut + 1 :])
            ) and a_place_or_two(words_here[cut + 1 :]):
                segment, place = segment[:cut], segment[cut + 1 :]
            elif cut == 1 and _surname_of_a_firm(words_here):
                segment, place = segment[:cut], segment[cut + 1 :]  # "said Leslie of Discount Corp"
        # Titles at the end of one segment belong to the person the next one names.
        carried = []
        role = " ".join(t[0] for t in segment).lower()
        if len(segment) > 1 and role in roles():
            # "Vice President Joe Biden": a role of several words, though "Vice" is a first name.
            carried, segment = [role], []
        elif len(segment) > 2 and (k := _office_of_a_body(words_here)):
            # "Chief Constable of Kent Police": the title, then the body the table knows.
            carried, segment = [" ".join(words_here[: k - 1]).lower()], segment[k:]
        elif len(segment) > 3 and (k := _place_before_a_role_of(words_here)):
            # "Lagos Commissioner of Police": where a role named for what it heads is held.
            carried, segment = [" ".join(words_here[k:]).lower()], segment[:k]
        while (
            segment
            # Holders too, after their body: "Labour MPs", "Tory ministers" name the party.
            and (segment[-1][0].lower() in TITLE_WORDS or _holders([t[0] for t in segment]))
            and (len(segment) > 1 or not honorific)
            and not (len(segment) > 1 and _surname_not_title(segment))
            and segment[0][0] not in FORMS_FIRST  # "AB Investor": the firm's name after its form
            # After "of", a body's last word: "European Court of Justice", "Ministry of Justice";
            # after "and" too, ending a body's name: "Department of Communities and Justice".
            and not (len(segment) > 2 and segment[-2][0] == "of")
            # ... and after a head's "for", ending the run: "Institute for Justice", not "Minister
            # for Justice" nor "Society for General Systems Research".
            and not (
                len(segment) > 2
                and segment[-2][0] == "for"
                and segment[-3][0].lower() in HEADS_AND_CENTRES
                and segment[-1] == run[-1]
            )
            # An office is named for its title: "Office of the Children's Commissioner".
            and not (len(segment) > 3 and [t[0] for t in segment[:3]] == ["Office", "of", "the"])
            and not (
                len(segment) > 3
                and segment[-2][0] == "and"
                and BODY_LINKS & {t[0] for t in segment}
                and segment[-1] == run[-1]
            )
            # An adjective makes "Justice" the cause a body is for: "Centre for Social Justice".
            and not (
                len(segment) > 3
                and segment[-1][0] == "Justice"
                and segment[-2][0].endswith(_ADJECTIVE_ENDINGS)
                and BODY_LINKS & {t[0] for t in segment}
            )
        ):
            carried.insert(0, segment[-1][0].lower())
            segment = segment[:-1]
            if (n := _role_reaching_back(segment, carried[0])) is not None:
                # "Police and Crime Commissioner": a role of several words, "and" inside it
                carried[0] = " ".join([*(t[0].lower() for t in segment[n:]), carried[0]])
                segment = segment[:n]
            while (
                carried
                and segment
                and (
                    # A qualifier alone too: "Detective Senior Sergeant Tom Walsh".
                    segment[-1][0].lower() in QUALIFIERS
                    or len(segment) > 1
                    and (
                        f"{segment[-1][0].lower()} {carried[0]}" in roles()
                        and " ".join(t[0] for t in segment).lower() not in organisations()
                        # A county's name and "County" are where: "Bexar County Sheriff".
                        and segment[-1][0] != "County"
                    )
                )
            ):
                # "FBI Assistant Director", "Treasury Deputy Secretary": the qualifier is the
                # title's; so is the first word of a role ("Labour Assembly Member"), unless
                # it ends a body the table knows ("London Assembly Member Susan Hall").
                carried[0] = f"{segment[-1][0].lower()} {carried[0]}"
                segment = segment[:-1]
            if carried and len(segment) == 2 and segment[0][0].lower() in QUALIFIERS:
                # "Assistant Defense Secretary": the qualifier is the title's, the field the body's
                carried[0] = f"{segment[0][0].lower()} {carried[0]}"
                segment = segment[1:]
            if carried and (k := _place_before_title(segment)):
                # "UK Prime Minister", "Virginia State Attorney": dictionary words between a
                # place and a title are the title's, and the place is where it is held.
                carried[0] = " ".join([*(t[0].lower() for t in segment[k:]), carried[0]])
                segment = segment[:k]
        if nation := _nation_before_a_proper_body([t[0] for t in segment]) or _described_body(
            [t[0] for t in segment]
        ):
            segment = segment[nation:]  # "the German Bundestag", "of American YouTube": the body, not whose
        if segment:
            result.append((segment, honorific, titles))
        if place:
            result.append((place, None, []))
    for i in range(len(result) - 1):
        office = [t[0] for t in result[i][0]]
        if len(office) > 3 and office[0].lower() in nationalities():
            office = office[1:]  # "Indonesian Minister of Energy": whose office
        # "... Kerry and U.S.": "and" between, so no holder; a style between is the holder's ("Sir").
        end, start = result[i][0][-1][2], result[i + 1][0][0][1]
        apart = any(t[0] == "and" and end <= t[1] < start for t in run)
        if len(office) > 2 and office[1] == "of" and office[0].lower() in TITLE_WORDS and not apart:
            # "Mayor of London Sadiq Khan": the person holds the office's title.
            result[i + 1] = (result[i + 1][0], result[i + 1][1], [*result[i + 1][2], office[0].lower()])
    return result


def _office_of_a_body(words: list[str]) -> int:
    """Return where the table's body after a title and "of" starts, or 0: "Chief Constable of Kent Police"."""
    if "of" not in words[1:]:
        return 0
    cut = words.index("of", 1)
    title = " ".join(words[:cut]).lower()
    body = " ".join(words[cut + 1 :]).lower()
    # ... or initials no list holds: "Director-General of CID".
    known = body in organisations() or len(words) == cut + 2 and BARE_INITIALS.fullmatch(words[-1])
    return cut + 1 if title in roles() and known and "of" not in words[cut + 1 :] else 0


def _place_before_a_role_of(words: list[str]) -> int:
    """Return how many words of a place open a role with "of" in it, or 0: "Lagos Commissioner of Police"."""
    for k in range(1, len(words) - 2):
        if "of" in words[k + 1 : -1] and " ".join(words[k:]).lower() in roles():
            return k if " ".join(words[:k]).lower() in places() else 0
    return 0


def _role_reaching_back(segment: list[Token], title: str) -> int | None:
    """Return where a role of three or more words that ends with a title starts: "Police and Crime"."""
    for n in range(max(0, len(segment) - 4), len(segment) - 1):
        if " ".join([*(t[0].lower() for t in segment[n:]), title]) in roles():
            return n
    return None


def _place_named_for(segment: list[Token]) -> bool:
    """Tell whether a title, a name and a place's head are a place the gazetteer knows.

    "Prince Edward Island", "Lord Howe Island": no title and a person's name.
    """
    words = [t[0].rstrip(".,") for t in segment]
    return len(words) > 2 and words[-1].lower() in place_heads()[1] and " ".join(words).lower() in places()


def _place_before_title(segment: list[Token]) -> int:
    """Return how many words of a place open a segment of dictionary words before a title, or 0.

    "UK Prime", "Thailand Prime", "Virginia State": the place, then words of the title;
    not "United States" (a place whole), "Frances Miller" nor "Office of the Deputy".
    """
    words = [t[0] for t in segment]
    for k in range(len(words) - 1, 0, -1):
        place = " ".join(words[:k]).lower()
        if place in places() or place in nationalities():
            rest = [w.lower() for w in words[k:]]
            if all(w in english_words() and w not in ORG_HEADS and w not in places() for w in rest):
                return k
            return 0
    return 0


#: Heads of a state's bodies, which a title's word may open: "General Directorate of Security".
_STATE_HEADS = frozenset("department directorate administration bureau inspectorate command".split())


def _function_word(run: list[Token]) -> bool:
    """Tell whether a run opens with a function word, which is no part of a name."""
    first = run[0][0]
    # "New" opens names: "New York", "New Zealand", "New Labour", a dateline's "NEW DELHI".
    opens_a_name = first.lower() == "new" and len(run) > 1
    # "the WHO said": the table's initials, unless a heading in capitals goes on ("WHO WAS OSCAR?").
    if not is_function_word(first) or first.lower() in HONORIFICS or opens_a_name:
        return False
    initials = first.isupper() and body_name(first) is not None and not (len(run) > 1 and run[1][0].isupper())
    # "AM International Inc": a firm's initials, capitals a function word shares, to its legal form
    firm_s = (
        len(run) > 2
        and len(first) > 1
        and first.isupper()
        and not run[1][0].isupper()
        and _firm_s_last_word(run[-1][0])
    )
    return not initials and not firm_s


def _first_s_body(run: list[Token]) -> bool:
    """Tell whether a run after "First" names a body no table holds, up to its head: "Chicago Corp"."""
    words = [t[0].rstrip(".,") for t in run[1:]]
    if len(words) >= 3 and words[0] == "of" and words[1].lower() in places() and legal_form(words[-1]):
        return True  # "First of Michigan Corp.": a firm named for its state, to its legal form
    named = words[: words.index("of")] if "of" in words else words
    if len(named) > 2 and named[-1] in CHARTERS:
        named = named[:-1]  # "First Federal Bank FSB": a charter's initials after the head
    if len(words) == 1:
        # "First Wachovia also said", after "First Wachovia Corp": a word no list knows.
        folded = words[0].lower()
        if first_and_a_town(words[0]):
            return True  # "analysts at First Boston", "First Chicago": a bank named for its town
        return (
            words[0].istitle()
            and words[0].isalpha()
            and folded not in english_words()
            and folded not in first_names()
            and folded not in places()
            and not is_function_word(words[0])
        )
    return (
        len(named) >= 2
        and not is_function_word(named[0])  # "First the Police Federation said"
        and named[-1].lower() in ORG_HEADS
        and " ".join(words).lower() not in organisations()
        and " ".join(named).lower() not in organisations()  # "First Labour Party members": an adverb
    )


def _body_then_a_title(words: list[str]) -> bool:
    """Tell whether words open with the table's body, then a title: "Metropolitan Police Commissioner"."""
    return any(
        words[k].lower() in TITLE_WORDS and body_name(" ".join(words[:k])) is not None
        for k in range(1, len(words))
    )


def _firm_s_last_word(word: str) -> bool:
    """Tell whether a word ends firms' names: a legal form, a company's head, "Management"."""
    folded = word.lower().rstrip(".")
    return folded in FIRMS_LAST_WORDS or folded in MANAGING or folded in LEGAL_FORMS


def _adjectives_after_a_link(run: list[Token]) -> int:
    """Return how many words end a run after a link word, "the" and nations' adjectives only, or 0."""
    k = len(run)
    while k > 1 and run[k - 1][0].lower() in nationalities() and run[k - 1][0].lower() not in places():
        k -= 1
    if k == len(run) or k < 2:
        return 0
    if run[k - 1][0] == "the":
        k -= 1
    return len(run) - k + 1 if k > 1 and run[k - 1][0] in ("of", "on", "for") else 0


#: Qualifiers of a role that open no body's name: "Deputy", "Assistant".
_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople".split())
_HOLDERS_QUALIFIERS = frozenset("Deputy Assistant Acting Interim".split())

#: Words that make a preposition with "of" and open a sentence: "Because of", "Ahead of".
_OPENERS_BEFORE_OF = frozenset("Because Ahead Regardless Irrespective Instead Outside Inside".split())
#: Numbers in words that open a place's name: "Three Gorges Dam", "Seven Sisters Road".
_NUMBERS_NAMING = frozenset("Two Three Four Five Six Seven Eight Nine Ten Twelve Hundred Thousand".split())

#: What an ordinal after "the" opens the name of: a body, or a US court of appeals ("the Ninth Circuit").
_ORDINAL_HEADS = ORG_HEADS | {"circuit"}


def _titled_weekday(run: list[Token]) -> bool:
    """Tell whether a run opens with a weekday that a capitalised word, no month, follows."""
    return (
        len(run) > 1
        and run[0][0].lower() in WEEKDAY_NAMES
        and run[1][0][:1].isupper()
        and run[1][0].lower() not in FUNCTION_WORDS
    )


#: A speaker's hesitations and answers, which a transcript capitalises before a name.
_INTERJECTIONS = frozenset("Uh Um Uhm Er Erm Ah Oh Hmm Mm Yeah Okay Ok".split())


#: Adjectives of time that open a sentence before a body's name and no body's own.
_TIME_ADJECTIVES = frozenset("Past Recent Previous Current Earlier Latest".split())


def _opening_word(run: list[Token]) -> bool:
    """Tell whether a run opens with a word capitalised only because it opens the sentence.

    "Considering Socotra", "Using CFLs", "Together Bernoulli", "Said Wales coach"; not "Evening Standard",
    "Housing Executive", "Daily Kos" nor "Reading", a town.
    """
    first = run[0][0]
    if len(run) > 1 and LEAGUE_CLASS.fullmatch(first):
        return True  # "Triple-A Indianapolis Indians": the league's class, then the club
    if len(run) > 1 and first in ("Said", "Says", "Added", "Adds"):
        return True  # "Said Wales coach Mike Ruddock:": the verb, then who said it
    if len(run) > 1 and first in _INTERJECTIONS:
        return True  # "Uh Mitchell expressed a desire": a transcript's hesitation, then the name
    if (
        len(run) > 2
        and first in _TIME_ADJECTIVES
        and " ".join(t[0] for t in run).lower() not in organisations()
    ):
        return True  # "Past Congressional Budget Office forecasts": when, then the body
    return (
        len(run) > 1
        and _OPENING_WORD.search(first) is not None
        and first.lower() not in NAME_ADJECTIVES
        and common_or_national(first)
        and " ".join(t[0] for t in run).lower() not in organisations()
        # "Housing Executive" is a body; "Initially Visual Radio" an adverb, then the thing;
        # "Comparing the Welsh Assembly Government" a verb, then the body.
        and (run[-1][0].lower() not in ORG_HEADS or _adverb(first) or run[1][0] == "the")
        and first.lower() not in places()
    )


def _adverb(word: str) -> bool:
    """Tell whether a word is an adjective's adverb in -ly: "Initially", "Happily"; not "Assembly"."""
    folded = word.lower()
    return folded.endswith("ly") and (folded[:-2] in english_words() or folded[:-3] + "y" in english_words())


def _surname_not_title(segment: list[Token]) -> bool:
    """Tell whether a title word that ends a run is the surname of the name before it.

    "Mervyn King", "Tom Judge", "Peter T. King", "Martin Luther King" and "Office of the
    Mayor" end with no title; "George Floyd Justice (in Policing Act)" and "Treasury
    Chancellor" do.
    """
    before, last = segment[-2][0], segment[-1][0].lower()
    if INITIAL.fullmatch(before) or before == "the":
        return True
    if len(segment) == 2:
        # "UN Secretary": a body's initials, though "Un" is a name; "TOM JUDGE" in a transcript is Tom;
        # "Alberta Premier": a place's office, though "Alberta" is a first name ("Paris Judge" is someone).
        # Not an office no one bears as a surname: "Lilly Chairman Richard Wood" is the firm's.
        return (
            before.lower() in first_names()
            and before not in POLICE_RANKS  # "Garda Sergeant": a rank, though "Garda" is a name somewhere
            and last not in OFFICES
            and not (before.isupper() and before.lower() not in familiar_first_names())
            and not (before.lower() in places() and last not in _SURNAME_TITLES)
        )
    return last in _SURNAME_TITLES and segment[0][0].lower() in first_names()


def _surname_after_initials(word: str) -> bool:
    """Tell whether a word after a police rank's initials could be a surname: "Smith", not "Comics"."""
    folded = word.lower()
    return (
        word[:1].isupper()
        and not word.isupper()
        and not plural_of_a_word(word)
        and folded not in ORG_HEADS | FIRM_HEADS | TITLE_WORDS
        and folded not in places()
    )


def _judged(segment: list[Token]) -> bool:
    """Tell whether a judge's style ends a name: "Leveson LJ", "Sir Brian Leveson P"; not "Michael J"."""
    surname = segment[-2][0]
    return (
        surname[:1].isupper()
        and not surname.isupper()
        # "J" alone after a first name is an initial: "Michael J" of "Michael J Fox".
        and (segment[-1][0] != "J" or len(segment) > 2 or surname.lower() not in first_names())
    )


#: What a police rank's initials read as, inside a run, before a name: an honorific.
_HONORIFIC_RANK = "Det"


def _rank_before_a_name(words: list[str], i: int) -> bool:
    """Tell whether a police rank's initials stand before an officer's name: "DCI Sarah Jones", "PC Smith"."""
    if words[i] not in POLICE_RANKS and words[i] not in JUDGES_BY_INITIALS or i + 1 >= len(words):
        return False
    if i and words[i - 1] not in ("and", "&", "Detective"):
        return False  # inside another name: "Mobile PC Extended Battery Life"; "Detective Garda" is a rank
    # The name reaches to "of", "and" or the run's end, and holds no body's word: not "PC Pro
    # Magazine", "ACC Long Distance Corp".
    end = next((k for k in range(i + 1, len(words)) if words[k] in ("of", "and", "&")), len(words))
    name = words[i + 1 : end]
    if " ".join(words[i:end]).lower() in organisations():
        return False  # the table's body: "Garda Síochána"
    while len(name) > 1 and name[-1] in POST_NOMINALS:
        name = name[:-1]  # "HHJ Peter Jones KC": the letters of his rank at the bar
    return (
        1 <= len(name) <= 3
        and all(w[:1].isupper() and not w.isupper() for w in name)
        and not {w.lower() for w in name} & (ORG_HEADS | FIRM_HEADS | TITLE_WORDS)
        and (
            name[0].lower() in first_names()
            or name[0].lower() not in english_words()
            # "DCI Smith": initials no other thing's, before a surname alone.
            or (len(name) == 1 and len(words[i]) > 2)
        )
    )


#: Kin a sentence may open with, then "of" and whose: "Son of Mark Smith", "Widow of ...".
_KIN_OF = frozenset(
    "son daughter wife husband widow widower mother father brother sister grandson granddaughter "
    "grandfather grandmother nephew niece cousin uncle aunt".split()
)


def _role_at_a_firm(role: list[str], firm: list[str]) -> bool:
    """Tell whether a title comes before "of" and a firm's or a known body: "Managing Director of Acme Inc".

    A title there is no office: the body's name ends with a legal form or a firm's head,
    or the table knows it ("Governor of the Bank of England"); "Secretary of State", "Mayor
    of London" stay offices.
    """
    return (
        bool(role)
        and role[-1].lower() in TITLE_WORDS
        and all(w.lower() in english_words() for w in role)
        and (
            legal_form(firm[-1])
            or firm[-1].lower() in FIRMS_LAST_WORDS
            or firm_by_trade(firm)
            or body_name(" ".join(firm)) is not None
            # A body of a name and a head: "Chief Executive of Hereford Hospitals NHS Trust".
            or len(firm) > 2
            and firm[-1].lower() in ORG_HEADS
            and not BODY_LINKS & set(firm)
        )
    )


def _where_a_firm_is(firm: list[str], words: list[str]) -> bool:
    """Tell whether words after a firm's legal form and "of" say where it is: "Inc of St. Petersburg".

    A town, or a country after "the" ("Dow Chemical Co of the United States"); not a
    country alone, which names a firm's national arm ("Ford Motor Co of Canada"), nor the
    state a utility serves ("Public Service Co of New Mexico"). After a form written abroad,
    or one that closes a name, a country too: no arm is named "Siemens AG of Germany" or
    "Nippon Steel Ltd of Japan" (an arm's form comes last: "Ford Motor Co of Canada Ltd").
    """
    abroad = len(firm) > 1 and (
        written_legal_form(firm[-1]) or firm[-1].rstrip(".").lower() in _CLOSING_FORMS
    )
    if firm[-1].rstrip(".").lower() not in LEGAL_FORMS and not abroad:
        return False
    place = " ".join(words[1:] if words[0] == "the" else words).lower()
    state = any(place == name.lower() for name in us_states())
    if state and any(word.lower() in _UTILITY_WORDS for word in firm[:-1]):
        return False
    return place in places() and (abroad or words[0] == "the" or not a_country(place))


#: Members elected for a seat, which a town's name and a word of its own name: "MP for Sheffield Hallam".
_MEMBERS_FOR_SEATS = frozenset("MP MPs MSP MSPs MS AM MLA MEP".split())


def _area(words: list[str]) -> bool:
    """Tell whether words are a place, or places "and" joins: "Devon and Cornwall", an office's area."""
    if known_place(words):
        return True
    parts = " ".join(words).split(" and ")
    return len(parts) == 2 and all(known_place(part.split()) for part in parts)


def _arm_with_its_form(words: list[str], k: int) -> bool:
    """Tell whether words are a name, "of", a place and a legal form: a firm's arm, no person."""
    return words[-1].rstrip(".").lower() in LEGAL_FORMS and known_place(words[k + 1 : -1])


#: Legal forms that close a firm's name, unlike "Co" and "Corp" ("Aluminum Co of America").
_CLOSING_FORMS = frozenset("inc ltd plc llc".split())
#: Words of a utility's name, which holds the state it serves: "Public Service Co of Colorado".
_UTILITY_WORDS = frozenset("service power electric gas light telephone water utilities edison".split())


def _placed_after_a_form(words: list[str]) -> int | None:
    """Return where a place starts after a legal form that closes a firm's name, if the rest is one.

    Not after "Co" or "Corp", which an arm's name goes on past: "Exxon Co USA".
    """
    for k in range(2, len(words)):
        form = words[k - 1]
        if form.rstrip(".").lower() in _CLOSING_FORMS or written_legal_form(form):
            # ... or another firm, a comma lost between: "Lloyds Bank PLC Allied Irish Banks".
            rest = words[k:]
            other = (
                len(rest) > 1
                and rest[0][:1].isupper()
                and rest[0].rstrip(".").lower() not in LEGAL_FORMS  # "Broken Hill Pty Co Ltd"
                and not written_legal_form(rest[0])
                and (_a_body_s_name(rest) or rest[-1].lower()[:-1] in ORG_HEADS)  # "Banks"
            )
            return k if known_place(rest) or other else None
    return None


def _people_by_place(word: str) -> bool:
    """Tell whether a word names a place's or a nation's people in the plural: "Londoners", "Scots"."""
    folded = word.lower()
    return (
        folded.endswith("s")
        and folded not in places()  # "Philippines Trade and Industry Secretary": the country
        and (demonym(folded) or folded[:-1] in nationalities())
    )


def _holders(words: list[str]) -> bool:
    """Tell whether a name is a body the table knows, then its holders of a title: "Labour MPs".

    Not "Association of Chief Police Officers", the holders' own body, nor "Kaiser Chiefs".
    """
    last = words[-1]
    return (
        len(words) > 1
        and last.endswith("s")
        and not last.endswith("ss")
        and singular_of(last) in TITLE_WORDS
        and " ".join(words[:-1]).lower() in organisations()
    )


def _office_holder(words: list[str]) -> int:
    """Return where the holder's name starts after an office in a run, or 0.

    After a place's office ("Mayor of London Sadiq Khan", "Governor of Texas Abbott") or
    one whose words are the dictionary's ("Secretary of State Kerry", "Speaker of the House
    of Representatives Wahono"), though no list knows the surname; not a place's own last
    word ("Mayor of Kansas City") nor a word of the dictionary ("Minister of Foreign Affairs").
    """
    if len(words) > 4 and (words[0].lower() in nationalities() or words[0].lower() in QUALIFIERS):
        # "Indonesian Minister of Mines and Energy Subroto": whose office, then the office;
        # "Deputy Secretary of State Talbott": which holder of it.
        held = _office_holder(words[1:])
        return held + 1 if held else 0
    if len(words) < 4 or not an_office(words) or " ".join(words[2:]).lower() in places():
        return 0
    last = words[-1]
    alone = (
        last[:1].isupper()
        and not last.isupper()
        and last.lower() not in english_words()
        and last.lower() not in places()
        and " ".join(words[2:]).lower() not in organisations()
        and words[-2].lower() not in NAME_PARTICLES  # "Members of Van Gogh's family": his name's particle
    )
    for k in range(3, len(words)):
        held = " ".join(words[2:k]).lower()
        if k < len(words) - 1 and held in places():
            return k
        office = [w for w in words[2:k] if w not in ("the", "of", "and")]
        worded = bool(office) and all(w.lower() in english_words() for w in office)
        # "Secretary of State Warren Christopher": a first name before the surname opens the holder's name.
        if k == len(words) - 1 and alone and words[k - 1].lower() not in familiar_first_names():
            if held in places() or worded:
                return k
        # "Minister of Police Senzo Mchunu": a holder of two or three words no dictionary knows,
        # after an office of the dictionary's words.
        if alone and worded and 2 <= len(words) - k <= 3 and _unworded_name(words[k:]):
            return k
    return 0


def _unworded_name(words: list[str]) -> bool:
    """Tell whether capitalised words are no word, place or body a list knows: a holder's name."""
    opening, whole = words[0].lower(), " ".join(words).lower()
    return all(
        word[:1].isupper() and not word.isupper() and word.lower() not in english_words() for word in words
    ) and not any(name in places() or name in organisations() for name in (opening, whole))


def _party_member_before(words: list[str]) -> int:
    """Return where a name starts after a party's member before it, or 0: "Democrat Gephardt" gives 1.

    Not the party's own body: "Republican National Committee", "Democrat Party".
    """
    if not words:
        return 0
    k = 1 if words[0].lower() in PARTY_OPENERS else 0
    rest = words[k + 1 :]
    return (
        k + 1
        if len(words) > k + 1
        and words[k].lower() in PARTY_MEMBERS
        and all(w[:1].isupper() and w.lower() not in ORG_HEADS for w in rest)
        and not any(w.lower() in TITLE_WORDS for w in rest[:1])
        else 0
    )


def _unlisted_full_name(words: list[str]) -> bool:
    """Tell whether two words are a given name no list holds and a surname: "Linford Christie"."""
    return len(words) == 2 and unlisted_given_name(words[0]) and unlisted_surname(words[1])


def _named_before_a_country(words: list[str], after: list[str]) -> bool:
    """Tell whether a first name and a surname come before "of" and a country: "Thomas Muster of Austria".

    The surname may be a word of the dictionary, for no one's name holds a country after
    "of" ("Catherine of Aragon" is of a kingdom no list holds as a country today).
    """
    return (
        2 <= len(words) <= 3
        and words[0].lower() in first_names()
        and all(
            w[:1].isupper() and w.lower() not in TITLE_WORDS and w.lower() not in ORG_HEADS for w in words[1:]
        )
        and a_country(" ".join(after))
    )


def _surname_of_a_firm(words: list[str]) -> bool:
    """Tell whether one name, "of" and a firm with its legal form follow: "Leslie of Discount Corp"."""
    folded = words[0].lower()
    return (
        len(words) >= 4
        and legal_form(words[-1])
        and "of" not in words[2:]
        and words[2].lower() not in places()  # "Texaco of Canada Inc": a firm's arm in a country
        and folded not in english_words()
        and folded not in ORG_HEADS
        and folded not in places()
        and not words[0].isupper()
    )


def _a_body_s_name(words: list[str]) -> bool:
    """Tell whether words are the table's body or end in a body's head: "General Motors", "Harcourt Inc"."""
    return (
        body_name(" ".join(words)) is not None
        or words[-1].lower().rstrip(".") in ORG_HEADS
        or len(words) > 1
        and (written_legal_form(words[-1]) or firm_as(words))  # "Volkswagen AG", "Norsk Hydro AS"
    )


def _someone_of_a_firm(words: list[str]) -> int:
    """Return where "of" stands between someone and a firm, or 0: "Quinn of E.F. Hutton".

    A surname alone before a firm's initials or the table's; after initials, before any name
    a body's head ends too ("P.S. Tam of Morgan Guaranty Trust"). Not a body's head or a
    title before "of" ("Bank of New England", "Duke of Westminster Estates"), nor a place
    after it ("Garrett of Canada" may be where he is from).
    """
    initialled = len(words) > 2 and DOTTED_INITIALS.fullmatch(words[0]) is not None
    at = 2 if initialled else 1
    if len(words) < at + 3 or words[at] != "of":
        return 0
    first, whole = words[at - 1].lower(), " ".join(words[at + 1 :])
    rest = whole if body_name(whole) else whole.split(" and ")[0]  # "Lewis of Phillips and Drew"
    firm = DOTTED.fullmatch(words[at + 1]) is not None or body_name(rest) is not None
    # A body's head after initials, or after a surname no list holds: "Kondo of Yasuda Trust";
    # a first name is a dedication's ("Mary of Nazareth Hospital").
    headed = (
        (initialled or first not in first_names())
        and words[-1].lower() in ORG_HEADS
        and words[-1].lower() not in LEGAL_FORMS
    )
    someone = (
        (firm or headed)  # initials or the table's: "Quinn of E.F. Hutton", "Jones of Morgan Stanley"
        and " " in rest
        # "Alcoa of Australia Ltd": a firm's arm in a country; "R.J. Smith of Texas Commerce Bank", his bank.
        and (headed or words[at + 1].lower() not in places())
        and not written_legal_form(words[-1])
        and words[-1].lower().rstrip(".") not in LEGAL_FORMS
        and (initialled or first not in english_words())  # "P.S. Tam", though a tam is a cap
        and first not in ORG_HEADS
        and first not in TITLE_WORDS
        and not body_name(" ".join(words))
        and not body_name(" ".join(words[:at]))  # "J.P. Morgan of ...": a bank's name, no one's
    )
    return at if someone else 0


#: Words that go on a body's name or make a title, not a thing the body names: "Senate
#: Intelligence Committee", "Barclays Capital", "White House Press Secretary".
_NO_THING = ORG_HEADS | FIRM_HEADS | TITLE_WORDS


def _body_of_a_place(words: list[str]) -> bool:
    """Tell whether a run is a body the table knows or initials, "of" and a place: "ACLU of Oregon"."""
    if len(words) < 3 or words[1] != "of":
        return False
    if not (words[0].lower() in organisations() or _initials_of_a_body(words[0])):
        return False
    if formal_place(" ".join(words).lower()):
        return False  # "the Commonwealth of Massachusetts": a state's formal style, no body's branch
    where, rest = " ".join(words[2:]).lower(), " ".join(words[3:]).lower()
    return where in places() or words[2].lower() in COMPASS and rest in places()


def _place_then_a_country(words: list[str]) -> int:
    """Return where a country starts right after another place in a run, or 0: "Golan Heights Israel"."""
    whole = " ".join(words).lower()
    if len(words) < 2 or whole in places() or whole in organisations():
        return 0
    for k in range(1, len(words)):
        first = " ".join(words[:k])
        if (
            " ".join(words[k:]).lower() in countries()
            and first.lower() in places()
            # Not a body's branch or a club: "Toyota Australia", "US Luxembourg".
            and not words[0].isupper()
            and body_name(first) is None
        ):
            return k
    return 0


def _place_before_initials(words: list[str]) -> int:
    """Return where a place the tables know ends before a body's initials the table holds, or 0.

    "Nova Scotia RCMP", "the Texas FBI", "London UKIP": the body's branch in a place, named by
    the body and the place apart. Not after a country, whose initials name its own body, which
    the table's may not be: "Egypt FA" is no England's Football Association.
    """
    initials = words[-1] if words else ""
    where = " ".join(words[:-1]).lower()
    placed = (
        len(words) > 1
        and len(initials) > 1
        and initials.isupper()
        and initials.lower() in organisations()
        and " ".join(words).lower() not in organisations()
        and where in places()
        and not a_country(where)
    )
    return len(words) - 1 if placed else 0


def _initials_of_a_body(word: str) -> bool:
    """Tell whether a word is initials that no list holds as a term or a place: "ACLU", "NAACP"."""
    folded = word.lower()
    return (
        len(word) >= 3
        and word.isupper()
        and word.isalpha()
        and not term_initials(word)
        and folded not in places()
    )
