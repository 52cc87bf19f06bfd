"""Find names in text and say what each is: a person, an organisation or a place.

Rules: capitalised runs, honorifics and titles, organisation heads, gazetteers and
acronyms. `Recogniser` is the seam where a trained model joins them (see ner.py).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from ..patterns import alternation
from ..when.datewords import DAY_WORDS, NUMBER_WORDS
from .gazetteers import (
    ABBREVIATED_TITLES,
    COMPANY_HEADS,
    FIRM_HEADS,
    HONORIFICS,
    JUDGES_AFTER,
    JUDGES_BY_INITIALS,
    LEGAL_FORMS,
    NATIVE_NATIONAL,
    OPENING_ORG_HEADS,
    ORG_HEADS,
    PEERS,
    POLICE_RANKS,
    POST_NOMINALS,
    REGIMENT_HEADS,
    a_country,
    body_name,
    capitals_only,
    common_first_names,
    countries,
    countries_of_places,
    demonym,
    english_words,
    familiar_first_names,
    family_names_first,
    famous_people,
    first_names,
    fold_quotes,
    formal_place,
    legal_form,
    listed_bodies,
    names_ending_in_lower_case,
    names_going_on,
    names_in_lower_case,
    nationalities,
    offices_of,
    organisations,
    people_s_adjective,
    place_heads,
    place_names,
    places,
    roles,
    state_codes,
    states_and_provinces,
    terms,
    thing_heads,
    towns,
    towns_with_city_clubs,
    towns_written_plain,
    us_states,
    written_legal_form,
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
    _MONTHS := frozenset(
        "january february march april may june july august september october november december".split()
    )
)
#: A word, a dotted abbreviation ("U.S.", "D.C.": one word), an ampersand or a sign. Letters
#: are Latin ones with their accents, Latin-1 and the Extended blocks: "Łódź", "Ličen", "Erdoğan".
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿ"
#: Inside a word "‘" and "ʻ" are the okina some spellings write: "Hawaiʻi", "Vava‘u".
#: Initials joined by "&" are one word: "M&S", "AT&T", "R&D".
#: A word's hyphen joins what follows it; before a space or another it ends the word:
#: "Standard Chartered Bank-- have", "If elected POTUS- I will".
_WORD = re.compile(
    rf"(?:[A-Z]\.){{2,}}|[A-Z]\.(?:[A-Za-z]\.){{2,}}|[A-Z]{{1,3}}&[A-Z]{{1,3}}\b|[{_LETTER}][{_LETTER}'’‘ʻ]*(?:-(?=[{_LETTER}\d'’])[{_LETTER}'’‘ʻ]*)*(?:\d[\w-]*|\.)?|\d[A-Z]{{2,4}}\b|\d+|&|\S"
)
#: A name a figure opens, then capitals: "1MDB", "6PR"; not a unit or a time ("2GB", "3PM").
_DIGIT_LED = re.compile(r"\d([A-Z]{2,4})")
_UNITS = frozenset(
    "GB MB TB KB PM AM WD ST ND RD TH KM MP KG MW GW KW HP HZ GHZ MHZ KHZ DS FA PT CM MM ML BN MN BC AD TV"
    " MPH KPH LBS OZ FT YD HR HRS MIN SEC CC XL".split()
)
#: Two capitalised names joined by a hyphen: "Russia-Ukraine", "States-Mexico".
_PAIR = re.compile(rf"([A-Z][{_LETTER}'’]*)-([A-Z][{_LETTER}'’]*)")
_PAIR_IN = re.compile(r"[A-Z][\w'’]*-[A-Z]")
#: Words that join a name's capitalised words: "Bank of England", "Universidade da Coruña",
#: "Coahuila y Texas", "Leonardo da Vinci".
_CONNECTORS = frozenset(
    "of & and for the de van von bin binti ibn bint ap al du la le da do dos das del della di des der den y"
    " dello dei degli delle".split()
)
#: Small words that join a town's name, which the gazetteer writes with spaces: "Newcastle upon Tyne",
#: "Dar es Salaam".
_TOWN_JOINS = frozenset("upon on in under super by es".split())
#: Small words inside a Romance body's name, which English names do not bridge.
_ROMANCE_LINKS = frozenset("a al e en para per pour sur et und für zur zum las los el".split())
_ROMANCE_ARTICLE_WORDS = frozenset("la las los le les il lo gli".split())
_GERMAN_LINKS = frozenset("und für fuer".split())
#: The small words a Romance body's name holds, in English text ("and" is none of them).
_ROMANCE_SMALL_WORDS = (
    _ROMANCE_LINKS | _ROMANCE_ARTICLE_WORDS | set("de del della dello dei degli delle di da des du y".split())
)
#: Words inside a body's name after its head: "Council for the Welfare of", "Committee on".
_BODY_LINKS = frozenset({"for", "on", "of"})
#: A rider's country in brackets right before his team's name: "Ludwig (Germany) ".
_COUNTRY_BEFORE_A_TEAM = re.compile(r"[A-Za-z.'-]+ \(([A-Z][\w .'-]+)\) $")
#: A time, a gap or the line's end right after a team's name in results: " 4 hours", " same time".
_RESULT_AFTER = re.compile(r"\s+(?:\d|same time|s\.t\.|at \d)|\s*$")
#: A firm's shares traded abroad as receipts, after its name: "Cofinec GDRs".
_RECEIPTS = frozenset({"ADRs", "GDRs", "ADR", "GDR"})
#: Heads of a unit of soldiers, which takes no subject "on" as a committee does.
_TROOPS = REGIMENT_HEADS | {"regiment", "legion", "battalion", "brigade"}
#: Endings of the adjectives before a cause in a body's name: "Social", "Criminal", "Restorative".
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ile", "ary")
#: Endings of the plurals and the abstract nouns a body works in: "Persons", "Science",
#: "Education", "Abuse in Care".
_FIELD_ENDINGS = (
    *("s", "ence", "ance", "tion", "sion", "ment", "ity", "ism", "ogy", "ing", "ure", "th"),
    "care",
)
#: Heads of bodies named for what they look into: "Royal Commission into ...".
_INQUIRIES = frozenset({"inquiry", "commission", "taskforce", "investigation", "review"})
#: The words after a head that go on with the body's name, "into" after an inquiry's.
_BODY_LINKS_INTO = _BODY_LINKS | {"into"}
#: Function words capitalised inside a run only in headline case: the run ends there.
_HEADLINE_BREAKS = frozenset(
    "On To As Up The In With At By From Into Over After Before About Is Are Was Will Not No".split()
)
#: Words that close a place's or a paper's name but are surnames too: "Hudson River Park", "Fiona Hill",
#: "Emily Post".
_SURNAME_HEADS = frozenset(
    "hill hills park church street lane grove castle bridge forest beach temple chambers banks dales downs "
    "springs field steel press post".split()
)
#: A participle or an adverb, which open sentences but no names.
_OPENING_WORD = re.compile(
    # A vowel before -ing or -ly: "Using", "Having", "Eventually", not "Spring" nor "Sting".
    r"^[A-Z][a-z]*[aeiouy][a-z]*(?:ing|ly)$|^[AEIOU][a-z]*(?:ing|ly)$"
    r"|^(?:Together|Afterwards?|Thus|Hence|Perhaps|Once|Soon|Often|Again|Otherwise|Therefore"
    r"|Consequently|Subsequently|Moreover|Furthermore|Thereafter|Besides|Sometimes)$"
)
#: Suffixes that tell a son from his father ("Jr"), not surnames.
GENERATIONS = frozenset({"Jr", "Sr", "III", "IV"})
#: Titles that are common surnames too, which end a full name: "Martin Luther King".
_SURNAME_TITLES = frozenset("king queen judge bishop prince marshal chancellor dean major".split())
#: Offices no one bears as a surname, which end no full name and close a title before one:
#: "Lilly Chairman", "Tory MP", "Philippine President".
_OFFICES = frozenset(
    "chairman chairwoman president secretary mp msp mep minister spokesman spokeswoman spokesperson "
    "director ceo commissioner senator congressman congresswoman premier ambassador envoy".split()
)
#: Words in -ly that open names as often as sentences: "Daily Kos", "Holy See", "Early Day Motion".
_NAME_ADJECTIVES = frozenset("daily weekly monthly yearly holy early family jolly friendly only".split())
#: Words that qualify a title after a body's name: "FBI Assistant Director", "NASA Acting Administrator".
QUALIFIERS = frozenset(
    "acting deputy assistant associate interim former senior principal special vice temporary".split()
)
#: Members of a party, which a place before them describes: "Ohio Republican", "Texas Democrat".
MEMBERS = frozenset(
    "republican democrat democratic conservative liberal tory labour socialist lib dem".split()
)
#: A legislature's chambers, which "and" joins as two: "the House and Senate".
_CHAMBERS = frozenset("house senate congress commons lords parliament assembly".split())
#: Words that open the name of an operation or a storm, which is no one's: "Operation Yewtree".
EVENT_OPENERS = frozenset("operation hurricane typhoon cyclone storm".split())
#: Plurals after a place that name its people or its events, not a club: "Wales Students",
#: "Edinburgh Lectures", "Tokyo Marathons".
_NO_CLUBS = frozenset(
    "student fan voter resident worker people dj year day night game olympic championship award lecture "
    "marathon nation seven series dream".split()
)
#: Words that make a centre a body at work rather than a building.
_WORK_OF_A_BODY = frozenset(
    "research policy legal law studies survey rights justice progress health warning prediction forecasting "
    "hurricane weather disease cancer cyber security crime intelligence counterterrorism monitoring "
    "documentation exploitation abuse protection safeguarding fraud trafficking prevention cybercrime "
    "cybersecurity crimes investigation coordination enforcement advocacy offences offenses rape".split()
)
_POSSESSIVE = re.compile(r"['’]s?$")
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


#: Reads all paragraphs of a source at once, since a trained model is far faster in batches.
Recogniser = Callable[[Sequence[str]], list[list[Mention]]]


Token = tuple[str, int, int]  # word, start, end


#: What gives a work's title, then the title: "a pilot titled ", "a report entitled ".
_TITLED = re.compile(r"\b(?:titled|entitled)\s+$")


#: An en dash after a prefix, joining it to its word: "Post–Revolutionary", "Anti–Slavery";
#: between names it is a dash ("Breonna Taylor–Ahmaud Arbery").
_DASH_IN_A_WORD = re.compile(
    r"\b((?i:post|pre|anti|non|pro|mid|neo|pan|trans|inter|counter|semi|sub|super|ultra|multi|pseudo|quasi|ex))"
    rf"–(?=[{_LETTER}])"
)


#: Initials on both sides of an en dash: "ZANU–PF", a party's; "US–UK", two countries'.
_INITIALS_DASHED = re.compile(r"\b([A-Z]{2,})–([A-Z]+)\b")

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


def _one_body_s_initials(dashed: re.Match) -> str:
    """Join initials an en dash divides with a hyphen where neither side names a place or a body."""
    known = any(country_code(part) or body_name(part) or part.lower() in places() for part in dashed.groups())
    return dashed[0] if known else f"{dashed[1]}-{dashed[2]}"


#: Units of time a wire may capitalise after "Last", "Next" or "This": "Last Month Warburg Pincus".
_TIME_UNITS = frozenset({"Week", "Month", "Year", "Weekend", "Quarter", "Fortnight"})
_TIME_OPENERS = frozenset({"Last", "Next", "This", "Each", "Every"})
_TIME_BEFORE = re.compile(rf"\b(?:{alternation(_TIME_OPENERS | {w.lower() for w in _TIME_OPENERS})}) $")


def find_mentions(text: str) -> list[Mention]:
    """Return every name in text with its kind (person, organisation, place or unknown)."""
    if (" AT " in text or " at " in text) and len(text) < 60 and (fixture := _fixture(text)):
        return fixture
    mentions = []
    bracketed = "(" in text
    # An en dash after a prefix joins as a hyphen does; one character for another, so
    # every offset holds.
    joined = _DASH_IN_A_WORD.sub(r"\1-", text) if "–" in text else text
    if "–" in joined:
        joined = _INITIALS_DASHED.sub(_one_body_s_initials, joined)
    for at, to in address_spans(joined):
        # A sign no name holds, so that names on either side stay apart: "Ann Lee a.lee@uni.ac.uk York
        # University" names a person and a body.
        joined = f"{joined[:at]}/{' ' * (to - at - 1)}{joined[to:]}"
    for run in _missions_apart(text, _capitalised_runs(_without_nicknames(joined))):
        # "The Da Vinci Code": people take no article, so a name after "the" is a title of
        # a work or a thing, which neither speaks nor counts as a person.
        article = run[0][0] in ("The", "the")
        after_article = _ARTICLE_BEFORE.search(text, max(0, run[0][1] - 8), run[0][1]) is not None
        if _capitalised_to_open(text, run) or _century(text, run):
            run = run[1:]  # "Sure Robbie is talented", "Teenager Sania Mirza won": the sentence's first word
        elif len(run) > 1 and run[0][0] in _PRICE_TERMS:
            run = run[1:]  # "123.97 dlrs FOB Gulf": the price's terms, then the port
        if len(run) > 2 and run[0][0] in _TIME_OPENERS and run[1][0] in _TIME_UNITS:
            run = run[2:]  # "Last Month Warburg Pincus launched": a wire's capital on a time, no name
        elif len(run) > 1 and run[0][0] in _TIME_UNITS and _TIME_BEFORE.search(text, 0, run[0][1]):
            run = run[1:]  # "last Month Warburg Pincus"
        # A slide titled "Debbie Died Because": a quoted title, no one's name.
        opened = bool(run) and text[run[0][1] - 1 : run[0][1]] in _OPENING_QUOTES
        quoted = len(run) >= 3 and opened and _CLOSED.match(text, run[-1][2]) is not None
        spelled = bool(run) and any(t[0] == "and" for t in run) and _spelled_across_and(text, run)
        initialled = bool(run) and _spelled_whole(text, run)
        if len(run) == 1 + article and _paper_by_its_word(text, run[-1]):
            # "The Sun reported", "told the Star": a paper, though its word names a thing
            word, start, end = run[-1]
            if word.lower() in nationalities():
                # "told The Hindu": the paper's whole title, so that the people's word alone
                # elsewhere ("Australian dollars") stays no name
                word, start = f"The {word}", start - 4
            mentions.append(Mention(word, ORGANISATION, start, end))
            continue
        if len(run) > 1 and run[0][0] in _SHIPS and not _a_ship_s_firm([_clean(t)[0] for t in run]):
            # "HMS Queen Elizabeth", "USS Cole": a ship, no one's name; "USS Chemicals" is a firm
            continue
        if _partners_after_their_trade(text, run):
            # "stockbrokers Phillips and Drew": the firm's partners, no two people
            end = run[-1][1] + len(run[-1][0].rstrip(".,;:"))
            mentions.append(Mention(" ".join(t[0] for t in run).rstrip(".,;:"), ORGANISATION, run[0][1], end))
            continue
        # "Cofinec GDRs", "Infosys ADRs": a firm's depositary receipts, the firm's name before them.
        receipts = len(run) > 1 and run[-1][0].rstrip(".,;:") in _RECEIPTS
        if receipts:
            run = run[:-1]
        if len(run) > 1 and (_described_country(text, run) or _described_name(text, run)):
            run = run[1:]  # "War-torn Somalia", "Beleaguered Marconi": what the name is like, then it
        # Read only where it counts: a run that opens with an -ing word, or of three words or more.
        inside = (
            bool(run) and (len(run) > 2 or run[0][0].endswith("ing")) and not opens_sentence(text, run[0][1])
        )
        for tokens, honorific, titles in _split(run, after_article, spelled, initialled, inside):
            mention = _classify(tokens, honorific, titles)
            if mention is None and len(tokens) > 2 and _initials_after(tokens):
                # "the official Saudi Press Agency SPA said": the body, then its initials
                mention = _classify(tokens[:-1], honorific, titles)
            if receipts and tokens[-1] == run[-1] and mention and mention.kind in (PERSON, "unknown"):
                mention = dataclasses.replace(mention, kind=ORGANISATION)
            if (
                mention
                and mention.kind == PERSON
                and not (honorific or titles)
                and _A_FIRM_S_PART_AFTER.match(text, tokens[-1][2])
            ):
                # "G.D. Searle, a unit of Monsanto Co": a firm named for its founder; no one is a unit
                mention = dataclasses.replace(mention, kind=ORGANISATION)
            if _and_sons([t[0] for t in tokens]) and not (honorific or titles):
                # "A.G. Edwards & Sons", "John Lewis and Partners": a firm, though someone's name opens it
                mention = Mention(" ".join(t[0] for t in tokens), ORGANISATION, tokens[0][1], tokens[-1][2])
            if (
                len(tokens) == 2
                and (mention is None or mention.kind != PERSON)
                and _initial_in_a_list(text, tokens, 0, 1)
            ):
                # "(P. Simmons 4-38)", ", A. Smith": a scorecard's player, though "Smith" is a word
                mention = Mention(f"{tokens[0][0]} {tokens[1][0]}", PERSON, tokens[0][1], tokens[1][2])
            if _field_label(text, tokens):
                mention = None  # "CUSIP: 072261", "CSI: Miami": a field's label or a title's, no body
            if (
                mention
                and mention.kind == ORGANISATION
                and mention.words[-1].lower() in _KINDS_OF_BODY
                and _A_JUST_BEFORE.search(text, max(0, mention.start - 4), mention.start)
                and dictionary_words(mention.words)
                and not _LOWER_WORD_AFTER.match(text, mention.end)
            ):
                mention = None  # "run as a Hybrid Organization": a kind of body, capitalised, no name
            if (
                mention
                and mention.kind == ORGANISATION
                and "Congress" in mention.words
                and _a_congress_held(text, mention)
            ):
                mention = None  # "the Fourth International Congress of Linguists": a meeting held, no body
            if (
                len(tokens) == 1
                and _DOT_COM.match(text, tokens[0][2])
                and not text.endswith(("site ", "website "), 0, tokens[0][1])
            ):
                # "Goto.com, a spinoff of Idealab": a firm named by its address, no one's name
                end = tokens[0][2] + 4
                mention = Mention(text[tokens[0][1] : end], ORGANISATION, tokens[0][1], end)
            if len(tokens) == 1 and tokens[0][0] in POLICE_RANKS and _RANK_S_AREA.match(text, tokens[0][2]):
                mention = None  # "DCP (North) Sagar Singh Kalsi": a rank and its area, before the name
            if _area_of_an_office(text, tokens):
                mention = None  # "Superintendent of Police (City) Rakesh Sharma": the office's area
            if _titled_with_the(text, tokens):
                # "The Independent", "the Observer": a paper's name holds its article, which
                # tells it from a word.
                start = tokens[0][1] - 4
                mention = Mention(text[start : tokens[-1][2]], ORGANISATION, start, tokens[-1][2])
            # "spokesman Mike Lake", "director Michael Bay": a role makes a person of a
            # first name before a place's head too.
            if (mention is None or mention.kind != ORGANISATION) and _named_seat(text, tokens):
                # "the MP for Sheffield Hallam", "the Glasgow Kelvin MP": a seat, a town's and a name's words
                mention = Mention(" ".join(t[0] for t in tokens), PLACE, tokens[0][1], tokens[-1][2])
            placed = mention is not None and mention.kind == PLACE and len(tokens) == 2
            # Not a party's member: "veteran Christian Democrat Giulio Andreotti".
            member = (
                len(tokens) == 2
                and tokens[0][0].lower() in _PARTY_OPENERS
                and tokens[1][0].lower() in _PARTY_MEMBERS
            )
            named = (mention is None or mention.kind == "unknown" or placed) and not member
            if named and _named_after_a_role(text, tokens):
                mention = Mention(" ".join(t[0] for t in tokens), PERSON, tokens[0][1], tokens[-1][2])
            elif (placed or mention is None and len(tokens) == 2) and _speaks_as_someone(text, tokens):
                # "said Mike Lake, a Yukos spokesman": a first name before a place's head that
                # speaks; "Jude Law said", "Jack Law, chief executive": a law's head too
                mention = Mention(" ".join(t[0] for t in tokens), PERSON, tokens[0][1], tokens[-1][2])
            elif (mention is None or mention.kind == "unknown") and _region_by_its_side(text, tokens):
                mention = Mention(" ".join(t[0] for t in tokens), PLACE, tokens[0][1], tokens[-1][2])
            elif (mention is None or mention.kind == "unknown") and _town_of_words(text, tokens):
                mention = Mention(" ".join(t[0] for t in tokens), PLACE, tokens[0][1], tokens[-1][2])
            elif mention and mention.kind in (PLACE, "unknown") and _player_of_a_country(text, mention):
                # "Darryn Hill (Australia) beat ...": a results line's player, though "Hill" heads places.
                mention = dataclasses.replace(mention, kind=PERSON)
            elif mention and mention.kind in (PERSON, "unknown") and _team_after_a_rider(text, mention):
                # "Olaf Ludwig (Germany) Telekom 4 hours": the rider's team, after his country.
                mention = dataclasses.replace(mention, kind=ORGANISATION)
            elif mention is not None and mention.kind == "unknown" and _near_a_place(text, mention):
                mention = dataclasses.replace(mention, kind=PLACE)  # "in Velten near Berlin"
            elif (mention is None or mention.kind in (PERSON, "unknown")) and _a_local(text, tokens):
                # "a 43-year-old Logan man": where he is from, though "Logan" is a first name
                mention = Mention(" ".join(t[0] for t in tokens), PLACE, tokens[0][1], tokens[-1][2])
            elif (mention is None or mention.kind in (PERSON, "unknown")) and _place_by_its_people(
                text, tokens
            ):
                # "in the Canadian Arctic", "in Roman Britain": a part of a place, named by its people
                mention = Mention(" ".join(t[0] for t in tokens), PLACE, tokens[0][1], tokens[-1][2])
            elif (
                len(tokens) == 2
                and tokens[1][0].lower() in _PEOPLE_OF_A_COUNTRY
                and country_code(tokens[0][0])
            ):
                # "U.S. Officials said", "a U.S. Securities house": a wire's capitals on those
                # of a country, which is the name.
                mention = Mention(tokens[0][0], PLACE, tokens[0][1], tokens[0][2])
            elif (mention is None or mention.kind == PLACE and len(tokens[0][0]) == 2) and _state_code(
                text, tokens
            ):
                # "Bartlesville, OK": a state's code that is a word too, read by the cast as the state.
                mention = Mention(tokens[0][0], ORGANISATION, tokens[0][1], tokens[0][2])
            if mention and mention.kind == PLACE and (body := _body_in_lower_case(text, mention)):
                mention = body  # "South Yorkshire police said": the force the table knows, not the county
            if mention and mention.kind == PLACE and _initials_of_no_place(text, mention):
                # "the General Accounting Office, GAO,": initials, though a town's ("Gao") too
                mention = dataclasses.replace(mention, kind="unknown")
            if mention and _CODE_BEFORE.search(text, max(0, mention.start - 6), mention.start):
                mention = None  # "(IATA: TUL)", "ICAO: KJFK": an airport's code, no body's
            elif mention and mention.text in _CODE_LABELS and _CODE_AFTER.match(text, mention.end):
                mention = None  # the label before the code: a field's name, no body's
            if mention and _credit_rating(text, mention):
                mention = None  # "a AA rating", "raised to B from CCC": a grade, no body
            elif mention and _row_label(text, mention):
                mention = None  # "Production  8,253   8,877": a table's row, no body
            elif mention and _column_word(text, mention):
                mention = None  # "284 3/4      UP  1 1/4": a price's move in a table, no body
            if mention and mention.kind in (PERSON, "unknown") and _ILLNESS_AFTER.match(text, mention.end):
                mention = None  # "Motor Neurone disease", "Tourette syndrome": an illness, no one
            if mention and mention.kind != ORGANISATION and _FORM_IN_LOWER_CASE.match(text, mention.end):
                mention = dataclasses.replace(mention, kind=ORGANISATION)  # "Key Tronic corp said"
            elif (
                mention
                and mention.kind != ORGANISATION
                and text.startswith(",", mention.end)
                and _FORM_AFTER_A_COMMA.match(text, mention.end)
            ):
                mention = dataclasses.replace(mention, kind=ORGANISATION)  # "Ferrovia Paulista, S.A."
            if mention and mention.text.startswith("Senior ") and _STAFF_AFTER.match(text, mention.end):
                # "Senior Citibank executive William Rhodes": the staff's rank, then their employer
                mention = dataclasses.replace(
                    mention, text=mention.text[7:], kind=ORGANISATION, start=mention.start + 7
                )
            if mention and mention.kind in (PERSON, "unknown") and _spelled_out(text, mention):
                mention = None  # "LCD (Liquid Crystal Display) TVs": what the initials stand for, a thing
            if (
                mention
                and mention.kind == "unknown"
                and mention.text.lower() in _TITLE_QUALIFIERS
                and _TITLE_WORD_AFTER.match(text, mention.end)
            ):
                # "Current chairman Eishiro Saito", "a Presidential spokesman": which one, no body
                mention = None
            if mention and mention.text.startswith(("d'Affaires", "d’Affaires")):
                mention = None  # "Iranian Charge d'Affaires in Paris": a diplomat's title, no name
            if mention and mention.kind == PLACE and _BRAND_AFTER.match(text, mention.end):
                mention = None  # "Kodiak and Santana brand shoes": a product's name, no town's
            if mention and _STREETS_AFTER.match(text, mention.end):
                # "the corner of California and Dupont (now Grant) streets": streets, no firm nor
                # state, as "Connecticut Avenue" is no state
                mention = None
            if mention:
                mention = _by_what_surrounds(text, mention, mentions, honorific, titles, bracketed)
            if mention and (ticker := _ticker(text, mention)):
                # "Intel Corp <INTC>", "(INTC.O)": a share's code after the firm's name; "(NASDAQ:
                # GOOGL)", where it trades.
                mention = (
                    dataclasses.replace(mention, kind=ORGANISATION, code=True) if ticker == "code" else None
                )
            if mention and mention.kind in (PERSON, "unknown") and (owned := _saint_s_venue(text, mention)):
                # "at St Mary's": a ground, a hospital, named with the possessive.
                mention = dataclasses.replace(
                    mention, text=mention.text + owned, kind=PLACE, end=mention.end + len(owned)
                )
            if (
                mention
                and mention.kind == PERSON
                and len(mention.words) > 1
                and not (honorific or titles)
                and _FACILITY_AFTER.match(text, mention.end)
            ):
                mention = (
                    None  # "Charlotte Maxeke hospital", "John Lennon airport": a place named for someone
                )
            if mention and mention.kind == PLACE and mention.titles:
                mention = _titled_venue(text, mention) or mention  # "the King Power Stadium", whole
            if mention and mention.kind == "unknown" and _in_a_part_of_a_place(text, mention):
                # "at Ubimini in oil-rich southern Nigeria", "in Arbil in northern Iraq": somewhere
                # put in a region by its side
                mention = dataclasses.replace(mention, kind=PLACE)
            if mention and mention.kind == "unknown" and _SITE_AFTER.match(text, mention.end):
                # "Le Bourget airport": the town it serves; "the al-Aqsa mosque", "the al-Ram
                # checkpoint": the site its name names.
                mention = dataclasses.replace(mention, kind=PLACE)
            if mention and _VESSEL_BEFORE.search(text, max(0, mention.start - 20), mention.start):
                mention = None  # "the aircraft carrier Carl Vinson", "the tanker Exxon Valdez": a ship
            elif (
                mention
                and mention.text in ("Lords", "Lord")
                and text.endswith(("My ", "my "), 0, mention.start)
            ):
                mention = None  # "My Lords, ...": the peers or the judges addressed, no House named
            # Someone, a name no list types, or a place by its head alone, no town the gazetteer knows.
            unplaced = mention is not None and (
                mention.kind in (PERSON, "unknown") or mention.kind == PLACE and not _placed(mention.words)
            )
            if mention and mention.kind in (PERSON, "unknown") and _named_after_its_kind(text, mention):
                mention = dataclasses.replace(mention, kind=ORGANISATION)
            elif unplaced and _a_firm_s_unit(text, mention):
                # "its Atco Development unit", "its Bonanza Restaurant unit": a building's head, no
                # town the gazetteer knows ("its New York unit")
                mention = dataclasses.replace(mention, kind=ORGANISATION)
            elif unplaced and _a_band_before_its_player(text, mention):
                # "Joy Division singer Ian Curtis"; "Linkin Park singer Chester Bennington", no park.
                mention = dataclasses.replace(mention, kind=ORGANISATION)
            elif mention and mention.kind in (PERSON, "unknown") and _acts_as_a_body(text, mention):
                mention = dataclasses.replace(mention, kind=ORGANISATION)  # "Serco, which runs the prison,"
            elif mention and mention.kind == PLACE and _set_off_after_its_kind(text, mention):
                mention = dataclasses.replace(mention, kind=ORGANISATION)  # "the bank, Santander, was fined"
            elif mention and mention.kind == "unknown" and (role := _role_before_a_surname(text, mention)):
                mention = dataclasses.replace(mention, kind=PERSON, titles=[role])  # "Chelsea striker Drogba"
            elif (
                mention
                and mention.kind in (PERSON, "unknown")
                and not (mention.titles or mention.honorific)
                and _MINUTE_AFTER.match(text, mention.end)
                and _SCORER_BEFORE.search(text, max(0, mention.start - 6), mention.start)
            ):
                mention = dataclasses.replace(mention, kind=PERSON, titles=["scorer"])  # "(Driller 15th)"
            elif (
                mention
                and mention.kind in (PERSON, "unknown", PLACE)
                and len(mention.words) == 1
                and not (mention.titles or mention.honorific)
                and (role := _player_by_a_score_card(text, mention))
            ):
                mention = dataclasses.replace(mention, kind=PERSON, titles=[role])  # "c Cork b Croft 46"
            if (
                mention
                and mention.kind in (PLACE, "unknown")
                and not (honorific or titles)
                and _SEEDED_BEFORE.search(text, max(0, mention.start - 16), mention.start)
            ):
                mention = dataclasses.replace(mention, kind=PERSON)  # "the 11th-seeded Washington": a player
            if mention and mention.kind in (PERSON, "unknown") and _club_after_the(text, mention):
                mention = dataclasses.replace(mention, kind=ORGANISATION)
            elif (mention is None or mention.kind in (PERSON, "unknown")) and side_played_for(text, tokens):
                # "59 games for the Rice Owls", "traded to the Toronto Blue Jays": a side, though
                # its words are the dictionary's.
                mention = Mention(" ".join(t[0] for t in tokens), ORGANISATION, tokens[0][1], tokens[-1][2])
            elif mention and mention.kind == PERSON and _the_before(text, mention):
                # "the founder of the Ku Klux Klan", "the Royal Scots, the Black Watch": no one's
                # name takes "the" unless it qualifies a noun ("the Hillary Clinton campaign").
                mention = dataclasses.replace(mention, kind=WORK)
            elif (
                mention
                and (article or quoted)
                and mention.kind == PERSON
                and not honorific
                and not titles
                and not _DASH_TO_A_NAME.match(text, mention.end)
                and not text.startswith("-", mention.end)  # "The Rupert Murdoch-owned Sun": his paper
            ):
                mention = dataclasses.replace(mention, kind=WORK)
            elif (
                mention
                and mention.kind in (PERSON, "unknown")
                and len(mention.words) > 1
                and not (honorific or titles)
                and _doing(mention.words[0])
            ):
                mention = dataclasses.replace(mention, kind=WORK)  # "Finding Neverland", "Saving Grace"
            elif mention and mention.kind in (PERSON, "unknown", ORGANISATION) and _contracted(mention.words):
                # "I've Got", "Maybe I'll", "Don't Know": a song's or a quote's words, no name
                mention = dataclasses.replace(mention, kind=WORK)
            elif (
                mention
                and not (honorific or titles)
                and _TITLED.search(text, max(0, mention.start - 10), mention.start)
            ):
                mention = dataclasses.replace(mention, kind=WORK)  # "a pilot titled Young MacGyver"
            elif (
                mention
                and mention.kind in (PERSON, "unknown")
                and len(mention.words) > 1
                and _EDITION.match(text, mention.end)
            ):
                # "San Diego Comic-Con 2015", "Kenya Vision 2030", "Colin McRae Rally 2005": an
                # event's, a plan's or a game's year, which no one's name takes.
                mention = dataclasses.replace(mention, kind=WORK)
            if (
                mention
                and mention.kind in (PERSON, "unknown")
                and not (honorific or titles)
                and _MAKER_AFTER.match(text, mention.end)
            ):
                mention = dataclasses.replace(mention, kind=WORK)  # "Iris director Sir Richard Eyre": a film
            if mention and mention.kind in (PERSON, "unknown") and _partners(text, mention):
                mention = dataclasses.replace(mention, kind=ORGANISATION)
            elif mention and mention.kind in (PERSON, "unknown") and "&" in mention.words:
                mention = None  # "Carrano & Biewener's study", "Bonnie & Clyde": two, no one name
            if (
                mention
                and len(tokens) == 1
                and mention.kind in (PLACE, "unknown")
                and _after_a_bare_initial(text, mention)
            ):
                # "C Paterson; S Webster": a team sheet's initial and surname, not the town; by the
                # surname, the cast finds the "Chris Paterson" the source names in full.
                mention = dataclasses.replace(mention, kind=PERSON)
            if mention and mention.text.isupper() and text.startswith("$", mention.end):
                mention = None  # "US$ 10 billion", "HK$3bn": a currency, not the country
            if (
                mention
                and mention.kind in (PERSON, "unknown")
                and not (honorific or titles)
                and 2 <= len(tokens) <= 3
                and tokens[-1][0] in _state_names()
                and _town_before_its_state([t[0] for t in tokens[:-1]])
                and _SPOKEN_IN_BEFORE.search(text, max(0, tokens[0][1] - 6), tokens[0][1])
            ):
                # "Shell's refinery at Strathcona Alberta": a town and its province, the comma left out
                mention = Mention(" ".join(t[0] for t in tokens), PLACE, tokens[0][1], tokens[-1][2])
            if (
                mention
                and len(tokens) == 2
                and tokens[0][0] in _COMPASS_INITIALS
                and tokens[1][0].lower() in nationalities()
            ):
                mention = None  # "W. German car output": West German, no one's initial
            if (
                mention
                and mention.kind == PLACE
                and mention.text.lower() in _MONTHS
                and not _PLACE_AFTER_A_COMMA.match(text, mention.end)
            ):
                mention = None  # "Range Rover Inc March sales": the month, not the town of March
            if mention and _short_month(text, mention):
                mention = None  # "until Jan. 31", "MATURITY 21.JAN.99": a month, though "Jan" is a first name
            if mention and mention.text in _SEASONS and _YEAR_AFTER.match(text, mention.end):
                mention = None  # "in Summer 1987": a season, though "Summer" is a first name
            if mention and _dated_words(text, mention):
                # "Pay Dec 1", "Ended December 31": a wire's note of a date, no one's name; a
                # place before it stays ("in Peking, China June 8-11").
                where = tokens[-2][2]
                place = text[tokens[0][1] : where]
                mention = Mention(place, PLACE, tokens[0][1], where) if place.lower() in places() else None
            elif mention and len(tokens) > 1 and (_dated_name(text, mention) or _month_ended(tokens)):
                # "reached with Purolator February 27": the name, then the date it was reached;
                # "German January industrial output", "Chrysler Canada February car sales".
                mention = _classify(tokens[:-1], honorific, titles)
            article = False
            unnamed = mention is None or mention.kind in ("unknown", WORK)  # "of Operation Black Vote"
            if unnamed and _affiliation(text, mentions, tokens):
                mention = Mention(" ".join(t[0] for t in tokens), ORGANISATION, tokens[0][1], tokens[-1][2])
            elif (
                mention is None or mention.kind in (PERSON, "unknown") and not (honorific or titles)
            ) and _HOME_AFTER.match(text, tokens[-1][2]):
                # "the Bryn Estyn children's home": the home's name, though "Bryn" is a given name.
                mention = Mention(" ".join(t[0] for t in tokens), PLACE, tokens[0][1], tokens[-1][2])
            elif mention is None and _traded_in_words(text, tokens):
                mention = Mention(" ".join(t[0] for t in tokens), ORGANISATION, tokens[0][1], tokens[-1][2])
            elif _a_body_by_what_follows(text, tokens, mention, bool(honorific or titles)):
                # "Farrakhan's Nation of Islam group", "a Pan Am flight"; one word is left to the
                # cast, a body unless the source names someone so ("the Gabelli group").
                named = " ".join(t[0] for t in tokens)
                kind = ORGANISATION if len(tokens) > 1 else "unknown"
                mention = Mention(named, kind, tokens[0][1], tokens[-1][2])
            elif (
                (mention is None or mention.kind in (PLACE, "unknown") and not (honorific or titles))
                and _PRICE_MOVED_AFTER.match(text, tokens[-1][2]) is not None
                and not (mention and mention.kind == PLACE and a_country(mention.text))
            ):
                # "McGraw Hill fell 2-1/4 to 68-1/4", "Smiths rose 5p to 230p": a share's price, a firm's
                mention = Mention(" ".join(t[0] for t in tokens), ORGANISATION, tokens[0][1], tokens[-1][2])
            elif _traded_by_ticker(text, tokens, mention, bool(honorific or titles)):
                # "Salomon <SB> sees lower 2nd qtr": a firm's, though the story names Robert Salomon.
                tokens = _firm_between_tickers(text, tokens)
                mention = Mention(" ".join(t[0] for t in tokens), ORGANISATION, tokens[0][1], tokens[-1][2])
            elif (
                mentions
                and TICKER_AFTER.match(text, tokens[-1][2])
                and text[mentions[-1].end : tokens[0][1]] in (" and ", " & ", " AND ")
                # Neither a firm named whole nor someone: "Allied-Signal Inc and Schlumberger Ltd <SLB>"
                and mentions[-1].kind in (PLACE, "unknown")
                and not legal_form(tokens[-1][0])
            ):
                # "Gulf and Western <GW>": the one firm the ticker follows, both names its own
                start = mentions.pop().start
                mention = Mention(text[start : tokens[-1][2]], ORGANISATION, start, tokens[-1][2])
            if (mention is None or mention.kind == "unknown") and (
                party := _party_before_a_holder(text, tokens)
            ):
                mention = party
            if mention is None:
                mention = _place_inside(tokens)
                if mention and mention.text.lower() in _MONTHS:
                    mention = None  # "the Official Bulletin of March 30": a date, no town of March
                elif mention and _of_a_place_after_a_word(tokens):
                    # "Nasr of Saudi Arabia", "Christie of Britain": a name no list holds,
                    # then where it is from; the cast tells whose by what the text says of it.
                    mentions.append(Mention(tokens[0][0], "unknown", tokens[0][1], tokens[0][2]))
            if mention:
                mentions.append(mention)
    mentions = _surnames_first(text, _with_roads(text, _listed_after_a_plural_title(text, mentions)))
    if " and " in text:
        mentions = _listed_after_a_plural_kind(text, mentions)
    if ", " in text:
        if (listed := listed_bodies()) is not None:
            mentions = _bodies_with_commas(text, mentions, listed)
        mentions = _last_two_of_a_list(text, mentions)
        mentions = _partners_with_commas(text, mentions)
        if " and " in text:
            mentions = _fields_with_commas(text, mentions)
    if ") " in text:
        mentions = _bracketed_before_a_form(text, mentions)
    if "Circuit" in text:
        mentions = _numbered_circuits(text, mentions)
    if _REGIONS_AFTER_A_LIST.search(text):
        mentions = _listed_regions(text, mentions)
    # The opening first: one anchored try, where a number's search scans the whole paragraph.
    if (opening := _VENUE_OPENING.match(text)) and _CONTACT.search(text):
        mentions = _listed_venue(opening, mentions)
    return _anonymised(text, mentions) if _ANONYMISED.search(text) else mentions


#: A US court of appeals by its number: "the 8th Circuit", "the 7th U.S. Circuit Court of Appeals".
_NUMBERED_CIRCUIT = re.compile(
    r"(?<=\b[Tt]he )\d{1,2}(?:st|nd|rd|th) (?:U\.S\. )?Circuit(?: Court of Appeals)?\b(?! (?:race|track|lap))"
)


def _numbered_circuits(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return mentions with a court of appeals named by its number whole, its numeral in it."""
    for court in _NUMBERED_CIRCUIT.finditer(text):
        start, end = court.span()
        mentions = [m for m in mentions if m.end <= start or m.start >= end]
        mentions.append(Mention(court[0], ORGANISATION, start, end))
    return sorted(mentions, key=lambda m: m.start)


#: How a listing gives a telephone number: "☏ +4550981306", "tel: 1 201 944-3737", "212-859-1620".
_CONTACT = re.compile(
    r"[☏✆]|\b(?:[Tt]el|TEL|[Pp]hone|PHONE|[Tt]elephone|[Ff]ax)\b\.?:?\s*\+?\(?\d|\+\d{1,3}[\s-]?\(?\d{2}"
    r"|(?<![\d-])\d{3}[-.\s]\d{3}[-.\s]\d{4}(?![\d-])"
)
#: The name a listing opens with, before its address, its number or its bracket: "Vagabond
#: Tours, Bjerrebyvej 6", "G W Taxi 1696 Bergen Blvd", "-- New York Energy Desk 212-859-1620".
_VENUE_OPENING = re.compile(
    r"(?:--\s*)?([A-ZÀ-ÖØ-Þ][\w'’&.-]*(?: (?:[A-ZÀ-ÖØ-Þ&][\w'’&.-]*|of|and|de|du|la|le|the)){0,5})"
    r"(?=, \S|\s+\d|\s+\()"
)


def _listed_venue(opening: re.Match[str], mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with a listing's opening name a body: a shop, a firm, a desk.

    A line that opens with a name, then an address or a number, and gives a telephone number
    lists a business ("Travel Heels, Vindebyørevej 42, ☏ +4588304520"), though its words are
    the dictionary's; a person ("Harry Milling, New York Energy Desk, +1 212 ...") or a place
    the lists know ("Fort Lee Historic Park, Hudson Terrace, tel: ...") stays what it is.
    """
    name = re.sub(r"['’]s$", "", opening[1].rstrip(".,"))
    start = opening.start(1)
    end = start + len(name)
    words = name.split()
    inside = [m for m in mentions if m.start < end and start < m.end]
    if (
        any(m.kind in (PERSON, PLACE, ORGANISATION) and m.start <= start and end <= m.end for m in inside)
        or any(m.kind == PERSON for m in inside)
        or words[0].lower() in first_names()
        or words[0].lower() in CALENDAR
        or (len(words) == 1 and words[0].lower() in english_words())  # "Call 0800 ...", "Tickets, £5"
        or kind_of(words, name.lower(), None) in (PERSON, PLACE, WORK)
    ):
        return mentions
    kept = [m for m in mentions if m not in inside]
    return sorted([*kept, Mention(name, ORGANISATION, start, end)], key=lambda m: m.start)


def _bodies_with_commas(text: str, mentions: list[Mention], listed: re.Pattern[str]) -> list[Mention]:
    """Return the mentions with the table's names that hold a comma whole, in place of their parts."""
    found = list(listed.finditer(text))
    for body in found:
        start, end = body.span()
        mentions = [m for m in mentions if m.end <= start or m.start >= end]
        mentions.append(Mention(" ".join(body[0].split()), ORGANISATION, start, end))
    return sorted(mentions, key=lambda m: m.start) if found else mentions


#: A state's body whose fields its name lists with commas: "Ministry of Gender, Labour and
#: Social Development", "Department of Health, Education and Welfare".
_FIELD = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_FIELDS_WITH_COMMAS = re.compile(
    rf"\b(?:Ministry|Department|Committee|Commission) (?:of|for|on) "
    rf"((?:{_FIELD}, )+{_FIELD},? and [A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}})\b"
)


#: A body's fields listed with commas before its head: "Family Violence, Child Protection
#: and Sexual Offences Unit".
_FIELDS_BEFORE_A_HEAD = re.compile(
    rf"\b((?:{_FIELD}, )+{_FIELD},? and {_FIELD}) "
    r"(?:Unit|Department|Division|Directorate|Branch|Bureau|Committee|Commission|Ministry)\b"
)


def _last_two_of_a_list(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with a list's last two bodies apart: "..., World Vision and Plan International".

    After a body and a comma, "and" joins the list's last two, each of two words or more,
    the first no body's name linking words ("Department of Health and Social Care").
    """
    result: list[Mention] = []
    for m in mentions:
        left, _, right = m.text.partition(" and ")
        before = result[-1] if result else None
        if (
            m.kind == ORGANISATION
            and right
            and " and " not in right
            and before is not None
            and before.kind == ORGANISATION
            and text[before.end : m.start] in (", ", ",", ", the ")
            and len(left.split()) > 1
            and len(right.split()) > 1
            and not _BODY_LINKS_INTO & set(left.split())
            and m.text.lower() not in organisations()
            # Not a firm's "and Co", nor partners' names: "Donaldson Lufkin and Jenrette Securities".
            and right.split()[0].lower().rstrip(".") not in _AND_COMPANY
            and (left.split()[-1].lower() in english_words() or right.split()[0].lower() in english_words())
        ):
            at = m.start + len(left) + len(" and ")
            kind = kind_of(right.split(), right.lower(), None) or ORGANISATION
            result.append(Mention(left, ORGANISATION, m.start, m.start + len(left)))
            result.append(Mention(right, kind, at, m.end))
        else:
            result.append(m)
    return result


def _fields_with_commas(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with a state's body whole whose fields its name lists with commas.

    Each field words of the dictionary, no place, first name or body of the table's but a
    party ("Labour"): not "Ministry of Justice, Home Office and Treasury" (three bodies) nor
    "Department of Health, Wales and Scotland"; "Ministry of Children, Community and Social
    Services" is one.
    """
    found_all = [(f, f.start()) for f in _FIELDS_WITH_COMMAS.finditer(text)]
    # The head's run holds the head: at the start ("Ministry of ..."), or at the end ("... Unit").
    found_all += [(f, f.end() - 1) for f in _FIELDS_BEFORE_A_HEAD.finditer(text)]
    for found, at in found_all:
        fields = re.split(r",? and |, ", found[1])
        if not all(
            all(
                w.lower() in english_words()
                and w.lower() not in places()
                and w.lower() not in familiar_first_names()
                for w in field.split()
            )
            and not ((body := body_name(field)) and not body.endswith("Party"))
            for field in fields
        ):
            continue
        opened = (m for m in mentions if m.kind == ORGANISATION and m.start <= at < m.end)
        head = next(opened, None)
        if head is None:
            continue
        start, end = min(head.start, found.start()), max(head.end, found.end())
        kept = [m for m in mentions if m.end <= start or m.start >= end]
        mentions = sorted([*kept, Mention(text[start:end], ORGANISATION, start, end)], key=lambda m: m.start)
    return mentions


def _partners_with_commas(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with a partnership's name whole, its partners' names set off by commas.

    "Goldman, Sachs and Co", "Johnson, Lane, Space, Smith and Co Inc": the names before a
    firm of partners ("Sachs and Co") are its first partners', as a wire writes them; the
    value keeps no comma. Not a body's name ("at Merrill Lynch, Sears, Roebuck and Co" lists
    two firms), a firm with its own legal form ("Morgan Stanley Group Inc, Goldman, Sachs and
    Co"), a place or a titled person.
    """
    merged = []
    for m in mentions:
        if merged and m.kind == ORGANISATION and _partnership(m.words):
            start, names = m.start, [m.text]
            while merged and len(names) < 4:
                partner = merged[-1]
                # The table holds the known bodies' comma names whole ("Merrill Lynch, Pierce,
                # Fenner and Smith"), found before this pass.
                if not (
                    text[partner.end : start] == ", "
                    and (partner.kind in (PERSON, "unknown") or _firm_by_its_kind(text, partner))
                    and not (partner.honorific or partner.titles)
                    and len(partner.words) <= 2
                    and all(w.isalpha() and w.istitle() for w in partner.words)
                    and partner.words[0].lower() not in FUNCTION_WORDS | _WEEKDAYS
                    and partner.words[-1].lower() not in _AND_COMPANY
                ):
                    break
                merged.pop()
                start, names = partner.start, [partner.text, *names]
            if len(names) > 1:
                m = Mention(" ".join(names), ORGANISATION, start, m.end)
        merged.append(m)
    return merged


def _firm_by_its_kind(text: str, mention: Mention) -> bool:
    """Tell whether a body is one only by the kind of business before it: "brokers Kidder"."""
    return (
        mention.kind == ORGANISATION
        and body_name(mention.text) is None
        and _KIND_OF_BUSINESS_BEFORE.search(text, max(0, mention.start - 24), mention.start) is not None
    )


#: A word in brackets, then a firm's legal form: "(Holdings) Ltd", "(Australia) Ltd", "(U.K.) Plc".
_BRACKETED_FORM = re.compile(
    r" \(([A-Z][\w.&-]*(?: [A-Z][\w.&-]*)?)\) "
    r"((?:Pty|Pte) Ltd|Ltd|Limited|Inc|Plc|PLC|Corp|Corporation|Co|Bhd|Pty|AG|SA|NV|BV|AB)\b\.?"
)


def _bracketed_before_a_form(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with a firm whose name brackets its kind or country before its form whole.

    "Cheung Kong (Holdings) Ltd", "Borg-Warner (Australia) Ltd": the name before the brackets
    is the firm's, not someone's, and the country in them the firm's branch, no place named.
    """
    for found in _BRACKETED_FORM.finditer(text):
        start = found.start()
        firm = next((m for m in mentions if m.end == start and m.kind != PLACE), None)
        if firm is None:
            continue
        mentions = [m for m in mentions if m is not firm and not (start <= m.start < found.end())]
        name = f"{firm.text} {found[1]} {found[2]}"
        mentions.append(Mention(name, ORGANISATION, firm.start, found.end()))
        mentions.sort(key=lambda m: m.start)
    return mentions


def _partnership(words: list[str]) -> bool:
    """Tell whether a name is a firm of partners: "Sachs and Co", "Harris Upham and Co Inc".

    One or two names, "and", then the firm's forms alone; not two firms ("Chrysler and
    General Motors Corp", "Universal and Warner Brothers", "Gulf and Western Inc").
    """
    if "and" in words:
        k = words.index("and")
    elif "&" in words:
        k = words.index("&")
    else:
        return False
    after = [w for w in words[k + 1 :] if w.rstrip(".").lower() not in _AND_COMPANY]
    return 1 <= k <= 2 and not after and all(w.isalpha() and w.istitle() for w in words[:k])


#: An age set off after a name, as court reports write it: ", 36,", ", aged 45,".
SET_OFF_AGE = r",\s+(?:aged\s+)?\d{1,3},"


#: Someone a court, an inquiry or a case review keeps anonymous: "Girl A", "Witness B",
#: "Child 12", "Victim 3"; not "Man U", "Plan B" nor "Type 2".
# No "\b" first: the scan runs over every paragraph, and a boundary first makes it five
# times slower; `_anonymised` checks the character before.
_ANONYMISED = re.compile(
    r"(?:Girl|Boy|Child|Witness|Victim|Complainant|Survivor|Patient|Person|Officer|Woman|Mother|Father|"
    r"Defendant|Suspect|Pupil|Teacher|Worker|Resident)\s+(?:[A-Z]|\d{1,3})\b(?![\w-]|\.\w)"
)


def _anonymised(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with anonymised people in place of what the runs made of their words."""
    for found in _ANONYMISED.finditer(text):
        start, end = found.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            continue  # the end of a longer word: "xGirl A"
        mentions = [m for m in mentions if m.end <= start or m.start >= end]
        mentions.append(Mention(found[0], PERSON, start, end))
    return sorted(mentions, key=lambda m: m.start)


def surname_in_capitals(words: list[str]) -> bool:
    """Tell whether a lone word in capitals is a surname as transcripts write it ("KELLY"), no initials."""
    return len(words) == 1 and len(words[0]) >= 4 and words[0].isupper() and body_name(words[0]) is None


#: What separates the names of a list: ", ", ", and ", " and ".
LIST_GAP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def list_run(text: str, mentions: Sequence[Mention], i: int) -> slice:
    """Return the slice of mentions that list-gaps join to the i-th: "Sony, Philips and Sharp"."""
    start, end = i, i + 1
    while start and LIST_GAP.fullmatch(text, mentions[start - 1].end, mentions[start].start):
        start -= 1
    while end < len(mentions) and LIST_GAP.fullmatch(text, mentions[end - 1].end, mentions[end].start):
        end += 1
    return slice(start, end)


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+\.?)\s+$")


def _listed_after_a_plural_title(text: str, mentions: list[Mention]) -> list[Mention]:
    """Give each name of a list its plural title's: "Senators Kelly, Hickenlooper, and Luján"."""
    if not any(m.titles or m.honorific for m in mentions):
        return mentions  # most paragraphs: no title, no list to look at
    listed = list(mentions)
    for i, m in enumerate(mentions):
        if not (m.titles or m.honorific) or not (
            before := _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
        ):
            continue
        if not plural_title(before[1]):
            continue
        for j in range(i + 1, len(listed)):
            item = listed[j]
            if (
                not LIST_GAP.fullmatch(text, listed[j - 1].end, item.start)
                or item.kind not in (PERSON, "unknown")
                and not surname_in_capitals(item.words)
                or item.honorific
                or item.titles
                or len(item.words) > 1  # a full name needs no title to be one
            ):
                break
            listed[j] = dataclasses.replace(item, kind=PERSON, titles=list(m.titles), honorific=m.honorific)
    return listed


def _listed_after_a_plural_kind(text: str, mentions: list[Mention]) -> list[Mention]:
    """Make each name of a list a body after its kind in the plural: "tech firms Earthlink and Webroot"."""
    listed = list(mentions)
    for i, m in enumerate(mentions):
        if (
            (m.kind == PLACE and not _a_word_s_place(m))
            # A plural's end first: most names have none.
            or not text.endswith(("s ", "s: ", "s, "), 0, m.start)
            or not _KINDS_BEFORE_A_LIST.search(text, max(0, m.start - 24), m.start)
        ):
            continue
        run = list_run(text, mentions, i)
        items = listed[run]
        if len(items) < 2 or any(
            item.kind not in (PERSON, "unknown", ORGANISATION)
            and not (item.kind == PLACE and _a_word_s_place(item))
            or item.titles
            or item.honorific
            # "film-makers Roger Michell, Mike Leigh": people by their full names
            or _full_name(item.words)
            and item.words[0].lower() in familiar_first_names()
            and body_name(item.text) is None
            for item in items
        ):
            continue
        listed[run] = [dataclasses.replace(item, kind=ORGANISATION) for item in items]
    return listed


def _a_word_s_place(mention: Mention) -> bool:
    """Tell whether a place's name is one word of the dictionary, as a firm's may be: "Metro"."""
    return len(mention.words) == 1 and mention.text.lower() in english_words() and not a_country(mention.text)


#: What "and" joins to a firm's name, no name of its own: "and Co Inc", "and Sons".
_AND_COMPANY = LEGAL_FORMS | frozenset(
    "cos company companies sons son bros brothers partners associates".split()
)
#: What names a firm of partners' arm in a trade after its "and Co": "Simmons and Co Finance".
_ARMS_IN_TRADE = COMPANY_HEADS | frozenset(
    "finance financial capital international holdings investment trading leasing management".split()
)
#: Heads of a firm's name that a country's initials may open: "US Airways", "UK Holdings".
_TRADE_HEADS = COMPANY_HEADS | frozenset(
    "airways airlines railways motors industries holdings partners".split()
)
#: A baseball league's class, which opens a club's run: "Triple-A", "High-A", "Class AA".
_LEAGUE_CLASS = re.compile(r"(?:Triple|Double|Single|High|Low|Class)-A{1,3}")
_LEAGUE_CLASS_BEFORE = re.compile(rf"\b{_LEAGUE_CLASS.pattern}\s+$")
#: Initials in brackets right after a name: " (UNRWA)".
_BRACKETED_INITIALS = re.compile(r"\s*\(([A-Z]{3,8})\)")


def _spelled_across_and(text: str, run: list[Token]) -> bool:
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


def _spelled_whole(text: str, run: list[Token]) -> bool:
    """Tell whether the initials in brackets after a run spell every capitalised word of it.

    "the state Trading Corporation of Pakistan (TCP)": the first word is the body's, though
    it could open a sentence as a verb.
    """
    bracketed = _BRACKETED_INITIALS.match(text, run[-1][2])
    return bool(bracketed) and bracketed[1] == _initials_of(run)


def _initials_of(tokens: list[Token]) -> str:
    """Return the initials of a run's capitalised words: "TCP" of "Trading Corporation of Pakistan"."""
    return "".join(word[0] for word, _, _ in tokens if word[:1].isupper())


#: Initials in the plural: "DJs", "MPs".
_PLURAL_INITIALS = re.compile(r"[A-Z]{2,}s")
#: Months written short, as wire stories date things: "Jan. 31", "Aug 4".
_SHORT_MONTHS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
#: A day's number just before a month written short, or a year's just after it: "21.JAN.99".
_DAY_BEFORE_A_MONTH = re.compile(r"\d[.-]?$")
_YEAR_AFTER_A_MONTH = re.compile(r"[.-]?\d\d\b")


def _short_month(text: str, mention: Mention) -> bool:
    """Tell whether a month written short dates something: "Jan. 31", "21.JAN.99", "S23.SEP.96"."""
    return mention.text.title() in _SHORT_MONTHS and (
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
    rf"\.?\s+(?:\d{{1,2}}|{alternation(DAY_WORDS)})\b|/(?:{'|'.join(sorted(_SHORT_MONTHS))})\b"
)
#: Who made or stars in a work, after its title and before their name: " director Sir", " star Eric".
_MAKER_AFTER = re.compile(
    r" (?:director|actor|actress|star|producer|writer|screenwriter|creator|author|composer)s? (?=[A-Z])"
)
_ORDINAL_BEFORE = re.compile(r"\d+(?:st|nd|rd|th)[ -]$")


def _dated_words(text: str, mention: Mention) -> bool:
    """Tell whether a mention is words of the dictionary before a month and its day: "Pay Dec 1"."""
    return (
        mention.kind == "unknown"
        and len(mention.words) > 1
        and _ends_in_a_date(text, mention)
        and all(w.lower() in english_words() and w.lower() not in first_names() for w in mention.words[:-1])
    )


def _initials_after(tokens: list[Token]) -> bool:
    """Tell whether a run's last word is the initials of its capitalised words: "Saudi Press Agency SPA"."""
    last = tokens[-1][0].rstrip(".,;:")
    return len(last) >= 2 and last.isupper() and last == _initials_of(tokens[:-1])


#: A schedule's line: a side named by its town "at" where it plays ("KANSAS CITY AT DETROIT").
_FIXTURE_LINE = re.compile(r"\s*([A-Z][A-Za-z.' ]*[A-Za-z.]) (?:AT|at) ([A-Z][A-Za-z.' ]*[A-Za-z.])\s*")


def _fixture(text: str) -> list[Mention]:
    """Return a schedule line's side and the town it plays at, if both are towns the tables know."""
    line = _FIXTURE_LINE.fullmatch(text)
    if line is None or not all(_placed(line[k].split()) for k in (1, 2)):
        return []
    # A country's side goes by the country, as a results line's does ("Spain at Belgium").
    kind = PLACE if a_country(line[1]) else ORGANISATION
    side = Mention(_titled(line[1]), kind, line.start(1), line.end(1))
    return [side, Mention(_titled(line[2]), PLACE, line.start(2), line.end(2))]


def _titled(name: str) -> str:
    """Return a name in capitals in title case, a name in mixed case as written."""
    return name.title() if name.isupper() else name


#: A region's kind in the plural after a list of their names: "Oxford and Somerset counties".
_REGIONS_AFTER_A_LIST = re.compile(r"(?<=[a-z]) (?:counties|parishes|provinces|boroughs)\b")
#: What stands between the names of a list, before the next: ", ", " and ", ", and ".
_LIST_GAP_BEFORE = re.compile(r"(?:, (?:and |or )?| (?:and|or) )$")


def _listed_regions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Make places of the names listed before "counties" and the like: "Oxford and Somerset counties"."""
    regions = set()
    for kind in _REGIONS_AFTER_A_LIST.finditer(text):
        end = kind.start()
        for k in range(len(mentions) - 1, -1, -1):
            mention = mentions[k]
            if mention.end > end:
                continue
            named = mention.honorific or mention.titles or mention.kind == PERSON and len(mention.words) > 1
            if mention.end != end or named or mention.kind == ORGANISATION:
                break
            regions.add(k)
            gap = _LIST_GAP_BEFORE.search(text, max(0, mention.start - 6), mention.start)
            if gap is None:
                break
            end = gap.start()
    return [dataclasses.replace(m, kind=PLACE) if k in regions else m for k, m in enumerate(mentions)]


def _dated_name(text: str, mention: Mention) -> bool:
    """Tell whether a name runs into a month and its day: "Purolator February 27"."""
    if mention.kind == PERSON:
        # "President Felix Houphouet-Boigny March 19-22": a full name, then the date; "Fredric
        # March 27" and "Theresa May 10" keep their surnames.
        return len(mention.words) > 2 and mention.words[-1] != "May" and _ends_in_a_date(text, mention)
    return mention.kind in ("unknown", ORGANISATION) and _ends_in_a_date(text, mention)


#: A place's region after a comma: "March, Cambridgeshire".
_PLACE_AFTER_A_COMMA = re.compile(r",\s+[A-Z]")


def _month_ended(tokens: list[Token]) -> bool:
    """Tell whether a run ends in a month no one bears, after no one's first name: "German January"."""
    month, before = tokens[-1][0].lower(), tokens[-2][0].lower()
    return (
        month in _MONTHS
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
    return (month.lower() in _MONTHS or month.rstrip(".") in _SHORT_MONTHS) and _DAY_AFTER.match(
        text, mention.end
    ) is not None


def _century(text: str, run: list[Token]) -> bool:
    """Tell whether a run opens with the "Century" of "17th Century Zurbarán paintings"."""
    start = run[0][1]
    ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 6), start)
    return (
        len(run) > 1
        and run[0][0] in ("Century", "Centuries")
        and ordinal is not None
        and text[ordinal.start() : run[-1][2]].lower() not in organisations()  # "20th Century Fox"
    )


def _after_a_bare_initial(text: str, mention: Mention) -> bool:
    """Tell whether a name follows an initial with no full stop in a list: "C Paterson; S Webster".

    Not "A" nor "I", words; not a compass point's letter before a place: "N Ireland", "S Korea";
    not inside a sentence: "Plan B Johnson".
    """
    start = mention.start
    if start < 2 or text[start - 1] != " " or not mention.text[:1].isupper() or mention.text.isupper():
        return False
    letter = text[start - 2]
    before = text[max(0, start - 4) : start - 2]
    listed = start == 2 or text[start - 3] in "\n(" or before in (", ", "; ", ": ")
    return listed and (letter in "BCDFGHJKLMOPQRTUVXYZ" or letter in "NSEW" and mention.kind != PLACE)


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


def _paper_by_its_word(text: str, token: Token) -> bool:
    """Tell whether a paper's word after "the" is the paper: "The Sun reported", "told The Hindu"."""
    word, start, end = token
    if word.lower() in nationalities() and text.endswith("The ", 0, start):
        # "told The Hindu", "according to The Australian": a paper's title, its capital "The" and all
        return _TOLD_BEFORE.search(text[max(0, start - 30) : start - 4].lower()) is not None
    if word not in _PAPERS:
        return False
    if "the " + word.lower() in organisations():
        return False  # "The Observer": the table's name, article and all
    if _PUBLICATION_AFTER.match(text, end):
        return True  # "The Sun newspaper said", "the tabloid Star magazine": what it is, said after it
    if text[max(0, start - 4) : start] not in ("the ", "The "):
        return False
    return bool(_REPORTS_AFTER.match(text, end) or _TOLD_BEFORE.search(text, max(0, start - 30), start - 4))


#: What a body sends somewhere, after its name and the place: "the OSCE Chechnya mission".
_MISSION_AFTER = re.compile(
    r" (?:missions?|forces?|troops|peacekeepers|peacekeeping|monitors|observers|envoys?|operations?|"
    r"delegations?)\b"
)
#: ... and where it meets, and what it agrees there, after "the": "the G-7 Paris agreement".
_MEETING_AFTER = re.compile(
    r" (?:talks|summits?|meetings?|conferences?|agreements?|accords?|communiques?|negotiations)\b"
)


def _missions_apart(text: str, runs: list[list[Token]]) -> list[list[Token]]:
    """Return the runs with a body's and a place's name cut apart before its mission: "UN Iraq mission".

    Or before its meeting: "the G-7 Washington talks".
    """
    cut = []
    for run in runs:
        opening = _past_the(run, 0)
        if (
            len(run) - opening >= 2
            and (
                _MISSION_AFTER.match(text, run[-1][2])
                # Not a verb after a body's own branch: "BBC Scotland talks to him".
                or (opening or text.endswith("the ", 0, run[0][1]))
                and _MEETING_AFTER.match(text, run[-1][2])
            )
            and body_name(run[opening][0]) is not None
            and " ".join(t[0] for t in run[opening + 1 :]).lower() in places()
            and not _known_whole(run[opening:])  # "BBC Scotland", the table's own
        ):
            cut += [run[: opening + 1], run[opening + 1 :]]
        else:
            cut.append(run)
    return cut


def _field_label(text: str, tokens: list[Token]) -> bool:
    """Tell whether a word in capitals no table holds labels a figure after its colon: "AMT: 1,200,000".

    A figure, not words: a transcript's speaker labels what they say ("CLINTON: Well,"), and
    a body's or a place's the tables know is itself ("UK: 5 million").
    """
    word, _, end = tokens[0]
    return (
        len(tokens) == 1
        and _FIGURE_AFTER_A_COLON.match(text, end) is not None
        and word.isupper()
        and not _known_name(word)
        and not country_code(word)
    )


#: A colon, then a figure: "AMT: 1,200,000", "DTD: 09/01/96", "CUSIP: 072261".
_FIGURE_AFTER_A_COLON = re.compile(r": \d")


def _titled_with_the(text: str, tokens: list[Token]) -> bool:
    """Tell whether "the" and the words name a body the table knows by both ("The Observer")."""
    start = tokens[0][1]
    return text[max(0, start - 4) : start] in ("the ", "The ") and (
        "the " + " ".join(t[0] for t in tokens).lower() in organisations()
    )


def _with_roads(text: str, mentions: list[Mention]) -> list[Mention]:
    """Add the roads a text names by number ("I-44", "US 169", "the A19"), as places."""
    if not any(hint in text for hint in _ROAD_HINTS):
        return mentions  # most paragraphs name no road: a few quick looks for a road's letters
    roads = [
        Mention(road[1], PLACE, road.start(1), road.end(1))
        for road in _ROAD.finditer(text)
        if road[1][1:] not in _AIRBUS  # "the A380": a plane
    ]
    if not roads:
        return mentions
    kept = [m for m in mentions if not any(m.start < r.end and r.start < m.end for r in roads)]
    return sorted(kept + roads, key=lambda m: m.start)


#: A road's number: US interstates, highways and routes ("I-44", "US-75", "Hwy 51",
#: "Route 66"), and, after "the", Britain's A roads and motorways ("the A19", "the M62", and
#: the A roads built as motorways, "the A1(M)", which signs and guides also write "the A1M").
#: The first letters looked at first: the pattern then runs only where a road's could start.
_ROAD = re.compile(
    r"(?=[IUSHRAM])(?<![\w-])((?:I|US|SR)-\d{1,3}|(?:US|Hwy|Highway|Route|Interstate|SR) \d{1,3}"
    r"|(?<=the )[AM]\d{1,4}(?:\(M\)|M)?)(?![\w-]|\.\d|,\d)"
    # Not an amount in a country's money: "revenues of over US 4 billion dlrs".
    r"(?! (?:billion|million|mln|bln|trillion|dollars|dlrs|cents|pct)\b)"
)
_ROAD_HINTS = ("I-", "US", "SR", "Hwy", "Highway", "Route", "Interstate", "the A", "the M")
#: Airbus's planes, which a story calls "the A380" as Britain calls a road.
_AIRBUS = frozenset("300 310 318 319 320 321 330 340 350 380".split())


def _surnames_first(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join a reference list's authors, surname first: "Austen, Jane. Pride and Prejudice"."""
    if not mentions or ("\n" not in text and mentions[0].start > 12):
        return mentions  # an entry opens a line: most paragraphs open with no name
    joined: list[Mention] = []
    i = 0
    while i < len(mentions):
        # "Marx, Karl and Engels, Friedrich. The Communist Manifesto": authors joined by
        # "and", the last before the title; not "Carson, Fiorina and Huckabee have".
        pairs = []
        j = i
        while _surname_first(text, mentions, j, opening=not pairs):
            pairs.append(j)
            if not _AND_AFTER.match(text, mentions[j + 1].end):
                break
            j += 2
        if pairs and _TITLE_AFTER.match(text, mentions[pairs[-1] + 1].end):
            for k in pairs:
                surname, given = mentions[k], mentions[k + 1]
                joined.append(Mention(f"{given.text} {surname.text}", PERSON, surname.start, given.end))
            i = pairs[-1] + 2
            continue
        joined.append(mentions[i])
        i += 1
    return joined


def _surname_first(text: str, mentions: list[Mention], i: int, opening: bool) -> bool:
    """Tell whether mentions i and i + 1 are a surname, a comma and given names: "Austen, Jane"."""
    if i + 1 >= len(mentions):
        return False
    surname, given = mentions[i], mentions[i + 1]
    return (
        text[surname.end : given.start] == ", "
        and len(surname.words) == 1
        and not (surname.honorific or surname.titles or given.honorific or given.titles)
        and (surname.text.lower() not in english_words() or surname.text.lower() in famous_people())
        and len(given.words) <= 3
        and given.words[0].lower() in first_names()
        and given.words[0].lower() not in places()  # "Austin, Texas."
        # A few characters back say where the entry opens: no scan of the text before.
        and (_LINE_OPENS if opening else _AND_BEFORE).search(text, max(0, surname.start - 12), surname.start)
        is not None
    )


#: Where a reference list's entry opens: a line's start, after a number or a bullet.
_LINE_OPENS = re.compile(r"(?:^|\n)[\s\d.*•–-]*$")
_AND_BEFORE = re.compile(r"\s(?:and|&)\s+$")
_AND_AFTER = re.compile(r"\s+(?:and|&)\s")
#: After an entry's authors, the work's title or year: "Austen, Jane. Pride", "Ruse, Michael (1986)";
#: not the end of a line of surnames ("Mensing, Sheridan.") nor a sentence's comma.
_TITLE_AFTER = re.compile(r"\.\s+[\"“‘'(]?[A-Z0-9]|\s*\(\d{4}")


def _saint_s_venue(text: str, mention: Mention) -> str | None:
    """Return the possessive that makes a saint's name after "at" or "in" a place: "at St Mary's"."""
    if mention.words[0] not in ("St", "St.", "Saint"):
        return None
    owned = _POSSESSIVE_ALONE.match(text, mention.end)
    if owned and _AT_BEFORE.search(text, max(0, mention.start - 6), mention.start):
        return owned[0]
    return None


#: A possessive that ends a name, no capitalised word after it: "at St Mary's." but not "St Mary's Road".
_POSSESSIVE_ALONE = re.compile(r"['’]s?(?!\w)(?!\s+[A-Z])")
_AT_BEFORE = re.compile(r"\b(?:at|in|to|from|near)\s+$")


def _affiliation(text: str, mentions: list[Mention], tokens: list[Token]) -> bool:
    """Tell whether capitalised words no list knows, after a person and "of", are where they work.

    "Isabel Ruiz of Heaven Sent Gaming", "Joel Pollak of Breitbart California"; one word may
    be a small town as well ("Tom Emanuel of Laconia").
    """
    return (
        len(tokens) >= 2
        and bool(mentions)
        and mentions[-1].kind == PERSON
        and text[mentions[-1].end : tokens[0][1]] == " of "
        and all(_capital(word) for word, _, _ in tokens)
        and tokens[0][0].lower() not in nationalities()  # "of American YouTube": a body the table knows
    )


#: An illness's kind in lower case after its name: " disease", " syndrome".
_ILLNESS_AFTER = re.compile(r" (?:disease|syndrome)\b")
#: Money lent and borrowed outside its own country: "Eurobonds", "Euro-dollars", "Euroyen".
_EURO_MARKETS = re.compile(
    r"euro-?(?:bond|debt|dollar|yen|mark|sterling|franc|currenc(?:y|ies)|note|market|deposit)s?"
)
#: A firm's legal form typed in lower case after its name: "Key Tronic corp said".
_FORM_IN_LOWER_CASE = re.compile(r" (?:corp|inc|ltd|plc)\b(?!-)| co (?:Inc|Ltd)\b")
#: Staff after their employer's name: " executive", " officials".
_STAFF_AFTER = re.compile(r"\s+(?:executives?|officials?|managers?|officers?|economists?|analysts?)\b")
#: A US legislator's party's letter and their state, as the AP writes them: "R-Iowa", "D-Mass.".
_PARTY_AND_STATE = re.compile(r"[RDI]-([A-Z][A-Za-z]+(?:\.[A-Z]\.?)?)\.?")
#: A firm's legal form set off by a comma after its name: "Ferrovia Paulista, S.A.".
_FORM_AFTER_A_COMMA = re.compile(r",\s+(?:Inc|Ltd|Corp|S\.A|N\.V|B\.V|S\.p\.A|A\.G|Plc|PLC|LLC)\b")
#: Initials, then words in brackets up to a name's run: "LCD (Liquid ".
_INITIALS_THEN_BRACKET = re.compile(r"\b([A-Z]{2,6})s? \(((?:[A-Za-z-]+ )*)$")


def _spelled_out(text: str, mention: Mention) -> bool:
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


#: The months as written in full or short, lower case: "july", "aug".
_MONTH_WORDS = _MONTHS | frozenset(m.lower() for m in _SHORT_MONTHS)
#: The months of six letters or more, by their first letter: one each.
_LONG_MONTHS = {m[0]: m for m in _MONTHS if len(m) >= 6}


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


#: Words that say when or whose a title is, capitalised before it: "Current chairman".
_TIME_QUALIFIERS = frozenset("current presidential ministerial outgoing incoming retiring previous".split())
_TITLE_QUALIFIERS = QUALIFIERS | _TIME_QUALIFIERS
#: A title's word right after a name: " chairman", " spokesman".
_TITLE_WORD_AFTER = re.compile(
    r" (?:chairman|chairwoman|chairperson|spokesman|spokeswoman|spokesperson|president|director|minister"
    r"|secretary|official|officials|aide|aides|adviser|advisers)\b"
)
#: A German firm's compound head: "Warenhandelsgesellschaft", "Stahlwerke", "Eisenwerk-Gesellschaft".
_GERMAN_FIRM = re.compile(r"[A-Z][a-zäöü]+(?:gesellschaft|werke|institut|-Gesellschaft|-Werke)")
#: A brand's word after a name: "Santana brand shoes", "the Kodiak brands".
_BRAND_AFTER = re.compile(r"[ -]brand(?:s|ed)?\b")
#: Streets named before their plural head: "Fifth and Main streets", "Dupont (now Grant) streets".
_STREETS_AFTER = re.compile(
    r"(?:\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\)?\s+(?:\([^()]{1,30}\)\s+)?(?:streets|avenues|roads)\b"
)
#: What gives an airport's code: "(IATA: TUL)".
_CODE_BEFORE = re.compile(r"\b(?:IATA|ICAO|FAA LID):\s*$")
#: The labels of an airport's codes, and the code after one: "(IATA: TUL)", "ICAO: KJFK".
_CODE_LABELS = frozenset({"IATA", "ICAO"})
_CODE_AFTER = re.compile(r":\s*[A-Z0-9]{3,4}\b")
#: A price's terms of delivery, which open no name: "FOB Gulf", "CIF Rotterdam".
_PRICE_TERMS = frozenset({"FOB", "CIF", "C&F", "FAS"})
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
#: What opens a ship's name: a navy's initials, a merchant vessel's.
_SHIPS = frozenset("HMS USS HMAS HMCS HMNZS RFA USNS INS MV RMS".split())


def _a_ship_s_firm(words: list[str]) -> bool:
    """Tell whether a ship's initials open a firm's name: "USS Chemicals", "USS Chemicals Inc"."""
    return _body_word(words[-1]) or legal_form(words[-1]) or plural_of_a_word(words[1])


#: Initials that make a name a football club's, before or after its town: "FC Basel", "Chelsea FC".
_CLUB_INITIALS = frozenset("FC AFC CF SV VfB VfL FK NK SK CD RCD BSC TSG SSC".split())


def _by_what_surrounds(
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
        if not owner and _PUBLICATION_AFTER.match(text, end) and _publication_s(text, mention):
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
#: What a publication is, right after its name: " magazine", " newspaper"; not " paper", which is
#: also what a scholar writes ("the Smith paper").
_PUBLICATION_AFTER = re.compile(r" (?:magazine|newspaper|tabloid|newsletter)\b")
#: A publication's word and a name after it, which is the publication's: " newspaper Nihon Keizai".
_PUBLICATION_NAMED_AFTER = re.compile(r" \w+ [A-Z]")
#: A Romance link right before a name, which is then the end of a longer one: "Safras e ".
_ROMANCE_LINK_BEFORE = re.compile(r"\b(?:e|y|de|da|do|di|du|del|della|des|et|und) $")
#: A capitalised word right before a name, which is then part of a longer one; not a possessive
#: nor any word ending in "s" ("Thursday's Sun newspaper", "Uefa's Champions magazine").
_CAPITAL_WORD_BEFORE = re.compile(r"\b[A-Z][\w-]*[^'’s\W] $")


def _publication_s(text: str, mention: Mention) -> bool:
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
        and not (word in _CHAMBERS or body_name(mention.text))
    )


#: "a" just before a name: one of a kind, as no body is ("a VBIED", "an MLP", "a Hybrid Organization").
_A_JUST_BEFORE = re.compile(r"\b[Aa]n? $")
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
        _A_JUST_BEFORE.search(text, max(0, mention.start - 3), mention.start) is not None
        and _PHRASE_ENDS.match(text, mention.end) is not None
        and body_name(mention.text) is None
    )


def _ticker(text: str, mention: Mention) -> str | None:
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


def _initials_of_no_place(text: str, mention: Mention) -> bool:
    """Tell whether a short word in capitals, in a text in lower case too, is initials, no town.

    The place table's initials ("UK", "UAE", "NYC") stay places; a town is written so only
    where all is in capitals, as a headline or a dateline is.
    """
    word = mention.text
    return (
        len(word) <= 3
        and word.isalpha()
        and word.isupper()
        and word.lower() not in place_names()
        and any(c.islower() for c in text)
    )


def _state_code(text: str, tokens: list[Token]) -> bool:
    """Tell whether a word in capitals is a US state's code after a town and a comma: "Vinita, OK"."""
    word, start, end = tokens[0]
    if len(tokens) > 1 or word not in state_codes() or not _CODE_ENDS.match(text, end):
        return False
    town = _TOWN_AND_COMMA.search(text, max(0, start - 30), start)
    # A town no dictionary holds, or one the gazetteer does: not "Fine, OK, he said."
    return town is not None and (town[1].lower() not in english_words() or town[1].lower() in towns())


#: A town and a comma before a state's code.
_TOWN_AND_COMMA = re.compile(r"([A-Z][a-z][\w'’-]*),\s+$")
#: What ends an address's state code: punctuation, a postal code, the text's end, "and" or "or".
STATE_CODE_END = r"(?=[,.;:)]|\s+\d|\s*$|\s+(?:and|or)\b)"
_CODE_ENDS = re.compile(STATE_CODE_END)
#: A run that fills a quotation is a title ("Debbie Died Because", "Sex And The City").
_OPENING_QUOTES = frozenset("\"“‘'")
_CLOSED = re.compile(r"[.,?!]?[\"”’']")
#: A nickname in quotation marks or brackets inside a name: Juan "Chico" Manriquez, Joaquín
#: “El Chapo” Guzmán, James Leander (Leo) Nichols.
_NICKNAME = re.compile(
    r"\b([A-Z][\w’'-]*) ([\"“][A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}[\"”]|\([A-Z][a-z][\w’'-]*\))(?= [A-Z])"
)


#: Given names, then their initials in brackets before the surname: "Alan John Percivale (A.J.P.) Taylor".
_GIVEN_INITIALS = re.compile(r"((?:[A-Z][\w’'-]* ){2,4})\(((?:[A-Z]\.){2,4})\)(?= [A-Z])")


def _without_nicknames(text: str) -> str:
    """Return text with nicknames inside names blanked, so that the name reads as one run."""
    if '"' not in text and "“" not in text and "(" not in text:
        return text
    if "(" in text:
        text = _GIVEN_INITIALS.sub(_initials_blanked, text)

    def blank(m: re.Match) -> str:
        # A nickname in brackets is a given name ("(Leo)"), not a party's or a place's ("(Democrat)").
        nickname = not m[2].startswith("(") or m[2][1:-1].lower() in first_names()
        return f"{m[1]} {' ' * len(m[2])}" if nickname and m[1].lower() in first_names() else m[0]

    return _NICKNAME.sub(blank, text)


def _initials_blanked(m: re.Match) -> str:
    """Blank initials in brackets that spell the given names before them, which go on to the surname."""
    names = m[1].split()
    letters = m[2].replace(".", "")
    spelled = "".join(name[0] for name in names[-len(letters) :]) == letters and len(names) >= len(letters)
    return f"{m[1]}{' ' * (len(m[2]) + 2)}" if spelled else m[0]


#: A year as works are cited: "2010", "2010a".
_YEAR_DIGITS = r"(?:1[5-9]|20)\d\d"
YEAR = rf"{_YEAR_DIGITS}[a-z]?"
#: A year after an author's name, as works are cited: "Mackey, 2014", "Gass 1997".
CITED_YEAR = re.compile(rf",?\s+{YEAR}\b")
#: A year cited after an author's name, bracketed or not: ", 2014", " (2014)".
_YEAR_CITED_AFTER = re.compile(rf",?\s+\(?{YEAR}\b")
#: A year right after a name: an edition, no person's name ("Kenya Vision 2030").
_EDITION = re.compile(rf" {_YEAR_DIGITS}\b(?![a-z)])")


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


def _capitalised_runs(text: str) -> list[list[Token]]:
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
        if _capital(word)
        or "-" in word
        and _PARTICLE.match(word)
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
            and (i + 1 == len(tokens) or not _capital(tokens[i + 1][0]))
        ):
            continue  # "40GB", "5MP": a unit after its number, no name; not "4Kids Entertainment"
        j = i + 1
        # Whether the run opens with a Romance body's head ("Universidad", "the Guardia").
        head = tokens[j][0] if word == "The" and j < len(tokens) else word
        romance = _opening_head(head)
        opened = i if romance else None  # where a Romance body's head opened the run
        while j < len(tokens) and (_goes_on(tokens, i, j) or _initial_in_a_list(text, tokens, i, j)):
            word = tokens[j][0]
            if word.lower() in _SECOND_HEADS or _opening_head(word):
                if opened is not None and j > opened + 1 and tokens[j - 1][0][:1].isupper():
                    break  # "Universidad de Oviedo Campus de Gijón": a second body's or place's head
                opened = j if opened is None and _opening_head(word) else opened
            if (
                word in _HEADLINE_BREAKS
                and not _table_s_name_through(tokens, i, range(j + 1, j + 3))
                and not _after_a_middle_initial(tokens, i, j)
            ):
                break  # "Pins Hopes On Iowa": a headline's capitalised words; "Hope Not Hate" is one name
            bridged = word.lower() in _CONNECTORS and j + 1 < len(tokens) and _capital(tokens[j + 1][0])
            # After a name, "the" joins only an epithet: "Ivan the Terrible", not "told Wikinews
            # the Australian Electoral Commission"; after a word, a title's ("Meet the Press").
            bridged = bridged and (
                word != "the"
                or tokens[j + 1][0].lower() in _EPITHETS
                or tokens[j - 1][0].lower() in english_words()
                and not _opening_verb(text, tokens, i, j)
            )
            # "Marsden & Mackey, 2014", "Polio and Gass 1997": two authors cited, not one name.
            bridged = bridged and not (
                word in ("&", "and") and _YEAR_CITED_AFTER.match(text, tokens[j + 1][2])
            )
            # Nor a month or a day after "for": "180 dlrs CIF Rotterdam for May", "travel to Vaduz
            # for Saturday's match"; nor a place after a place: "left Bahrain for Baghdad".
            bridged = bridged and not (
                word == "for"
                and (
                    _dated(_POSSESSIVE.sub("", tokens[j + 1][0]))
                    or j - 1 == i
                    and tokens[i][0].lower() in places()
                    and _clean(tokens[j + 1])[0].lower() in places()
                )
            )
            # A body's name goes on past "for the", "on": "Joint Council for the Welfare of
            # Immigrants", "Joint Committee on Human Rights".
            body = tokens[j - 1][0].lower() in ORG_HEADS and word.lower() in _BODY_LINKS
            # Not a unit of soldiers "on" where it fought: "the Royal Welch Fusiliers on the Somme".
            body = body and not (word == "on" and tokens[j - 1][0].lower() in _TROOPS)
            # An inquiry's name goes on past "into": "Independent Inquiry into Child Sexual Abuse".
            body = body or word == "into" and tokens[j - 1][0].lower() in _INQUIRIES
            # ... and past "on" or "into" after a field of one word: "Centre for Research on Energy".
            body = body or (
                word in ("on", "into")
                and j - i >= 3
                and tokens[j - 3][0].lower() in _HEADS_AND_CENTRES
                and tokens[j - 2][0] in _BODY_LINKS
                and _capital(tokens[j - 1][0])
            )
            ahead = [t[0] for t in tokens[j + 1 : j + 3]]
            # ... and past "to" and what it is for: "Committee to Protect Journalists".
            headed = word == "to" and tokens[j - 1][0].lower() in _HEADS_AND_CENTRES
            # Not past a firm's legal form, which ends its name, nor to one: "sell Michigan
            # Cellular Inc to Century Telephone Enterprises Inc" names two firms.
            headed = headed and not legal_form(tokens[j - 1][0]) and not _runs_to_a_legal_form(tokens, j + 1)
            body = body or headed and _purpose(ahead)
            # ... or the table's whole name: "Prevention of Cruelty to Children", "Cricket in India",
            # "Mail on Sunday".
            known = (
                word in ("to", "in", "on")
                and ahead[:1] != []
                and _known_whole(tokens[_past_the(tokens, i) : j + 2])
            )
            body = body or known
            # ... or a town's joining word: "Newcastle upon Tyne", "Barrow in Furness".
            body = body or (
                word in _TOWN_JOINS
                and ahead[:1] != []
                and _capital(ahead[0])
                and " ".join(t[0] for t in tokens[i : j + 2]).lower().rstrip(".") in places()
            )
            # ... or past a word in lower case the table's name holds: "Medicines and Healthcare
            # products Regulatory Agency".
            body = body or (
                word.islower()
                and word not in _CONNECTORS
                and " ".join(t[0] for t in tokens[_past_the(tokens, i) : j + 1]).lower() in names_going_on()
            )
            long_bridge = len(ahead) == 2 and ahead[0] == "the" and _capital(ahead[1])
            # ... or a body or a place the tables know: "Friends of the Earth", "Democratic
            # Republic of the Congo".
            long_bridge = (
                long_bridge
                and (
                    body
                    # The table's whole name past "and the": "Islamic State of Iraq and the Levant".
                    or _known_whole(tokens[_past_the(tokens, i) : j + 3])
                    or word == "of"
                    and (
                        _known_whole(tokens[i : j + 3])
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
                body and ahead[:1] != [] and _capital(ahead[0]) and (known or not _dated(ahead[0]))
            )
            # A Romance body's name goes on past its small words: "Universidad Nacional de
            # Educación a Distancia", "Guardia di Finanza", "Centro de Investigación y Desarrollo".
            linked = romance and word in _ROMANCE_LINKS
            # ... as a German firm's goes past "und", "für" to its legal form: "Fichtel und Sachs AG".
            linked = (
                linked
                or word in _GERMAN_LINKS
                and any(written_legal_form(t[0]) for t in tokens[j + 1 : j + 5])
            )
            bridged = bridged or (linked and ahead[:1] != [] and _capital(ahead[0]))
            # ... as a French firm's goes past "et" to its form: "Lazard Freres et Cie".
            bridged = bridged or (word == "et" and ahead[:1] != [] and ahead[0].rstrip(".,") == "Cie")
            # ... as a Dutch firm's goes past "en": "Bank Mees en Hope", "Oolders en de Jong C.V.".
            bridged = bridged or (
                word == "en"
                and ahead[:1] != []
                and (_capital(ahead[0]) or ahead[0] in _NAME_PARTICLES and ahead[1:] and _capital(ahead[1]))
            )
            # ... and past an article after "de": "Fiscalía General de la Nación".
            long_bridge = long_bridge or (
                romance
                and len(ahead) == 2
                and (
                    word in ("de", "di", "da")
                    and ahead[0] in _ROMANCE_ARTICLE_WORDS
                    # ... and past "and" and "of": "Compania Industrial y de Abastecimiento".
                    or word in ("y", "e")
                    and ahead[0] in ("de", "del", "di", "da", "do")
                )
                and _capital(ahead[1])
            )
            # ... and past "against" to what it works against: "Committee against Torture", "Commission on
            # Incest and Sexual Violence against Children"; not "Leeds United against Arsenal".
            bridged = bridged or (
                word == "against"
                and ahead[:1] != []
                and _capital(ahead[0])
                and not ahead[0].endswith(_POSSESSIVES)  # "... Investing against NCNB's performance"
                and (tokens[j - 1][0].lower() in _BODIES_AGAINST or _inside_a_field(tokens, i, j))
            )
            # ... and past "in" to the field it works in: "Trafficking in Persons", "Women in Science".
            bridged = bridged or (word == "in" and _field_after_in(tokens, i, j))
            # A federal office's head: "Special Agent in Charge", "Assistant Director in Charge".
            bridged = bridged or (
                word == "in"
                and ahead[:1] == ["Charge"]
                and f"{tokens[j - 1][0].lower()} in charge" in roles()
            )
            # A university's campus: "University of California at Berkeley", "the State
            # University at Buffalo".
            bridged = bridged or (
                word == "at"
                and ahead[:1] != []
                and _capital(ahead[0])
                and (
                    tokens[i][0] == "University"
                    and tokens[i + 1][0] == "of"
                    or tokens[j - 1][0] == "University"
                    and re.sub(r"['’]s$", "", ahead[0].rstrip(".,;:")).lower() in places()
                )
            )
            spaced = text[tokens[j - 1][2] : tokens[j][1]].strip()
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
                and any(_known_whole(tokens[k : j + end]) for k in range(i, j) for end in (1, 2))
            )
            # An officer's collar number between the rank and the surname: "DC 1234 Brown".
            numbered = numbered or (
                word.isdigit()
                and j == i + 1
                and tokens[i][0] in POLICE_RANKS
                and j + 1 < len(tokens)
                and _capital(tokens[j + 1][0])
            )
            # A unit named for its work, its head in lower case: "Internet Child Exploitation unit".
            worked = (
                word in _UNIT_HEADS_WRITTEN_LOWER
                and any(t[0].lower() in _WORK_OF_A_BODY for t in tokens[i:j])
                # Not after a firm's legal form nor a named body: "its Health and Tennis Corp unit",
                # "its Security Bank of Almont unit" are a firm's unit.
                and tokens[j - 1][0].rstrip(".").lower() not in LEGAL_FORMS | {"bank"}
                and not (
                    any(t[0] == "of" for t in tokens[i:j])
                    and any(t[0].lower() in ORG_HEADS for t in tokens[i:j])
                )
                and (j + 1 == len(tokens) or not _capital(tokens[j + 1][0]))
            )
            if worked and not spaced:
                j += 1
                break
            if word in _SENTENCE_ADVERBS and INITIAL.fullmatch(tokens[j - 1][0]):
                break  # "Malcolm X. Besides Dee, he": the initial's stop ends a sentence
            # A word in lower case that ends the table's name: "Gendarmerie nationale".
            ending = word.islower() and _ends_a_table_s_name(tokens[_past_the(tokens, i) : j + 1])
            if spaced or not (
                _capital(word)
                or bridged
                or ending
                or long_bridge
                or regnal
                or numbered
                or _name_part(tokens, i, j)
                or len(word) == 1
                and (_initial_first(text, tokens, j) or _letter_before_a_form(tokens, j))
            ):
                break
            j += 3 if long_bridge else 2 if bridged else 1
        if (
            j - i > 1
            and _weekday_after_a_name(tokens[i : j - 1], tokens[j - 1][0])
            and not _known_whole(tokens[_past_the(tokens, i) : j])  # "Independent on Sunday"
        ):
            j -= 1  # "told Reuters Tuesday", "CNBC Friday": a US wire's day after a name ends it
        if not (j == i + 1 and INITIAL.fullmatch(tokens[i][0])):  # an initial alone names no one
            runs.append([_state_or_word(text, token) for token in tokens[i:j]])
    return runs


def _ends_a_table_s_name(tokens: list[Token]) -> bool:
    """Tell whether tokens are, as written, a name of the table's that ends in lower case."""
    return " ".join(t[0] for t in tokens) in names_ending_in_lower_case()


def _field_after_in(tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether "in" at token j goes on with a body's name to the field it works in."""
    words = [t[0] for t in tokens[_past_the(tokens, i) : j]]
    ahead = [t[0] for t in tokens[j + 1 : j + 4]]
    field = list(itertools.takewhile(_capital, ahead))
    # After a head and its link ("Agency for the Prohibition of Trafficking"), to words of
    # the language that name no place and no time: not "Ministry of Health in Lagos", "the
    # Department of Education in England", "Bank of England in March".
    # Not after a body the tables know, where "in" says where: "Court of Appeals in Brown v. ...".
    return (
        any(w.lower() in ORG_HEADS for w in words)
        and any(w in _BODY_LINKS or w in ("against", "Against") for w in words)
        and not _known_name(" ".join(words))
        and 0 < len(field) < 3
        # A field is a plural or an abstract noun: "Persons", "Science"; not "Brown v. Jacobs".
        and (field[-1].lower().endswith(_FIELD_ENDINGS) or field[-1].lower() in _PLURAL_PEOPLE)
        and not field[-1].endswith("ss")
        and all(w.lower() in english_words() and not _known_name(w) and not _dated(w) for w in field)
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
    return _known_name(_clean(tokens[j + 1])[0]) and not _known_whole(tokens[i : j + 2])


def _initial_in_a_list(text: str, tokens: list[Token], i: int, j: int) -> bool:
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
        not _capital(surname)
        or surname.isupper()
        or _dated(surname.lower())
        or f"{tokens[i][0]} {surname}".lower() in places()  # "S. Korea"
        or f"{tokens[i][0]}{surname}.".lower() in places()  # "Neal, W. Va.": a state
        or j + 1 < len(tokens)
        and _capital(tokens[j + 1][0])  # "T. Boone Pickens": the usual rules
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


#: Feast days named by a word no dictionary holds in lower case, as days are: "Easter Sunday".
_FEASTS_BEFORE_A_DAY = frozenset({"easter", "maundy", "cyber"})


def _weekday_after_a_name(name: list[Token], word: str) -> bool:
    """Tell whether a weekday ends a name's run and is no part of it: "Reuters Tuesday", not "Good Friday"."""
    folded = name[-1][0].lower()
    return (
        word.rstrip(".").lower() in _WEEKDAYS
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
            _known_name(left := affixed[1])
            or left.isupper()
            and len(left) >= 2
            or k
            and _known_name(f"{tokens[k - 1][0]} {left}")
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
    return _capital(word) and word.lower() not in FUNCTION_WORDS


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
            (k + 1 < len(tokens) and _capital(tokens[k + 1][0]))
            or (k > 1 and tokens[k - 1][0] in _CONNECTORS and _capital(tokens[k - 2][0]))
        )
        if pair and _campus(pair[1], [pair[2], *(t[0] for t in tokens[k + 1 : k + 3])]):
            # A university's initials, then its campus's town: "OSU-Tulsa", "NSU-Broken Arrow".
            left = pair[1]
            result += [(left, start, start + len(left)), (pair[2], start + len(left) + 1, end)]
            continue
        before = [t[0] for t in tokens[max(0, k - 2) : k]]
        # ... and so is the name it ends: "North Rhine-Westphalia", though the Rhine is a river.
        whole = pair and any(_known_name(" ".join([*before[i:], word])) for i in range(len(before)))
        if pair and not inside and not whole and not _known_name(word):
            left, right = pair[1], pair[2]
            lefts = [left] + [" ".join([*before[i:], left]) for i in range(len(before))]
            named = _known_name(right) and any(_known_name(name) for name in lefts)
            if named and not (left.lower() in common_first_names() and right.lower() in common_first_names()):
                result += [(left, start, start + len(left)), (right, start + len(left) + 1, end)]
                continue
        result.append((word, start, end))
    return result


def _campus(left: str, right: list[str]) -> bool:
    """Tell whether initials no table holds come before a town the tables know: "OSU-Tulsa"."""
    if not (2 <= len(left) <= 5 and left.isupper() and left.isalpha()) or _known_name(left):
        return False
    if right[0].isupper():
        return False  # a headline in capitals: "PRE-SALE"
    return any(" ".join(right[:n]).rstrip(".,").lower() in places() for n in range(1, len(right) + 1))


#: Heads of streets' names, which a first name may open: "Ormond Street", "Harley Street".
_STREETS = frozenset("street road avenue lane square place terrace drive way crescent".split())
#: Streets' heads as abbreviated: "44th St & Tatum" is a crossing.
_STREET_ABBREVIATIONS = frozenset("St St. Rd Rd. Ave Ave. Blvd Blvd. Ln Dr".split())
#: Those and the things of a country its initials describe, written in capitals by some wires:
#: "U.S. Officials", "the U.S. Economy", "the U.S. Unit" (its dollar).
_PEOPLE_OF_A_COUNTRY = frozenset(
    "officials sources officers traders analysts dealers diplomats lawmakers legislators negotiators "
    "investors farmers exporters importers producers companies firms banks citizens consumers voters "
    "securities economy unit data dollar currency deficit".split()
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


def _capitalised_to_open(text: str, run: list[Token]) -> bool:
    """Tell whether a run's first word is a common word capitalised only because it opens a sentence.

    "Sure Robbie", "Either PCs", "Teenager Sania Mirza": a dictionary word, no first name,
    before a word no dictionary holds; not a title ("Prime Minister Tony Blair", "Chancellor
    Gordon Brown"), nor a body or a place the tables know ("Virgin Atlantic", "New York").
    """
    if len(run) < 2:
        return False
    words = [_clean(t)[0] for t in run]  # "South Korea's", "Plaid Cymru,": the names as the tables hold them
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
        and folded not in _HEADS_AND_CENTRES
        and _singular(folded) not in _HEADS_AND_CENTRES
        and folded not in first_names()
        # A name, not what a body works for: "Citizens for Tax Justice Inc" is one.
        and _capital(words[2])
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
        and folded not in _NAME_ADJECTIVES
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
            and _singular(second) not in TITLE_WORDS  # not "Senior MPs"
        )
        and f"{folded} {second}" not in roles()
        and _singular(words[-1].lower()) not in ORG_HEADS  # "Allied Irish Banks", "Screen International"
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
        and _singular(folded) not in ORG_HEADS | place_heads()[0] | TITLE_WORDS
        and words[1].isalpha()
        and second not in english_words()
        # Not a plural a firm is named with: "Manufacturers Hanover Corp", a place's name and a
        # form after it; "Insurer Norwich Union" is a label still.
        and not (
            folded not in BUSINESS_KINDS
            and second in places()
            and _singular(words[-1].rstrip(".").lower()) in ORG_HEADS
        )
        and f"{folded} {second}" not in organisations()
    )


#: Contractions of a pronoun or a negation, which open or join no name: "I've", "Don't".
_CONTRACTED = re.compile(r"(?:I|[Yy]ou|[Ww]e|[Tt]hey|[Ii]t|[Dd]on|[Cc]an|[Ww]on)['’](?:ve|m|ll|d|re|s|t)")


def _contracted(words: list[str]) -> bool:
    """Tell whether a run holds a contraction of a pronoun or a negation: "I'll Stand", "Kevin I'd"."""
    # An apostrophe first: most names hold none, and those that do are few.
    return any(("'" in word or "’" in word) and _CONTRACTED.fullmatch(word) for word in words)


#: Honorifics in the plural, before several surnames: "Messrs Smith and Jones".
_PLURAL_HONORIFICS = {"messrs": "mr", "mmes": "mrs", "drs": "dr", "profs": "prof"}


def plural_title(word: str) -> str | None:
    """Return the title a plural one is of, before several names: "senator" for "Senators"."""
    folded = word.lower().rstrip(".")
    if folded in _PLURAL_HONORIFICS:
        return _PLURAL_HONORIFICS[folded]
    if not word.istitle() or not folded.endswith("s") or folded in TITLE_WORDS:
        return None
    singular = _singular(folded)
    return singular if singular in TITLE_WORDS and singular in _NAMING_TITLES else None


#: Titles whose plural heads a list of names: "Senators Kelly and Luján", "Justices Scalia and Thomas".
_NAMING_TITLES = frozenset(
    """senator justice judge president governor representative rep congressman congresswoman
    minister detective inspector constable sergeant officer general colonel commissioner mayor
    councillor councilman councilwoman professor doctor bishop cardinal ambassador chancellor""".split()
)


def _doing(word: str) -> bool:
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


#: US parties' adjectives, which say who holds a chamber: "a Democratic Senate", "the Republican Congress".
_US_PARTIES = frozenset({"Democratic", "Republican"})
#: Legislatures a party may hold.
_CHAMBERS_HELD = frozenset({"Senate", "House", "Congress", "Legislature"})


def _a_chamber(words: list[str]) -> bool:
    """Tell whether words name a chamber of a parliament: "House", "House of Representatives"."""
    if len(words) == 1:
        return words[0].lower() in _CHAMBERS
    return words[:2] == ["House", "of"] and body_name(" ".join(words)) is not None


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


def _term(word: str) -> bool:
    """Tell whether initials stand for a thing, in the singular or the plural ("RPGS")."""
    folded = word.lower()
    # "MPS" is the Metropolitan Police Service, not MPs: a plural only of longer initials.
    return folded in terms() or len(folded) >= 4 and folded.endswith("s") and folded[:-1] in terms()


#: Initials alone, as a body's: "NASA", "JPL".
_BARE_INITIALS = re.compile(r"[A-Z]{3,6}")


def _body_before_a_thing(words: list[str]) -> int:
    """Return how many words of a run are a body the table knows before its thing's words, or 0.

    "UNESCO World Heritage Site" names UNESCO; "Senate Intelligence Committee" is one body
    and "White House Press Secretary" a body and a title.
    """
    if len(words) < 2 or " ".join(words).lower() in organisations() or _firm(words):
        return 0  # "Deutsche Asset Management": a firm's name, though the table knows "Deutsche"
    for k in range(len(words) - 1, 0, -1):
        rest = [w.lower() for w in words[k:]]
        # Initials no list knows stand for a body too: "a NASA Discovery mission".
        initials = (
            k == 1
            and _BARE_INITIALS.fullmatch(words[0]) is not None
            and not _term(words[0])
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
            and rest[0] not in _BODY_LINKS_INTO
            and rest[0].rstrip(".") not in _AND_COMPANY
            # "CITIC Pacific", "BBC Wales": the body's arm there; not two bodies' initials ("EU China").
            and not (k == 1 and _BARE_INITIALS.fullmatch(words[0]) and _country_or_continent(" ".join(rest)))
        ):
            return k
    return 0


#: Continents and an ocean a firm names its arm after, as it does countries: "Lycos Europe".
CONTINENTS = frozenset("europe asia africa america americas australasia pacific".split())


def _country_or_continent(folded: str) -> bool:
    """Tell whether a name (lower case) is a country's or a continent's: "canada", "europe"."""
    return folded in CONTINENTS or folded in countries()


def _known_whole(tokens: list[Token]) -> bool:
    """Tell whether tokens are the name of a body or a place the tables know."""
    return _known_name(" ".join(t[0] for t in tokens).rstrip(".,"))


def _known_name(name: str) -> bool:
    """Tell whether a name is a body's or a place's the tables know."""
    folded = name.lower()
    return folded in organisations() or folded in places()


_POSSESSIVES = ("'s", "’s", "s'", "s’")
#: What may end a run after a word: a stop, a comma or a possessive.
_STOPS_AND_POSSESSIVES = (".", ",", *_POSSESSIVES)


def _named_owner(tokens: list[Token]) -> bool:
    """Tell whether the words before a possessive are a place or a body the tables know."""
    owner = _POSSESSIVE.sub("", " ".join(t[0] for t in tokens)).lower().removeprefix("the ")  # "Leeds'"
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


#: Words that open the name of a body named by a country's initials: "U.S. Supreme Court".
_BODY_OPENERS = frozenset(
    "supreme security federal central national secret special marine marines coast general human".split()
)


def _event_after(tokens: list[Token], j: int) -> bool:
    """Tell whether capitalised words from token j end on an event's head: "Open", "Amateur Championship"."""
    for word, _, _ in tokens[j : j + 3]:
        if not _capital(word):
            return False
        if word.rstrip(".,").lower() in _EVENT_HEADS:
            return True
    return False


#: The heads of sporting events' names a country's initials open: "U.S. Open", "U.S. Masters".
_EVENT_HEADS = frozenset("open opens championship championships masters classic cup".split())
#: What an event's name ends with, no body's: "Men's Singles", "Women's Day".
_CONTESTS = _EVENT_HEADS | frozenset("singles doubles final finals race marathon relay day week".split())


def _head(word: str) -> bool:
    """Tell whether a capitalised word is a body's or a place's head: "Union", "Park"."""
    folded = _POSSESSIVE.sub("", word.rstrip(".,")).lower()  # "the Workers' Union's members"
    return folded in ORG_HEADS or folded in place_heads()[1]


def _head_ahead(tokens: list[Token], j: int) -> bool:
    """Tell whether capitalised words from token j reach a head within three: "Primary School"."""
    for ahead, _, _ in tokens[j : j + 3]:
        if not _capital(ahead):
            return False
        if _head(ahead):
            return True
    return False


def _body_word(word: str) -> bool:
    """Tell whether a capitalised word is a body's head word, or opens one ("Security Council")."""
    return word.rstrip(".,").lower() in ORG_HEADS | _BODY_OPENERS


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
        and words[0].lower() not in _SIDES  # "the East Kent Hunt"
        and not plural_of_a_word(words[2])
        and f"{words[1]} {words[2]}".lower() not in places()
        and words[2].lower() not in places()
        and words[2].lower() not in place_heads()[1]  # "Florence Cathedral", "George Street"
        # "Salomon Brothers Asia Ltd", "Commonwealth Edison Co": a firm's arm or its name.
        and words[2].rstrip(".").lower() not in LEGAL_FORMS | ORG_HEADS
        and not written_legal_form(words[2])
    )


def _place_written(tokens: list[Token]) -> bool:
    """Tell whether tokens, possessives and all, are a place's name: "People’s Republic of China"."""
    return fold_quotes(" ".join(t[0] for t in tokens).rstrip(".,").lower()) in places()


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
            and _capital(tokens[j + 1][0])
        )
    if word in _NAME_PARTICLES:
        # "Nick Van den Brul", "Ursula von der Leyen": inside a person's name, which opens
        # with a first name; not "Banco de Portugal", a body and a place.
        k = j + 1
        while k < len(tokens) and tokens[k][0] in _NAME_PARTICLES:
            k += 1
        # A title may open the run: "Prosecutor Juan Carlos Ramírez de la Torre".
        named = any(tokens[x][0].lower() in first_names() for x in range(i, j))
        # Swahili's and Lingala's "son of": "Kengo wa Dondo", "Ngugi wa Thiong'o", after a name;
        # Kalenjin's "arap" after a first name: "Daniel arap Moi".
        named = named or word == "wa" and tokens[j - 1][0].lower() not in english_words()
        return k < len(tokens) and _capital(tokens[k][0]) and named
    return _PARTICLE.match(word) is not None  # "Ghazi al-Gosaibi": an Arabic article


#: A given name "servant of" opens, in Arabic and Somali: "Abdul", "Abdel", "Abdirahman", "Abdullahi".
_ABD = re.compile(r"Abd[a-z]+$")


def arabic_article_inside(words: list[str]) -> bool:
    """Tell whether an Arabic article opens a later word of a name, which may run to five words."""
    return any(_PARTICLE.match(w) for w in words[1:])  # "Zine al-Abidine Ben Ali"


#: Heads that name a kind of body after "a": "a Hybrid Organization", "a Limited Company"; not
#: a body proposed ("the formation of a National Water Council").
_KINDS_OF_BODY = frozenset(
    "organization organisation company corporation enterprise entity partnership".split()
)
#: A word in lower case after a name, or its possessive, which it may qualify: "a National Health
#: Service hospital", "a New Jersey Board of Public Utilities' decision", "a Federal Communications
#: Commission (FCC) board".
_LOWER_WORD_AFTER = re.compile(r"(?:['’]s?)?(?:\s*\([A-Z.&]+\))?\s+[a-z]")
#: A numbered meeting of a field: "the Fourth International Congress", "the 25th World Congress".
_CONGRESS_HELD = re.compile(r"(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th)) (?:International|World) Congress\b")


def _a_congress_held(text: str, mention: Mention) -> bool:
    """Tell whether a congress is a meeting its number counts, as a conference is."""
    held = _CONGRESS_HELD.search(text, max(0, mention.start - 12), mention.end)
    if held is None:
        return False
    number = held[0].split(" ", 1)[0]
    return number in ORDINALS or number[0].isdigit()


#: Heads that open a second name after a Romance body's: "... Campus de Elviña", "... Universidad de Granada".
_SECOND_HEADS = OPENING_ORG_HEADS | {"campus"}
#: A firm's address after its name, where the firm acts or is set off: "Goto.com, a spinoff",
#: "Goto.com ranks results", "Goto.com was"; not a site one goes through ("through Represent.com.").
_DOT_COM = re.compile(
    r"\.com(?=,? (?:a|an|the|which)\b"
    r"| (?:[a-z]+s|said|was|were|will|would|has|had|did|can|could|also|actually)\b)"
)
#: Lower-case words inside European names and bodies' names.
_NAME_PARTICLES = frozenset(
    "van von der den de da di du del della dos das ter ten la las los wa arap".split()
)
INITIAL = re.compile(r"[A-Z]\.")
#: A first name's and middle names' initials, with their stops: "J.", "W.R.", "H.C.F.".
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
#: A Roman numeral of a part or a reign, no body's initials: "II", "XIV".
_ROMAN = re.compile(r"(?=[IVX]{2,4}$)X{0,3}(?:IX|IV|V?I{0,3})")
_PARTICLE = re.compile(r"(?:al|el|ad|as|bin|ibn|abu)-[A-Z]|d['’][A-Z]")
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


def _past_the(tokens: list[Token], i: int) -> int:
    """Return where a run that starts at token i starts past an opening "The"."""
    return i + 1 if tokens[i][0] in ("The", "the") else i


def _ends_a_name(tokens: list[Token], k: int) -> bool:
    """Tell whether token k may end a body's name: no capitalised word goes on after it but "of" or "for".

    Or a town, then nothing: "King's College London".
    """
    if k + 1 == len(tokens) or not _capital(tokens[k + 1][0]) or tokens[k + 1][0] in ("of", "for"):
        return True
    town = tokens[k + 1][0]
    if _clean(tokens[k + 1])[0].lower() not in places():
        return False
    return k + 2 == len(tokens) or town.endswith((".", ",", ";", ":")) or not _capital(tokens[k + 2][0])


def _table_s_name_through(tokens: list[Token], i: int, ends: range) -> bool:
    """Tell whether the run from token i (past "the") to one of the ends is a body the table knows."""
    opening = _past_the(tokens, i)
    return any(body_name(" ".join(t[0] for t in tokens[opening : k + 1])) for k in ends if k < len(tokens))


#: Plurals whose possessive is "'s", which name whom a service is for: "Children's Services".
_PLURAL_PEOPLE = frozenset("children women men people".split())


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
        # "People's Republic of China", "People's Liberation Army": a possessive inside the
        # name of a place or a body the tables know.
        opening = _past_the(tokens, i)  # "The People's Republic of China said"
        if f"{before} {word}".lower() in roles():
            return True  # a role with a possessive inside: "Cook County State's Attorney Kim Foxx"
        wholes = [tokens[opening : k + 1] for k in range(j, min(j + 4, len(tokens)))]
        if any(_place_written(whole) for whole in wholes):
            return True
        # Not after a function word, which a run sheds: "Her Majesty's Inspectorate of Constabulary ...".
        if not _function(tokens[opening][0]) and any(body_name(" ".join(t[0] for t in w)) for w in wholes):
            return True
        if _office_of_a_title(tokens, opening, j):
            return True
        # A given name's possessive opens a body named for a child or a founder: "Kimberly's Center for
        # Child Protection"; not a place's ("Mary" is a town too) nor "Sarah's Law".
        given = before[:-2].lower()
        if (
            j - opening == 1
            and word.lower() in _HEADS_AND_CENTRES
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
        if j - opening == 1 and before[:-2].lower() in _PLURAL_PEOPLE:
            return True
        # ... after a nation's word: "Australian Children's Education and Care Quality Authority".
        nation = tokens[opening][0].lower() in nationalities() | {"national"}
        if j - opening == 2 and nation and before[:-2].lower() in _PLURAL_PEOPLE:
            return True
        # A body, then its office: "Department of Justice's Office of the Inspector General";
        # not whom a body's service is for: "Association of Directors of Children's Services".
        owner = [t[0] for t in tokens[opening:j]]
        if (
            len(owner) > 1
            and owner[-1][:-2].lower() not in _PLURAL_PEOPLE
            # Not a title's possessive, whose office it is: "Tarrant County Medical Examiner's
            # Office"; after "of" a field's ("Department of Justice's").
            and not (_title_s_possessive(owner[-1]) and owner[-2] != "of")
            and (
                body_name(" ".join([*owner[:-1], owner[-1][:-2]]))
                or word.lower() in ORG_HEADS
                and any(w.lower() in ORG_HEADS for w in owner[:-1])
            )
        ):
            return False
        # Whom a state's body is for, after "of": "Ministry of Women's Empowerment and Child Protection".
        if j - opening > 2 and tokens[j - 2][0] == "of" and before[:-2].lower() in _PLURAL_PEOPLE:
            return _capital(word)
        # "Cook County State's Attorney's Office": a title's possessive, then the body's head.
        if word.endswith(("'s", "’s")) and j + 1 < len(tokens) and tokens[j + 1][0].lower() in ORG_HEADS:
            return True
        if _ends_a_name(tokens, j) and _owned_body(before[:-2], word):
            return True
        if _title_s_possessive(before) and word.lower() in ORG_HEADS:
            return True  # a title's office: "Medical Examiner's Office", though papers are "Examiner"s
        # People's, then a word and the head: "Women's Health Organization", "Children's Mercy Hospital".
        k = j + 1
        return (
            before[:-2].lower() in _PEOPLE
            and k < len(tokens)
            and _capital(tokens[k][0])
            and _ends_a_name(tokens, k)
            and _owned_body(before[:-2], tokens[k][0])
        )
    if before.endswith(("s'", "s’")):
        if _named_owner(tokens[i:j]):
            return False  # "Leeds' Elland Road", "the Tories' Commons majority": a place's, a body's
        if _office_of_a_title(tokens, _past_the(tokens, i), j):
            return True
        # ... and to a body the table knows: "Victims' Commissioner", though no head ends it.
        if _table_s_name_through(tokens, i, range(j, j + 3)):  # "The Victims' Commissioner said"
            return True
        # A plural's possessive goes on to a head: "Musicians' Union", "St James' Park"; not
        # "the Pirates' Double-A affiliate", "Elvis' Wooden Heart", "The Producers' Nathan Lane".
        for ahead, _, _ in tokens[j : j + 3]:
            if not _capital(ahead) or ahead.lower() in first_names():
                return False
            if _head(ahead) or _bishops_conference([before, ahead]) or _care_home([before, ahead]):
                return True  # "Irish Catholic Bishops' Conference" too
        return False
    if (
        INITIAL.fullmatch(before)
        and j - 1 > i
        and word in _NAME_PARTICLES
        and j + 1 < len(tokens)
        and _capital(tokens[j + 1][0])
    ):
        return True  # a particle after a middle initial: "Peter R. de Vries"
    if not (before.endswith(".") and _capital(word)):
        return False
    if (
        j - 1 > _past_the(tokens, i)
        and _DOTTED.fullmatch(before)
        and _abbreviation(before)
        and word.lower() in english_words()
        and not any(
            _body_word(t[0]) or t[0].rstrip(".,").lower() in place_heads()[1] for t in tokens[j : j + 3]
        )
    ):
        return False  # "Mobil Oil Corp of U.S. Plans to open": a wire's capital after the stop
    if (
        j - 1 > i
        and tokens[j - 2][0].lower() not in _CONNECTORS
        and _DOTTED.fullmatch(before)
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
        before[:-1] in ("Cia", "Cie") and (j - 1 == _past_the(tokens, i) or tokens[j - 2][0] in ("and", "&"))
    )
    titled = j - 1 == i > 0 and tokens[i - 1][0].islower() and tokens[i - 1][0] in roles()
    initial = (INITIAL.fullmatch(before) or _DOTTED.fullmatch(before)) and (
        # After "The" alone, only before another capital: "The U.S. Geological Survey"; not
        # "The U.S. Action will", a wire's capital after the stop.
        j - 1 > _past_the(tokens, i)
        or j - 1 > i
        and j + 1 < len(tokens)
        and _capital(tokens[j + 1][0])
        # A name may open with its initials ("J.J. MacNab"), a place or a body not ("U.S. Senate"),
        # and with one before a first name and a surname ("J. Edgar Hoover", "K. Michael Stevens").
        or (_DOTTED.fullmatch(before) and not _abbreviation(before))
        # "the U.S. Army", "the U.N. Security Council": a country's or a body's initials before
        # a body's head word open its name; "in the U.S. Police said" is rarer than either.
        or (_DOTTED.fullmatch(before) and _body_word(word))
        # ... or an office named for a country's title: "the U.S. Attorney's Office for ...".
        or (_DOTTED.fullmatch(before) and _title_s_possessive(word))
        # ... and an event's: "the U.S. Open", "a U.S. Amateur Championship" (no place in it).
        or (_DOTTED.fullmatch(before) and _event_after(tokens, j))
        # ... and a firm's, to its legal form: "its F.A. Computer Technologies Inc subsidiary".
        or (_DOTTED.fullmatch(before) and before.lower() not in places() and _legal_form_ahead(tokens, j))
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
            and _capital(tokens[j + 1][0])
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


def _title_s_possessive(word: str) -> bool:
    """Tell whether a word is a title's possessive, which names an office: "Attorney's"."""
    return word.endswith(("'s", "’s")) and word[:-2].lower() in TITLE_WORDS


#: Heads of bodies whose names go on past "against": "Coalition against Trafficking in Women".
_BODIES_AGAINST = frozenset("committee coalition campaign commission alliance network movement".split())


def _inside_a_field(tokens: list[Token], i: int, j: int) -> bool:
    """Tell whether a run has named a body's head and its field by token j: "Committee on the Rights"."""
    return any(
        tokens[h][0].lower() in ORG_HEADS and tokens[h + 1][0] in _BODY_LINKS and h + 3 < j
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
        if not _capital(word) or word.endswith(","):
            return False
    return False


def _legal_form_ahead(tokens: list[Token], j: int) -> bool:
    """Tell whether capitalised words from token j run to a firm's legal form within three words."""
    for word, _, _ in tokens[j : j + 3]:
        bare = word.rstrip(".,")
        if bare.lower() in LEGAL_FORMS or written_legal_form(bare):
            return True
        if not _capital(word) or word.endswith(","):
            return False
    return False


_AFTER_A_CITY = re.compile(r"[A-Z][\w.'’-]*, $")


def _state_or_word(text: str, token: Token) -> Token:
    """Return a token, its full stop dropped unless it abbreviates a state after a city ("Tulsa, Okla.")."""
    word, start, end = token
    if word.endswith(".") and word.lower() in places() and not _DOTTED.fullmatch(word):
        if not _AFTER_A_CITY.search(text, max(0, start - 40), start):
            return word[:-1], start, end - 1  # "went to Mass.": the word, then the sentence's end
    return token


def _abbreviation(dotted: str) -> bool:
    """Tell whether dotted initials stand for a place or a body ("U.S.", "U.N.")."""
    return dotted.lower() in places() or dotted.replace(".", "").lower() in organisations()


def _initial(word: str) -> bool:
    """Tell whether a word is a first name's initial, with its full stop or without: "K.", "N"."""
    return INITIAL.fullmatch(word) is not None or len(word) == 1 and word.isupper()


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


def _state_s_people(word: str) -> bool:
    """Tell whether a word (lower case) is a place's people's, no nation's nor faith's: "nebraskan"."""
    return people_s_adjective(word) and word not in nationalities()


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
        and _capital(surname)
        and not surname.isupper()
        and folded not in english_words()
        and folded not in places()
        and not _dated(folded)
        and after not in ORG_HEADS
    )


def _capital(word: str) -> bool:
    # A code is no name: "US-75", "I-44", "COVID-19"; but a body the table names so is ("MI5").
    first = word[:1]
    if first.isupper():
        return len(word) > 1 and (not word[-1].isdigit() or word.lower() in organisations())
    # "1MDB", "6PR": a name a figure opens; not a unit or a time ("2GB", "3PM").
    return "0" <= first <= "9" and (led := _DIGIT_LED.fullmatch(word)) is not None and led[1] not in _UNITS


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
#: Words that name a part of a place: "East Africa", "Central America", "Sub-Saharan Africa".
_COMPASS = frozenset(
    f"{side}{ending}"
    for side in ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
    for ending in ("", "ern")
) | {"central", "sub-saharan", "upper", "lower", "greater", "inner", "outer"}
#: Abbreviations whose full stop is part of a name as written: "St. Louis".
_KEPT_STOPS = {"St.", "Ste.", "Mt.", "Ft."}
#: Legal forms whose stop the name spans but its value leaves out: "Acme Co." is "Acme Co".
_SPANNED_STOPS = {"Co.", "Inc.", "Corp."}


def _abbreviated_place(word: str, after: str) -> bool:
    """Tell whether a word abbreviates a place's first word: "St. Louis", "Co. Cork", "ST. LOUIS"."""
    if word[:-1] in ("St", "Ste", "Mt", "Ft"):
        return True
    if word == "Co." and f"county {after.rstrip('.,')}".lower() in places():
        return True  # an Irish county: "Co. Cork"
    return word.isupper() and after.isupper() and word[:-1].title() in ("St", "Ste", "Mt", "Ft")


def _unlisted_given_name(word: str) -> bool:
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
        and not _people_of_a_place(folded)  # "fellow Kentuckian Rand Paul"
    )


def _people_of_a_place(word: str) -> bool:
    """Tell whether words (lower case) name a place's people: "kentuckian", "texan", "sierra leonean"."""
    for ending in ("ian", "an", "ite"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if any(stem + tail in places() for tail in ("", "a", "y", "e", "o", "as", "ia")):
                return True
    return False


def _clean(token: Token) -> Token:
    word, start, end = token
    if word in _KEPT_STOPS or word in ("ST.", "STE.") or INITIAL.fullmatch(word) or _DOTTED.fullmatch(word):
        return token
    if word in _SPANNED_STOPS:
        # One value with or without the stop; the span keeps it, so what follows is read as
        # after the name: "Baoshan Iron and Steel Co. said".
        return word[:-1], start, end
    if word.endswith(".") and word.lower() in places():
        return token  # a state as wire stories abbreviate it: "Kalamazoo, Mich."
    # "She denies he is Mr Blunkett's."; "''ISIS''": two single quotes close a quotation.
    cleaned = _POSSESSIVE.sub("", word.rstrip(".,").removesuffix("''"))
    return cleaned, start, start + len(cleaned)


#: Ranks that are words too, titles only before a full name: "Major John Smith", not "Major League".
_RANKS_AS_WORDS = frozenset({"Major", "Private", "Corporal", "Trooper"})
#: A people's nouns for one of them that are first names too: "Dane", "Scot", "Finn".
_PEOPLES_NAMED_AS_FIRST_NAMES = frozenset({"Dane", "Scot", "Finn"})


def _nationality_before_a_name(word: str) -> bool:
    """Tell whether a word is a nationality no common first name is: "Argentine", not "Christian"."""
    folded = word.lower()
    return folded in nationalities() and folded not in common_first_names()


def _nation(words: list[str]) -> int:
    """Return how many words open a run as a nationality: "Argentine" 1, "West German" 2, else 0."""
    if len(words) > 2 and words[0].lower() in _COMPASS and words[1].lower() in nationalities():
        return 2  # "West German", "North Korean", "South African": a side, then the nation
    return 1 if words and _nationality_before_a_name(words[0]) else 0


def _nationality_before_names(words: list[str]) -> int:
    """Return where a nationality before someone's name ends, or 0: "Argentine Chango Spasiuk".

    The name is two words no dictionary or gazetteer holds, or a given name no dictionary
    holds and a surname ("Australian Anthony Hill"); a word of the dictionary may open the
    run, capitalised as a sentence's first ("Controversial Australian Anthony Hill").
    """
    opener = words[0].lower() if words else ""
    lead = int(len(words) > 3 and opener in english_words() and opener not in first_names())
    nation = _nation(words[lead:])
    if nation == 1 and words[lead].lower() in _COMPASS:
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
    nation = _nation(words)
    placed = (
        nation
        and len(words) > nation
        and words[-1].lower() in ORG_HEADS
        and _placed(words[nation:])
        and " ".join(words).lower() not in places()
    )
    return nation if placed else 0


def _nation_before_a_known_body(words: list[str]) -> int:
    """Return where a nationality before a body the table knows ends, or 0: "German Bundestag"."""
    nation = _nation(words)
    rest = " ".join(words[nation:])
    known = (
        nation
        and len(words) > nation
        and rest.lower() in organisations()
        and body_name(rest) is not None
        and " ".join(words).lower() not in organisations()
    )
    return nation if known else 0


def _nation_before_a_proper_body(words: list[str]) -> int:
    """Return where a nationality before a body the table knows by a name no dictionary holds ends, or 0.

    Such a name stands for one body, whose nation the adjective only describes ("German
    Bundestag", "West German Bundesbank"); a name of common words ("Italian Treasury",
    "Irish Labour") is a nation's own body, kept whole.
    """
    nation = _nation_before_a_known_body(words)
    return nation if nation and not all(w.lower() in english_words() for w in words[nation:]) else 0


#: Creeds capitalised before a body's name, which describe it ("the Islamist Hamas", "the
#: Marxist FMLN"); not those that open parties' names ("Communist Party", "Socialist Party").
_CREEDS = frozenset("islamist marxist maoist leninist trotskyist jihadist salafist separatist".split())


def _described_body(words: list[str]) -> int:
    """Return where a people's or a creed's word before a body's initials ends, or 0: "Kurdish PUK".

    A creed's word before a body the table knows ends there too: "Islamist Hamas".
    """
    creed = bool(words) and words[0].lower() in _CREEDS
    nation = _nation(words) or int(creed)
    rest = words[nation:]
    if not nation or not rest or " ".join(words).lower() in organisations():
        return 0
    if nation == 1 and words[0].lower() in _COMPASS:
        return 0  # "northern NSW": a side of a region, no body's
    initials = rest[0].lower()
    if (
        len(rest) == 1
        and _BARE_INITIALS.fullmatch(rest[0])
        and initials not in places()
        and initials not in english_words()
    ):
        return nation  # not "SOUTH AFRICA" nor "AMERICAN LEAGUE" in a line in capitals
    known = " ".join(rest)
    return nation if creed and known.lower() in organisations() and body_name(known) is not None else 0


def _split(
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
    if len(run) > 2 and run[-1][0] in _MEMBERS_FOR_SEATS and _seat([t[0] for t in seat]):
        return [(seat, None, [])]  # "the Glasgow Kelvin MP": the seat, then its member's title
    possessive = len(run) > 2 and any(t[0].endswith(("'s", "’s")) for t in run[:-1])
    if possessive and (k := next((k for k in range(len(run), 2, -1) if _place_written(run[:k])), 0)):
        # "People's Republic of China": a possessive inside a place's name, which a word
        # opening a sentence ("People") or a possessive's cut would break; a title too, and
        # the names after it stand apart ("Prince George's County Police Chief Malik Aziz").
        place = [(" ".join(t[0] for t in run[:k]).rstrip(".,"), run[0][1], run[k - 1][2])]
        return [(place, None, []), *(_split(run[k:]) if k < len(run) else [])]
    # A possessive inside a run is part of a body's name ("King's College", "Musicians' Union").
    # So is a last one the table holds with it: "Moody's", "Standard & Poor's".
    # Its last word too, after "and": "Tesco and Sainsbury's".
    kept = run[-1][0].endswith(_POSSESSIVES) and any(
        body_name(" ".join(t[0] for t in part)) is not None for part in (run, run[-1:])
    )
    if (
        not kept
        and len(run) > 2
        and run[-2][0] == "and"
        and run[-1][0].endswith(_POSSESSIVES)
        and _place_written([_clean(run[-1])])
        and not _place_written([*run[:-1], _clean(run[-1])])
    ):
        # "the Export-Import Bank of Japan and Japan's Overseas Economic Cooperation Fund": a
        # place's possessive after "and" owns what follows; not "Trinidad and Tobago's".
        return [*_split(run[:-2], after_article, spelled, initialled, inside), ([_clean(run[-1])], None, [])]
    last = len(run) if kept else len(run) - 1
    run = [t if k < last and t[0].endswith(_POSSESSIVES) else _clean(t) for k, t in enumerate(run)]
    run = [t for t in run if t[0]]
    whole = " ".join(t[0] for t in run).lower()
    titled = whole.startswith("the ") and whole in organisations()
    if titled or after_article and "the " + whole in organisations():
        return [(run, None, [])]  # "The Economist", "the Spectator": a paper, though its word is a title's
    if len(run) > 1 and _function(run[0][0]) and whole in organisations():
        return [(run, None, [])]  # "Five Star Movement": the table's body, though a number opens it
    if len(run) > 2 and run[0][0] in ("The", "the") and _function(run[1][0]) and whole[4:] in organisations():
        return [(run[1:], None, [])]  # "The All Blacks": the table's body after "The", a function word first
    if (
        len(run) > 1
        and _people_by_place(run[0][0])
        and _capital(run[1][0])
        and not _function(run[1][0])  # "Belgians An Marchal": a given name the word lists read as "an"
        and whole not in organisations()
        and run[-1][0].lower() not in ORG_HEADS
    ):
        # "fellow Londoners West Ham", "fellow Scots Celtic": a place's people, then a name of
        # its own; not "Scots Guards", a regiment by its head.
        return [([run[0]], None, []), *_split(run[1:], False, spelled, initialled, inside)]
    sister = next((k for k in range(len(run) - 2) if run[k][0] == "Sister"), None)
    if sister is not None and run[sister + 1][0].lower() in first_names():
        # "Sister Mary Joseph Kearney": a nun's title, apart from her name.
        before = _split(run[:sister], after_article, spelled, initialled) if sister else []
        return [*before, ([run[sister]], None, []), *_split(run[sister + 1 :])]
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
    if len(run) > 1 and run[0][0] == "Dear" and _capital(run[1][0]):
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
        and not _known_whole(run)
        and _clean(run[-1])[0].lower() not in organisations()  # "The G8 summit", "the MI5 report"
    ):
        run = run[:-1]  # "McDonnell Douglas DC-9s", "Airbus A320": the maker, then its model's designation
    if (
        len(run) > 2
        and run[0][0].lower() in _TRADES_OPENING
        # An airline's name after its trade's word, though "Air" heads no other: "Airline Brockway Air".
        and (_a_body_s_name([t[0] for t in run[1:]]) or run[0][0] == "Airline")
        # ... or a lone word no list holds: "Operator Statoil said".
        or len(run) == 2
        and run[0][0].lower() in _TRADES_OPENING
        and (body_name(run[1][0]) is not None or _unlisted_given_name(run[1][0]))
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
        and (run[0][0] in _OPENERS_BEFORE_OF or _EURO_MARKETS.fullmatch(run[0][0].lower()))
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
            if t[0] in _SOUTH_ASIAN_RANKS and k and words[k - 1] == "Police" and _capital(words[k + 1])
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
        words = [t[0] for t in run]
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
        return [(run[:member], None, []), *_split(run[member:])]  # "Christian Democrat Andreotti told"
    if len(words) > 1 and words[-1].lower() in _PARTY_MEMBERS and " ".join(words[:-1]).lower() in places():
        return [(run[:-1], None, [])]  # "an Illinois Democrat", "Texas Republicans": where they sit for
    if (
        len(words) == 3
        and a_country(words[0])
        and words[0].lower() not in first_names()  # "Chad Michael Murray"
        and _proper_words(words[1:])
        and words[2].rstrip(".") not in ("Jr", "Sr", "II", "III", "IV")  # "Cuba Gooding Jr"
        and not any(w.lower() in places() or w.lower() in ORG_HEADS for w in words[1:])
        and body_name(" ".join(words)) is None
    ):
        return [(run[:1], None, []), (run[1:], None, [])]  # "manager for Canada Hajimu Watanabe"
    if placed := _place_before_initials(words):
        return [(run[:placed], None, []), (run[placed:], None, [])]  # "Nova Scotia RCMP", "Texas FBI"
    if _campaign(words):
        return [(run, None, [])]  # "Sarvis for Governor": a campaign, no title after "for"
    if _paper_of_a_place(words):
        return [(run, None, [])]  # "the Toronto Star": a town's paper, though "star" is a role too
    romance = len(words) > 2 and _opening_head(words[0])
    # A wire's capitals on the small words too: "Compagnie Generale Des Eaux".
    if romance and _ROMANCE_SMALL_WORDS & {w.lower() for w in words[1:]} and not {"and", "&"} & set(words):
        return [(run, None, [])]  # "Fiscalía General de la Nación": a head first, no title after it
    if (
        len(words) > 2
        and country_code(words[0])
        and words[0] not in FORMS_FIRST  # "PT Astra International": Indonesia's form, not Portugal
        and " ".join(words).lower() not in organisations()
        # Not an office named for a country's title: "U.S. Attorney's Office".
        and not _title_s_possessive(words[1])
        # Not a body named with its country's initials before "and" and another's name:
        # "USA Gymnastics and Michigan State University"; "the US Senate and House" and "US
        # Food and Drug Administration", words of the dictionary after "and", still are.
        and not (words[2] == "and" and len(words) > 4 and not dictionary_words(words[3:]))
    ):
        if words[-1].lower() in _EVENT_HEADS:
            return [(run, None, [])]  # "U.S. Open Tennis Championships": an event, no place
        if " ".join(words[:2]).lower() in organisations() and words[2] not in _CONNECTORS:
            # The table's body, then a title: "NSW Police Detective Superintendent Jayne Doherty".
            return [(run[:2], None, []), *_split(run[2:])]
        if (
            words[2] == "and"
            and words[1].lower() in _TRADE_HEADS
            and " ".join(words[1:]).lower() not in organisations()
        ):
            return [(run[:2], None, []), *_split(run[3:])]  # a firm's name holds them: "US Airways and Delta"
        return [([run[0]], None, []), *_split(run[1:])]  # "US Supreme Court" as "U.S. Supreme Court"
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
    if len(words) > 4 and not _opening_head(words[0]):
        # "Suilen H. Alvarado Laboratorio de Bases de Datos": an affiliation's body opens after
        # a name, at a Romance head that opens bodies' names
        cuts |= {
            k
            for k in range(2, len(words) - 2)
            if _opening_head(words[k])
            and words[k + 1].lower() in _ROMANCE_SMALL_WORDS
            and words[k - 1][:1].isupper()
            and words[k - 1].lower() not in _ROMANCE_SMALL_WORDS
        }
    if nation := _nationality_before_names(words):
        cuts.add(nation)  # "Argentine Chango Spasiuk": who he is, then his name, though no list holds it
    elif nation := _nation_before_a_place(words):
        cuts.add(nation)  # "Jewish West Bank settlements": whose, then the place, no bank
    # Initials in brackets after the run that spell it across "and" make it one name.
    ands = _dividing_ands(words) if "and" in words and not spelled else []
    cuts |= {i + shift for i in ands for shift in (0, 1)}
    served = set()  # where a place an office serves starts, which takes no title: "MP for Rotherham"
    for k in [k for k, w in enumerate(words) if w == "for" and k]:
        # "Oscar for Hilary Swank", "Philippe Torreton for L'Equipier": no one's name holds "for".
        start = max((i + 1 for i in range(k) if words[i] == "and"), default=0)
        before = {w.lower() for w in words[start:k]}
        if words[start].lower() in first_names() and not before & (ORG_HEADS | TITLE_WORDS | _CENTRES):
            cuts |= {k, k + 1}
        elif words[k - 1] == "Prix" or words[k + 1] in _CLUB_INITIALS:
            # "the British Grand Prix for Mercedes": the race, then who drove in it; "the Swiss
            # Super League for FC Basel": a league, then a club in it
            cuts |= {k, k + 1}
        elif (
            words[k - 1].lower() in TITLE_WORDS
            and (_area(words[k + 1 :]) or words[k - 1] in _MEMBERS_FOR_SEATS and _seat(words[k + 1 :]))
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
                    and name not in ORG_HEADS | _CONNECTORS | place_heads()[1]
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
    # "Chief Secretary to the Treasury Paul Boateng": a first name after other words starts
    # the person's name, in each part of a run that "and" or an honorific divides ("German
    # Chancellor Gerhard Schroeder and Italian Prime Minister Silvio Berlusconi").
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
                and words[k].rstrip(".").lower() not in _AND_COMPANY
                and words[k] not in _CHARTERS
                # "Argentine David Nalbandian": a nationality, though a rare first name too.
                and (
                    words[k - 1].lower() not in first_names()
                    or _nationality_before_a_name(words[k - 1])
                    or words[k - 1].lower() in MEMBERS  # "Tory David Heathcoat-Amory": his party
                    # "Dane Kenneth Carlsen", "Finn Juha Kankkunen": a people's noun that is a first
                    # name too, before a full name.
                    or k - 1 == start
                    and words[k - 1] in _PEOPLES_NAMED_AS_FIRST_NAMES
                    and k + 1 < end
                    and words[k] not in _NAME_PARTICLES
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
                    words[k].lower() in _CONNECTORS
                    and any(_opening_head(w) for w in words[start : start + 2])
                )
                # "Banca Monte dei Paschi": the bank's name; "the Real Donald Trump" is him.
                and (not _opening_head(words[k - 1]) or words[k - 1].lower() in english_words())
                # "West German Bundesbank": a side and a nation, though "German" is a first name too.
                and not (words[k - 1].lower() in _COMPASS and words[k].lower() in nationalities())
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
                and not ((k == end - 1 or words[k + 1] == "of") and _full_name(words[start:k]))
                # "Amer Hishem Ali Mohammed": four names no dictionary or gazetteer holds, given
                # names first and last, are one man's, his own and his forebears'; "Gerhard
                # Schroeder Angela Merkel" ends with a surname.
                and not (
                    end - start == 4
                    and _full_name(words[start:end])
                    and words[end - 1].lower() in first_names()
                    and not any(w.lower() in places() for w in words[start:end])
                )
                and not _PARTICLE.match(words[k - 1])
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
                    and _proper(words[k - 1].lower())
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
                        and _a_place_or_two(words[k + 2 : end])
                    )
                    and _unlisted_given_name(words[k - 1])
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
                        words[m].lower() in _HEADS_AND_CENTRES and words[m + 1] in ("for", "of")
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
                        or _firm(words[start:end])
                    )
                    and words[k].lower() in english_words()
                    and words[k].lower() not in familiar_first_names()
                )
            ):
                if (
                    # "DI Sarah Jones": a rank's letters, though "di" joins "Leonardo di Caprio".
                    (words[k - 1].lower() not in _CONNECTORS | _BODY_LINKS or words[k - 1].isupper())
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
                    cuts.add(k - 1 if surname_first else k)
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
                    and not set(after) & (TITLE_WORDS | _CONNECTORS | ORG_HEADS)
                    and words[k + 1] not in GENERATIONS  # "Martin Luther King Jr.": his suffix
                    # A judge's style holds the name: "Lord Justice Leveson", "Mr Justice Jay".
                    and words[k - 1].rstrip(".").lower() not in HONORIFICS
                ):
                    cuts.add(k + 1)
                    break
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
            or _singular(words[named]) in TITLE_WORDS  # "Senators Harry Reid of Nevada"
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
    segments, at = [], 0
    for cut in [*sorted(cuts), len(run)]:
        if run[at:cut] and run[at][0] not in ("and", "for"):
            segments.append((run[at:cut], at > 0 and run[at - 1][0] == "and" or at in served))
        at = cut
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
            and segment[1][0] not in _CONNECTORS
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
        if many and segment[1][0].lower() not in _CONNECTORS:
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
        pair = pair if pair and segment[2][0].lower() not in _CONNECTORS else ""  # "Prime Minister of India"
        if pair in roles() or pair.split(" ")[0] in QUALIFIERS and pair.split(" ")[-1] in TITLE_WORDS:
            # "Fed Vice Chairman Johnson's": a role of two words after the body's name
            titles, segment = [*titles, pair], segment[2:]
        while (
            len(segment) > 1
            and segment[0][0].lower() in TITLE_WORDS
            and segment[1][0].lower() not in _CONNECTORS
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
                or _full_name(words_here[:cut])
                or _unlisted_full_name(words_here[:cut])
                or _named_before_a_country(words_here[:cut], words_here[cut + 1 :])
            ) and _a_place_or_two(words_here[cut + 1 :]):
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
                and segment[-3][0].lower() in _HEADS_AND_CENTRES
                and segment[-1] == run[-1]
            )
            # An office is named for its title: "Office of the Children's Commissioner".
            and not (len(segment) > 3 and [t[0] for t in segment[:3]] == ["Office", "of", "the"])
            and not (
                len(segment) > 3
                and segment[-2][0] == "and"
                and _BODY_LINKS & {t[0] for t in segment}
                and segment[-1] == run[-1]
            )
            # An adjective makes "Justice" the cause a body is for: "Centre for Social Justice".
            and not (
                len(segment) > 3
                and segment[-1][0] == "Justice"
                and segment[-2][0].endswith(_ADJECTIVE_ENDINGS)
                and _BODY_LINKS & {t[0] for t in segment}
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
    known = body in organisations() or len(words) == cut + 2 and _BARE_INITIALS.fullmatch(words[-1])
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


def country_code(word: str) -> bool:
    """Tell whether a word is a country's initials in capitals: "US", "UK", "USA", "U.S."."""
    letters = word.replace(".", "")
    if not (letters.isupper() and 1 < len(letters) < 4 and word.lower() in places()):
        return False
    # A city's initials are no country's: "the LA Daily News" is one paper, "NYC Council" one body.
    return (place_names().get(word.lower()) or "").lower() not in towns()


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


#: A centre is a body's head word or a place's ("Vienna Centre for Disarmament", "Sage Centre").
_CENTRES = frozenset({"centre", "center"})
#: Heads of a state's bodies, which a title's word may open: "General Directorate of Security".
_STATE_HEADS = frozenset("department directorate administration bureau inspectorate command".split())
_HEADS_AND_CENTRES = ORG_HEADS | _CENTRES


def _function_word(run: list[Token]) -> bool:
    """Tell whether a run opens with a function word, which is no part of a name."""
    first = run[0][0]
    # "New" opens names: "New York", "New Zealand", "New Labour", a dateline's "NEW DELHI".
    opens_a_name = first.lower() == "new" and len(run) > 1
    # "the WHO said": the table's initials, unless a heading in capitals goes on ("WHO WAS OSCAR?").
    if not _function(first) or first.lower() in HONORIFICS or opens_a_name:
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
    if len(named) > 2 and named[-1] in _CHARTERS:
        named = named[:-1]  # "First Federal Bank FSB": a charter's initials after the head
    if len(words) == 1:
        # "First Wachovia also said", after "First Wachovia Corp": a word no list knows.
        folded = words[0].lower()
        if _first_and_a_town(words[0]):
            return True  # "analysts at First Boston", "First Chicago": a bank named for its town
        return (
            words[0].istitle()
            and words[0].isalpha()
            and folded not in english_words()
            and folded not in first_names()
            and folded not in places()
            and not _function(words[0])
        )
    return (
        len(named) >= 2
        and not _function(named[0])  # "First the Police Federation said"
        and named[-1].lower() in ORG_HEADS
        and " ".join(words).lower() not in organisations()
        and " ".join(named).lower() not in organisations()  # "First Labour Party members": an adverb
    )


def _first_and_a_town(word: str) -> bool:
    """Tell whether a word after "First" is a town, not a country: a bank's name ("First Boston")."""
    return word.istitle() and word.lower() in towns() and not a_country(word.lower())


def _firm_as(words: list[str]) -> bool:
    """Tell whether "AS" ends a firm's name as its legal form: "Norske Skogindustrier AS".

    Norway's, Denmark's and Turkey's form; after a word in capitals it is the word "as"
    of a wire's headline ("PRICES STEADY AS").
    """
    return len(words) >= 2 and words[-1] == "AS" and words[-2][:1].isupper() and not words[-2].isupper()


def _function(word: str) -> bool:
    """Tell whether a word is a function word: "us" is, "US" in capitals is a country."""
    folded = word.lower()
    if "-" in folded and all(part in NUMBER_WORDS for part in folded.split("-")):
        return True  # "Ninety-Four Citizen Airmen": a number in words, as "Four" alone is
    return folded in FUNCTION_WORDS and not country_code(word)


def _body_then_a_title(words: list[str]) -> bool:
    """Tell whether words open with the table's body, then a title: "Metropolitan Police Commissioner"."""
    return any(
        words[k].lower() in TITLE_WORDS and body_name(" ".join(words[:k])) is not None
        for k in range(1, len(words))
    )


def _firm_s_last_word(word: str) -> bool:
    """Tell whether a word ends firms' names: a legal form, a company's head, "Management"."""
    folded = word.lower().rstrip(".")
    return folded in FIRMS_LAST_WORDS or folded in _MANAGING or folded in LEGAL_FORMS


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
#: Trades capitalised before a firm's name, which no firm's name opens: "Carmaker", "Publisher".
_TRADES_OPENING = frozenset(
    "carmaker automaker chipmaker drugmaker steelmaker retailer brewer insurer lender publisher "
    "manufacturer distributor broadcaster conglomerate airline firm miner refiner utility subsidiary "
    "affiliate operator exporter importer supplier provider contractor shipper wholesaler".split()
)
#: Trades alone, which name no one and no firm: "the U.S. Automaker announced"; not surnames.
_LONE_TRADES = _TRADES_OPENING - {"brewer", "lender", "miner"}
#: Words that make a preposition with "of" and open a sentence: "Because of", "Ahead of".
_OPENERS_BEFORE_OF = frozenset("Because Ahead Regardless Irrespective Instead Outside Inside".split())
#: Numbers in words that open a place's name: "Three Gorges Dam", "Seven Sisters Road".
_NUMBERS_NAMING = frozenset("Two Three Four Five Six Seven Eight Nine Ten Twelve Hundred Thousand".split())
#: Ordinals that open a sentence as function words and a body's name after "the".
ORDINALS = frozenset(
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth".split()
)
#: What an ordinal after "the" opens the name of: a body, or a US court of appeals ("the Ninth Circuit").
_ORDINAL_HEADS = ORG_HEADS | {"circuit"}
#: Last words of a body's unit that a league's table is named by too: "Premier Division"; a police
#: agency's "Cyber Crime Wing".
_UNIT_HEADS = frozenset({"division", "branch", "wing"})
#: The heads of a police force's units, which news may write in lower case after the unit's work.
_UNIT_HEADS_WRITTEN_LOWER = frozenset({"unit", "squad", "team", "taskforce", "command", "section"})
#: Words that name a league's division or a table's part: "First Division", "Western Division".
_LEAGUE_WORDS = frozenset(
    {w.lower() for w in ORDINALS} | _COMPASS | {"premier", "championship", "league", "super"}
)


def _unit_of_a_body(words: list[str]) -> bool:
    """Tell whether words name a body's unit by its head: "Special Branch", "Civil Rights Division".

    A section is one by its work ("Child Exploitation and Obscenity Section", "Fraud
    Section"), not a paper's ("Business Section").
    """
    head = words[-1].lower()
    named = words[1:] if words[0] in ("The", "the") else words
    if (
        head == "wing"
        and len(named) < 3
        and not named[0].endswith(_POSSESSIVES)
        and named[0].lower() not in _WORK_OF_A_BODY
    ):
        # "West Wing", "Green Wing": a building's, a show's; "Women's Wing" is a party's,
        # "Cybercrime Wing" one named for its work.
        return False
    return (
        len(words) >= 2
        and (
            head in _UNIT_HEADS or head == "section" and not _WORK_OF_A_BODY.isdisjoint(map(str.lower, words))
        )
        and not all(w.lower() in _LEAGUE_WORDS for w in words[:-1])
        and not _placed(words[:-1])  # "Nassau Branch": a body's office in a place, named apart
        # "Michelle Branch": a first name no dictionary holds opens someone's name; not
        # before a trade's word ("Morton Chemical Division").
        and not (
            words[0].lower() in first_names()
            and words[0].lower() not in english_words()
            and not (len(words) > 2 and words[-2].lower() in english_words())
        )
    )


#: Before a run, an article or a possessive ("the Sunday Times", "Channel 4's Sunday Brunch").
_ARTICLE_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s)\s+$")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: Days and months, which end a body's name before them: "the House of Commons on Monday".
CALENDAR = _WEEKDAYS | _MONTHS


def _titled_weekday(run: list[Token]) -> bool:
    """Tell whether a run opens with a weekday that a capitalised word, no month, follows."""
    return (
        len(run) > 1
        and run[0][0].lower() in _WEEKDAYS
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
    if len(run) > 1 and _LEAGUE_CLASS.fullmatch(first):
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
        and first.lower() not in _NAME_ADJECTIVES
        and _common_or_national(first)
        and " ".join(t[0] for t in run).lower() not in organisations()
        # "Housing Executive" is a body; "Initially Visual Radio" an adverb, then the thing;
        # "Comparing the Welsh Assembly Government" a verb, then the body.
        and (run[-1][0].lower() not in ORG_HEADS or _adverb(first) or run[1][0] == "the")
        and first.lower() not in places()
    )


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


def _described_country(text: str, run: list[Token]) -> bool:
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


def _described_name(text: str, run: list[Token]) -> bool:
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
            and last not in _OFFICES
            and not (before.isupper() and before.lower() not in familiar_first_names())
            and not (before.lower() in places() and last not in _SURNAME_TITLES)
        )
    return last in _SURNAME_TITLES and segment[0][0].lower() in first_names()


def _common_part(word: str) -> bool:
    """Tell whether a word in a body's name is common: the dictionary's, a nation's, or their compound."""
    parts = word.lower().split("-")
    return all(p in english_words() or p in nationalities() or p in _PREFIXES for p in parts)


#: Prefixes that make compounds: "Non-Proliferation", "Anti-Corruption".
_PREFIXES = frozenset("non anti pro post pre inter trans sub co re".split())


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


#: The area a police rank serves, in brackets before the officer's name: " (North) Sagar".
_RANK_S_AREA = re.compile(r" \([A-Z][\w -]*\) [A-Z]")


def _area_of_an_office(text: str, tokens: list[Token]) -> bool:
    """Tell whether words in brackets after a rank or an office and before a name are its area."""
    start, end = tokens[0][1], tokens[-1][2]
    if (
        text[start - 1 : start] != "("
        or not text.startswith(") ", end)
        or not text[end + 2 : end + 3].isupper()
    ):
        return False
    before = text[max(0, start - 50) : start - 1].rstrip().lower()
    return before.rsplit(" ", 1)[-1].upper() in POLICE_RANKS or any(
        before.endswith(role) for role in offices_of()
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


#: French heads that open a bank's or a club's name before an adjective no English dictionary
#: holds: "Credit Agricole", "Stade Francais" ("Credit Guarantee Program" is a scheme's).
_HEADS_BEFORE_AN_ADJECTIVE = frozenset("credit crédit stade".split())
#: Trades "and" joins in a firm's name, though a head ends the first: "Savings and Loan".
_TRADES_JOINED = frozenset({"savings and loan", "savings and loans", "trust and savings"})


def compound_across(left: list[str], right: list[str]) -> bool:
    """Tell whether "and" joins two words of the dictionary inside one firm's name.

    "Nippon Telegraph and Telephone Corp", "St. Joseph Light and Power Corp"; not "Hyundai
    Motor and SK Group" nor "Robbie Williams and Guy Chambers".
    """
    return left[-1].lower() in english_words() and right[0].lower() in english_words()


#: Kin a sentence may open with, then "of" and whose: "Son of Mark Smith", "Widow of ...".
_KIN_OF = frozenset(
    "son daughter wife husband widow widower mother father brother sister grandson granddaughter "
    "grandfather grandmother nephew niece cousin uncle aunt".split()
)


#: A firm's last words, a company's and a trade's: "Brothers", "Technology".
FIRMS_LAST_WORDS = COMPANY_HEADS | FIRM_HEADS


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
            or _firm(firm)
            or body_name(" ".join(firm)) is not None
            # A body of a name and a head: "Chief Executive of Hereford Hospitals NHS Trust".
            or len(firm) > 2
            and firm[-1].lower() in ORG_HEADS
            and not _BODY_LINKS & set(firm)
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


def _proper_words(words: list[str]) -> bool:
    """Tell whether each word is capitalised and no dictionary's: "Rogaland", "Nord-Norge"."""
    return all(w[:1].isupper() and w.lower() not in english_words() for w in words)


def _placed(words: list[str]) -> bool:
    """Tell whether words are a place the gazetteer knows."""
    return " ".join(words).lower() in places()


#: Members elected for a seat, which a town's name and a word of its own name: "MP for Sheffield Hallam".
_MEMBERS_FOR_SEATS = frozenset("MP MPs MSP MSPs MS AM MLA MEP".split())


def _seat(words: list[str]) -> bool:
    """Tell whether words name a seat: a town, then a word or two of its own: "Sheffield Hallam"."""
    return (
        2 <= len(words) <= 4
        and words[0].lower() in places()
        # Not someone named for a town ("Sydney Smith MP"), unless a compass point follows.
        and (words[0].lower() not in common_first_names() or words[1].lower() in _COMPASS)
        and all(w.istitle() or w == "and" for w in words[1:])
        and not any(w.lower() in ORG_HEADS for w in words[1:])
    )


#: A seat's member before or after its name: "MP for ", " MP".
_MEMBER_FOR_BEFORE = re.compile(r"\b(?:MP|MSP|AM|MLA|MEP|Member of Parliament) for $")
_MEMBER_AFTER = re.compile(r" (?:MP|MSP|AM|MLA|MEP)\b")


def _named_seat(text: str, tokens: list[Token]) -> bool:
    """Tell whether a run of a town's name and another word is a seat its member holds."""
    return _seat([t[0] for t in tokens]) and (
        _MEMBER_FOR_BEFORE.search(text, max(0, tokens[0][1] - 30), tokens[0][1]) is not None
        or _MEMBER_AFTER.match(text, tokens[-1][2]) is not None
    )


def _area(words: list[str]) -> bool:
    """Tell whether words are a place, or places "and" joins: "Devon and Cornwall", an office's area."""
    if _placed(words):
        return True
    parts = " ".join(words).split(" and ")
    return len(parts) == 2 and all(_placed(part.split()) for part in parts)


def _arm_with_its_form(words: list[str], k: int) -> bool:
    """Tell whether words are a name, "of", a place and a legal form: a firm's arm, no person."""
    return words[-1].rstrip(".").lower() in LEGAL_FORMS and _placed(words[k + 1 : -1])


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
            return k if _placed(rest) or other else None
    return None


def _formed_before_of(words: list[str]) -> bool:
    """Tell whether a firm's legal form ends words, or their part before "of": "Loser Inc of Trenton"."""
    named = words[: words.index("of")] if "of" in words else words
    return len(named) > 1 and named[-1].lower().rstrip(".") in LEGAL_FORMS


#: Adjectives that open firms' names, and no surname: "General Motors", "United Technologies".
_FIRMS_OPENING_ADJECTIVES = frozenset(
    "General United National International Royal Standard Continental Consolidated Allied Associated "
    "Universal Imperial Federal American British".split()
)
#: Heads of members' bodies, which join their trades with "and": "Transport and General Workers Union".
_MEMBERS_BODIES = frozenset(
    "union unions association federation congress council party league society".split()
)
#: A firm's one word that ends with its legal form or a bank's head: "KeyCorp", "NationsBank".
_GLUED_FIRM = re.compile(r"[A-Z][a-z]+(?:Corp|Bank|Group)")
#: A bank's name in a language that writes its head into one word: "Kredietbank", "Middenstandsbank".
_BANK_COMPOUND = re.compile(r"[A-Z][a-z]{4,}bank")


def _office_s_fields(left: list[str], right: list[str]) -> bool:
    """Tell whether "and" joins the fields of an office: "Secretary of State for Health and Social Care"."""
    link = next((k for k, w in enumerate(left) if w in ("of", "for")), None)
    return (
        link is not None
        and any(w.lower() in TITLE_WORDS for w in left[:link])
        and all(w.lower() in english_words() for w in left[link + 1 :])
        and bool(right)
        and right[0].lower() in english_words()
        and right[0].lower() not in first_names()
    )


def _holder_from(words: list[str], p: int) -> bool:
    """Tell whether word p opens a title or a full name after a body's name."""
    folded = words[p].lower()
    if folded in TITLE_WORDS:
        return True
    return (
        p + 1 < len(words)
        and folded in familiar_first_names()
        and folded not in english_words()
        and words[p + 1][:1].isupper()
    )


def _trades_joined_before_a_head(left: list[str], right: list[str]) -> bool:
    """Tell whether "and" joins two trades inside one body's name: "Kelley Oil and Gas Partners Ltd".

    A name, then words of the dictionary either side of "and" up to a head or a legal form
    ("British Securities and Investments Board", "China Entertainment and Land Investment
    Co"); not a body whole before "and" ("Central Bank and Monetary Board"), nor a firm
    after it that a word no dictionary holds or an adjective of firms opens ("Dominion
    Securities and Wood Gundy Inc", "Kenner Toys and General Mills Inc"), nor the
    table's bodies or places ("United States and Soviet Union").
    """
    named = right
    while len(named) > 1 and legal_form(named[-1]):
        named = named[:-1]
    last = left[-1].lower()
    return (
        len(left) == 2  # a name and its trade; not "Eastern Air Lines and People Express"
        and len(right) > 1
        and (len(named) < len(right) or named[-1].lower() in ORG_HEADS)  # a legal form or a head ends it
        and last in english_words()
        and not legal_form(left[-1])
        # A body's own head ends a name; a trade's word may go on ("Kelley Oil and Gas").
        and (last not in ORG_HEADS or last in COMPANY_HEADS)
        and last != named[-1].lower()
        and all(w.istitle() and w.lower() in english_words() for w in named)
        and left[-1].istitle()  # not "Macintosh II and Macintosh SE": a numeral or initials end a name
        and right[0] != left[0]  # "Liberty Financial and Liberty Savings": two bodies of one name
        and right[0] not in _FIRMS_OPENING_ADJECTIVES  # "Kenner Toys and General Mills Inc": two
        and right[0].lower() not in FUNCTION_WORDS  # "Morgan Guaranty and The Industrial Bank"
        and not _unit_of_a_body(left)  # "Instruments Division and Panhandle Equipment Co"
        and len(named) <= 3  # not "... Securities and Security Pacific Merchant Banking Group"
        and not any(
            " ".join(part).lower() in organisations() or " ".join(part).lower() in places()
            for part in (left, named)
        )
    )


def _same_head(left: list[str], right: list[str]) -> bool:
    """Tell whether the names either side of "and" end in one head: "Inland Steel and Nippon Steel Corp"."""
    while len(right) > 2 and legal_form(right[-1]):
        right = right[:-1]
    return (
        len(left) > 1
        and len(right) > 1
        and left[-1].lower() == right[-1].lower()
        and (left[-1].lower() in ORG_HEADS or left[-1].lower() in FIRM_HEADS)
    )


def _a_holder_named(words: list[str]) -> bool:
    """Tell whether words end with a title and its holder's full name: "Defense Secretary Ash Carter"."""
    return any(
        words[j].lower() in TITLE_WORDS
        and 2 <= len(words) - j - 1 <= 3
        and (words[j + 1].lower() in first_names() or words[-1].lower() not in english_words())
        and not any(w.lower() in TITLE_WORDS or w.lower() in ORG_HEADS for w in words[j + 1 :])
        for j in range(len(words) - 2)
    )


def _dividing_ands(words: list[str]) -> list[int]:
    """Return where "and" divides a run into names of their own.

    Two people ("Oliver and Wild") or two bodies ("New York Times and ABC News") are
    divided; inside a body's name, words of the dictionary go on ("Department of Health
    and Social Care", "Institute of History and Philology"), as does the run before a
    body's head ("Marks and Spencer Group").
    """
    if " ".join(words).lower() in organisations():
        return []  # the table's "Inspectorate of Constabulary and Fire & Rescue Services"
    # ... or a centre at work: "Women and Children Protection Center".
    at_work = words[-1].lower() in _CENTRES and not _WORK_OF_A_BODY.isdisjoint(map(str.lower, words))
    ands = [i for i, w in enumerate(words) if w == "and"]
    # A centre's too, named for fields the dictionary holds, though it names a building:
    # "Kibble Education and Care Centre"; not "Tate Modern and Southbank Centre", two.
    fields_centre = bool(ands) and words[-1].lower() in _CENTRES and dictionary_words(words[ands[-1] + 1 :])
    ends_as_body = words[-1].lower() in ORG_HEADS or _unit_of_a_body(words) or at_work or fields_centre
    bounds = [-1, *ands, len(words)]
    parts = [words[a + 1 : b] for a, b in zip(bounds, bounds[1:], strict=False)]
    kinds = [kind_of(part, " ".join(part).lower(), None) if part else None for part in parts]
    dividing = []
    for k, i in enumerate(ands):
        left, right = parts[k], parts[k + 1]
        if _office_s_fields(left, right):
            continue  # "Minister of Mines and Energy Subroto": an office's fields, then who holds it
        # ... after a title too: "House Speaker Jim Wright and Senate majority leader Robert Byrd".
        titled = len(left) > 2 and left[-3].lower() in TITLE_WORDS
        if (
            (kinds[k] == PERSON or titled and kind_of(left[-2:], " ".join(left[-2:]).lower(), None) == PERSON)
            and len(left) >= 2
            and left[-2].lower() in familiar_first_names()
            and right
            and right[-1].lower() in ORG_HEADS
            and right[0].lower() not in _AND_COMPANY
            # ... a body of several words after a title's holder: "Treasury Secretary James Baker
            # and Federal Reserve Board chairman Alan Greenspan"
            and (len(right) == 1 or titled and all(w[:1].isupper() for w in right))
        ):
            dividing.append(i)  # "Gary Speed and United team-mate Paul Scholes": someone, then a club
            continue
        if len(left) >= 2 and left[-2].lower() in familiar_first_names() and _a_holder_named(right):
            # "Secretary of State John Kerry and Defense Secretary Robert Gates": two holders
            dividing.append(i)
            continue
        if (
            len(left) > 1
            and left[-1].lower() in FIRMS_LAST_WORDS
            and len(right) > 1
            and right[0].isupper()
            and len(right[0]) > 1
            and legal_form(right[-1])
        ):
            dividing.append(
                i
            )  # "Paramount Pictures and MCA Inc": a firm by its trade, then one by its initials
            continue
        if _same_head(left, right):
            dividing.append(i)  # "Inland Steel and Nippon Steel Corp": one head, two bodies
            continue
        if len(left) == 1 and _EURO_MARKETS.fullmatch(left[0].lower()):
            dividing.append(i)  # "Eurobonds and U.K. Government bonds": a market, then a name
            continue
        if right and all(w.lower().rstrip(".") in _AND_COMPANY for w in right):
            continue  # a firm's "and Co": "Morgan Stanley and Co Inc", "Stop and Shop Cos Inc"
        if (
            len(right) > 1
            and right[0].lower().rstrip(".") in _AND_COMPANY
            and (_placed(right[1:]) or all(w.lower() in _ARMS_IN_TRADE for w in right[1:]))
        ):
            continue  # ... and its arm in a country or a trade: "Mitsui and Co USA", "Simmons and Co Finance"
        if left and right and f"{left[-1]} and {right[0]}".lower() in _TRADES_JOINED:
            continue  # "Home Federal Savings and Loan Association": one trade's name
        # A word and the firm's form: "Nippon Telegraph and Telephone Corp", "Procter and Gamble Co",
        # "Yasuda Trust and Banking Co Ltd".
        formed = len(right) >= 2 and all(w.lower().rstrip(".") in LEGAL_FORMS for w in right[1:])
        if formed and right[0].lower() in english_words() and left[-1].lower().rstrip(".") not in LEGAL_FORMS:
            continue
        if _trades_joined_before_a_head(left, right):
            continue  # "Kelley Oil and Gas Partners Ltd", "British Securities and Investments Board"
        formed_left = left[-1].lower().rstrip(".") in LEGAL_FORMS or _GLUED_FIRM.fullmatch(left[-1])
        # ... before one word too, no firm's own head: "Snap Inc and Alphabet's YouTube".
        if formed_left and (len(right) > 1 or right and right[0].lower() not in COMPANY_HEADS):
            # "F.N. Wolf and Co and Sherwood Capital Inc.": a legal form ends a firm's name, also
            # joined to it: "KeyCorp and Banc One Corp.".
            dividing.append(i)
            continue
        if any(
            " ".join(words[a:b]).lower() in organisations()
            for a in range(i)
            for b in range(i + 2, len(words) + 1)
        ):
            continue  # the table's body after a state's word: "Victorian Department of Health and ..."
        if any(
            " ".join(words[i - a : i + b + 1]).lower() in roles()
            for a in (1, 2)
            for b in (2, 3)
            if i - a >= 0 and i + b < len(words)
        ):
            continue  # a role's own "and": "Police and Crime Commissioner"
        if len(left) > 1 and left[0].lower().rstrip(".") in HONORIFICS and not _BODY_LINKS & set(left):
            dividing.append(i)  # "Lord Diplock and Browning": someone by their style, then another name
            continue
        if len(left) == 1 and left[0].lower() in towns() and kinds[k + 1] == PLACE and len(right) > 1:
            dividing.append(i)  # "Des Moines, Bloomington and Oklahoma City": a town, then a place
            continue
        if len(right) == 1 and right[0].lower() in _CHAMBERS and _a_chamber(left):
            # "the House and Senate", "the House of Representatives and Senate": two chambers
            dividing.append(i)
            continue
        if right[:1] == ["The"]:
            dividing.append(i)  # "ProPublica and The Marshall Project": a capital "The" opens a name
            continue
        if any(
            " ".join(words[i - a : i + b + 1]).lower() in places()
            for a in (1, 2)
            for b in (1, 2)
            if i - a >= 0 and i + b < len(words)
        ):
            continue  # a place's own "and": "Trinidad and Tobago", "Newfoundland and Labrador"
        initials = len(right) == 1 and right[0].replace(".", "").isupper()
        if initials and a_country(right[0]) and kinds[k] != PLACE:
            # "Secretary of State Kerry and U.S. Secretary of Defense": a country's initials
            dividing.append(i)
            continue
        # Not before another ("Australia and New Zealand Banking Group"): two countries' bank.
        nation = kinds[k] == PLACE and a_country(" ".join(left))
        nation = nation and not any(a_country(" ".join(right[:n])) for n in (1, 2, 3))
        if nation and kinds[k + 1] == ORGANISATION and len(right) > 1:
            dividing.append(i)  # "Kenya and Shenzhen Electronics Group": a country, then a firm
            continue
        served = left[left.index("for") + 1 :] if "for" in left[1:] else []
        body = kinds[k] == ORGANISATION or words[:2] == ["Office", "of"]
        if body and served and _placed(served) and _placed(right):
            # The area a body serves: "Office of the Police and Crime Commissioner for Devon
            # and Cornwall", "Foundation for Israel and Palestine".
            continue
        if kinds[k] == PLACE and kinds[k + 1] == PLACE:
            dividing.append(i)  # "Atlantic City and Kansas City": two places, though "City" heads bodies
            continue
        if kinds[k] == ORGANISATION and len(left) > 1:
            # Up to a link word: "Institute of History and Philology of Academia Sinica".
            named = right[: right.index("of")] if "of" in right else right
            # ... or a title or a first name, its holder's: "Office of Management and Budget
            # Director James Miller", "... and Budget James Miller".
            held = next((p for p in range(1, len(named)) if _holder_from(named, p)), None)
            named = named[:held] if held else named
            if "for" in named and _placed(named[named.index("for") + 1 :]):
                named = named[: named.index("for")]  # "Office of the Police and Crime Commissioner for Devon"
            # After a link word, adjectives of nations and compounds count: "Centre for Irish
            # and Scottish Studies", "Vienna Centre for Disarmament and Non-Proliferation";
            # not "World Bank and Japanese aid agencies".
            linked = bool(_BODY_LINKS & set(left))
            words_go_on = named and all(
                _common_part(w) if linked else w.lower() in english_words() for w in named
            )
            # A head word alone after "and" ends a name that links words: "Centre for
            # Transport and Society"; "White House and Congress" are two.
            lone_head = len(right) == 1 and right[0].lower() in ORG_HEADS and bool(_BODY_LINKS & set(left))
            # A party named by its members ends its name: "Christian Democrats and Socialists".
            party = _party_by_its_members(left)
            # After a link word, words of the dictionary up to a head in the plural go on with
            # the name, fields it shares the head with ("Department of Family and Protective
            # Services", "Federation of the Red Cross and Red Crescent Societies"); not a body's
            # own ("United Bank of Africa and Standard Trust Bank"), nor the table's.
            fields = (
                linked
                and words_go_on
                and "of" not in right
                and plural_of_a_word(right[-1])
                and " ".join(right).lower() not in organisations()
            )
            if (kinds[k + 1] == ORGANISATION and not lone_head and not fields) or not words_go_on or party:
                dividing.append(i)
        elif (
            kinds[k] == PERSON
            and kinds[k + 1] in (ORGANISATION, PERSON)
            and len(left) > 1
            and len(right) > 1
            and not compound_across(left, right)
        ):
            # "Michael Grunwald and Washington Post": someone, then a body; "Robbie Williams
            # and Guy Chambers": two people, though a body's name may end "Chambers".
            dividing.append(i)
        elif (
            len(right) > 1
            and kinds[k] in ("unknown", ORGANISATION)
            and (
                " ".join(right).lower() in organisations()
                # ... or an adjective that opens firms' names, then a head: "Fiat and General Motors".
                or kinds[k + 1] == ORGANISATION
                and right[0] in _FIRMS_OPENING_ADJECTIVES
                and (len(left) == 1 or kinds[k] == ORGANISATION)
                # Not a union of its members' trades: "Transport and General Workers' Union".
                and right[-1].lower() not in _MEMBERS_BODIES
            )
        ):
            dividing.append(i)  # "Fiat and General Motors", "Arsenal and Manchester United": two bodies
        elif (
            len(left) > 1
            and len(right) > 1
            and kinds[k] == "unknown"
            and kinds[k + 1] == ORGANISATION
            and "-" not in left[0]  # "US-China Economic and Security Review Commission" is one
            and not compound_across(left, right)
            # Words of the dictionary go on to the head: "Agricultural Stabilization and Conservation
            # Service".
            and not (dictionary_words(left) and right[-1].lower() in ORG_HEADS)
        ):
            dividing.append(i)  # "Hyundai Motor and SK Group": a name, then a body of its own
        elif not (ends_as_body or _formed_before_of(right)) or (
            # "Entertainment and Leisure Software Publishers Association": a head word alone
            # before "and" opens the body's name.
            kinds[k] == ORGANISATION
            and kinds[k + 1] == ORGANISATION
            and not (len(left) == 1 and left[0].lower() in ORG_HEADS and len(right) > 1)
        ):
            dividing.append(i)
    return dividing


def _and_sons(words: list[str]) -> bool:
    """Tell whether a name ends with "& Sons", "and Co" or the like, which only a firm's does.

    Or with its arm in a trade after it: "Simmons and Co Finance".
    """
    if len(words) >= 4 and words[-1].lower() in _ARMS_IN_TRADE:
        words = words[:-1]
    return (
        len(words) >= 3
        and words[-2] in ("&", "and")
        and words[-1].rstrip(".").lower() in _AND_COMPANY
        and words[-3][:1].isupper()
    )


def _a_firm_s_unit(text: str, mention: Mention) -> bool:
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


def _acts_as_a_body(text: str, mention: Mention) -> bool:
    """Tell whether a name no list types does what a body does, in a clause "which" opens after it."""
    return (
        not (mention.honorific or mention.titles) and _WHICH_A_BODY_DOES.match(text, mention.end) is not None
    )


def _set_off_after_its_kind(text: str, mention: Mention) -> bool:
    """Tell whether a place's name is set off by commas after a kind of business: "the bank, Santander,"."""
    return (
        len(mention.words) == 1
        and text.startswith(",", mention.end)
        and _KIND_SET_OFF_BEFORE.search(text, max(0, mention.start - 24), mention.start) is not None
    )


def _a_band_before_its_player(text: str, mention: Mention) -> bool:
    """Tell whether a name of two words or more is a band's, before a part in it and a player's name.

    A band's last word is a word of the dictionary ("Joy Division"); a singer's own band is
    not named for him ("Elton John drummer Nigel Olsson").
    """
    last = mention.words[-1].lower()
    return (
        len(mention.words) > 1
        and not (mention.honorific or mention.titles)
        and _PLAYER_AFTER.match(text, mention.end) is not None
        and last in english_words()
        and last not in first_names()
    )


#: A part in a band, then its player's name: " singer Ian", " lead guitarist Johnny".
_PLAYER_AFTER = re.compile(
    r"\s(?:lead\s)?(?:singer|frontman|frontwoman|guitarist|drummer|bassist|keyboardist|vocalist)\s[A-Z]"
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


def _partners_after_their_trade(text: str, run: list[Token]) -> bool:
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


def _partners(text: str, mention: Mention) -> bool:
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
#: Titles written after a given name: "Mary Queen of Scots", "Charles Prince of Wales".
_REGNAL = frozenset("queen king prince princess emperor empress duke duchess".split())


def _of_a_place_after_a_word(tokens: list[Token]) -> bool:
    """Tell whether a run is one word no list holds, "of" and a place: "Nasr of Saudi Arabia"."""
    word = tokens[0][0]
    return (
        len(tokens) > 2
        and tokens[1][0] == "of"
        and _unlisted_surname(word)
        and word.isalpha()
        and word.lower() not in TITLE_WORDS
        # A town's name too: "Deutz of West Germany" (a firm) is no town's place either.
        and word.lower() not in towns()
    )


def _country_before_a_thing(words: list[str]) -> int:
    """Return how many words open a run with a country before an event's or a measure's name, else 0."""
    for k in (1, 2):
        rest = words[k:]
        if (
            rest
            and a_country(" ".join(words[:k]))
            and (
                len(rest) >= 2
                and rest[-1].lower() in thing_heads()
                or len(rest) == 1
                and rest[0].lower() in terms()
            )
        ):
            return k
    return 0


def _place_inside(tokens: list[Token]) -> Mention | None:
    """Return the known place a phrase that is no name holds: "Map of Senegal", "Virginia Governor"."""
    words = [t[0] for t in tokens]
    if "of" in words[1:-1]:
        # "Protector of Mexico", "Citizens of Antigua and Barbuda": the place after "of".
        after = tokens[words.index("of") + 1 :]
        if after[0][0] in ("the", "The"):
            after = after[1:]
        spans = [after] if after else []
    elif len(words) >= 2 and (title := words[-1].lower().rstrip("s")) in TITLE_WORDS and title not in _REGNAL:
        # "Virginia Governor", "Ohio senators": the place whose office it is; "Mary Queen" is hers.
        spans = [tokens[:-1]]
    elif len(words) >= 2 and (country := _country_before_a_thing(words)):
        # "the Ireland World Cup squad", "its Mexico GDP forecast": the country the event or the
        # measure is of; not "U.S. Open", one word that could be a body's.
        spans = [tokens[:country]]
    else:
        spans = []
    for span in spans:
        name = " ".join(t[0] for t in span)
        if kind_of([t[0] for t in span], fold_quotes(name.lower()), None) == PLACE:
            return Mention(name, PLACE, span[0][1], span[-1][2])
    return None


def _classify(tokens: list[Token], honorific: str | None, titles: list[str]) -> Mention | None:
    words = [t[0] for t in tokens]
    if len(words) > 1 and words[0][1:2] == "-" and words[0][:1] in "RDI" and words[0][2:3].isupper():
        # "Rep. Jerrold Nadler, D-New York City": the party's letter, then the place served.
        (word, start, end), *rest = tokens
        return _classify([(word[2:], start + 2, end), *rest], honorific, titles)
    if len(words) >= 2 and words[-1] == "I":
        # "Damasus I": a reign's numeral (the runs take "I" only so), read by the name before it.
        reign = _classify(tokens[:-1], honorific, titles)
        # "Elizabeth I,": the queen, though the first name alone is a town's.
        if reign is None or reign.kind not in (PERSON, "unknown") and words[0].lower() not in first_names():
            return reign
        return Mention(f"{reign.text} I", PERSON, reign.start, tokens[-1][2], honorific, titles)
    if len(words) >= 3 and words[-1] in ("II", "III", "IV") and words[-2][:1].isupper():
        # "Judge Pasco Bowman II": a son's numeral after a name no list knows, read by the name
        # before it; "World War II" stays no one's ("World War" names no one).
        named = _classify(tokens[:-1], honorific, titles)
        if named is not None and named.kind in (PERSON, "unknown") and named.start == tokens[0][1]:
            return dataclasses.replace(named, text=f"{named.text} {words[-1]}", end=tokens[-1][2])
    if len(words) >= 2 and words[-1] == "Flight":
        # "Malaysia Airlines Flight 17", "Air France Flight 447": the airline's flight, the airline
        # named; "Howard Flight" is a man.
        airline = _classify(tokens[:-1], honorific, titles)
        if airline is not None and airline.kind == ORGANISATION:
            return airline
    if len(words) == 1 and (lone := _lone_word_s(tokens[0])) is not False:
        return lone  # a party's tag, a legal form, a day or a number alone
    name = " ".join(words)
    if (
        not words
        or words[-1].lower() not in _MONTHS
        and _function(words[-1])
        and name.lower() not in organisations()
        and not _firm_as(words)
    ):
        return None  # "... Said", "... Watch" of a headline; "Human Rights Watch" is the table's
    if len(words) > 1 and words[-1].lower() in MEMBERS:
        folded_words = name.lower().split()
        if all(map(_state_s_people, folded_words[:-1])):
            return None  # "Nebraskan Democratic Sen. Edward Zorinsky": whence and whose party, then his title
    if len(words) > 1 and _COPULAS.intersection(words[1:]):
        return None  # "Lessons Will Be Learned", "Why The Government Is Struggling": a headline's clause
    folded = fold_quotes(name.lower())
    kind = kind_of(words, folded, honorific)
    if (
        kind == PLACE
        and name.isupper()
        and (len(words) > 2 or any(_function(word) for word in words))
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
    office = len(words) == 2 and words[1].lower() in _OFFICES and words[0].lower() not in common_first_names()
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
    if kind == PLACE and titles and _surname_after_a_title(words, titles[-1], folded):
        kind = PERSON  # "Judge Shanlyn Park", "Governor Mike Lake": the title's holder, no park nor lake
    if len(words) == 2 and words[0] in ORDINALS and words[1] == "Circuit":
        kind = ORGANISATION  # "the Ninth Circuit": a US court of appeals; "Silverstone Circuit" is a track
    if len(words) > 1 and words[0].lower() in _WEEKDAYS:
        kind = ORGANISATION  # "Sunday Mirror", "Sunday Live": a paper or a broadcast, no one's name
    if (
        kind in (PERSON, "unknown")
        and len(words) > 1
        and words[0][:-2].lower() in _PLURAL_PEOPLE
        and words[-1].lower() not in _CONTESTS
    ):
        kind = ORGANISATION  # "Children's Social Care", "Women's Aid": a service for them, no one's name
    if _on_air(words):
        kind = ORGANISATION
    elif len(words) > 1 and words[-1] in ("Television", "TV") and kind in (PERSON, "unknown"):
        kind = ORGANISATION if _broadcaster(words) else None  # "Rossiya Television"; not "German TV"
    if kind is None:
        return None
    return Mention(name, kind, tokens[0][1], tokens[-1][2], honorific, titles)


#: The seasons, capitalised before a year: "Summer 1987".
_SEASONS = frozenset("Spring Summer Autumn Fall Winter".split())
_YEAR_AFTER = re.compile(r",? (?:1[89]|20)\d\d\b")
#: A letter and a figure in one word, as a model's designation has: "DC-9s", "B-52G", "A320".
DESIGNATION = re.compile(r"[A-Za-z]-?\d|\d-?[A-Za-z]")
#: A surname whose later parts are in lower case: "Chan-o-cha"; "Rotherham-style" too, so only after a title.
_HYPHENED_SURNAME = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")
#: Papers' names after their town's: "Baltimore Sun", "Liverpool Echo", "Boston Globe".
_PAPERS = frozenset(
    "Star Sun Bee Courier Record Observer Standard Citizen Argus Advertiser Echo Ledger Globe Paper World "
    "Examiner Enquirer".split()
)


def _paper_of_a_place(words: list[str]) -> bool:
    """Tell whether words name a place's paper: "Toronto Star", "Liverpool Echo", "Northern Echo"."""
    if len(words) < 2 or words[-1] not in _PAPERS:
        return False
    # A region's adjective alone too: "Northern Echo", "Western Star"; not "North Star", a star;
    # and a nation's before a paper's word no star or planet is: "Irish Examiner".
    adjective = len(words) == 2 and words[0].endswith("ern") and words[0].lower() in _COMPASS
    national = len(words) == 2 and words[1] == "Examiner" and words[0].lower() in nationalities()
    return adjective or national or " ".join(words[:-1]).lower() in places()


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
#: Forms of "be" that a headline capitalises and no name holds.
_COPULAS = frozenset({"Be", "Is", "Are", "Was", "Were", "Been", "Being"})
#: Heads in the plural that open a body's name before "of": "National Institutes of Health";
#: not "Chronicles of Riddick" nor "Unions for ...", works and descriptions.
_PLURAL_HEADS = frozenset("institutes academies ministries laboratories".split())
#: Titles of those who reign, named by the title and a given name: "Prince Andrew", "Pope Francis".
REIGNING = frozenset("king queen prince princess pope emperor empress tsar czar".split())


#: What a candidate's campaign is named for: "Sarvis for Governor", "Obama for America".
_CAMPAIGNS_FOR = frozenset("President Governor Senate Congress Mayor America".split())


def _named_unit(words: list[str]) -> bool:
    """Tell whether a name is a unit's, its kind before its name: "Taskforce Argos", "Task Force Orion"."""
    if words[0] in ("Taskforce", "Task-force"):
        return len(words) > 1
    return len(words) > 2 and words[0] in ("Task", "Strike") and words[1] == "Force"


def _campaign(words: list[str]) -> bool:
    """Tell whether words name a candidate's campaign: "Sarvis for Governor", "Obama for America"."""
    return (
        len(words) == 3
        and words[1] == "for"
        and words[2] in _CAMPAIGNS_FOR
        and words[0].lower() not in TITLE_WORDS | english_words()
    )


def _bishops_conference(words: list[str]) -> bool:
    """Tell whether words name a conference of bishops, a standing body: "Bishops' Conference"."""
    return "Conference" in words and any(w.lower().startswith("bishop") for w in words)


def _people_by_place(word: str) -> bool:
    """Tell whether a word names a place's or a nation's people in the plural: "Londoners", "Scots"."""
    folded = word.lower()
    return (
        folded.endswith("s")
        and folded not in places()  # "Philippines Trade and Industry Secretary": the country
        and (demonym(folded) or folded[:-1] in nationalities())
    )


def _people_plural(word: str) -> bool:
    """Tell whether a word is a plural of people, a trade's or a nation's: "Physicians", "Americans"."""
    folded = word.lower()
    return folded in _PEOPLE or folded.endswith("s") and folded[:-1] in nationalities()


#: People who band together for a cause, and name the body so: "Veterans for Peace".
_PEOPLE = frozenset(
    """
physicians doctors nurses lawyers scientists teachers parents mothers fathers families women men
veterans citizens students workers farmers journalists writers artists musicians athletes patients
survivors victims residents neighbours neighbors friends christians muslims jews catholics
conservatives liberals democrats republicans voters taxpayers engineers architects economists
historians clergy grandmothers mayors children girls boys people
""".split()
)


def _purpose(words: list[str]) -> bool:
    """Tell whether two capitalised words are a verb and its object, as after a body's "to".

    "Protect Journalists", "Counter Child" in "Committee to Protect Journalists"; not
    "Downing Street" nor "Parliament" in "the Council wrote to Downing Street".
    """
    return (
        len(words) == 2
        and all(_capital(w) for w in words)
        and (verb := words[0].lower()) in english_words()
        and verb not in ORG_HEADS
        and verb not in first_names()
        and not verb.endswith("s")
        and words[1].lower() not in place_heads()[1]
    )


def _broadcaster(words: list[str]) -> bool:
    """Tell whether a name ends "Television" or "TV" after a name no place's: "Rossiya Television".

    Not "German TV", "UK TV": a nation's television, no one channel.
    """
    if len(words) < 2 or words[-1] not in ("Television", "TV"):
        return False
    owner = " ".join(words[:-1]).lower()
    return owner not in places() and owner not in nationalities() and not country_code(words[0])


def _on_air(words: list[str]) -> bool:
    """Tell whether a name is "Air", "Radio" or "Television" and a place or a word no dictionary has.

    "Air Canada", "Air Chathams", "Radio Farda", "Television New Zealand", "TV Globo"; not
    "Air Force" nor "Radio Times": their second word is a dictionary's.
    """
    if len(words) < 2 or words[0] not in ("Air", "Radio", "Television", "TV"):
        return False
    rest = " ".join(words[1:]).lower()
    a_word = rest in english_words() or _singular(rest) in english_words()
    return rest in places() or len(words) == 2 and not a_word


def _surname_after_a_title(words: list[str], title: str, folded: str) -> bool:
    """Tell whether a place's head after a title and a given name is a surname: "Judge Ann Park".

    A reigning title names a place after its holder instead: "King George Park", "Queen
    Elizabeth Park"; so does a place the lists know.
    """
    return (
        len(words) in (2, 3)
        and title not in REIGNING
        and words[-1].lower() in _SURNAME_HEADS_SPEAKING
        and folded not in places()
        # A given name, though a word too ("Mike"); not a word alone ("Judge Memorial Park").
        and not any(
            w.lower() in english_words() and w.lower() not in familiar_first_names() for w in words[:-1]
        )
    )


def named_by_title(word: str) -> bool:
    """Tell whether a word after a title names its holder: a name, not a word nor a place alone."""
    folded = word.lower()
    if folded in english_words() or word.isupper():
        return False  # "Criminal Justice Bill", "Duke of Edinburgh": a word, not a name
    # "Queen Elizabeth", "Senator Hatfield": a name though a town's too; not a country's or a
    # state's, as in a headline's "Governor Texas".
    return folded in first_names() or not realm(folded)


def realm(folded: str) -> bool:
    """Tell whether a name (lower case) is a country's or a US state's."""
    return folded in countries() or folded.title() in us_states()


#: What a church is dedicated to, which first-name lists hold too.
_DEDICATIONS = frozenset({"christ", "trinity"})


def _first_and_surname(words: list[str]) -> bool:
    """Tell whether a first name stands before a head word that is a surname too ("Tom Church").

    A middle name no list knows may come between ("Thomas Haden Church"), or a word after a
    familiar first name ("Margaret Hunt Hill").
    """
    middle = len(words) == 3 and (
        _proper(words[1].lower())
        and words[1].lower() not in first_names()
        # ... or a family's word after a familiar first name: "Margaret Hunt Hill".
        or words[0].lower() in familiar_first_names()
        and words[1].lower() in english_words()
        and words[1].lower() not in place_heads()[1]
    )
    return (
        (len(words) == 2 or middle)
        and words[-1].lower() in _SURNAME_HEADS
        and words[0].lower() not in _DEDICATIONS  # "Christ Church": a church, though "Christ" is a name
        and words[0].lower() in first_names()
        and words[0].lower() not in places()
        and words[0].lower() not in place_heads()[1]  # "Bay Bridge"
    )


def _doers(word: str) -> bool:
    """Tell whether a word is a plural of those who do a dictionary's word: "Steelers", "Dodgers"."""
    return word.endswith("ers") and (word[:-3] in english_words() or word[:-2] in english_words())


def plural_of_a_word(word: str) -> bool:
    """Tell whether a word is the plural of a dictionary word ("Pirates", "Records"), as no surname is.

    A plural in "-ies" is the dictionary's "-y" ("Properties", "Technologies").
    """
    singular = _singular(word)
    if singular == word.lower():
        return False
    return singular in english_words() or singular.endswith("ie") and singular[:-2] + "y" in english_words()


def _party_by_its_members(words: list[str]) -> bool:
    """Tell whether a qualifier and members' plural name a party: "Free Democrats", not "Texas Democrats"."""
    if len(words) != 2 or words[1] not in ("Democrats", "Socialists", "Liberals", "Conservatives"):
        return False
    qualifier = words[0].lower()
    return (
        # A word of the dictionary or an adjective: "Free", "Christian"; not "Reagan Democrats".
        (qualifier in english_words() or qualifier.endswith(("ian", "al", "ic", "ive")))
        and qualifier not in places()
        and qualifier not in _CHAMBERS
        # A faith's word opens parties too: "Christian Democrats"; a people's their members.
        and (qualifier not in nationalities() or qualifier + "s" in _FAITHS)
        and qualifier not in MEMBERS
    )


def _body_in_lower_case(text: str, mention: Mention) -> Mention | None:
    """Return the table's body a place and a word in lower case after it name.

    "Lancashire police said" is Lancashire Police, "the London assembly" the London
    Assembly; "Liege police said" describes a town's police, no body the table holds, and
    stays the place.
    """
    word = _WORD_AFTER.match(text, mention.end)
    if word is None or not body_name(name := f"{mention.text} {word[1]}"):
        return None
    return Mention(name, ORGANISATION, mention.start, word.end())


def _party_before_a_holder(text: str, tokens: list[Token]) -> Mention | None:
    """Return the party a member's adjective names before a title: "Conservative MP", "Conservative leader".

    The table knows the party by its members ("Conservatives"), and "Labour MP" by its name; the
    adjective alone is a word ("Conservative estimates"), and "Republican Senator" no body the table holds.
    """
    if len(tokens) != 1 or tokens[0][0].lower() not in MEMBERS:
        return None
    party = body_name(tokens[0][0] + "s")
    after = _HOLDER_AFTER.match(text, tokens[0][2])
    if party is None or after is None or _singular(after[1].lower()) not in TITLE_WORDS:
        return None
    return Mention(party, ORGANISATION, tokens[0][1], tokens[0][2])


#: The word after a name, past its space, in either case: "MP", "leader".
_HOLDER_AFTER = re.compile(r" ([A-Za-z]+)\b")


def _holders(words: list[str]) -> bool:
    """Tell whether a name is a body the table knows, then its holders of a title: "Labour MPs".

    Not "Association of Chief Police Officers", the holders' own body, nor "Kaiser Chiefs".
    """
    last = words[-1]
    return (
        len(words) > 1
        and last.endswith("s")
        and not last.endswith("ss")
        and _singular(last) in TITLE_WORDS
        and " ".join(words[:-1]).lower() in organisations()
    )


def an_office(words: list[str]) -> bool:
    """Tell whether a name opens with an office's title, or its holders', and "of".

    "Mayor of London", "Members of Congress", "Justices of the Supreme Court".
    """
    title = words[0].lower()
    return (
        len(words) > 2
        and words[1] == "of"
        and (title in TITLE_WORDS or _singular(title) in TITLE_WORDS or title in PEERAGES)
    )


#: A peer's rank, an office only before "of" and where: "the Duke of Sussex"; "Duke Ellington",
#: "Earl Woods" are first names.
PEERAGES = frozenset("duke duchess earl countess marquess marquis marchioness viscount viscountess".split())


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
        and words[-2].lower() not in _NAME_PARTICLES  # "Members of Van Gogh's family": his name's particle
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


def _singular(word: str) -> str:
    """Return a word in lower case without a plural's s ("Republicans": "republican")."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


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


#: A bearing from a place: "north", "south-east", "northwest".
_BEARING = r"(?:north|south|east|west)(?:-?(?:east|west))?"
#: Where a place is, by another: " near Berlin", " just outside Moscow", ", 90 km east of Paramaribo".
_NEAR = re.compile(
    rf",? (?:(?:just )?(?:near|outside)|{_BEARING} of"
    rf"|(?P<far>(?:about |some )?[\d,.]+ ?(?:km|kilometres|miles)(?: \([^)]{{0,20}}\))? {_BEARING} of))"
    r" (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)"
)
#: A preposition of place before a name: "in Velten near Berlin".
_IN_BEFORE = re.compile(r"\b(?:in|at|from|to|into|of|near|outside|around)\s+(?:the\s+)?$")


def _region_by_its_side(text: str, tokens: list[Token]) -> bool:
    """Tell whether a side of the compass stands alone for a region: "in the West", "the North East"."""
    start = tokens[0][1]
    side = "".join(t[0] for t in tokens).replace("-", "").lower()
    return len(tokens) <= 2 and side in _SIDES and text[max(0, start - 4) : start] in ("the ", "The ")


#: "in", "near", "from", "to" just before a town's name.
_BEFORE_A_TOWN = re.compile(r"\b(?:in|near|from|to)\s$")
#: ... and before one word, which a letter "to" or "from" someone may be: "in Thane".
_BEFORE_A_TOWN_OF_ONE_WORD = re.compile(r"\b(?:in|near)\s$")


def _given_name_and_day(words: list[str]) -> bool:
    """Tell whether words are a common given name and the surname "Day": "Rebecca Day", "Doris Day"."""
    # Not a place's, which names a holiday: "Victoria Day".
    first = words[0].lower()
    return len(words) == 2 and words[1] == "Day" and first in familiar_first_names() and first not in places()


def named_with_a_particle(words: list[str]) -> bool:
    """Tell whether given names open words with a particle inside: "Jan-Willem de Vries"."""
    return (
        len(words) > 2
        and any(w in _NAME_PARTICLES for w in words[1:-1])
        and all(part.lower() in first_names() for part in words[0].split("-"))
    )


#: A country in brackets after a name, as results name a player's: " (Australia)", " (U.S.)".
_COUNTRY_IN_BRACKETS = re.compile(r"\s*\(([A-Z][\w. ]{1,30})\)")


def side_s_country_end(text: str, end: int) -> int | None:
    """Return where a side's country in brackets ends before its goals, or None.

    "Ruch Chorzow (Poland) 5 Llansantffraid (Wales) 0": a club's line of a cup's results,
    one figure and the other side after the country; a player's is a set's score ("6-4"),
    a time ("19.66") or a card ("69 70").
    """
    bracket = _COUNTRY_IN_BRACKETS.match(text, end)
    if bracket is None or not a_country(bracket[1]) or not _GOALS_AFTER.match(text, bracket.end()):
        return None
    return bracket.end()


#: A side's goals, then the other side, the half-time score or the line's end: " 5 Llansantffraid";
#: or its points, then the other side with its country and points: " 92 Dinamo (Russia) 81".
_GOALS_AFTER = re.compile(
    r" (?:\d(?= [A-Z]| \(\d|\s*$)|\d{1,3}(?= [A-Z][\w.'’ -]* \([A-Z][\w. ]{1,30}\) \d{1,3}\b))"
)


def _player_of_a_country(text: str, mention: Mention) -> bool:
    """Tell whether a name no list places is a player's, by the country in brackets after it.

    A given name no dictionary holds, then a surname; not a place the lists know ("Port
    Elizabeth (South Africa)").
    """
    words = mention.words
    bracket = _COUNTRY_IN_BRACKETS.match(text, mention.end)
    return (
        bracket is not None
        and side_s_country_end(text, mention.end) is None
        and len(words) == 2
        and all(w.istitle() and w.isalpha() for w in words)
        and words[0].lower() not in english_words()
        and words[0].lower() not in places()
        and mention.text.lower() not in places()
        and a_country(bracket[1])
    )


def _team_after_a_rider(text: str, mention: Mention) -> bool:
    """Tell whether a name is a team's in a results line: after a rider's country, before the time.

    "1. Olaf Ludwig (Germany) Telekom 4 hours", "6. Ekimov (Russia) Rabobank same time".
    """
    if mention.honorific or mention.titles or not text.endswith(") ", 0, mention.start):
        return False
    country = _COUNTRY_BEFORE_A_TEAM.search(text, max(0, mention.start - 40), mention.start)
    return (
        country is not None and a_country(country[1]) and _RESULT_AFTER.match(text, mention.end) is not None
    )


def _titled_venue(text: str, mention: Mention) -> Mention | None:
    """Return a venue's whole name where a title opens it: "King Power Stadium", not "Power Stadium".

    A place's head ends the name and the title stands right before it, no comma between:
    "the King Fahd International Stadium"; "Queen Elizabeth Hospital" is whole already.
    """
    if mention.words[-1].lower() not in place_heads()[1]:
        return None
    at = text.rfind(" ", 0, mention.start - 1) + 1
    if text[at : mention.start - 1].lower() != mention.titles[-1]:
        return None
    return Mention(text[at : mention.end], PLACE, at, mention.end)


def _town_of_words(text: str, tokens: list[Token]) -> bool:
    """Tell whether dictionary words after "in", "near", "from" or "to" are a town: "in Winter Haven".

    One word too, after "in" or "near", a big town's name written without its accent that is
    a word or a given name: "in Thane" (Thāne), "in Hue" (Huế).
    """
    start = tokens[0][1]
    named = " ".join(t[0] for t in tokens).lower()
    if len(tokens) == 1:
        before = _BEFORE_A_TOWN_OF_ONE_WORD.search(text, max(0, start - 6), start)
        return before is not None and named in towns_written_plain()
    return _BEFORE_A_TOWN.search(text, max(0, start - 6), start) is not None and named in towns()


def _near_a_place(text: str, mention: Mention) -> bool:
    """Tell whether a name is put near a place the lists know: "in Velten near Berlin".

    After a preposition of place, or at a distance ("Moengo, 90 km east of Paramaribo"):
    "Smith near London said" is someone.
    """
    near = _NEAR.match(text, mention.end)
    return bool(
        near is not None
        and (near[2].lower() in places() or near[2].split()[0].lower() in places())
        and (near["far"] is not None or _IN_BEFORE.search(text, max(0, mention.start - 16), mention.start))
    )


def _place_by_its_people(text: str, tokens: list[Token]) -> bool:
    """Tell whether a people's adjective and a known place, put somewhere, name a part of it.

    "in the Canadian Arctic", "at that time in the Spanish Netherlands"; not "American
    Davenport will face", a player, nor "Italian Parma ham", a thing's origin.
    """
    words = [t[0] for t in tokens]
    return (
        len(words) >= 2
        and words[0].lower() in nationalities()
        and " ".join(words[1:]).lower() in places()
        and _PART_OF_BEFORE.search(text, max(0, tokens[0][1] - 16), tokens[0][1]) is not None
        and not describes_after(text, tokens[-1][2])
    )


def describes_after(text: str, end: int) -> bool:
    """Tell whether a word of substance in lower case follows a name, which describes it: "Parma| ham"."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word[1] not in FUNCTION_WORDS


#: The minute of a goal after its scorer's name: " 15th,", " (50th minute)", " (57th, penalty)".
_MINUTE_AFTER = re.compile(
    r" \(?(?:[1-9]|[1-9]\d|1[01]\d|120)(?:st|nd|rd|th)"
    r"(?: min(?:ute)?| pen(?:alty)?|, penalty)?(?=[),;]| and )"
)
#: What comes before a scorer's name in a list of goals: its start, a bracket, a comma, a dash,
#: "and"; not an article or a noun ("the Nintendo GameBoy (25th)", "toy Tamagotchi (86th)").
_SCORER_BEFORE = re.compile(r"(?:^|[(,:;-]|\band)\s*$")
#: Roles a score card gives a name by where it stands, which name someone by a surname alone
#: though it is a word or a town's too ("c Cork b Croft", "Couples 73 68 72 72").
CARD_ROLES = frozenset({"scorer", "fielder", "bowler", "golfer"})
#: A bowler's figures (overs, maidens, runs, wickets: " 14.3-4-45-1") or a golfer's rounds
#: (" 73 68 72 72") after a name.
_BOWLING_AFTER = re.compile(r" \d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}(?=\s*(?:[,;.]|$))")
_ROUNDS_AFTER = re.compile(r" (?:[6-8]\d ){1,3}[6-8]\d(?=\s*(?:[,;]|$))")
#: A cricket batsman's dismissal around a fielder's or a bowler's name: "c Cork b Croft 46".
_CAUGHT_BEFORE = re.compile(r"(?:^|\s)(?:c|st) $")
_BOWLED_BEFORE = re.compile(r"(?:^|\s)(?:lbw )?b $")
_BOWLED_AFTER = re.compile(r" b [A-Z]")
_RUNS_AFTER = re.compile(r" \d{1,3}\*?(?=$|[,;.]?\s|[,;.]$)")


def _player_by_a_score_card(text: str, mention: Mention) -> str | None:
    """Return the role a score card gives a lone name: "Lewis 12-1-76-0", "c Cork b Croft 46"."""
    if not text.startswith(" ", mention.end):
        return None  # every card writes a space after the name: most names fail here
    if text.endswith(("c ", "st ", "b "), 0, mention.start):
        before = text[max(0, mention.start - 6) : mention.start]
        if _CAUGHT_BEFORE.search(before) and _BOWLED_AFTER.match(text, mention.end):
            return "fielder"
        if _BOWLED_BEFORE.search(before) and _RUNS_AFTER.match(text, mention.end):
            return "bowler"
    if not text[mention.end + 1 : mention.end + 2].isdigit():
        return None
    if mention.kind == PLACE and a_country(mention.text):
        return None  # "Australia 73 68": a side's
    if _BOWLING_AFTER.match(text, mention.end):
        return "bowler"
    return "golfer" if _ROUNDS_AFTER.match(text, mention.end) else None


#: A ship's kind in lower case right before its name.
_VESSEL_BEFORE = re.compile(
    r"\b(?:aircraft carrier|warship|frigate|destroyer|cruiser|battleship|submarine|tanker|supertanker"
    r"|freighter|trawler|ferry|liner|cruise ship|vessel|ship|yacht) (?:USS |HMS )?$"
)
#: A site's word in lower case after its name: an airport's after the town it serves, a mosque's, a camp's.
_SITE_AFTER = re.compile(
    r" (?:airport|Airport|mosque|church|cathedral|temple|synagogue|shrine|monastery|checkpoint"
    r"|border crossing|refugee camp|prison|jail|sanatorium)\b"
)
#: A building or a road in lower case after a person's name, which names it: "Charlotte Maxeke hospital".
_FACILITY_AFTER = re.compile(
    r" (?:hospital|airport|stadium|station|bridge|street|road|avenue|boulevard|highway|square|museum"
    r"|(?:art )?gallery|library|hall|arena|high school|primary school|(?:oil |gas )?field|oilfield|gasfield"
    r"|mine)\b"
)
#: A region by its side after a name: " in oil-rich southern Nigeria", " in the north-east of".
_IN_A_SIDE_AFTER = re.compile(
    r" in (?:the )?(?:[a-z-]+ )?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?"
    r"|central|north-?(?:east|west)|south-?(?:east|west)) (?:of )?[A-Z]"
)
#: Where a name is put, just before it: "at ", "near ".
_PUT_AT_BEFORE = re.compile(r"\b(?:at|in|near|from|to|outside|around)\s+$")


def _in_a_part_of_a_place(text: str, mention: Mention) -> bool:
    """Tell whether somewhere no list holds is put, then placed in a region by its side."""
    return (
        len(mention.words) <= 2
        and _PUT_AT_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
        and _IN_A_SIDE_AFTER.match(text, mention.end) is not None
    )


#: A lower-case word just after a name: "the Cannes| ceremony", "Azov| in 1877".
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
#: Where a name is put, or what it is part of, just before it: "in the ", "through ", "of ".
_PART_OF_BEFORE = re.compile(r"\b(?:in|at|from|to|into|across|through|throughout|of)\s+(?:the\s+)?$")
_SIDES = frozenset("north south east west midwest northeast northwest southeast southwest".split())


def _role_before_a_surname(text: str, mention: Mention) -> str | None:
    """Return the role in lower case right before a lone name no list holds: "striker| Drogba".

    Only someone holds it: not a side's standing ("defending champion Juventus", "league
    leader Sparta") nor a firm's ("investor Bessemer").
    """
    if len(mention.words) != 1 or not _unlisted_given_name(mention.text):
        return None
    if _FIRM_GOES_ON.match(text, mention.end):
        return None  # "lead manager Goldman, Sachs and Co": a bank that manages an issue
    before = _ROLE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if before is None or before[1] not in TITLE_WORDS or before[1] in _HELD_BY_SIDES_TOO:
        return None
    if text.endswith(("lead manager ", "co-manager ", "lead managers "), 0, mention.start):
        return None  # "lead manager Kleinwort": a wire's bank that manages a bond's issue
    return before[1]


#: A firm's name going on past a comma: ", Sachs and Co", ", Benson Ltd".
_FIRM_GOES_ON = re.compile(
    r",\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+(?:and|&|Ltd|Inc|Co|Corp|LLC|PLC|AG|SA)\b"
)


#: Titles a side, a firm or a thing holds as well as someone.
_HELD_BY_SIDES_TOO = frozenset(
    "champion challenger finalist semi-finalist semifinalist quarter-finalist qualifier runner-up leader "
    "member head chief star seed wildcard owner investor speculator broadcaster representative producer "
    "veteran".split()
)


def _named_after_a_role(text: str, tokens: list[Token]) -> bool:
    """Tell whether a first name and a surname follow a role in lower case: "press secretary Josh Earnest".

    The role makes a person of words the lists would not: "Josh" is a rare first name in
    the lists and "Earnest" a word of the dictionary.
    """
    words = [t[0] for t in tokens]
    before = _ROLE_BEFORE.search(text, max(0, tokens[0][1] - 30), tokens[0][1])
    return (
        before is not None
        and before[1] in TITLE_WORDS
        and 2 <= len(words) <= 3
        # ... or a given name with a capital inside, no list's: "finalist MaliVai Washington".
        and (words[0].lower() in first_names() or CAMEL_GIVEN.fullmatch(words[0]) is not None)
        and all(w[:1].isupper() and not w.isupper() for w in words)
    )


#: A given name with a capital inside: "MaliVai", "LaToya".
CAMEL_GIVEN = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")
#: A player's seeding right before the name: "the 11th-seeded ", "top-seeded ", "unseeded ".
_SEEDED_BEFORE = re.compile(r"(?<![\w-])(?:\w+-|un)?seeded $")


def _row_label(text: str, mention: Mention) -> bool:
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


def _column_word(text: str, mention: Mention) -> bool:
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


def _credit_rating(text: str, mention: Mention) -> bool:
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


def _named_after_its_kind(text: str, mention: Mention) -> bool:
    """Tell whether a name follows the kind of business it is: "drugs group Eli Lilly"."""
    if mention.honorific or mention.titles:
        return False
    if (
        len(mention.words) == 1
        and mention.text.lower() in familiar_first_names()
        and _PARTNER_AFTER.match(text, mention.end)
    ):
        return False  # "economist team Jim and Margaret Cuthbert": two people who share a surname
    if _VESSEL_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        return False  # "the aircraft carrier Carl Vinson": a ship, though "carrier" names an airline
    before = _KIND_OF_BUSINESS_BEFORE.search(text, max(0, mention.start - 16), mention.start)
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
        or _full_name(mention.words)
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
            and all(
                _unlisted_given_name(w) and len(w) > 2 and w.lower() not in NATIVE_NATIONAL for w in words
            )
        )
        and (
            _ARTICLE_OR_OWNER_BEFORE.search(text, max(0, start - 24), start) is not None
            # ... or a word no list holds opening a sentence: "Interacciones brokerage on Monday raised".
            or len(words) == 1
            and opens_sentence(text, start)
            and _unlisted_given_name(words[0])
            and words[0].lower() not in NATIVE_NATIONAL  # "Deutsche group profits rose"
        )
        and not any(_nations_joined(w.lower()) for w in words)  # "the Kurdish group", "the Anglo-Dutch group"
        and all(w[:1].isupper() or w in _CONNECTORS for w in words)
    )


def _traded_by_ticker(text: str, tokens: list[Token], mention: Mention | None, styled: bool) -> bool:
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


def _firm_between_tickers(text: str, tokens: list[Token]) -> list[Token]:
    """Return the words of a run in capitals after a ticker, without the headline's words before the firm.

    "DU PONT <DD> WINS SUIT AGAINST PHILLIPS <P>": the dictionary's words that open the
    run are what one firm did to the next.
    """
    start = tokens[0][1]
    if tokens[0][0].isupper() and _AFTER_A_TICKER.search(text, max(0, start - 14), start):
        while len(tokens) > 1 and tokens[0][0].lower() in english_words():
            tokens = tokens[1:]
    return tokens


def _a_body_by_what_follows(text: str, tokens: list[Token], mention: Mention | None, styled: bool) -> bool:
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
        and not any(w.lower() in nationalities() or w.lower() in _CREEDS for w in words)
        and " ".join(words).lower() not in places()
        # "Sierra Leonean rebels": a place's people, no body
        and not _people_of_a_place(" ".join(words).lower())
    )


#: Whom a home cares for, the word before "Home" in its name: "Care Home", "Boys' Home".
_CARED_FOR = frozenset(
    "care nursing children's children’s childrens boys' boys’ girls' girls’ residential".split()
)
#: ... or in lower case after a name: "the Bryn Estyn children's home".
_HOME_AFTER = re.compile(r"\s+(?:children['’]s|care|nursing|boys['’]|girls['’]|residential)\s+home\b")


def _care_home(words: list[str]) -> bool:
    """Tell whether words name a care home by whom it cares for: "Sunnyside Care Home"."""
    return len(words) >= 2 and words[-1] == "Home" and words[-2].lower() in _CARED_FOR


def _traded_in_words(text: str, tokens: list[Token]) -> bool:
    """Tell whether capitalised words of the dictionary are a company, by what the text says of them.

    Alone they are no name ("Death Row", "Online Vendor"); a kind of business before them
    ("insurer Standard Life"), one set off after them ("Cairn Energy, the oil explorer,")
    or a deal in them ("shares in Scottish Widows") makes them a body.
    """
    words = [t[0] for t in tokens]
    if not 2 <= len(words) <= 4 or not all(w.istitle() and w.isalpha() for w in words):
        return False
    if words[0].lower() in TITLE_WORDS or words[0].lower() in _WEEKDAYS:
        return False
    if words[-1].lower() in nationalities() or " ".join(words).lower() in nationalities():
        return False  # "works for Sri Lankan television": a people's word before a noun
    start, end = tokens[0][1], tokens[-1][2]
    return (
        _named_after_its_kind(text, Mention(" ".join(words), "unknown", start, end))
        or _KIND_SET_OFF.match(text, end) is not None
        or _TRADED_BEFORE.search(text, max(0, start - 24), start) is not None
        or _TRADED_AFTER.match(text, end) is not None
    )


#: Kinds of business that name one when written before its name: "water firm Aguas Argentinas".
BUSINESS_KINDS = frozenset(
    "firm company group maker carmaker airline carrier retailer bank lender insurer brewer chain "
    "conglomerate manufacturer giant supermarket label studio agency regulator watchdog charity "
    "newspaper band consultants party bookmaker brokerage".split()
)
#: Trades in the plural, and houses, which only a firm's name follows: "stockbrokers Phillips
#: and Drew", "brokerage house Phillips and Drew".
_FIRMS_TRADES = (
    r"stockbrokers|brokers|accountants|solicitors|auctioneers|underwriters|bookmakers"
    r"|(?:brokerage|auction|fashion|publishing|investment|securities|discount) house"
)
#: A firm's trade right before its name: "stockbrokers ", "brokerage house ".
_FIRMS_TRADE_BEFORE = re.compile(rf"(?<![-\w])(?:{_FIRMS_TRADES}) $")
#: A kind of business in lower case right before a name: "water firm ", "the airline, ",
#: "brokerage house ".
_KIND_OF_BUSINESS_BEFORE = re.compile(
    rf"(?<![-\w])(?:{'|'.join(sorted(BUSINESS_KINDS))}|{_FIRMS_TRADES})(,)? $"
)
#: An article and a kind of business set off before a name: "the bank, ".
_KIND_SET_OFF_BEFORE = re.compile(rf"\b(?:[Tt]he|[Aa]n?) (?:{'|'.join(sorted(BUSINESS_KINDS))}), $")
#: A sports club's kind in lower case right before its name: "Dutch side ", "German club ";
#: no comma ("On one side, Adams argued").
_SIDE_BEFORE = re.compile(r"(?<![-\w])(?:club|side|team|outfit) $")
#: A kind of business that opens a sentence, capitalised, right before a name: "Bookmaker ".
_KIND_OPENING = re.compile(
    rf"(?:^|[.!?]\s+)(?:{'|'.join(sorted(k.capitalize() for k in BUSINESS_KINDS))})(,)? $"
)
#: Trades of a firm or of someone; not "producer", "developer" or "publisher": a band's, a
#: game's or a paper's are often someone.
_PLIED_TRADES = (
    "operator distributor miner refiner exporter importer wholesaler provider supplier shipper contractor "
    "outsourcer housebuilder broadcaster"
).split()
#: A trade in lower case right before a name: "telecoms operator ".
_KIND_OF_TRADE_BEFORE = re.compile(rf"(?<=[a-z] )(?:{'|'.join(_PLIED_TRADES)}) $")
#: ... and capitalised as they open a sentence: "Operator Statoil said"; a broadcaster who
#: opens one is as often someone ("Broadcaster David Dimbleby").
_TRADE_OPENING = re.compile(
    rf"(?:^|[.!?]\s+)(?:{'|'.join(t.capitalize() for t in _PLIED_TRADES if t != 'broadcaster')}) $"
)
#: Kinds of business in the plural right before a list of their names, a colon or comma allowed: "chip
#: makers ", "listed companies: ", "airlines, "; not a ship's ("aircraft carriers Vinson and Enterprise").
_KINDS_BEFORE_A_LIST = re.compile(
    r"(?<![-\w])(?<!aircraft )(?:"
    + "|".join(
        sorted(
            k if k.endswith("s") else k[:-1] + "ies" if k.endswith("y") else k + "s"
            for k in BUSINESS_KINDS | set(_PLIED_TRADES)
        )
    )
    + r")[:,]? $"
)
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
#: A wire's ticker in angle brackets: "<UM>", "<CTYF.O>".
TICKER = r"<[A-Z][A-Z.]{0,9}>"
#: A ticker right after a name: "Salomon <SB>".
TICKER_AFTER = re.compile(rf" {TICKER}")
#: A share's move in a market report, by a fraction or pence, to its new price: " fell 2-1/4 to
#: 68-1/4", " rose 5p to 230p"; not an index's points ("The NYSE Index fell 2.61 to 168.35").
_PRICE_MOVED_AFTER = re.compile(
    r" (?:rose|fell|gained|added|eased|dropped|climbed|slipped|jumped|slid|firmed|advanced|declined|shed"
    r"|was (?:up|down)|were (?:up|down)) (?:a penny|one penny|(?:\d+-)?\d/\d+|\d+(?:\.\d+)?p|\d+ pence)"
    r" to [$£€]?\d"
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
#: A role in lower case right before a name: "secretary Josh Earnest", "coach Will Grigg".
_ROLE_BEFORE = re.compile(r"\b([a-z]{4,})\s+$")
#: Places' and laws' heads that are surnames too: "Mike Lake", "Fiona Hill", "Jude Law", "Doris Day".
_SURNAME_HEADS_SPEAKING = _SURNAME_HEADS | {"lake", "tower", "wood", "brook", "ford", "garden", "law", "day"}
#: A preposition that puts what follows somewhere: "Police in Kent County said".
_SPOKEN_IN_BEFORE = re.compile(r"\b(?:in|at|to|from|near)\s+$")
#: A verb of saying just before a name or just after it: "said Mike Lake", "Mike Lake said".
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds|told) $")
_SAYS_AFTER = re.compile(r" (?:said|says|told|tells|added|adds)\b")
#: A role set off after a name: ", a Yukos spokesman", ", the club's secretary".
_ROLE_AFTER = re.compile(r",\s+(?:(?:an?|the|its|his|her|their)\s+)?(?:[\w'’.-]+\s+){0,3}?([a-z]+)\b")


def _speaks_as_someone(text: str, tokens: list[Token]) -> bool:
    """Tell whether a first name and a place's or a law's head speak or hold a role ("Mike Lake").

    Places do not speak: "Victoria Park" and "George Street" stay places, "Mike Lake,
    a Yukos spokesman" is someone.
    """
    first, head = tokens[0][0].lower(), tokens[-1][0].lower()
    # A first name that opens places too speaks whatever follows it: "Wadi Haddad said"; not
    # a place the gazetteer knows ("Los Angeles and San Francisco said").
    opening = (
        first in place_heads()[0]
        and first in first_names()
        and " ".join(t[0] for t in tokens).lower() not in places()
    )
    if not opening and (first not in familiar_first_names() or head not in _SURNAME_HEADS_SPEAKING):
        return False  # "Police in Kent County said": a county is no one's surname
    start, end = tokens[0][1], tokens[-1][2]
    if _SPOKEN_IN_BEFORE.search(text, max(0, start - 6), start):
        return False
    if _SAYS_AFTER.match(text, end) or _SAID_BEFORE.search(text, max(0, start - 8), start):
        return True
    role = _ROLE_AFTER.match(text, end)
    return role is not None and role[1] in TITLE_WORDS


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
#: A dash joining a name to the next: "the Bill Gates–Melinda French deal", whose article is the deal's.
_DASH_TO_A_NAME = re.compile(r"[–-][A-Z]")


#: "a" and an age before a town's name that describes someone: "a 43-year-old Logan man".
_A_BEFORE = re.compile(r"\b[Aa]n? (?:\d{1,3}-year-old )?$")
#: Who is from a town, after its name: "a Logan man", "a Preston teenager".
_LOCAL_AFTER = re.compile(
    r" (?:man|woman|boy|girl|teenager|teen|youth|pensioner|couple|mother|father|grandmother|grandfather"
    r"|resident|businessman|businesswoman)\b"
)


def _a_local(text: str, tokens: list[Token]) -> bool:
    """Tell whether a name of one or two words after "a" says where the man or woman after it is from."""
    name = " ".join(t[0] for t in tokens)
    return (
        len(tokens) <= 2
        and "-" not in name  # "a Dutch-Moroccan man", "a Portland-area resident": what, not where
        and _LOCAL_AFTER.match(text, tokens[-1][2]) is not None
        and _A_BEFORE.search(text, max(0, tokens[0][1] - 16), tokens[0][1]) is not None
        and body_name(name) is None
        # Not "a Black man", "a Reform couple": a word of the dictionary says what, not where.
        and not any(t[0].lower() in english_words() for t in tokens)
        # Not "a Guinean man", "a Bosnian Serb woman": a nation's, no town's.
        and not any(people_s_adjective(t[0].lower()) for t in tokens)
    )


def _the_before(text: str, mention: Mention) -> bool:
    """Tell whether "the" stands right before a name that qualifies no noun after it."""
    if mention.honorific or mention.titles or "&" in mention.text:
        return False  # "the Rev Jesse Jackson"; "the Johnson & Johnson board", a firm the cast reads
    words = mention.words
    if "of" in words and " ".join(words[words.index("of") + 1 :]).lower() in places():
        return False  # "the Sultan of Brunei": an office, which keeps its place
    if _THE_ENDING.search(text, max(0, mention.start - 5), mention.start) is None:
        return False
    if _CAPITAL_NEXT.match(text, mention.end) or _DASH_TO_A_NAME.match(text, mention.end):
        return False  # "the George Floyd Justice in Policing Act": a name inside a longer one
    if text.startswith("-", mention.end):
        return False  # "the Carl C. Icahn-led TWA": the name governs a participle that qualifies the noun
    after = _NEXT_WORD.match(text, mention.end)
    # "the Royal Highland Fusiliers would merge", "the Klan quickly": a verb or an adverb after.
    return after is None or after[1] in FUNCTION_WORDS or after[1].endswith(("ly", "ed")) or after[1] in _PAST


def _club_after_the(text: str, mention: Mention) -> bool:
    """Tell whether a name after "the" or before a club's staff is a club: "the Dallas Cowboys".

    "Dallas" and "Houston" are first names too, and "Cowboys" could be a surname as
    "Woods" is; but no one's name takes "the", nor has a coach ("Seattle Seahawks coach").
    """
    words = mention.words
    if _LEAGUE_CLASS_BEFORE.search(text, max(0, mention.start - 12), mention.start) and len(words) <= 3:
        return True  # "the Double-A Altoona Curve": a league's class names a club
    return (
        not mention.honorific
        and not mention.titles
        and 2 <= len(words) <= 3
        and words[-1].endswith("s")
        # A plural of the dictionary, or any after a town no common first name ("the Houston
        # Astros"); not "the Mary Poppins musical".
        and (_singular(words[-1]) in english_words() or words[0].lower() not in common_first_names())
        # A first name's plural is a surname: "the Tennessee Williams play" is his.
        and (_singular(words[-1]) in english_words() or _singular(words[-1]) not in common_first_names())
        and " ".join(words[:-1]).lower() in places()
        and (
            re.search(r"\b[Tt]he\s+$", text[max(0, mention.start - 5) : mention.start]) is not None
            or _CLUB_STAFF_AFTER.match(text, mention.end) is not None
        )
    )


#: What a side does to another before its name: "beat", "lost to", "victory over".
BEATEN_BY = (
    "beat|beating|defeated|thrashed|edged|routed|downed|hammered|trounced|overcame"
    "|draw with|drew with|lost to|losing to|defeat to|defeat by|losses to"
    "|win over|victory over|wins over|victories over|winners over|win against|victory against"
)
#: What a player does for a side or a side to another, then "the" before its name: "59 games
#: for the", "traded to the", "lost to the".
SIDE_FOR_THE = re.compile(
    r"\b(?:(?:games|matches|appearances|goals|starts|innings|runs|points|seasons?|years) (?:for|with)"
    r"|(?:played|plays|playing) (?:for|with)|traded to|drafted by|signed (?:with|for)"
    rf"|{BEATEN_BY}|loss to) the\s+$"
)


def side_played_for(text: str, tokens: list[Token]) -> bool:
    """Tell whether two or three words ending in a plural of the dictionary name a side a player plays for."""
    return (
        2 <= len(tokens) <= 3
        and plural_of_a_word(tokens[-1][0])
        and SIDE_FOR_THE.search(text, max(0, tokens[0][1] - 30), tokens[0][1]) is not None
    )


#: Who works for a club, after its name: "Seattle Seahawks coach Pete Carroll".
_CLUB_STAFF_AFTER = re.compile(
    r"\s+(?:head coach|coach|manager|general manager|owner|quarterback|pitcher|striker|goalkeeper|"
    r"captain|midfielder|defender|forward|fans|supporters)\b"
)


#: Faiths' adjectives, which the nationalities hold too: "the Islamic Republic" names a state by context.
_FAITHS_ADJECTIVES = frozenset("islamic muslim christian catholic jewish hindu buddhist sikh".split())
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
    singular = _singular(last)
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
        (first in nationalities() or first in countries() or (placed and not _CONNECTORS & set(words)))
        and first not in familiar_first_names()
        and words[-1].lower() in english_words()
    )


def dictionary_words(words: list[str]) -> bool:
    """Tell whether a name of two or more words is made only of dictionary words ("Death Row")."""
    return len(words) > 1 and all(w.lower() in english_words() for w in words)


#: What follows "the" in a person's name: an epithet ("William Pitt the Younger", "Ivan the Terrible").
_EPITHETS = frozenset(
    "younger elder great terrible conqueror confessor magnificent bold pious wise good just fair "
    "venerable baptist evangelist apostle lionheart unready navigator liberator impaler ripper kid".split()
)


#: Words that open a party's name before its member's: "Christian Democrat", "Free Democrats".
_PARTY_OPENERS = frozenset("christian social free liberal".split())


def _party_member_before(words: list[str]) -> int:
    """Return where a name starts after a party's member before it, or 0: "Democrat Gephardt" gives 1.

    Not the party's own body: "Republican National Committee", "Democrat Party".
    """
    if not words:
        return 0
    k = 1 if words[0].lower() in _PARTY_OPENERS else 0
    rest = words[k + 1 :]
    return (
        k + 1
        if len(words) > k + 1
        and words[k].lower() in _PARTY_MEMBERS
        and all(w[:1].isupper() and w.lower() not in ORG_HEADS for w in rest)
        and not any(w.lower() in TITLE_WORDS for w in rest[:1])
        else 0
    )


#: A compass point's initial before a people's word: "W. German", "S. African".
_COMPASS_INITIALS = frozenset("N. S. E. W.".split())


@cache
def _state_names() -> frozenset[str]:
    """Return the names of one word of US states and Canadian provinces: "Texas", "Alberta"."""
    return frozenset(name for name in states_and_provinces().values() if " " not in name)


def _town_before_its_state(words: list[str]) -> bool:
    """Tell whether capitalised words before a state's are a town's: no first name, no dictionary word."""
    return all(
        w[:1].isupper() and w.lower() not in first_names() and w.lower() not in english_words() for w in words
    )


def _unlisted_full_name(words: list[str]) -> bool:
    """Tell whether two words are a given name no list holds and a surname: "Linford Christie"."""
    return len(words) == 2 and _unlisted_given_name(words[0]) and _unlisted_surname(words[1])


def _unlisted_surname(word: str) -> bool:
    """Tell whether a capitalised word may be a surname: no word of the dictionary nor a place."""
    return word.istitle() and word.lower() not in english_words() and word.lower() not in places()


def _full_name(words: list[str]) -> bool:
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


def _a_place_or_two(words: list[str]) -> bool:
    """Tell whether words name a place, "and" written as a hyphen too: "Trinidad-Tobago"."""
    return _placed(words) or len(words) == 1 and " and ".join(words[0].lower().split("-")) in places()


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


def _a_body_s_name(words: list[str]) -> bool:
    """Tell whether words are the table's body or end in a body's head: "General Motors", "Harcourt Inc"."""
    return (
        body_name(" ".join(words)) is not None
        or words[-1].lower().rstrip(".") in ORG_HEADS
        or len(words) > 1
        and (written_legal_form(words[-1]) or _firm_as(words))  # "Volkswagen AG", "Norsk Hydro AS"
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
    firm = _DOTTED.fullmatch(words[at + 1]) is not None or body_name(rest) is not None
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
    if "the" in rest and words[-1].lower() not in _EPITHETS:
        return False
    if "of" in rest:
        after = " ".join(words[len(words) - rest[::-1].index("of") :]).lower()
        common = all(w in english_words() or _singular(w) in english_words() for w in after.split())
        if common and after not in places():
            return False
        # Where someone is from is one place's word ("Catherine of Aragon"); a firm's name of
        # initials or of several words is whom someone is with: "Quinn of E.F. Hutton".
        place = after.split(" and ")[0]
        if " " in place and place not in places():
            return False
    return True


def _dated(word: str) -> bool:
    """Tell whether a word is a day or a month: "Thursdays.", "Monday"."""
    return word.lower().rstrip(".,;:").removesuffix("s") in CALENDAR


def _city_of_its_own(folded: str) -> bool:
    """Tell whether words before "City" name no town of their own, a country or a state, or a town abroad."""
    # "Hull City", "Perth City" are clubs; "Davao City", "Carson City" are towns where a
    # club's name would be odd; "Man City", "Sim City": a club and a game, by a word.
    abroad = folded not in towns_with_city_clubs() and folded not in english_words()
    return folded not in towns() or realm(folded) or abroad


def _common_or_national(word: str) -> bool:
    """Tell whether a word is a nationality or a dictionary word that is no first name."""
    word = word.lower()
    return word in nationalities() or (word in english_words() and word not in first_names())


def _firm(words: list[str]) -> bool:
    """Tell whether a name ends with a trade's word after a name no dictionary holds ("Kantar Media")."""
    if len(words) >= 2 and words[-1].lower() in ("lines", "line") and words[-2].lower() in _CARRIERS:
        return words[-1] == "Lines" or words[-2] != "Bus"  # "Greyhound Bus Lines", not a "Bus Line" route
    managed = len(words) >= 3 and words[-2].lower() in _MANAGED and words[-1].lower() in _MANAGING
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
            any(_proper(w.lower()) for w in words[:-1])
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
_MANAGING = frozenset("management managers advisors advisers markets".split())
#: What a firm whose name ends "Lines" carries: "Delta Air Lines", "Carnival Cruise Lines", "Tube Lines".
_CARRIERS = frozenset("air bus cruise steamship shipping ferry tube pipe".split())


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

#: Words that go on a body's name or make a title, not a thing the body names: "Senate
#: Intelligence Committee", "Barclays Capital", "White House Press Secretary".
_NO_THING = ORG_HEADS | FIRM_HEADS | TITLE_WORDS
#: Honorifics that only a person's surname follows: after them, a town's name is a surname.
#: A peer's too, whose title's name is often a town's: "Lady Hale", "Lord Derby".
_PLAIN = frozenset("mr mrs ms miss dr sen rep gov prof professor".split()) | PEERS
#: A member's party and state after their name, as US outlets write it: "(R-N.Y.)", "(D-MA)".
_PARTY_TAG = re.compile(r"[DRI]-[A-Z]{1,2}\.?")


#: A US party's members, after the state they sit for: "an Illinois Democrat".
_PARTY_MEMBERS = frozenset("democrat democrats republican republicans".split())
#: A hyphen before a word in lower case: "Rotherham-style", "Co-operative". Compiled once, as
#: the names the sources give fill `re`'s own cache with patterns of their own.
_HYPHENED = re.compile(r"-[a-z]{2,}")
#: Two syllables a hyphen joins, the second in lower case: a Korean given name ("Young-jae", "Ji-yeon").
_SYLLABLES_HYPHENED = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,4}")
#: Prefixes a hyphen joins to a word of the dictionary: "co-operative", "self-help", "non-profit".
_WORD_PREFIXES = frozenset("co self non anti multi inter".split())


#: The forms nations' names take before a hyphen: "Anglo-", "Sino-", "Franco-".
_NATIONS_COMBINING = frozenset("anglo franco sino russo italo indo afro euro greco austro hispano".split())


def _nations_joined(folded: str) -> bool:
    """Tell whether a hyphened word joins nations' adjectives: "anglo-dutch", "sino-soviet"."""
    parts = folded.split("-")
    return (
        all(p in _NATIONS_COMBINING or p in nationalities() for p in parts[:-1])
        and parts[-1] in nationalities()
    )


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


def _proper(word: str) -> bool:
    """Tell whether a word (lower case) is no word of the dictionary, no people and no place."""
    return word not in english_words() and word not in nationalities() and word not in places()


#: An apostrophe between two letters, not a possessive's: the glottal stop of "Hawai'i".
_OKINA = re.compile(r"(?<=[a-z])'(?=[a-z])(?!s\b)")


def _body_of_a_place(words: list[str]) -> bool:
    """Tell whether a run is a body the table knows or initials, "of" and a place: "ACLU of Oregon"."""
    if len(words) < 3 or words[1] != "of":
        return False
    if not (words[0].lower() in organisations() or _initials_of_a_body(words[0])):
        return False
    if formal_place(" ".join(words).lower()):
        return False  # "the Commonwealth of Massachusetts": a state's formal style, no body's branch
    where, rest = " ".join(words[2:]).lower(), " ".join(words[3:]).lower()
    return where in places() or words[2].lower() in _COMPASS and rest in places()


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
    return len(word) >= 3 and word.isupper() and word.isalpha() and not _term(word) and folded not in places()


#: Legal forms that mark a firm's name inside a run; not "Co", an Irish county's too ("Co Durham").
_INNER_LEGAL_FORMS = LEGAL_FORMS - {"co"}
#: A US bank's or thrift's charter after its name: national association, federal savings bank.
_CHARTERS = frozenset("NA N.A. FSB F.S.B. SSB".split())


def _opening_head(word: str) -> bool:
    """Tell whether a word is a head that opens a Romance body's name: "Universidad", "Banco", "Cia"."""
    # "Cia" written short, told from the CIA by its case: "Cia. Vale do Rio Doce".
    return word.lower() in OPENING_ORG_HEADS or word in ("Cia", "Cia.")


#: A firm's part set off after its name: ", a unit of", ", a wholly owned subsidiary of".
_A_FIRM_S_PART_AFTER = re.compile(r", (?:a|an) (?:[\w-]+ ){0,2}?(?:unit|subsidiary|division|affiliate) of\b")
#: Legal forms written before a firm's name: Swedish "AB Volvo", Indonesian "PT Astra International",
#: Dutch "N.V. Philips".
FORMS_FIRST = frozenset({"AB", "PT", "NV", "N.V."})

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
        and not _term(words[0])
        and words[0].lower() not in organisations()  # "UN Geneva": the UN, somewhere
        and words[1].istitle()
        and words[1].lower() in places()
        # "DH Lawrence", "CS Lewis": someone's initials before a surname that names a town too.
        and words[1].lower() not in first_names()
    )


def kind_of(words: list[str], folded: str, honorific: str | None) -> str | None:
    """Return what the word lists say a name is: person, organisation, place, "unknown" or None."""
    if "'" in folded and folded not in places() and (bare := _OKINA.sub("", folded)) in places():
        folded = bare  # "Hawai'i", "O'ahu", "Sana'a": a place spelled with its apostrophe
    if len(words) >= 3 and words[:2] == ["Office", "of"] and _post_of_a_title(words[-1]):
        return None  # "to hold the Office of Vice Presidency": a post held, no body's name
    if an_office(words):
        return ORGANISATION  # an office: "Mayor of London", "Secretary of State", "Members of Congress"
    if len(words) == 1 and folded in capitals_only() and not words[0].isupper():
        return None  # "La notte": a Romance article, where "LA" is Los Angeles
    if len(words) == 2 and words[0].lower() in _MONTHS and words[1].lower() in DAY_WORDS:
        return None  # "Pay May Eight", "on March Four": a wire's date in words, no one
    if len(words) == 1 and "." in words[0] and written_legal_form(words[0]):
        return None  # "S.A." alone, the name before it lost ("DIM S.A."): no firm's name
    if len(words) > 1 and _people_of_a_place(folded):
        return None  # "Sierra Leonean", "Costa Rican": a place's people, no one's name
    town = folded in places() and len(words) == 1
    if honorific and not (town and honorific.lower().rstrip(".") not in _PLAIN):
        return PERSON  # "Sen. Warren", "Mr Lincoln": someone, though a town's name too
    known = folded in organisations() and body_name(" ".join(words)) is not None
    if known or folded.startswith("the ") and folded[4:] in organisations():
        return ORGANISATION  # the table's, if its initials are no word the source writes ("Nice")
    # Italy's S.p.A. as a wire writes it, "Fiat Spa", "Agusta Spa"; "Leamington Spa" is a town.
    if (
        len(words) > 1
        and words[-1] == "Spa"
        and folded not in places()
        and " ".join(words[:-1]).lower() not in places()
        and words[0].lower() not in towns()
    ):
        return ORGANISATION
    if "en" in words[1:-1] and _capital(words[0]):
        return ORGANISATION  # "Heldring en Pierson", "Oyens en van Eeghen": a Dutch firm's partners
    if "at" in words[2:-1] and words[words.index("at") - 1] == "University":
        return ORGANISATION  # "State University at Buffalo": a university's campus, by its town
    if len(words) == 2 and words[0] == "First" and _first_and_a_town(words[1]):
        return ORGANISATION  # "First Boston", "First Chicago": a bank named for its town
    if len(words) >= 2 and words[0].lower() in EVENT_OPENERS and not honorific:
        return WORK  # "Operation Yewtree", "Hurricane Ivan", "Storm Desmond": an event, no one
    if _named_unit(words):
        return ORGANISATION  # "Taskforce Argos", "Strike Force Parrabell": a police unit, no one
    if len(words) >= 2 and (words[0] in _CLUB_INITIALS or words[-1].rstrip(".") in _CLUB_INITIALS):
        return ORGANISATION  # "Chelsea FC", "FC Basel", "VfB Stuttgart": a football club, no one
    if len(words) >= 2 and words[0] in _PRISON_STYLES:
        return PLACE  # "HMP Frankland", "HMYOI Werrington": a prison, where someone is held
    if len(words) == 2 and words[1] == "Grammar" and words[0].lower() in places():
        return ORGANISATION  # "Geelong Grammar", "Manchester Grammar": a town's grammar school
    if _initials_then_a_town(words):
        return ORGANISATION  # "PSV Eindhoven", "AEK Athens": a club's or a body's initials, then its town
    if len(words) >= 2 and country_code(words[0]) and words[-1].lower() in _EVENT_HEADS:
        return WORK  # "U.S. Open", "U.S. Amateur Championship": an event, no body and no place
    if len(words) == 2 and country_code(words[0]) and words[1].lower() in english_words() - TITLE_WORDS:
        return ORGANISATION  # "UK Athletics", "US Airways": a country's initials name a body
    if len(words) >= 2 and words[0].lower() in _SPORTS and " ".join(words[1:]).lower() in countries():
        return ORGANISATION  # "Cricket Australia", "Athletics Kenya": a sport's body in a country
    if len(words) == 2 and words[0] == "World" and words[1].lower() in _SPORTS:
        return ORGANISATION  # "World Rugby", "World Athletics": a sport's body in the world
    if len(words) == 2 and _nation(words) == 1 and words[1].lower() in _SPORTS - _GAMES_OF_A_NATION:
        return ORGANISATION  # "British Gymnastics", "Scottish Rugby": a sport's body in a nation
    if len(words) > 2 and words[-1] == "District" and words[-2].lower() in _SERVICE_DISTRICTS:
        return ORGANISATION  # "Uvalde Consolidated Independent School District": a board, no area
    if _bishops_conference(words):
        return ORGANISATION  # "Irish Catholic Bishops' Conference": a standing body, no meeting
    if _party_by_its_members(words):
        return ORGANISATION  # "Christian Democrats", "Free Democrats": a party named by its members
    if _campaign(words):
        return ORGANISATION  # "Obama for America", "Biden for President": a candidate's campaign
    if len(words) == 1 and _PARTY_TAG.fullmatch(words[0]):
        return None  # "Rep. Peter King (R-N.Y.)": a party and a state's initials, no body
    if len(words) == 2 and words[1] == "Community" and _common_or_national(words[0]):
        return None  # "the Muslim Community", "the Black Community": people described, no body
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
        and (_placed(words[1:]) or _proper_words(words[1:]))
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
    if len(words) == 1 and "-" in folded and _a_place_or_two(words):
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
    if len(words) == 1 and "-" in folded and _nations_joined(folded):
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
    if len(words) == 1 and _EURO_MARKETS.fullmatch(folded):
        return None  # "trading of Eurobonds", "Eurodollar deposits": markets offshore, no body nor place
    if len(words) == 1 and _negated_word(folded):
        return None  # "Unadjusted sales were higher", "Pretax profits dipped": a word the dictionary lacks
    if len(words) == 1 and _prefixed_word(words[0]) and words[0].partition("-")[2].islower():
        return None  # "U.S. Anti-trust laws": a prefix and a word of the dictionary; not "Multi-Media
    if len(words) == 1 and demonym(folded):
        return None  # "the Dutchman said", "The Briton", "Londoners": people described, not named
    if words[-1] in _CHARTERS and (len(words) > 2 or len(words) == 2 and _chartered(words)):
        # "Marine Midland NA", "Lincoln Savings Bank FSB", "Citibank NA", "Goldome FSB": a US
        # bank's charter; "Shr NA", a table's share earnings not available, is none.
        return ORGANISATION
    if (
        len(words) >= 2
        and (written_legal_form(words[-1]) or words[0] in FORMS_FIRST or _firm_as(words))  # "AB Volvo"
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
    if _paper_of_a_place(words):
        return ORGANISATION  # "Baltimore Sun", "Toronto Star", "Liverpool Echo": a town's paper
    if 2 <= len(words) <= 3 and words[0] == "Radio" and all(w[:1].isupper() for w in words[1:]):
        return ORGANISATION  # "Radio Red", "Radio Free Europe": a station, whatever its words
    if len(words) >= 2 and words[0].lower() in _COMPASS and " ".join(words[1:]).lower() in places():
        return PLACE  # a part of a place: "East Africa", "Eastern Europe", "Southeast Asia"
    if len(words) == 2 and words[1] == "Front" and words[0].lower() in _COMPASS | {"home"}:
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
    if initials and (_term(words[0]) or _ROMAN.fullmatch(words[0])):
        return None  # "DNA evidence", "on TV", "GDP", "300 BC", "Part II": a thing's initials, no body's
    if len(words) >= 2 and any(_opening_head(w) for w in words[:-1]):
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
    if _unit_of_a_body(words):
        return ORGANISATION  # "Special Branch", "Criminal Division": a body's unit, no league's table
    if len(words) >= 3 and words[1] in ("for", "Against") and _people_plural(words[0]):
        return ORGANISATION  # "Physicians for Human Rights", "Mothers Against Drunk Driving"
    if "to" in words and any(w.lower() in _HEADS_AND_CENTRES for w in words[:-1]):
        return ORGANISATION  # "Committee to Protect Journalists": a body's head, then what it is for
    if any(w.lower() in _HEADS_AND_CENTRES and words[k + 1] == "Against" for k, w in enumerate(words[:-2])):
        return ORGANISATION  # "National Centre Against Organised Crime": a head, then what it fights
    headed = any(w.lower() in ORG_HEADS | _PLURAL_HEADS for w in words[:-1])
    if headed and (_BODY_LINKS_INTO & set(words) or "against" in words):
        return ORGANISATION  # "Joint Council for the Welfare of Immigrants", "National Institutes of Health"
    if any(w.lower() in _CENTRES and after == "for" for w, after in zip(words, words[1:], strict=False)):
        return ORGANISATION  # "Vienna Centre for Disarmament", "Centre for Irish and Scottish Studies"
    if _firm(words):
        return ORGANISATION  # "Barclays Capital", "Cisco Systems", "Dow Chemical"
    if folded in places():
        return PLACE
    if len(words) >= 2 and words[-1].lower() in thing_heads() and not _given_name_and_day(words):
        return None  # "Roman Empire", "Revolutionary War", "Summer Olympic Games": no one's name
    if len(words) >= 2 and _singular(words[-1]) in MEMBERS and " ".join(words[:-1]).lower() in places():
        return None  # a party's members from a place, a description: "the Ohio Republicans"
    if _care_home(words):
        return PLACE  # "Sunnyside Care Home", "Kincora Boys' Home": a home for children or the old
    if len(words) >= 2 and words[-1].lower() in _CENTRES and _WORK_OF_A_BODY & {w.lower() for w in words}:
        return ORGANISATION  # a centre for work, not a building: "Pew Research Center", "Tax Policy Center"
    if team(words):
        return ORGANISATION  # "Pittsburgh Pirates", "Boston Red Sox": a club named by its town
    opening, closing = place_heads()
    if (
        len(words) >= 3
        and words[-1].lower() in closing
        and (
            _nation_before_a_known_body(words)
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
                all(_common_or_national(w) or w.lower() in MEMBERS for w in words[:-1])
                or " ".join(words[:-1]).lower() in places()
            )
        )
    ):
        return None
    if _nation_before_a_known_body(words):
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
    if (
        # Longer runs that open with a first name are title-case text: "Paul Ryan Joins Growing List".
        2 <= len([w for w in words if w.lower() not in _CONNECTORS]) <= 4
        and words[0].lower() in first_names()
        and words[0][:1].isupper()  # a run's article is no first name: "for the IBM PC"
        # Initials before words in lower case are a body's, though a first name's letters: "FIA Lahore Zone".
        and _named_as_people_are(words)
        # ... as three capitals before a name in mixed case are, though a first name's: "EVA of Taiwan".
        and not (len(words[0]) > 2 and words[0].isupper() and "of" in words and not words[-1].isupper())
        and words[-1].lower() not in FUNCTION_WORDS - _MONTHS
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
    if 2 <= len(words) <= 3 and _DOTTED.fullmatch(words[0]) and not _abbreviation(words[0]):
        return PERSON  # initials for a first name: "J.J. MacNab"
    if 3 <= len(words) <= 4 and all(_initial(w) for w in words[:-1]) and words[-1].istitle():
        return PERSON  # initials apart, then a surname: "K. P. S. Gill", "S. G. Chandak", "N S Andres"
    if len(words) == 2 and _initial(words[0]) and _unlisted_surname(words[1]):
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
    if len(words) > 1 and words[-1].lower() in _COMPASS and folded in towns():
        return PLACE  # "Palmerston North": a town's name, though the point ends a region's adjective
    if words[0].lower() in nationalities() or words[-1].lower() in nationalities():
        return None  # "American YouTube", "Theravada Buddhist": no one's name
    if (
        len(words) == 2
        and _BARE_INITIALS.fullmatch(words[0])
        and not country_code(words[0])
        and not _term(words[0])
        and _country_or_continent(words[1].lower())
    ):
        return ORGANISATION  # "BBC Wales", "CITIC Pacific": a body's arm in a country, by its initials
    if (
        len(words) == 2
        and 3 <= len(words[0]) <= 5
        and words[0].isupper()
        and words[0].isalpha()
        and not country_code(words[0])
        and not _term(words[0])
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
    if dictionary_words(words):
        return None  # "Death Row", "Online Vendor": capitalised words of the dictionary
    # "Abdulrahman al-Qahtani": an Arabic article opens a surname in lower case.
    # "Jan-Willem de Vries", "Hendrik van der Berg": a Dutch or Romance particle inside it, not
    # counted, after a given name; not "Penon de Coron", "Terre de Haut", "Aguas de Barcelona".
    inside = sum(w in _NAME_PARTICLES for w in words[1:-1]) if named_with_a_particle(words) else 0
    if len(words) - inside <= (5 if arabic_article_inside(words) else 3) and all(
        w[0].isupper()
        and not w.isupper()
        or _PARTICLE.match(w)
        or inside
        and 0 < k < len(words) - 1
        and w in _NAME_PARTICLES
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
    return None
