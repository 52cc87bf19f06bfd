"""Find runs of capitalised words and say where a run may go on ("Bank of England")."""

from __future__ import annotations

import itertools
import re

from .gazetteers import (
    HONORIFICS,
    LEGAL_FORMS,
    OPENING_ORG_HEADS,
    ORG_HEADS,
    POLICE_RANKS,
    REGIMENT_HEADS,
    body_name,
    common_first_names,
    english_words,
    familiar_first_names,
    famous_people,
    first_names,
    legal_form,
    names_ending_in_lower_case,
    names_going_on,
    names_in_lower_case,
    nationalities,
    organisations,
    place_heads,
    places,
    roles,
    written_legal_form,
)
from .words import (
    BODY_LINKS,
    CONNECTORS,
    DOTTED,
    EPITHETS,
    EVENT_HEADS,
    FUNCTION_WORDS,
    HEADS_AND_CENTRES,
    INITIAL,
    LETTER,
    NAME_PARTICLES,
    PARTICLE,
    PEOPLE,
    PLURAL_PEOPLE,
    POSSESSIVE,
    POSSESSIVES,
    REIGNING,
    ROMANCE_ARTICLE_WORDS,
    ROMANCE_LINKS,
    TITLE_WORDS,
    WEEKDAY_NAMES,
    WORK_OF_A_BODY,
    YEAR,
    Token,
    abbreviates_a_name,
    bishops_conference,
    body_word,
    capital_word,
    care_home,
    clean_token,
    country_code,
    day_or_month,
    initial_in_a_list,
    is_function_word,
    known_name,
    known_whole,
    opening_head,
    opens_sentence,
    past_the,
    place_written,
    title_s_possessive,
)

#: A word, a dotted abbreviation ("U.S.", "D.C.": one word), an ampersand or a sign.
#: Inside a word "‘" and "ʻ" are the okina some spellings write: "Hawaiʻi", "Vava‘u".
#: Initials joined by "&" are one word: "M&S", "AT&T", "R&D".
#: A word's hyphen joins what follows it; before a space or another it ends the word:
#: "Standard Chartered Bank-- have", "If elected POTUS- I will".
_WORD = re.compile(
    rf"(?:[A-Z]\.){{2,}}|[A-Z]\.(?:[A-Za-z]\.){{2,}}|[A-Z]{{1,3}}&[A-Z]{{1,3}}\b|[{LETTER}][{LETTER}'’‘ʻ]*(?:-(?=[{LETTER}\d'’])[{LETTER}'’‘ʻ]*)*(?:\d[\w-]*|\.)?|\d[A-Z]{{2,4}}\b|\d+|&|\S"
)

#: Two capitalised names joined by a hyphen: "Russia-Ukraine", "States-Mexico".
_PAIR = re.compile(rf"([A-Z][{LETTER}'’]*)-([A-Z][{LETTER}'’]*)")
_PAIR_IN = re.compile(r"[A-Z][\w'’]*-[A-Z]")

#: Small words that join a town's name, which the gazetteer writes with spaces: "Newcastle upon Tyne",
#: "Dar es Salaam".
_TOWN_JOINS = frozenset("upon on in under super by es".split())

_GERMAN_LINKS = frozenset("und für fuer".split())

#: Heads of a unit of soldiers, which takes no subject "on" as a committee does.
_TROOPS = REGIMENT_HEADS | {"regiment", "legion", "battalion", "brigade"}

#: Endings of the plurals and the abstract nouns a body works in: "Persons", "Science",
#: "Education", "Abuse in Care".
_FIELD_ENDINGS = (
    *("s", "ence", "ance", "tion", "sion", "ment", "ity", "ism", "ogy", "ing", "ure", "th"),
    "care",
)
#: Heads of bodies named for what they look into: "Royal Commission into ...".
_INQUIRIES = frozenset({"inquiry", "commission", "taskforce", "investigation", "review"})

#: Function words capitalised inside a run only in headline case: the run ends there.
_HEADLINE_BREAKS = frozenset(
    "On To As Up The In With At By From Into Over After Before About Is Are Was Will Not No".split()
)

#: A year cited after an author's name, bracketed or not: ", 2014", " (2014)".
_YEAR_CITED_AFTER = re.compile(rf",?\s+\(?{YEAR}\b")

#: Adverbs that open a sentence and no name: after an initial, its stop ends a sentence.
_SENTENCE_ADVERBS = frozenset(
    "Besides However Meanwhile Moreover Furthermore Nevertheless Nonetheless Instead Otherwise "
    "Therefore Thus Still Yet Also Later Earlier Today Yesterday Now Then Indeed".split()
)


#: A capitalised word cut off by a hyphen, then said again: "Stoddar- Stoddart".
_STAMMER = re.compile(r"\b([A-Z][a-z]*)- \1")


def _stammered(tokens: list[Token]) -> list[Token]:
    """Join a word cut off by a hyphen to it when the next word says it again: "Sarah Stoddar- Stoddart".

    A transcript keeps the speaker's false start inside the name, as GUM's spans do.
    """
    joined: list[Token] = []
    k = 0
    while k < len(tokens):
        word, start, end = tokens[k]
        if (
            k + 2 < len(tokens)
            and tokens[k + 1] == ("-", end, end + 1)
            and word[:1].isupper()
            and tokens[k + 2][0].startswith(word)
            and tokens[k + 2][0] != word
        ):
            joined.append((f"{word}-", start, end + 1))
            k += 2
            continue
        joined.append(tokens[k])
        k += 1
    return joined


def capitalised_runs(text: str) -> list[list[Token]]:
    """Return runs of capitalised words, joined by connectors ("Bank of England")."""
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    if "-" in text and _PAIR_IN.search(text):
        tokens = _paired(tokens)
    if "-" in text and _AFFIXED.search(text):
        tokens = _unaffixed(tokens)
    if "x-" in text or "HM " in text:
        tokens = _unprefixed(tokens)
    if "- " in text and _STAMMER.search(text):
        tokens = _stammered(tokens)
    runs, j = [], 0
    lower_names = names_in_lower_case()  # read once: every word in lower case is looked up
    # Most words are lower case: only capitalised ones can open a run, and an Arabic article
    # before a capital ("al-Qaeda", "al-Assad").
    for i in [
        k
        for k, (word, _, _) in enumerate(tokens)
        if capital_word(word)
        or "-" in word
        and PARTICLE.match(word)
        or word[:1].islower()
        and word in lower_names  # "eBay", "easyJet": the table's, a small letter first
        or len(word) == 1
        and (_initial_first(text, tokens, k) or _letter_before_a_form(tokens, k))
    ]:
        if i < j:
            continue  # inside the last run
        word = tokens[i][0]
        if (
            tokens[i][1]
            and text[tokens[i][1] - 1].isdigit()
            and word.isupper()
            and len(word) <= 3
            and (i + 1 == len(tokens) or not capital_word(tokens[i + 1][0]))
        ):
            continue  # "40GB", "5MP": a unit after its number, no name; not "4Kids Entertainment"
        j = i + 1
        # Whether the run opens with a Romance body's head ("Universidad", "the Guardia").
        head = tokens[j][0] if word == "The" and j < len(tokens) else word
        romance = opening_head(head)
        opened = i if romance else None  # where a Romance body's head opened the run
        while j < len(tokens) and (_goes_on(tokens, i, j) or initial_in_a_list(text, tokens, i, j)):
            word = tokens[j][0]
            if word.lower() in _SECOND_HEADS or opening_head(word):
                if opened is not None and j > opened + 1 and tokens[j - 1][0][:1].isupper():
                    break  # "Universidad de Oviedo Campus de Gijón": a second body's or place's head
                opened = j if opened is None and opening_head(word) else opened
            if (
                word in _HEADLINE_BREAKS
                and not _table_s_name_through(tokens, i, range(j + 1, j + 3))
                and not _after_a_middle_initial(tokens, i, j)
            ):
                break  # "Pins Hopes On Iowa": a headline's capitalised words; "Hope Not Hate" is one name
            bridged, long_bridge = _bridges(text, tokens, i, j, romance)
            spaced = text[tokens[j - 1][2] : tokens[j][1]].strip()
            if not spaced and _unit_head_written_lower(tokens, i, j):
                j += 1
                break
            if word in _SENTENCE_ADVERBS and INITIAL.fullmatch(tokens[j - 1][0]):
                break  # "Malcolm X. Besides Dee, he": the initial's stop ends a sentence
            # A word in lower case that ends the table's name: "Gendarmerie nationale".
            ending = word.islower() and _ends_a_table_s_name(tokens[past_the(tokens, i) : j + 1])
            if spaced or not (
                capital_word(word)
                or bridged
                or ending
                or long_bridge
                or _numeral_in_a_name(text, tokens, i, j)
                or _name_part(tokens, i, j)
                or len(word) == 1
                and (_initial_first(text, tokens, j) or _letter_before_a_form(tokens, j))
            ):
                break
            j += 3 if long_bridge else 2 if bridged else 1
        if (
            j - i > 1
            and _weekday_after_a_name(tokens[i : j - 1], tokens[j - 1][0])
            and not known_whole(tokens[past_the(tokens, i) : j])  # "Independent on Sunday"
        ):
            j -= 1  # "told Reuters Tuesday", "CNBC Friday": a US wire's day after a name ends it
        if not (j == i + 1 and INITIAL.fullmatch(tokens[i][0])):  # an initial alone names no one
            runs.append([_state_or_word(text, token) for token in tokens[i:j]])
    return runs


def _numeral_in_a_name(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether the numeral at token j goes on the run from i: a king's, a channel's, a collar's."""
    word = tokens[j][0]
    # A king's or a pope's numeral: "Charles I, the king", "Damasus I, who"; not "Episode I,".
    regnal = word == "I" and (
        text.startswith((",", ")"), tokens[j][2])
        and tokens[j - 1][0].lower() not in english_words()
        # ... or after a monarch's title and a name: "Queen Elizabeth I born", "King Baudouin I of".
        or j - i == 2
        and tokens[i][0].lower() in REIGNING
    )
    # A number the tables' name holds: "Channel 4", "BBC Radio 4", "Fathers 4 Justice".
    numbered = (
        word.isdigit()
        and len(word) == 1
        and any(known_whole(tokens[k : j + end]) for k in range(i, j) for end in (1, 2))
    )
    # An officer's collar number between the rank and the surname: "DC 1234 Brown".
    numbered = numbered or (
        word.isdigit()
        and j == i + 1
        and tokens[i][0] in POLICE_RANKS
        and j + 1 < len(tokens)
        and capital_word(tokens[j + 1][0])
    )
    return regnal or numbered


def _unit_head_written_lower(tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether token j is a unit's head in lower case that ends the run from i, named for its work."""
    word = tokens[j][0]
    # A unit named for its work, its head in lower case: "Internet Child Exploitation unit".
    return (
        word in _UNIT_HEADS_WRITTEN_LOWER
        and any(t[0].lower() in WORK_OF_A_BODY for t in tokens[i:j])
        # Not after a firm's legal form nor a named body: "its Health and Tennis Corp unit",
        # "its Security Bank of Almont unit" are a firm's unit.
        and tokens[j - 1][0].rstrip(".").lower() not in LEGAL_FORMS | {"bank"}
        and not (
            any(t[0] == "of" for t in tokens[i:j]) and any(t[0].lower() in ORG_HEADS for t in tokens[i:j])
        )
        and (j + 1 == len(tokens) or not capital_word(tokens[j + 1][0]))
    )


def _bridges(text: str, tokens: list[Token], i: int, j: int, romance: bool) -> tuple[bool, bool]:
    """Tell whether the run from token i goes on past the small word at j, over one word or two.

    The first answer bridges "of" to one capitalised word ("Bank of England"), the second
    "of the" to one ("Friends of the Earth").
    """
    word = tokens[j][0]
    bridged = word.lower() in CONNECTORS and j + 1 < len(tokens) and capital_word(tokens[j + 1][0])
    # After a name, "the" joins only an epithet: "Ivan the Terrible", not "told Wikinews
    # the Australian Electoral Commission"; after a word, a title's ("Meet the Press").
    bridged = bridged and (
        word != "the"
        or tokens[j + 1][0].lower() in EPITHETS
        or tokens[j - 1][0].lower() in english_words()
        and not _opening_verb(text, tokens, i, j)
    )
    # "Marsden & Mackey, 2014", "Polio and Gass 1997": two authors cited, not one name.
    bridged = bridged and not (word in ("&", "and") and _YEAR_CITED_AFTER.match(text, tokens[j + 1][2]))
    # Nor a month or a day after "for": "180 dlrs CIF Rotterdam for May", "travel to Vaduz
    # for Saturday's match"; nor a place after a place: "left Bahrain for Baghdad".
    bridged = bridged and not (
        word == "for"
        and (
            day_or_month(POSSESSIVE.sub("", tokens[j + 1][0]))
            or j - 1 == i
            and tokens[i][0].lower() in places()
            and clean_token(tokens[j + 1])[0].lower() in places()
        )
    )
    # A body's name goes on past "for the", "on": "Joint Council for the Welfare of
    # Immigrants", "Joint Committee on Human Rights".
    body = tokens[j - 1][0].lower() in ORG_HEADS and word.lower() in BODY_LINKS
    # Not a unit of soldiers "on" where it fought: "the Royal Welch Fusiliers on the Somme".
    body = body and not (word == "on" and tokens[j - 1][0].lower() in _TROOPS)
    # An inquiry's name goes on past "into": "Independent Inquiry into Child Sexual Abuse".
    body = body or word == "into" and tokens[j - 1][0].lower() in _INQUIRIES
    # ... and past "on" or "into" after a field of one word: "Centre for Research on Energy".
    body = body or (
        word in ("on", "into")
        and j - i >= 3
        and tokens[j - 3][0].lower() in HEADS_AND_CENTRES
        and tokens[j - 2][0] in BODY_LINKS
        and capital_word(tokens[j - 1][0])
    )
    ahead = [t[0] for t in tokens[j + 1 : j + 3]]
    # ... and past "to" and what it is for: "Committee to Protect Journalists".
    headed = word == "to" and tokens[j - 1][0].lower() in HEADS_AND_CENTRES
    # Not past a firm's legal form, which ends its name, nor to one: "sell Michigan
    # Cellular Inc to Century Telephone Enterprises Inc" names two firms.
    headed = headed and not legal_form(tokens[j - 1][0]) and not _runs_to_a_legal_form(tokens, j + 1)
    body = body or headed and _purpose(ahead)
    # ... or the table's whole name: "Prevention of Cruelty to Children", "Cricket in India",
    # "Mail on Sunday".
    known = (
        word in ("to", "in", "on") and ahead[:1] != [] and known_whole(tokens[past_the(tokens, i) : j + 2])
    )
    body = body or known
    # ... or a town's joining word: "Newcastle upon Tyne", "Barrow in Furness".
    body = body or (
        word in _TOWN_JOINS
        and ahead[:1] != []
        and capital_word(ahead[0])
        and " ".join(t[0] for t in tokens[i : j + 2]).lower().rstrip(".") in places()
    )
    # ... or past a word in lower case the table's name holds: "Medicines and Healthcare
    # products Regulatory Agency".
    body = body or (
        word.islower()
        and word not in CONNECTORS
        and " ".join(t[0] for t in tokens[past_the(tokens, i) : j + 1]).lower() in names_going_on()
    )
    long_bridge = len(ahead) == 2 and ahead[0] == "the" and capital_word(ahead[1])
    # ... or a body or a place the tables know: "Friends of the Earth", "Democratic
    # Republic of the Congo".
    long_bridge = (
        long_bridge
        and (
            body
            # The table's whole name past "and the": "Islamic State of Iraq and the Levant".
            or known_whole(tokens[past_the(tokens, i) : j + 3])
            or word == "of"
            and (
                known_whole(tokens[i : j + 3])
                # Inside a field, not before a place, which says whose the body is: "Ministry of
                # Foreign Affairs of the Russian Federation".
                or _inside_a_field(tokens, i, j)
                and not _place_from(tokens, j + 2)
            )
        )
    )
    # Not before a day or a month: "DJ Rob Da Bank on Thursdays", "the Senate on Monday".
    # The table's whole name may end in one: "Independent on Sunday".
    bridged = bridged or (
        body and ahead[:1] != [] and capital_word(ahead[0]) and (known or not day_or_month(ahead[0]))
    )
    # A Romance body's name goes on past its small words: "Universidad Nacional de
    # Educación a Distancia", "Guardia di Finanza", "Centro de Investigación y Desarrollo".
    linked = romance and word in ROMANCE_LINKS
    # ... as a German firm's goes past "und", "für" to its legal form: "Fichtel und Sachs AG".
    linked = linked or word in _GERMAN_LINKS and any(written_legal_form(t[0]) for t in tokens[j + 1 : j + 5])
    bridged = bridged or (linked and ahead[:1] != [] and capital_word(ahead[0]))
    # ... as a French firm's goes past "et" to its form: "Lazard Freres et Cie".
    bridged = bridged or (word == "et" and ahead[:1] != [] and ahead[0].rstrip(".,") == "Cie")
    # ... as a Dutch firm's goes past "en": "Bank Mees en Hope", "Oolders en de Jong C.V.".
    bridged = bridged or (
        word == "en"
        and ahead[:1] != []
        and (capital_word(ahead[0]) or ahead[0] in NAME_PARTICLES and ahead[1:] and capital_word(ahead[1]))
    )
    # ... and past an article after "de": "Fiscalía General de la Nación".
    long_bridge = long_bridge or (
        romance
        and len(ahead) == 2
        and (
            word in ("de", "di", "da")
            and ahead[0] in ROMANCE_ARTICLE_WORDS
            # ... and past "and" and "of": "Compania Industrial y de Abastecimiento".
            or word in ("y", "e")
            and ahead[0] in ("de", "del", "di", "da", "do")
        )
        and capital_word(ahead[1])
    )
    # ... and past "against" to what it works against: "Committee against Torture", "Commission on
    # Incest and Sexual Violence against Children"; not "Leeds United against Arsenal".
    bridged = bridged or (
        word == "against"
        and ahead[:1] != []
        and capital_word(ahead[0])
        and not ahead[0].endswith(POSSESSIVES)  # "... Investing against NCNB's performance"
        and (tokens[j - 1][0].lower() in _BODIES_AGAINST or _inside_a_field(tokens, i, j))
    )
    # ... and past "in" to the field it works in: "Trafficking in Persons", "Women in Science".
    bridged = bridged or (word == "in" and _field_after_in(tokens, i, j))
    # A federal office's head: "Special Agent in Charge", "Assistant Director in Charge".
    bridged = bridged or (
        word == "in" and ahead[:1] == ["Charge"] and f"{tokens[j - 1][0].lower()} in charge" in roles()
    )
    # A university's campus: "University of California at Berkeley", "the State
    # University at Buffalo".
    bridged = bridged or (
        word == "at"
        and ahead[:1] != []
        and capital_word(ahead[0])
        and (
            tokens[i][0] == "University"
            and tokens[i + 1][0] == "of"
            or tokens[j - 1][0] == "University"
            and re.sub(r"['’]s$", "", ahead[0].rstrip(".,;:")).lower() in places()
        )
    )
    return bridged, long_bridge


def _ends_a_table_s_name(tokens: list[Token]) -> bool:
    """Tell whether tokens are, as written, a name of the table's that ends in lower case."""
    return " ".join(t[0] for t in tokens) in names_ending_in_lower_case()


def _field_after_in(tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether "in" at token j goes on with a body's name to the field it works in."""
    words = [t[0] for t in tokens[past_the(tokens, i) : j]]
    ahead = [t[0] for t in tokens[j + 1 : j + 4]]
    field = list(itertools.takewhile(capital_word, ahead))
    # After a head and its link ("Agency for the Prohibition of Trafficking"), to words of
    # the language that name no place and no time: not "Ministry of Health in Lagos", "the
    # Department of Education in England", "Bank of England in March".
    # Not after a body the tables know, where "in" says where: "Court of Appeals in Brown v. ...".
    return (
        any(w.lower() in ORG_HEADS for w in words)
        and any(w in BODY_LINKS or w in ("against", "Against") for w in words)
        and not known_name(" ".join(words))
        and 0 < len(field) < 3
        # A field is a plural or an abstract noun: "Persons", "Science"; not "Brown v. Jacobs".
        and (field[-1].lower().endswith(_FIELD_ENDINGS) or field[-1].lower() in PLURAL_PEOPLE)
        and not field[-1].endswith("ss")
        and all(w.lower() in english_words() and not known_name(w) and not day_or_month(w) for w in field)
    )


def _opening_verb(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether a sentence's first word and "the" come before a name the tables know.

    "Contact the Guardian's team", "Remember the Alamo!": a verb, then the name; "Meet the
    Press", which no table holds whole, is a title; "Because" opens a clause, though "Because
    the Night" inside a sentence is a song.
    """
    if j - 1 != i or not opens_sentence(text, tokens[i][1]):
        return False
    if tokens[i][0] in ("Because", "Called", "Named", "Dubbed"):
        # "Because the Dow Chemical notes carried a floor": a clause, no title; "Called the
        # Marlin Joint Development Association, the alliance": a participle, then the name
        return True
    return known_name(clean_token(tokens[j + 1])[0]) and not known_whole(tokens[i : j + 2])


#: Feast days named by a word no dictionary holds in lower case, as days are: "Easter Sunday".
_FEASTS_BEFORE_A_DAY = frozenset({"easter", "maundy", "cyber"})


def _weekday_after_a_name(name: list[Token], word: str) -> bool:
    """Tell whether a weekday ends a name's run and is no part of it: "Reuters Tuesday", not "Good Friday"."""
    folded = name[-1][0].lower()
    return (
        word.rstrip(".").lower() in WEEKDAY_NAMES
        and (len(name) > 1 or folded not in english_words() and folded not in _FEASTS_BEFORE_A_DAY)
        and " ".join(t[0] for t in name).lower() not in places()  # "Sheffield Wednesday", a club
    )


#: A name before a participle it governs: "UN-backed", "Labour-run", "London-based".
_AFFIXED = re.compile(
    r"([A-Z][\w'’.]*)-(backed|led|run|based|born|funded|owned|controlled|linked|related|sponsored"
    r"|appointed|commissioned|affiliated|allied|aligned|dominated|operated|supported|brokered|bred"
    r"|held|ruled|occupied|administered"
    # ... and what afflicts or enriches a place or a firm: "War-torn Somalia", "Debt-laden Eurotunnel".
    r"|torn|hit|ravaged|stricken|strapped|laden|ridden|rich|starved|plagued|making|scarred)\b"
)


#: Participles of holding a territory, after its holder's name and a hyphen: "Serb-held".
_HOLDING = frozenset("held ruled occupied administered".split())


def _unaffixed(tokens: list[Token]) -> list[Token]:
    """Return tokens with a known name split from a participle after its hyphen ("UN-backed")."""
    result: list[Token] = []
    for k, (word, start, end) in enumerate(tokens):
        affixed = _AFFIXED.fullmatch(word) if "-" in word else None
        if affixed and affixed[2] in _HOLDING:
            # "Pakistan-ruled Kashmir", "Serb-held Doboj": the territory, not its holder, is named
            result.append((word.lower(), start, end))
            continue
        # Only a name the tables know or initials: "Syrian-led" names no one, "Mutation-based" nothing;
        # the word before may open it ("St. Louis-based").
        if affixed and (
            known_name(left := affixed[1])
            or left.isupper()
            and len(left) >= 2
            or k
            and known_name(f"{tokens[k - 1][0]} {left}")
            or _after_a_first_name(tokens, k)
        ):
            result += [(left, start, start + len(left)), (word[len(left) :], start + len(left), end)]
        elif affixed and not (
            k and _name_word(tokens[k - 1][0]) and not tokens[k - 1][0].endswith(("'s", "’s"))
        ):
            # "Communist-led CGT", "France's Communist-led CGT": no name, nor the name's start;
            # after a capital, the words before it would stand alone ("the South African-born
            # Liebeneberg"), but a possessive ends its own name.
            result.append((word.lower(), start, end))
        else:
            result.append((word, start, end))
    return result


def _after_a_first_name(tokens: list[Token], k: int) -> bool:
    """Tell whether token k is a surname after a first name and an initial: "Carl C. Icahn-led"."""
    before = [w for w, _, _ in tokens[max(0, k - 2) : k]]
    surname = tokens[k][0].split("-")[0].lower()
    return (
        bool(before)
        and _name_word(before[-1])
        and (
            any(_name_word(w) and w.lower() in familiar_first_names() for w in before)
            # A rarer first name before a surname no dictionary holds: "Asher Edelman-led".
            or before[-1].lower() in first_names()
            and surname not in english_words()
            and surname not in places()
        )
    )


def _name_word(word: str) -> bool:
    """Tell whether a word is capitalised and no function word: "South", not "The"."""
    return capital_word(word) and word.lower() not in FUNCTION_WORDS


def _unprefixed(tokens: list[Token]) -> list[Token]:
    """Return tokens with "ex-" split from the name it prefixes ("ex-Uefa chief"), "HM" before one lowered.

    "HM Inspectorate of Prisons" is "Her Majesty's Inspectorate of Prisons", whose style
    a run leaves out ("Inspectorate of Prisons"): the crown's bodies are one name under
    either style and either monarch.
    """
    result: list[Token] = []
    for k, (word, start, end) in enumerate(tokens):
        if word[:3].lower() == "ex-" and word[3:4].isupper() and not _cut_short(word[3:], tokens[k + 1 :]):
            result += [(word[:3].lower(), start, start + 3), (word[3:], start + 3, end)]  # "Ex-" opens none
        elif word == "HM" and k + 1 < len(tokens) and tokens[k + 1][0][:1].isupper():
            result.append(("hm", start, end))
        else:
            result.append((word, start, end))
    return result


def _cut_short(rest: str, after: list[Token]) -> bool:
    """Tell whether the word after "Ex-" is a name's cut-short half: "Ex-Im Bank" is Export-Import's."""
    # No body or person goes by two letters in title case; a head follows a bank's name.
    return len(rest) <= 2 and rest.istitle() and bool(after) and after[0][0][:1].isupper()


def _paired(tokens: list[Token]) -> list[Token]:
    """Return tokens with a hyphened pair of places or bodies split: "Russia-Ukraine", "EU-US".

    "The United States-Mexico border", "the New York-London flight" name two places; a
    place or a body of its own ("Guinea-Bissau", "Hewlett-Packard"), a double surname
    ("Newton-John"), two common first names ("Jean-Paul") and a pair inside a longer
    name stay whole.
    """
    result: list[Token] = []
    for k, (word, start, end) in enumerate(tokens):
        pair = _PAIR.fullmatch(word) if "-" in word else None
        # Inside a longer name the pair is part of it: "US-China Economic and Security Review
        # Commission", "Neath-Swansea Ospreys", "University of Nevada-Reno".
        inside = pair and (
            (k + 1 < len(tokens) and capital_word(tokens[k + 1][0]))
            or (k > 1 and tokens[k - 1][0] in CONNECTORS and capital_word(tokens[k - 2][0]))
        )
        if pair and _campus(pair[1], [pair[2], *(t[0] for t in tokens[k + 1 : k + 3])]):
            # A university's initials, then its campus's town: "OSU-Tulsa", "NSU-Broken Arrow".
            left = pair[1]
            result += [(left, start, start + len(left)), (pair[2], start + len(left) + 1, end)]
            continue
        before = [t[0] for t in tokens[max(0, k - 2) : k]]
        # ... and so is the name it ends: "North Rhine-Westphalia", though the Rhine is a river.
        whole = pair and any(known_name(" ".join([*before[i:], word])) for i in range(len(before)))
        if pair and not inside and not whole and not known_name(word):
            left, right = pair[1], pair[2]
            lefts = [left] + [" ".join([*before[i:], left]) for i in range(len(before))]
            named = known_name(right) and any(known_name(name) for name in lefts)
            if named and not (left.lower() in common_first_names() and right.lower() in common_first_names()):
                result += [(left, start, start + len(left)), (right, start + len(left) + 1, end)]
                continue
        result.append((word, start, end))
    return result


def _campus(left: str, right: list[str]) -> bool:
    """Tell whether initials no table holds come before a town the tables know: "OSU-Tulsa"."""
    if not (2 <= len(left) <= 5 and left.isupper() and left.isalpha()) or known_name(left):
        return False
    if right[0].isupper():
        return False  # a headline in capitals: "PRE-SALE"
    return any(" ".join(right[:n]).rstrip(".,").lower() in places() for n in range(1, len(right) + 1))


#: What may end a run after a word: a stop, a comma or a possessive.
_STOPS_AND_POSSESSIVES = (".", ",", *POSSESSIVES)


def _named_owner(tokens: list[Token]) -> bool:
    """Tell whether the words before a possessive are a place or a body the tables know."""
    owner = POSSESSIVE.sub("", " ".join(t[0] for t in tokens)).lower().removeprefix("the ")  # "Leeds'"
    return owner in places() or owner in organisations()


def _owned_body(owner: str, word: str) -> bool:
    """Tell whether a word and a possessive's head make a body: "King's College", "Guy's Hospital".

    The owner is a word of the dictionary, and no place, body, body's head or famous person:
    not "Britain's Labour Party", "Sony's Board", "News Corp's News International", "Rep Alan
    Grayson's Senate campaign", "Brando's Academy Award". "Her Majesty's" is a style the
    table's names leave out ("Inspectorate of Constabulary").
    """
    folded = owner.lower()
    return (
        word.rstrip(".,").lower() in ORG_HEADS
        and folded in english_words()
        and folded not in ORG_HEADS
        and folded != "majesty"
        and folded not in places()
        and folded not in organisations()
        and folded not in famous_people()
    )


def _event_after(tokens: list[Token], j: int) -> bool:
    """Tell whether capitalised words from token j end on an event's head: "Open", "Amateur Championship"."""
    for word, _, _ in tokens[j : j + 3]:
        if not capital_word(word):
            return False
        if word.rstrip(".,").lower() in EVENT_HEADS:
            return True
    return False


def _head(word: str) -> bool:
    """Tell whether a capitalised word is a body's or a place's head: "Union", "Park"."""
    folded = POSSESSIVE.sub("", word.rstrip(".,")).lower()  # "the Workers' Union's members"
    return folded in ORG_HEADS or folded in place_heads()[1]


def _head_ahead(tokens: list[Token], j: int) -> bool:
    """Tell whether capitalised words from token j reach a head within three: "Primary School"."""
    for ahead, _, _ in tokens[j : j + 3]:
        if not capital_word(ahead):
            return False
        if _head(ahead):
            return True
    return False


def _name_part(tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether a word that is no capitalised word goes on a name: an initial or a particle."""
    word = tokens[j][0]
    if len(word) == 1:
        # "George W Bush": an initial without its full stop, between a first name and a name;
        # not "More Than A Woman".
        return (
            word.isupper()
            and word not in "AI"
            and tokens[j - 1][0].lower() in first_names()
            and j + 1 < len(tokens)
            and capital_word(tokens[j + 1][0])
        )
    if word in NAME_PARTICLES:
        # "Nick Van den Brul", "Ursula von der Leyen": inside a person's name, which opens
        # with a first name; not "Banco de Portugal", a body and a place.
        k = j + 1
        while k < len(tokens) and tokens[k][0] in NAME_PARTICLES:
            k += 1
        # A title may open the run: "Prosecutor Juan Carlos Ramírez de la Torre".
        named = any(tokens[x][0].lower() in first_names() for x in range(i, j))
        # Swahili's and Lingala's "son of": "Kengo wa Dondo", "Ngugi wa Thiong'o", after a name;
        # Kalenjin's "arap" after a first name: "Daniel arap Moi".
        named = named or word == "wa" and tokens[j - 1][0].lower() not in english_words()
        return k < len(tokens) and capital_word(tokens[k][0]) and named
    return PARTICLE.match(word) is not None  # "Ghazi al-Gosaibi": an Arabic article


#: Heads that open a second name after a Romance body's: "... Campus de Elviña", "... Universidad de Granada".
_SECOND_HEADS = OPENING_ORG_HEADS | {"campus"}


def _ends_a_name(tokens: list[Token], k: int) -> bool:
    """Tell whether token k may end a body's name: no capitalised word goes on after it but "of" or "for".

    Or a town, then nothing: "King's College London".
    """
    if k + 1 == len(tokens) or not capital_word(tokens[k + 1][0]) or tokens[k + 1][0] in ("of", "for"):
        return True
    town = tokens[k + 1][0]
    if clean_token(tokens[k + 1])[0].lower() not in places():
        return False
    return k + 2 == len(tokens) or town.endswith((".", ",", ";", ":")) or not capital_word(tokens[k + 2][0])


def _table_s_name_through(tokens: list[Token], i: int, ends: range) -> bool:
    """Tell whether the run from token i (past "the") to one of the ends is a body the table knows."""
    opening = past_the(tokens, i)
    return any(body_name(" ".join(t[0] for t in tokens[opening : k + 1])) for k in ends if k < len(tokens))


def _office_of_a_title(tokens: list[Token], opening: int, j: int) -> bool:
    """Tell whether the possessive before j opens an office's title: "Office of the Victims' Commissioner"."""
    office = [t[0] for t in tokens[opening : opening + 3]] == ["Office", "of", "the"]
    return office and j - opening == 4 and tokens[j][0].lower() in TITLE_WORDS


#: Monarchs whose possessive opens a place's name: "Queen's Park", "King's Cross".
_MONARCHS = frozenset({"queen", "king", "prince", "princess"})


def _goes_on(tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether the run that starts at token i may go on to token j."""
    before, word = tokens[j - 1][0], tokens[j][0]
    if (
        len(word) == 2
        and word.isupper()
        and j + 1 < len(tokens)
        and tokens[j + 1][0] == ":"
        and j - i > 1  # "Senator KELLY:", "Rep. Nancy NG:": a transcript's speaker, named
        and not before.isupper()
        and before.lower() not in first_names()
    ):
        return False  # "Marion County Board of Education ST: WV": a form's next field, none of the name
    if not before.endswith(_STOPS_AND_POSSESSIVES):
        return True
    if before.endswith(("'s", "’s")):
        return _goes_on_past_a_possessive(tokens, i, j)
    if before.endswith(("s'", "s’")):
        return _goes_on_past_a_plural_s(tokens, i, j)
    return _goes_on_past_a_stop(tokens, i, j)


def _goes_on_past_a_possessive(tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether a run goes on past a possessive: "People's Republic", "King's College"."""
    before, word = tokens[j - 1][0], tokens[j][0]
    # "People's Republic of China", "People's Liberation Army": a possessive inside the
    # name of a place or a body the tables know.
    opening = past_the(tokens, i)  # "The People's Republic of China said"
    if f"{before} {word}".lower() in roles():
        return True  # a role with a possessive inside: "Cook County State's Attorney Kim Foxx"
    wholes = [tokens[opening : k + 1] for k in range(j, min(j + 4, len(tokens)))]
    if any(place_written(whole) for whole in wholes):
        return True
    # Not after a function word, which a run sheds: "Her Majesty's Inspectorate of Constabulary ...".
    if not is_function_word(tokens[opening][0]) and any(body_name(" ".join(t[0] for t in w)) for w in wholes):
        return True
    if _office_of_a_title(tokens, opening, j):
        return True
    # A given name's possessive opens a body named for a child or a founder: "Kimberly's Center for
    # Child Protection"; not a place's ("Mary" is a town too) nor "Sarah's Law".
    given = before[:-2].lower()
    if (
        j - opening == 1
        and word.lower() in HEADS_AND_CENTRES
        and given in first_names()
        and given not in english_words()
        and given not in places()
    ):
        return True
    # A monarch's possessive goes on to a place's head: "Queen's Park", "King's Road".
    if j - opening == 1 and given in _MONARCHS and word.lower() in place_heads()[1]:
        return True
    # A saint's possessive goes on to a head: "St Patrick's Cathedral", "St Mary's Hospital",
    # "St Joseph's Primary School".
    if j - opening == 2 and tokens[opening][0] in ("St", "St.", "Saint") and _head_ahead(tokens, j):
        return True
    # "King's College", the head ending the name; not "Brown's International Finance Facility".
    if _named_owner(tokens[i:j]):
        return False
    # A firm named with a possessive, on to its legal form: "Boatmen's Bancshares Inc.",
    # "Sotheby's Holdings Inc"; an owner the tables know is cut off above ("Britain's
    # Vodafone Group Plc"), one the source names as a firm by the cast.
    if (
        j - opening == 1
        and not before[:-2].isupper()  # "APL's Pennsylvania Engineering Corp": the owner's initials
        and before[:-2] != word  # "Fluor's Fluor Constructors Inc": the owner's unit
        and _legal_form_ahead(tokens, j)
    ):
        return True
    # Whom a service is for, opening its name: "Children's Social Care", "Children's Services
    # Duty Team", "Women's Aid"; no one's name is a plural of people.
    if j - opening == 1 and before[:-2].lower() in PLURAL_PEOPLE:
        return True
    # ... after a nation's word: "Australian Children's Education and Care Quality Authority".
    nation = tokens[opening][0].lower() in nationalities() | {"national"}
    if j - opening == 2 and nation and before[:-2].lower() in PLURAL_PEOPLE:
        return True
    # A body, then its office: "Department of Justice's Office of the Inspector General";
    # not whom a body's service is for: "Association of Directors of Children's Services".
    owner = [t[0] for t in tokens[opening:j]]
    if (
        len(owner) > 1
        and owner[-1][:-2].lower() not in PLURAL_PEOPLE
        # Not a title's possessive, whose office it is: "Tarrant County Medical Examiner's
        # Office"; after "of" a field's ("Department of Justice's").
        and not (title_s_possessive(owner[-1]) and owner[-2] != "of")
        and (
            body_name(" ".join([*owner[:-1], owner[-1][:-2]]))
            or word.lower() in ORG_HEADS
            and any(w.lower() in ORG_HEADS for w in owner[:-1])
        )
    ):
        return False
    # Whom a state's body is for, after "of": "Ministry of Women's Empowerment and Child Protection".
    if j - opening > 2 and tokens[j - 2][0] == "of" and before[:-2].lower() in PLURAL_PEOPLE:
        return capital_word(word)
    # "Cook County State's Attorney's Office": a title's possessive, then the body's head.
    if word.endswith(("'s", "’s")) and j + 1 < len(tokens) and tokens[j + 1][0].lower() in ORG_HEADS:
        return True
    if _ends_a_name(tokens, j) and _owned_body(before[:-2], word):
        return True
    if title_s_possessive(before) and word.lower() in ORG_HEADS:
        return True  # a title's office: "Medical Examiner's Office", though papers are "Examiner"s
    # People's, then a word and the head: "Women's Health Organization", "Children's Mercy Hospital".
    k = j + 1
    return (
        before[:-2].lower() in PEOPLE
        and k < len(tokens)
        and capital_word(tokens[k][0])
        and _ends_a_name(tokens, k)
        and _owned_body(before[:-2], tokens[k][0])
    )


def _goes_on_past_a_plural_s(tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether a run goes on past a plural's possessive: "Musicians' Union", "Victims' Commissioner"."""
    before = tokens[j - 1][0]
    if _named_owner(tokens[i:j]):
        return False  # "Leeds' Elland Road", "the Tories' Commons majority": a place's, a body's
    if _office_of_a_title(tokens, past_the(tokens, i), j):
        return True
    # ... and to a body the table knows: "Victims' Commissioner", though no head ends it.
    if _table_s_name_through(tokens, i, range(j, j + 3)):  # "The Victims' Commissioner said"
        return True
    # A plural's possessive goes on to a head: "Musicians' Union", "St James' Park"; not
    # "the Pirates' Double-A affiliate", "Elvis' Wooden Heart", "The Producers' Nathan Lane".
    for ahead, _, _ in tokens[j : j + 3]:
        if not capital_word(ahead) or ahead.lower() in first_names():
            return False
        if _head(ahead) or bishops_conference([before, ahead]) or care_home([before, ahead]):
            return True  # "Irish Catholic Bishops' Conference" too
    return False


def _goes_on_past_a_stop(tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether a run goes on past a full stop (a title's, an initials'), never past a comma."""
    before, word = tokens[j - 1][0], tokens[j][0]
    if (
        INITIAL.fullmatch(before)
        and j - 1 > i
        and word in NAME_PARTICLES
        and j + 1 < len(tokens)
        and capital_word(tokens[j + 1][0])
    ):
        return True  # a particle after a middle initial: "Peter R. de Vries"
    if not (before.endswith(".") and capital_word(word)):
        return False
    if (
        j - 1 > past_the(tokens, i)
        and DOTTED.fullmatch(before)
        and abbreviates_a_name(before)
        and word.lower() in english_words()
        and not any(
            body_word(t[0]) or t[0].rstrip(".,").lower() in place_heads()[1] for t in tokens[j : j + 3]
        )
    ):
        return False  # "Mobil Oil Corp of U.S. Plans to open": a wire's capital after the stop
    if (
        j - 1 > i
        and tokens[j - 2][0].lower() not in CONNECTORS
        and DOTTED.fullmatch(before)
        and legal_form(before)
    ):
        return False  # a firm's dotted legal form ends its name: "Algemene Bank Nederland N.V. Said"
    # A title's full stop ends no name ("Ohio Gov. John Kasich", "Sen. Ted Cruz"), nor a
    # middle initial's ("Jill A. Martin", "George H.W. Bush").
    title = before[:-1].lower() in HONORIFICS or _abbreviated_place(before, word)  # "St. Louis"
    # ... nor a given name's short form: "Wm. Sword and Co", "Chas. P. Young".
    title = title or before[:-1] in _GIVEN_NAMES_SHORT
    # ... nor a Romance firm's head written short, opening its name: "Cia. Vale do Rio Doce".
    title = title or (
        before[:-1] in ("Cia", "Cie") and (j - 1 == past_the(tokens, i) or tokens[j - 2][0] in ("and", "&"))
    )
    titled = j - 1 == i > 0 and tokens[i - 1][0].islower() and tokens[i - 1][0] in roles()
    initial = (INITIAL.fullmatch(before) or DOTTED.fullmatch(before)) and (
        # After "The" alone, only before another capital: "The U.S. Geological Survey"; not
        # "The U.S. Action will", a wire's capital after the stop.
        j - 1 > past_the(tokens, i)
        or j - 1 > i
        and j + 1 < len(tokens)
        and capital_word(tokens[j + 1][0])
        # A name may open with its initials ("J.J. MacNab"), a place or a body not ("U.S. Senate"),
        # and with one before a first name and a surname ("J. Edgar Hoover", "K. Michael Stevens").
        or (DOTTED.fullmatch(before) and not abbreviates_a_name(before))
        # "the U.S. Army", "the U.N. Security Council": a country's or a body's initials before
        # a body's head word open its name; "in the U.S. Police said" is rarer than either.
        or (DOTTED.fullmatch(before) and body_word(word))
        # ... or an office named for a country's title: "the U.S. Attorney's Office for ...".
        or (DOTTED.fullmatch(before) and title_s_possessive(word))
        # ... and an event's: "the U.S. Open", "a U.S. Amateur Championship" (no place in it).
        or (DOTTED.fullmatch(before) and _event_after(tokens, j))
        # ... and a firm's, to its legal form: "its F.A. Computer Technologies Inc subsidiary".
        or (DOTTED.fullmatch(before) and before.lower() not in places() and _legal_form_ahead(tokens, j))
        or (
            # ... or with initials apart, then a surname: "K. P. Raghuvanshi"; after a title, any
            # given name: "chief minister K. Chandrashekar Rao".
            (
                word.lower() in first_names()
                or INITIAL.fullmatch(word)
                or titled
                and word.lower() not in english_words()
            )
            and j + 1 < len(tokens)
            and capital_word(tokens[j + 1][0])
            # Not a sentence's last letter after a word: "he took vitamin C. Michael Jordan"; a
            # letter after a function word, a verb in the past or a title opens a name ("under J.
            # Edgar Hoover", "recalled C. Matthew Gilmour"), not after "and" ("by S and P. Salomon").
            and not (
                i
                and tokens[i - 1][0].islower()
                and not tokens[i - 1][0].endswith(".")
                and (tokens[i - 1][0] not in FUNCTION_WORDS or tokens[i - 1][0] in ("and", "or"))
                and not tokens[i - 1][0].endswith("ed")
                and tokens[i - 1][0] != "said"
                and not titled
            )
        )
    )
    # A word that opens sentences ends the run, unless a name's: after a first name and its
    # middle initial, which no sentence ends on ("President James F. Will and ...").
    initial = initial and (word.lower() not in FUNCTION_WORDS or _after_a_middle_initial(tokens, i, j))
    # A compass point's initial before a place: "N. Korea", "S. Africa" (the place table's forms).
    pointed = INITIAL.fullmatch(before) and f"{before} {word.rstrip('.,')}".lower() in places()
    return bool(title or initial or pointed)


#: Given names written short with a full stop, as old firms' names keep them: "Wm.", "Chas.".
_GIVEN_NAMES_SHORT = frozenset("Wm Chas Jas Geo Thos Robt Benj Saml Jno Edw".split())


def _after_a_middle_initial(tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether token j follows a first name and a middle initial, a given name too: "James F. Will"."""
    return (
        j - 2 >= i
        and INITIAL.fullmatch(tokens[j - 1][0]) is not None
        and tokens[j - 2][0].lower() in first_names()
        and tokens[j][0].lower() in first_names()
    )


#: Heads of bodies whose names go on past "against": "Coalition against Trafficking in Women".
_BODIES_AGAINST = frozenset("committee coalition campaign commission alliance network movement".split())


def _inside_a_field(tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether a run has named a body's head and its field by token j: "Committee on the Rights"."""
    return any(
        tokens[h][0].lower() in ORG_HEADS and tokens[h + 1][0] in BODY_LINKS and h + 3 < j
        for h in range(i, j - 1)
    )


def _place_from(tokens: list[Token], k: int) -> bool:
    """Tell whether a place the lists know opens at token k: "the Russian Federation" after "of"."""
    ahead = [t[0] for t in tokens[k : k + 3]]
    return any(" ".join(ahead[:n]).lower() in places() for n in (1, 2, 3))


def _runs_to_a_legal_form(tokens: list[Token], j: int) -> bool:
    """Tell whether capitalised words from token j run to a firm's legal form, however many."""
    for word, _, _ in tokens[j:]:
        if legal_form(word.rstrip(",")):
            return True
        if not capital_word(word) or word.endswith(","):
            return False
    return False


def _legal_form_ahead(tokens: list[Token], j: int) -> bool:
    """Tell whether capitalised words from token j run to a firm's legal form within three words."""
    for word, _, _ in tokens[j : j + 3]:
        bare = word.rstrip(".,")
        if bare.lower() in LEGAL_FORMS or written_legal_form(bare):
            return True
        if not capital_word(word) or word.endswith(","):
            return False
    return False


_AFTER_A_CITY = re.compile(r"[A-Z][\w.'’-]*, $")


def _state_or_word(text: str, token: Token) -> Token:
    """Return a token, its full stop dropped unless it abbreviates a state after a city ("Tulsa, Okla.")."""
    word, start, end = token
    if word.endswith(".") and word.lower() in places() and not DOTTED.fullmatch(word):
        if not _AFTER_A_CITY.search(text, max(0, start - 40), start):
            return word[:-1], start, end - 1  # "went to Mass.": the word, then the sentence's end
    return token


def _letter_before_a_form(tokens: list[Token], k: int) -> bool:
    """Tell whether a capital alone comes before a firm's legal form, other capitals between: "V F Corp"."""
    while tokens[k][0].isupper() and k + 1 < len(tokens):
        k += 1
        if legal_form(tokens[k][0]):
            return True
        if len(tokens[k][0]) != 1:
            return False
    return False


def _initial_first(text: str, tokens: list[Token], k: int) -> bool:
    """Tell whether a capital alone is a first name's initial before a surname: "R Saravanan", "G Thomas".

    Not "A" nor "I", words of their own, nor before a word of the dictionary, a place or a
    month ("X Factor", "D Day", "S Korea", a price table's "H April"), nor a letter of
    something else ("A/S Ferrosan", "3B Unix", "S&W Berisford Plc", "Pick 'N Pak Stores").
    """
    word, at, end = tokens[k]
    if not word.isupper() or word in ("A", "I") or k + 1 >= len(tokens):
        return False
    if k >= 2 and tokens[k - 1][0] in ("and", "&") and len(tokens[k - 2][0]) == 1:
        return False  # "S and W Berisford Plc": a firm's letters
    if country_code(word + tokens[k + 1][0]):
        return False  # "U S West Inc", "U K": a country's letters apart
    for _ in range(2):  # more initials: "N S Andres", "J R R Tolkien"
        letter, begins, ends = tokens[k + 1]
        if not (len(letter) == 1 and letter.isupper() and begins == end + 1 and k + 2 < len(tokens)):
            break
        end, k = ends, k + 1
    surname, start, _ = tokens[k + 1]
    folded = surname.rstrip(".,;:").lower()
    after = tokens[k + 2][0].rstrip(".,;:").lower() if k + 2 < len(tokens) else ""
    return (
        start == end + 1
        and (at == 0 or text[at - 1] in " \n(")
        and (k == 0 or not tokens[k - 1][0][-1:].isdigit())
        and capital_word(surname)
        and not surname.isupper()
        and folded not in english_words()
        and folded not in places()
        and not day_or_month(folded)
        and after not in ORG_HEADS
    )


def _abbreviated_place(word: str, after: str) -> bool:
    """Tell whether a word abbreviates a place's first word: "St. Louis", "Co. Cork", "ST. LOUIS"."""
    if word[:-1] in ("St", "Ste", "Mt", "Ft"):
        return True
    if word == "Co." and f"county {after.rstrip('.,')}".lower() in places():
        return True  # an Irish county: "Co. Cork"
    return word.isupper() and after.isupper() and word[:-1].title() in ("St", "Ste", "Mt", "Ft")


#: The heads of a police force's units, which news may write in lower case after the unit's work.
_UNIT_HEADS_WRITTEN_LOWER = frozenset({"unit", "squad", "team", "taskforce", "command", "section"})


def _purpose(words: list[str]) -> bool:
    """Tell whether two capitalised words are a verb and its object, as after a body's "to".

    "Protect Journalists", "Counter Child" in "Committee to Protect Journalists"; not
    "Downing Street" nor "Parliament" in "the Council wrote to Downing Street".
    """
    return (
        len(words) == 2
        and all(capital_word(w) for w in words)
        and (verb := words[0].lower()) in english_words()
        and verb not in ORG_HEADS
        and verb not in first_names()
        and not verb.endswith("s")
        and words[1].lower() not in place_heads()[1]
    )
