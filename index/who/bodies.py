"""Type a name as a body's by the words around it: firms, tickers, papers, kinds of business."""

from __future__ import annotations

import re

from .gazetteers import (
    COMPANY_HEADS,
    LEGAL_FORMS,
    NATIVE_NATIONAL,
    body_name,
    english_words,
    familiar_first_names,
    first_names,
    legal_form,
    nationalities,
    organisations,
    places,
    towns,
)
from .words import (
    AND_COMPANY,
    ARMS_IN_TRADE,
    BUSINESS_KINDS,
    CONNECTORS,
    CREEDS,
    FIRMS_TRADES,
    MEMBERS,
    ORGANISATION,
    PAPERS,
    PERSON,
    PLACE,
    PUBLICATION_AFTER,
    TICKER,
    TICKER_AFTER,
    TITLE_WORDS,
    WEEKDAY_NAMES,
    WORD_AFTER,
    WORK,
    YEAR,
    Mention,
    Token,
    body_word,
    country_code,
    known_name,
    named_after_its_kind,
    nations_joined,
    opens_sentence,
    people_of_a_place,
    plural_of_a_word,
    singular_of,
    unlisted_given_name,
)

#: What a paper does as a source, right after its name: "The Sun reported".
_REPORTS_AFTER = re.compile(
    r" (?:reported|reports|said|says|revealed|reveals|claimed|claims|disclosed|discloses|quoted|quotes|"
    r"understands|has (?:learned|learnt|obtained|seen))\b"
)
#: What is told or read in a paper, just before its "the": "told the Star", "according to the Sun".
_TOLD_BEFORE = re.compile(
    r"\b(?:told|tells|according to|interview with|quoted (?:in|by)|(?:writing|wrote|writes) in|"
    r"(?:spoke|speaking|talking) to|reported by) $"
)


def paper_by_its_word(text: str, token: Token) -> bool:
    """Tell whether a paper's word after "the" is the paper: "The Sun reported", "told The Hindu"."""
    word, start, end = token
    if word.lower() in nationalities() and text.endswith("The ", 0, start):
        # "told The Hindu", "according to The Australian": a paper's title, its capital "The" and all
        return _TOLD_BEFORE.search(text[max(0, start - 30) : start - 4].lower()) is not None
    if word not in PAPERS:
        return False
    if "the " + word.lower() in organisations():
        return False  # "The Observer": the table's name, article and all
    if PUBLICATION_AFTER.match(text, end):
        return True  # "The Sun newspaper said", "the tabloid Star magazine": what it is, said after it
    if text[max(0, start - 4) : start] not in ("the ", "The "):
        return False
    return bool(_REPORTS_AFTER.match(text, end) or _TOLD_BEFORE.search(text, max(0, start - 30), start - 4))


def field_label(text: str, tokens: list[Token]) -> bool:
    """Tell whether a word in capitals no table holds labels a figure after its colon: "AMT: 1,200,000".

    A figure, not words: a transcript's speaker labels what they say ("CLINTON: Well,"), and
    a body's or a place's the tables know is itself ("UK: 5 million").
    """
    word, _, end = tokens[0]
    return (
        len(tokens) == 1
        and _FIGURE_AFTER_A_COLON.match(text, end) is not None
        and word.isupper()
        and not known_name(word)
        and not country_code(word)
    )


#: A colon, then a figure: "AMT: 1,200,000", "DTD: 09/01/96", "CUSIP: 072261".
_FIGURE_AFTER_A_COLON = re.compile(r": \d")


def titled_with_the(text: str, tokens: list[Token]) -> bool:
    """Tell whether "the" and the words name a body the table knows by both ("The Observer")."""
    start = tokens[0][1]
    return text[max(0, start - 4) : start] in ("the ", "The ") and (
        "the " + " ".join(t[0] for t in tokens).lower() in organisations()
    )


#: Two figures or more in columns after a row's label: "  8,253   8,877", "\t(12.5)\t4".
_ROW_FIGURES = re.compile(r"(?: {2,}|\t)[-(]?\d[\d.,]*\)?(?:[ \t]+[-(]?\d[\d.,]*\)?)+")
#: The grades of a credit rating written as letters that are no word ("A" and "B" are no names).
_GRADES = frozenset("AAA AA BBB BB CCC CC".split())
#: A sentence that speaks of credit ratings.
_RATING_TALK = re.compile(
    r"\b(?:rat(?:ed|ings?)|downgrad\w*|upgrad\w*|affirm\w*|debt|debentures|Moody['’]s|Fitch"
    r"|Standard (?:and|&) Poor['’]s|S&P|Duff (?:and|&) Phelps)\b"
)
#: What sits before a grade: "a AA", "to B from CCC", "(AAA)", "a top-flight AAA", "high AA".
_GRADE_BEFORE = re.compile(r"(?:\b(?:an?|to|from|high|low|top-flight|its|triple|double)[ -]|\()$")
#: What follows a grade: "AA rating", "AA-minus", "AA senior debt", "AA debentures".
_GRADE_AFTER = re.compile(
    r"(?:-(?:plus|minus)\b|\)| (?:ratings?|debt|senior|subordinated|debentures|preferred|commercial"
    r"|paper|notes|bonds)\b)"
)
#: What opens a share's code, wire style: "<INTC>", "<DD.N>", "(INTC.O)", "(NYSE: GM)".
_TICKER_AROUND = re.compile(r"<$|\($|\b([A-Za-z]{2,6}):\s*$")
_EXCHANGES = frozenset("NYSE NASDAQ AMEX LSE TSX ASX TSE HKEX SEHK OTC SGX NSE BSE".split())
_CODE_BEFORE_SUFFIX = re.compile(r"[<(][A-Za-z]{1,6}\.$")
_EXCHANGE_AND_CODE = re.compile(r":\s*[A-Z][A-Z.]{0,7}\)")
_TICKER_END = re.compile(r"(?:\.[A-Z]{1,2})?>|\.[A-Z]{1,2}\)|\)")


def a_ship_s_firm(words: list[str]) -> bool:
    """Tell whether a ship's initials open a firm's name: "USS Chemicals", "USS Chemicals Inc"."""
    return body_word(words[-1]) or legal_form(words[-1]) or plural_of_a_word(words[1])


#: A publication's word and a name after it, which is the publication's: " newspaper Nihon Keizai".
_PUBLICATION_NAMED_AFTER = re.compile(r" \w+ [A-Z]")
#: A Romance link right before a name, which is then the end of a longer one: "Safras e ".
_ROMANCE_LINK_BEFORE = re.compile(r"\b(?:e|y|de|da|do|di|du|del|della|des|et|und) $")
#: A capitalised word right before a name, which is then part of a longer one; not a possessive
#: nor any word ending in "s" ("Thursday's Sun newspaper", "Uefa's Champions magazine").
_CAPITAL_WORD_BEFORE = re.compile(r"\b[A-Z][\w-]*[^'’s\W] $")


def publication_s(text: str, mention: Mention) -> bool:
    """Tell whether a name before a publication's word is the publication's: "Vibe magazine".

    Not someone's, who owns one ("the Rupert Murdoch newspaper"); nor what the kind of
    publication is, the name after it ("Financial newspaper Nihon Keizai Shimbun"); nor a
    piece of a name a capitalised word opens before it ("PC Pro magazine", "To Vima newspaper"),
    or a Romance link ("Safras e Mercado newsletter").
    """
    return (
        not (len(mention.words) > 1 and mention.words[0].lower() in first_names())
        and _PUBLICATION_NAMED_AFTER.match(text, mention.end) is None
        and _ROMANCE_LINK_BEFORE.search(text, max(0, mention.start - 8), mention.start) is None
        and _CAPITAL_WORD_BEFORE.search(text, max(0, mention.start - 24), mention.start) is None
    )


def ticker_kind(text: str, mention: Mention) -> str | None:
    """Return "code" for a share's code in brackets, "exchange" for its exchange or suffix, else None."""
    words = mention.text.split()
    if (
        len(words) == 2
        and all(w.isupper() and w.isalpha() and len(w) <= 6 for w in words)
        and text[mention.start - 1 : mention.start] == "<"
        and text[mention.end : mention.end + 1] == ">"
    ):
        return "code"  # "<FRMS ST>": a Nordic share's code and its exchange, spaced
    if " " in mention.text or len(mention.text) > 6:
        return None
    if (
        mention.text.upper() in _EXCHANGES
        and _EXCHANGE_AND_CODE.match(text, mention.end)
        and text[mention.start - 1 : mention.start] == "("
    ):
        return "exchange"  # "(NASDAQ: GOOGL)": where it trades, no body the text speaks of
    if _CODE_BEFORE_SUFFIX.search(text, max(0, mention.start - 8), mention.start) and text[
        mention.end : mention.end + 1
    ] in (">", ")"):
        return "exchange"  # "<SKPS.ST>", "<smbs.St>": the exchange's suffix after the share's code
    if not mention.text.isupper():
        return None
    before = _TICKER_AROUND.search(text, max(0, mention.start - 8), mention.start)
    after = _TICKER_END.match(text, mention.end)
    # "(GM)" alone may define initials; a code needs the wire's exchange: "(GM.N)", "(NYSE: GM)".
    if before is None or after is None or before[1] and before[1].upper() not in _EXCHANGES:
        return None
    return "code" if before[0] != "(" or after[0] != ")" else None


#: A year after an author's name, as works are cited: "Mackey, 2014", "Gass 1997".
CITED_YEAR = re.compile(rf",?\s+{YEAR}\b")


def and_sons(words: list[str]) -> bool:
    """Tell whether a name ends with "& Sons", "and Co" or the like, which only a firm's does.

    Or with its arm in a trade after it: "Simmons and Co Finance".
    """
    if len(words) >= 4 and words[-1].lower() in ARMS_IN_TRADE:
        words = words[:-1]
    return (
        len(words) >= 3
        and words[-2] in ("&", "and")
        and words[-1].rstrip(".").lower() in AND_COMPANY
        and words[-3][:1].isupper()
    )


def a_firm_s_unit(text: str, mention: Mention) -> bool:
    """Tell whether a name is a firm's unit, so called: "its Atco Development unit", "its Sandoz unit"."""
    return (
        # The words after first: most names are no unit's, and the lists cost more.
        _UNIT_AFTER.match(text, mention.end) is not None
        and not (mention.honorific or mention.titles)
        and _OWNED_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
        and (len(mention.words) > 1 or _a_word_no_list_knows(mention))
    )


#: What a body, and no one, does in a clause "which" opens after its name: ", which declined to
#: comment", ", which runs the prison". Not what a place does ("Kosovo, which declared ...").
_WHICH_A_BODY_DOES = re.compile(
    r",\s+which\s+(?:(?:has|had)\s+)?(?:said|says|declined|declines|denied|denies|confirmed"
    r"|announced|owns|owned|runs|ran|operates|operated|employs|employed|bought|acquired|manufactures"
    r"|designed|sells|supplies|supplied|publishes|published|reported|posted|apologised|apologized)\b"
)


def acts_as_a_body(text: str, mention: Mention) -> bool:
    """Tell whether a name no list types does what a body does, in a clause "which" opens after it."""
    return (
        not (mention.honorific or mention.titles) and _WHICH_A_BODY_DOES.match(text, mention.end) is not None
    )


def set_off_after_its_kind(text: str, mention: Mention) -> bool:
    """Tell whether a place's name is set off by commas after a kind of business: "the bank, Santander,"."""
    return (
        len(mention.words) == 1
        and text.startswith(",", mention.end)
        and _KIND_SET_OFF_BEFORE.search(text, max(0, mention.start - 24), mention.start) is not None
    )


#: What a firm's part is called, right after its name: " unit", " division".
_UNIT_AFTER = re.compile(r"\s(?:unit|division|subsidiary|affiliate)\b")
#: Whose the unit is, right before its name: "its ", "Inc's ", "Delta Air Lines' "; not "the John
#: Smith unit" of a hospital.
_OWNED_BEFORE = re.compile(r"(?:['’]s|s['’]|\bits|\btheir)\s$")


def _a_word_no_list_knows(mention: Mention) -> bool:
    """Tell whether a name is one word no dictionary, list of first names or gazetteer holds: "Sandoz".

    Not in capitals, which a market's or a product's letters are too: "its EMEA division", "PC";
    nor a class of a sport's league, a letter after a hyphen: "its Double-A affiliate".
    """
    folded = mention.text.lower()
    return (
        mention.kind == "unknown"
        and len(mention.words) == 1
        and not mention.text.isupper()
        and re.search(r"-[A-Z]$", mention.text) is None
        and not any(folded in known() for known in (english_words, first_names, places, towns, nationalities))
    )


def partners_after_their_trade(text: str, run: list[Token]) -> bool:
    """Tell whether two names "and" joins follow the trade of a firm: "brokers Phillips and Drew".

    One name each side: "brokers Hoare Govett and James Capel" are two firms.
    """
    if len(run) != 3 or run[1][0] != "and":
        return False
    names = [run[0][0], run[2][0].rstrip(".,;:")]
    return (
        all(w.isalpha() and w.istitle() for w in names)
        and _FIRMS_TRADE_BEFORE.search(text, max(0, run[0][1] - 24), run[0][1]) is not None
    )


def partners_firm(text: str, mention: Mention) -> bool:
    """Tell whether two names joined by "&" are a firm's: "Ernst & Young", "Bradford & Bingley".

    Not two authors cited ("Carrano & Biewener [7]", "(Armstrong & Plaskitt, 2010)"); two
    places ("Tempe & Mesa") make no mention to begin with.
    """
    words = mention.words
    return (
        # "Kleiner Perkins Caufield & Byers": more partners, the last after "&".
        3 <= len(words) <= 6
        and words[-2] == "&"
        and "&" not in words[:-2]
        # "Bonnie & Clyde": a pair's; "Ben & Jerry's" their shop's
        and (
            not all(w.lower() in familiar_first_names() for w in words[::2])
            or text.startswith(("'s", "’s"), mention.end)
        )
        and _CITED_AFTER.match(text, mention.end) is None
        and not text.endswith("(", 0, mention.start)
    )


#: What follows authors cited: a year, a reference's number, or their study ("Carrano & Biewener's study").
_CITED_AFTER = re.compile(
    rf"{CITED_YEAR.pattern}|\s*\[\d|\s+et al\b"
    r"|['’]s\s+(?:study|studies|paper|experiments?|model|theory|findings)\b"
)


def broadcaster_s_name(words: list[str]) -> bool:
    """Tell whether a name ends "Television" or "TV" after a name no place's: "Rossiya Television".

    Not "German TV", "UK TV": a nation's television, no one channel.
    """
    if len(words) < 2 or words[-1] not in ("Television", "TV"):
        return False
    owner = " ".join(words[:-1]).lower()
    return owner not in places() and owner not in nationalities() and not country_code(words[0])


def on_air(words: list[str]) -> bool:
    """Tell whether a name is "Air", "Radio" or "Television" and a place or a word no dictionary has.

    "Air Canada", "Air Chathams", "Radio Farda", "Television New Zealand", "TV Globo"; not
    "Air Force" nor "Radio Times": their second word is a dictionary's.
    """
    if len(words) < 2 or words[0] not in ("Air", "Radio", "Television", "TV"):
        return False
    rest = " ".join(words[1:]).lower()
    a_word = rest in english_words() or singular_of(rest) in english_words()
    return rest in places() or len(words) == 2 and not a_word


def body_in_lower_case(text: str, mention: Mention) -> Mention | None:
    """Return the table's body a place and a word in lower case after it name.

    "Lancashire police said" is Lancashire Police, "the London assembly" the London
    Assembly; "Liege police said" describes a town's police, no body the table holds, and
    stays the place.
    """
    word = WORD_AFTER.match(text, mention.end)
    if word is None or not body_name(name := f"{mention.text} {word[1]}"):
        return None
    return Mention(name, ORGANISATION, mention.start, word.end())


def party_before_a_holder(text: str, tokens: list[Token]) -> Mention | None:
    """Return the party a member's adjective names before a title: "Conservative MP", "Conservative leader".

    The table knows the party by its members ("Conservatives"), and "Labour MP" by its name; the
    adjective alone is a word ("Conservative estimates"), and "Republican Senator" no body the table holds.
    """
    if len(tokens) != 1 or tokens[0][0].lower() not in MEMBERS:
        return None
    party = body_name(tokens[0][0] + "s")
    after = _HOLDER_AFTER.match(text, tokens[0][2])
    if party is None or after is None or singular_of(after[1].lower()) not in TITLE_WORDS:
        return None
    return Mention(party, ORGANISATION, tokens[0][1], tokens[0][2])


#: The word after a name, past its space, in either case: "MP", "leader".
_HOLDER_AFTER = re.compile(r" ([A-Za-z]+)\b")


def row_label(text: str, mention: Mention) -> bool:
    """Tell whether a mention labels a row of figures set in columns: "Production  8,253   8,877".

    Words of the dictionary only ("Total", "Exports", "Start Stcks"), no body the table knows
    nor a place: a standings table's "Arsenal  10  7" names a club.
    """
    return (
        _ROW_FIGURES.match(text, mention.end) is not None
        and mention.words[0].lower() in english_words()
        and body_name(mention.text) is None
        and mention.text.lower() not in places()
    )


def column_word(text: str, mention: Mention) -> bool:
    """Tell whether a word of the dictionary in capitals stands between a table's figures: "277   UP  1"."""
    return (
        len(mention.words) == 1
        and mention.text.isupper()
        and mention.text.lower() in english_words()
        and _FIGURES_BEFORE.search(text, max(0, mention.start - 24), mention.start) is not None
        and _FIGURE_AFTER.match(text, mention.end) is not None
    )


#: A figure, then the gap of a table's columns: "284 3/4       ", "277\t".
_FIGURES_BEFORE = re.compile(r"\d(?: \d+/\d+)?(?: {2,}|\t)$")
#: A figure after a word: "  1 1/4", " -0.5".
_FIGURE_AFTER = re.compile(r"\s+[-+]?\d")


def credit_rating(text: str, mention: Mention) -> bool:
    """Tell whether a mention is a credit rating's grade: "a AA rating", "raised to B from CCC".

    Only where the sentence speaks of ratings, beside what a grade takes, so that "the CCC
    said" (the Commodity Credit Corporation) and "the AAA Championships" stay names.
    """
    if mention.text not in _GRADES:
        return False
    start = max(text.rfind(". ", 0, mention.start), 0)
    stop = text.find(". ", mention.end)
    sentence = text[start : stop if stop >= 0 else len(text)]
    return _RATING_TALK.search(sentence) is not None and bool(
        _GRADE_BEFORE.search(text, max(0, mention.start - 11), mention.start)
        or _GRADE_AFTER.match(text, mention.end)
    )


#: A body's kind in lower case after its name: "the Unite union", "a Pan Am flight".
#: Not a tournament's group: "a World Cup group seven qualifier", "the Champions League group B".
_BODY_KIND_AFTER = re.compile(
    r"\s+(?:trade\s+)?(?:unions?|group(?!\s+(?:[A-H]\b|\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"|band|cartel|militia|flight)\b"
)
#: A firm's kind in lower case after its name: "the Aerostan firm", "the Yedioth Ahronoth daily".
#: Not a kind before the firm's own name: "U.S. Autoparts firm Master-Cast Co", "firm <Master-Cast Co>".
_FIRM_KIND_AFTER = re.compile(r"\s+(?:firm|company|brokerage|airline|daily|newspaper|weekly)\b(?!\s+<?[A-Z])")
#: ... and a movement named by more words than a person's one: "the Tea Party movement", not
#: "the Trump movement".
_MOVEMENT_AFTER = re.compile(r"\s+movement\b")
#: An article or someone's possessive right before a name.
_ARTICLE_OR_OWNER_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?)|[A-Z][\w.-]*['’]s?) $")


def named_before_its_kind(text: str, mention: Mention) -> bool:
    """Tell whether a name comes between an article and a body's kind: "the Unite union"."""
    return _named_before_its_kind(text, [(mention.text, mention.start, mention.end)])


def _named_before_its_kind(text: str, tokens: list[Token]) -> bool:
    """Tell whether capitalised words no list types come between an article and a body's kind.

    "the Unite union", "Farrakhan's Nation of Islam group", "the Grateful Dead band"; not a
    people's or a faith's word ("the Kurdish group"), which names no body.
    """
    words = [t[0] for t in tokens]
    start, end = tokens[0][1], tokens[-1][2]
    return (
        len(words) <= 4
        and (
            _BODY_KIND_AFTER.match(text, end)
            or len(words) > 1
            and _MOVEMENT_AFTER.match(text, end)
            # Only words no list holds before a firm's kind: not "the Texan company", "the
            # English-language daily", "Deutsche group", nor a typing slip ("Th company").
            or _FIRM_KIND_AFTER.match(text, end)
            and all(unlisted_given_name(w) and len(w) > 2 and w.lower() not in NATIVE_NATIONAL for w in words)
        )
        and (
            _ARTICLE_OR_OWNER_BEFORE.search(text, max(0, start - 24), start) is not None
            # ... or a word no list holds opening a sentence: "Interacciones brokerage on Monday raised".
            or len(words) == 1
            and opens_sentence(text, start)
            and unlisted_given_name(words[0])
            and words[0].lower() not in NATIVE_NATIONAL  # "Deutsche group profits rose"
        )
        and not any(nations_joined(w.lower()) for w in words)  # "the Kurdish group", "the Anglo-Dutch group"
        and all(w[:1].isupper() or w in CONNECTORS for w in words)
    )


def traded_by_ticker(text: str, tokens: list[Token], mention: Mention | None, styled: bool) -> bool:
    """Tell whether a wire's ticker follows words that are a whole firm's name: "SALOMON <SB>".

    A ticker is a firm's alone, so the words before it are no one's and no town's; not
    the tail of a longer name ("BANK OF AMERICA <BAC>", "DUN/BRADSTREET <DB>", "first
    federal of MICHIGAN <FFOM>"), nor someone with a title.
    """
    start, end = tokens[0][1], tokens[-1][2]
    return (
        (mention is None or mention.kind in (PERSON, PLACE, "unknown") and not styled)
        and TICKER_AFTER.match(text, end) is not None
        and not _NAME_GOES_ON_BEFORE.search(text, max(0, start - 12), start)
        and not (mention and mention.kind == PLACE and _OF_BEFORE.search(text, max(0, start - 8), start))
    )


def firm_between_tickers(text: str, tokens: list[Token]) -> list[Token]:
    """Return the words of a run in capitals after a ticker, without the headline's words before the firm.

    "DU PONT <DD> WINS SUIT AGAINST PHILLIPS <P>": the dictionary's words that open the
    run are what one firm did to the next.
    """
    start = tokens[0][1]
    if tokens[0][0].isupper() and _AFTER_A_TICKER.search(text, max(0, start - 14), start):
        while len(tokens) > 1 and tokens[0][0].lower() in english_words():
            tokens = tokens[1:]
    return tokens


def a_body_by_what_follows(text: str, tokens: list[Token], mention: Mention | None, styled: bool) -> bool:
    """Tell whether words are a body's by its kind or its fighters after them: "the Unite union"."""
    kind = "unknown" if mention is None else mention.kind
    # "The Abu Sayyaf group": after an article, a given name was read as a work's.
    if (kind == "unknown" or kind == WORK and len(tokens) > 1) and _named_before_its_kind(text, tokens):
        return True
    # "Abu Sayyaf militants": a given name may open a body's name, whose fighters follow it.
    return kind in ("unknown", WORK, PERSON) and not styled and _named_before_its_fighters(text, tokens)


#: A body's armed members after its name: "Shining Path guerrillas".
_FIGHTERS_AFTER = re.compile(r"\s+(?:rebels|guerrillas|guerillas|militants|insurgents|militiamen|fighters)\b")


def _named_before_its_fighters(text: str, tokens: list[Token]) -> bool:
    """Tell whether two words or more no list types name the body whose fighters follow them.

    "Shining Path guerrillas", "Abu Sayyaf militants"; one word is as often a people's
    ("Tuareg rebels"), and a people's or a creed's word names none ("Tamil Tiger rebels").
    """
    words = [t[0] for t in tokens]
    return (
        2 <= len(words) <= 4
        and _FIGHTERS_AFTER.match(text, tokens[-1][2]) is not None
        and all(w[:1].isupper() for w in words)
        and not any(w.lower() in nationalities() or w.lower() in CREEDS for w in words)
        and " ".join(words).lower() not in places()
        # "Sierra Leonean rebels": a place's people, no body
        and not people_of_a_place(" ".join(words).lower())
    )


def traded_in_words(text: str, tokens: list[Token]) -> bool:
    """Tell whether capitalised words of the dictionary are a company, by what the text says of them.

    Alone they are no name ("Death Row", "Online Vendor"); a kind of business before them
    ("insurer Standard Life"), one set off after them ("Cairn Energy, the oil explorer,")
    or a deal in them ("shares in Scottish Widows") makes them a body.
    """
    words = [t[0] for t in tokens]
    if not 2 <= len(words) <= 4 or not all(w.istitle() and w.isalpha() for w in words):
        return False
    if words[0].lower() in TITLE_WORDS or words[0].lower() in WEEKDAY_NAMES:
        return False
    if words[-1].lower() in nationalities() or " ".join(words).lower() in nationalities():
        return False  # "works for Sri Lankan television": a people's word before a noun
    start, end = tokens[0][1], tokens[-1][2]
    return (
        named_after_its_kind(text, Mention(" ".join(words), "unknown", start, end))
        or _KIND_SET_OFF.match(text, end) is not None
        or _TRADED_BEFORE.search(text, max(0, start - 24), start) is not None
        or _TRADED_AFTER.match(text, end) is not None
    )


#: A firm's trade right before its name: "stockbrokers ", "brokerage house ".
_FIRMS_TRADE_BEFORE = re.compile(rf"(?<![-\w])(?:{FIRMS_TRADES}) $")

#: An article and a kind of business set off before a name: "the bank, ".
_KIND_SET_OFF_BEFORE = re.compile(rf"\b(?:[Tt]he|[Aa]n?) (?:{'|'.join(sorted(BUSINESS_KINDS))}), $")

#: A kind of business set off after a name: ", Europe's largest mutual life insurer,".
_SET_OFF_KINDS = BUSINESS_KINDS | {"explorer", "producer", "operator", "utility", "publisher"}
_KIND_SET_OFF = re.compile(
    rf",\s+(?:the|a|an|[A-Z][\w.'’-]*['’]s)\s+(?:[\w'’-]+\s+){{0,4}}(?:{'|'.join(sorted(_SET_OFF_KINDS))})s?[,.;]"
)
#: A deal in a company, or its head, before its name: "shares in ", "chief executive of ".
_TRADED_BEFORE = re.compile(
    r"\b(?:[Ss]hares|[Ss]takes?|[Hh]oldings?) (?:in|of) $|\b(?:takeover|buyout|acquisition) of $"
    r"|\b(?:chief executive|chief operating officer|chief financial officer|chairman|chairwoman) of $"
    r"|\b(?:members?|founders?|co-founders?) of $|\b(?:work(?:s|ed|ing)? (?:for|at)|joined) $"
)

#: A name's words before a run, which make the run its tail: "BANK OF AMERICA", "DUN/BRADSTREET".
_NAME_GOES_ON_BEFORE = re.compile(
    r"(?:[A-Z][\w'’.]*\s+(?:(?i:of|and|the|de|du|la)\s+){0,2}|[/&-]|\b(?:de|du|da|di|van|von|der|den|le|la)\s+)$"
)
#: "of" right before a name: "first federal of MICHIGAN".
_OF_BEFORE = re.compile(r"\b(?i:of)\s+(?:(?i:the)\s+)?$")
#: A ticker just before a run: "DU PONT <DD> WINS SUIT AGAINST PHILLIPS <P>" opens the run with a verb.
_AFTER_A_TICKER = re.compile(rf"{TICKER},? $")
#: What a company has, right after its name: " shares", "'s share price", a wire's ticker " <UM>".
_TRADED_AFTER = re.compile(rf"(?:['’]s)? (?:shares|share price|shareholders|chief executive)\b| {TICKER}")


#: Words that name a kind of body and no body of their own: "the government", "the Company".
GENERIC_BODIES = (
    COMPANY_HEADS
    | frozenset(
        """
government administration party police council court committee department ministry agency authority
company group union association board commission office force team club university college school
hospital radio magazine journal channel network campaign project programme movement coalition
alliance charity trust foundation institute society fund forum federation league unit squad bureau
service services inquiry taskforce organisation organization partners industries holdings
international news motors army navy corps pac institution library ministries bank airlines community lobby
exchange bourse chamber collective cooperative
""".split()
    )
    | LEGAL_FORMS
)
#: An article opening a body's name: "the Bank", "The Independent Inquiry".
ARTICLE = re.compile(r"^(?:the|The)\s+")
