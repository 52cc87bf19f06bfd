"""Find names in text and say what each is: a person, an organisation or a place.

Rules, one stage a module of this wing: `runs` finds capitalised runs and where they go on,
`ands` and `split` cut them into names with their honorifics and titles, `kinds` types a
name by the word lists, `openers`, `people`, `places`, `bodies`, `sports` and `context`
type it by the words around it, and `passes` joins, splits or retypes the text's list of
mentions; `words` holds what they share. `Recogniser` is the seam where a trained model
joins them (see ner.py).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from ..patterns import alternation
from .bodies import (
    a_body_by_what_follows,
    a_firm_s_unit,
    a_ship_s_firm,
    acts_as_a_body,
    and_sons,
    body_in_lower_case,
    column_word,
    credit_rating,
    field_label,
    firm_between_tickers,
    paper_by_its_word,
    partners_after_their_trade,
    partners_firm,
    party_before_a_holder,
    row_label,
    set_off_after_its_kind,
    ticker_kind,
    titled_with_the,
    traded_by_ticker,
    traded_in_words,
)
from .context import (
    a_congress_held,
    address_spans,
    by_what_surrounds,
    classify_run,
    dated_name,
    dated_words,
    initials_after,
    month_ended,
    one_body_s_initials,
    opens_with_century,
    short_month,
    spelled_across_and,
    spelled_out,
    spelled_whole,
)
from .gazetteers import POLICE_RANKS, a_country, legal_form, listed_bodies, nationalities, places
from .openers import capitalised_to_open, contracted, described_country, described_name, ing_form, the_before
from .passes import (
    anonymised_people,
    bodies_with_commas,
    bracketed_before_a_form,
    fields_with_commas,
    last_two_of_a_list,
    listed_after_a_plural_kind,
    listed_after_a_plural_title,
    listed_regions,
    listed_venue,
    missions_apart,
    numbered_circuits,
    partners_with_commas,
    surnames_first,
    with_roads,
)
from .people import (
    a_local,
    affiliation_after,
    after_a_bare_initial,
    area_of_an_office,
    named_after_a_role,
    role_before_a_surname,
    speaks_as_someone,
    without_nicknames,
)
from .places import (
    in_a_part_of_a_place,
    initials_of_no_place,
    named_seat,
    near_a_place,
    of_a_place_after_a_word,
    place_by_its_people,
    place_inside,
    region_by_its_side,
    saint_s_venue,
    state_code,
    state_names,
    town_before_its_state,
    town_of_words,
)
from .runs import capitalised_runs
from .split import split_run
from .sports import (
    a_band_before_its_player,
    club_after_the,
    fixture_line,
    player_by_a_score_card,
    player_of_a_country,
    side_played_for,
    team_after_a_rider,
    titled_venue,
)
from .words import (
    A_JUST_BEFORE,
    ANONYMISED,
    DASH_TO_A_NAME,
    LETTER,
    MONTH_NAMES,
    ORGANISATION,
    PARTY_MEMBERS,
    PARTY_OPENERS,
    PERSON,
    PLACE,
    QUALIFIERS,
    REGIONS_AFTER_A_LIST,
    SPOKEN_IN_BEFORE,
    TICKER_AFTER,
    VESSEL_BEFORE,
    WORK,
    YEAR_DIGITS,
    Mention,
    Token,
    clean_token,
    country_code,
    dictionary_words,
    initial_in_a_list,
    known_place,
    named_after_its_kind,
    opens_sentence,
)

#: A firm's shares traded abroad as receipts, after its name: "Cofinec GDRs".
_RECEIPTS = frozenset({"ADRs", "GDRs", "ADR", "GDR"})

#: Reads all paragraphs of a source at once, since a trained model is far faster in batches.
Recogniser = Callable[[Sequence[str]], list[list[Mention]]]

#: What gives a work's title, then the title: "a pilot titled ", "a report entitled ".
_TITLED = re.compile(r"\b(?:titled|entitled)\s+$")


#: An en dash after a prefix, joining it to its word: "Post–Revolutionary", "Anti–Slavery";
#: between names it is a dash ("Breonna Taylor–Ahmaud Arbery").
_DASH_IN_A_WORD = re.compile(
    r"\b((?i:post|pre|anti|non|pro|mid|neo|pan|trans|inter|counter|semi|sub|super|ultra|multi|pseudo|quasi|ex))"
    rf"–(?=[{LETTER}])"
)


#: Initials on both sides of an en dash: "ZANU–PF", a party's; "US–UK", two countries'.
_INITIALS_DASHED = re.compile(r"\b([A-Z]{2,})–([A-Z]+)\b")

#: Units of time a wire may capitalise after "Last", "Next" or "This": "Last Month Warburg Pincus".
_TIME_UNITS = frozenset({"Week", "Month", "Year", "Weekend", "Quarter", "Fortnight"})
_TIME_OPENERS = frozenset({"Last", "Next", "This", "Each", "Every"})
_TIME_BEFORE = re.compile(rf"\b(?:{alternation(_TIME_OPENERS | {w.lower() for w in _TIME_OPENERS})}) $")


def find_mentions(text: str) -> list[Mention]:
    """Return every name in text with its kind (person, organisation, place or unknown)."""
    if (" AT " in text or " at " in text) and len(text) < 60 and (fixture := fixture_line(text)):
        return fixture
    mentions = []
    bracketed = "(" in text
    # An en dash after a prefix joins as a hyphen does; one character for another, so
    # every offset holds.
    joined = _DASH_IN_A_WORD.sub(r"\1-", text) if "–" in text else text
    if "–" in joined:
        joined = _INITIALS_DASHED.sub(one_body_s_initials, joined)
    for at, to in address_spans(joined):
        # A sign no name holds, so that names on either side stay apart: "Ann Lee a.lee@uni.ac.uk York
        # University" names a person and a body.
        joined = f"{joined[:at]}/{' ' * (to - at - 1)}{joined[to:]}"
    for run in missions_apart(text, capitalised_runs(without_nicknames(joined))):
        # "The Da Vinci Code": people take no article, so a name after "the" is a title of
        # a work or a thing, which neither speaks nor counts as a person.
        article = run[0][0] in ("The", "the")
        after_article = _ARTICLE_BEFORE.search(text, max(0, run[0][1] - 8), run[0][1]) is not None
        if capitalised_to_open(text, run) or opens_with_century(text, run):
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
        spelled = bool(run) and any(t[0] == "and" for t in run) and spelled_across_and(text, run)
        initialled = bool(run) and spelled_whole(text, run)
        if len(run) == 1 + article and paper_by_its_word(text, run[-1]):
            # "The Sun reported", "told the Star": a paper, though its word names a thing
            word, start, end = run[-1]
            if word.lower() in nationalities():
                # "told The Hindu": the paper's whole title, so that the people's word alone
                # elsewhere ("Australian dollars") stays no name
                word, start = f"The {word}", start - 4
            mentions.append(Mention(word, ORGANISATION, start, end))
            continue
        if len(run) > 1 and run[0][0] in _SHIPS and not a_ship_s_firm([clean_token(t)[0] for t in run]):
            # "HMS Queen Elizabeth", "USS Cole": a ship, no one's name; "USS Chemicals" is a firm
            continue
        if partners_after_their_trade(text, run):
            # "stockbrokers Phillips and Drew": the firm's partners, no two people
            end = run[-1][1] + len(run[-1][0].rstrip(".,;:"))
            mentions.append(Mention(" ".join(t[0] for t in run).rstrip(".,;:"), ORGANISATION, run[0][1], end))
            continue
        # "Cofinec GDRs", "Infosys ADRs": a firm's depositary receipts, the firm's name before them.
        receipts = len(run) > 1 and run[-1][0].rstrip(".,;:") in _RECEIPTS
        if receipts:
            run = run[:-1]
        if len(run) > 1 and (described_country(text, run) or described_name(text, run)):
            run = run[1:]  # "War-torn Somalia", "Beleaguered Marconi": what the name is like, then it
        # Read only where it counts: a run that opens with an -ing word, or of three words or more.
        inside = (
            bool(run) and (len(run) > 2 or run[0][0].endswith("ing")) and not opens_sentence(text, run[0][1])
        )
        for tokens, honorific, titles in split_run(run, after_article, spelled, initialled, inside):
            mention = _read_alone(text, tokens, honorific, titles, receipts and tokens[-1] == run[-1])
            mention = _by_the_words_beside(text, mention)
            mention = _by_the_sentence(text, mention, mentions, honorific, titles, bracketed)
            mention = _bodies_and_players(text, mention, honorific, titles)
            mention = _sides_and_works(text, tokens, mention, honorific, titles, article, quoted)
            mention = _no_money_or_dates(text, tokens, mention, honorific, titles)
            article = False
            mention = _by_what_follows(text, tokens, mention, mentions, honorific, titles)
            if mention:
                mentions.append(mention)
    mentions = surnames_first(text, with_roads(text, listed_after_a_plural_title(text, mentions)))
    if " and " in text:
        mentions = listed_after_a_plural_kind(text, mentions)
    if ", " in text:
        if (listed := listed_bodies()) is not None:
            mentions = bodies_with_commas(text, mentions, listed)
        mentions = last_two_of_a_list(text, mentions)
        mentions = partners_with_commas(text, mentions)
        if " and " in text:
            mentions = fields_with_commas(text, mentions)
    if ") " in text:
        mentions = bracketed_before_a_form(text, mentions)
    if "Circuit" in text:
        mentions = numbered_circuits(text, mentions)
    if REGIONS_AFTER_A_LIST.search(text):
        mentions = listed_regions(text, mentions)
    # The opening first: one anchored try, where a number's search scans the whole paragraph.
    if (opening := _VENUE_OPENING.match(text)) and _CONTACT.search(text):
        mentions = listed_venue(opening, mentions)
    return anonymised_people(text, mentions) if ANONYMISED.search(text) else mentions


def _read_alone(
    text: str, tokens: list[Token], honorific: str | None, titles: list[str], before_receipts: bool
) -> Mention | None:
    """Type a name cut from a run by its own words and the words at its edges."""
    mention = classify_run(tokens, honorific, titles)
    if mention is None and len(tokens) > 2 and initials_after(tokens):
        # "the official Saudi Press Agency SPA said": the body, then its initials
        mention = classify_run(tokens[:-1], honorific, titles)
    if before_receipts and mention and mention.kind in (PERSON, "unknown"):
        mention = dataclasses.replace(mention, kind=ORGANISATION)  # "Cofinec GDRs": the firm's receipts
    if (
        mention
        and mention.kind == PERSON
        and not (honorific or titles)
        and _A_FIRM_S_PART_AFTER.match(text, tokens[-1][2])
    ):
        # "G.D. Searle, a unit of Monsanto Co": a firm named for its founder; no one is a unit
        mention = dataclasses.replace(mention, kind=ORGANISATION)
    if and_sons([t[0] for t in tokens]) and not (honorific or titles):
        # "A.G. Edwards & Sons", "John Lewis and Partners": a firm, though someone's name opens it
        mention = Mention(" ".join(t[0] for t in tokens), ORGANISATION, tokens[0][1], tokens[-1][2])
    if (
        len(tokens) == 2
        and (mention is None or mention.kind != PERSON)
        and initial_in_a_list(text, tokens, 0, 1)
    ):
        # "(P. Simmons 4-38)", ", A. Smith": a scorecard's player, though "Smith" is a word
        mention = Mention(f"{tokens[0][0]} {tokens[1][0]}", PERSON, tokens[0][1], tokens[1][2])
    if field_label(text, tokens):
        mention = None  # "CUSIP: 072261", "CSI: Miami": a field's label or a title's, no body
    if (
        mention
        and mention.kind == ORGANISATION
        and mention.words[-1].lower() in _KINDS_OF_BODY
        and A_JUST_BEFORE.search(text, max(0, mention.start - 4), mention.start)
        and dictionary_words(mention.words)
        and not _LOWER_WORD_AFTER.match(text, mention.end)
    ):
        mention = None  # "run as a Hybrid Organization": a kind of body, capitalised, no name
    if (
        mention
        and mention.kind == ORGANISATION
        and "Congress" in mention.words
        and a_congress_held(text, mention)
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
    if area_of_an_office(text, tokens):
        mention = None  # "Superintendent of Police (City) Rakesh Sharma": the office's area
    if titled_with_the(text, tokens):
        # "The Independent", "the Observer": a paper's name holds its article, which
        # tells it from a word.
        start = tokens[0][1] - 4
        mention = Mention(text[start : tokens[-1][2]], ORGANISATION, start, tokens[-1][2])
    return _someone_or_somewhere(text, tokens, mention)


def _someone_or_somewhere(text: str, tokens: list[Token], mention: Mention | None) -> Mention | None:
    """Type a name by who or where the words around it say it is: a seat, a role, a side, a local."""
    # "spokesman Mike Lake", "director Michael Bay": a role makes a person of a
    # first name before a place's head too.
    if (mention is None or mention.kind != ORGANISATION) and named_seat(text, tokens):
        # "the MP for Sheffield Hallam", "the Glasgow Kelvin MP": a seat, a town's and a name's words
        mention = Mention(" ".join(t[0] for t in tokens), PLACE, tokens[0][1], tokens[-1][2])
    placed = mention is not None and mention.kind == PLACE and len(tokens) == 2
    # Not a party's member: "veteran Christian Democrat Giulio Andreotti".
    member = (
        len(tokens) == 2 and tokens[0][0].lower() in PARTY_OPENERS and tokens[1][0].lower() in PARTY_MEMBERS
    )
    named = (mention is None or mention.kind == "unknown" or placed) and not member
    if named and named_after_a_role(text, tokens):
        mention = Mention(" ".join(t[0] for t in tokens), PERSON, tokens[0][1], tokens[-1][2])
    elif (placed or mention is None and len(tokens) == 2) and speaks_as_someone(text, tokens):
        # "said Mike Lake, a Yukos spokesman": a first name before a place's head that
        # speaks; "Jude Law said", "Jack Law, chief executive": a law's head too
        mention = Mention(" ".join(t[0] for t in tokens), PERSON, tokens[0][1], tokens[-1][2])
    elif (mention is None or mention.kind == "unknown") and region_by_its_side(text, tokens):
        mention = Mention(" ".join(t[0] for t in tokens), PLACE, tokens[0][1], tokens[-1][2])
    elif (mention is None or mention.kind == "unknown") and town_of_words(text, tokens):
        mention = Mention(" ".join(t[0] for t in tokens), PLACE, tokens[0][1], tokens[-1][2])
    elif mention and mention.kind in (PLACE, "unknown") and player_of_a_country(text, mention):
        # "Darryn Hill (Australia) beat ...": a results line's player, though "Hill" heads places.
        mention = dataclasses.replace(mention, kind=PERSON)
    elif mention and mention.kind in (PERSON, "unknown") and team_after_a_rider(text, mention):
        # "Olaf Ludwig (Germany) Telekom 4 hours": the rider's team, after his country.
        mention = dataclasses.replace(mention, kind=ORGANISATION)
    elif mention is not None and mention.kind == "unknown" and near_a_place(text, mention):
        mention = dataclasses.replace(mention, kind=PLACE)  # "in Velten near Berlin"
    elif (mention is None or mention.kind in (PERSON, "unknown")) and a_local(text, tokens):
        # "a 43-year-old Logan man": where he is from, though "Logan" is a first name
        mention = Mention(" ".join(t[0] for t in tokens), PLACE, tokens[0][1], tokens[-1][2])
    elif (mention is None or mention.kind in (PERSON, "unknown")) and place_by_its_people(text, tokens):
        # "in the Canadian Arctic", "in Roman Britain": a part of a place, named by its people
        mention = Mention(" ".join(t[0] for t in tokens), PLACE, tokens[0][1], tokens[-1][2])
    elif len(tokens) == 2 and tokens[1][0].lower() in _PEOPLE_OF_A_COUNTRY and country_code(tokens[0][0]):
        # "U.S. Officials said", "a U.S. Securities house": a wire's capitals on those
        # of a country, which is the name.
        mention = Mention(tokens[0][0], PLACE, tokens[0][1], tokens[0][2])
    elif (mention is None or mention.kind == PLACE and len(tokens[0][0]) == 2) and state_code(text, tokens):
        # "Bartlesville, OK": a state's code that is a word too, read by the cast as the state.
        mention = Mention(tokens[0][0], ORGANISATION, tokens[0][1], tokens[0][2])
    return mention


def _by_the_words_beside(text: str, mention: Mention | None) -> Mention | None:
    """Retype or drop a mention by the words right before and after it."""
    if mention and mention.kind == PLACE and (body := body_in_lower_case(text, mention)):
        mention = body  # "South Yorkshire police said": the force the table knows, not the county
    if mention and mention.kind == PLACE and initials_of_no_place(text, mention):
        # "the General Accounting Office, GAO,": initials, though a town's ("Gao") too
        mention = dataclasses.replace(mention, kind="unknown")
    if mention and _CODE_BEFORE.search(text, max(0, mention.start - 6), mention.start):
        mention = None  # "(IATA: TUL)", "ICAO: KJFK": an airport's code, no body's
    elif mention and mention.text in _CODE_LABELS and _CODE_AFTER.match(text, mention.end):
        mention = None  # the label before the code: a field's name, no body's
    if mention and credit_rating(text, mention):
        mention = None  # "a AA rating", "raised to B from CCC": a grade, no body
    elif mention and row_label(text, mention):
        mention = None  # "Production  8,253   8,877": a table's row, no body
    elif mention and column_word(text, mention):
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
    if mention and mention.kind in (PERSON, "unknown") and spelled_out(text, mention):
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
    return mention


def _by_the_sentence(
    text: str,
    mention: Mention | None,
    mentions: list[Mention],
    honorific: str | None,
    titles: list[str],
    bracketed: bool,
) -> Mention | None:
    """Retype a mention by what its sentence says of it: a ticker, a venue, a ship's kind before it."""
    if mention:
        mention = by_what_surrounds(text, mention, mentions, honorific, titles, bracketed)
    if mention and (ticker := ticker_kind(text, mention)):
        # "Intel Corp <INTC>", "(INTC.O)": a share's code after the firm's name; "(NASDAQ:
        # GOOGL)", where it trades.
        mention = dataclasses.replace(mention, kind=ORGANISATION, code=True) if ticker == "code" else None
    if mention and mention.kind in (PERSON, "unknown") and (owned := saint_s_venue(text, mention)):
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
        mention = None  # "Charlotte Maxeke hospital", "John Lennon airport": a place named for someone
    if mention and mention.kind == PLACE and mention.titles:
        mention = titled_venue(text, mention) or mention  # "the King Power Stadium", whole
    if mention and mention.kind == "unknown" and in_a_part_of_a_place(text, mention):
        # "at Ubimini in oil-rich southern Nigeria", "in Arbil in northern Iraq": somewhere
        # put in a region by its side
        mention = dataclasses.replace(mention, kind=PLACE)
    if mention and mention.kind == "unknown" and _SITE_AFTER.match(text, mention.end):
        # "Le Bourget airport": the town it serves; "the al-Aqsa mosque", "the al-Ram
        # checkpoint": the site its name names.
        mention = dataclasses.replace(mention, kind=PLACE)
    if mention and VESSEL_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        mention = None  # "the aircraft carrier Carl Vinson", "the tanker Exxon Valdez": a ship
    elif mention and mention.text in ("Lords", "Lord") and text.endswith(("My ", "my "), 0, mention.start):
        mention = None  # "My Lords, ...": the peers or the judges addressed, no House named
    return mention


def _bodies_and_players(
    text: str, mention: Mention | None, honorific: str | None, titles: list[str]
) -> Mention | None:
    """Retype someone, or a name no list types, as a body or a player by what the text says of it."""
    # Someone, a name no list types, or a place by its head alone, no town the gazetteer knows.
    unplaced = mention is not None and (
        mention.kind in (PERSON, "unknown") or mention.kind == PLACE and not known_place(mention.words)
    )
    if mention and mention.kind in (PERSON, "unknown") and named_after_its_kind(text, mention):
        mention = dataclasses.replace(mention, kind=ORGANISATION)
    elif unplaced and a_firm_s_unit(text, mention):
        # "its Atco Development unit", "its Bonanza Restaurant unit": a building's head, no
        # town the gazetteer knows ("its New York unit")
        mention = dataclasses.replace(mention, kind=ORGANISATION)
    elif unplaced and a_band_before_its_player(text, mention):
        # "Joy Division singer Ian Curtis"; "Linkin Park singer Chester Bennington", no park.
        mention = dataclasses.replace(mention, kind=ORGANISATION)
    elif mention and mention.kind in (PERSON, "unknown") and acts_as_a_body(text, mention):
        mention = dataclasses.replace(mention, kind=ORGANISATION)  # "Serco, which runs the prison,"
    elif mention and mention.kind == PLACE and set_off_after_its_kind(text, mention):
        mention = dataclasses.replace(mention, kind=ORGANISATION)  # "the bank, Santander, was fined"
    elif mention and mention.kind == "unknown" and (role := role_before_a_surname(text, mention)):
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
        and (role := player_by_a_score_card(text, mention))
    ):
        mention = dataclasses.replace(mention, kind=PERSON, titles=[role])  # "c Cork b Croft 46"
    if (
        mention
        and mention.kind in (PLACE, "unknown")
        and not (honorific or titles)
        and _SEEDED_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    ):
        mention = dataclasses.replace(mention, kind=PERSON)  # "the 11th-seeded Washington": a player
    return mention


def _sides_and_works(
    text: str,
    tokens: list[Token],
    mention: Mention | None,
    honorific: str | None,
    titles: list[str],
    article: bool,
    quoted: bool,
) -> Mention | None:
    """Retype a name as a side, a firm, a work or a team sheet's player by the words around it."""
    if mention and mention.kind in (PERSON, "unknown") and club_after_the(text, mention):
        mention = dataclasses.replace(mention, kind=ORGANISATION)
    elif (mention is None or mention.kind in (PERSON, "unknown")) and side_played_for(text, tokens):
        # "59 games for the Rice Owls", "traded to the Toronto Blue Jays": a side, though
        # its words are the dictionary's.
        mention = Mention(" ".join(t[0] for t in tokens), ORGANISATION, tokens[0][1], tokens[-1][2])
    elif mention and mention.kind == PERSON and the_before(text, mention):
        # "the founder of the Ku Klux Klan", "the Royal Scots, the Black Watch": no one's
        # name takes "the" unless it qualifies a noun ("the Hillary Clinton campaign").
        mention = dataclasses.replace(mention, kind=WORK)
    elif (
        mention
        and (article or quoted)
        and mention.kind == PERSON
        and not honorific
        and not titles
        and not DASH_TO_A_NAME.match(text, mention.end)
        and not text.startswith("-", mention.end)  # "The Rupert Murdoch-owned Sun": his paper
    ):
        mention = dataclasses.replace(mention, kind=WORK)
    elif (
        mention
        and mention.kind in (PERSON, "unknown")
        and len(mention.words) > 1
        and not (honorific or titles)
        and ing_form(mention.words[0])
    ):
        mention = dataclasses.replace(mention, kind=WORK)  # "Finding Neverland", "Saving Grace"
    elif mention and mention.kind in (PERSON, "unknown", ORGANISATION) and contracted(mention.words):
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
    if mention and mention.kind in (PERSON, "unknown") and partners_firm(text, mention):
        mention = dataclasses.replace(mention, kind=ORGANISATION)
    elif mention and mention.kind in (PERSON, "unknown") and "&" in mention.words:
        mention = None  # "Carrano & Biewener's study", "Bonnie & Clyde": two, no one name
    if (
        mention
        and len(tokens) == 1
        and mention.kind in (PLACE, "unknown")
        and after_a_bare_initial(text, mention)
    ):
        # "C Paterson; S Webster": a team sheet's initial and surname, not the town; by the
        # surname, the cast finds the "Chris Paterson" the source names in full.
        mention = dataclasses.replace(mention, kind=PERSON)
    return mention


def _no_money_or_dates(
    text: str, tokens: list[Token], mention: Mention | None, honorific: str | None, titles: list[str]
) -> Mention | None:
    """Drop a currency's, a month's, a season's or a date's word; retype a town before its state."""
    if mention and mention.text.isupper() and text.startswith("$", mention.end):
        mention = None  # "US$ 10 billion", "HK$3bn": a currency, not the country
    if (
        mention
        and mention.kind in (PERSON, "unknown")
        and not (honorific or titles)
        and 2 <= len(tokens) <= 3
        and tokens[-1][0] in state_names()
        and town_before_its_state([t[0] for t in tokens[:-1]])
        and SPOKEN_IN_BEFORE.search(text, max(0, tokens[0][1] - 6), tokens[0][1])
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
        and mention.text.lower() in MONTH_NAMES
        and not _PLACE_AFTER_A_COMMA.match(text, mention.end)
    ):
        mention = None  # "Range Rover Inc March sales": the month, not the town of March
    if mention and short_month(text, mention):
        mention = None  # "until Jan. 31", "MATURITY 21.JAN.99": a month, though "Jan" is a first name
    if mention and mention.text in _SEASONS and _YEAR_AFTER.match(text, mention.end):
        mention = None  # "in Summer 1987": a season, though "Summer" is a first name
    if mention and dated_words(text, mention):
        # "Pay Dec 1", "Ended December 31": a wire's note of a date, no one's name; a
        # place before it stays ("in Peking, China June 8-11").
        where = tokens[-2][2]
        place = text[tokens[0][1] : where]
        mention = Mention(place, PLACE, tokens[0][1], where) if place.lower() in places() else None
    elif mention and len(tokens) > 1 and (dated_name(text, mention) or month_ended(tokens)):
        # "reached with Purolator February 27": the name, then the date it was reached;
        # "German January industrial output", "Chrysler Canada February car sales".
        mention = classify_run(tokens[:-1], honorific, titles)
    return mention


def _by_what_follows(
    text: str,
    tokens: list[Token],
    mention: Mention | None,
    mentions: list[Mention],
    honorific: str | None,
    titles: list[str],
) -> Mention | None:
    """Type a name no rule named by what follows it: an affiliation, a home, a price, a ticker."""
    unnamed = mention is None or mention.kind in ("unknown", WORK)  # "of Operation Black Vote"
    if unnamed and affiliation_after(text, mentions, tokens):
        mention = Mention(" ".join(t[0] for t in tokens), ORGANISATION, tokens[0][1], tokens[-1][2])
    elif (
        mention is None or mention.kind in (PERSON, "unknown") and not (honorific or titles)
    ) and _HOME_AFTER.match(text, tokens[-1][2]):
        # "the Bryn Estyn children's home": the home's name, though "Bryn" is a given name.
        mention = Mention(" ".join(t[0] for t in tokens), PLACE, tokens[0][1], tokens[-1][2])
    elif mention is None and traded_in_words(text, tokens):
        mention = Mention(" ".join(t[0] for t in tokens), ORGANISATION, tokens[0][1], tokens[-1][2])
    elif a_body_by_what_follows(text, tokens, mention, bool(honorific or titles)):
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
    elif traded_by_ticker(text, tokens, mention, bool(honorific or titles)):
        # "Salomon <SB> sees lower 2nd qtr": a firm's, though the story names Robert Salomon.
        tokens = firm_between_tickers(text, tokens)
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
    if (mention is None or mention.kind == "unknown") and (party := party_before_a_holder(text, tokens)):
        mention = party
    if mention is None:
        mention = place_inside(tokens)
        if mention and mention.text.lower() in MONTH_NAMES:
            mention = None  # "the Official Bulletin of March 30": a date, no town of March
        elif mention and of_a_place_after_a_word(tokens):
            # "Nasr of Saudi Arabia", "Christie of Britain": a name no list holds,
            # then where it is from; the cast tells whose by what the text says of it.
            mentions.append(Mention(tokens[0][0], "unknown", tokens[0][1], tokens[0][2]))
    return mention


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

#: Who made or stars in a work, after its title and before their name: " director Sir", " star Eric".
_MAKER_AFTER = re.compile(
    r" (?:director|actor|actress|star|producer|writer|screenwriter|creator|author|composer)s? (?=[A-Z])"
)

#: A place's region after a comma: "March, Cambridgeshire".
_PLACE_AFTER_A_COMMA = re.compile(r",\s+[A-Z]")

#: An illness's kind in lower case after its name: " disease", " syndrome".
_ILLNESS_AFTER = re.compile(r" (?:disease|syndrome)\b")

#: A firm's legal form typed in lower case after its name: "Key Tronic corp said".
_FORM_IN_LOWER_CASE = re.compile(r" (?:corp|inc|ltd|plc)\b(?!-)| co (?:Inc|Ltd)\b")
#: Staff after their employer's name: " executive", " officials".
_STAFF_AFTER = re.compile(r"\s+(?:executives?|officials?|managers?|officers?|economists?|analysts?)\b")

#: A firm's legal form set off by a comma after its name: "Ferrovia Paulista, S.A.".
_FORM_AFTER_A_COMMA = re.compile(r",\s+(?:Inc|Ltd|Corp|S\.A|N\.V|B\.V|S\.p\.A|A\.G|Plc|PLC|LLC)\b")

#: Words that say when or whose a title is, capitalised before it: "Current chairman".
_TIME_QUALIFIERS = frozenset("current presidential ministerial outgoing incoming retiring previous".split())
_TITLE_QUALIFIERS = QUALIFIERS | _TIME_QUALIFIERS
#: A title's word right after a name: " chairman", " spokesman".
_TITLE_WORD_AFTER = re.compile(
    r" (?:chairman|chairwoman|chairperson|spokesman|spokeswoman|spokesperson|president|director|minister"
    r"|secretary|official|officials|aide|aides|adviser|advisers)\b"
)

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

#: What opens a ship's name: a navy's initials, a merchant vessel's.
_SHIPS = frozenset("HMS USS HMAS HMCS HMNZS RFA USNS INS MV RMS".split())

#: A run that fills a quotation is a title ("Debbie Died Because", "Sex And The City").
_OPENING_QUOTES = frozenset("\"“‘'")
_CLOSED = re.compile(r"[.,?!]?[\"”’']")

#: A year right after a name: an edition, no person's name ("Kenya Vision 2030").
_EDITION = re.compile(rf" {YEAR_DIGITS}\b(?![a-z)])")

#: Those and the things of a country its initials describe, written in capitals by some wires:
#: "U.S. Officials", "the U.S. Economy", "the U.S. Unit" (its dollar).
_PEOPLE_OF_A_COUNTRY = frozenset(
    "officials sources officers traders analysts dealers diplomats lawmakers legislators negotiators "
    "investors farmers exporters importers producers companies firms banks citizens consumers voters "
    "securities economy unit data dollar currency deficit".split()
)

#: Heads that name a kind of body after "a": "a Hybrid Organization", "a Limited Company"; not
#: a body proposed ("the formation of a National Water Council").
_KINDS_OF_BODY = frozenset(
    "organization organisation company corporation enterprise entity partnership".split()
)
#: A word in lower case after a name, or its possessive, which it may qualify: "a National Health
#: Service hospital", "a New Jersey Board of Public Utilities' decision", "a Federal Communications
#: Commission (FCC) board".
_LOWER_WORD_AFTER = re.compile(r"(?:['’]s?)?(?:\s*\([A-Z.&]+\))?\s+[a-z]")

#: A firm's address after its name, where the firm acts or is set off: "Goto.com, a spinoff",
#: "Goto.com ranks results", "Goto.com was"; not a site one goes through ("through Represent.com.").
_DOT_COM = re.compile(
    r"\.com(?=,? (?:a|an|the|which)\b"
    r"| (?:[a-z]+s|said|was|were|will|would|has|had|did|can|could|also|actually)\b)"
)

#: Before a run, an article or a possessive ("the Sunday Times", "Channel 4's Sunday Brunch").
_ARTICLE_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s)\s+$")

#: The area a police rank serves, in brackets before the officer's name: " (North) Sagar".
_RANK_S_AREA = re.compile(r" \([A-Z][\w -]*\) [A-Z]")

#: The seasons, capitalised before a year: "Summer 1987".
_SEASONS = frozenset("Spring Summer Autumn Fall Winter".split())
_YEAR_AFTER = re.compile(r",? (?:1[89]|20)\d\d\b")

#: The minute of a goal after its scorer's name: " 15th,", " (50th minute)", " (57th, penalty)".
_MINUTE_AFTER = re.compile(
    r" \(?(?:[1-9]|[1-9]\d|1[01]\d|120)(?:st|nd|rd|th)"
    r"(?: min(?:ute)?| pen(?:alty)?|, penalty)?(?=[),;]| and )"
)
#: What comes before a scorer's name in a list of goals: its start, a bracket, a comma, a dash,
#: "and"; not an article or a noun ("the Nintendo GameBoy (25th)", "toy Tamagotchi (86th)").
_SCORER_BEFORE = re.compile(r"(?:^|[(,:;-]|\band)\s*$")

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

#: A player's seeding right before the name: "the 11th-seeded ", "top-seeded ", "unseeded ".
_SEEDED_BEFORE = re.compile(r"(?<![\w-])(?:\w+-|un)?seeded $")

#: ... or in lower case after a name: "the Bryn Estyn children's home".
_HOME_AFTER = re.compile(r"\s+(?:children['’]s|care|nursing|boys['’]|girls['’]|residential)\s+home\b")

#: A share's move in a market report, by a fraction or pence, to its new price: " fell 2-1/4 to
#: 68-1/4", " rose 5p to 230p"; not an index's points ("The NYSE Index fell 2.61 to 168.35").
_PRICE_MOVED_AFTER = re.compile(
    r" (?:rose|fell|gained|added|eased|dropped|climbed|slipped|jumped|slid|firmed|advanced|declined|shed"
    r"|was (?:up|down)|were (?:up|down)) (?:a penny|one penny|(?:\d+-)?\d/\d+|\d+(?:\.\d+)?p|\d+ pence)"
    r" to [$£€]?\d"
)

#: A compass point's initial before a people's word: "W. German", "S. African".
_COMPASS_INITIALS = frozenset("N. S. E. W.".split())

#: A firm's part set off after its name: ", a unit of", ", a wholly owned subsidiary of".
_A_FIRM_S_PART_AFTER = re.compile(r", (?:a|an) (?:[\w-]+ ){0,2}?(?:unit|subsidiary|division|affiliate) of\b")
