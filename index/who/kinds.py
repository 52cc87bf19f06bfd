"""Say what the word lists make of a name: a person, an organisation, a place, or unknown."""

from __future__ import annotations

import re

from ..when.datewords import DAY_WORDS
from .gazetteers import (
    LEGAL_FORMS,
    NATIVE_NATIONAL,
    ORG_HEADS,
    PEERS,
    POLICE_RANKS,
    body_name,
    capitals_only,
    countries,
    countries_of_places,
    demonym,
    english_words,
    familiar_first_names,
    family_names_first,
    first_names,
    formal_place,
    nationalities,
    organisations,
    people_s_adjective,
    place_heads,
    places,
    state_codes,
    thing_heads,
    towns,
    towns_with_city_clubs,
    us_states,
    written_legal_form,
)
from .words import (
    BARE_INITIALS,
    BODY_LINKS_INTO,
    CENTRES,
    CHARTERS,
    CLUB_INITIALS,
    COMPASS,
    CONNECTORS,
    DOTTED,
    DOTTED_INITIALS,
    EPITHETS,
    EURO_MARKETS,
    EVENT_HEADS,
    EVENT_OPENERS,
    FORMS_FIRST,
    FUNCTION_WORDS,
    GENERATIONS,
    HEADS_AND_CENTRES,
    INITIAL,
    MEMBERS,
    MONTH_NAMES,
    NAME_PARTICLES,
    ORGANISATION,
    PARTICLE,
    PEOPLE,
    PERSON,
    PLACE,
    SHORT_MONTHS,
    SURNAME_HEADS,
    TITLE_WORDS,
    TRADES_OPENING,
    UNDECIDED,
    WORK,
    WORK_OF_A_BODY,
    Undecided,
    a_place_or_two,
    abbreviates_a_name,
    an_office,
    bishops_conference,
    campaign_name,
    capital_word,
    care_home,
    common_or_national,
    country_code,
    country_or_continent,
    dictionary_words,
    firm_as,
    firm_by_trade,
    first_and_a_town,
    known_place,
    nation_before_a_known_body,
    nation_words,
    nations_joined,
    opening_head,
    paper_of_a_place,
    party_by_its_members,
    people_of_a_place,
    proper_word,
    proper_words,
    realm,
    singular_of,
    team,
    term_initials,
    unit_of_a_body,
    unlisted_surname,
)

#: Initials in the plural: "DJs", "MPs".
_PLURAL_INITIALS = re.compile(r"[A-Z]{2,}s")

#: The months as written in full or short, lower case: "july", "aug".
_MONTH_WORDS = MONTH_NAMES | frozenset(m.lower() for m in SHORT_MONTHS)
#: The months of six letters or more, by their first letter: one each.
_LONG_MONTHS = {m[0]: m for m in MONTH_NAMES if len(m) >= 6}


def _misspelt_month(folded: str) -> bool:
    """Tell whether a word no list knows is a long month's name with one letter off: "febuary"."""
    month = _LONG_MONTHS.get(folded[:1]) if len(folded) >= 6 else None
    if month is None or abs(len(month) - len(folded)) > 1 or folded == month:
        return False  # most words: a first letter or a length no long month has
    if folded in english_words() or folded in places() or folded in towns() or folded in first_names():
        return False  # "Augusta", a town and a name a letter from "August"
    return _one_edit(folded, month)


def _one_edit(a: str, b: str) -> bool:
    """Tell whether two words differ by one letter added, dropped, changed or two swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        swapped = (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
        return len(diff) == 1 or swapped
    short, long = sorted((a, b), key=len)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


#: Currencies' names, which a country's name or its people's word opens: "Kuwait Dinar".
CURRENCIES = frozenset(
    """
dollar dollars dlr dlrs franc francs mark marks pound pounds sterling yen yuan renminbi rupee rupees
rupiah ringgit baht won peso pesos cruzado cruzeiro austral bolivar sucre sol inti guarani dinar dinars
dirham riyal rial shekel lira lire drachma escudo peseta pesetas guilder guilders krona kronor krone kroner
markka schilling schillings shilling forint zloty koruna rand naira cedi kwacha rouble ruble roubles rubles
""".split()
)


def _currency(words: list[str]) -> bool:
    """Tell whether words are a country's or its people's word and a currency, a month after it or not."""
    if len(words) > 2 and words[-1].lower().rstrip(".") in _MONTH_WORDS:
        words = words[:-1]  # "S.A. Rand July", "Bolivar Aug": a table's month after the currency
    if len(words) < 2 or words[-1].lower() not in CURRENCIES:
        return False
    owner = " ".join(words[:-1]).lower()
    return owner in places() or people_s_adjective(owner)  # the latter holds nationalities


#: A German firm's compound head: "Warenhandelsgesellschaft", "Stahlwerke", "Eisenwerk-Gesellschaft".
_GERMAN_FIRM = re.compile(r"[A-Z][a-zäöü]+(?:gesellschaft|werke|institut|-Gesellschaft|-Werke)")


def model_s_letters(words: list[str]) -> bool:
    """Tell whether capitals end words in mixed case as a product's letters do: "Astra GSI", "Mac OSX".

    No one's surname is written in capitals within a sentence; a son's numeral is ("John Paul II").
    """
    last = words[-1]
    return (
        len(last) >= 2
        and last.isalpha()
        and last.isupper()
        and not _NUMERAL.fullmatch(last)
        and not words[0].isupper()
    )


#: A Roman numeral, a son's or a monarch's: "II", "XIV".
_NUMERAL = re.compile(r"[IVXL]+")

#: Streets' heads as abbreviated: "44th St & Tatum" is a crossing.
_STREET_ABBREVIATIONS = frozenset("St St. Rd Rd. Ave Ave. Blvd Blvd. Ln Dr".split())


def arabic_article_inside(words: list[str]) -> bool:
    """Tell whether an Arabic article opens a later word of a name, which may run to five words."""
    return any(PARTICLE.match(w) for w in words[1:])  # "Zine al-Abidine Ben Ali"


#: A Roman numeral of a part or a reign, no body's initials: "II", "XIV".
_ROMAN = re.compile(r"(?=[IVX]{2,4}$)X{0,3}(?:IX|IV|V?I{0,3})")


def _initial(word: str) -> bool:
    """Tell whether a word is a first name's initial, with its full stop or without: "K.", "N"."""
    return INITIAL.fullmatch(word) is not None or len(word) == 1 and word.isupper()


#: Trades alone, which name no one and no firm: "the U.S. Automaker announced"; not surnames.
_LONE_TRADES = TRADES_OPENING - {"brewer", "lender", "miner"}

#: French heads that open a bank's or a club's name before an adjective no English dictionary
#: holds: "Credit Agricole", "Stade Francais" ("Credit Guarantee Program" is a scheme's).
_HEADS_BEFORE_AN_ADJECTIVE = frozenset("credit crédit stade".split())

#: A bank's name in a language that writes its head into one word: "Kredietbank", "Middenstandsbank".
_BANK_COMPOUND = re.compile(r"[A-Z][a-z]{4,}bank")

#: Sports whose governing body a country's name follows: "Cricket Australia", "Sport England".
_SPORTS = frozenset(
    "sport cricket rugby football soccer tennis athletics swimming swim cycling hockey netball basketball "
    "golf rowing boxing gymnastics sailing badminton volleyball baseball softball triathlon skating skiing "
    "snowsport judo archery equestrian squash bowls surfing".split()
)
#: Sports a nationality before names as a game, not a body: "American Football", "Gaelic Football".
_GAMES_OF_A_NATION = frozenset({"football", "soccer", "sport"})
#: The crown's styles before a prison's name: "HMP Frankland", "HMYOI Werrington".
_PRISON_STYLES = frozenset({"HMP", "HMYOI", "HMPYOI"})
#: Services a US district runs as a body of its own: "School District", "Park District".
_SERVICE_DISTRICTS = frozenset("school fire water sanitation transit utility irrigation library park".split())

#: Heads in the plural that open a body's name before "of": "National Institutes of Health";
#: not "Chronicles of Riddick" nor "Unions for ...", works and descriptions.
_PLURAL_HEADS = frozenset("institutes academies ministries laboratories".split())


def _named_unit(words: list[str]) -> bool:
    """Tell whether a name is a unit's, its kind before its name: "Taskforce Argos", "Task Force Orion"."""
    if words[0] in ("Taskforce", "Task-force"):
        return len(words) > 1
    return len(words) > 2 and words[0] in ("Task", "Strike") and words[1] == "Force"


def _people_plural(word: str) -> bool:
    """Tell whether a word is a plural of people, a trade's or a nation's: "Physicians", "Americans"."""
    folded = word.lower()
    return folded in PEOPLE or folded.endswith("s") and folded[:-1] in nationalities()


#: What a church is dedicated to, which first-name lists hold too.
_DEDICATIONS = frozenset({"christ", "trinity"})


def _first_and_surname(words: list[str]) -> bool:
    """Tell whether a first name stands before a head word that is a surname too ("Tom Church").

    A middle name no list knows may come between ("Thomas Haden Church"), or a word after a
    familiar first name ("Margaret Hunt Hill").
    """
    middle = len(words) == 3 and (
        proper_word(words[1].lower())
        and words[1].lower() not in first_names()
        # ... or a family's word after a familiar first name: "Margaret Hunt Hill".
        or words[0].lower() in familiar_first_names()
        and words[1].lower() in english_words()
        and words[1].lower() not in place_heads()[1]
    )
    return (
        (len(words) == 2 or middle)
        and words[-1].lower() in SURNAME_HEADS
        and words[0].lower() not in _DEDICATIONS  # "Christ Church": a church, though "Christ" is a name
        and words[0].lower() in first_names()
        and words[0].lower() not in places()
        and words[0].lower() not in place_heads()[1]  # "Bay Bridge"
    )


def _church(words: list[str]) -> bool:
    """Tell whether a name is a church as a body: "Catholic Church", "Church of England".

    A church named by its faith or its country is the body; one named by its saint or its
    street ("St Mary's Church", "Calvary Church") is a building, a place.
    """
    if len(words) > 2 and words[0] == "Church" and words[1] == "of":
        return True
    if "of" in words[2:] and words[words.index("of", 2) - 1] == "Church":
        return True  # "Calvary Church of Santa Ana", "First Baptist Church of Dallas": a congregation
    return (
        len(words) >= 2
        and words[-1].lower() in ("church", "churches")
        and all(w.lower() in nationalities() for w in words[:-1])
    )


def _given_name_and_day(words: list[str]) -> bool:
    """Tell whether words are a common given name and the surname "Day": "Rebecca Day", "Doris Day"."""
    # Not a place's, which names a holiday: "Victoria Day".
    first = words[0].lower()
    return len(words) == 2 and words[1] == "Day" and first in familiar_first_names() and first not in places()


def named_with_a_particle(words: list[str]) -> bool:
    """Tell whether given names open words with a particle inside: "Jan-Willem de Vries"."""
    return (
        len(words) > 2
        and any(w in NAME_PARTICLES for w in words[1:-1])
        and all(part.lower() in first_names() for part in words[0].split("-"))
    )


#: Faiths' adjectives, which the nationalities hold too: "the Islamic Republic" names a state by context.
_FAITHS_ADJECTIVES = frozenset("islamic muslim christian catholic jewish hindu buddhist sikh".split())

#: Federations whose states news names with "State": Nigeria, India, Malaysia, Mexico,
#: Brazil, Sudan, South Sudan, Myanmar, Venezuela.
_FEDERATIONS = frozenset("NG IN MY MX BR SD SS MM VE".split())
#: Nigeria's states a word of the dictionary or a country names: "Rivers State", "Niger State".
_STATES_NAMED_BY_WORDS = frozenset({"rivers", "delta", "plateau", "niger", "cross river"})


def _federated(folded: str) -> bool:
    """Tell whether a place's name before "State" names a federation's state: "Lagos", "Abia".

    A federation's town ("Lagos", "Kano"), or a region the places list holds and no town's
    name ("Abia", "Borno"); not a country, a US state, nor "Kent" (a town in Washington too).
    """
    if folded in _STATES_NAMED_BY_WORDS:
        return True
    if folded in countries() or folded.title() in us_states():
        return False
    return countries_of_places().get(folded) in _FEDERATIONS or folded in places() and folded not in towns()


#: Countries where "Al" opens a first name ("Al Davis", "Al Green"), not a town's.
_ENGLISH_SPEAKING = frozenset("US GB CA AU NZ IE ZA".split())


def _arab_town(town: str, folded: str) -> bool:
    """Tell whether words after Arabic's article name a town abroad, with it or without it."""
    country = countries_of_places().get(folded) or countries_of_places().get(town)
    return (folded in towns() or town in towns()) and country not in _ENGLISH_SPEAKING


def _described(words: list[str]) -> bool:
    """Tell whether a nationality or a place before a word of the dictionary names a thing.

    "Argentine State", "Kenya Vision", "California Driver", "Vienna State Opera", "Las Vegas
    Strip": no one, though the first word is a first name somewhere; "Constantine the Great"
    is someone.
    """
    first = words[0].lower()
    # The place may be of several words: "Las Vegas Strip", "New York Minute"; "New York
    # State" is the place still.
    last = words[-1].lower()
    placed = first in places() or (
        any(" ".join(words[:k]).lower() in places() for k in range(2, len(words)))
        and not (last == "state" or last in place_heads()[1])
    )
    return (
        (first in nationalities() or first in countries() or (placed and not CONNECTORS & set(words)))
        and first not in familiar_first_names()
        and words[-1].lower() in english_words()
    )


def _chartered(words: list[str]) -> bool:
    """Tell whether a word and a charter's initials name a bank: "Goldome FSB", not "Shr NA"."""
    if words[1] not in ("NA", "N.A."):
        return words[0].istitle()
    return words[0].lower().endswith("bank") or body_name(words[0]) is not None


def _bank_compound(word: str) -> bool:
    """Tell whether a word is a bank's name with its head written into it: "Kredietbank", not "Fairbank"."""
    stem = word[:-4].lower()
    return bool(_BANK_COMPOUND.fullmatch(word)) and stem not in english_words() and stem not in first_names()


def _double_given_name(word: str) -> bool:
    """Tell whether a word is two given names a hyphen joins, no place's: "Jan-Hendrik", "Karl-Heinz"."""
    parts = word.split("-")
    return (
        len(parts) == 2
        and all(part.istitle() and part.lower() in first_names() for part in parts)
        and word.lower() not in places()
    )


def _named_as_people_are(words: list[str]) -> bool:
    """Tell whether the words after a first name go on as a person's name may.

    Not a title's capitalised small words ("Jamie And His Magic Torch"), "the" before
    anything but an epithet ("Mack the Knife", "Bob the Builder"), nor "of" before words of
    the dictionary ("Bill of Rights", "Summer of Love"), which loses "Joan of Arc" too, or
    before several words no place's.
    """
    rest = words[1:]
    if {"And", "His", "Her", "The", "Of", "With"} & set(rest):
        return False
    if any(w.lower() in ORG_HEADS for w in rest[:-1]):
        return False  # "Alberta Government Telephones": a body's head inside, no middle name
    if "the" in rest and words[-1].lower() not in EPITHETS:
        return False
    if "of" in rest:
        after = " ".join(words[len(words) - rest[::-1].index("of") :]).lower()
        common = all(w in english_words() or singular_of(w) in english_words() for w in after.split())
        if common and after not in places():
            return False
        # Where someone is from is one place's word ("Catherine of Aragon"); a firm's name of
        # initials or of several words is whom someone is with: "Quinn of E.F. Hutton".
        place = after.split(" and ")[0]
        if " " in place and place not in places():
            return False
    return True


def _city_of_its_own(folded: str) -> bool:
    """Tell whether words before "City" name no town of their own, a country or a state, or a town abroad."""
    # "Hull City", "Perth City" are clubs; "Davao City", "Carson City" are towns where a
    # club's name would be odd; "Man City", "Sim City": a club and a game, by a word.
    abroad = folded not in towns_with_city_clubs() and folded not in english_words()
    return folded not in towns() or realm(folded) or abroad


#: A prefix that joins a capitalised word into an adjective: "Trans-Pacific", "Anglo-Irish", "Sino-Soviet".
_COMPOUNDING = re.compile(r"(?i:trans|anglo|sino|franco|indo|afro|euro|pan|inter|sub|anti|pro|non|neo)-[A-Z]")
#: Heads that open a place's name before "of": "Bay of Bengal", "Strait of Hormuz", "Tower of London".
_HEAD_OF_A_PLACE = frozenset(
    "bay gulf sea strait straits lake lakes isle island islands glens palace tower cathedral abbey "
    "republic municipality principality duchy emirate".split()
)
#: A syllable of Korean or Chinese written in Latin letters: "Jong", "jae", "Ying", "hui".
_SYLLABLE = (
    r"(?:ch|sh|ts|hw|wh|kw|[bdghjklmnpstwy])?"
    r"(?:yeo|eou|ae|ai|ao|ee|ei|eo|eu|ia|ie|io|iu|oe|oo|ou|ua|ui|uo|ye|yo|yu|wa|wo|we|wi|[aeiou])"
    r"(?:ng|hn|ck|[nmklpth])?"  # "Kyo-ahn", "Duck-soo"
)
#: A Korean or Taiwanese given name of two syllables joined by a hyphen: "Jong-un", "In-jae",
#: "Ing-wen" (a word after a hyphen in lower case is otherwise an adjective's: "Rotherham-style").
_GIVEN_NAME = re.compile(rf"(?i:{_SYLLABLE})-(?:{_SYLLABLE})")

#: Honorifics that only a person's surname follows: after them, a town's name is a surname.
#: A peer's too, whose title's name is often a town's: "Lady Hale", "Lord Derby".
_PLAIN = frozenset("mr mrs ms miss dr sen rep gov prof professor".split()) | PEERS
#: A member's party and state after their name, as US outlets write it: "(R-N.Y.)", "(D-MA)".
_PARTY_TAG = re.compile(r"[DRI]-[A-Z]{1,2}\.?")

#: A hyphen before a word in lower case: "Rotherham-style", "Co-operative". Compiled once, as
#: the names the sources give fill `re`'s own cache with patterns of their own.
_HYPHENED = re.compile(r"-[a-z]{2,}")
#: Two syllables a hyphen joins, the second in lower case: a Korean given name ("Young-jae", "Ji-yeon").
_SYLLABLES_HYPHENED = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,4}")
#: Prefixes a hyphen joins to a word of the dictionary: "co-operative", "self-help", "non-profit".
_WORD_PREFIXES = frozenset("co self non anti multi inter".split())


def _negated_word(folded: str) -> bool:
    """Tell whether a word is "un", "non" or "pre" before a word of the dictionary it lacks: "unadjusted"."""
    prefix = next((p for p in ("non", "un", "pre") if folded.startswith(p)), "")
    rest = folded[len(prefix) :]
    return (
        bool(prefix)
        and len(rest) >= 3
        and rest in english_words()
        and folded not in english_words()
        and folded not in first_names()  # "Predrag"
        and folded not in places()
    )


def _prefixed_word(word: str) -> bool:
    """Tell whether a hyphened word is a prefix and a word of the dictionary: "Co-operative"."""
    prefix, _, rest = word.lower().partition("-")
    return prefix in _WORD_PREFIXES and rest in english_words()


#: An apostrophe between two letters, not a possessive's: the glottal stop of "Hawai'i".
_OKINA = re.compile(r"(?<=[a-z])'(?=[a-z])(?!s\b)")

#: Legal forms that mark a firm's name inside a run; not "Co", an Irish county's too ("Co Durham").
_INNER_LEGAL_FORMS = LEGAL_FORMS - {"co"}

#: English's small words inside a run, which may join a body's name to another name.
_ENGLISH_LINKS = frozenset({"of", "for", "and", "&"})


def _post_of_a_title(word: str) -> bool:
    """Tell whether a word names a title's post: "Presidency", "Premiership", "Mayoralty"."""
    folded = word.lower()
    holder = {"ency": folded[:-2] + "t", "ship": folded[:-4], "alty": folded[:-4]}.get(folded[-4:])
    return holder is not None and holder in TITLE_WORDS


#: Initials that open a ship's or a base's name, not a body's: "HMS Belfast", "RAF Lakenheath".
_SHIPS_AND_BASES = frozenset(
    "HMS USS CSS USNS HMNZS HMAS HMCS INS MV SS RMS RV RAF RAAF RNAS NAS MCAS CFB JB".split()
)


def _initials_then_a_town(words: list[str]) -> bool:
    """Tell whether a body's initials come before the town it is from: "PSV Eindhoven"."""
    return (
        len(words) == 2
        and 2 <= len(words[0]) <= 4
        and words[0].isalpha()
        and words[0].isupper()
        and words[0] not in _SHIPS_AND_BASES
        and not country_code(words[0])
        and not term_initials(words[0])
        and words[0].lower() not in organisations()  # "UN Geneva": the UN, somewhere
        and words[1].istitle()
        and words[1].lower() in places()
        # "DH Lawrence", "CS Lewis": someone's initials before a surname that names a town too.
        and words[1].lower() not in first_names()
    )


#: What a stage of `kind_of` answers: a kind, "unknown", None (no name) or undecided.
Kind = str | None | Undecided


def kind_of(words: list[str], folded: str, honorific: str | None) -> str | None:
    """Return what the word lists say a name is: person, organisation, place, "unknown" or None."""
    if "'" in folded and folded not in places() and (bare := _OKINA.sub("", folded)) in places():
        folded = bare  # "Hawai'i", "O'ahu", "Sana'a": a place spelled with its apostrophe
    for stage in _STAGES:
        if (kind := stage(words, folded, honorific)) is not UNDECIDED:
            return kind
    return None


def _settled_first(words: list[str], folded: str, honorific: str | None) -> Kind:
    """Say what the lists that settle a name first make it: an office, an honorific, the table's body."""
    if len(words) >= 3 and words[:2] == ["Office", "of"] and _post_of_a_title(words[-1]):
        return None  # "to hold the Office of Vice Presidency": a post held, no body's name
    if an_office(words):
        return ORGANISATION  # an office: "Mayor of London", "Secretary of State", "Members of Congress"
    if len(words) == 1 and folded in capitals_only() and not words[0].isupper():
        return None  # "La notte": a Romance article, where "LA" is Los Angeles
    if len(words) == 2 and words[0].lower() in MONTH_NAMES and words[1].lower() in DAY_WORDS:
        return None  # "Pay May Eight", "on March Four": a wire's date in words, no one
    if len(words) == 1 and "." in words[0] and written_legal_form(words[0]):
        return None  # "S.A." alone, the name before it lost ("DIM S.A."): no firm's name
    if len(words) > 1 and people_of_a_place(folded):
        return None  # "Sierra Leonean", "Costa Rican": a place's people, no one's name
    town = folded in places() and len(words) == 1
    if honorific and not (town and honorific.lower().rstrip(".") not in _PLAIN):
        return PERSON  # "Sen. Warren", "Mr Lincoln": someone, though a town's name too
    known = folded in organisations() and body_name(" ".join(words)) is not None
    if known or folded.startswith("the ") and folded[4:] in organisations():
        return ORGANISATION  # the table's, if its initials are no word the source writes ("Nice")
    return UNDECIDED


def _a_body_by_its_form(words: list[str], folded: str, honorific: str | None) -> Kind:
    """Say whether a name's form makes it a body, an event or no name: a club's initials, a sport's body."""
    # Italy's S.p.A. as a wire writes it, "Fiat Spa", "Agusta Spa"; "Leamington Spa" is a town.
    if (
        len(words) > 1
        and words[-1] == "Spa"
        and folded not in places()
        and " ".join(words[:-1]).lower() not in places()
        and words[0].lower() not in towns()
    ):
        return ORGANISATION
    if "en" in words[1:-1] and capital_word(words[0]):
        return ORGANISATION  # "Heldring en Pierson", "Oyens en van Eeghen": a Dutch firm's partners
    if "at" in words[2:-1] and words[words.index("at") - 1] == "University":
        return ORGANISATION  # "State University at Buffalo": a university's campus, by its town
    if len(words) == 2 and words[0] == "First" and first_and_a_town(words[1]):
        return ORGANISATION  # "First Boston", "First Chicago": a bank named for its town
    if len(words) >= 2 and words[0].lower() in EVENT_OPENERS and not honorific:
        return WORK  # "Operation Yewtree", "Hurricane Ivan", "Storm Desmond": an event, no one
    if _named_unit(words):
        return ORGANISATION  # "Taskforce Argos", "Strike Force Parrabell": a police unit, no one
    if len(words) >= 2 and (words[0] in CLUB_INITIALS or words[-1].rstrip(".") in CLUB_INITIALS):
        return ORGANISATION  # "Chelsea FC", "FC Basel", "VfB Stuttgart": a football club, no one
    if len(words) >= 2 and words[0] in _PRISON_STYLES:
        return PLACE  # "HMP Frankland", "HMYOI Werrington": a prison, where someone is held
    if len(words) == 2 and words[1] == "Grammar" and words[0].lower() in places():
        return ORGANISATION  # "Geelong Grammar", "Manchester Grammar": a town's grammar school
    if _initials_then_a_town(words):
        return ORGANISATION  # "PSV Eindhoven", "AEK Athens": a club's or a body's initials, then its town
    if len(words) >= 2 and country_code(words[0]) and words[-1].lower() in EVENT_HEADS:
        return WORK  # "U.S. Open", "U.S. Amateur Championship": an event, no body and no place
    if len(words) == 2 and country_code(words[0]) and words[1].lower() in english_words() - TITLE_WORDS:
        return ORGANISATION  # "UK Athletics", "US Airways": a country's initials name a body
    if len(words) >= 2 and words[0].lower() in _SPORTS and " ".join(words[1:]).lower() in countries():
        return ORGANISATION  # "Cricket Australia", "Athletics Kenya": a sport's body in a country
    if len(words) == 2 and words[0] == "World" and words[1].lower() in _SPORTS:
        return ORGANISATION  # "World Rugby", "World Athletics": a sport's body in the world
    if len(words) == 2 and nation_words(words) == 1 and words[1].lower() in _SPORTS - _GAMES_OF_A_NATION:
        return ORGANISATION  # "British Gymnastics", "Scottish Rugby": a sport's body in a nation
    if len(words) > 2 and words[-1] == "District" and words[-2].lower() in _SERVICE_DISTRICTS:
        return ORGANISATION  # "Uvalde Consolidated Independent School District": a board, no area
    if bishops_conference(words):
        return ORGANISATION  # "Irish Catholic Bishops' Conference": a standing body, no meeting
    if party_by_its_members(words):
        return ORGANISATION  # "Christian Democrats", "Free Democrats": a party named by its members
    if campaign_name(words):
        return ORGANISATION  # "Obama for America", "Biden for President": a candidate's campaign
    if len(words) == 1 and _PARTY_TAG.fullmatch(words[0]):
        return None  # "Rep. Peter King (R-N.Y.)": a party and a state's initials, no body
    if len(words) == 2 and words[1] == "Community" and common_or_national(words[0]):
        return None  # "the Muslim Community", "the Black Community": people described, no body
    return UNDECIDED


def _named_as_abroad(words: list[str], folded: str, honorific: str | None) -> Kind:
    """Say whether a name is someone's or a firm's by how names abroad are made: given names, banks."""
    if 2 <= len(words) <= 4 and words[0].lower() in family_names_first() and all(w.istitle() for w in words):
        return PERSON  # "Nguyen Thi Kim Ngan": a family name first, then the given names
    if len(words) == 2 and len(words[0]) <= 5 and words[0].istitle() and _GIVEN_NAME.fullmatch(words[1]):
        return PERSON  # "Kim Jong-un", "Ban Ki-moon", "Park Geun-hye": a surname, then a given name
    if (
        len(words) == 3
        and words[0].lower() in first_names()
        and len(words[1]) <= 5
        and words[1].istitle()
        and _GIVEN_NAME.fullmatch(words[2])
    ):
        return PERSON  # "John Lee Ka-chiu": a Hong Kong name, an English given name before it
    if words[-1].endswith("bank") and (
        _bank_compound(words[-1]) or words[0] == "First" and _BANK_COMPOUND.fullmatch(words[-1])
    ):
        # "Nederlandsche Middenstandsbank", "Kredietbank", "First Republicbank": a bank, as its compound says
        return ORGANISATION
    if len(words) == 2 and words[1] == "Aid" and words[0].lower() in nationalities():
        return ORGANISATION  # "Christian Aid", "Muslim Aid": a faith's or a people's charity
    named = words[: words.index("of")] if "of" in words else words
    if len(words) > 1 and any(_GERMAN_FIRM.fullmatch(w) for w in named):
        return ORGANISATION  # "Tengelmann Warenhandelsgesellschaft": a firm, as its compound says anywhere
    if (
        words[0].endswith("banken")
        and words[0][:1].isupper()
        and (known_place(words[1:]) or proper_words(words[1:]))
    ):
        return ORGANISATION  # "Sparebanken Rogaland", "Handelsbanken": a Nordic bank, "-en" its article
    if (
        2 <= len(words) <= 3
        and _double_given_name(words[0])
        and all(w.istitle() and w.lower().rstrip(".") not in ORG_HEADS for w in words[1:])
        and body_name(words[0]) is None  # "Warner-Lambert Co": a firm of two surnames
    ):
        return PERSON  # "Jan-Hendrik Smit", "Karl-Heinz Rummenigge": two given names hyphened
    if (
        len(words) == 2
        and _SYLLABLES_HYPHENED.fullmatch(words[0])
        and words[0].split("-")[1] not in english_words()
        and words[1].istitle()
        and len(words[1]) <= 5
        and words[1].lower() not in places()
    ):
        return PERSON  # "Young-jae Kim", "Ji-yeon Park": a Korean given name, two syllables hyphened
    return UNDECIDED


def _no_name_or_a_firm(words: list[str], folded: str, honorific: str | None) -> Kind:
    """Say whether a word is no name (an adjective, money, a month) or a firm by its legal form."""
    if len(words) == 1 and "-" in folded and a_place_or_two(words):
        return PLACE  # "Trinidad-Tobago", "Antigua-Barbuda": a country's "and" a hyphen
    # Not a word of the dictionary after its prefix: "Co-operative Bank", "Self-help Group".
    hyphened = (w for w in words if _HYPHENED.search(w) and not _prefixed_word(w))
    if any(w.lower() not in places() for w in hyphened) and folded not in places():
        # "Rotherham-style", "Rochdale-or": adjectives, not names; "Stoke-on-Trent" is a town,
        # and "Stoke-on-Trent City Council" its council.
        return None
    if (
        len(words) == 1
        and folded.endswith("s")
        and folded[:-1] in nationalities()
        and folded not in countries()
    ):
        return None  # "two Brits", "the Brits committee": people, not the South African town
    if len(words) == 1 and "-" in folded and nations_joined(folded):
        return None  # "the Anglo-Dutch group", "Sino-Soviet talks": nations' adjectives joined
    # A place's people's adjective in "-an" ("Californian"); "Irani" is a surname too.
    adjective = folded.endswith("an") and people_s_adjective(folded) and folded not in places()
    if (len(words) == 1 and folded in _LONE_TRADES) or adjective:
        # "after the U.S. Automaker announced", "Californian subsidiary Union Bank", "Papua New
        # Guinean ownership": no name
        return None
    if len(words) == 1 and _misspelt_month(folded):
        return None  # "in Febuary 1986": a month mistyped, no town
    if _currency(words):
        return None  # "Kuwait Dinar", "Ecuadoran Sucre", "Belgian Franc Sept": a country's money, no one
    if len(words) == 1 and EURO_MARKETS.fullmatch(folded):
        return None  # "trading of Eurobonds", "Eurodollar deposits": markets offshore, no body nor place
    if len(words) == 1 and _negated_word(folded):
        return None  # "Unadjusted sales were higher", "Pretax profits dipped": a word the dictionary lacks
    if len(words) == 1 and _prefixed_word(words[0]) and words[0].partition("-")[2].islower():
        return None  # "U.S. Anti-trust laws": a prefix and a word of the dictionary; not "Multi-Media
    if len(words) == 1 and demonym(folded):
        return None  # "the Dutchman said", "The Briton", "Londoners": people described, not named
    if words[-1] in CHARTERS and (len(words) > 2 or len(words) == 2 and _chartered(words)):
        # "Marine Midland NA", "Lincoln Savings Bank FSB", "Citibank NA", "Goldome FSB": a US
        # bank's charter; "Shr NA", a table's share earnings not available, is none.
        return ORGANISATION
    if (
        len(words) >= 2
        and (written_legal_form(words[-1]) or words[0] in FORMS_FIRST or firm_as(words))  # "AB Volvo"
        and " ".join(words[:-1]).lower() not in places()
    ):
        return ORGANISATION  # "Volkswagen AG", "BASF SE"; "Reno NV" is a town and its state
    if len(words) >= 3 and any(w.lower().rstrip(".") in _INNER_LEGAL_FORMS for w in words[:-1]):
        return ORGANISATION  # "its Seafirst Corp Subsidiary", "Corp Falconbridge Copper": a firm's words
    if (
        len(words) >= 2
        and any(w.lower() in NATIVE_NATIONAL for w in words)
        # Not across English's small words: "Bosses of Deutsche Boerse", "Norsk Hydro and Saga".
        and not _ENGLISH_LINKS & set(words)
        and folded not in places()
    ):
        return ORGANISATION  # "Norsk Hydro", "Conoco Norge": a firm abroad, by its nation's own word
    return UNDECIDED


def _a_place_by_its_name(words: list[str], folded: str, honorific: str | None) -> Kind:
    """Say whether a name is a place's by the gazetteer or its form: a county, a compass point, a city."""
    if folded in places() or formal_place(folded):
        return PLACE  # "UK", "Oklahoma City", "State of Israel": a place's name, though it ends like a body's
    if (
        len(words) == 2
        and words[1] == "Republic"
        and words[0].lower() in nationalities() - _FAITHS_ADJECTIVES
    ):
        return PLACE  # "the Kyrgyz Republic", "the Slovak Republic": a state by its people's name
    if (
        len(words) == 2
        and words[0] in ("County", "Co", "Co.")
        and (words[1].lower() in places() or words[1].lower() in towns())
    ):
        return PLACE  # "County Galway", "Co Durham": an Irish or an English county
    if 3 <= len(words) <= 5 and words[:2] == ["County", "of"] and all(w.istitle() for w in words[2:]):
        return ORGANISATION  # "the County of Maui", as "the City of Honolulu": the county's government
    if paper_of_a_place(words):
        return ORGANISATION  # "Baltimore Sun", "Toronto Star", "Liverpool Echo": a town's paper
    if 2 <= len(words) <= 3 and words[0] == "Radio" and all(w[:1].isupper() for w in words[1:]):
        return ORGANISATION  # "Radio Red", "Radio Free Europe": a station, whatever its words
    if len(words) >= 2 and words[0].lower() in COMPASS and " ".join(words[1:]).lower() in places():
        return PLACE  # a part of a place: "East Africa", "Eastern Europe", "Southeast Asia"
    if len(words) == 2 and words[1] == "Front" and words[0].lower() in COMPASS | {"home"}:
        return None  # "the Western Front", "the Home Front": a war's, no body's
    if (
        len(words) >= 2
        and words[-1] == "City"
        and _city_of_its_own(" ".join(words[:-1]).lower())
        and not any(w.lower() in ORG_HEADS for w in words[:-1])  # "Savings Bank of Salt Lake City"
    ):
        return PLACE  # "Atlantic City", "Iowa City", "Panama City"; "Hull City" is the club of Hull
    if (
        len(words) >= 2
        and words[-1] == "Town"
        and " ".join(words[:-1]).lower() not in towns_with_city_clubs()
        and not any(w.lower() in english_words() for w in words[:-1])
    ):
        return PLACE  # "Johar Town", "Allama Iqbal Town": a town's quarter; "Ipswich Town" is a club
    return UNDECIDED


def _a_body_by_its_head(words: list[str], folded: str, honorific: str | None) -> Kind:
    """Say whether a name is a body's by its head word, its branch, its trade or its side."""
    owner = body_name(" ".join(words[:-1])) if len(words) >= 2 and words[-1].lower() in places() else None
    if owner and not owner.endswith("Party"):
        # "NHS England", "BBC Scotland", "Victim Support Scotland": the table's body, its branch
        # in a place; not "Labour Britain".
        return ORGANISATION
    # A body's branch in a country keeps the body's head: "AOL UK", "General Motors Europe".
    branch = len(words) > 2 and (
        words[-1] in ("UK", "US", "USA")
        or words[-1].lower() in countries()
        # "King's College London"; not "Scottish National Party Holyrood", a party and its seat,
        # nor "Balanga City Bataan", a town in its province.
        or words[-2].lower() in ORG_HEADS
        and words[-2] not in ("Party", "City")
        and words[-1].lower() in places()
    )
    head = words[-2] if branch else words[-1]
    # "Sky Networks", "Leiden University Libraries", "Associated Cement Companies".
    singular = head.lower()[:-3] + "y" if head.endswith("ies") else head.lower()[:-1]
    # Not a thing's plural: "European Currency Units" are money, as a "Police Unit" is a body.
    plural = (
        len(words) > 1 and head.endswith("s") and singular in ORG_HEADS and head.lower() not in thing_heads()
    )
    if len(words) == 1 and len(words[0]) >= 4 and words[0].isupper() and folded in nationalities():
        return None  # "ARGENTINE GRAIN BELT": a people's adjective in capitals, no body's initials
    if len(words) == 1 and len(words[0]) >= 4 and words[0].isupper() and words[0].lower() in english_words():
        return "unknown"  # a word in capitals ("WHEREAS", "SMITH:"), not a body's initials ("HP")
    # A head word joined to another counts too: "Chicago Sun-Times".
    initials = len(words) == 1 and words[0].isupper() and len(words[0]) >= 2
    if initials and (term_initials(words[0]) or _ROMAN.fullmatch(words[0])):
        return None  # "DNA evidence", "on TV", "GDP", "300 BC", "Part II": a thing's initials, no body's
    if len(words) >= 2 and any(opening_head(w) for w in words[:-1]):
        return ORGANISATION  # "Universidad de Salamanca", "Vrije Universiteit Amsterdam": a head first
    if (
        len(words) == 2
        and words[0].lower() in _HEADS_BEFORE_AN_ADJECTIVE
        and words[1].lower() not in english_words()
    ):
        return ORGANISATION  # "Credit Lyonnais", "Stade Toulousain": a head, then a French adjective
    if _church(words):
        return ORGANISATION  # "Baptist Church", though "Baptist" and "Church" could name someone
    if _first_and_surname(words):
        return PERSON  # "Fiona Hill", "Dwain Chambers": a first name before a surname, not a place's name
    if head.lower() == "partnership" and any(_COMPOUNDING.match(w) for w in words):
        return None  # "the Trans-Pacific Partnership deal": a pact between nations, no body
    if len(words) >= 3 and words[0] in ("Act", "Acts") and words[1] == "of":
        return None  # "an Act of Parliament", "Acts of Congress": a law, not the body that made it
    # Not a prefix before a head's word in lower case: "U.S. Anti-trust laws", "Co-partners".
    prefixed = _prefixed_word(head) and head.partition("-")[2].islower()
    headed = head.lower().rstrip(".").rsplit("-", 1)[-1] in ORG_HEADS and not prefixed
    # ... or a head, then the town of a branch: "Texas Commerce Bank-Houston".
    first, _, town = head.lower().partition("-")
    headed = headed or len(words) > 1 and first in ORG_HEADS and town in places()
    if headed or plural or initials:
        return ORGANISATION
    if unit_of_a_body(words):
        return ORGANISATION  # "Special Branch", "Criminal Division": a body's unit, no league's table
    if len(words) >= 3 and words[1] in ("for", "Against") and _people_plural(words[0]):
        return ORGANISATION  # "Physicians for Human Rights", "Mothers Against Drunk Driving"
    if "to" in words and any(w.lower() in HEADS_AND_CENTRES for w in words[:-1]):
        return ORGANISATION  # "Committee to Protect Journalists": a body's head, then what it is for
    if any(w.lower() in HEADS_AND_CENTRES and words[k + 1] == "Against" for k, w in enumerate(words[:-2])):
        return ORGANISATION  # "National Centre Against Organised Crime": a head, then what it fights
    headed = any(w.lower() in ORG_HEADS | _PLURAL_HEADS for w in words[:-1])
    if headed and (BODY_LINKS_INTO & set(words) or "against" in words):
        return ORGANISATION  # "Joint Council for the Welfare of Immigrants", "National Institutes of Health"
    if any(w.lower() in CENTRES and after == "for" for w, after in zip(words, words[1:], strict=False)):
        return ORGANISATION  # "Vienna Centre for Disarmament", "Centre for Irish and Scottish Studies"
    if firm_by_trade(words):
        return ORGANISATION  # "Barclays Capital", "Cisco Systems", "Dow Chemical"
    if folded in places():
        return PLACE
    if len(words) >= 2 and words[-1].lower() in thing_heads() and not _given_name_and_day(words):
        return None  # "Roman Empire", "Revolutionary War", "Summer Olympic Games": no one's name
    if len(words) >= 2 and singular_of(words[-1]) in MEMBERS and " ".join(words[:-1]).lower() in places():
        return None  # a party's members from a place, a description: "the Ohio Republicans"
    if care_home(words):
        return PLACE  # "Sunnyside Care Home", "Kincora Boys' Home": a home for children or the old
    if len(words) >= 2 and words[-1].lower() in CENTRES and WORK_OF_A_BODY & {w.lower() for w in words}:
        return ORGANISATION  # a centre for work, not a building: "Pew Research Center", "Tax Policy Center"
    if team(words):
        return ORGANISATION  # "Pittsburgh Pirates", "Boston Red Sox": a club named by its town
    return UNDECIDED


def _a_place_by_its_head(words: list[str], folded: str, honorific: str | None) -> Kind:
    """Say whether a name is a place's by its head, or a people's, a title's or a group's words."""
    opening, closing = place_heads()
    if (
        len(words) >= 3
        and words[-1].lower() in closing
        and (
            nation_before_a_known_body(words)
            or words[0] == "International"
            and body_name(" ".join(words[1:])) is not None
        )
    ):
        # "Palestinian Red Crescent", "International Red Crescent": the table's body, no crescent
        return ORGANISATION
    if (
        len(words) == 2
        and DOTTED_INITIALS.fullmatch(words[0])
        and words[0].lower() not in places()
        and not country_code(words[0])
        and words[1].lower() in closing
    ):
        return PERSON  # "chairman B.B. Lane": initials before a surname that heads places too
    if len(words) >= 2 and (words[0].lower().rstrip(".") in opening or words[-1].lower() in closing):
        # "Fort Lee", "Hudson River", "Shah Mosque"; a people from there is no place: "Puerto
        # Rican", "San Franciscans".
        return None if words[-1].lower() in nationalities() or demonym(folded) else PLACE
    if len(words) >= 3 and words[1] == "of" and words[0].lower() in _HEAD_OF_A_PLACE:
        return PLACE  # "Bay of Bengal", "Sea of Japan", "Palace of Westminster": a place's head, then whose
    building = words[-3].lower() if len(words) >= 4 and words[-2] == "of" else ""
    if building in closing and building not in ORG_HEADS:
        return PLACE  # "Metropolitan Museum of Art", "Church Museum of History": a building, then what of
    last = words[-1].lower()
    if len(words) >= 2 and (
        # A group of people: "UK Muslims", "Labour MPs", "two New York DJs".
        (last.endswith("s") and last[:-1] in nationalities())
        or _PLURAL_INITIALS.fullmatch(words[-1]) is not None
        or (
            # A title after words that are no first name, or after a place: "German
            # Chancellor", "Senior MPs", "Virginia Governor".
            (last in TITLE_WORDS or last.endswith("s") and last[:-1] in TITLE_WORDS)
            and (
                all(common_or_national(w) or w.lower() in MEMBERS for w in words[:-1])
                or " ".join(words[:-1]).lower() in places()
            )
        )
    ):
        return None
    if nation_before_a_known_body(words):
        return ORGANISATION  # "the Italian Treasury", "Irish Labour": a nation's own body the table names
    if len(words) == 2 and words[0] in ("Al", "El") and _arab_town(words[1].lower(), folded):
        return PLACE  # "Al Mukalla", "Al Wakrah": Arabic's article before a town abroad, not "Al Davis"
    if len(words) >= 2 and words[-1] == "State" and _federated(" ".join(words[:-1]).lower()):
        return PLACE  # "Lagos State", "Kano State": a federation's state, not a town's thing
    if len(words) == 2 and words[1] == "State" and words[0].lower() in nationalities():
        return ORGANISATION  # "the Argentine State presents predatory behavior": a nation's state
    if _described(words):
        return None  # "California Driver", "Danish Boy", though a first name opens them
    if demonym(folded) or any(_COMPOUNDING.match(w) for w in words):
        return None  # "New Yorkers", "Trans-Pacific Partnership", "Anglo-Irish Agreement": no one's name
    if (
        last in nationalities()
        and last not in english_words()
        and words[0].lower() not in familiar_first_names()
    ):
        # "Sri Lankan", "London Irish": a people, though "Sri" is a first name somewhere;
        # "Bill English" is someone, and so are "Cornel West" and "Douglass North".
        return None
    return UNDECIDED


def _by_first_names_and_initials(words: list[str], folded: str, honorific: str | None) -> Kind:
    """Say whether a name is someone's by a first name or initials, or a body's by its initials."""
    if (
        # Longer runs that open with a first name are title-case text: "Paul Ryan Joins Growing List".
        2 <= len([w for w in words if w.lower() not in CONNECTORS]) <= 4
        and words[0].lower() in first_names()
        and words[0][:1].isupper()  # a run's article is no first name: "for the IBM PC"
        # Initials before words in lower case are a body's, though a first name's letters: "FIA Lahore Zone".
        and _named_as_people_are(words)
        # ... as three capitals before a name in mixed case are, though a first name's: "EVA of Taiwan".
        and not (len(words[0]) > 2 and words[0].isupper() and "of" in words and not words[-1].isupper())
        and words[-1].lower() not in FUNCTION_WORDS - MONTH_NAMES
        and "for" not in words  # no one's name holds "for": "Vienna Centre for Disarmament"
        and words[-1] != "State"  # nor ends with "State": "Bui State", "Kent State"
        and not model_s_letters(words)  # "Astra GSI", "Mac OSX", "Harry Potter DVD": a thing's
        # A word of the dictionary before another opens a name only as a first name known
        # in Britain, Ireland or the US: "Will Smith", not "Five Live", "Go Digital" nor
        # "Cairn Energy", rare first names somewhere; "Josh Abramovich" has a surname.
        and (
            words[0].lower() in familiar_first_names()
            or words[0].lower() not in english_words()
            or words[-1].lower() not in english_words()
        )
    ):
        return PERSON
    if 2 <= len(words) <= 3 and DOTTED.fullmatch(words[0]) and not abbreviates_a_name(words[0]):
        return PERSON  # initials for a first name: "J.J. MacNab"
    if 3 <= len(words) <= 4 and all(_initial(w) for w in words[:-1]) and words[-1].istitle():
        return PERSON  # initials apart, then a surname: "K. P. S. Gill", "S. G. Chandak", "N S Andres"
    if len(words) == 2 and _initial(words[0]) and unlisted_surname(words[1]):
        return PERSON  # an initial, then a surname no dictionary holds: "R Saravanan", "J. Patel"
    if 3 <= len(words) <= 4 and INITIAL.fullmatch(words[0]) and words[1].lower() in first_names():
        return PERSON  # an initial, then a first name: "J. Edgar Hoover", "K. Michael Stevens"
    if (
        len(words) == 3
        and INITIAL.fullmatch(words[0])
        and all(w.istitle() and w.lower() not in english_words() | places() for w in words[1:])
    ):
        return PERSON  # ... or two names no list knows: "K. Chandrashekar Rao", "N. Chandrababu Naidu"
    # Not counting a son's suffix: "Rossie D. Alston Jr.".
    named = words[:-1] if len(words) == 4 and words[-1].rstrip(".") in GENERATIONS else words
    if (
        len(named) == 3
        and INITIAL.fullmatch(named[1])
        and all(w.istitle() and w.lower() not in english_words() for w in (named[0], named[2]))
    ):
        return PERSON  # a middle initial between names: "Lauralee B. Riedell", though no list knows her
    if len(words) > 1 and words[-1].lower() in COMPASS and folded in towns():
        return PLACE  # "Palmerston North": a town's name, though the point ends a region's adjective
    if words[0].lower() in nationalities() or words[-1].lower() in nationalities():
        return None  # "American YouTube", "Theravada Buddhist": no one's name
    if (
        len(words) == 2
        and BARE_INITIALS.fullmatch(words[0])
        and not country_code(words[0])
        and not term_initials(words[0])
        and country_or_continent(words[1].lower())
    ):
        return ORGANISATION  # "BBC Wales", "CITIC Pacific": a body's arm in a country, by its initials
    if (
        len(words) == 2
        and 3 <= len(words[0]) <= 5
        and words[0].isupper()
        and words[0].isalpha()
        and not country_code(words[0])
        and not term_initials(words[0])
        and words[0].lower() not in TITLE_WORDS
        and words[0] not in POLICE_RANKS
        and words[0].lower() not in organisations()  # "JPL Stardust": a known body's mission
        and words[0].lower() not in places()
        and words[0] not in state_codes()  # "NY Brooklyn": a state's code
        and words[0] not in _SHIPS_AND_BASES  # "CSS Florida": a ship
        and words[1].istitle()
        and words[1].isalpha()
        and words[1].lower() not in english_words()
        # "SBC Warburg", "BNP Paribas", "ABN Amro": initials, then a name no list holds; "NAC
        # Breda", "PSV Eindhoven": a club's, then its town (three letters: "DH Lawrence" is his)
        and (
            words[1].lower() in towns()
            or words[1].lower() not in places()
            and words[1].lower() not in first_names()
        )
    ):
        return ORGANISATION
    return UNDECIDED


def _left_unknown(words: list[str], folded: str, honorific: str | None) -> Kind:
    """Say whether capitalised words no list types are still a name: not the dictionary's, partners'."""
    if dictionary_words(words):
        return None  # "Death Row", "Online Vendor": capitalised words of the dictionary
    # "Abdulrahman al-Qahtani": an Arabic article opens a surname in lower case.
    # "Jan-Willem de Vries", "Hendrik van der Berg": a Dutch or Romance particle inside it, not
    # counted, after a given name; not "Penon de Coron", "Terre de Haut", "Aguas de Barcelona".
    inside = sum(w in NAME_PARTICLES for w in words[1:-1]) if named_with_a_particle(words) else 0
    if len(words) - inside <= (5 if arabic_article_inside(words) else 3) and all(
        w[0].isupper()
        and not w.isupper()
        or PARTICLE.match(w)
        or inside
        and 0 < k < len(words) - 1
        and w in NAME_PARTICLES
        for k, w in enumerate(words)
    ):
        return "unknown"
    if (
        3 <= len(words) <= 6
        and words[-2] == "&"
        and all(w[0].isupper() and not w.isupper() for w in words if w != "&")
        # Two words are a work's or a kind's ("Body & Soul", "Black & White"), and places are
        # places ("Serbia & Montenegro"); `_partners` leaves two first names out ("Bonnie & Clyde").
        and not all(w.lower() in english_words() for w in words if w != "&")
        and not any(w.lower() in places() for w in words if w != "&")
        and words[0] not in _STREET_ABBREVIATIONS  # "N 44th St & Tatum": a crossing
    ):
        # "Marsh & McLennan", "Smith & Nephew", "Kleiner Perkins Caufield & Byers": partners'
        # names, a firm's by the text
        return "unknown"
    if (
        model_s_letters(words)
        and words[0].lower() in first_names()
        and not ORG_HEADS & {w.lower() for w in words}
    ):
        # "Astra GSI", "France HLM": no one's, but what the text says ("housing group"); not a
        # body's name and its initials after it ("Kenya News Agency KNA"), which the run divides.
        return "unknown"
    return UNDECIDED


#: The stages of `kind_of`, in the order the decisions were written.
_STAGES = (
    _settled_first,
    _a_body_by_its_form,
    _named_as_abroad,
    _no_name_or_a_firm,
    _a_place_by_its_name,
    _a_body_by_its_head,
    _a_place_by_its_head,
    _by_first_names_and_initials,
    _left_unknown,
)


def a_people(word: str) -> bool:
    """Tell whether a plural word is people of a nation, region or faith: "Americans", "Kurds", "Jews"."""
    if not word.endswith("s"):
        return False
    one = word[:-1].lower()
    return one in nationalities() or one + "ish" in nationalities() or one + "ian" in nationalities()


def a_place(name: str) -> bool:
    """Tell whether a name is a known place's or has a place's head: "Fort Lee", "Cliffside Park"."""
    words = name.lower().split()
    opening, closing = place_heads()
    return name.lower() in places() or len(words) > 1 and (words[0] in opening or words[-1] in closing)


def a_body(name: str) -> bool:
    """Tell whether a name is a body the table knows or ends with a body's head: "Yahoo", "Acme Inc"."""
    return body_name(name) is not None or " " in name and name.rsplit(" ", 1)[-1].lower() in ORG_HEADS
