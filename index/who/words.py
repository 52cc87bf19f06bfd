"""Read words: tokens, the patterns of a name's words, and what the word lists say of a few words."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field

from ..when.datewords import NUMBER_WORDS
from .gazetteers import (
    COMPANY_HEADS,
    FIRM_HEADS,
    LEGAL_FORMS,
    OPENING_ORG_HEADS,
    ORG_HEADS,
    a_country,
    body_name,
    common_first_names,
    countries,
    demonym,
    english_words,
    familiar_first_names,
    first_names,
    fold_quotes,
    nationalities,
    offices_of,
    organisations,
    place_heads,
    place_names,
    places,
    roles,
    terms,
    towns,
    us_states,
)

PERSON, ORGANISATION, PLACE = "person", "organisation", "place"
#: A title of a work or a thing ("The Da Vinci Code"): found so that it is not read as a name.
WORK = "work"

#: Words capitalised only because they start a sentence or a title, never names.
FUNCTION_WORDS = frozenset(
    """
a an the and but or so yet if in on at by for from to of with without into onto over under after
before since until while when where why how what who whom whose which that this these those there
here it its he she they we you i his her their our your my me him them us as is was were be been
has have had do does did not no yes now then also just only even still already mr mrs ms
are am could would should shall might must whether unless whereas whilst
meanwhile however although though despite during about around across along among between
whatever whoever whichever wherever whenever
last next first second new former latest earlier later today yesterday tomorrow according
speaking asked answering responding updating nevertheless nonetheless instead indeed overall
furthermore moreover therefore thus hence consequently accordingly likewise similarly otherwise additionally
some many most more other another each every all both any such one two three four five
monday tuesday wednesday thursday friday saturday sunday exclusive breaking watch read
beyond against within through throughout towards toward upon behind amid like unlike
inside outside beneath beside alongside near
hey hi hello thanks please sorry goodbye congratulations neither either nor
""".split()
) | (
    MONTH_NAMES := frozenset(
        "january february march april may june july august september october november december".split()
    )
)
#: A word's letters: Latin ones with their accents, Latin-1 and the Extended blocks: "Łódź",
#: "Ličen", "Erdoğan".
LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿ"

#: A name a figure opens, then capitals: "1MDB", "6PR"; not a unit or a time ("2GB", "3PM").
_DIGIT_LED = re.compile(r"\d([A-Z]{2,4})")
_UNITS = frozenset(
    "GB MB TB KB PM AM WD ST ND RD TH KM MP KG MW GW KW HP HZ GHZ MHZ KHZ DS FA PT CM MM ML BN MN BC AD TV"
    " MPH KPH LBS OZ FT YD HR HRS MIN SEC CC XL".split()
)

#: Words that join a name's capitalised words: "Bank of England", "Universidade da Coruña",
#: "Coahuila y Texas", "Leonardo da Vinci".
CONNECTORS = frozenset(
    "of & and for the de van von bin binti ibn bint ap al du la le da do dos das del della di des der den y"
    " dello dei degli delle".split()
)

#: Small words inside a Romance body's name, which English names do not bridge.
ROMANCE_LINKS = frozenset("a al e en para per pour sur et und für zur zum las los el".split())
ROMANCE_ARTICLE_WORDS = frozenset("la las los le les il lo gli".split())

#: Words inside a body's name after its head: "Council for the Welfare of", "Committee on".
BODY_LINKS = frozenset({"for", "on", "of"})

#: The words after a head that go on with the body's name, "into" after an inquiry's.
BODY_LINKS_INTO = BODY_LINKS | {"into"}

#: Words that close a place's or a paper's name but are surnames too: "Hudson River Park", "Fiona Hill",
#: "Emily Post".
SURNAME_HEADS = frozenset(
    "hill hills park church street lane grove castle bridge forest beach temple chambers banks dales downs "
    "springs field steel press post".split()
)

#: Suffixes that tell a son from his father ("Jr"), not surnames.
GENERATIONS = frozenset({"Jr", "Sr", "III", "IV"})

#: Offices no one bears as a surname, which end no full name and close a title before one:
#: "Lilly Chairman", "Tory MP", "Philippine President".
OFFICES = frozenset(
    "chairman chairwoman president secretary mp msp mep minister spokesman spokeswoman spokesperson "
    "director ceo commissioner senator congressman congresswoman premier ambassador envoy".split()
)
#: Words in -ly that open names as often as sentences: "Daily Kos", "Holy See", "Early Day Motion".
NAME_ADJECTIVES = frozenset("daily weekly monthly yearly holy early family jolly friendly only".split())
#: Words that qualify a title after a body's name: "FBI Assistant Director", "NASA Acting Administrator".
QUALIFIERS = frozenset(
    "acting deputy assistant associate interim former senior principal special vice temporary".split()
)
#: Members of a party, which a place before them describes: "Ohio Republican", "Texas Democrat".
MEMBERS = frozenset(
    "republican democrat democratic conservative liberal tory labour socialist lib dem".split()
)
#: A legislature's chambers, which "and" joins as two: "the House and Senate".
CHAMBERS = frozenset("house senate congress commons lords parliament assembly".split())
#: Words that open the name of an operation or a storm, which is no one's: "Operation Yewtree".
EVENT_OPENERS = frozenset("operation hurricane typhoon cyclone storm".split())
#: Plurals after a place that name its people or its events, not a club: "Wales Students",
#: "Edinburgh Lectures", "Tokyo Marathons".
_NO_CLUBS = frozenset(
    "student fan voter resident worker people dj year day night game olympic championship award lecture "
    "marathon nation seven series dream".split()
)
#: Words that make a centre a body at work rather than a building.
WORK_OF_A_BODY = frozenset(
    "research policy legal law studies survey rights justice progress health warning prediction forecasting "
    "hurricane weather disease cancer cyber security crime intelligence counterterrorism monitoring "
    "documentation exploitation abuse protection safeguarding fraud trafficking prevention cybercrime "
    "cybersecurity crimes investigation coordination enforcement advocacy offences offenses rape".split()
)
POSSESSIVE = re.compile(r"['’]s?$")
#: Role titles that may stand capitalised before a name: one-word roles and the heads of
#: longer ones ("secretary", not "home" or "shadow"); not a role named for what it heads,
#: whose last word is no title ("commissioner of police").
TITLE_WORDS = frozenset(role.split()[-1] for role in roles() - offices_of())


@dataclass
class Mention:
    """A name found in text, with its kind, its span and what stood before it."""

    text: str
    kind: str
    start: int
    end: int
    honorific: str | None = None
    titles: list[str] = field(default_factory=list)
    #: Found by a trained model, which names people by one word too ("Einstein").
    model: bool = False
    #: A share's code in brackets ("<NSC>", "(INTC.O)"): a firm's only where the source spells it.
    code: bool = False
    #: The model's kind for a name of several words the rules read but left untyped: the cast's last resort.
    guess: str | None = None

    @property
    def words(self) -> list[str]:
        """Return the words of the name."""
        return self.text.split()


Token = tuple[str, int, int]  # word, start, end


class Undecided(enum.Enum):
    """A stage's answer that leaves the name to the next stage."""

    UNDECIDED = enum.auto()


#: What a stage answers when its rules say nothing of a name.
UNDECIDED = Undecided.UNDECIDED

#: An age set off after a name, as court reports write it: ", 36,", ", aged 45,".
SET_OFF_AGE = r",\s+(?:aged\s+)?\d{1,3},"


#: Someone a court, an inquiry or a case review keeps anonymous: "Girl A", "Witness B",
#: "Child 12", "Victim 3"; not "Man U", "Plan B" nor "Type 2".
# No "\b" first: the scan runs over every paragraph, and a boundary first makes it five
# times slower; `_anonymised` checks the character before.
ANONYMISED = re.compile(
    r"(?:Girl|Boy|Child|Witness|Victim|Complainant|Survivor|Patient|Person|Officer|Woman|Mother|Father|"
    r"Defendant|Suspect|Pupil|Teacher|Worker|Resident)\s+(?:[A-Z]|\d{1,3})\b(?![\w-]|\.\w)"
)


def surname_in_capitals(words: list[str]) -> bool:
    """Tell whether a lone word in capitals is a surname as transcripts write it ("KELLY"), no initials."""
    return len(words) == 1 and len(words[0]) >= 4 and words[0].isupper() and body_name(words[0]) is None


#: What "and" joins to a firm's name, no name of its own: "and Co Inc", "and Sons".
AND_COMPANY = LEGAL_FORMS | frozenset(
    "cos company companies sons son bros brothers partners associates".split()
)
#: What names a firm of partners' arm in a trade after its "and Co": "Simmons and Co Finance".
ARMS_IN_TRADE = COMPANY_HEADS | frozenset(
    "finance financial capital international holdings investment trading leasing management".split()
)

#: A baseball league's class, which opens a club's run: "Triple-A", "High-A", "Class AA".
LEAGUE_CLASS = re.compile(r"(?:Triple|Double|Single|High|Low|Class)-A{1,3}")

#: Months written short, as wire stories date things: "Jan. 31", "Aug 4".
SHORT_MONTHS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())

#: A region's kind in the plural after a list of their names: "Oxford and Somerset counties".
REGIONS_AFTER_A_LIST = re.compile(r"(?<=[a-z]) (?:counties|parishes|provinces|boroughs)\b")

#: Money lent and borrowed outside its own country: "Eurobonds", "Euro-dollars", "Euroyen".
EURO_MARKETS = re.compile(
    r"euro-?(?:bond|debt|dollar|yen|mark|sterling|franc|currenc(?:y|ies)|note|market|deposit)s?"
)

#: Initials that make a name a football club's, before or after its town: "FC Basel", "Chelsea FC".
CLUB_INITIALS = frozenset("FC AFC CF SV VfB VfL FK NK SK CD RCD BSC TSG SSC".split())

#: What a publication is, right after its name: " magazine", " newspaper"; not " paper", which is
#: also what a scholar writes ("the Smith paper").
PUBLICATION_AFTER = re.compile(r" (?:magazine|newspaper|tabloid|newsletter)\b")

#: "a" just before a name: one of a kind, as no body is ("a VBIED", "an MLP", "a Hybrid Organization").
A_JUST_BEFORE = re.compile(r"\b[Aa]n? $")

#: A year as works are cited: "2010", "2010a".
YEAR_DIGITS = r"(?:1[5-9]|20)\d\d"
YEAR = rf"{YEAR_DIGITS}[a-z]?"


def initial_in_a_list(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether a dotted initial opens a surname in brackets or a list: "(P. Simmons 4-38)".

    A scorecard's and a team sheet's way, whatever the surname ("Smith", "Austin"); after
    a word, a capital and a stop end a sentence ("he took vitamin C. Michael Jordan"), but
    not after a title or a word that a name follows ("minister P. Chidambaram", "led by M.
    Karunanidhi", "secretary N.J. Bose", initials a state's too).
    """
    if j != i + 1 or not DOTTED_INITIALS.fullmatch(tokens[i][0]):
        return False
    surname = tokens[j][0].rstrip(".,;:")
    if (
        not capital_word(surname)
        or surname.isupper()
        or day_or_month(surname.lower())
        or f"{tokens[i][0]} {surname}".lower() in places()  # "S. Korea"
        or f"{tokens[i][0]}{surname}.".lower() in places()  # "Neal, W. Va.": a state
        or j + 1 < len(tokens)
        and capital_word(tokens[j + 1][0])  # "T. Boone Pickens": the usual rules
    ):
        return False
    before = text[: tokens[i][1]].rstrip()
    single = INITIAL.fullmatch(tokens[i][0]) is not None
    if not before:
        # A scorecard's line opens so ("B. Young c Moin Khan b Waqar 5"); a list item's letter
        # and its word alone do too ("A. Anasazi", "B. Cherokee"), and name no one.
        return single and bool(text[tokens[j][2] :].strip())
    if before[-1] in "(,;:":
        return single  # "Newark, N.J. Police": a state after its town
    word = before.rsplit(None, 1)[-1]
    if not single:
        # A country's or a body's initials stay theirs: "violation of U.S. Anti-trust laws".
        letters = tokens[i][0].replace(".", "")
        return word in roles() and not country_code(letters) and letters.lower() not in organisations()
    return word.islower() and (
        word in roles() or word in _BEFORE_AN_INITIAL and surname.lower() not in english_words()
    )


#: Words a name follows, which no sentence ends after on a letter: "led by M. Karunanidhi".
_BEFORE_AN_INITIAL = frozenset("by with from for of against under between including like said says".split())

#: Honorifics in the plural, before several surnames: "Messrs Smith and Jones".
_PLURAL_HONORIFICS = {"messrs": "mr", "mmes": "mrs", "drs": "dr", "profs": "prof"}


def plural_title(word: str) -> str | None:
    """Return the title a plural one is of, before several names: "senator" for "Senators"."""
    folded = word.lower().rstrip(".")
    if folded in _PLURAL_HONORIFICS:
        return _PLURAL_HONORIFICS[folded]
    if not word.istitle() or not folded.endswith("s") or folded in TITLE_WORDS:
        return None
    singular = singular_of(folded)
    return singular if singular in TITLE_WORDS and singular in _NAMING_TITLES else None


#: Titles whose plural heads a list of names: "Senators Kelly and Luján", "Justices Scalia and Thomas".
_NAMING_TITLES = frozenset(
    """senator justice judge president governor representative rep congressman congresswoman
    minister detective inspector constable sergeant officer general colonel commissioner mayor
    councillor councilman councilwoman professor doctor bishop cardinal ambassador chancellor""".split()
)


def opens_sentence(text: str, at: int) -> bool:
    """Tell whether a word at `at` opens the text or a sentence."""
    before = text[max(0, at - 12) : at].rstrip(" \"“‘'(")  # a few characters say it: no copy of the text
    # A blank line ends a paragraph (a source's paragraphs joined); one line break only wraps it.
    return (not before and at <= 12) or (
        bool(before)
        and (before[-1] in ".!?:" or before.endswith("\n\n") or _DATELINE_DASH.search(before) is not None)
    )


#: The dash that closes a wire's dateline, after its agency, its state or its town in capitals:
#: "(AP) — ", "Tulsa, Okla. - ", "LONDON -- ".
_DATELINE_DASH = re.compile(r"(?:\)|\.|\b[A-Z]{2,})\s+(?:-{1,2}|–|—)$")


def term_initials(word: str) -> bool:
    """Tell whether initials stand for a thing, in the singular or the plural ("RPGS")."""
    folded = word.lower()
    # "MPS" is the Metropolitan Police Service, not MPs: a plural only of longer initials.
    return folded in terms() or len(folded) >= 4 and folded.endswith("s") and folded[:-1] in terms()


#: Initials alone, as a body's: "NASA", "JPL".
BARE_INITIALS = re.compile(r"[A-Z]{3,6}")

#: Continents and an ocean a firm names its arm after, as it does countries: "Lycos Europe".
CONTINENTS = frozenset("europe asia africa america americas australasia pacific".split())


def country_or_continent(folded: str) -> bool:
    """Tell whether a name (lower case) is a country's or a continent's: "canada", "europe"."""
    return folded in CONTINENTS or folded in countries()


def known_whole(tokens: list[Token]) -> bool:
    """Tell whether tokens are the name of a body or a place the tables know."""
    return known_name(" ".join(t[0] for t in tokens).rstrip(".,"))


def known_name(name: str) -> bool:
    """Tell whether a name is a body's or a place's the tables know."""
    folded = name.lower()
    return folded in organisations() or folded in places()


POSSESSIVES = ("'s", "’s", "s'", "s’")

#: Words that open the name of a body named by a country's initials: "U.S. Supreme Court".
_BODY_OPENERS = frozenset(
    "supreme security federal central national secret special marine marines coast general human".split()
)

#: The heads of sporting events' names a country's initials open: "U.S. Open", "U.S. Masters".
EVENT_HEADS = frozenset("open opens championship championships masters classic cup".split())


def body_word(word: str) -> bool:
    """Tell whether a capitalised word is a body's head word, or opens one ("Security Council")."""
    return word.rstrip(".,").lower() in ORG_HEADS | _BODY_OPENERS


def place_written(tokens: list[Token]) -> bool:
    """Tell whether tokens, possessives and all, are a place's name: "People’s Republic of China"."""
    return fold_quotes(" ".join(t[0] for t in tokens).rstrip(".,").lower()) in places()


#: Lower-case words inside European names and bodies' names.
NAME_PARTICLES = frozenset("van von der den de da di du del della dos das ter ten la las los wa arap".split())
INITIAL = re.compile(r"[A-Z]\.")
#: A first name's and middle names' initials, with their stops: "J.", "W.R.", "H.C.F.".
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")

PARTICLE = re.compile(r"(?:al|el|ad|as|bin|ibn|abu)-[A-Z]|d['’][A-Z]")
DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


def past_the(tokens: list[Token], i: int) -> int:
    """Return where a run that starts at token i starts past an opening "The"."""
    return i + 1 if tokens[i][0] in ("The", "the") else i


#: Plurals whose possessive is "'s", which name whom a service is for: "Children's Services".
PLURAL_PEOPLE = frozenset("children women men people".split())


def title_s_possessive(word: str) -> bool:
    """Tell whether a word is a title's possessive, which names an office: "Attorney's"."""
    return word.endswith(("'s", "’s")) and word[:-2].lower() in TITLE_WORDS


def abbreviates_a_name(dotted: str) -> bool:
    """Tell whether dotted initials stand for a place or a body ("U.S.", "U.N.")."""
    return dotted.lower() in places() or dotted.replace(".", "").lower() in organisations()


def capital_word(word: str) -> bool:
    """Tell whether a word may open or go on a name: capitalised, or a figure before capitals."""
    # A code is no name: "US-75", "I-44", "COVID-19"; but a body the table names so is ("MI5").
    first = word[:1]
    if first.isupper():
        return len(word) > 1 and (not word[-1].isdigit() or word.lower() in organisations())
    # "1MDB", "6PR": a name a figure opens; not a unit or a time ("2GB", "3PM").
    return "0" <= first <= "9" and (led := _DIGIT_LED.fullmatch(word)) is not None and led[1] not in _UNITS


#: Words that name a part of a place: "East Africa", "Central America", "Sub-Saharan Africa".
COMPASS = frozenset(
    f"{side}{ending}"
    for side in ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
    for ending in ("", "ern")
) | {"central", "sub-saharan", "upper", "lower", "greater", "inner", "outer"}
#: Abbreviations whose full stop is part of a name as written: "St. Louis".
_KEPT_STOPS = {"St.", "Ste.", "Mt.", "Ft."}
#: Legal forms whose stop the name spans but its value leaves out: "Acme Co." is "Acme Co".
_SPANNED_STOPS = {"Co.", "Inc.", "Corp."}


def unlisted_given_name(word: str) -> bool:
    """Tell whether a word may be a given name no list holds: no word, place, people, title or body."""
    folded = word.lower()
    return (
        word.istitle()
        and word.isalpha()
        and folded not in english_words()
        and folded not in first_names()
        and folded not in places()
        and folded not in nationalities()
        and folded not in TITLE_WORDS
        and folded not in ORG_HEADS
        and folded not in organisations()
        and not demonym(folded)
        and folded.removesuffix("s") not in nationalities()  # "Belgians An Marchal"
        and not people_of_a_place(folded)  # "fellow Kentuckian Rand Paul"
    )


def people_of_a_place(word: str) -> bool:
    """Tell whether words (lower case) name a place's people: "kentuckian", "texan", "sierra leonean"."""
    for ending in ("ian", "an", "ite"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if any(stem + tail in places() for tail in ("", "a", "y", "e", "o", "as", "ia")):
                return True
    return False


def clean_token(token: Token) -> Token:
    """Return a token without the stops and the possessive that are no part of the name."""
    word, start, end = token
    if word in _KEPT_STOPS or word in ("ST.", "STE.") or INITIAL.fullmatch(word) or DOTTED.fullmatch(word):
        return token
    if word in _SPANNED_STOPS:
        # One value with or without the stop; the span keeps it, so what follows is read as
        # after the name: "Baoshan Iron and Steel Co. said".
        return word[:-1], start, end
    if word.endswith(".") and word.lower() in places():
        return token  # a state as wire stories abbreviate it: "Kalamazoo, Mich."
    # "She denies he is Mr Blunkett's."; "''ISIS''": two single quotes close a quotation.
    cleaned = POSSESSIVE.sub("", word.rstrip(".,").removesuffix("''"))
    return cleaned, start, start + len(cleaned)


def nationality_before_a_name(word: str) -> bool:
    """Tell whether a word is a nationality no common first name is: "Argentine", not "Christian"."""
    folded = word.lower()
    return folded in nationalities() and folded not in common_first_names()


def nation_words(words: list[str]) -> int:
    """Return how many words open a run as a nationality: "Argentine" 1, "West German" 2, else 0."""
    if len(words) > 2 and words[0].lower() in COMPASS and words[1].lower() in nationalities():
        return 2  # "West German", "North Korean", "South African": a side, then the nation
    return 1 if words and nationality_before_a_name(words[0]) else 0


def nation_before_a_known_body(words: list[str]) -> int:
    """Return where a nationality before a body the table knows ends, or 0: "German Bundestag"."""
    nation = nation_words(words)
    rest = " ".join(words[nation:])
    known = (
        nation
        and len(words) > nation
        and rest.lower() in organisations()
        and body_name(rest) is not None
        and " ".join(words).lower() not in organisations()
    )
    return nation if known else 0


#: Creeds capitalised before a body's name, which describe it ("the Islamist Hamas", "the
#: Marxist FMLN"); not those that open parties' names ("Communist Party", "Socialist Party").
CREEDS = frozenset("islamist marxist maoist leninist trotskyist jihadist salafist separatist".split())


def country_code(word: str) -> bool:
    """Tell whether a word is a country's initials in capitals: "US", "UK", "USA", "U.S."."""
    letters = word.replace(".", "")
    if not (letters.isupper() and 1 < len(letters) < 4 and word.lower() in places()):
        return False
    # A city's initials are no country's: "the LA Daily News" is one paper, "NYC Council" one body.
    return (place_names().get(word.lower()) or "").lower() not in towns()


#: A centre is a body's head word or a place's ("Vienna Centre for Disarmament", "Sage Centre").
CENTRES = frozenset({"centre", "center"})

HEADS_AND_CENTRES = ORG_HEADS | CENTRES


def first_and_a_town(word: str) -> bool:
    """Tell whether a word after "First" is a town, not a country: a bank's name ("First Boston")."""
    return word.istitle() and word.lower() in towns() and not a_country(word.lower())


def firm_as(words: list[str]) -> bool:
    """Tell whether "AS" ends a firm's name as its legal form: "Norske Skogindustrier AS".

    Norway's, Denmark's and Turkey's form; after a word in capitals it is the word "as"
    of a wire's headline ("PRICES STEADY AS").
    """
    return len(words) >= 2 and words[-1] == "AS" and words[-2][:1].isupper() and not words[-2].isupper()


def is_function_word(word: str) -> bool:
    """Tell whether a word is a function word: "us" is, "US" in capitals is a country."""
    folded = word.lower()
    if "-" in folded and all(part in NUMBER_WORDS for part in folded.split("-")):
        return True  # "Ninety-Four Citizen Airmen": a number in words, as "Four" alone is
    return folded in FUNCTION_WORDS and not country_code(word)


#: Trades capitalised before a firm's name, which no firm's name opens: "Carmaker", "Publisher".
TRADES_OPENING = frozenset(
    "carmaker automaker chipmaker drugmaker steelmaker retailer brewer insurer lender publisher "
    "manufacturer distributor broadcaster conglomerate airline firm miner refiner utility subsidiary "
    "affiliate operator exporter importer supplier provider contractor shipper wholesaler".split()
)

#: Ordinals that open a sentence as function words and a body's name after "the".
ORDINALS = frozenset(
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth".split()
)

#: Last words of a body's unit that a league's table is named by too: "Premier Division"; a police
#: agency's "Cyber Crime Wing".
_UNIT_HEADS = frozenset({"division", "branch", "wing"})

#: Words that name a league's division or a table's part: "First Division", "Western Division".
_LEAGUE_WORDS = frozenset(
    {w.lower() for w in ORDINALS} | COMPASS | {"premier", "championship", "league", "super"}
)


def unit_of_a_body(words: list[str]) -> bool:
    """Tell whether words name a body's unit by its head: "Special Branch", "Civil Rights Division".

    A section is one by its work ("Child Exploitation and Obscenity Section", "Fraud
    Section"), not a paper's ("Business Section").
    """
    head = words[-1].lower()
    named = words[1:] if words[0] in ("The", "the") else words
    if (
        head == "wing"
        and len(named) < 3
        and not named[0].endswith(POSSESSIVES)
        and named[0].lower() not in WORK_OF_A_BODY
    ):
        # "West Wing", "Green Wing": a building's, a show's; "Women's Wing" is a party's,
        # "Cybercrime Wing" one named for its work.
        return False
    return (
        len(words) >= 2
        and (
            head in _UNIT_HEADS or head == "section" and not WORK_OF_A_BODY.isdisjoint(map(str.lower, words))
        )
        and not all(w.lower() in _LEAGUE_WORDS for w in words[:-1])
        and not known_place(words[:-1])  # "Nassau Branch": a body's office in a place, named apart
        # "Michelle Branch": a first name no dictionary holds opens someone's name; not
        # before a trade's word ("Morton Chemical Division").
        and not (
            words[0].lower() in first_names()
            and words[0].lower() not in english_words()
            and not (len(words) > 2 and words[-2].lower() in english_words())
        )
    )


WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: Days and months, which end a body's name before them: "the House of Commons on Monday".
CALENDAR = WEEKDAY_NAMES | MONTH_NAMES

#: A firm's last words, a company's and a trade's: "Brothers", "Technology".
FIRMS_LAST_WORDS = COMPANY_HEADS | FIRM_HEADS


def proper_words(words: list[str]) -> bool:
    """Tell whether each word is capitalised and no dictionary's: "Rogaland", "Nord-Norge"."""
    return all(w[:1].isupper() and w.lower() not in english_words() for w in words)


def known_place(words: list[str]) -> bool:
    """Tell whether words are a place the gazetteer knows."""
    return " ".join(words).lower() in places()


def seat_name(words: list[str]) -> bool:
    """Tell whether words name a seat: a town, then a word or two of its own: "Sheffield Hallam"."""
    return (
        2 <= len(words) <= 4
        and words[0].lower() in places()
        # Not someone named for a town ("Sydney Smith MP"), unless a compass point follows.
        and (words[0].lower() not in common_first_names() or words[1].lower() in COMPASS)
        and all(w.istitle() or w == "and" for w in words[1:])
        and not any(w.lower() in ORG_HEADS for w in words[1:])
    )


#: A letter and a figure in one word, as a model's designation has: "DC-9s", "B-52G", "A320".
DESIGNATION = re.compile(r"[A-Za-z]-?\d|\d-?[A-Za-z]")

#: Papers' names after their town's: "Baltimore Sun", "Liverpool Echo", "Boston Globe".
PAPERS = frozenset(
    "Star Sun Bee Courier Record Observer Standard Citizen Argus Advertiser Echo Ledger Globe Paper World "
    "Examiner Enquirer".split()
)


def paper_of_a_place(words: list[str]) -> bool:
    """Tell whether words name a place's paper: "Toronto Star", "Liverpool Echo", "Northern Echo"."""
    if len(words) < 2 or words[-1] not in PAPERS:
        return False
    # A region's adjective alone too: "Northern Echo", "Western Star"; not "North Star", a star;
    # and a nation's before a paper's word no star or planet is: "Irish Examiner".
    adjective = len(words) == 2 and words[0].endswith("ern") and words[0].lower() in COMPASS
    national = len(words) == 2 and words[1] == "Examiner" and words[0].lower() in nationalities()
    return adjective or national or " ".join(words[:-1]).lower() in places()


#: Titles of those who reign, named by the title and a given name: "Prince Andrew", "Pope Francis".
REIGNING = frozenset("king queen prince princess pope emperor empress tsar czar".split())


#: What a candidate's campaign is named for: "Sarvis for Governor", "Obama for America".
_CAMPAIGNS_FOR = frozenset("President Governor Senate Congress Mayor America".split())


def campaign_name(words: list[str]) -> bool:
    """Tell whether words name a candidate's campaign: "Sarvis for Governor", "Obama for America"."""
    return (
        len(words) == 3
        and words[1] == "for"
        and words[2] in _CAMPAIGNS_FOR
        and words[0].lower() not in TITLE_WORDS | english_words()
    )


def bishops_conference(words: list[str]) -> bool:
    """Tell whether words name a conference of bishops, a standing body: "Bishops' Conference"."""
    return "Conference" in words and any(w.lower().startswith("bishop") for w in words)


#: People who band together for a cause, and name the body so: "Veterans for Peace".
PEOPLE = frozenset(
    """
physicians doctors nurses lawyers scientists teachers parents mothers fathers families women men
veterans citizens students workers farmers journalists writers artists musicians athletes patients
survivors victims residents neighbours neighbors friends christians muslims jews catholics
conservatives liberals democrats republicans voters taxpayers engineers architects economists
historians clergy grandmothers mayors children girls boys people
""".split()
)


def realm(folded: str) -> bool:
    """Tell whether a name (lower case) is a country's or a US state's."""
    return folded in countries() or folded.title() in us_states()


def _doers(word: str) -> bool:
    """Tell whether a word is a plural of those who do a dictionary's word: "Steelers", "Dodgers"."""
    return word.endswith("ers") and (word[:-3] in english_words() or word[:-2] in english_words())


def plural_of_a_word(word: str) -> bool:
    """Tell whether a word is the plural of a dictionary word ("Pirates", "Records"), as no surname is.

    A plural in "-ies" is the dictionary's "-y" ("Properties", "Technologies").
    """
    singular = singular_of(word)
    if singular == word.lower():
        return False
    return singular in english_words() or singular.endswith("ie") and singular[:-2] + "y" in english_words()


def party_by_its_members(words: list[str]) -> bool:
    """Tell whether a qualifier and members' plural name a party: "Free Democrats", not "Texas Democrats"."""
    if len(words) != 2 or words[1] not in ("Democrats", "Socialists", "Liberals", "Conservatives"):
        return False
    qualifier = words[0].lower()
    return (
        # A word of the dictionary or an adjective: "Free", "Christian"; not "Reagan Democrats".
        (qualifier in english_words() or qualifier.endswith(("ian", "al", "ic", "ive")))
        and qualifier not in places()
        and qualifier not in CHAMBERS
        # A faith's word opens parties too: "Christian Democrats"; a people's their members.
        and (qualifier not in nationalities() or qualifier + "s" in _FAITHS)
        and qualifier not in MEMBERS
    )


def an_office(words: list[str]) -> bool:
    """Tell whether a name opens with an office's title, or its holders', and "of".

    "Mayor of London", "Members of Congress", "Justices of the Supreme Court".
    """
    title = words[0].lower()
    return (
        len(words) > 2
        and words[1] == "of"
        and (title in TITLE_WORDS or singular_of(title) in TITLE_WORDS or title in PEERAGES)
    )


#: A peer's rank, an office only before "of" and where: "the Duke of Sussex"; "Duke Ellington",
#: "Earl Woods" are first names.
PEERAGES = frozenset("duke duchess earl countess marquess marquis marchioness viscount viscountess".split())


def singular_of(word: str) -> str:
    """Return a word in lower case without a plural's s ("Republicans": "republican")."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


#: Roles a score card gives a name by where it stands, which name someone by a surname alone
#: though it is a word or a town's too ("c Cork b Croft", "Couples 73 68 72 72").
CARD_ROLES = frozenset({"scorer", "fielder", "bowler", "golfer"})

#: A ship's kind in lower case right before its name.
VESSEL_BEFORE = re.compile(
    r"\b(?:aircraft carrier|warship|frigate|destroyer|cruiser|battleship|submarine|tanker|supertanker"
    r"|freighter|trawler|ferry|liner|cruise ship|vessel|ship|yacht) (?:USS |HMS )?$"
)

#: A lower-case word just after a name: "the Cannes| ceremony", "Azov| in 1877".
WORD_AFTER = re.compile(r" ([a-z]+)\b")

SIDES = frozenset("north south east west midwest northeast northwest southeast southwest".split())


def named_after_its_kind(text: str, mention: Mention) -> bool:
    """Tell whether a name follows the kind of business it is: "drugs group Eli Lilly"."""
    if mention.honorific or mention.titles:
        return False
    if (
        len(mention.words) == 1
        and mention.text.lower() in familiar_first_names()
        and _PARTNER_AFTER.match(text, mention.end)
    ):
        return False  # "economist team Jim and Margaret Cuthbert": two people who share a surname
    if VESSEL_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        return False  # "the aircraft carrier Carl Vinson": a ship, though "carrier" names an airline
    before = KIND_OF_BUSINESS_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    if before is None:
        before = _SIDE_BEFORE.search(text, max(0, mention.start - 10), mention.start)  # "Dutch side PSV"
    if before is None:
        # Capitalised as it opens a sentence: "Bookmaker William Hill has placed ...".
        before = _KIND_OPENING.search(text, max(0, mention.start - 20), mention.start)
    if before is None:
        # "telecoms operator Unicom", "press distributor Hachette": a trade some people ply too
        # ("tour operator Ray Smith"), so only before a name no list knows.
        plied = _KIND_OF_TRADE_BEFORE.search(
            text, max(0, mention.start - 16), mention.start
        ) or _TRADE_OPENING.search(text, max(0, mention.start - 16), mention.start)
        return (
            plied is not None
            and mention.kind == "unknown"
            and len(mention.words) == 1
            and mention.words[0].lower() not in first_names()
            and mention.words[0].lower() not in english_words()
            and not text.startswith(",", mention.end)
        )
    if before[0].startswith("maker") and (
        _ARTS_BEFORE.search(text, 0, before.start())
        # "games maker Peter Molyneux": one who makes, by a full name no table holds as a body's
        or full_name(mention.words)
        and mention.words[0].lower() in familiar_first_names()
        and body_name(mention.text) is None
    ):
        return False
    # "the airline, Aer Lingus, said": set off by commas, an apposition; a comma alone lists.
    if before[0].endswith(", ") and not text.startswith(",", mention.end):
        return False
    # "the group Fiorina addressed": a clause that leaves out "that", the name its subject;
    # not "water firm Aguas Argentinas announced", a kind no article opens. The clause's verb
    # has lost its object: one that takes one ("The company Sodexo denied the claims") or
    # ends the sentence it opens ("The retailer Argos apologised.") is the body's own.
    article = _ARTICLE_ENDING.search(text, max(0, before.start() - 5), before.start())
    verb = _CLAUSE_VERB_AFTER.match(text, mention.end)
    if verb is None and article is not None and article[0][0] in "Aa":
        # ... or a verb's tense of several words after "a" kind: "a company Cross is forming".
        verb = _CLAUSE_TENSE_AFTER.match(text, mention.end)
    if article is None or verb is None:
        return True
    if _OBJECT_NEXT.match(text, verb.end()):
        return True
    opens = article.start() == 0 or _SENTENCE_ENDED.search(text, max(0, article.start() - 3), article.start())
    return bool(opens) and _SENTENCE_ENDS.match(text, verb.end()) is not None


#: Someone's first name and surname after "and": " and Margaret Cuthbert".
_PARTNER_AFTER = re.compile(r" (?:and|&) [A-Z][a-z]+ [A-Z][\w'’-]+")

#: Whom a home cares for, the word before "Home" in its name: "Care Home", "Boys' Home".
_CARED_FOR = frozenset(
    "care nursing children's children’s childrens boys' boys’ girls' girls’ residential".split()
)


def care_home(words: list[str]) -> bool:
    """Tell whether words name a care home by whom it cares for: "Sunnyside Care Home"."""
    return len(words) >= 2 and words[-1] == "Home" and words[-2].lower() in _CARED_FOR


#: Kinds of business that name one when written before its name: "water firm Aguas Argentinas".
BUSINESS_KINDS = frozenset(
    "firm company group maker carmaker airline carrier retailer bank lender insurer brewer chain "
    "conglomerate manufacturer giant supermarket label studio agency regulator watchdog charity "
    "newspaper band consultants party bookmaker brokerage".split()
)
#: Trades in the plural, and houses, which only a firm's name follows: "stockbrokers Phillips
#: and Drew", "brokerage house Phillips and Drew".
FIRMS_TRADES = (
    r"stockbrokers|brokers|accountants|solicitors|auctioneers|underwriters|bookmakers"
    r"|(?:brokerage|auction|fashion|publishing|investment|securities|discount) house"
)

#: A kind of business in lower case right before a name: "water firm ", "the airline, ",
#: "brokerage house ".
KIND_OF_BUSINESS_BEFORE = re.compile(
    rf"(?<![-\w])(?:{'|'.join(sorted(BUSINESS_KINDS))}|{FIRMS_TRADES})(,)? $"
)

#: A sports club's kind in lower case right before its name: "Dutch side ", "German club ";
#: no comma ("On one side, Adams argued").
_SIDE_BEFORE = re.compile(r"(?<![-\w])(?:club|side|team|outfit) $")
#: A kind of business that opens a sentence, capitalised, right before a name: "Bookmaker ".
_KIND_OPENING = re.compile(
    rf"(?:^|[.!?]\s+)(?:{'|'.join(sorted(k.capitalize() for k in BUSINESS_KINDS))})(,)? $"
)
#: Trades of a firm or of someone; not "producer", "developer" or "publisher": a band's, a
#: game's or a paper's are often someone.
PLIED_TRADES = (
    "operator distributor miner refiner exporter importer wholesaler provider supplier shipper contractor "
    "outsourcer housebuilder broadcaster"
).split()
#: A trade in lower case right before a name: "telecoms operator ".
_KIND_OF_TRADE_BEFORE = re.compile(rf"(?<=[a-z] )(?:{'|'.join(PLIED_TRADES)}) $")
#: ... and capitalised as they open a sentence: "Operator Statoil said"; a broadcaster who
#: opens one is as often someone ("Broadcaster David Dimbleby").
_TRADE_OPENING = re.compile(
    rf"(?:^|[.!?]\s+)(?:{'|'.join(t.capitalize() for t in PLIED_TRADES if t != 'broadcaster')}) $"
)

#: A wire's ticker in angle brackets: "<UM>", "<CTYF.O>".
TICKER = r"<[A-Z][A-Z.]{0,9}>"
#: A ticker right after a name: "Salomon <SB>".
TICKER_AFTER = re.compile(rf" {TICKER}")

#: What makes a maker a person: "film-maker Michael Cockerell", "Documentary maker ...".
_ARTS_BEFORE = re.compile(r"(?i:film|documentary|programme|movie|policy|decision)[ -]$")
#: A verb whose subject the name before it is, in a clause that leaves out "that".
_CLAUSE_VERB_AFTER = re.compile(
    r" (?:[a-z]+ed|set|left|runs|ran|owns|bought|sold|built|leads|led|took|had)\b"
)
_ARTICLE_ENDING = re.compile(r"\b(?:[Tt]he|[Aa]n?) $")
#: A verb's tense of several words after a name, its subject: " is forming", " has been sold",
#: " would form".
_CLAUSE_TENSE_AFTER = re.compile(
    r" (?:(?:is|was|are|were|has|had|will|would) (?:been |be )?[a-z]+(?:ing|ed)|(?:will|would) [a-z]+)\b"
)
#: What opens a verb's object: "denied the claims", "sold its stake"; not a time ("addressed a
#: month earlier", "joined the following year").
_OBJECT_NEXT = re.compile(
    r" (?!(?:the|a|that)\s+(?:[a-z]+\s+)?(?:day|week|month|year|decade|time|season)s?\b)"
    r"(?:the|a|an|its|his|her|their|it|that|\d)\b"
)
#: A sentence's end just before a point, and one right after it.
_SENTENCE_ENDED = re.compile(r"[.!?][\"'’”]?\s+$")
_SENTENCE_ENDS = re.compile(r"\s*(?:[.!?;]|$)")

#: A preposition that puts what follows somewhere: "Police in Kent County said".
SPOKEN_IN_BEFORE = re.compile(r"\b(?:in|at|to|from|near)\s+$")

#: A dash joining a name to the next: "the Bill Gates–Melinda French deal", whose article is the deal's.
DASH_TO_A_NAME = re.compile(r"[–-][A-Z]")

#: Plurals of faiths, whose followers in a city are no club: "Bradford Muslims".
_FAITHS = frozenset("muslims christians jews hindus sikhs catholics protestants buddhists mormons".split())


def team(words: list[str]) -> bool:
    """Tell whether a name is a club named by its town and a plural: "Pittsburgh Pirates".

    Clubs are called by plurals of the dictionary ("Pirates", "Sharks"; "Sox" too) or of
    those who do its words ("Steelers", "Dodgers"); a surname is none ("Indiana Jones"), nor
    a place's people or events ("Ohio Republicans", "Wales Students") or its own plural
    ("Yorkshire Dales").
    """
    last = words[-1].lower()
    singular = singular_of(last)
    town = " ".join(words[:-1]).lower()
    if last.endswith("ies") and last[:-3] + "y" in ORG_HEADS:
        return False  # "Kuwait Ministries", "Gulf Agencies": a body's head in the plural, no club
    if (
        len(words) < 2
        or last not in ("sox", "kings", "chiefs", "rugby")
        and not (last.endswith("s") and last[:-1] in nationalities())  # "Indians"
        and not plural_of_a_word(last)
        and not _doers(last)
    ):
        return False
    if last == "rugby":
        return town in towns() or town in places()  # "Bath Rugby", "Edinburgh Rugby": a town's club
    if (singular in nationalities() or singular in ("king", "chief")) and last not in _FAITHS:
        # A city's "Indians", "Kings" or "Chiefs" are its club ("Cleveland Indians", "Kansas
        # City Chiefs"), though a first name opens it; a country's or a region's are its
        # people ("Uganda Asians").
        # A word may stand between: "Chennai Super Kings".
        return any(
            (town := " ".join(words[:k]).lower()) in towns()
            and town not in countries()
            and town not in english_words()
            and len(words) - k <= 2
            for k in range(1, len(words))
        )
    if words[0].lower() in familiar_first_names():
        return False  # "Milan Baros", "George Lucas": a first name that is a town's too
    closing = place_heads()[1]
    if last in closing or singular in closing | MEMBERS | nationalities() | TITLE_WORDS | _NO_CLUBS:
        return False
    return any(
        (
            (town := " ".join(words[:k]).lower()) in places()
            # A smaller town, if no word or name: "Pawtucket Red Sox"; not "Golden Globes".
            or town in towns()
            and not (town in english_words() or town in first_names())
            # Two towns joined: "Neath-Swansea Ospreys", "Newport-Gwent Dragons".
            or "-" in town
            and all(part in places() or part in towns() for part in town.split("-"))
        )
        and len(words) - k <= 2
        and all(w[:1].isupper() for w in words[k:])
        for k in range(1, len(words))
    )


def dictionary_words(words: list[str]) -> bool:
    """Tell whether a name of two or more words is made only of dictionary words ("Death Row")."""
    return len(words) > 1 and all(w.lower() in english_words() for w in words)


#: What follows "the" in a person's name: an epithet ("William Pitt the Younger", "Ivan the Terrible").
EPITHETS = frozenset(
    "younger elder great terrible conqueror confessor magnificent bold pious wise good just fair "
    "venerable baptist evangelist apostle lionheart unready navigator liberator impaler ripper kid".split()
)


#: Words that open a party's name before its member's: "Christian Democrat", "Free Democrats".
PARTY_OPENERS = frozenset("christian social free liberal".split())


def unlisted_surname(word: str) -> bool:
    """Tell whether a capitalised word may be a surname: no word of the dictionary nor a place."""
    return word.istitle() and word.lower() not in english_words() and word.lower() not in places()


def full_name(words: list[str]) -> bool:
    """Tell whether words are a first name and names no dictionary holds: "Zhao Ziyang"."""
    return (
        len(words) > 1
        and words[0].lower() in first_names()
        and all(
            w[:1].isupper()
            and w.lower() not in english_words()
            and w.lower() not in TITLE_WORDS
            and w.lower() not in ORG_HEADS
            for w in words[1:]
        )
    )


def a_place_or_two(words: list[str]) -> bool:
    """Tell whether words name a place, "and" written as a hyphen too: "Trinidad-Tobago"."""
    return known_place(words) or len(words) == 1 and " and ".join(words[0].lower().split("-")) in places()


def day_or_month(word: str) -> bool:
    """Tell whether a word is a day or a month: "Thursdays.", "Monday"."""
    return word.lower().rstrip(".,;:").removesuffix("s") in CALENDAR


def common_or_national(word: str) -> bool:
    """Tell whether a word is a nationality or a dictionary word that is no first name."""
    word = word.lower()
    return word in nationalities() or (word in english_words() and word not in first_names())


def firm_by_trade(words: list[str]) -> bool:
    """Tell whether a name ends with a trade's word after a name no dictionary holds ("Kantar Media")."""
    if len(words) >= 2 and words[-1].lower() in ("lines", "line") and words[-2].lower() in _CARRIERS:
        return words[-1] == "Lines" or words[-2] != "Bus"  # "Greyhound Bus Lines", not a "Bus Line" route
    managed = len(words) >= 3 and words[-2].lower() in _MANAGED and words[-1].lower() in MANAGING
    if managed and "of" not in words:
        return True  # "Aberdeen Asset Management", "Hibernian Investment Managers": no field's name
    # "Power" ends a firm's name after a trade's word ("Kansai Electric Power"); alone, a surname's.
    if len(words) < 2:
        return False
    if len(words) == 2 and words[1] in _UTILITIES and words[0].lower() in places():
        return True  # "Georgia Power", "Virginia Electric": a state's utility, though "Georgia" is a name
    last = words[-1].lower() in FIRM_HEADS or words[-1] == "Power" and words[-2].lower() in FIRM_HEADS
    return (
        last
        and not {"of", "and", "&"} & set(words)
        and (
            any(proper_word(w.lower()) for w in words[:-1])
            # A trade's plural after a first name, which ends no one's name: "Barry Citrus Products";
            # its word alone too, after a first name alone ("Sterling Software"), no surname's ("Steel").
            or (plural_of_a_word(words[-1]) or len(words) == 2 and words[-1] not in _SURNAMES_OF_TRADES)
            and words[0].lower() in first_names()
            # Two trades' words after a place: "Tokyo Electric Power", not "London Music".
            or len(words) >= 3
            and words[-2].lower() in FIRM_HEADS
            and " ".join(words[:-2]).lower() in places()
        )
    )


#: Trades' words that are surnames too: "David Steel".
_SURNAMES_OF_TRADES = frozenset({"Steel"})
#: What a utility sells, after the state it serves: "Georgia Power", "Virginia Electric".
_UTILITIES = frozenset({"Power", "Electric", "Gas"})
#: What a firm manages or advises on, and the words for doing it, which together end only a
#: firm's name: "Schroders Investment Management", "Matrix Asset Advisors", "Merrill Lynch
#: Capital Markets".
_MANAGED = frozenset("asset assets investment fund funds wealth capital portfolio".split())
MANAGING = frozenset("management managers advisors advisers markets".split())
#: What a firm whose name ends "Lines" carries: "Delta Air Lines", "Carnival Cruise Lines", "Tube Lines".
_CARRIERS = frozenset("air bus cruise steamship shipping ferry tube pipe".split())

#: A US party's members, after the state they sit for: "an Illinois Democrat".
PARTY_MEMBERS = frozenset("democrat democrats republican republicans".split())

#: The forms nations' names take before a hyphen: "Anglo-", "Sino-", "Franco-".
_NATIONS_COMBINING = frozenset("anglo franco sino russo italo indo afro euro greco austro hispano".split())


def nations_joined(folded: str) -> bool:
    """Tell whether a hyphened word joins nations' adjectives: "anglo-dutch", "sino-soviet"."""
    parts = folded.split("-")
    return (
        all(p in _NATIONS_COMBINING or p in nationalities() for p in parts[:-1])
        and parts[-1] in nationalities()
    )


def proper_word(word: str) -> bool:
    """Tell whether a word (lower case) is no word of the dictionary, no people and no place."""
    return word not in english_words() and word not in nationalities() and word not in places()


#: A US bank's or thrift's charter after its name: national association, federal savings bank.
CHARTERS = frozenset("NA N.A. FSB F.S.B. SSB".split())


def opening_head(word: str) -> bool:
    """Tell whether a word is a head that opens a Romance body's name: "Universidad", "Banco", "Cia"."""
    # "Cia" written short, told from the CIA by its case: "Cia. Vale do Rio Doce".
    return word.lower() in OPENING_ORG_HEADS or word in ("Cia", "Cia.")


#: Legal forms written before a firm's name: Swedish "AB Volvo", Indonesian "PT Astra International",
#: Dutch "N.V. Philips".
FORMS_FIRST = frozenset({"AB", "PT", "NV", "N.V."})

#: The word just before a point, and one space: "Nintendo " before "DS".
WORD_BEFORE = re.compile(r"(\w+) $")
#: The word that ends a stretch, one space after it or none: "Rate " before "(LIBOR)",
#: "Program" before ", EEP,".
WORD_ENDING = re.compile(r"(\w+) ?$")
