"""Tell words capitalised because they open a sentence or a title from the names they open."""

from __future__ import annotations

import re
from functools import cache

from .gazetteers import (
    HONORIFICS,
    LEGAL_FORMS,
    ORG_HEADS,
    a_country,
    body_name,
    english_words,
    famous_people,
    first_names,
    legal_form,
    nationalities,
    organisations,
    place_heads,
    places,
    roles,
)
from .words import (
    BUSINESS_KINDS,
    DASH_TO_A_NAME,
    EVENT_OPENERS,
    FUNCTION_WORDS,
    HEADS_AND_CENTRES,
    NAME_ADJECTIVES,
    TITLE_WORDS,
    Mention,
    Token,
    capital_word,
    clean_token,
    opens_sentence,
    plural_of_a_word,
    singular_of,
)

#: Plurals that open a sentence before "of" and a name, and are no part of it.
_OPENING_PLURALS = frozenset(
    "shares stocks customers fans supporters residents thousands hundreds dozens millions employees "
    "staff workers shareholders investors users officials leaders relatives "
    # ... and what is counted of a body: "Results of Major League", "Sales of Acme Corp".
    "results standings scores fixtures details sales profits earnings".split()
)


#: Those who act for someone, opening a sentence before "for" and the name: "Lawyers for Purdue".
_COUNSEL = frozenset(
    "lawyers attorneys solicitors barristers counsel spokesmen spokeswomen spokespeople".split()
)


def capitalised_to_open(text: str, run: list[Token]) -> bool:
    """Tell whether a run's first word is a common word capitalised only because it opens a sentence.

    "Sure Robbie", "Either PCs", "Teenager Sania Mirza": a dictionary word, no first name,
    before a word no dictionary holds; not a title ("Prime Minister Tony Blair", "Chancellor
    Gordon Brown"), nor a body or a place the tables know ("Virgin Atlantic", "New York").
    """
    if len(run) < 2:
        return False
    words = [
        clean_token(t)[0] for t in run
    ]  # "South Korea's", "Plaid Cymru,": the names as the tables hold them
    folded, second = words[0].lower(), words[1].lower()
    if _labelled(words) and opens_sentence(text, run[0][1]):
        return True
    if folded in _OPENING_PLURALS and second == "of" and opens_sentence(text, run[0][1]):
        return True  # "Shares of Evergrande were suspended", "Thousands of Rohingya fled"
    if (
        folded in _COUNSEL
        and second == "for"
        and len(words) > 2
        and words[2].lower() not in english_words()
        and opens_sentence(text, run[0][1])
    ):
        return True  # "Lawyers for Purdue Pharma told"; "Lawyers for Human Rights" is a body
    if (
        second == "for"
        and len(words) > 3
        and legal_form(words[-1])
        and folded in english_words()
        and folded not in HEADS_AND_CENTRES
        and singular_of(folded) not in HEADS_AND_CENTRES
        and folded not in first_names()
        # A name, not what a body works for: "Citizens for Tax Justice Inc" is one.
        and capital_word(words[2])
        and (
            (third := words[2].lower()) not in english_words()
            or third in nationalities()
            or third in places()
        )
        and opens_sentence(text, run[0][1])
    ):
        return True  # "Demand for Texaco Inc rose": a firm's name, its legal form last, after "for"
    if _opens_a_known_name(words) and opens_sentence(text, run[0][1]):
        return True  # "Enough European Community states", "Potential American Motors buyers"
    # The word lists first, the text around the run last: most runs fail early and cheaply.
    return (
        folded in english_words()
        and len(folded) > 1  # "G Thomas" of a line-up: an initial, though "g" is the dictionary's
        and folded not in first_names()
        and folded not in NAME_ADJECTIVES
        and folded not in TITLE_WORDS
        and folded not in HONORIFICS
        and folded not in place_heads()[0]  # "Fort Lee"
        and folded not in EVENT_OPENERS  # "Hurricane Ian made landfall"
        and second not in english_words()
        and second not in places()  # "Virgin Atlantic"
        and second.rstrip(".") not in LEGAL_FORMS  # "Aluminum Co of America": the firm's word
        # What follows stands as a name of its own: a first name, a body the table knows or
        # initials ("Te Imi Moriori", "Tame Horomona Rehe" are names all through).
        and (
            second in first_names()
            or second in organisations()
            or second in famous_people()  # "Describe Einstein’s view"
            or words[1].rstrip("s").isupper()
            and singular_of(second) not in TITLE_WORDS  # not "Senior MPs"
        )
        and f"{folded} {second}" not in roles()
        and singular_of(words[-1].lower()) not in ORG_HEADS  # "Allied Irish Banks", "Screen International"
        and not any(
            " ".join(words[:k]).lower() in places() or " ".join(words[:k]).lower() in organisations()
            for k in range(1, len(words) + 1)
        )
        and opens_sentence(text, run[0][1])
    )


def _opens_a_known_name(words: list[str]) -> bool:
    """Tell whether a sentence's word of quantity or kind comes before a body or a place the tables know.

    "Enough European Community states", "Total Bahia sales", "Spot Illinois meal", "Several
    U.S. banks"; a closed list, as a noun before a place opens many a body's name no table
    holds ("Security Pacific", "Investment Canada", "Athletics Kenya").
    """
    if words[0].lower() not in _QUANTITIES:
        return False
    rest, whole = " ".join(words[1:]), " ".join(words).lower()
    return (
        (body_name(rest) is not None or rest.lower() in places())
        and whole not in places()
        and whole not in organisations()
    )


#: Words of quantity, of a price's terms or of rank that open a sentence before a name.
_QUANTITIES = frozenset(
    """
    enough several many most some all both few other overall total spot prompt fob top senior
    potential current recent further major leading rival key possible likely estimated
    """.split()
)


def _labelled(words: list[str]) -> bool:
    """Tell whether a run opens with a label for the name after it: "Bookmakers Ladbrokes", "Insurer Aviva".

    A kind of business, or people in the plural, before a word no dictionary holds: the
    label opens the sentence, the name follows. Not a name of words ("Friends Provident"),
    nor a plural that names no one who does something ("Wells Fargo").
    """
    folded, second = words[0].lower(), words[1].lower()
    return (
        (
            folded in BUSINESS_KINDS
            or folded == "see"  # "See Klenk (2019)": a reference's cue, then its author
            or _AGENTS.search(folded) is not None
            and plural_of_a_word(folded)
        )
        and folded not in first_names()
        and singular_of(folded) not in ORG_HEADS | place_heads()[0] | TITLE_WORDS
        and words[1].isalpha()
        and second not in english_words()
        # Not a plural a firm is named with: "Manufacturers Hanover Corp", a place's name and a
        # form after it; "Insurer Norwich Union" is a label still.
        and not (
            folded not in BUSINESS_KINDS
            and second in places()
            and singular_of(words[-1].rstrip(".").lower()) in ORG_HEADS
        )
        and f"{folded} {second}" not in organisations()
    )


#: Contractions of a pronoun or a negation, which open or join no name: "I've", "Don't".
_CONTRACTED = re.compile(r"(?:I|[Yy]ou|[Ww]e|[Tt]hey|[Ii]t|[Dd]on|[Cc]an|[Ww]on)['’](?:ve|m|ll|d|re|s|t)")


def contracted(words: list[str]) -> bool:
    """Tell whether a run holds a contraction of a pronoun or a negation: "I'll Stand", "Kevin I'd"."""
    # An apostrophe first: most names hold none, and those that do are few.
    return any(("'" in word or "’" in word) and _CONTRACTED.fullmatch(word) for word in words)


def ing_form(word: str) -> bool:
    """Tell whether a word is a verb's -ing form, which opens a title ("Finding Neverland") and no name."""
    folded = word.lower()
    return (
        len(folded) > 5
        and folded.endswith("ing")
        and folded in english_words()
        and folded not in first_names()
        and folded not in places()
        # "finding" from "find", "saving" from "save", "running" from "run"
        and any(stem in english_words() for stem in (folded[:-3], folded[:-3] + "e", folded[:-4]))
    )


#: The plural of someone who does something: "bookmakers", "analysts", "compatriots".
_AGENTS = re.compile(r"(?:er|or|ist|ant|ent|ian|ot)s$")

#: Participles that open firms' names: "Allied Dunbar", "Consolidated Goldfields", "Applied Materials".
FIRM_PARTICIPLES = frozenset(
    "allied associated consolidated federated advanced integrated combined amalgamated applied diversified"
    " chartered incorporated affiliated automated distributed specialized specialised".split()
)
#: Participles that open bodies' names, no description of one: the firms', and "United Nations",
#: "Armed Forces", "Reformed Church", "Wounded Warrior Project".
NAME_PARTICIPLES = FIRM_PARTICIPLES | frozenset(
    "limited unified registered licensed united armed reformed disabled retired wounded sealed certified"
    " guaranteed insured assured preferred".split()
)


def participle(word: str) -> bool:
    """Tell whether a capitalised word is a participle of the dictionary, no body's opener: "Beleaguered"."""
    folded = word.lower()
    return (
        folded.endswith("ed")
        and word[1:].islower()
        and folded in english_words()
        and folded not in first_names()
        and folded not in NAME_PARTICIPLES
    )


def described_country(text: str, run: list[Token]) -> bool:
    """Tell whether a sentence opens with a participle or a compound that describes the country after it.

    "Landlocked Nepal", "War-torn Somalia", "Cash-strapped Russia"; not a body's name ("Air
    France", "Statistics Canada"), a word that opens places' names ("United Kingdom",
    "Northern Ireland"), nor a word within a sentence.
    """
    first = run[0][0]
    compound = (
        "-" in first
        and first[1:].islower()  # "War-torn", which `istitle` refuses
        and all(part in english_words() for part in first.lower().split("-"))
        and first.lower() not in first_names()
    )
    return (
        (participle(first) or compound)
        and a_country(" ".join(t[0] for t in run[1:]))
        and _opening_description(text, run)
    )


def described_name(text: str, run: list[Token]) -> bool:
    """Tell whether a sentence opens with a participle that describes the one name after it.

    "Beleaguered Marconi said", "Jailed Yukos boss"; not a participle that opens bodies'
    names ("Allied Domecq", "Consolidated Freightways"), nor before a word of the dictionary
    ("Applied Materials").
    """
    rest = run[-1][0]
    return (
        len(run) == 2
        and participle(run[0][0])
        and rest[:1].isupper()
        and rest.lower() not in english_words()
        and _opening_description(text, run)
    )


def _opening_description(text: str, run: list[Token]) -> bool:
    """Tell whether a run's first word opens its sentence and no name of a place or a body the tables hold."""
    whole = " ".join(t[0] for t in run).lower()
    return (
        run[0][0].lower() not in _place_openers()
        and whole not in organisations()
        and whole not in places()
        and opens_sentence(text, run[0][1])
    )


@cache
def _place_openers() -> frozenset[str]:
    """Return the first words of the places the gazetteer names in several words: "new", "latin"."""
    return frozenset(place.split()[0] for place in places() if " " in place)


#: The word after a name, which may be the noun it qualifies: "the Ray Charles biopic".
_NEXT_WORD = re.compile(r" ([a-z][a-z-]*)\b")
_THE_ENDING = re.compile(r"\b[Tt]he\s+$")
#: Verbs' irregular past, no noun a name qualifies: "the Hang Seng fell", "the Royal Scots won".
_PAST = frozenset(
    "fell rose said won lost beat went came took made gave told ran held left met paid sold bought led "
    "set hit grew began became broke brought built chose drew drove fought found kept knew meant put "
    "sent sought spent stood struck swore threw wrote".split()
)
_CAPITAL_NEXT = re.compile(r" [A-Z0-9]")


def the_before(text: str, mention: Mention) -> bool:
    """Tell whether "the" stands right before a name that qualifies no noun after it."""
    if mention.honorific or mention.titles or "&" in mention.text:
        return False  # "the Rev Jesse Jackson"; "the Johnson & Johnson board", a firm the cast reads
    words = mention.words
    if "of" in words and " ".join(words[words.index("of") + 1 :]).lower() in places():
        return False  # "the Sultan of Brunei": an office, which keeps its place
    if _THE_ENDING.search(text, max(0, mention.start - 5), mention.start) is None:
        return False
    if _CAPITAL_NEXT.match(text, mention.end) or DASH_TO_A_NAME.match(text, mention.end):
        return False  # "the George Floyd Justice in Policing Act": a name inside a longer one
    if text.startswith("-", mention.end):
        return False  # "the Carl C. Icahn-led TWA": the name governs a participle that qualifies the noun
    after = _NEXT_WORD.match(text, mention.end)
    # "the Royal Highland Fusiliers would merge", "the Klan quickly": a verb or an adverb after.
    return after is None or after[1] in FUNCTION_WORDS or after[1].endswith(("ly", "ed")) or after[1] in _PAST
