"""The cast of one source: its people and bodies, and every name each goes by.

Within a source the longest full form of a name wins ("Met Police Commissioner Sir Mark
Rowley" = "Sir Mark" = "Rowley" = "Mark Rowley"); honorifics and titles are stripped; a
one-letter misspelling of a surname already seen resolves to it ("Mr Philip" for "Chris
Philp"); acronyms defined in the text ("... Services (HMICFRS)") and the curated table of
recurring bodies give organisations one name across sources.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import cache, cached_property

from ..patterns import alternation
from .ands import compound_across
from .bodies import CITED_YEAR, named_before_its_kind
from .forms import (
    ARABIC_ARTICLE,
    FAMILY_AFTER,
    KIN_AFTER_A_POSSESSIVE,
    KINSHIP,
    QUALIFIED,
    REIGNING_BEFORE,
    THE_BEFORE,
    Person,
    a_relative,
    before_of,
    first_name_alone,
    initialled,
    one_letter_off,
    opens_before_a_verb,
    padded,
    particle_and_surname,
    sharing_a_surname,
    surname_of,
    title_after,
    title_before,
    without_middle,
)
from .gazetteers import (
    ABBREVIATED_TITLES,
    COMPANY_HEADS,
    FIRM_HEADS,
    HONORIFICS,
    JUDGES_AFTER,
    LEGAL_FORMS,
    OPENING_ORG_HEADS,
    ORG_HEADS,
    PEERS,
    WRITTEN_LEGAL_FORMS,
    a_country,
    body_name,
    british_spelling,
    canonical_place,
    common_first_names,
    countries,
    countries_of_places,
    english_words,
    familiar_first_names,
    famous_people,
    first_names,
    fold_quotes,
    initials_abroad,
    legal_form,
    national_capitals,
    nationalities,
    organisations,
    place_heads,
    places,
    role_descriptions,
    state_codes,
    thing_heads,
    towns,
    towns_named_by_a_word,
    written_legal_form,
)
from .kinds import CURRENCIES, arabic_article_inside, kind_of, model_s_letters
from .lists import (
    A_KIND_BEFORE,
    A_PLACE_BEFORE,
    BODY_DESCRIBED,
    CAMPAIGN_NOUN,
    EXAMPLES,
    HEAD_OF_BEFORE,
    ITEM_NAME,
    KIND_BEFORE,
    KINDS_BEFORE,
    LIST_SEPARATOR,
    MAKER_DESCRIBED,
    NAME_AFTER_A_CAMPAIGN,
    NAME_BEFORE_A_CAMPAIGN,
    NAME_LIST,
    NAMED_AS,
    PAIRING,
    PART_NAMED,
    PART_OF_A_BODY,
    PLACE_DESCRIBED,
    PLACES_BEFORE,
    RENAMED,
    THE_PLACE,
    WHERE_KIND,
    another_plural_last,
    described,
    items_after,
    lists_names,
    place_item,
    said_to_be_places,
    standing_alone,
    unknown_item,
)
from .located import (
    AGE_AFTER,
    PLACED_BEFORE,
    PUT_BEFORE,
    PUTTING,
    STATE_AFTER,
    TOWN_BEFORE,
    a_hall,
    a_title_after_the_state,
    among_places,
    home_after_age,
    in_a_place,
    listed_among_places,
    named_area,
    state_after_town,
    state_code_after,
    state_named_after,
    titled_town,
    wire_dateline,
)
from .matches import (
    A_COMPETITION,
    COMPETITION_WORDS,
    MEETS_AFTER,
    OPPONENT_BEFORE,
    OWNED_PERSON,
    PLAYER_AFTER,
    RIVALS_AFTER,
    ROLE_AT_A_CLUB,
    SIDE_BEATEN,
    SIDE_BEATS,
    SIDE_ONLY_BEFORE,
    SIDE_S_AFTER,
    VERSUS_AFTER,
    VERSUS_BEFORE,
    WHERE_AND_BEFORE,
    WHERE_BEFORE,
    a_side_in_a_match,
    club_by_its_town,
    club_s_own,
    named_for_a_town,
    side_by_a_score,
    side_by_its_town,
)
from .openers import FIRM_PARTICIPLES, NAME_PARTICIPLES, participle
from .people import CAMEL_GIVEN, named_by_title
from .places import describes_after
from .quotes import quote_spans
from .split import SAINTS
from .sports import SIDE_FOR_THE
from .tables import (
    BARE_LIST,
    CLUB_CLOSED,
    CLUB_WORDS,
    FIXTURE,
    PLAYER_AND_CLUB,
    RESULT_HEADLINE,
    SIDE_AND_SCORE,
    STANDINGS_AFTER,
    STANDINGS_ROW,
    adds_up,
    batting_side,
    fixtures_line,
    in_a_line_up,
    line_up_item,
    results_line,
    standings_row,
    two_sides_line,
)
from .words import (
    CALENDAR,
    CARD_ROLES,
    CONTINENTS,
    DOTTED_INITIALS,
    EVENT_OPENERS,
    FIRMS_LAST_WORDS,
    FORMS_FIRST,
    FUNCTION_WORDS,
    GENERATIONS,
    MEMBERS,
    ORDINALS,
    ORGANISATION,
    PEERAGES,
    PERSON,
    PLACE,
    QUALIFIERS,
    REIGNING,
    TICKER,
    TICKER_AFTER,
    TITLE_WORDS,
    WEEKDAY_NAMES,
    WORK,
    YEAR,
    Mention,
    an_office,
    country_code,
    dictionary_words,
    opens_sentence,
    plural_of_a_word,
    realm,
    surname_in_capitals,
    team,
)

_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
#: Initials set off by commas: "the General Accounting Office, GAO, said".
_SET_OFF_INITIALS = re.compile(r", ([A-Z]{2,6}),")
#: Initials set off after a body's name: ", known as the PKK", ", also known as CEOP".
_KNOWN_AS_INITIALS = re.compile(r", (?:also )?known as (?:the )?([A-Z]{2,6})\b")
#: Capitalised words and the small words between them, just before a bracket: "Avions de
#: Transport Regional (ATR)" too.
_SPELLED_BEFORE = re.compile(
    r"((?:[A-Z][\w’'-]*\s+(?:(?:of|and|for|the|&|on|de|du|des|la|di|da|do)\s+)*){1,9})$"
)
#: The first letter of each capitalised word.
_INITIALS = re.compile(r"\b([A-Z])[\w’'-]*")
#: Each capitalised word, which tells two bodies' names with the same initials apart.
_CAPITAL_WORDS = re.compile(r"\b[A-Z][\w’'-]*")
#: Capital and small letters, Latin ones beyond ASCII too: "Ærø", "Tranekær".
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"


class Cast:
    """The people and organisations of one source, built from all its paragraphs' mentions."""

    def __init__(
        self, paragraphs: Iterable[tuple[str, list[Mention]]], headlines: Iterable[str] = ()
    ) -> None:
        self.people: list[Person] = []
        #: A headline says whom the text tells things to too: "Biologist Nick Bos tells Wikinews".
        self._headline_lines = list(headlines)
        self._headlines = " ".join(self._headline_lines)
        self.acronyms: dict[str, str] = {}
        #: Words set off as a body named in full: "Tusla, the Child and Family Agency,".
        self._set_off: dict[str, str] = {}
        #: A body's name that the table's initials after it give in full: "National Police (Polri)".
        self._tabled: dict[str, str] = {}
        #: Names glossed by a place's: "Chehel Sotoun (The Palace of Forty Columns)".
        self._glossed_places: set[str] = set()
        #: Where the source lets a word act as a body, by word: "GM said", "BA's flights".
        self._acting: dict[str, bool] = {}
        # Lookups by name, remembered until the cast changes: a source asks for the same
        # few names thousands of times.
        self._found: dict[tuple[str, str | None], Person | None] = {}
        paragraphs = list(paragraphs)
        self._paragraphs = paragraphs
        # A blank line between paragraphs, as between blocks of a file: no pattern written with
        # a space runs from one into the next ("Get in" over "Dixam, in the centre").
        joined = "\n\n".join(text for text, _ in paragraphs)
        #: Words capitalised after a lower-case word somewhere: proper nouns ("Sky", "Acpo").
        # After a quotation that ends mid-sentence ('...,” Obama said') comes no sentence opener.
        # Letters beyond ASCII count: "in Tranekær", "near Ærø", "Bassène said".
        self.proper_words = set(
            re.findall(rf"(?:(?<=[a-z,] )|(?<=[,?!][”\"] ))([{_UPPER}][{_LOWER}]+)\b", joined)
        )
        self._joined = joined
        self._terms: dict[str, bool] = {}
        self._speaking: dict[str, str | None] = {}
        self._spoke: set[str] = set()  # lone words the source has say something, as anyone
        self._speaking_as: dict[str, str | None] = {}
        #: Bodies the source names in full, for their short forms ("the Bank").
        written = {
            m.text for _, mentions in paragraphs for m in mentions if m.kind == ORGANISATION and not m.code
        }
        self.bodies = written | {known for body in written if (known := body_name(body))}
        #: The table's bodies the source names only by initials: "IPCC" is no climate panel
        #: where the source names the "Independent Police Complaints Commission".
        self._by_initials_only = {body_name(body) for body in written if body.isupper()} - written
        #: Single words the source gives a spokesperson: bodies no list knows ("a Greenpeace spokesman").
        # A dictionary word counts only if the source never writes it in lower case: "Apple",
        # not "an Embassy spokesman" beside "the embassy".
        self.spoken_for = {
            word
            for word in set(_SPOKESPERSON_OF.findall(joined))
            | set(_SPOKESPERSON_FOR.findall(joined))
            | _founded(joined)
            if word.lower() not in MEMBERS | nationalities()
            and (word.lower() not in english_words() or not re.search(rf"\b{word.lower()}\b", joined))
        }
        #: Words that end the names of events the source names: "Phailin" of "Cyclone Phailin".
        self._events = {m.words[-1] for _, mentions in paragraphs for m in mentions if _event(m)}
        #: Works the source names by what they are: "the film Being Julia", "his opera Carmen".
        self.works = {
            m.text
            for text, mentions in paragraphs
            for m in mentions
            if m.kind in (PERSON, PLACE, "unknown")
            and _WORK_BEFORE.search(text, max(0, m.start - 40), m.start)
            # Not whose something is: "her role in Tony Blair's government", "in Mike Nichols' Closer".
            and not text.startswith(("'", "’"), m.end)
        }
        # A title runs past its small words: "the thriller Flight of the Phoenix", "the film
        # Escape from Alcatraz"; the names inside it are the work's, no place's.
        for text, mentions in paragraphs:
            if mentions and any(noun in text for noun in _WORK_NOUN_WORDS):
                for title in _WORK_TITLE.finditer(text):
                    self.works.update(
                        m.text for m in mentions if title.start(1) < m.start and m.end <= title.end(1)
                    )
        # "the Wolf Blass brand", "brands include Bass, Stella Artois and Hoegaarden": things
        # sold under a name, though a person's name may be the brand's.
        self.works |= {
            m.text
            for text, mentions in paragraphs
            for m in mentions
            if m.kind in (PERSON, "unknown") and _BRAND_AFTER.match(text, m.end)
        }
        for brands in _BRANDS_LISTED.finditer(joined):
            self.works.update(items_after(joined, brands.end()))
        # "Jean Cocteau's La Machine Infernale", "Verdi's La Traviata": a name after someone's
        # possessive that no first name opens is their work; "Coldplay's Chris Martin" is someone.
        surnames = {m.words[-1] for _, mentions in paragraphs for m in mentions if m.kind == PERSON}
        for text, mentions in paragraphs:
            for m in mentions:
                if m.kind in (PERSON, "unknown") and m.words[0].lower() not in first_names():
                    owner = _OWNER_BEFORE.search(text, max(0, m.start - 30), m.start)
                    if owner and (owner[1] in surnames or owner[1].lower() in famous_people()):
                        self.works.add(m.text)
        #: Words the source gives a language or a people: "the Eegimaa language", "Jóola speakers".
        self.tongues = {word for word in _tongues(joined) if word.lower() not in english_words()}
        #: Places people's names say they are from: "Tabennese" alone after "Theodorus of Tabennese".
        self.origins = {
            place
            for _, mentions in paragraphs
            for m in mentions
            if m.kind == PERSON and "of" in m.words and (place := origin(m))
        }
        #: The paragraphs where each word names someone alone: "Chao went", long before "Rulan Chao Pian".
        self._alone_in: dict[str, list[int]] = {}
        #: First names that share the surname after them, by paragraph and where they stand.
        self._shared: dict[tuple[str, int], str] = {}
        for index, (text, mentions) in enumerate(paragraphs):
            self._learn_acronyms(text, mentions)
            for mention in sharing_a_surname(text, mentions):
                self._add(mention, index)  # "Michael and Emily Eavis": Michael Eavis too
                self._shared[(text, mention.start)] = mention.text
            spans = None
            for mention in mentions:
                if len(mention.words) == 1:
                    self._alone_in.setdefault(mention.text, []).append(index)
                if not self._is_full_name(mention, joined, text):
                    continue
                if len(mention.words) == 1:
                    if self._find(mention.text, mention.honorific) and not self._another_royal(mention):
                        continue  # "Mr Mukerjee" after "Pranab Mukherjee": a slip, not a second person
                    # A title names a person by one word only outside a quotation: a speaker's
                    # "President Obama" would make him the story's "the president".
                    spans = quote_spans(text) if spans is None else spans
                    # A peer is named by the title inside one too: "recommended by Baroness Casey".
                    peer = (mention.honorific or "").lower() in PEERS
                    if not peer and any(start <= mention.start < end for start, end in spans):
                        continue
                self._add(mention, index)
        for text, mentions in paragraphs:
            for mention in mentions:
                person = self.person(mention)
                if person:
                    person.titles.update(mention.titles)
                    person.titles.update(title_before(text, mention.start))
                    person.titles.update(title_after(text, mention.end))
                    honorific = (mention.honorific or "").lower().rstrip(".")
                    if HONORIFICS.get(honorific, "-") is None:
                        person.titles.add(honorific)  # "Archbishop Tutu" -> the archbishop
                        person.titles.update(ABBREVIATED_TITLES.get(honorific, ()))  # "Gov." -> the governor
                    person.gender = person.gender or HONORIFICS.get(honorific)

    def _is_full_name(self, mention: Mention, text: str, paragraph: str) -> bool:
        words = mention.words
        if mention.text in self.works and not mention.honorific:
            return False  # "the film Being Julia", "the drama Vera Drake": a work, no one
        if mention.honorific and f"{mention.honorific} {mention.text}" in self.works:
            return False  # "brands such as Dairy Milk, Dr Pepper and Snapple": a work, though "Dr" opens it
        if self._listed_place(mention.text):
            return False  # "the main island of Utu Vava'u": a place, though its words could name someone
        if mention.kind == "unknown" and len(words) > 1 and mention.text in self._paired:
            return False  # "BASF, Siemens and Cadbury Schweppes": listed with bodies, no first name
        if len(words[0]) == 1 and words[-1] in self._events:
            return False  # "T C Phailin" after "Cyclone Phailin": a tropical cyclone, no one's initials
        if self.general_s_firm(mention, paragraph):
            return False  # "General Automation said": a firm, no general
        if len(words) > 1 and len(words[0]) > 2 and words[0].isupper() and words[0] in self._spelled_bodies:
            # "FIA Lahore Zone" after "Federal Investigation Agency": the body's, though "Fia" is a name.
            return False
        office = {title.rsplit(" ", 1)[-1] for title in mention.titles}  # "vice president": an office
        if mention.kind == "unknown" and _OFFICE_TITLES & office and len(words) == 1:
            # "President Bush", "Vice President Ford": a word of the dictionary after a title is a
            # surname when the source never writes it in lower case ("the Criminal Justice
            # Bill ... the bill" is no one).
            word = words[0]
            return (
                word.lower() in english_words()
                and word.lower() not in TITLE_WORDS | thing_heads() | ORG_HEADS
                and not word.isupper()
                and not self._in_lower_case(word)
            )
        if self.firm_without_form(mention):
            return False  # "Clark Equipment said" after "Clark Equipment Co": the firm, no one
        if self._staff_s_firm(mention):
            return False  # "a Paine Webber spokesman", "an analyst at Robert W. Baird": a firm, no one
        if mention.kind == PERSON and mention.titles[-1:] and mention.titles[-1] in CARD_ROLES:
            return not self._in_lower_case(words[0])  # "c Cork b Croft 46": a score card's players
        if mention.kind == PERSON:
            # One word after a title is all some people are called: "Chairman Mao", and a
            # surname after an honorific ("Mr Skeens"); "Sir Sadiq" is a first name, which
            # names the person the source gives in full.
            if len(words) >= 2:
                if (
                    len(words) == 2
                    and not (mention.honorific or mention.titles)
                    and words[1].istitle()
                    and f"{words[0]} {words[1].lower()} " in text
                ):
                    return False  # "Mac Mini" where the source writes "the Mac mini is": a thing's name
                # "Gloria Bistrita win 4-2 on aggregate": a club, though a given name opens it
                return mention.text not in self._clubs_named_for_towns or bool(
                    mention.honorific or mention.titles
                )
            honorific = (mention.honorific or "").lower().rstrip(".")
            if honorific in _STYLED and words[0].lower() in first_names():
                return True  # "Sheikh Hasina", "Sheikh Mohammed": a given name after the style names her, him
            surname = honorific not in ("", "sir", "dame") and words[0].lower() not in first_names()
            # Mr, Mrs or Dr go before a surname, though it is a first name too ("Mr. Kelly") or a
            # word of the dictionary ("Ms Goldsmith"); a peer is called by the title's name, a
            # surname, a town or a word alike ("Baroness Casey", "Lady Hale"). "Mr President",
            # "Mr Speaker" and "Lord Chancellor" are titles.
            if (honorific in _PERSONAL or honorific in PEERS) and words[0].lower() not in TITLE_WORDS:
                return not words[0].isupper()
            if mention.titles and mention.titles[-1] in REIGNING and words[0].lower() in first_names():
                return True  # "Prince Harry", though "harry" is a verb
            # A transcript's "Senator KELLY": a surname in capitals after a title.
            capitals = surname_in_capitals(words) and words[0].lower() not in english_words()
            return (bool(mention.titles) or surname) and (
                named_by_title(words[0]) or bool(mention.titles) and capitals
            )
        # A particle inside is written in lower case: "Jan-Willem de Vries".
        named = [w for w in words if w[:1].isupper()] if len(words) > 2 else words
        # An unknown pair of capitalised words is a name when neither word is used in
        # lower case elsewhere in the source ("Grooming Gangs" is not a person), nor is
        # somewhere things are put, nor is named for a place (a club, a company's branch:
        # "Real Madrid", "Lycos Europe").
        return (
            mention.kind == "unknown"
            and (len(named) in (2, 3) or len(words) <= 5 and arabic_article_inside(words))
            and not any(re.search(rf"\b{re.escape(w.lower())}\b", text) for w in named)
            and not self._placed(mention)
            # "Holiday Villa Cherating" beside "a getaway in Cherating": a word of the dictionary
            # that is no first name, then where the source puts things; a resort's name, no one's.
            and not (
                words[0].lower() not in first_names()
                and words[0].lower() in english_words()
                and words[-1] in self._put_in
            )
            and not _named_for_a_place(words)
            and mention.text not in self._clubs_named_for_towns
            and not self._opened_by_a_place(words)
            and not self.tongues.intersection(words)  # "Jóola Búluf", "Gújjolaay Eegimaa": tongues
            # An article opens a work's, a house's or a paper's name, no one's: "La Scala",
            # "La Stampa", "Il Divo" ("Le Pen" and "El Hadji" are people's).
            and words[0] not in _ROMANCE_ARTICLES
            and words[-1] != "State"  # "Umuahia, Abia State": a federation's state, no one
            and words[0] not in ORDINALS  # "a Fourth Reich", "the Second Empire": an age's or a thing's
            # A product's letters end it ("Astra GSI"), unless a title says whose: "Minister Manuel Azpur UA".
            and not (model_s_letters(words) and not mention.titles)
            # A participle opens no one's name: "Applied Biosystems", "Troubled Eurotunnel".
            and not (participle(words[0]) or words[0].lower() in NAME_PARTICIPLES)
            and not any(w.lower() in ORG_HEADS for w in words)  # "Alberta Government Telephones"
            # A saint's name is a parish's, a church's or a town's: "a teacher from St Catherine".
            and words[0].rstrip(".").lower() not in SAINTS
            # A word with a capital inside is a product's or a firm's ("PlayStation Portable",
            # "GameBoy Advance"), unless a surname's prefix explains it ("McDonald", "DiCaprio").
            and not any(_CAMEL.search(w) and not _SURNAME_PREFIX.match(w) for w in words)
            and not body_name(words[0])  # "Google Analytics", "Microsoft Outlook": a body's product
            and not self.company(mention)
            # A plural of the dictionary after a word that is no first name ends a band's, a
            # club's, a firm's or a work's name: "Kaiser Chiefs", "Boca Juniors", "Wikid Records";
            # opening it, no one's either: "Automobiles Citroen", "Ballets Russes".
            and not (
                words[0].lower() not in first_names()
                and (plural_of_a_word(words[-1]) or plural_of_a_word(words[0]))
            )
            # No one is "the Altoona Curve": after "the", words that open with no first name
            # are a team's, a paper's or a place's ("the Tony Blair government" is his).
            and not (
                words[0].lower() not in first_names()
                and THE_BEFORE.search(paragraph, max(0, mention.start - 4), mention.start)
            )
        )

    @cached_property
    def _clubs_named_for_towns(self) -> frozenset[str]:
        """Return the pairs no list knows, ending in a town, that play a match: "beat Vitesse Arnhem 3-1"."""
        return self._names_where(
            lambda text, m: (
                m.kind == "unknown"
                and named_for_a_town(m.words)
                and a_side_in_a_match(text, m)
                # "Gloria Bistrita win 4-2 on aggregate": what only a side does, though a given name opens it
                or m.kind in ("unknown", PERSON)
                and len(m.words) == 2
                and _ON_AGGREGATE.match(text, m.end) is not None
                # "Sokol Tychy 5 Lech Poznan 3": a line of two sides and a score each
                or m.kind in ("unknown", PERSON)
                and side_by_its_town(m.words)
                and two_sides_line(text, m)
            )
        )

    def _names_where(self, test: Callable[[str, Mention], bool]) -> frozenset[str]:
        """Return the names of the source's mentions that pass a test of the mention in its paragraph."""
        return frozenset(m.text for text, mentions in self._paragraphs for m in mentions if test(text, m))

    @cached_property
    def companies(self) -> frozenset[str]:
        """Return the words no list knows that the source trades in or speaks for ("Krispy Kreme")."""
        return frozenset(m.text for _, mentions in self._paragraphs for m in mentions if self.company(m))

    def company(self, mention: Mention) -> bool:
        """Tell whether words no list knows are a company the source trades in or speaks for.

        "Krispy Kreme shares", "a takeover of Allied Domecq", "spokesman for Ask Jeeves".
        """
        if mention.kind != "unknown":
            return False
        folded = mention.text.lower()
        if folded in nationalities():
            return False  # "shares of Philippine brewing company San Miguel": whose, not which
        if len(mention.words) == 1 and (
            # A lone word a company's asset follows ("Marriott's market capitalization",
            # "Gazprom shares") is one, if no dictionary or list of first names holds it;
            # "Christmas sales" are a season's. A word of the dictionary is one if it has
            # a chief executive: "Amazon's chief executive".
            folded in english_words() or folded in first_names() or folded in _FEASTS
        ):
            if folded in first_names() and folded not in english_words():
                return mention.text in self._firm_words  # "the CEO of Hilton": no one's first name
            # "and Stork ended 0.20 up at 51.00 guilders": a word that moves on the market, not
            # only as a sentence opens.
            moved = mention.text in self._moved_names and mention.text in self.proper_words
            return folded not in first_names() and (moved or mention.text in self._run_by_chiefs)
        return self._dealt_in(mention.text)

    def _dealt_in(self, name: str) -> bool:
        """Tell whether the source trades in a name: "shares in Allied Domecq", "Krispy Kreme shares"."""
        after, before = self._traded_names
        if name in self._moved_names:
            return True
        if " " not in name:
            return name in after or name in before  # looked up: lone words are many
        return any(n == name or n.startswith(name + " ") for n in after) or any(
            n == name or n.endswith(" " + name) for n in before
        )

    @cached_property
    def _traded_names(self) -> tuple[frozenset[str], frozenset[str]]:
        """Return the capitalised words after "shares in" and the like, and those before "shares"."""
        # One scan of the source each way, not one per name: names are many, deals few.
        # A run of capitals may cross a sentence's end: "for Ask Jeeves. The ...".
        # Both of two names "and" joins: "shares in Elan and Biogen Idec".
        joined = self._joined
        # A spokesperson speaks for a person too: "a spokeswoman for Giuliani" after "Rudolph Giuliani".
        surnames = {person.name.rsplit(" ", 1)[-1] for person in self.people if " " in person.name}
        after = {
            _SENTENCE_END_AFTER_A_NAME.split(name)[0].rstrip(".’'")  # keeps "J.P. Morgan" whole
            for m in _DEALT_IN.finditer(joined)
            for name in m.groups()
            # ... nor a firm named for someone the source names ("an affiliate of Gabelli and Co"
            # after "Mario Gabelli": the lone "Gabelli" is his).
            if name
            and not (name in surnames and _FOR_SOMEONE_TOO.match(m[0]))
            # "20 pct of Gross Domestic Product": a share of what a country makes, no firm's
            and not (m[0][:1].isdigit() and name.rsplit(" ", 1)[-1].rstrip(".").lower() in _AGGREGATES)
        }
        after.update(self._employers)
        after.update(name for name in self._analysts_firms if name not in surnames)
        # From each "shares" back a few characters to the name: cheap, as "shares" is rare.
        before = set()
        for asset in _ASSETS.finditer(self._joined):
            if _FIGURE_AFTER.match(self._joined, asset.end()):
                continue  # "Shr profit 79 cts vs 74 cts": a row of an earnings table, no firm's name
            run = _RUN_BEFORE.search(self._joined, max(0, asset.start() - 60), asset.start())
            if run:
                # The run's letters take the possessive's too: "Marriott's" is Marriott.
                before.add(re.sub(r"['’]s$", "", _SENTENCE_END_AFTER_A_NAME.split(run[1])[-1]))
        return frozenset(after), frozenset(before)

    @cached_property
    def _moved_names(self) -> frozenset[str]:
        """Return the names whose price the source moves on the day: "Isbank gained 300 lira to 8,600"."""
        moved = set()
        for move in _MOVED.finditer(self._joined):  # rare: most sources quote no prices
            run = _RUN_BEFORE.search(self._joined, max(0, move.start() - 60), move.start())
            if run is None or _JOINED_INSIDE_BEFORE.search(
                self._joined, max(0, run.start() - 30), run.start()
            ):
                continue  # "Kali und Salz firmed", "Bank of Ireland rose": a name cut short
            name = _SENTENCE_END_AFTER_A_NAME.split(run[1])[-1]
            words = name.split()
            # Words of the dictionary only where the source writes them within a sentence too:
            # "and Apex Tannery lost"; not "Taxes jumped", "Wheat fell" opening one.
            if (
                name.lower() not in _MARKETS
                and words[0].lower() not in _DETERMINERS
                and (words[0].lower() not in english_words() or words[0] in self.proper_words)
                and kind_of(words, name.lower(), None) != PLACE  # "with Western Europe rose"
            ):
                moved.add(name)
        return frozenset(moved)

    @cached_property
    def common_word_bodies(self) -> frozenset[str]:
        """Return the names of common words the source says are firms: "an economist at Capital Economics".

        No list can hold every firm named with words of the dictionary ("Global Insight",
        "Waste Management"), and only what the source does with them tells them from a
        sentence's capitals: shares in them, their staff, a job at one, "a firm called".
        """
        # "The Big Issue" as "Big Issue", as a name's mention is found; "The Guardian" is one word.
        found = (
            *self._traded_names[0],
            *self._staffed,
            *self._listed_bodies,
            *self._based_names,
            *self._moved_names,
            *self._ranked_names,
        )
        named = {_ARTICLE.sub("", name) for name in found}
        return frozenset(
            name
            for name in named
            if dictionary_words(words := name.split())
            and all(len(word) > 1 for word in words)  # "Class B": no firm's
            and words[0].lower() not in _DETERMINERS  # "A US": no name
            and words[0] not in _CONJUNCTIONS  # "But Lions chairman Jeff Burnige": a sentence's opener
            and not body_name(name)  # the table's: found as they are
            and name not in self._firms_by_stem  # "Entertainment Marketing" of "Entertainment Marketing Inc"
            and name.lower() not in places()
            and words[-1].lower() not in place_heads()[1]
            and not {word.lower() for word in words} & (TITLE_WORDS | CALENDAR)
            # Cut short by a small word: "Concerned Women" of "Concerned Women for America".
            and not re.search(rf"\b{re.escape(name)} (?:of|for|and|&|de|on) [A-Z]", self._joined)
        )

    @cached_property
    def _analysts_firms(self) -> frozenset[str]:
        """Return the names before an analyst's or economist's own: "Bernstein analyst Toni Sacconaghi"."""
        joined = self._joined
        if "analyst " not in joined and "economist " not in joined:  # most sources name none
            return frozenset()
        # Not a word, a given name, a place or a people's: "Senior analyst", "Wall Street
        # economist", "Republican economist".
        peoples = nationalities()
        return frozenset(
            m[1]
            for m in _FIRM_BEFORE_ITS_ANALYST.finditer(joined)
            if not any(
                word in english_words() or word in first_names() or word in places() or word in peoples
                for word in m[1].lower().split()
            )
        )

    @cached_property
    def _employers(self) -> frozenset[str]:
        """Return the names after a job and "at", "with" or "for": "an analyst at Numis"."""
        joined = self._joined  # found from the literals " at ", " with " and " for ", which is cheap
        # "a manager at Southampton", "a director at Heathrow": a place's name, its club or its airport.
        return frozenset(
            name
            for m in _AT_A_NAME.finditer(joined)
            # "an analyst with E.F. Hutton"; not "shared the role with Tom Smith", a colleague.
            if _JOB_BEFORE_ITS_WORD[m[1]].search(joined, max(0, m.start() - 64), m.start())
            and (name := _SENTENCE_END_AFTER_A_NAME.split(m[2])[0].rstrip(".’'")).lower() not in places()
            and not _AND_A_NAME.match(joined, m.end())  # "Purvin and Gertz": only the whole is the firm
        )

    def _staff_s_firm(self, mention: Mention) -> bool:
        """Tell whether a name of two or three words is a firm the source gives staff or employees."""
        return (
            2 <= len(mention.words) <= 3
            and not (mention.honorific or mention.titles)
            and (mention.text in self._staffed or mention.text in self._employers)
        )

    @cached_property
    def _firm_words(self) -> frozenset[str]:
        """Return the lone words the source gives a chief executive or a share price: "Hilton's CEO"."""
        # Only what a town or a person cannot have: "the founder of Rome", "shares in Tokyo"
        # (traded there), "Smith's shares" and "London's staff" are not a firm's.
        joined = self._joined
        found = {dealt[1] for dealt in _FIRM_DEALT_IN.finditer(joined)}
        found.update(name for name in self._employers if " " not in name)  # "economist at Gerrard"
        # From each asset back to its owner's word: a literal to look for, not every capital.
        for asset in _FIRM_ASSET.finditer(joined):
            if owner := _OWNER_WORD.search(joined, max(0, asset.start() - 30), asset.start()):
                found.add(owner[1])
        # "Lloyd's chief executive": the firm's name holds the possessive, the table's "Lloyd's of London".
        return frozenset(word for word in found if word.lower() not in nationalities() | _possessive_firms())

    @cached_property
    def _run_by_chiefs(self) -> frozenset[str]:
        """Return the capitalised words, no place's, before "'s chief executive" and the like."""
        return frozenset(
            chief[1] for chief in _CHIEF_AFTER.finditer(self._joined) if chief[1].lower() not in places()
        )

    def _add(self, mention: Mention, index: int = 0) -> None:
        self._found.clear()
        name = mention.text
        if mention.honorific and mention.honorific.lower() in PEERS and " of " in name:
            name = f"{mention.honorific} {name}"
        elif mention.titles and mention.titles[-1] in REIGNING and name.lower() in first_names():
            # A royal or a pope goes by the title and a given name: "Prince Andrew", "Pope
            # Francis" name one person, where "Andrew" or "Francis" alone name anyone.
            name = f"{mention.titles[-1].title()} {name}"
        for person in self.people:
            if person.name == name:
                return
            if padded(person.name, name):  # "Hillary Clinton Put" was a headline's words
                person.name = name
                return
            if name in before_of(person.name):
                return
            if person.name in name or without_middle(person.name, name):
                # A longer form of a name already known wins: "Antonín Leopold Dvořák".
                if not padded(name, person.name):
                    person.name = name
                return
            if without_middle(name, person.name) or initialled(name, person.name):
                return  # "H Luscombe" in a line-up after "Hal Luscombe"
            if initialled(person.name, name):
                person.name = name
                return
        gender = HONORIFICS.get((mention.honorific or "").lower()) or first_names().get(
            name.split()[0].lower()
        )
        self.people.append(Person(name, gender, introduced=index))

    def _learn_acronyms(self, text: str, mentions: list[Mention]) -> None:
        for match in _ACRONYM.finditer(text):
            acronym = match[1]
            before = [m for m in mentions if m.end <= match.start() and match.start() - m.end <= 2]
            # "the European People's Party (EPP)" read as "Party": the acronym names it better.
            # "Phil Fear (WRU)": a person's body in brackets, no alias of the person.
            if (
                before
                and before[-1].kind != PERSON
                and (not body_name(acronym) or self._other_body_s(acronym, before[-1].text))
                and before[-1].text.lower() not in GENERIC_BODIES
                # A place names only the initials its words spell ("United Arab Emirates (UAE)"):
                # "Democracy in Rwanda (RDR)" ends a body's name the run cut.
                and (
                    before[-1].kind != PLACE
                    or "".join(w[0] for w in before[-1].words if w[0].isupper()) == acronym
                )
                # "MOSCOW, Russia (CNN)": an outlet after a dateline abbreviates nothing before it;
                # a body's name in English does, in its own tongue: "German Weather Service (DWD)".
                and (
                    _ARTICLE.sub("", before[-1].text)[:1] == acronym[0]
                    or before[-1].kind == ORGANISATION
                    and len(before[-1].words) > 1
                    # One body's whole name, not two ("Fiat and General Motors (GM)") nor the
                    # end of one the run cut: "UK Internet Forum (UKIF)", "World Summit for
                    # the Information Society (WSIS)".
                    and not _two_names(before[-1].words)
                    and not _NAME_GOES_ON_BEFORE.search(text, max(0, before[-1].start - 12), before[-1].start)
                )
            ):
                # Defined in the text, the acronym is an alias of the long form; of its last
                # words if they spell it: "Past Congressional Budget Office (CBO)".
                words = before[-1].words
                tail = " ".join(words[-len(acronym) :])
                spells = (
                    len(words) > len(acronym) and "".join(w[0] for w in words[-len(acronym) :]) == acronym
                )
                self.acronyms[acronym] = tail if spells else before[-1].text
            elif before and (table := body_name(acronym)) and _nation_s_form(before[-1], table):
                self._tabled[before[-1].text] = table  # "Indonesia's National Police (Polri)"
            elif not before and not body_name(acronym) and acronym.isupper() and not self.is_term(acronym):
                # Words no list types, spelled out by the acronym's letters: "Homeland Security
                # Investigations (HSI)" is what "HSI" stands for.
                spelled = _SPELLED_BEFORE.search(text, max(0, match.start() - 120), match.start())
                words = _ARTICLE.sub("", spelled[1]).strip() if spelled else ""
                words = re.sub(r"['’]s$", "", words)  # "the Disasters Emergency Committee's (DEC)"
                if words and "".join(_INITIALS.findall(words)) == acronym:
                    self.acronyms[acronym] = words
        for match in _KNOWN_AS_INITIALS.finditer(text):
            # "The Kurdistan Workers' Party, known as the PKK,": initials set off after the name.
            acronym = match[1]
            before = [m for m in mentions if m.end == match.start()]
            if before and before[-1].kind == ORGANISATION and not body_name(acronym):
                self.acronyms[acronym] = before[-1].text
        for match in _SET_OFF_INITIALS.finditer(text):
            # "the General Accounting Office, GAO, said": initials set off by commas after the
            # body's name they spell; not a list's next item ("Fiat, GM, and Ford").
            acronym = match[1]
            before = [m for m in mentions if m.end == match.start()]
            if (
                before
                and before[-1].kind == ORGANISATION
                and not body_name(acronym)
                and "".join(_INITIALS.findall(before[-1].text)) == acronym
            ):
                self.acronyms[acronym] = before[-1].text
        for name, body in zip(mentions, mentions[1:], strict=False):
            # "Tusla, the Child and Family Agency,": a word no list knows, then the body it is
            # set off as; not a list's items ("Oxfam, the Red Cross, and Save the Children").
            if (
                name.kind == "unknown"
                and len(name.words) == 1
                and body.kind == ORGANISATION
                and len(body.words) > 1
                and text[name.end : body.start] == ", the "
                and _SET_OFF_AFTER.match(text, body.end)
                and not text.endswith(", ", 0, name.start)
                and name.text.lower() not in english_words()
                and not body_name(name.text)
            ):
                self._set_off[name.text] = body.text
            elif _glossed_as_a_place(text, name, body):
                self._glossed_places.add(name.text)

    @staticmethod
    def _other_body_s(acronym: str, name: str) -> bool:
        """Tell whether a name the source spells out is another body's than the table's by those initials.

        "The Independent Police Complaints Commission (IPCC)" is no "Intergovernmental Panel on
        Climate Change" there.
        """
        name = _LEGAL_FORM.sub("", _ARTICLE.sub("", name))  # "Diamant Boart Stratabit SA (DBS)"
        table = body_name(acronym) or ""
        # Its capitalised words, not the table's name misspelled: "Securities Exchange Commission (SEC)".
        return "".join(_INITIALS.findall(name)) == acronym and _CAPITAL_WORDS.findall(
            body_name(name) or name
        ) != _CAPITAL_WORDS.findall(table)

    def introduce_from_headline(self, mention: Mention) -> Person | None:
        """Return a headline's person the body calls by surname alone, joining the cast.

        "Wikinews interviews Marymegan Daly" over "Daly explained ...": the body never
        gives her full name, and the headline's words are no words of the dictionary.
        """
        words = mention.words
        last = words[-1] if words else ""
        # "Christopher Hill": a surname that is a word too, after a common first name, when
        # the body never writes the word in lower case (checked below).
        word_surname = len(words) == 2 and words[0].lower() in common_first_names()
        if (
            mention.kind not in (PERSON, "unknown")
            or not 2 <= len(words) <= 3
            or not all(w.istitle() for w in words)
            or any(w.lower() in english_words() for w in (words[:-1] if word_surname else words))
            or last.lower() in places()
            # The surname alone, not in the headline's phrase again: "the Da Vinci Code".
            or not re.search(rf"(?<!{re.escape(words[-2])} )\b{re.escape(last)}\b", self._joined)
            or self._in_lower_case(last)
        ):
            return None
        self._add(mention)
        return self.find(mention.text)

    def person(self, mention: Mention) -> Person | None:
        """Return the person a mention names, if the source names them fully somewhere."""
        if mention.kind not in (PERSON, "unknown") or self._another_royal(mention):
            return None
        return self.find(mention.text, mention.honorific)

    def _another_royal(self, mention: Mention) -> bool:
        """Tell whether a royal named by one name is not the commoner the source gives it first.

        "King Hussein" after "Hussein Khalaf": a king goes by his given name, which someone
        named in full shares; "Queen Beatrix" after "Beatrix" the queen is herself.
        """
        if not (len(mention.words) == 1 and mention.titles and mention.titles[-1].lower() in REIGNING):
            return False
        found = self._find(mention.text, mention.honorific)
        return (
            found is not None
            and found.name != mention.text
            and found.first == mention.text
            # Not a royal the source names in full too: "Prince Harry Windsor".
            and re.search(rf"{REIGNING_BEFORE}{re.escape(found.name)}\b", self._joined) is None
        )

    def find(self, name: str, honorific: str | None = None) -> Person | None:
        """Return the person a name refers to: full name, surname, first name or a near miss."""
        key = (name, honorific)
        if key not in self._found:
            found = self._find(name, honorific)
            if found and found.name.isupper():
                # A byline or a transcript in capitals ("By JANE SMITH") names whom the text
                # writes in mixed case: one person, as the text writes them.
                found = next(
                    (p for p in self.people if p.name.lower() == found.name.lower() and not p.name.isupper()),
                    found,
                )
            self._found[key] = found
        return self._found[key]

    def _find(self, name: str, honorific: str | None) -> Person | None:
        if name in GENERATIONS:
            return None  # "Jr" cut from "Martin Luther King Jr.": no one's surname
        words = name.split()
        for person in self.people:
            # "Theodorus" is "Theodorus of Tabennese", a given name and where he is from,
            # before "Abba Theodorus"; "Kinnock" is "Neil Kinnock" before a peer's "Kinnock of Bedwellty".
            if name == person.name or name == before_of(person.name) and name.lower() in first_names():
                return person
        for person in self.people:
            # "Tabennese" ends no one's name: it is where someone is from.
            if (
                (person.name.endswith(" " + name) and not person.name.endswith(" of " + name))
                or (len(words) > 1 and f" {name} " in f" {before_of(person.name)} ")
                or without_middle(name, person.name)
                or initialled(name, person.name)
            ):
                return person
        for person in self.people:
            if before_of(person.name).endswith(" " + name):
                return person
        if len(words) > 2:
            for person in self.people:
                if padded(name, person.name):
                    return person  # a headline's "Bernie Sanders Pins Hopes": the source's Bernie Sanders
        if len(words) == 1:
            word = words[0]
            for person in self.people:
                if word == person.last:
                    return person
            # "Assad" for "Bashar al-Assad", "Sisi" for "Abdel Fattah el-Sisi": a surname
            # written without its Arabic article.
            for person in self.people:
                if ARABIC_ARTICLE.sub("", person.last) == word:
                    return person
            # "Kilroy" for "Robert Kilroy-Silk": a double surname's first half.
            double = f" {word}-"
            for person in self.people:
                if (
                    double in person.name
                    and person.last.startswith(double[1:])
                    and word.lower() not in places()
                ):
                    return person
            # A first name alone names one person: "Sir Mark", or "Glenn" for the only Glenn.
            # Not someone named in full only after the word named another alone, again and
            # again: "Chao" all through a life of Chao, then "his daughter Rulan Chao Pian".
            firsts = [
                person
                for person in reversed(self.people)
                if word == person.first and not self._named_another(word, person)
            ]
            if firsts and (honorific or len(firsts) == 1):
                return firsts[0]
            if honorific and len(word) >= 4:
                for person in reversed(self.people):
                    if one_letter_off(word, person.last):
                        return person
            if word.isupper():
                return self._by_initials(word)
        return None

    def _by_initials(self, acronym: str) -> Person | None:
        """Return the one person whose full name's initials an acronym spells: "Andrés Manuel López Obrador".

        Three letters at least, each word's and each hyphened part's: "John F. Kennedy" for
        "JFK", "Alexandria Ocasio-Cortez" for "AOC", "Mohammed bin Salman" for "MBS".
        """
        if len(acronym) < 3 or not acronym.isalpha():
            return None
        found = [
            person
            for person in self.people
            if len(person.name.split()) >= 2
            and "".join(part[0] for part in re.split(r"[\s-]+", person.name) if part).upper() == acronym
        ]
        return found[0] if len(found) == 1 else None

    def _named_another(self, word: str, person: Person) -> bool:
        """Tell whether a word named someone alone in three paragraphs before a person was named in full.

        Not when the headline named them first: "Frank Messina: An Interview", then "Frank".
        """
        before = [index for index in self._alone_in.get(word, ()) if index < person.introduced]
        return len(before) >= 3 and person.name not in self._headlines

    def by_title(self, title: str, exact: bool = False) -> Person | None:
        """Return the person given a title ("the Commissioner", "the shadow chancellor").

        An exact title wins; a bare head word ("the chancellor") passes over qualified
        holders ("shadow chancellor", "former chancellor"). None unless exactly one fits;
        with `exact`, only the title itself counts ("the rapper's spokesman").
        """
        title = title.lower()
        holders = [p for p in self.people if title in p.titles]
        if len(holders) == 1 or exact:
            return holders[0] if len(holders) == 1 else None
        # "London's top cop": a description stands for a title ("commissioner").
        for words in (title, " ".join(title.split()[-2:]), title.split()[-1]):
            if words in role_descriptions():
                holders = {id(p): p for t in role_descriptions()[words] if (p := self.by_title(t))}
                return next(iter(holders.values())) if len(holders) == 1 else None
        head = title.split()[-1]
        plain = [
            p for p in self.people if any(t.split()[-1] == head and not QUALIFIED.search(t) for t in p.titles)
        ]
        return plain[0] if len(plain) == 1 else None

    def _named_in_full(self, word: str) -> str | None:
        """Return the body a word stands for that the source names in full beside it, if any.

        "Tusla, the Child and Family Agency," sets a word off as the body; "the Internet
        Corporation for Assigned Names and Numbers (Icann)" defines a short form in mixed
        case. Not a team sheet's club after a player: "A Troncon (Treviso)", one word the
        other's letters do not open.
        """
        if word in self._set_off:
            return self.organisation(self._set_off[word])
        full = self.acronyms.get(word)
        if full is not None and (" " in full or full.lower().startswith(word.lower())):
            return self.organisation(word)
        return None

    @cached_property
    def _country(self) -> str | None:
        """Return the country most of the source's places lie in, if one leads: its code."""
        codes = Counter(
            code
            for _, mentions in self._paragraphs
            for m in mentions
            if m.kind == PLACE and (code := countries_of_places().get(canonical_place(m.text).lower()))
        ).most_common(2)
        if not codes or codes[0][1] < 2 or len(codes) == 2 and codes[1][1] >= codes[0][1]:
            return None
        return codes[0][0]

    def _quoted_outlet(self, initials: str) -> bool:
        """Tell whether the source quotes initials as a news outlet: "SYDNEY (AFP) -", "told AFP"."""
        before = rf"\b(?:told|to|according to|quoted by) {initials}\b"
        return (
            re.search(rf"\({initials}\)|{before}|\b{initials} (?:reported|news agency)\b", self._joined)
            is not None
        )

    def organisation(self, name: str) -> str:
        """Return the canonical name of an organisation."""
        name = name.strip()
        if _ARTICLE.match(name) and (titled := body_name(name)):
            return titled  # "the Observer": a paper the table names with its article
        name = _ARTICLE.sub("", name)
        name = self.acronyms.get(name, name)
        name = self._tabled.get(name, name)
        spelled = self._spelled_bodies.get(name)
        senses = initials_abroad().get(name)  # the country's reading looked up only for such initials
        abroad = senses.get(self._country or "") if senses else None
        if (
            abroad
            and (spelled is None or spelled in self._by_initials_only)
            and not self._quoted_outlet(name)
        ):
            return abroad  # "CPS" in a story from Texas: Child Protective Services, no prosecutor
        if spelled:
            # "AFP" after "Australian Federal Police", "OSU" after "Ohio State University": the
            # body the source names in full, before the table's (Agence France-Presse).
            name = spelled
        # "Apple Inc.": a firm the table knows, with its legal form.
        known = body_name(name) or body_name(_LEGAL_FORM.sub("", _AND_CO.sub("", name)))
        form, _, rest = name.partition(" ")
        if known or form in FORMS_FIRST and (known := body_name(rest)):
            return known  # ... or its form first: "AB Volvo"
        stem, _, trade = _LEGAL_FORM.sub("", name).rpartition(" ")
        if " " in stem and trade.lower() in _CLOSING_HEADS and (known := body_name(stem)):
            # "Circuit City Stores", "Hang Seng Bank Ltd": a firm the table knows without its trade.
            return known
        # "the Justice Department" where the source names the "Department of Justice": the
        # longer form, as for people.
        field, _, head = name.rpartition(" ")
        if field and head in _HEADS_BEFORE_OF and (of := f"{head} of {field}") in self.bodies:
            return self.organisation(of)
        initials, _, rest = name.partition(" ")
        if (
            rest in self.bodies
            and rest.lower() not in GENERIC_BODIES
            and country_code(initials)
            and a_country(initials)  # a state's is its own: "NSW Treasury" beside the US "Treasury"
        ):
            return rest  # "the U.S. Senate" where the source says "the Senate": one value
        if (
            rest
            and country_code(initials)
            and (full := f"{canonical_place(initials)} {rest}") in self.bodies
            and full != name  # a code the gazetteer leaves as written ("BOW VALLEY"): no longer name
        ):
            return self.organisation(full)  # "US Senate" where it says "United States Senate"
        # "the Bank" for the "Bank of England" the source names, "the Independent Inquiry"
        # for the "Independent Inquiry into Child Sexual Abuse", "the Council" for "Brent
        # Council", when it names one such.
        longer = {body for body in self.bodies if body.startswith(name) and _LINKED.match(body[len(name) :])}
        if not longer and name.startswith("Circuit"):
            # "Circuit Court Judge David McKeague" after "the 6th Circuit Court of Appeals": that court.
            longer = {
                body
                for body in self.bodies
                if (bare := _NUMBERED.sub("", body, count=1)) != body
                and bare.startswith(name)
                and _LINKED.match(bare[len(name) :])
            }
        if not longer and name in self._firms_by_word and name.lower() not in ORG_HEADS:
            # "Carnival" where the source names "Carnival Corporation": the firm, its form aside;
            # not a paper named by its head word ("the Telegraph" beside "Telegraph Group").
            longer = self._firms_by_word[name]
        if not longer and " " not in name:
            # "Providentia" where the source names "AB Providentia": a firm with its form first.
            longer = {f"{form} {name}" for form in FORMS_FIRST} & self.bodies
        if not longer and " " not in name and (founded := self._founder_s_firm(name)):
            longer = {founded}
        if not longer and " " not in name and (short := self._short_for(name)) and _firm_s(short):
            longer = {short}  # "Transamerica, a privately held company" of "Transamerica Natural Gas Corp"
        if not longer and " " in name:
            # "Rochester Gas" where the source names "Rochester Gas and Electric Co": the firm, cut short.
            longer = {
                body for body in self.bodies if body.startswith(f"{name} and ") and _LEGAL_FORM.search(body)
            }
        if not longer and " " in name and name in self._firms_by_stem:
            longer = {self._firms_by_stem[name]}  # "Texaco Canada" where the source names "Texaco Canada Inc"
        if not longer and (fuller := self._headed(name)):
            longer = {fuller}
        if not longer and (name.lower() in GENERIC_BODIES or name.lower() in _SHORTENED):
            longer = self.bodies_ending(name)
            if not longer and name.lower() in _HEADS_THAT_STAND_ALONE:
                # ... or whose head it is, before "of": "the Chamber" for the "London Chamber of Commerce".
                longer = {body for body in self.bodies if f" {name} of " in body}
        # Not the name itself with its article ("The Office", a show), which leads back here.
        longer = {body for body in longer if _ARTICLE.sub("", body) != name}
        return self.organisation(longer.pop()) if len(longer) == 1 else name

    def _headed(self, name: str) -> str | None:
        """Return the one body the source names that is a name of two words or more and its head.

        "Medford Savings" where the source names "Medford Savings Bank", "Permian Basin" its
        "Permian Basin Royalty Trust", "Circuit City" its "Circuit City Stores": the head cut off.
        """
        # Not a name whole with its form: "Astra Corporation Workers' Trust" is the workers'.
        if " " not in name or body_name(name) or name.rpartition(" ")[2].lower().rstrip(".") in _FIRMS_FORMS:
            return None
        return _one({body for body in self._opened_by(name) if _closed_by_a_firm_s_head(body[len(name) :])})

    @cached_property
    def _firms_by_word(self) -> dict[str, set[str]]:
        """Map a firm's first word to the bodies the source names by it and a form: "Carnival Corporation"."""
        firms: dict[str, set[str]] = {}
        for body in self.bodies:
            word, _, form = body.partition(" ")
            if form.lower().rstrip(".") in _FIRMS_FORMS:
                firms.setdefault(word, set()).add(body)
        return firms

    @cached_property
    def bodies_in_words(self) -> dict[str, str]:
        """Map the forms of firms the source names that no mention holds to their values.

        "Natural Motion" of "Oxford-based Natural Motion", "Computer Terminal" of "Computer
        Terminal Systems Inc": under the table's one name for a firm it knows.
        """
        named = {name: self.organisation(name) for name in self.common_word_bodies}
        named.update((stem, self.organisation(firm)) for stem, firm in self._firms_by_stem.items())
        # A long name's first three words of the dictionary, which open a sentence as no name
        # does: "Tender Loving Care said" of "Tender Loving Care Health Care Services Inc".
        named.update(
            (opening, self.organisation(firm))
            for opening, firm in self._firms_by_opening.items()
            if opening.count(" ") == 2
        )
        # In one order whatever the hash seed, the longest form first: the sets they come from
        # have none, and a speaker's head is matched against them in turn.
        return dict(sorted(named.items(), key=lambda item: (-len(item[0]), item[0])))

    def _inside_words_body(self, mention: Mention, text: str) -> str | None:
        """Return the body of common words a mention ends, as written there: "Against Child Abuse"."""
        for name in self.common_word_bodies:
            if name.endswith(f" {mention.text}") and text.endswith(name, 0, mention.end):
                return self.organisation(name)
        return None

    @cached_property
    def _initialled_names(self) -> frozenset[str]:
        """Return the names of several words the source gives initials to: "Hindustan Aeronautics"."""
        return frozenset(full for full in self.acronyms.values() if " " in full)

    @cached_property
    def _firms_by_stem(self) -> dict[str, str]:
        """Map a firm's name without its legal form to the one firm the source names with it: "Eli Lilly"."""
        stems: dict[str, set[str]] = {}
        for body in self.bodies:
            stem = _AND_CO.sub("", body)
            while (shorter := _LEGAL_FORM.sub("", stem)) != stem and " " in shorter:
                # Each form of "Amoco Canada Petroleum Co Ltd" dropped in turn: "News Corp" too.
                stems.setdefault(shorter, set()).add(body)
                stem = shorter
            if stem != body and " " in stem:
                stems.setdefault(stem, set()).add(body)  # "Kidder Peabody" of "Kidder Peabody and Co"
                # A wire writes a firm by the words before its trade's: "Computer Terminal" for
                # "Computer Terminal Systems Inc"; not a people's ("North American Holdings").
                shorter, _, trade = stem.rpartition(" ")
                if (
                    trade.lower() in _TRADES
                    and " " in shorter
                    and shorter.split()[-1].lower() not in nationalities()
                    and shorter.lower() not in places()
                ):
                    stems.setdefault(shorter, set()).add(body)
        return {stem: bodies.pop() for stem, bodies in stems.items() if len(bodies) == 1}

    def firm_without_form(self, mention: Mention) -> str | None:
        """Return the firm with a legal form that a mention names without it: "Clark Equipment"."""
        # Only a word of the dictionary ends a firm's name ("Equipment"): "Charles Schwab"
        # beside "Charles Schwab Corp" may be the man; no one's name opens "First Wachovia".
        # Most sources name no firm with its form; a wire shortens one to its first two words:
        # "Shearson Lehman" of "Shearson Lehman Brothers", "Drexel Burnham" of "... Lambert Inc".
        firm = self._firms_by_stem.get(mention.text) or self._firms_by_opening.get(mention.text)
        if (
            firm
            and mention.kind in (PERSON, "unknown")
            and not (mention.honorific or mention.titles)
            and (
                mention.words[-1].lower() in english_words()
                or len(mention.words) > 1
                and mention.words[0].lower() not in familiar_first_names()
            )
        ):
            return firm
        return None

    @cached_property
    def _firms_by_opening(self) -> dict[str, str]:
        """Map the first two or three words of a firm's longer name to the one firm the source names so."""
        openings: dict[str, set[str]] = {}
        for body in self.bodies:
            words = body.split()
            last = words[-1].lower().rstrip(".")
            # Not a firm of someone and partners: "Arvid Jauppi and Associates" is his, where
            # "Dainippon Ink and Chemicals Inc" is the firm's.
            if (
                len(words) >= 3
                and all(w[:1].isupper() for w in words[:2])
                and not (words[2] in ("and", "&") and words[0].lower() in first_names())
                and (last in LEGAL_FORMS or last in COMPANY_HEADS)
            ):
                openings.setdefault(" ".join(words[:2]), set()).add(body)
                # Three words of the dictionary that open a longer name too: "Tender Loving Care"
                # of "Tender Loving Care Health Care Services Inc"; not a place's ("New York State").
                if len(words) >= 5 and all(
                    w[:1].isupper() and w.lower() in english_words() for w in words[:3]
                ):
                    openings.setdefault(" ".join(words[:3]), set()).add(body)
        return {opening: bodies.pop() for opening, bodies in openings.items() if len(bodies) == 1}

    def _firm_named_as_a_place(self, mention: Mention, text: str) -> str | None:
        """Return the firm with a legal form a town's whole name names, nowhere put: "Gillette disclosed".

        A country or a state is itself ("Canada" beside "Canada Corp"), and "in San Miguel" the town.
        """
        if mention.kind != PLACE:
            return None
        if " " in mention.text:
            firm = self._firms_by_stem.get(mention.text)
        else:
            # "Gillette disclosed" where the source names "Gillette Co": the firm, not the town.
            firms = self._firms_by_word.get(mention.text, ())
            firm = next(iter(firms)) if len(firms) == 1 else None
        if (
            firm is None
            or realm(canonical_place(mention.text).lower())
            or PUT_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        ):
            return None
        return firm

    def _firm_opened_by(self, word: str) -> str | None:
        """Return the one body of two words a firm's first word opens: "Aston Martin" for "Aston".

        Else the one firm with its legal form it opens, though someone bears the word: "Taft
        stock" of "Taft Broadcasting Co", beside its vice chairman "Dudley S. Taft".
        """
        opened = self._opened_by(word)
        # Not its arm in a place: "Maxicare Alabama L.P." is Maxicare's, in Alabama.
        return _one({body for body in opened if body.count(" ") == 1}) or _one(
            {body for body in opened if _LEGAL_FORM.search(body) and not _placed_arm(body)}
        )

    def firm_speaking(self, mention: Mention, text: str) -> str | None:
        """Return the one firm with a legal form a town's name opens, where it speaks: "River Oaks said".

        A country or a state speaks as itself ("Canada said" beside "Canada Development Corp").
        """
        word = mention.text
        if not (
            mention.kind == PLACE
            and _SAYS.match(text, mention.end)
            and _alone_before(text, mention.start)
            and not realm(canonical_place(word).lower())
        ):
            return None
        firm = _one(self._firms_opened_by(word))
        return self.organisation(firm) if firm else None

    def _surname_of_a_firm(self, name: str) -> Person | None:
        """Return whom a firm's possessive name names where the source names someone by it: "Sainsbury's"."""
        word = name[:-2] if name.endswith(("'s", "’s")) else name
        if ORGANISATION in (self.spoke_as(name), self.spoke_as(word)):
            return None  # "Sainsbury's said it would": the firm, whoever of the name the source quotes
        person = self.find(word)
        return person if person is not None and person.name.split()[-1] == word else None

    def _firm_by_surname(self, word: str) -> str | None:
        """Return the one firm named after someone that a surname stands for: "Lilly", "Eli Lilly and Co".

        A first name or initials open the firm's name: "Grace" for "W.R. Grace and Co".
        """
        if not self._firms_by_stem or any(word in person.name.split() for person in self.people):
            return None  # "Ford said" where the source names Bill Ford: him
        found = {
            body
            for stem, body in self._firms_by_stem.items()
            if stem.endswith(" " + word)
            and stem.count(" ") == 1
            and (stem.split()[0].lower() in first_names() or DOTTED_INITIALS.fullmatch(stem.split()[0]))
        }
        return _one(found)

    @cached_property
    def _spelled_bodies(self) -> dict[str, str]:
        """Map initials to the one body named in full that they spell: three letters or more, a firm's two."""
        spelled: dict[str, set[str]] = {}
        for body in self.bodies:
            # A possessive's letter is no initial: "MCSO" for "Marion County Sheriff's Office".
            words = [w.removesuffix("'s").removesuffix("’s") for w in _ARTICLE.sub("", body).split()]
            capitals = [w for w in words if w[:1].isupper()]
            # A firm goes by the initials of its name before its legal form: "GM" for "General
            # Motors Corp", "IBM" for "International Business Machines Corp".
            named = [w for w in _LEGAL_FORM.sub("", body).split() if w[:1].isupper()]
            if 2 <= len(named) < len(capitals) and all(w.isalpha() and not w.isupper() for w in named):
                spelled.setdefault("".join(w[0] for w in named), set()).add(body)
            # Lower-case small words are skipped: "Australian Centre to Counter Child Exploitation".
            if len(capitals) >= 3 and all(w.isalpha() and not w.isupper() for w in capitals):
                spelled.setdefault("".join(w[0] for w in capitals), set()).add(body)
                # A state's or a town's body goes by the initials of the rest: "DPS" for
                # "Texas Department of Public Safety".
                if len(capitals) >= 4 and capitals[0].lower() in places():
                    spelled.setdefault("".join(w[0] for w in capitals[1:]), set()).add(body)
        for bodies in spelled.values():
            # The table's body the initials alone brought gives way to one the source names that is
            # no misspelling of it: "Independent Police Complaints Commission" for "IPCC", but not
            # "Trade Unions Congress" for "TUC" nor "Federal Drug Administration" for "FDA".
            table = bodies & self._by_initials_only
            if len(bodies) == 2 and table and not _alike(*table, *(bodies - table)):
                bodies -= table
        return {letters: bodies.pop() for letters, bodies in spelled.items() if len(bodies) == 1}

    def _short_for(self, word: str) -> str | None:
        """Return the one body named in full that a word opens: "Harvard" for "Harvard University".

        Not a first name ("Dwain Chambers" is no body), unless it opens a firm's name with
        its legal form and no one else's, nor a word of the dictionary ("Foreign Secretary"
        speaks of no office), unless it opens such a firm's name, or one of two words that ends
        with its trade, or is a Romance head that opens a body the table knows, and the source
        never writes it in lower case: "grab Mercantile or Commerce" of "Mercantile Bancorp
        Inc.", "Cairn said" of "Cairn Energy", "earn Real a point" of "Real Madrid".
        """
        opened = self._opened_by(word)  # none for a unit's own name: "Daiwa, the U.S. unit of ..."
        if not opened:
            return None  # most words: no need to ask who bears them
        if word.lower() in english_words():
            if self._in_lower_case(word) or word.isupper():
                return None
            # Or the table's body a Romance head opens: "Real" for "Real Madrid", when "real"
            # is nowhere lower case; not "Foreign" for "Foreign Office".
            opening = word.lower() in OPENING_ORG_HEADS
            # Or a firm of two words, the second its trade's: "Cairn" for "Cairn Energy"; not a
            # party's word ("some Socialist gains" beside "Socialist International").
            traded = word.lower() not in MEMBERS and word.lower() not in nationalities()
            firms = {
                body
                for body in opened
                if _LEGAL_FORM.search(body)
                or opening
                and body_name(body) == body
                or traded
                and body.count(" ") == 1
                and body.split()[1].lower() in _TRADES
            }
            return firms.pop() if len(firms) == 1 and len(opened) == 1 else None
        named = word.lower() in first_names()
        # A firm with its legal form goes by its first word in wire copy, even a first name
        # when no one the source names goes by it: "Todd" for "Todd Shipyards Corp".
        firm = not any(word in person.name.split() for person in self.people)
        # Two words no list knows are a firm's name its first word stands for: "Cadbury said" of
        # "Cadbury Schweppes"; not a body of the table's own ("Google" beside "Google Analytics").
        known = word.lower() in organisations() or word.lower() in places()
        found = {
            body
            for body in opened
            if (
                len(body.split()) == 2
                and not named
                and (body.split()[-1].lower() in ORG_HEADS or not known and _unlisted(body.split()[-1]))
            )
            or (firm and _LEGAL_FORM.search(body) is not None)
        }
        if not found and firm and not known:
            # ... or a bank's, a trust's or a fund's: "Permian" for "Permian Basin Royalty Trust".
            found = {body for body in opened if _closed_by_a_firm_s_head(body[len(word) :])}
        if len(found) > 1 and not any(body.split()[1] in _PARENTS for body in found):
            # The one the word and its legal form name: "Dana" for "Dana Corp", beside its "Dana
            # Credit Corp"; not "USAir Inc" beside "USAir Group Inc", its parent.
            found = {body for body in found if not _LEGAL_FORM.sub("", body[len(word) :]).strip(" ,.")}
        return _one(found)

    @cached_property
    def _units(self) -> frozenset[str]:
        """Return the lone words the source sets off as a part of a firm they open: "Daiwa, the unit of"."""
        return frozenset(unit[1] for unit in _UNIT_SET_OFF.finditer(self._joined))

    def bodies_ending(self, head: str) -> set[str]:
        """Return the bodies the source names whose name ends with a head word ("Brent Council")."""
        return {body for body in self.bodies if body.endswith(" " + head)}

    def is_term(self, acronym: str) -> bool:
        """Tell whether the source writes the words an acronym abbreviates in lower case ("CSE")."""
        if acronym not in self._terms:
            letters = r"[a-z]*[ -]".join(map(re.escape, acronym.lower()))  # "AT&T", a wire's "(FRANCE"
            # Defined once in lower case, "interquartile range (IQR)", it is a term at any length.
            # Not so after capitalised words: "Mothers Against Drunk Driving (MADD)" is a body.
            defined = self._defined_in_lower_case(acronym)
            # Written in the plural, it is a common noun: "CFLs", "ROVs", "NGOs".
            plural = (
                acronym + "s" in self._written["words"]
                if acronym.isalnum()
                else re.search(rf"(?<![\w-]){re.escape(acronym)}s\b", self._joined) is not None  # "HD-DVDs"
            )
            # Written mostly after an amount, it is a unit or a currency: "25 CUC", "40 MW";
            # not after a year ("the 2012 GOP primary"), nor before a number, which may be
            # a body's standard ("ISO 639-3").
            uses = amounts = labels = 0
            reckoned = product = thing = False
            for use in re.finditer(rf"(?<![\w.]){re.escape(acronym)}(?!\w)", self._joined):
                uses += 1
                labels += self._form_s_field(use.end())
                # After a body the table knows, its product: "Nintendo DS", then "the DS".
                product = product or self._product(use.start())
                # Defined after a law's or a treaty's name: "Freedom of Information Act (FOIA)".
                thing = thing or self._a_thing_s(use.start(), use.end())
                # Looked for back from each use, a few characters: cheap.
                before = _AMOUNT_BEFORE.search(self._joined, max(0, use.start() - 16), use.start())
                amounts += before is not None and not re.fullmatch(YEAR, before[1])
                # "IQR = Q3 – Q1", "1.5 × IQR": a quantity in a formula, which no body is.
                reckoned = reckoned or bool(
                    _OPERATOR_AFTER.match(self._joined, use.end())
                    or _OPERATOR_BEFORE.search(self._joined, max(0, use.start() - 3), use.start())
                )
            measured = 2 * amounts > uses or reckoned or 0 < labels == uses
            self._terms[acronym] = (
                bool(defined)
                or plural
                or measured
                or self._spelled_twice(acronym, letters)
                or self._spelled_as_a_term(acronym)
                or product
                or thing
            )
        return self._terms[acronym]

    def _form_s_field(self, end: int) -> bool:
        """Tell whether capitals ending at end label a form's field: "ISSUER: Bay Co ST: MI"."""
        # Another field on the same line tells a form from a transcript's "KELLY: Thank you".
        if not self._joined.startswith(": ", end):
            return False
        line_end = self._joined.find("\n", end)
        line_end = len(self._joined) if line_end < 0 else line_end
        return _FORM_FIELD.search(self._joined, end + 2, line_end) is not None

    def _product(self, start: int) -> bool:
        """Tell whether initials written at start follow a body the table knows: "Nintendo DS"."""
        before = _WORD_BEFORE.search(self._joined, max(0, start - 40), start)
        return before is not None and body_name(before[1]) is not None

    def _a_thing_s(self, start: int, end: int) -> bool:
        """Tell whether initials written at start are defined after a law's, a war's or a rate's name.

        In brackets, "Freedom of Information Act (FOIA)", or set off by commas: "the Export
        Enhancement Program, EEP,". A rate's in lower case too: "money market rate (TAM)".
        """
        joined = self._joined
        if joined[start - 1 : start] == "(" and joined[end : end + 1] == ")":
            opened = start - 1
        elif joined[start - 2 : start] == ", " and joined[end : end + 1] == ",":
            opened = start - 2
        else:
            return False
        before = _WORD_ENDING.search(joined, max(0, opened - 40), opened)
        return before is not None and (
            before[1][:1].isupper() and before[1].lower() in _THINGS_DEFINED or before[1] in _RATES
        )

    def _defined_in_lower_case(self, acronym: str) -> bool:
        """Tell whether lower-case words spell an acronym just before its brackets.

        "interquartile range (IQR)", small words between too: "soil moisture and ocean
        salinity (SMOS)". Read back from each "(IQR)": no pattern made for each acronym.
        """
        letters = acronym.lower()
        if not letters.isalpha():
            return False
        # In brackets, or set off by commas: "an employee stock ownership plan, ESOP,".
        for written in (f" ({acronym})", f", {acronym},"):
            at = self._joined.find(written)
            while at >= 0:
                before = _WORDS_BEFORE.findall(self._joined, max(0, at - 150), at)
                if _spells(before, letters):
                    return True
                at = self._joined.find(written, at + 1)
        return False

    def _spelled_as_a_term(self, acronym: str) -> bool:
        """Tell whether the source spells an acronym out in capitalised common words, no body's.

        "Geographic Information Systems (GIS)", "a System Under Test (SUT)", "the Digital
        Humanities" for "DH": a field or a thing, where a body's name ends with its head word
        ("Disasters Emergency Committee") or is one the table knows ("Electronic Arts").
        """
        letters = acronym.replace("-", "")  # "Formal Equivalence (F-E)"
        if not (letters.isalpha() and letters.isupper() and len(letters) >= 2):
            return False
        # Once before its brackets, or twice: "Cry Wolf" once is a film, not what "CW" stands for;
        # or spelled out in brackets after it: "ROS [Reactive Oxygen Species, the group ...]".
        times: Counter[str] = Counter()
        for phrase, start, end in self._spelled.get(letters, ()):
            defined = self._joined.startswith(f" ({acronym})", end) or self._joined[
                max(0, start - len(acronym) - 2) : start
            ] in (f"{acronym} (", f"{acronym} [")
            times[phrase] += 2 if defined else 1
        spelled = {phrase for phrase, count in times.items() if count >= 2}
        if not any(
            all(word.lower() in english_words() for word in phrase.split())
            # A head anywhere: "Office of the Deputy Prime Minister", "Associated Cement Companies".
            and not {word.lower() for word in phrase.split()} & _HEADS_AND_PLURALS
            # A campaign's name: "Unite Against Fascism", "Mothers Against Drunk Driving".
            and not _CAMPAIGN.search(phrase)
            and phrase not in self.bodies
            and not body_name(phrase)
            for phrase in spelled
        ):
            return False
        # A body of common words still acts as one, often: "DOD did not appear", "SI kept the
        # game's code", "the MADD spokesman"; a field may once ("in DH needed more training").
        uses = re.findall(rf"\b{re.escape(acronym)}\b(['’]s\b|\s+[a-z]+)?", self._joined)
        acts = sum(bool(after) and bool(_ACTS.fullmatch(after.strip())) for after in uses)
        return 4 * acts < len(uses)

    @cached_property
    def _spelled(self) -> dict[str, list[tuple[str, int, int]]]:
        """Map initials to where capitalised words spell them: "GIS" to "Geographic Information Systems"."""
        spelled: dict[str, list[tuple[str, int, int]]] = {}
        for run in _CAPITALISED_WORDS.finditer(self._joined):
            words = [(w[0], w.start(), w.end()) for w in re.finditer(r"\S+", run[0])]
            capitals = [k for k, (word, _, _) in enumerate(words) if word[0].isupper()]
            # Every stretch from one capitalised word to a later one, small words between.
            for n, first in enumerate(capitals):
                for last in capitals[n + 1 : n + 10]:
                    stretch = words[first : last + 1]
                    initials = "".join(word[0] for word, _, _ in stretch if word[0].isupper())
                    phrase = " ".join(word for word, _, _ in stretch)
                    start, end = run.start() + stretch[0][1], run.start() + stretch[-1][2]
                    spelled.setdefault(initials, []).append((phrase, start, end))
                    # Some initials take the small words' too: "Interview of the Month (IOTM)".
                    every = "".join(word[0] for word, _, _ in stretch).upper()
                    if every != initials:
                        spelled.setdefault(every, []).append((phrase, start, end))
        return spelled

    def _spelled_twice(self, acronym: str, letters: str) -> bool:
        """Tell whether the source writes an acronym's words in lower case twice, words of substance."""
        # "child sexual exploitation" for "CSE", not "civil servants are".
        phrases = Counter(re.findall(rf"\b{letters}[a-z]*\b", self._joined))
        return len(acronym) >= 3 and any(
            count >= 2 and not set(re.split(r"[ -]", phrase)) & _GRAMMAR for phrase, count in phrases.items()
        )

    def canonical(self, mention: Mention, text: str = "") -> tuple[str, str] | None:
        """Return (kind, canonical name) for a mention in a text, or None when it is no entity."""
        found = self._canonical(mention, text)
        if (
            found
            and found[0] == PERSON
            and not (mention.honorific or mention.titles)
            and len(mention.words) > 1
            and PLACED_BEFORE.search(text, max(0, mention.start - 10), mention.start)
            and state_named_after(text, mention)
            and not a_title_after_the_state(text, mention)
        ):
            # "marched from Sandy Hook, Maryland": a town in its state, no one; not "met John
            # Smith, Texas governor"
            found = PLACE, mention.text
        if found and found[0] == PLACE and (state := state_after_town(text, mention, found[1])):
            # "Cambridge, Massachusetts" is one place, told from England's, as US writers name
            # it; without the comma, which separates the index's names ("Washington D.C.").
            town = found[1]
            if town.isupper() and min(map(len, town.split())) > 2:
                town = town.title()  # a dateline's town in capitals: "FARMINGTON HILLS, Mich."
            return PLACE, f"{town} {state}"
        if (
            found
            and found[0] == ORGANISATION
            and " " not in found[1]
            and (titled := body_name(f"The {found[1]}")) in self.bodies
        ):
            # "his Spectator interview" where the source names "The Spectator": the paper the
            # table names with its article, though alone a word of the dictionary.
            return ORGANISATION, titled
        if found and found[0] == ORGANISATION and (fuller := self._headed(found[1])):
            return ORGANISATION, self.organisation(fuller)
        return found

    def _canonical(self, mention: Mention, text: str) -> tuple[str, str] | None:
        if mention.code:
            # "NORFOLK SOUTHERN <NSC>" of "Norfolk Southern Corp"; a code that spells no body the
            # source or the table names is none ("<UK>" of Union Carbide, "<ROK.N>" of Rockwell).
            found = self.organisation(mention.text)
            if found == mention.text or _another_s_code(text, mention, found):
                return None
            return ORGANISATION, found
        if (
            _GRADE.fullmatch(mention.text)
            and _RATED.search(text, max(0, mention.start - 50), mention.end + 30)
            and mention.text not in self.acronyms
            and mention.text not in self._spelled_bodies
        ):
            # "rated AAA by Moody's", "cut Italy to BBB-": a credit rating; "AAA said petrol
            # prices rose" is the motoring club, and "the CCC" a body the source spells out.
            return None
        words = mention.words
        if mention.kind == ORGANISATION and (whole := self._inside_words_body(mention, text)):
            return ORGANISATION, whole  # "Against Child Abuse, a Hong Kong charity": not "Child Abuse"
        if (firm := self._firms_across_and.get((text, mention.start))) is not None:
            return ORGANISATION, firm  # "Woodward and Lothrop, a privately held retailer": one firm
        if (
            # A country's row stays the country's, as its results do: "Italy 3 2 1 0 5 2 7".
            (mention.kind in (PERSON, "unknown") or mention.kind == PLACE and not a_country(mention.text))
            and not (mention.honorific or mention.titles)
            and mention.text in self._standings_sides
        ):
            # "Lech Poznan 7 5 0 2 12 9 15", then "Sokol Tychy 5 Lech Poznan 3": a side the
            # source ranks, though "Lech" is a given name and Poznan a town.
            return ORGANISATION, self.club_of(mention.text) or mention.text
        if (shared := self._shared.get((text, mention.start))) is not None:
            # "Mohammed and Bassam Karrar": Mohammed Karrar, whichever other Mohammed the source
            # names; not "Travis and Jim Bowie" where Travis is William B. Travis.
            person = self.find(shared)
            if (
                person is not None
                and person.name == shared
                and not any(other.last == mention.text for other in self.people)
            ):
                return PERSON, person.name
        if (
            mention.kind in ("unknown", PLACE)
            and len(words) <= 2
            # A town the gazetteer knows stays the town: "studied medicine at Basel".
            and mention.text.lower() not in places()
            and mention.text.lower() not in towns()
            and _SCHOOLED_BEFORE.search(text, max(0, mention.start - 50), mention.start)
            and not _NOUN_AFTER.match(text, mention.end)  # "attended Geneva talks": what it names
            and not text.startswith(("'", "’"), mention.end)  # "attended Trump's wedding": whose
            and self.find(mention.text) is None
        ):
            # "studied violin at Juilliard", "attended Camp Wycliffe": a school, no place.
            return ORGANISATION, body_name(mention.text) or mention.text
        if (
            len(words) == 2
            and mention.kind == "unknown"
            and words[0].lower() in _REGIMES
            and a_country(canonical_place(words[1]))
        ):
            return PLACE, canonical_place(words[1])  # "Nazi Germany", "Victorian England": the country
        if (
            mention.kind == ORGANISATION
            and " " not in mention.text
            and mention.text.lower() in ORG_HEADS
            and not text.endswith(("the ", "The "), 0, mention.start)
            and (person := self.find(mention.text)) is not None
            and person.last == mention.text
        ):
            return PERSON, person.name  # "Post said" after "David Post": him, no paper
        if (
            mention.kind == ORGANISATION
            and " " not in mention.text
            and mention.text.lower() in places()
            and (
                _LAND_AFTER.match(text, mention.end)
                # "in the Amazon", "the waters of the Amazon": a firm named by a word of the
                # dictionary goes without "the".
                or mention.text.lower() in english_words()
                and (
                    _LAND_BEFORE.search(text, max(0, mention.start - 20), mention.start)
                    # "a plan for the Amazon.": "the" before, nothing it names after
                    or text.endswith("the ", 0, mention.start)
                    and _CLAUSE_ENDS_AFTER.match(text, mention.end) is not None
                )
            )
        ):
            return PLACE, mention.text  # "the Amazon basin", "Amazon jungle": the land, not the firm
        if (
            mention.kind in ("unknown", PLACE)
            and len(words) == 1
            and _CODED.fullmatch(words[0])
            and _CODED_REBELS_AFTER.match(text, mention.end)
        ):
            return ORGANISATION, mention.text  # "the M23 rebels": a movement named by a code, no road
        if (
            mention.kind == "unknown"
            and len(words) == 2
            and words[1].lower() in _OPEN_GROUND
            and words[0].lower() not in first_names()
            and words[0].lower() not in english_words()
            and PUT_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        ):
            return PLACE, mention.text  # "wounded at Mametz Wood", "near Cannock Chase": ground, no one
        if (
            mention.kind == PERSON
            and len(words) == 2
            and not (mention.honorific or mention.titles)
            and words[0].lower() in towns()
            and plural_of_a_word(words[1])
            and results_line(text, mention)
        ):
            return ORGANISATION, mention.text  # "Wigan 42 Bradford Bulls 36": a club, "Bradford" a name too
        if (
            mention.kind in ("unknown", PERSON)
            and not (mention.honorific or mention.titles)
            and mention.text in self._clubs_named_for_towns
        ):
            return ORGANISATION, mention.text  # "beat Vitesse Arnhem 3-1": a club, no one named Arnhem
        if (
            mention.kind == ORGANISATION
            and len(words) == 1
            and mention.text.endswith(("'s", "’s"))
            and (someone := self._surname_of_a_firm(mention.text))
        ):
            # "Sainsbury's Labour election gift" where the source names Lord Sainsbury: his,
            # though the table's firm is written so.
            return PERSON, someone.name
        if self.general_s_firm(mention, text):
            return ORGANISATION, self.organisation(f"General {words[0]}")  # "General Tire said"
        if words[0] == "Statistics" and a_country(" ".join(words[1:])):
            return ORGANISATION, mention.text  # "Statistics Canada": a country's office of statistics
        if (
            mention.kind in (PERSON, "unknown")
            and "-based" in text[max(0, mention.start - 30) : mention.start]  # most text has none
            and _BASED_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            and not (mention.honorific or mention.titles)
            and words[0].lower() not in first_names()
            # "a D.C.-based Democratic strategist": a party's or a people's adjective, no body.
            and words[0].lower() not in MEMBERS
            and words[0].lower() not in nationalities()
            # Not a person the source names in full: "London-based Levy's novel" of Andrea Levy.
            and not self._someone_s_surname(words[-1], besides=mention.text)
        ):
            # "Hong Kong-based Hutchison Whampoa": where a body is based; "Miami-based Wallco",
            # the "Wallco Inc" the source names.
            found = self.firm_without_form(mention) or (len(words) == 1 and self.body_for(words[0]))
            # "Texas-based Meals on Wheels Plus": the whole name after "-based", past its small words.
            whole = next(
                (
                    n
                    for n in self._based_names
                    if n.startswith(mention.text + " ") and text.startswith(n, mention.start)
                ),
                mention.text,
            )
            return ORGANISATION, found or self.organisation(whole)
        # "the Republican party": a party the table knows, its head in lower case as some outlets write it.
        if _PARTY_AFTER.match(text, mention.end) and (party := body_name(mention.text + " Party")):
            return ORGANISATION, party
        if (
            mention.kind in (PERSON, PLACE, "unknown")
            and _PARTY_AFTER.match(text, mention.end)
            and (kind := _PARTY_S_KIND_BEFORE.search(text, max(0, mention.start - 30), mention.start))
            # A country's, not anyone's: "Johnson's Downing Street party" was a gathering.
            and (kind[1] is None or kind[1].lower() in countries())
            and mention.words[-1].lower() not in place_heads()[1] | _FEASTS
        ):
            return ORGANISATION, mention.text  # "Japan's Komeito party", "the ruling Pheu Thai party"
        if (
            mention.kind in (PERSON, "unknown")
            and len(words) > 1
            and not (mention.honorific or mention.titles)
            and _BLOC_AFTER.match(text, mention.end)
            and (
                THE_BEFORE.search(text, max(0, mention.start - 4), mention.start)
                or _PARTY_S_KIND_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            )
            # "the Hillary Clinton coalition" is hers; "Kenya" is a place first, and "Olive Tree"
            # a dictionary's word after a given name.
            and (
                words[0].lower() not in first_names()
                or words[0].lower() in places()
                or words[-1].lower() in english_words()
                and words[-1].lower() not in first_names()
            )
        ):
            return ORGANISATION, mention.text  # "the Kenya Kwanza alliance": no one's, the bloc's name
        if mention.kind == "unknown" and (body := self._named_in_full(mention.text)):
            return ORGANISATION, body  # "Tusla", set off as "the Child and Family Agency"
        if mention.kind in (PERSON, "unknown") and mention.text in self._glossed_places:
            return PLACE, mention.text  # "Hasht Behesht (The Palace of Eight Paradises)": in its tongue
        if (
            mention.kind == PERSON
            and len(words) > 1
            and not (mention.honorific or mention.titles)
            and mention.text in self.bodies
        ):
            # "Joy Division story to become film" where the source names "Joy Division singer
            # Ian Curtis": one name, one kind in a source.
            return ORGANISATION, self.organisation(mention.text)
        if (
            mention.kind in (PERSON, "unknown")
            and len(words) > 1
            and not (mention.honorific or mention.titles)
            and (partners := self._partners_opened_by(mention.text))
        ):
            return ORGANISATION, partners  # "Kleiner Perkins" of "Kleiner Perkins Caufield & Byers"
        if (
            mention.kind in (PERSON, "unknown")
            and len(words) == 1
            and text.startswith(("'s", "’s"), mention.end)
            and not KIN_AFTER_A_POSSESSIVE.match(text, mention.end)  # "Lloyd's wife": his
            and not self._someone_s_surname(mention.text)
            and (owned := self._bodies_opened_by(mention.text + "'s"))
        ):
            return ORGANISATION, owned  # "Lloyd's plans" of "Lloyd's of London": the firm, no one's
        if firm := self.firm_without_form(mention) or self._firm_named_as_a_place(mention, text):
            return ORGANISATION, firm  # "Clark Equipment" of "Clark Equipment Co"
        if (
            mention.kind in (PERSON, "unknown")
            and len(words) > 1
            and not (mention.honorific or mention.titles)
            and mention.text in self._initialled_names
            and words[0].lower() not in familiar_first_names()
        ):
            # "Hindustan Aeronautics (HAL)": a name the source gives initials to is a body's, not
            # someone's ("John Fitzgerald Kennedy (JFK)" stays him).
            return ORGANISATION, self.organisation(mention.text)
        if (
            mention.kind != ORGANISATION
            and (
                mention.text in self._listed_bodies
                # "Antara quoted him as saying": an outlet, not someone the source names.
                or mention.text in self._quoting_outlets
                and not self.person(mention)
            )
            # A country stays a place: "to the Netherlands, the agency in The Hague said".
            and not (mention.kind == PLACE and a_country(mention.text))
        ):
            return ORGANISATION, self.organisation(mention.text)  # "firms such as Blinkx and Copernic"
        if mention.kind in (PERSON, "unknown") and self._listed_place(mention.text):
            return PLACE, canonical_place(mention.text)  # "the islands Marie Galante, Les Saintes"
        if (
            mention.kind in (PERSON, "unknown")
            and len(words) > 1
            and not (mention.honorific or mention.titles)
            and mention.text.lower() in towns()
        ):
            return PLACE, mention.text  # "Beverly Hills", "Santa Rosa": a town, though a given name opens it
        if mention.titles and (town := titled_town(text, mention)):
            return PLACE, town  # "in Prince Rupert, British Columbia": a title opens a town's name too
        if mention.kind == ORGANISATION and an_office(words):
            if words[0].lower() in PEERAGES and all(w[:1].isupper() for w in words[2:]):
                # "Earl of Snowdon": a peer's title is a place's, though no gazetteer holds it.
                return PLACE, canonical_place(" ".join(words[2:]))
            return self._office(words[2:])
        if (
            mention.kind == ORGANISATION
            and len(words) == 1
            and len(mention.text) >= 4
            and (mention.start == 0 or text[: mention.start].isspace())
            and not body_name(mention.text)
            and state_named_after(text, mention)
        ):
            return PLACE, mention.text.title()  # a dateline's town in capitals: "NASHUA, N.H. -"
        if (
            mention.kind in (ORGANISATION, PERSON, "unknown")
            and mention.text.isupper()
            and len(mention.text) >= 4
            and (mention.start == 0 or text[: mention.start].isspace())
            # "NICE, France 1996-08-30": the town, though the table's body has its initials
            and (not body_name(mention.text) or mention.text.lower() in towns())
            and mention.text not in self._listed_bodies
            and wire_dateline(text, mention.end)
        ):
            return PLACE, canonical_place(mention.text).title()  # "TAVILDARA, Tajikistan 1996-08-30"
        if (
            mention.kind in (ORGANISATION, PLACE)
            and len(words) == 1
            and mention.text in self._cited
            # In brackets of citations, "(Chambers, 2017; ...)", a place's name is an author's too;
            # before a year in brackets, only a body's is: "in Paris (1927)" is the city.
            and (
                _CITED_IN_BRACKETS.match(text, mention.end)
                or mention.kind == ORGANISATION
                and _YEAR_IN_BRACKETS.match(text, mention.end)
            )
            and not a_country(mention.text)  # "(Salt Publishing, Cambridge, UK, 2008)": where, when
        ):
            return PERSON, mention.text  # "Chambers, 2017;": an author, no body
        if mention.kind == ORGANISATION:
            acronym = mention.text
            town = TOWN_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            if town and state_code_after(text, town.start(1)):
                return PLACE, state_codes()[acronym]  # "Coffeyville, KS": the state, no body
            if acronym.isupper() and acronym not in self.acronyms and not body_name(acronym):
                if self.is_term(acronym):
                    return None  # "cases of CSE" where the source speaks of child sexual exploitation
                if len(acronym) == 2 and acronym.isalpha() and not self._acts_as_a_body(acronym):
                    # "SI interpretations", "at JA 261", "August MO data": two letters no table
                    # holds are a body only where the source lets them act as one ("GM said",
                    # "BA's flights", "the FA").
                    return None
                # A transcript's "PADILLA" after "ALEX PADILLA"; "AMLO", "MBS": someone's
                # initials, though not after "the", which a body's take ("the ABC").
                the = THE_BEFORE.search(text, max(0, mention.start - 5), mention.start)
                person = self.find(acronym) if len(acronym) >= 4 or not the else None
                if person:
                    return PERSON, person.name
            if (
                len(words) == 1
                and words[0].lower() in ORG_HEADS
                and mention.start == 0
                and _HEADING.fullmatch(text)
            ):
                return None  # a heading's "College career", "Council tax": a head word as a noun's modifier
            owner, mark, owned = mention.text.replace("’s ", "'s ").partition("'s ")
            if mark and self._opens_a_firm(owner):
                # "Spencer's Happy Legs Inc" beside "Spencer Cos Inc": the owner's firm
                return ORGANISATION, self.organisation(owned)
            if (ticker := TICKER_AFTER.match(text, mention.end)) and (
                firm := self._listed_as(mention.text, ticker[0].strip(" <>"))
            ):
                return ORGANISATION, firm  # "NORSTAR <NOR>" over a story of "Norstar Bancorp"
            name = self.organisation(mention.text)
            if _AN_INDEX_AFTER.match(text, mention.end) and not name.endswith(_EXCHANGES):
                # "the Dow Jones industrial average", "the FTSE 100 index": a market's measure; an
                # exchange's ("the KSE index") names the exchange a reporter would filter by.
                return None
            # "the Government", "the Court": which one, the source does not say.
            return None if name.lower().rstrip(".") in GENERIC_BODIES else (ORGANISATION, name)
        if mention.kind == PLACE:
            full = self.acronyms.get(mention.text)
            if mention.text.isupper() and full and full.lower() not in places():
                # "Saudi American Bank (SAMBA) ... SAMBA managing director": the bank's initials
                # the source defined, though a town's name ("Samba") too
                return ORGANISATION, self.organisation(full)
            if (
                len(words) == 1
                and words[0].endswith("ing")
                and opens_sentence(text, mention.start)
                and _PARTICIPLE_S_OBJECT_AFTER.match(text, mention.end)
            ):
                return None  # "Reading from line E a quote": a verb opening a sentence, no town
            if _STREETS_AFTER.match(text, mention.end):
                return None  # "the corner of California and Dupont streets": streets, not the state
            if len(words) > 1 and mention.text.lower() not in places() and self._dealt_in(mention.text):
                # "Shares in Mentmore Abbey": a firm, named like a place by its last word only
                return ORGANISATION, self.organisation(mention.text)
            if (
                mention.text in self.works
                and not realm(canonical_place(mention.text).lower())
                and not WHERE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            ):
                return None  # "the play Hamilton ... Hamilton opened": a work, not the town
            # "Leeds 2 Chelsea 1", "MONTREAL 71 61 .538 12": a result's or a table's side, not a
            # scorer the source names in full ("Holland 14" after "Matt Holland"); "Surrey" again
            # after "Surrey captain Chris Lewis".
            if (
                # Not someone the source names in full: "Davenport defeated" after "Lindsay Davenport".
                club_by_its_town(text, mention)
                and not (len(words) == 1 and self._someone_s_surname(mention.text))
                or self._results_side(text, mention)
                or self._side_elsewhere(mention, text)
            ):
                # "Chelsea beat Arsenal", "Leicester boss"; "Leeds" is the "Leeds United" named.
                # "Aston's chief executive", a firm's, after "Aston Martin".
                firm = self._firm_opened_by(mention.text) if mention.text in self._firm_words else None
                return ORGANISATION, self.club_of(mention.text) or firm or mention.text
            if (
                len(words) == 1
                and not WHERE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
                and self._speaks_as_a_firm(words[0])
                and not self._someone_s_surname(mention.text)  # "Ashmun said" after "John Ashmun"
            ):
                # "Orange said in a statement that its brand": the firm; "Delta said it" the
                # "Delta Business Systems Inc" the source names.
                firms = self._firms_opened_by(mention.text)
                return ORGANISATION, self.organisation(firms.pop()) if len(firms) == 1 else mention.text
            if firm := self.firm_speaking(mention, text):
                return ORGANISATION, firm  # "Delta said" of "Delta Air Lines Inc": the firm
            if (
                len(words) == 1
                and words[0] in self._firm_words
                and not realm(canonical_place(words[0]).lower())
                and (
                    not WHERE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
                    or _FIRM_DEALT_BEFORE.search(text, max(0, mention.start - 20), mention.start)
                )
            ):
                # "Hilton's shareholders"; "Aston's chief executive" after "Aston Martin".
                return ORGANISATION, self.body_for(words[0]) or self._firm_opened_by(words[0]) or words[0]
            if (
                len(words) == 1
                and words[0].lower() in first_names()
                and _ALIAS.search(text, max(0, mention.start - 80), mention.start)
            ):
                return PERSON, mention.text  # "a woman known only as Elizabeth": her, not the town
            if (
                len(words) == 1
                and words[0].lower() in first_names()
                and _KIN_ENDING.search(text[max(0, mention.start - 30) : mention.start].rstrip(", "))
            ):
                return PERSON, mention.text  # "Reagan's wife, Nancy,", "her son Austin": no town's kin
            person = self.find(mention.text) if len(words) == 1 else None
            if (
                person
                # "Matdos Santos ... dos Santos says": the full name just before, in the
                # paragraph; not a brand's ("HealthSpace Cleveland").
                and (
                    surname_of(person, mention.text)
                    or text.rfind(person.name, 0, mention.start) >= 0
                    and person.first.istitle()
                    # "Miyazaki won an Oscar" after "Hayao Miyazaki": what only someone does,
                    # though the source gives no sign that "Hayao" is a first name; "Washington,
                    # who climbed back" after "MaliVai Washington": a town is no "who".
                    # "that Banda, who died last year" after "Kamuzu Banda": wherever it stands.
                    or (
                        _SOMEONE_DOES_AFTER.match(text, mention.end)
                        and opens_sentence(text, mention.start)
                        or _WHO_AFTER.match(text, mention.end)
                    )
                    and (person.first.istitle() or CAMEL_GIVEN.fullmatch(person.first) is not None)
                    and person.first.lower() not in english_words() | places() | nationalities()
                )
                and (not among_places(text, mention) or _WHO_AFTER.match(text, mention.end))
            ):
                # "Radcliffe said" after "Paula Radcliffe": her, not the town; "approval from
                # Warren, who is popular": a place is no "who".
                return PERSON, person.name
            if (
                person is None
                and len(words) == 1
                and _SOMEONE_DOES_AFTER.match(text, mention.end)
                and (inside := self._inside_someone_s_name(words[0]))
            ):
                # "Rodriguez said" after "Mario Rodriguez Montero", "Yao said" after "Yao Liu": a
                # word of the one name the source gives in full, no town that speaks.
                return PERSON, inside.name
            if len(words) == 1 and FAMILY_AFTER.match(text, mention.end):
                return None  # "the Kennedy family": a family, neither the town nor one of them
            if len(words) == 1 and a_relative(text, mention):
                # "His son George", "Bill, Hillary, and Chelsea": someone, not the town
                return PERSON, person.name if person else mention.text
            if (
                len(words) == 1
                and words[0] in self._thought
                and not a_country(words[0])  # "Britain's theory": the state's
                and not among_places(text, mention)
            ):
                # "Newton's concept of the gravitational force ... Newton considered": the
                # physicist wherever the source does not put something in the town.
                return PERSON, person.name if person else mention.text
            if (
                len(words) == 1
                and (
                    self._common_word(words[0])
                    # "Sale of farm tractors fell": a word of the dictionary, opening a sentence
                    # before what it is of, though the source writes it nowhere else
                    or words[0].lower() in english_words()
                    and _OF_A_THING_AFTER.match(text, mention.end) is not None
                )
                and (
                    opens_sentence(text, mention.start)
                    or not (words[0].isupper() or among_places(text, mention))
                )
            ):
                # "Mobile phone firms ...", "Reading the report": a word, capitalised to open;
                # "the film Man to Man", where the source writes "man" too: a title's word.
                return None
            if (
                len(words) == 1
                and fold_quotes(words[0].lower()) in towns_named_by_a_word()
                and not (words[0].isupper() or among_places(text, mention))
                and not text.endswith("of ", 0, mention.start)
                and not listed_among_places(text, mention)
            ):
                # A town named by a word and nothing bigger is the word unless the sentence
                # puts it there: "Commonwealth champion", "Star Trek: Enterprise"; not "born in
                # Surprise", "the mayor of Providence".
                return None
            if (
                len(words) == 1
                and not a_country(words[0])
                and (in_a_line_up(text, mention) or self._squad_of_surnames(text))
            ):
                # "Replacements: Fortey, Murphy, Daly, Cole, Hayes, Trueman": a team sheet's
                # player, though "Hayes" is a town.
                person = self.person(dataclasses.replace(mention, kind=PERSON))
                return PERSON, person.name if person else mention.text
            # "Washington, D.C.": the table names the city with its state's initials, one place.
            state = STATE_AFTER.match(text, mention.end)
            if state and (city := canonical_place(mention.text + state[0])) != mention.text + state[0]:
                return PLACE, city
            return PLACE, canonical_place(mention.text)
        if (
            self._placed(mention)
            or a_hall(text, mention)
            or in_a_place(text, mention)
            or named_area(text, mention)
            or home_after_age(text, mention)
            # "to Palestinian-ruled Ramallah", "Serb-held Doboj": a territory someone holds
            or mention.kind == "unknown"
            and _HELD_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        ):
            # "in Basse Casamance", "to Guinea Bissau", "from Hilton Head, South Carolina": no one's name
            return PLACE, mention.text
        if self.company(mention):
            # "Krispy Kreme shares": a company; "shares of Emerson" the "Emerson Electric Co" named
            name = self.body_for(mention.text) if len(words) == 1 else None
            name = name or self.organisation(mention.text)
            if name == mention.text and len(words) == 1 and (firm := self._firm_opened_by(name)):
                # "Taft stock" of "Taft Broadcasting Co", though someone named is a Taft
                name = self.organisation(firm)
            return ORGANISATION, name
        if (
            mention.kind == "unknown"
            and len(words) == 1
            and _FIGHTERS_AFTER.match(text, mention.end)
            and words[0].lower() not in nationalities()
            # "Rebel fighters", "Unidentified gunmen": a word, capitalised to open a sentence
            and not (words[0].lower() in english_words() and opens_sentence(text, mention.start))
        ):
            return ORGANISATION, self.organisation(mention.text)  # "Wagner mercenaries": the group's
        if (
            mention.kind == "unknown"
            and len(words) == 1
            and words[0].lower() not in english_words()
            and words[0].lower() not in first_names()
            and SIDE_ONLY_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            and not self.find(mention.text)  # "a debut for Jansher" after "Jansher Khan": him
        ):
            return ORGANISATION, self.club_of(mention.text) or mention.text  # "a goal for Volendam"
        if (
            mention.kind in (PERSON, "unknown")
            and not mention.titles
            and _PART_JUST_BEFORE.search(text, max(0, mention.start - 14), mention.start)
            and words[0].lower() not in familiar_first_names()
        ):
            return ORGANISATION, self.organisation(mention.text)  # "capacity at unit Brique Citadelle"
        if mention.kind in (PERSON, "unknown") and self._staff_s_firm(mention):
            # "a Paine Webber spokesman", "an analyst at Robert W. Baird": a firm's
            return ORGANISATION, self.organisation(mention.text)
        if mention.kind == "unknown" and (
            self._results_side(text, mention) or self._side_elsewhere(mention, text)
        ):
            return ORGANISATION, mention.text  # "Puchon 2 Chonbuk 1", then "Puchon beat": sides no list knows
        if (
            mention.kind == PERSON
            and len(words) == 2
            and not (mention.honorific or mention.titles)
            and words[0].lower() in places()
            and plural_of_a_word(words[1].lower())
            and PLAYER_AFTER.match(text, mention.end)
        ):
            return ORGANISATION, mention.text  # "Dallas Mavericks guard Luka Doncic": his club
        if firm := self._firm_cut_short(mention):
            return ORGANISATION, self.organisation(firm)  # "Sperry Marine" of "Sperry Marine Systems"
        person = self.person(mention)
        if person:
            return PERSON, person.name
        if mention.kind == "unknown" and len(words) == 1 and self._squad_of_surnames(text):
            return PERSON, mention.text  # "Given, Breen, Staunton, Irwin, McAteer, ...": a squad's player
        if mention.kind == "unknown" and mention.text in self.spoken_for:
            return ORGANISATION, self.organisation(mention.text)
        if self.unlisted_firm(mention):
            return ORGANISATION, self.organisation(mention.text)  # "Hexcel Composites said it would"
        if mention.text == "House" and THE_BEFORE.search(text, max(0, mention.start - 4), mention.start):
            return (ORGANISATION, self._house) if self._house else None
        if mention.kind == "unknown" and particle_and_surname(words):
            # "Van Persie is suspended" after "Robin van Persie", who writes the particle small;
            # "Van Nistelrooy set to return" alone.
            tail = " " + mention.text.lower()
            full = next((p.name for p in self.people if p.name.lower().endswith(tail)), None)
            return PERSON, full or mention.text
        if (
            mention.kind == "unknown"
            and len(words) > 1
            and words[-1] == "State"
            and TOWN_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        ):
            return PLACE, mention.text  # "Umuahia, Abia State": the state a town lies in
        if mention.kind == "unknown" and len(words) <= 3 and AGE_AFTER.match(text, mention.end):
            return PERSON, mention.text  # "Hussain, 36, was jailed": a court report's someone, by their age
        if mention.kind == "unknown" and len(words) <= 2 and _PSEUDONYM_AFTER.match(text, mention.end):
            # "Sarah (not her real name)", "Amy*, 15": a victim a report names by a name it gives her
            return PERSON, mention.text
        if (
            mention.kind == "unknown"
            and len(words) == 1
            and text.startswith(" family", mention.end)
            and words[0].lower() not in english_words()
        ):
            return PERSON, mention.text  # "the Pritzker family of Chicago": a family, by its surname
        if mention.kind == "unknown" and len(words) == 1 and batting_side(text, mention):
            return ORGANISATION, mention.text  # "Glamorgan were 230 for six": a side, by its innings
        if mention.kind == "unknown" and len(words) == 1:
            found = self._lone_word(mention, text) or self._paired_body(mention)
            if found is None and mention.text in self._kinded:
                return ORGANISATION, self.organisation(mention.text)  # "Chrysler" after "the Chrysler group"
            return found
        if (
            mention.kind == "unknown"
            and len(words) > 1
            and (body := body_name(words[0]))
            and " ".join(words[1:]).lower() not in places()  # "Bayer Leverkusen": a club of its own
            # A word of the dictionary that is short for a body's longer name opens other names:
            # "Express Nakhonphink" is a train; "Express Newspapers", a body's, ends with a head.
            and (
                body == words[0]
                or words[0].lower() not in english_words()
                or words[0].isupper()
                or _a_body(" ".join(words))
            )
        ):
            return ORGANISATION, body  # "a NASA Discovery mission", "the Sony Walkman": the maker's
        if (
            mention.kind == "unknown"
            and _before_a_country(words)
            and (_unlisted(words[0]) or self._opens_a_firm(words[0]))
            and not self._in_lower_case(words[0])  # "Bio Taiwan" where the source writes "bio"
        ):
            return ORGANISATION, mention.text  # "Lycos Europe", "Ford Canada": a firm's arm in a country
        if mention.model and mention.kind == PERSON:
            return PERSON, mention.text
        return self._paired_body(mention) or self._guessed(mention)

    def _guessed(self, mention: Mention) -> tuple[str, str] | None:
        """Return the model's reading of a name the rules left untyped and the source does not type."""
        if mention.guess == ORGANISATION:  # "Lumina Fluorescent Light", by the model alone
            return ORGANISATION, self.organisation(mention.text)
        if mention.guess == PLACE:
            return PLACE, canonical_place(mention.text)
        return None

    def _paired_body(self, mention: Mention) -> tuple[str, str] | None:
        """Return the body an unknown name is, if the source pairs it with one: "MCI and Verizon"."""
        if mention.kind == "unknown" and mention.text in self._paired:
            return ORGANISATION, self.organisation(mention.text)
        return None

    @cached_property
    def _house(self) -> str | None:
        """Return the chamber "the House" stands for: the one the source names, or Congress's lower house."""
        named = {self.organisation(body) for body in self.bodies if body.startswith("House of ")}
        if len(named) == 1:
            return named.pop()  # "the House of Commons ... the House rose"
        # "the House will pass it and send it to the Senate": the House of Representatives.
        return "House of Representatives" if not named and _CONGRESS.search(self._joined) else None

    def _lone_word(self, mention: Mention, text: str) -> tuple[str, str] | None:
        """Return what a capitalised word no list knows names, from how the source uses it."""
        word = mention.text
        folded = word.lower()
        if self.outlet(word):
            # "told Wikinews", "according to Quantcast", "a writer for The Onion"; "a Quinnipiac
            # poll" is the "Quinnipiac University" the source names.
            return ORGANISATION, self._short_for(word) or word
        if word in self.tongues:
            return None  # "given in Eegimaa" after "the Eegimaa language": a tongue, nowhere
        if (
            _CREDIT_BEFORE.search(text, max(0, mention.start - 20), mention.start)
            and _CREDIT_ENDS.match(text, mention.end)
            and folded not in english_words()
            and folded not in places()
            and not word.isupper()
        ):
            return PERSON, word  # "Image: Huebi.": who took the picture, a photographer's or a user's name
        if folded not in english_words() and _MEMBER_OF_THE.search(
            text, max(0, mention.start - 40), mention.start
        ):
            return ORGANISATION, word  # "head of the Koinonia", "members of the Zetetics": a body
        if folded in _DISTRICTS and not opens_sentence(text, mention.start):
            return PLACE, word  # "the bustle of Downtown and Chinatown": a city's district by name
        if self._somewhere(word) or word in self.origins:
            if (firm := self._short_for(word)) and _LEGAL_FORM.search(firm):
                return ORGANISATION, firm  # "for use in Neotech devices" of "Neotech Industries Inc"
            # "in Hadibo", "near Svendborg": where things are; "at Tabennese" after "Theodorus of Tabennese".
            return PLACE, word
        place = self._places_by_first_word.get(word)
        if place and folded not in english_words() and folded not in first_names():
            # "Socotra is ..." where the source names "Socotra Island"; "in Coron", a town by
            # itself beside "Coron Island", stays itself.
            return PLACE, place
        if body := self.body_for(word):
            return ORGANISATION, body
        if (
            (department := self.department_of(word))
            and _FIELD_ALONE.match(text, mention.end)
            and not text.endswith("of ", 0, mention.start)
        ):
            # "State employees" after "the State Department"; not "Energy Secretary", nor the
            # office of "secretary of State".
            return ORGANISATION, department
        if word.isupper() and word in self._spelled_bodies:
            # "the SAPS spokesperson" where the source names the South African Police Service,
            # though "saps" is a word of the dictionary too.
            return ORGANISATION, self.organisation(word)
        if self._party_to_a_case(mention, text):
            return PERSON, word  # "Lynch v. Overholser": the parties' names
        if _JUDGE_AFTER.match(text, mention.end) and folded not in GENERIC_BODIES:
            return PERSON, word  # "Mostyn J disagreed": a judge, by the style after the surname
        if self._town_among_places(mention, text):
            return PLACE, word  # "from Singapore and India to Venice", "reinterred at Azov"
        if (
            word in self._supported
            and not _people(word)
            and folded not in english_words()
            and folded not in first_names()
        ):
            return ORGANISATION, word  # "a Mets fan ... the Mets work": a team; not "Elvis fans"
        if self._plays(word) and not _people(word):
            return ORGANISATION, word  # "lost to the Cardinals", "the Yankees beat": a team, by its plural
        if (
            side_by_a_score(text, mention)
            and folded not in english_words()
            and folded not in first_names()
            and folded not in famous_people()
        ):
            return ORGANISATION, word  # "beat Atletico 2-1", "Leinster beat Munster 28-17": a side
        if word.lower() in famous_people() and (
            not _DETERMINED.search(text, 0, mention.start) or _LEADER_S.match(text, mention.end)
        ):
            # "Putin said", "Einstein's view", "the Reagan administration"; "an Einstein" is a genius, no one.
            return PERSON, word
        if (
            word in self._paired_people
            and folded not in english_words()
            and folded not in places()
            and word.istitle()
            and not self._thing(word)
        ):
            return PERSON, word  # "Chomsky and Halle", "Goldbach and Euler": two people, one known
        member = _MEMBER_NAMED.match(text, mention.end)
        if (
            member
            and member[1].lower() in familiar_first_names()
            and folded not in english_words()
            and folded not in first_names()
            and folded not in places()
            and not word.isupper()
        ):
            return ORGANISATION, word  # "Coldplay's Chris Martin": a band's, a team's or a firm's member
        # A word that speaks is a name though it only opens sentences: "Kechiche said he".
        if (spoke := self.spoke_as(word)) and self._speaks_as_a_name(word):
            return spoke, word  # "Kechiche said he made the film", "Symbian said its phones"
        if (
            first_name_alone(word)
            # Not only a sentence's first word ("Final approval"), unless it speaks as
            # someone does: "Ruby said police ignored her", a victim's name for the story.
            and (
                word in self.proper_words
                or self.spoke_as(word) == PERSON
                # ... or no word of the dictionary opening a sentence before a verb: "The
                # door shut. Gwendolyn stared at him".
                or folded not in english_words()
                and opens_before_a_verb(text, mention)
            )
            and word not in self.works  # "Bizet's opera Carmen": a work, though a first name
            and not _DETERMINED.search(text, 0, mention.start)
            and not _OWNER.match(text, mention.end)
            and not self._thing(word)
        ):
            return PERSON, word  # "Hey Frank": all the source calls him
        if (
            word in self._lived
            and word in self.proper_words
            and not _people(word)  # "four Americans died"
            and word.lower() not in english_words()
            and word.lower() not in places()
            and not word.isupper()
            and not self._thing(word)
        ):
            return PERSON, word  # "Einstein's theory", "Warhol died": someone who lived
        # "his book Hydrodynamica ... before Hydrodynamica (1738)": a work's year, no author's.
        if word in self._cited and not word.isupper() and word not in self.works:
            return PERSON, word  # "(Boot, Kramer, & Simons, 2008)": authors, though words too
        if (
            (word in self._kinned or word in self._introduced)
            and folded not in english_words()
            and folded not in places()
            and not word.isupper()
            and not self._thing(word)  # "her uncle Oscar", beside "an Oscar" and "the Oscars"
        ):
            # "Philonise, his brother", "her father, Murray", "My name is Jordyn": though opening a sentence
            return PERSON, word
        if kind := self.speaking_as(word):
            # "Napster said the deal", "Subroto said OPEC": a name, as nothing but a name
            # speaks; a body unless the source gives it a title ("oil minister Subroto").
            return kind, word
        return None

    def _opened_by_a_place(self, words: list[str]) -> bool:
        """Tell whether words no list knows are a place no first name spells, then no surname.

        A state ("New York State"), a market's month ("New York Sept"), a venue ("Hammersmith
        Apollo"), a firm's branch the source names ("Michigan Sealy" beside "Sealy Inc"); a
        town before a name no word spells is someone's first name still: "Delta Goodrem",
        "Tama Umaga", "Cuba Gooding".
        """
        if words[0].lower() in first_names():
            return False  # "Paris Hilton", "Sydney Smith"
        for k in range(1, len(words)):
            if " ".join(words[:k]).lower() in places():
                rest = [w for w in words[k:] if w not in GENERATIONS]
                return k > 1 or all(
                    w.lower() in english_words() or w.lower() in places() or self._opens_a_firm(w)
                    for w in rest
                )
        return False

    def _party_to_a_case(self, mention: Mention, text: str) -> bool:
        """Tell whether a lone word no list knows names a party to a court case: "Wade v. Jacobs"."""
        folded = mention.text.lower()
        return (
            (
                # Before "v.", a word that opens no sentence; after it, any.
                _CASE_AFTER.match(text, mention.end) is not None
                and mention.text in self.proper_words
                or _CASE_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
                or _in_an_english_case(text, mention)
            )
            and not mention.text.isupper()
            and folded not in places()
            and folded not in GENERIC_BODIES
            and folded not in self._traded
        )

    def _town_among_places(self, mention: Mention, text: str) -> bool:
        """Tell whether a town the gazetteer knows is put somewhere or listed with places."""
        folded = mention.text.lower()
        return (
            folded in towns()
            and folded not in english_words()
            and folded not in first_names()
            and not mention.text.isupper()
            and not mention.text.endswith(("ic", "ans", "ese"))  # "in Olympic year"
            and not _OWNER.match(text, mention.end)  # "in Shaw's Pygmalion": an author's work
            # "the Cannes ceremony", "at Jupiter research": a word before a noun names the thing
            and not describes_after(text, mention.end)
            and folded not in self._traded
            and self.find(mention.text) is None
            and among_places(text, mention)
        )

    def general_s_firm(self, mention: Mention, text: str) -> bool:
        """Tell whether "General" and a word of the dictionary name a firm: "General Tire", "General Host".

        Where the source gives it as a firm somewhere: with a legal form ("General Host Corp"),
        saying "it" ("General Tire said it"), or as another firm's unit ("GenCorp's General Tire
        unit"). Not "the General Election", nor a general the source names in full ("General
        Tommy Franks ... General Franks") or by a first name ("General Grant").
        """
        word = mention.words[0]
        return (
            mention.kind in (PERSON, "unknown")
            and len(mention.words) == 1
            and mention.titles[-1:] == ["general"]
            and not mention.honorific
            and text.endswith("General ", 0, mention.start)
            and word.lower() in english_words()
            and word.lower() not in first_names()
            and word.lower() not in TITLE_WORDS
            and not word.isupper()
            and not self._someone_s_surname(word, besides=word)
            and word in self._general_firms
        )

    @cached_property
    def _general_firms(self) -> frozenset[str]:
        """Return the words after "General" the source gives as a firm's: "General Tire said it"."""
        if "General " not in self._joined:
            return frozenset()
        return frozenset(_GENERAL_FIRM.findall(self._joined))

    def _squad_of_surnames(self, text: str) -> bool:
        """Tell whether a paragraph is a bare list of surnames, two or more of people named in full.

        "Given, Breen, Staunton, Irwin, McAteer, Harte, McLoughlin." lists a squad by no
        label: the players the story names in full tell the rest are players too.
        """
        if text.count(",") < 4 or not BARE_LIST.fullmatch(text.strip()):
            return False
        items = [item.strip() for item in re.split(r",|\band\b", text.strip().rstrip("."))]
        return sum(self._someone_s_surname(item) for item in items) >= 2

    def _someone_s_surname(self, word: str, besides: str = "") -> bool:
        """Tell whether a word ends the name of someone the source names, other than `besides`."""
        return any(person.name.split()[-1] == word and person.name != besides for person in self.people)

    def _side_elsewhere(self, mention: Mention, text: str) -> bool:
        """Tell whether a name the source has play as a side elsewhere is one here too.

        A cricket report has "Surrey captain Chris Lewis" once and then "Surrey closed on
        429 for seven"; a table's "Puchon 3 1 0 6 1 10", then "Puchon beat". Not where
        something is put in it: "a match at Leicester" stays the town.
        """
        if mention.text not in self._sides or wire_dateline(text, mention.end):
            return False  # "NEW YORK 1996-12-06" over a table where "NEW YORK" is a side: where it was filed
        if FIXTURE.fullmatch(text.strip()):
            return True  # "Kansas City at Detroit": the home side, though "at" puts things somewhere
        before = text[max(0, mention.start - 45) : mention.start]
        if club_s_own(text, mention) or OPPONENT_BEFORE.search(before):
            return True  # "joined Milan from Bologna": his club, though "from" puts things somewhere
        # "in Kent and Somerset": the place a list after "in" opens, and the places after it.
        return not (WHERE_BEFORE.search(before) or WHERE_AND_BEFORE.search(before))

    def plays(self, name: str) -> bool:
        """Tell whether the source has a name play as a side: "Doncaster" of "Hereford 1-1 Doncaster"."""
        return name in self._sides

    @cached_property
    def _sides(self) -> frozenset[str]:
        """Return the names the source has play as sides: by what a club does, a result or an innings.

        A list that holds a side holds sides: "title rivals Essex, Derbyshire and Surrey".
        """
        sides = {
            m.text
            for text, mentions in self._paragraphs
            for m in mentions
            if (
                m.kind == PLACE
                and (a_side_in_a_match(text, m) or batting_side(text, m))
                # "Charlton striker", "the Lions coach"; a sentence's "Assistant coach" and
                # "Uncapped fly-half" say what the player is.
                or m.kind == "unknown"
                and len(m.words) == 1
                and ROLE_AT_A_CLUB.match(text, m.end) is not None
                and (
                    m.text in self.proper_words
                    or m.text.lower() not in english_words()
                    and not m.text.endswith("ed")
                )
                or m.kind in (PLACE, "unknown")
                and self._results_side(text, m)
            )
            and not self._someone_s_surname(m.text)
        }
        # A result's headline names two sides: "Newcastle 27-27 Gloucester".
        for line in self._headline_lines:
            if result := RESULT_HEADLINE.fullmatch(line.strip()):
                sides.update(name for name in result.groups() if not a_country(name))
        joined = self._joined
        if sides or (any(word in joined for word in COMPETITION_WORDS) and A_COMPETITION.search(joined)):
            # A sports report, by a side it has play or a competition it names: there a town
            # met or played against is a side too ("face Chelsea in the final", "a draw against
            # Blackburn"), as is one whose player the source names ("Chelsea's Damien Duff").
            sides.update(
                m.text
                for text, mentions in self._paragraphs
                for m in mentions
                if m.kind == PLACE
                and len(m.words) <= 2
                and self._met_as_a_side(text, m)
                and not a_country(m.text)
                and not self._someone_s_surname(m.text)
            )
            # ... and a town listed with a body: "between Arsenal and Chelsea", "Chelsea,
            # Manchester United and Arsenal"; and both towns of a fixture's line ("KANSAS CITY AT
            # DETROIT").
            for text, mentions in self._paragraphs:
                if len(mentions) == 2 and FIXTURE.fullmatch(text.strip()):
                    sides.update(m.text for m in mentions if m.kind == PLACE and not a_country(m.text))
                for a, b in zip(mentions, mentions[1:], strict=False):
                    if text[a.end : b.start] in (" and ", " or ", ", "):
                        for town, body in ((a, b), (b, a)):
                            if (
                                town.kind == PLACE
                                and body.kind == ORGANISATION
                                and len(town.words) <= 2
                                and not a_country(town.text)
                                and not self._someone_s_surname(town.text)
                            ):
                                sides.add(town.text)
        if sides:
            for items in self._name_lists:
                if sides.intersection(items):
                    sides.update(item for item in items if not a_country(item))
            # ... and a pair: "title hopefuls Derbyshire and Surrey", "Essex and Kent both face".
            for text, mentions in self._paragraphs:
                for a, b in zip(mentions, mentions[1:], strict=False):
                    if (
                        text[a.end : b.start] in (" and ", " or ")
                        and a.kind == b.kind == PLACE  # not "both Farrell and Wigan", a player and his club
                        and (a.text in sides) != (b.text in sides)
                        and not (a_country(a.text) or a_country(b.text))
                        and not WHERE_BEFORE.search(text, max(0, a.start - 30), a.start)
                    ):
                        sides.update((a.text, b.text))
        # A line-up's brackets after each player hold his club: "Damien Traille (Biarritz),
        # Fabien Pelous (Stade Toulousain, capt)", where two or more are towns (an actor's hold
        # films: "Anne Reid (The Mother)"); a country is his nation, no club. Counted over the
        # source: a wire breaks a list of scorers into lines of two ("Anto Drobnjak (Bastia),
        # Xavier Gravelaine (Marseille).").
        held = [
            item[1] for text, _ in self._paragraphs if " (" in text for item in PLAYER_AND_CLUB.finditer(text)
        ]
        # A club's name may end with its town: "Legia Warsaw", "Hutnik Krakow".
        towns = [
            name
            for name in held
            if (name.lower() in places() or name.split()[-1].lower() in places())
            and not realm(canonical_place(name).lower())
        ]
        if len(held) >= 3 and len(towns) >= 2:
            for text, mentions in self._paragraphs:
                sides.update(
                    m.text
                    for m in mentions
                    if m.kind in (PLACE, "unknown", PERSON)
                    and (
                        (item := PLAYER_AND_CLUB.match(text, line_up_item(text, m.start)))
                        and item[1] == m.text
                        # "(Legia Warsaw), Ryszard Wieczorek": the item the line before broke
                        or m.start == 1
                        and text.startswith("(")
                        and CLUB_CLOSED.match(text, m.end) is not None
                    )
                    and not realm(canonical_place(m.text).lower())
                    and not self._someone_s_surname(m.text)
                )
        return frozenset(sides)

    def _met_as_a_side(self, text: str, mention: Mention) -> bool:
        """Tell whether a sports report's town is met as a side: an opponent, or a club's player named."""
        if text.startswith("-", mention.end):
            return False  # "Barcelona-based": the town in a compound
        if OPPONENT_BEFORE.search(text, max(0, mention.start - 45), mention.start):
            # "against Blackburn", "face Chelsea", "lead over Seattle"; not "against Lancashire
            # rivals Blackburn", the county the side is of.
            return RIVALS_AFTER.match(text, mention.end) is None
        if SIDE_S_AFTER.match(text, mention.end) or MEETS_AFTER.match(text, mention.end):
            return True  # "Chelsea's Premiership lead", "Chelsea central defender Franck Leboeuf"
        owned = OWNED_PERSON.match(text, mention.end)
        # "Baltimore's Eddie Murray", someone the source names in full: the club's player
        return owned is not None and any(person.name == owned[1] for person in self.people)

    @cached_property
    def _ranks(self) -> bool:
        """Tell whether the source holds a league's standings: most rank no one."""
        return STANDINGS_AFTER.search(self._joined) is not None

    @cached_property
    def _ranked_names(self) -> frozenset[str]:
        """Return the names of words that open a row of a league's standings: "Young Boys 9 1 0 8 6 19 3"."""
        if not self._ranks:
            return frozenset()
        return frozenset(row[1] for row in STANDINGS_ROW.finditer(self._joined) if adds_up(row, 2))

    @cached_property
    def _standings_sides(self) -> frozenset[str]:
        """Return the names that open a row of a league's standings in the source."""
        if not self._ranks:
            return frozenset()
        return self._names_where(standings_row)

    @cached_property
    def _row_sides(self) -> frozenset[str]:
        """Return the names that open a side's score in the source's results or tables."""
        return frozenset(
            m.text for text, mentions in self._paragraphs for m in mentions if results_line(text, m)
        )

    def _results_side(self, text: str, mention: Mention) -> bool:
        """Tell whether a name is a side in a line of results: not a scorer the source names in full.

        "Holland 14" after "Matt Holland" is him; so is each name of "Gerrard 79 og,
        Drogba 107" once one of them is someone's surname: a line of scorers.
        """
        if fixtures_line(text):
            return True  # "Millwall v Burnley, Notts County v York": a list of fixtures names sides alone
        return results_line(text, mention) and not any(
            self._someone_s_surname(found[1]) for found in SIDE_AND_SCORE.finditer(text)
        )

    def department_of(self, word: str) -> str | None:
        """Return the department the source names by a word, its field: "Commerce Department"."""
        department = f"{word} Department"
        return self.organisation(department) if department in self.bodies else None

    def body_for(self, word: str) -> str | None:
        """Return the one body named in full that a lone word stands for ("Harvard", "Rangers")."""
        found = (
            self._named_in_full(word)
            or self._short_for(word)
            or self._club(word)
            or self._firm_by_surname(word)
            or self._possessive_firm(word)
            or self._founder_s_firm(word)
        )
        # "Taft" for "Taft Broadcasting", which is the source's "Taft Broadcasting Co": one value.
        return self.organisation(found) if found else None

    def _inside_someone_s_name(self, word: str) -> Person | None:
        """Return the one person of three words or of a family name first whose name holds a word.

        "Rodriguez" of "Mario Rodriguez Montero" (two surnames), "Yao" of "Yao Liu"; not the
        first of a given name and a surname ("Paul" of "Paul Smith").
        """
        found = [
            person
            for person in self.people
            if word in (parts := person.name.split())[1:-1]
            or parts[0] == word
            and len(parts) > 1
            and word.lower() not in first_names()
        ]
        return found[0] if len(found) == 1 else None

    def _listed_as(self, name: str, ticker: str = "") -> str | None:
        """Return the one firm the source names in full that a name before its ticker stands for.

        "NIAGARA MOHAWK <NMK>" of "Niagara Mohawk Power Corp", "SALOMON <SB>" of "Salomon Inc"
        though Robert Salomon speaks, "NORSTAR <NOR>" of "Norstar Bancorp"; not a unit the name
        opens with its trades ("Diamond Shamrock Refining and Marketing Co"). Of two, the one
        whose words' initials the ticker spells in order: "PRINCEVILLE <PVDC>" of "Princeville
        Development Corp", not its "Princeville Airways Inc".
        """
        shouted = name.isupper()
        found = {
            body
            for body in self.bodies
            if (body.upper() if shouted else body).startswith(name + " ")
            and (
                _firm_s(body)
                and len(rest := _LEGAL_FORM.sub("", body[len(name) :]).split()) <= 2
                and all(word[0].isupper() for word in rest)
                # ... or its legal form right after the name: "Imperial Corp of America"
                or body[len(name) :].split()[0].lower().rstrip(".") in LEGAL_FORMS
            )
        }
        # Not where the name with its form alone is one: "BOEING <BA>" of "Boeing Co", or of its
        # "Boeing Aerospace Co", a unit whose initials the ticker spells too.
        if (
            len(found) > 1
            and ticker
            and all(_LEGAL_FORM.sub("", body[len(name) :]).strip() for body in found)
        ):
            found = {body for body in found if _ticker_spells(ticker, _LEGAL_FORM.sub("", body))} or found
        if len(found) == 1:
            return self.organisation(found.pop())
        return self.body_for(name.capitalize() if shouted else name) if " " not in name else None

    def _founder_s_firm(self, word: str) -> str | None:
        """Return the one firm its founder's initials and a word name: "G.D. Searle", "E.W. Scripps Co"."""
        return _one({body for body in self.bodies if _founded_by_initials(body, word)})

    def _possessive_firm(self, word: str) -> str | None:
        """Return the one firm with a legal form a word's possessive opens: "Boatmen's Bancshares Inc"."""
        return _one({body for body in self._opened_by(word + "'s") if _LEGAL_FORM.search(body)})

    def club_of(self, town: str) -> str | None:
        """Return the one club the source names by a town and one word: "Leeds United" for "Leeds".

        Not where the town and the club are each a side of a table or a result: "Dundee 2
        Falkirk 0" beside "Dundee United 1 Hearts 1" are two clubs.
        """
        found = {
            body
            for body in self.bodies
            if body.startswith(town + " ")
            and " " not in (last := body[len(town) + 1 :])
            and (last.lower() in CLUB_WORDS or team(body.split()))
        }
        if len(found) != 1 or {town, *found} <= self._row_sides:
            return None
        return found.pop()

    def _club(self, word: str) -> str | None:
        """Return the one club named in full that a word ends: "Rangers" for "Glasgow Rangers"."""
        found = self._clubs.get(word, ())
        return next(iter(found)) if len(found) == 1 else None

    @cached_property
    def _clubs(self) -> dict[str, set[str]]:
        """Map the last word of each club the source names to the clubs it ends."""
        clubs: dict[str, set[str]] = {}
        for body in self.bodies:
            words = body.split()
            # "Real Sociedad", "Atletico Madrid": a head first, and the name after it alone;
            # "the Rice Owls" the source has someone play for.
            if team(words) or len(words) == 2 and words[0].lower() in OPENING_ORG_HEADS or self._side(body):
                clubs.setdefault(words[-1], set()).add(body)
        return clubs

    def _opens_a_firm(self, word: str) -> bool:
        """Tell whether a word opens a firm's name the source gives with its form: "Ford Motor Co"."""
        return bool(self._firms_opened_by(word))

    def _partners_opened_by(self, name: str) -> str | None:
        """Return the one firm of partners joined by "&" the source names that a name opens."""
        return _one({body for body in self._opened_by(name) if " & " in body})

    def _firm_cut_short(self, mention: Mention) -> str | None:
        """Return the one firm the source names whose name two words open, no first name first.

        "Sperry Marine" of "Sperry Marine Systems", "Thorn Ericsson" of "Thorn Ericsson
        Telecommunications"; not "Stan Lee" of "Stan Lee Media".
        """
        words = mention.words
        if len(words) != 2 or mention.honorific or mention.titles:
            return None
        if words[0].lower() in first_names():
            return None
        return _one(
            {
                body
                for body in self._opened_by(mention.text)
                if _LEGAL_FORM.search(body) or body.rsplit(" ", 1)[-1].lower() in FIRMS_LAST_WORDS
            }
        )

    def _bodies_opened_by(self, name: str) -> str | None:
        """Return the one body the source names that a possessive name opens: "Lloyd's of London"."""
        return _one(self._opened_by(name))

    def _firms_opened_by(self, word: str) -> set[str]:
        """Return the firms the source names with their form whose names a word opens: "Ford Motor Co"."""
        return {body for body in self._opened_by(word) if _LEGAL_FORM.search(body)}

    def _opened_by(self, name: str) -> set[str]:
        """Return the bodies the source names whose names a name opens, whichever apostrophe they write."""
        if name in self._units:
            return set()  # "Daiwa, the U.S. unit of Daiwa Securities Co Ltd": the unit's own name
        return {body for body in self.bodies if fold_quotes(body).startswith(name + " ")}

    def _side(self, body: str) -> bool:
        """Tell whether the source has someone play for a body after "the": "games for the Rice Owls"."""
        words = body.split()
        if not (2 <= len(words) <= 3 and plural_of_a_word(words[-1])):
            return False
        joined = self._joined
        at = joined.find("the " + body)
        while at >= 0:
            if SIDE_FOR_THE.search(joined, max(0, at - 30), at + 4):
                return True
            at = joined.find("the " + body, at + 4)
        return False

    @cached_property
    def _places_by_first_word(self) -> dict[str, str]:
        """Map a word no list knows to the one place it opens with a land's head: "Socotra Island"."""
        found: dict[str, set[str]] = {}
        for _, mentions in self._paragraphs:
            for m in mentions:
                if (
                    m.kind == PLACE
                    and len(m.words) == 2
                    and m.words[1].lower() in _LANDS
                    and m.words[0].lower() not in places()
                ):
                    found.setdefault(m.words[0], set()).add(m.text)
        return {word: names.pop() for word, names in found.items() if len(names) == 1}

    def _somewhere(self, word: str) -> bool:
        """Tell whether a lone word no list knows is a place: the source puts things in it."""
        folded = word.lower()
        return (
            len(word) >= 4
            and word in self.proper_words
            and folded not in english_words()
            # "in Olympia": a town's name, though a rare first name; not "in Charlotte" alone.
            and (folded not in first_names() or folded in towns() and folded not in common_first_names())
            and folded not in nationalities()
            and not word.isupper()
            and not word.endswith(("ic", "ans", "ese"))  # "in Olympic", "in Aramaic", "in Germans"
            and word in self._put_in
            # "a stake in Gazprom", "trade in Gazprom shares", "Gazprom said": a company;
            # "her debut in Kisna", "in Fahrenheit 9/11": a work.
            and folded not in self._traded
        )

    def _thing(self, word: str) -> bool:
        """Tell whether the source writes a word somewhere as no name is written.

        "an Oscar", "the Oscars", "Oscar-winning": a thing, though a first name too; and
        "will" or "mark" in lower case: a word. "Frank" is a word too, which a source that
        calls him so seldom writes.
        """
        found = self._written
        return (
            word in found["determined"]
            # "the Oscars"; not "Chaos" beside "Chao", a word of its own.
            or (f"{word}s" in found["words"] and f"{word}s".lower() not in english_words())
            or word in found["compounded"]
            or self._common_word(word)
        )

    def _common_word(self, word: str) -> bool:
        """Tell whether a word is a dictionary word the source also writes in lower case."""
        return word.lower() in english_words() and self._in_lower_case(word)

    def _in_lower_case(self, word: str) -> bool:
        """Tell whether the source writes a word in lower case somewhere ("the bill")."""
        return word.lower() in self._written["words"]

    def outlet(self, word: str) -> bool:
        """Tell whether a lone word no list knows is a body people tell things to."""
        if word in self._mastheads:
            return True
        folded = word.lower()
        return (
            word in self._told
            and len(word) >= 3
            and not re.fullmatch(r"[A-Z]+s", word)  # "told MPs": members, no body
            and folded not in english_words()
            and folded not in first_names()
            and folded not in places()
            and folded not in nationalities()
            and folded not in famous_people()  # "spoke to Putin": someone
        )

    @cached_property
    def _staffed(self) -> frozenset[str]:
        """Return the names of two words the source gives staff: "a Paine Webber spokesman"."""
        joined = self._joined
        staffed = set()
        for staff in _STAFF.finditer(joined):  # the staff's word first: most sources name none
            named = _TWO_BEFORE.search(joined, max(0, staff.start() - 40), staff.start())
            # After an article ("a Paine Webber spokesman"), or before an analyst's own name.
            if named and (named[1] or staff[1] and _NAME_AFTER.match(joined, staff.end())):
                first, rest = named[2].split(" ", 1)
                if " " in rest:
                    staffed.add(rest)  # "Monday Goldman Sachs": a firm of two words, too
                if " " not in rest or first.lower() not in TITLE_WORDS | QUALIFIERS:
                    staffed.add(named[2])  # not "a Deputy State Department spokeswoman": the role's
        # Not someone the source has speak as "he" or "she": "a Jeb Bush spokesman" is his.
        return frozenset(name for name in staffed if self.spoke_as(name) != PERSON)

    @cached_property
    def _based_names(self) -> frozenset[str]:
        """Return the names after where a body is based: "Oxford-based Natural Motion launched"."""
        joined = self._joined
        if "-based " not in joined:  # most sources name none
            return frozenset()
        named = set()
        for based in _BASED.finditer(joined):
            place = " ".join(based[1].split()).lower()  # "Hong\nKong-based", wrapped
            # A place's: "Windows-based Creative Zen" is a player.
            if (place in places() or place.split()[-1] in places()) and (
                name := ITEM_NAME.match(joined, based.end())
            ):
                named.add(name[1].rstrip(".’'"))
        return frozenset(named)

    def described_as_a_body(self, name: str) -> bool:
        """Tell whether the source gives a name no first name opens as a body's: "Thorn, the US charity"."""
        return name in self._listed_bodies and name.split()[0].lower() not in first_names()

    @cached_property
    def _listed_bodies(self) -> frozenset[str]:
        """Return the names the source gives as bodies: "publications like The Onion", "a firm called X"."""
        listed = set()
        joined = self._joined
        for called in NAMED_AS.finditer(joined):
            kind = A_KIND_BEFORE if called[1] == "named" else KIND_BEFORE
            if kind.search(joined, max(0, called.start() - 40), called.start()):
                name = ITEM_NAME.match(joined, called.end())
                if name:
                    listed.add(name[1].rstrip(".’'"))  # "a firm called Swarm Systems"
        for start, end in self._examples:
            kind = KINDS_BEFORE.search(joined, max(0, start - 60), start)
            # Not "firms in other centers, such as London", nor "groups have targeted projects like";
            # what "include" lists is what the kind right before it is: not "groups whose leaders include".
            if (
                kind
                and not WHERE_KIND.search(kind[0])
                and not another_plural_last(kind[0])
                and not (joined.startswith("include", start) and " " in kind[0].strip())
            ):
                listed.update(items_after(joined, end))
        listed.update(described(joined, BODY_DESCRIBED))  # "Evernote, a company that ..."
        # An outlet named before its noun: "Interfax news agency said", "the Liberte newspaper"; not
        # a place's ("Tehran radio", "the Hong Kong daily Ming Pao").
        for run, end in self._outlets_named:
            name = outlet_name(run)
            first = name.split()[0].lower()
            if (
                name.lower() not in places()
                and first not in nationalities()
                and first not in CALENDAR  # "the newspaper Tuesday said"
                # "Local newspapers", "Financial newspaper Nihon Keizai Shimbun": a sentence's first word
                and not (name.lower() in english_words() and opens_sentence(joined, end - len(name)))
            ):
                listed.add(name)
        listed.update(described(joined, PART_OF_A_BODY))  # "Foxconn, Apple's main supplier,"
        # "Youngstown Steel Door, a maker of components"; "Helen Smith, a maker of films" is someone.
        listed.update(
            name
            for name in described(joined, MAKER_DESCRIBED)
            if name.split()[0].lower() not in first_names()
        )
        # A campaign's name beside its noun: "the Missing People charity", "the charity Missing People".
        for noun in CAMPAIGN_NOUN.finditer(joined):
            before = NAME_BEFORE_A_CAMPAIGN.search(joined, max(0, noun.start() - 80), noun.start())
            after = NAME_AFTER_A_CAMPAIGN.match(joined, noun.end())
            # A determiner a sentence opens with is no name: "the charity The ...", "Its".
            named = (name[1] for name in (before, after) if name)
            listed.update(n for n in named if n != "The" and n.lower() not in _DETERMINERS)
        # The other way round: "the Pirates' Double-A affiliate, the Altoona Curve".
        for part in PART_NAMED.finditer(joined):
            name = ITEM_NAME.match(joined, part.end())
            # "the head of ECGD's international debt division, Gerry Breach,": its head, no part
            if name and not HEAD_OF_BEFORE.search(joined, max(0, part.start() - 60), part.start() + 1):
                listed.add(name[1].rstrip(".’'"))
        # "Google, Yahoo, Bing and Zotero": a list of names that mostly name bodies.
        for items in self._name_lists:
            known = sum(_a_body(item) for item in items)
            if known >= 2 and 2 * known >= len(items):
                listed.update(item for item in items if unknown_item(item) and not _a_body(item))
            if known >= 2 and known == len(items) - 1:
                # The one name among bodies only, two words no familiar first name opens: a firm
                # named for its founders ("Keefe Bruyette, Goldman Sachs and Merrill Lynch").
                listed.update(
                    name
                    for item in items
                    # The list's first name from its sentence's start: "Poor's. Keefe Bruyette".
                    if not _a_body(name := item.split(". ")[-1])
                    and len(words := name.split()) == 2
                    and words[0].lower() not in familiar_first_names()
                    and all(w.istitle() for w in words)
                )
        return frozenset(listed)

    @cached_property
    def _quoting_outlets(self) -> frozenset[str]:
        """Return the names that quote someone as saying, which a news outlet does: "Antara quoted him"."""
        if " quoted " not in self._joined:  # most sources quote no one so
            return frozenset()
        return frozenset(
            quoting[1]
            for quoting in _QUOTED_AS_SAYING.finditer(self._joined)
            # Not "Newspapers quoted", "Diplomats quoted": people or papers of a kind.
            if (first := quoting[1].split()[0].lower()) not in english_words() and first not in first_names()
        )

    @property
    def _outlets_named(self) -> Iterator[tuple[str, int]]:
        """Yield the names beside a news outlet's noun, and where each ends: "Interfax news agency"."""
        # From the rare noun back to the name: cheaper than trying every capital for a name.
        joined = self._joined
        for noun in _OUTLET_NOUN.finditer(joined):
            before = _NAME_BEFORE_AN_OUTLET.search(joined, max(0, noun.start() - 80), noun.start())
            if before:
                yield before[1], before.end(1)
            after = _NAME_AFTER_AN_OUTLET.match(joined, noun.end())
            if after and noun[1] != "radio" and noun[1] != "television":
                # "the daily Asahi Shimbun. Kuroda said": the name ends with its sentence.
                name = _SENTENCE_END_IN_A_RUN.split(after[1])[0].rstrip(".")  # "... Fraternite Matin."
                yield name, after.start(1) + len(name)

    @cached_property
    def _paired(self) -> frozenset[str]:
        """Return the names "and" or "or" joins to a body's: "Maserati and Alfa Romeo", "TCI and Atticus"."""
        paired = set()
        for text, a, b in self._joined_pairs(PAIRING):
            if compound_across(a.words, b.words):
                continue  # "the Task Force on Farm and Rural America": one body's words
            for one, other in ((a, b), (b, a)):
                if (
                    one.kind == "unknown"
                    and (other.kind == ORGANISATION or _a_body(other.text))
                    and unknown_item(one.text)
                    and not any(c.isdigit() for c in other.text)  # "the Nimrod and A400M aircraft"
                    and standing_alone(text, one)
                    and standing_alone(text, other)
                ):
                    paired.add(one.text)
        return frozenset(paired)

    @cached_property
    def _kinded(self) -> frozenset[str]:
        """Return the words the source writes before a body's kind: "the Unite union", "the Tata group"."""
        return self._names_where(
            lambda text, m: m.kind == "unknown" and len(m.words) == 1 and named_before_its_kind(text, m)
        )

    @cached_property
    def _firms_across_and(self) -> dict[tuple[str, int], str]:
        """Map two names "and" joins to the one firm they name: "Woodward and Lothrop".

        The firm is the source's, named with its legal form ("Woodward and Lothrop Inc"), or
        the table's ("Drexel Burnham and Lambert"); keyed by paragraph and where each name starts.
        """
        found = {}
        for text, a, b in self._joined_pairs((" and ",)):
            whole = f"{a.text} and {b.text}"
            named = {
                body for body in self.bodies if body.startswith(whole + " ") and _LEGAL_FORM.search(body)
            }
            firm = (
                self.organisation(named.pop())
                if len(named) == 1
                else body_name(whole) or body_name(whole.replace(" and ", " "))
            )
            if firm:
                found[(text, a.start)] = found[(text, b.start)] = firm
        return found

    def _joined_pairs(self, links: Collection[str]) -> Iterator[tuple[str, Mention, Mention]]:
        """Yield each paragraph's neighbouring names that one of `links` joins: "MCI and Verizon"."""
        for text, mentions in self._paragraphs:
            for a, b in zip(mentions, mentions[1:], strict=False):
                if text[a.end : b.start] in links:
                    yield text, a, b

    @cached_property
    def _paired_people(self) -> frozenset[str]:
        """Return the words no list knows that "and" joins to someone: "Chomsky and Halle"."""
        paired = set()
        for text, a, b in self._joined_pairs((" and ",)):
            if (
                text.endswith(("the ", "The "), 0, a.start)  # "The Galileo and Ulysses spacecraft": no one's
                or not standing_alone(text, a, after_of=True)
                or not standing_alone(text, b, after_of=True)
            ):
                continue
            for one, other in ((a, b), (b, a)):
                if one.kind == "unknown" and len(one.words) == 1 and self._someone(other):
                    paired.add(one.text)
        return frozenset(paired)

    def _someone(self, mention: Mention) -> bool:
        """Tell whether a lone word is someone's: a person's, a famous surname, or a surname the source gives.

        A full name is no sign: a band or a firm is listed beside people so ("Joss Stone and
        Keane", "Helmut Panke and Audi").
        """
        if len(mention.words) > 1:
            return False
        if mention.kind == PERSON:
            return self.person(mention) is not None  # not "Dr Pepper", a brand the source lists
        word = mention.text
        known = word.lower() in famous_people() or self._someone_s_surname(word)
        return mention.kind == "unknown" and known

    @cached_property
    def _examples(self) -> list[tuple[int, int]]:
        """Return where the source gives examples ("such as", "like", "including") and where they start."""
        return [example.span() for example in EXAMPLES.finditer(self._joined)]

    def _listed_place(self, name: str) -> bool:
        """Tell whether the source gives a name as a place's, whichever apostrophe it writes."""
        return fold_quotes(name) in self._listed_places

    @cached_property
    def _listed_places(self) -> frozenset[str]:
        """Return the names the source gives as places: "villages such as Brin", "the islands Les Saintes"."""
        listed = set()
        joined = self._joined
        for start, end in self._examples:
            if PLACES_BEFORE.search(joined, max(0, start - 60), start):
                listed.update(items_after(joined, end))
        for kind in THE_PLACE.finditer(joined):
            items = items_after(joined, kind.end())
            if kind[2].endswith("s"):
                # "the islands Marie Galante, Les Saintes": a list; one name may be who did
                # something to them ("the cities Obama visited").
                if len(items) > 1 or kind[3]:
                    listed.update(items)
            elif items and (kind[3] or not kind[1] and items[0].split()[0].lower() not in first_names()):
                # "the village of Brin", "the main island of Utu Vava'u", "the river known as
                # Kamobeul Bolon", "the village Djilapaor"; not "the first city Obama visited".
                listed.add(place_item(items[0]))
        # From the rarer verb back to the kind: one scan of the source, not one per article.
        for called in NAMED_AS.finditer(joined):
            start = called.start()
            if (
                joined[called.end()].isupper()
                and A_PLACE_BEFORE.search(joined, max(0, start - 50), start)
                and (items := items_after(joined, called.end()))
            ):
                listed.add(place_item(items[0]))  # "a village called Wadi Hilweh", "a town named Nandrin"
        # "the city of Gorky, now known as Nizhny Novgorod": a place's other name is a place's.
        if "known as" in joined or "called" in joined:
            for renamed in RENAMED.finditer(joined):
                if (place_item(renamed[1]) in listed or renamed[1].lower() in places()) and (
                    items := items_after(joined, renamed.end())
                ):
                    listed.add(place_item(items[0]))
        listed.update(self._fellow_places())
        listed.update(described(joined, PLACE_DESCRIBED))  # "Brin, a village in ..."
        # "Boultham is a village in Lincolnshire", "Bank Hey (also Sunny Bower) is a suburb".
        if " is a" in joined or " was a" in joined:
            listed.update(said_to_be_places(joined))
        return frozenset(fold_quotes(name) for name in listed)

    def _fellow_places(self) -> Iterator[str]:
        """Yield the names a list gives among places it mostly names: "Fort Lee, Edgewater, Leonia"."""
        for items in self._name_lists:
            known = sum(_a_place(item) for item in items)
            if known >= 2 and 2 * known >= len(items):
                yield from (item for item in items if unknown_item(item) and not _a_place(item))

    @cached_property
    def _name_lists(self) -> list[list[str]]:
        """Return the source's lists of three names or more, each as its names."""
        return [
            LIST_SEPARATOR.split(found[0])
            for text, mentions in self._paragraphs
            if lists_names(text, mentions)
            for found in NAME_LIST.finditer(text)
        ]

    @cached_property
    def _supported(self) -> frozenset[str]:
        """Return the plural words the source gives fans or supporters: "a Mets fan", teams or bands."""
        joined = self._joined
        # Found from "fans" back to the name: one literal to look for, not every capital.
        teams = set()
        for fans in _FANS.finditer(joined):
            name = _NAME_ENDING.search(joined, max(0, fans.start() - 40), fans.start())
            if name and name[1].endswith("s"):
                teams.add(name[1])
        return frozenset(teams)

    def _plays(self, word: str) -> bool:
        """Tell whether the source has a plural after "the" play a match: "beat the Eagles"."""
        if not word.endswith("s") or word.lower() in _place_ends():
            return False  # "beat the States": a place's last word
        joined = self._joined
        # From each "the" and the word, found as a literal (cheap), to the match around it.
        for the in ("the ", "The "):
            at = joined.find(the + word)
            while at >= 0:
                end = at + len(the) + len(word)
                if (
                    not joined[at - 1 : at].isalpha()
                    and not joined[end : end + 1].isalnum()
                    # "The" in capitals opens a work's name after a verb: "beat The Sopranos".
                    and (
                        SIDE_BEATS.match(joined, end)
                        or the == "the "
                        and (
                            SIDE_BEATEN.search(joined, max(0, at - 14), at)
                            # "plays for the Buckeyes", "drafted by the Bears"
                            or SIDE_FOR_THE.search(joined, max(0, at - 30), at + 4)
                        )
                    )
                ):
                    return True
                at = joined.find(the + word, end)
        return False

    def _speaks_as_a_firm(self, word: str) -> bool:
        """Tell whether a town's name speaks as a body does ("Orange said its"); no country or state does.

        Nor a capital, which stands for its country's government: "Athens says it considers".
        """
        place = canonical_place(word).lower()
        return not realm(place) and place not in national_capitals() and self.spoke_as(word) == ORGANISATION

    def spoke_as(self, word: str) -> str | None:
        """Return whether a lone word the source has speak is a person or a body, by how it goes on.

        "Kechiche said he made the film", "said Sotherton. “I've surprised myself”": someone;
        "Symbian said its software": a body. A word the source goes on about both ways is
        neither.
        """
        if word not in self._speaking:
            joined = self._joined
            kinds = set()
            # From each use of the word, found as a literal (cheap), to the verb beside it.
            at = joined.find(word)
            while at >= 0:
                end = at + len(word)
                if (at == 0 or not joined[at - 1].isalnum()) and not joined[end : end + 1].isalnum():
                    verb = _SAYS.match(joined, end)
                    if verb and _alone_before(joined, at):
                        rest = joined[verb.end() : verb.end() + 150]
                        if verb[1] in ("told", "tells"):
                            rest = _OBJECT.sub("", rest, count=1)  # "Smith told her": the one told
                        kinds.add(_goes_on_as(rest))
                        if _REPORTED.match(rest):
                            self._spoke.add(word)  # "said the deal": reported, as news reports
                    elif _SAID_BEFORE.search(joined, max(0, at - 12), at):
                        kinds.add(_quoted_as(joined[end : end + 120]))  # "..., said Sotherton. “I've"
                at = joined.find(word, end)
            kinds.discard(None)
            if len(kinds) > 1:
                self._spoke.discard(word)  # "Zorlan said he ... Zorlan said its": neither, nor a name
            self._speaking[word] = kinds.pop() if len(kinds) == 1 else None
        return self._speaking[word]

    def spoke_unsure(self, word: str) -> bool:
        """Tell whether a lone word no list knows speaks, though nothing after says as whom."""
        return self.spoke_as(word) is None and word in self._spoke and self._speaks_as_a_name(word)

    def unlisted_firm(self, mention: Mention) -> bool:
        """Tell whether a name of a few words no list knows is a firm's, by how it opens or speaks.

        A firm's participle opens it ("Allied Dunbar reported", "Consolidated Goldfields"), or
        it says "it" of itself ("Hexcel Composites said it"); not words of the dictionary
        alone, which open sentences ("Grooming Gangs said it").
        """
        return (
            mention.kind == "unknown"
            and 1 < len(mention.words) <= 3
            and not dictionary_words(mention.words)
            and (mention.words[0].lower() in FIRM_PARTICIPLES or self.spoke_as(mention.text) == ORGANISATION)
            # Not someone the source names in full: "Von Wartenberg said" of "Ludolf Georg von Wartenberg".
            and not any(p.name.lower().endswith(f" {mention.text.lower()}") for p in self.people)
        )

    def _speaks_as_a_name(self, word: str) -> bool:
        """Tell whether a word that opens a sentence before "said" can be a name at all.

        A word of the dictionary, a first name, a place, letters in capitals, a work or a
        thing may open a sentence before "said" and be no name: "Campaigners said".
        """
        folded = word.lower()
        return (
            folded not in english_words()
            and folded not in first_names()
            and folded not in places()
            and not word.isupper()
            and word not in self.works
            and not self._thing(word)
        )

    def _acts_as_a_body(self, word: str) -> bool:
        """Tell whether the source lets a word act as a body or gives it as one.

        After "the", "by", "told" or "according to", in the possessive, before a verb; among a
        kind's examples or other bodies, as a side in results, or spelling a firm the source names.
        """
        if word in self._spelled_bodies:
            return True  # "GM" where the source names General Motors Corp
        if word in self._listed_bodies or word in self._paired or self.plays(word) or word in self._row_sides:
            return True  # "firms like Dell, LG, Samsung", "MCI and Verizon"; a side: "LG 2 OB 0"
        if any(word in items and sum(map(_a_body, items)) >= 2 for items in self._name_lists):
            return True  # "Toyota Motor Corp, GM, and Ford Motor Co": among bodies
        if word not in self._acting:
            acting = rf"\b(?:(?:[Tt]he|by|told|according to) {word}\b|{word}['’]s\b|{word}{_ACTING_AFTER})"
            self._acting[word] = re.search(acting, self._joined) is not None
        return self._acting[word]

    def speaking_as(self, word: str) -> str | None:
        """Return what a lone word that speaks as no one in particular is: a body, unless shown a person.

        Someone named by a surname alone is mostly named with a title ("oil minister Subroto");
        what speaks with neither a title nor "he" is mostly a firm or an agency ("Napster").
        A word that is part of a longer name elsewhere ("Daniel arap Moi", "Maxicare Health
        Plans Inc") is left to that name.
        """
        if word not in self._speaking_as:
            self._speaking_as[word] = self._typed_as_it_speaks(word)
        return self._speaking_as[word]

    def _typed_as_it_speaks(self, word: str) -> str | None:
        """Return what `speaking_as` finds for a word, looked for in the source afresh."""
        if not self.spoke_unsure(word) or _people(word) or self._in_lower_case(word):
            return None  # "minister manuel azpurua said": a source in lower case shows nothing
        if word.startswith(_IRISH_PREFIXES):
            return PERSON  # "O'Sullivan said", "McBride said": a surname's shape
        titled = False
        for m in re.finditer(rf"\b{re.escape(word)}\b", self._joined):
            before = self._joined[max(0, m.start() - 30) : m.start()]
            if _A_NAME_BEFORE.search(before) or _A_NAME_AFTER.match(self._joined, m.end()):
                return None
            titled = titled or bool((found := _WORD_BEFORE.search(before)) and found[1] in TITLE_WORDS)
        return PERSON if titled else ORGANISATION

    @cached_property
    def _told(self) -> frozenset[str]:
        """Return the words the source has people tell, report to, interview or poll: "told Wikinews"."""
        told = set()
        for text in (self._joined, self._headlines):
            told.update(_TOLD.findall(text))
            # A look before the pattern: few sources open a sentence so.
            if "According to " in text or "Speaking to " in text or "Talking to " in text:
                told.update(_TOLD_OPENING.findall(text))
            # Who polls: "a Quinnipiac poll", "the latest Newsmax / Zogby poll", "a YouGov survey".
            if " poll" in text or " survey" in text:
                told.update(name for pair in _POLLSTERS.findall(text) for name in pair if name)
            # ... and who counts: "Eurostat figures showed", "Kantar data"; not "Farage figures
            # prominently", nor someone's first name or a people's word.
            for counted in _COUNTED.finditer(text):
                counter = _WORD_COUNTING.search(text, max(0, counted.start() - 30), counted.start())
                if counter and (name := counter[1]).lower() not in first_names():
                    if name.lower() not in nationalities():
                        told.add(name)
            for m in _INTERVIEWING.finditer(text):
                if not _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                    told.add(m[1])
        return frozenset(told)

    @cached_property
    def _mastheads(self) -> frozenset[str]:
        """Return the words a capital "The" makes a publication after "told", "a writer for" and the like."""
        # Mid-sentence, "The" is capitalised only as part of a title: "told The Onion",
        # though "onion" is a word; any one word may be a newspaper's name.
        # From each capital "The" back to the verb: cheaper than trying every verb everywhere.
        joined = self._joined
        return frozenset(
            the[1]
            for the in _CAPITAL_THE.finditer(joined)
            if _MASTHEAD_BEFORE.search(joined, max(0, the.start() - 40), the.start())
        )

    @cached_property
    def _put_in(self) -> frozenset[str]:
        """Return the words the source puts things in or near: "in Hadibo", "near Svendborg or Faaborg"."""
        found = _PUT_IN_WORDS.findall(self._joined)  # one scan: the word, and a fellow after "and"
        # "in Svendborg or Faaborg": a place's fellow; not "in December and Yugansk".
        return frozenset(first for first, _ in found) | {
            second
            for first, second in found
            if second
            and first[:1].isupper()
            and (
                first.lower() in places()
                or not (first.lower() in english_words() or first.lower() in FUNCTION_WORDS)
            )
        }

    def _placed(self, mention: Mention) -> bool:
        """Tell whether a name of words no list knows is a place: the source puts things in it."""
        words = mention.words
        return (
            mention.kind == "unknown"
            and len(words) in (2, 3)
            and words[0].lower() not in first_names()
            and not mention.honorific
            and not mention.titles
            and mention.text in self._put_in_names
            and words[0].lower() not in self._traded
            and not body_name(words[0])  # "in Microsoft Outlook": a body's product
        )

    @cached_property
    def _lived(self) -> frozenset[str]:
        """Return the words the source gives a life: kin, a birth, a death ("Einstein's wife")."""
        return frozenset(_LIVED.findall(self._joined))

    @cached_property
    def _thought(self) -> frozenset[str]:
        """Return the words the source gives a life or a thought no place has: "Newton's concept"."""
        return frozenset(_THOUGHT.findall(self._joined))

    @cached_property
    def _cited(self) -> frozenset[str]:
        """Return the surnames the source cites as authors: "(Li & Polat, 2010)", "Spang (1983)"."""
        joined = self._joined
        cited = set()
        # Found from the bracketed year back, which is cheap to find; names are everywhere.
        for year in _BRACKETED_YEAR.finditer(joined):
            author = _CITED_BEFORE.search(joined, max(0, year.start() - 60), year.start())
            # A work's title before its year is no author: "Airport (1968)", "The Crucible (1953)".
            if author and author[1].lower() not in english_words():
                cited.add(author[1])
            # "adapted from Palmeri and Gazio (1995)": both of two authors before it.
            pair = _PAIR_CITED_BEFORE.search(joined, max(0, year.start() - 60), year.start())
            if pair and not {pair[1], pair[2]} & _CALENDAR_WORDS and not dictionary_words([pair[1], pair[2]]):
                cited.update((pair[1], pair[2]))
        # Two authors before a bare year: "Polio and Gass 1997", "Heidenreich & Turano 2011";
        # not "March and April 2004".
        # Found from "and" or "&" on, which are cheap to find, then back to the first name.
        for second in (*_AND_CITED.finditer(joined), *_AMPERSAND_CITED.finditer(joined)):
            first = _NAME_ENDING.search(joined, max(0, second.start() - 30), second.start())
            pair = (first[1], second[1]) if first else ()
            if pair and not set(pair) & _CALENDAR_WORDS and not dictionary_words(list(pair)):
                cited.update(pair)
        # "Kessler and colleagues [15]": an author, whatever follows; "Gibbons et al." one
        # though a word, since only authors go before "et al.".
        for others in _OTHER_AUTHORS.finditer(joined):
            first = _NAME_ENDING.search(joined, max(0, others.start() - 30), others.start())
            if first and (others[1] or first[1].lower() not in english_words()):
                cited.add(first[1])
        for brackets in _BRACKETS.findall(joined):
            citations = []
            for part in brackets.split(";"):
                authors = CITED_YEAR.split(part, 1)
                # A year closes the authors, and nothing else goes before it: "Feng, Spence, &
                # Pratt, 2007", not "(pictured in 2010)" nor "(The Crucible, 1953)".
                if len(authors) > 1 and _AUTHORS.fullmatch(authors[0]):
                    citations.append(
                        [name for name in _AUTHOR.findall(authors[0]) if name not in ("The", "See")]
                    )
            for names in citations:
                # One author alone must be no word, "(Rain, 1932)" is a work, unless other
                # citations beside it say what the brackets hold: "(Laws, 2016; Lindsay, 2015)".
                if (
                    len(names) > 1
                    or names
                    and (names[0].lower() not in english_words() or len(citations) > 1)
                ):
                    cited.update(names)
        return frozenset(cited)

    @cached_property
    def _kinned(self) -> frozenset[str]:
        """Return the words the source sets beside a kinship: "Philonise, his brother"."""
        joined = self._joined
        names = set()
        # From the kinship back to the name before it: ", his brother", "Chao and his wife"
        # are cheap to find.
        for kin in _KIN_AFTER_NAME.finditer(joined):
            if name := _NAME_ENDING.search(joined, max(0, kin.start() - 30), kin.start()):
                names.add(name[1])
        # From a name set off by commas back to the kinship before it: "his brother, Hans,".
        for apposed in _APPOSED_NAME.finditer(joined):
            if _KIN_ENDING.search(joined, max(0, apposed.start() - 25), apposed.start()):
                names.add(apposed[1])
        # A friend or a relative named right after: "with his friend Bonosus", "her son Dhruv";
        # found from the kinship, which is rarer than "his", back to the owner.
        for kin in _KIN_THEN_NAME.finditer(joined):
            if _OWNER_ENDING.search(joined, max(0, kin.start() - 6), kin.start()):
                names.add(kin[1])
        return frozenset(names)

    @cached_property
    def _introduced(self) -> frozenset[str]:
        """Return the names people give themselves: "My name is Jordyn", "Call me Ishmael"."""
        joined = self._joined
        # Few sources have anyone say so: a look for the words before the pattern's scan.
        if not any(words in joined for words in _INTRODUCING_WORDS):
            return frozenset()
        return frozenset(_INTRODUCED.findall(joined))

    @cached_property
    def _put_in_names(self) -> frozenset[str]:
        """Return the names of several words the source puts things in: "in Urem al-Kubra"."""
        word = r"(?:[A-Z]\w+|[a-z]{1,3}-[A-Z]\w+)"  # an Arabic article joined to a word: "al-Kubra"
        return frozenset(re.findall(rf"{_PUT_IN}([A-Z]\w+(?: {word}){{1,2}})\b(?!['’])", self._joined))

    @cached_property
    def _traded(self) -> frozenset[str]:
        """Return the words the source trades in or has speak: companies and works, no places."""
        text = self._joined
        # Both of two names "and" joins: "shares in Elan and Biogen Idec".
        owned = {
            w.lower()
            for pair in re.findall(rf"(?i)\b{_OWNING} in (\w+)(?: and (\w+))?", text)
            for w in pair
            if w
        }
        # Not a town after "in" that ends a speaker's name: "Police in Rotorua said".
        acting = re.findall(
            r"(?<!\bin )(?<!\bat )(?<!\bnear )\b(\w+) (?:said|says|told|added|wrote|shares|stock|\d)", text
        )
        return frozenset(owned | {w.lower() for w in acting})

    @cached_property
    def _written(self) -> dict[str, frozenset[str]]:
        """Return the source's words, those after an article or a possessive, and those in compounds."""
        text = self._joined
        return {
            "words": frozenset(re.findall(r"\w+", text)),
            "determined": frozenset(re.findall(rf"{_DETERMINED.pattern.removesuffix('$')}(\w+)", text)),
            "compounded": frozenset(re.findall(r"(\w+)-[a-z]", text)) | frozenset(re.findall(_AWARDED, text)),
        }

    def _office(self, words: list[str]) -> tuple[str, str] | None:
        """Return what an office is of: "Governor of Virginia" names a place, no body."""
        if words[0] in ("the", "The"):
            words = words[1:]
        name = " ".join(words)
        if name.lower() in places():
            return PLACE, canonical_place(name)
        if words and kind_of(words, name.lower(), None) == ORGANISATION:
            if name.lower() in GENERIC_BODIES:
                return None  # "Minister of Police": a field, whose longer form is the office itself
            name = self.organisation(name)
            return None if name.lower() in GENERIC_BODIES else (ORGANISATION, name)
        return None


#: A word in lower case after a department's field alone: "Commerce said", "State employees".
_FIELD_ALONE = re.compile(r"(?:['’]s)? [a-z]")
#: Someone the source names by an alias: "a woman known only as Elizabeth", "a boy called Sam".
_ALIAS = re.compile(
    r"\b(?:woman|man|girl|boy|victim|survivor|mother|father|child|teenager|person|officer|witness|source)"
    r",?\s+(?:(?:who\s+(?:is|was)\s+)?(?:known|identified|referred\s+to)(?:\s+only)?\s+as|named|called)\s+$"
)
#: An award's name before what it gives or draws: "Oscar nominee", "Bafta nominations".
_AWARDED = re.compile(
    r"\b([A-Z]\w+) (?:nominees?|nominations?|nominated|winners?|winning|hopefuls?|favourites?|"
    r"contenders?|ceremony|glory|statuettes?)\b"
)
#: A word before a spokesperson or other staff, or after a spokesperson's "for": a body ("a Greenpeace
#: spokeswoman", "a Wikinews reporter", "an Acme official").
#: Not a possessive: "Smith's spokesman" speaks for a person.
_SPOKESPERSON_OF = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) ([A-Z][A-Za-z]+) (?:spokes(?:man|woman|person)|reporter|correspondent|journalist"
    r"|editor|official|executive|founder|co-founder|website|staff|employees|volunteers)\b"
)
#: A spokesperson or staff after a name; an analyst may come before their own name.
_STAFF = re.compile(
    r" (?:(analyst|economist|strategist|president|founder|chairman|chairwoman)|spokes(?:man|woman|person)"
    r"|officials?|executives?"
    r"|analysts|economists|strategists|traders?|employees|staff)\b"
)
#: Conjunctions that open a sentence before a name: "But Lions chairman Jeff Burnige".
_CONJUNCTIONS = frozenset("But And Or So Yet Then".split())
#: Two or three capitalised words right before, after an article or not: "a Paine Webber",
#: "Kidder Peabody", "Donaldson Lufkin Jenrette".
_TWO_BEFORE = re.compile(r"(?:\b([Aa]n?|[Tt]he) )?\b([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})$")
#: A person's name after their role: " John Smith".
_NAME_AFTER = re.compile(r" [A-Z][a-z]+ [A-Z]")
#: "LibriVox founder Hugh McGuire", "Tesla CEO Elon Musk": the body its founder or boss heads.
_FOUNDER = re.compile(r"(?:founder|CEO|chief executive|chairman|chairwoman|boss) [A-Z]")
_FOUNDED = re.compile(r"\b([A-Z][A-Za-z]+) (?:co-)?$")
_HEAD = re.compile(r"(?=[pdhc])(?:president|director-general|head|chief) [A-Z]")
_SPOKESPERSON_FOR = re.compile(r"\bspokes(?:man|woman|person) for (?:the )?([A-Z][A-Za-z]+)\b(?! [A-Z]|['’])")
#: Bodies' head words and their plurals ("Companies"), in a name spelled out.
_HEADS_AND_PLURALS = (
    ORG_HEADS | {head + "s" for head in ORG_HEADS} | {head[:-1] + "ies" for head in ORG_HEADS}
)
#: Words of a campaign's name ("Unite Against Fascism").
_CAMPAIGN = re.compile(r"\b(?:Against|Without|Stop)\b")
#: What a body does after its name: a possessive, a verb in the past, saying, staff.
_ACTS = re.compile(
    r"['’]s|[a-z]+ed|has|had|does|said|says|told|tells|warns|claims|argues|predicts|suggests|estimates|urges"
    r"|members|spokes(?:man|woman|person)|officials?|staff|chief|president|director"
)
#: Words of no substance, which no term is made of: "civil servants are" abbreviates nothing.
_GRAMMAR = FUNCTION_WORDS | frozenset("are am will would can could shall should may might must".split())
#: What joins a body's short name to the rest of its full name: "Bank| of England".
_LINKED = re.compile(r" (?:of|into|for|on) (?:the )?[A-Z]")
#: A body's head word that, alone, names none in particular ("the Government", "the Court").
#: Heads a body's name holds before "of" after a place or a word ("London Chamber of Commerce",
#: "National Association of Accountants"), which stand alone for it. Not a court's nor a school's:
#: "the Court" a lawyer addresses is the one that hears the case, not the "Court of Appeals" cited.
_HEADS_THAT_STAND_ALONE = frozenset(
    "chamber association bureau federation confederation society institute academy".split()
)
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
#: Last words that stand for the one body the source names with them, and for no body
#: otherwise: "United" for "Manchester United", "City" for "Manchester City"; alone,
#: "United" may still be the source's only name for a club or an airline.
#: A paper's too, though not the words that name a paper alone in Britain ("The Times",
#: "The Sun"), which a source may cite beside one that ends with them.
_SHORTENED = frozenset(
    "united city rovers athletic airlines airways post journal tribune chronicle globe gazette inquirer "
    "examiner dispatch sentinel bulletin register".split()
)
#: The heads of things whose initials a source may define as a body's are defined: laws,
#: treaties, wars, diseases, ideas. Not a programme nor studies, which name bodies too
#: ("World Food Programme", "Institute for Fiscal Studies"), nor a convention ("DNC").
_THINGS_DEFINED = frozenset(
    "act agreement bill treaty law syndrome disease war wars doctrine plan summit theorem hypothesis "
    "principle effect equation paradox conjecture program programme rate rates index language".split()
)
#: A rate, which its initials abbreviate in any case: "the annualised money market rate (TAM)".
_RATES = frozenset({"rate", "rates"})
#: Titles that go with a given name alone, and stay in the facet's name: "Queen Elizabeth".
#: Styles that go before a given name, which then names someone: "Sheikh Hasina".
_STYLED = frozenset({"sheikh"})
#: What a leader's name qualifies after "the": "the Reagan administration", "the Castro regime".
_LEADER_S = re.compile(r" (?:administration|presidency|government|regime|era|years|cabinet|White House)\b")
#: A word that makes the next one a thing: "an Oscar", "his Mercedes", "this year's Brit".
_DETERMINED = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|his|her|their|its|this|my|your|our)|['’]s)\s+$")
#: A heading of a capitalised word and words in lower case: "College career", "Council tax rises".
_HEADING = re.compile(r"[A-Z]\w+(?: [a-z][\w-]*){1,4}")
#: A verb of saying after its subject: " said", " argues".
_SAYS = re.compile(
    r" (said|says|told|tells|added|adds|argued|argues|announced|announces|claimed|claims|"
    r"insisted|insists|admitted|admits|explained|explains|revealed|reveals|warned|warns)\b"
)
#: The verbs a speaker's name may follow, at a clause's end: "said Sotherton.", "says Daveport,".
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds|explained|insisted|warned) $")
#: A picture's credit, the name after it: "Image: Huebi.", "Photo: Mattbuck".
_CREDIT_BEFORE = re.compile(r"\b(?:Image|Photo|Picture|Photograph)(?: credit)?: $")
#: The credit's end: the paragraph's, after a full stop or none.
_CREDIT_ENDS = re.compile(r"\.?\s*$")
#: A name's word right before another, across a particle: "Daniel arap Moi", "J. Farren".
_A_NAME_BEFORE = re.compile(
    r"(?:\b[A-Z]\.|\b[A-Z][\w'’-]+) "
    r"(?:(?!(?:and|or|of|the|to|in|at|on|for|by|from|with|as|v)\b)[a-z]{1,4} )?$"
)
#: A capitalised word right after: "Zhai Guang Ming", "Maxicare Health Plans Inc".
_A_NAME_AFTER = re.compile(r" [A-Z][a-z]")
#: How Irish and Scottish surnames open: "O'Sullivan", "McBride", "MacLeod".
_IRISH_PREFIXES = ("O'", "O’", "Mc", "Mac")
#: What was said, reported in words of the reporter's own: "said the deal", not "said, “Come"
#: nor "said from the doorway", "said quietly": how a story's character speaks.
_REPORTED = re.compile(
    r"\s+(?:on [A-Z][a-z]+ )?(?!(?:on|in|at|from|to|with|as|after|before|into|over|under|through|across|"
    r"of|off|up|down|out|again|so|too|then|and|but|\w+ly)\b)[a-z]"
)
#: A pronoun straight after "told": the one told.
_OBJECT = re.compile(r"^\s+(?:him|her|them|it|me|us)\b")
#: The sentence's first pronoun before any other name: "he made", "its phones".
_FIRST_PRONOUN = re.compile(
    # A day or a month is no name that could take the pronoun: "said on Tuesday that its";
    # initials are ("Warren said GM may ... its operations": GM's).
    r"\b(he|she|his|her|him|its)\b|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][A-Za-z]|[.!?](?:\s|$)"
)
#: "It" right after the verb, as the subject of what was said: " it almost doubled"; not what
#: someone thinks or feels of something ("Jones said it was hard", "said it felt like a cover-up").
_IT_AFTER = re.compile(
    r"\s+(?:on [A-Z][a-z]+ )?it\b(?!['’]|\s+(?:is|was|were|would be|will be|could be|might be|may be|"
    r"should be|felt|feels|seemed|seems|looked|looks|sounded|sounds|appeared|appears|made|makes)\b)"
)
#: A quotation just after the name, in which someone speaks of themselves: ". “I've".
_FIRST_PERSON_QUOTED = re.compile(r"[.,]\s*[\"“‘'][^\"”]{0,80}?\b(?:I|my|me)\b")


def _alike(name: str, other: str) -> bool:
    """Tell whether two bodies' names share two in three capitalised words, spelling and plurals aside."""

    def words(name: str) -> set[str]:
        return {british_spelling(w.lower()).rstrip("s") for w in _CAPITAL_WORDS.findall(name)}

    ours, theirs = words(name), words(other)
    return 3 * len(ours & theirs) >= 2 * min(len(ours), len(theirs))


def _nation_s_form(body: Mention, table: str) -> bool:
    """Tell whether a body's name is the table's without its nation's word: "National Police"."""
    words, named = body.words, table.split()
    return (
        body.kind == ORGANISATION
        and len(words) > 1
        and len(named) == len(words) + 1
        and named[1:] == words
        and named[0].lower() in nationalities()
    )


def _two_names(words: list[str]) -> bool:
    """Tell whether "and" joins a name no dictionary holds to another: "Fiat and General Motors".

    Words of the dictionary before it join one body's name: "Institute of Geography and Statistics".
    """
    return any(
        w in ("and", "&") and k and words[k - 1].lower() not in english_words() for k, w in enumerate(words)
    )


@cache
def _place_ends() -> frozenset[str]:
    """Return the last words of the gazetteer's places of several words: "states", "islands"."""
    return frozenset(name.rsplit(" ", 1)[-1] for name in places() if " " in name)


@cache
def _possessive_firms() -> frozenset[str]:
    """Return the words the table's bodies open with before a possessive: "lloyd" of "Lloyd's of London"."""
    return frozenset(name.split()[0][:-2] for name in organisations() if name.split()[0].endswith("'s"))


def _alone_before(text: str, at: int) -> bool:
    """Tell whether a word at `at` stands alone: after a stop or a word in lower case, not a name's."""
    before = text[max(0, at - 25) : at]
    stripped = before.rstrip()
    if not stripped:
        return True
    if stripped[-1] in '.!?,;:"“”(':
        return True
    last = stripped.rsplit(None, 1)[-1]
    # A compound in lower case after its hyphen describes the name: "Debt-laden Eurotunnel said";
    # so does a participle opening the sentence: "Beleaguered Marconi said".
    return before.endswith(" ") and (
        last[:1].islower()
        or _COMPOUND_ADJECTIVE.fullmatch(last) is not None
        or participle(last)
        and _alone_before(text, at - len(before) + len(stripped) - len(last))
    )


#: A capitalised compound in lower case after its hyphen, no name's word: "Debt-laden", "War-torn".
_COMPOUND_ADJECTIVE = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _goes_on_as(rest: str) -> str | None:
    """Return whom the sentence after a verb of saying refers its subject back as."""
    if _IT_AFTER.match(rest):
        return ORGANISATION  # "Comelf said it almost doubled output": what says "it" of itself
    found = _FIRST_PRONOUN.search(rest)
    if found is None or found[1] is None:
        return None  # another name first, or the sentence's end: no pronoun to go by
    return ORGANISATION if found[1] == "its" else PERSON


def _quoted_as(rest: str) -> str | None:
    """Return whom a quotation right after "said Sotherton" shows speaking: "“I've" is someone."""
    return PERSON if _FIRST_PERSON_QUOTED.match(rest) else None


#: Words before a body people tell or report to, named in one word: "told Wikinews".
_TOLD = re.compile(
    r"\b(?:told|tells|according to|interviewed by|(?:speaking|spoke|speaks|talking|talked|talks) to) "
    r"([A-Z]\w+)\b(?! [A-Z])"
)
#: ... and opening a sentence: "According to Gartner,"; not inside a title ("The World
#: According to Bex").
_TOLD_OPENING = re.compile(
    r"(?:^|[.!?][\"”’]?\s+)(?:According|Speaking|Talking) to ([A-Z]\w+)\b(?! [A-Z])", re.MULTILINE
)
#: The word just before a point, and one space: "Nintendo " before "DS".
_WORD_BEFORE = re.compile(r"(\w+) $")
#: The word that ends a stretch, one space after it or none: "Rate " before "(LIBOR)",
#: "Program" before ", EEP,".
_WORD_ENDING = re.compile(r"(\w+) ?$")
#: The figures or the data a body gives, after its name; not the verb ("Farage figures prominently").
_COUNTED = re.compile(
    r" (?:figures|data|statistics|estimates)\b(?!\s+(?:prominently|largely|heavily|highly|among)\b)"
)
#: The one word just before them: who counted ("Eurostat", "Kantar").
_WORD_COUNTING = re.compile(r"\b([A-Z][a-z]+[A-Z]?[a-z]*)$")
#: One word, or two joined by a slash, before a poll or a survey: who polled.
_POLLSTERS = re.compile(r"\b([A-Z][\w'’-]+)(?:\s?/\s?([A-Z][\w'’-]+))? (?:polls?|polling|surveys?)\b")
#: A capital "The" before one word, and what people do to or for a publication just before it.
_CAPITAL_THE = re.compile(r"The ([A-Z][a-z]+)\b(?! [A-Z])")
_MASTHEAD_BEFORE = re.compile(
    r"\b(?:told|according to|(?:interview|interviews|interviewed|spoke|speaking|talked|talking) (?:with|to)|"
    r"(?:writer|editor|reporter|columnist|journalist|correspondent|critic)s? (?:for|at|of)|"
    r"(?:write|writes|wrote|writing|work|works|worked|working) (?:for|at)) $"
)


#: The noun of a news outlet, a name before or after it: "Interfax news agency", "the daily
#: Ming Pao". Radio and television are a thing's too ("Bluetooth radio technology"): an
#: outlet's only before what it is or does, and before its name only as a station, a
#: channel or a network ("radio station Cadena Ser"); a broadcaster may be someone.
_OUTLET_NOUN = re.compile(
    r"\b(news\s+agency|news\s+service|newspapers?|daily|weekly|magazine|tabloid"
    r"|(?:radio|television|TV)\s+(?:station|channel|network)|(?:radio|television)"
    r"(?=\s+(?:station|channel|network|service|reported|said|says|quoted)\b|['’]s\b|[.,;:]|\s*$))\b"
)
_NAME_BEFORE_AN_OUTLET = re.compile(r"(?<![\w’'&.-])([A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})[\"”]?\s+$")
_NAME_AFTER_AN_OUTLET = re.compile(r"\s+([A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})")
#: A name opening a sentence that quotes someone as saying: "Antara quoted him as saying", "But Mainichi".
_QUOTED_AS_SAYING = re.compile(
    r"(?:^|[.!?]\s+)(?:But\s+)?([A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,2}) quoted [^.;]{1,80}? as saying"
)
#: A place owning the name after it: "Germany's Federal Criminal Police Office", "Britain's Sun".
PLACE_OWNER = re.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s\s+(?=[A-Z])")


#: A sentence's end inside a run of capitalised words: a stop after two small letters, or a line's end.
_SENTENCE_END_IN_A_RUN = re.compile(r"(?<=[a-z]{2}[.!?])\s+|\s*\n\s*")
#: Words that open a sentence before an outlet's name: "But Le Matin newspaper said".
_OPENERS = re.compile(r"(?:But|And|Or|Yet|So|Then|Now|Also|Meanwhile|However),?\s+")


def outlet_name(name: str) -> str:
    """Return an outlet's name without the place or the day that owns it: "Britain's Sun" is the Sun."""
    # A run of capitals before the noun may start in the sentence before: "the town of
    # Staoueli. But Le Matin newspaper" names Le Matin ("U.S." ends no sentence).
    name = _SENTENCE_END_IN_A_RUN.split(name.strip())[-1]
    if opener := _OPENERS.match(name):
        name = name[opener.end() :]
    owner = PLACE_OWNER.match(name)
    # "Thursday's Sun newspaper": the day's edition is the paper.
    owned = owner and (owner[1].lower() in places() or owner[1].lower() in _EDITION_DAYS)
    return name[owner.end() :] if owned else name


#: A day whose edition of a paper is named: "Thursday's", "Today's".
_EDITION_DAYS = WEEKDAY_NAMES | {"today", "yesterday"}


#: A firm's part named right after the word for it: "at unit Brique Citadelle".
_PART_JUST_BEFORE = re.compile(r"\b(?:unit|subsidiary|affiliate)\s+$")
#: What a school's name follows: "educated at", "studied violin at", "graduated from", "attended".
_SCHOOLED_BEFORE = re.compile(
    r"\b(?:stud(?:ied|ying)|educated|enrolled|graduated|graduating|matriculated|taught|lectured)"
    r"(?: [\w'’-]+){0,3} (?:at|from) (?:the )?$|\battend(?:ed|ing|s)? $"
)
#: A word in lower case after a name that no small word is: the noun the name qualifies.
_NOUN_AFTER = re.compile(
    r" (?!(?:and|or|but|in|on|at|to|for|from|with|by|where|when|while|before|after|until|since"
    r"|during|then|which|who|as|between)\b)[a-z]"
)
#: A US court of appeals' number before its name: "6th Circuit Court of Appeals".
_NUMBERED = re.compile(r"\d{1,2}(?:st|nd|rd|th) (?:U\.S\. )?")
#: Those who fight for a group, after its name: "Wagner mercenaries", "Al-Shabaab militants".
_FIGHTERS_AFTER = re.compile(r" (?:militants|fighters|mercenaries|insurgents|jihadists|gunmen|militiamen)\b")
#: A code of letters and a number, a road's or a movement's: "M23", "M-19".
_CODED = re.compile(r"[A-Z]{1,4}-?\d{1,3}")
#: ... a movement's, its armed members after it: " rebels", " militia"; a road has none.
_CODED_REBELS_AFTER = re.compile(
    r" (?:rebels|rebel group|militia|movement|guerrillas|fighters|militants|insurgents)\b"
)
#: A plural name with its fans: "a Mets fan", "Saracens supporters".
_FANS = re.compile(r" (?:fans?|supporters?)\b")
#: An outlet that interviews: "Wikinews spoke with William Evans" (a word no name goes before).
_INTERVIEWING = re.compile(r"\b([A-Z]\w+) (?:interviews|interviewed|spoke (?:with|to))\b")
# A name just before, "Evans spoke with": a capitalised word, or an initial or honorific with
# its stop; not a sentence's last word ("in the United States. Wikinews spoke with").
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*|\b[A-Z][a-z]{0,2}\.)\s+$")


def _people(word: str) -> bool:
    """Tell whether a plural word is people of a nation, region or faith: "Americans", "Kurds", "Jews"."""
    if not word.endswith("s"):
        return False
    one = word[:-1].lower()
    return one in nationalities() or one + "ish" in nationalities() or one + "ian" in nationalities()


def origin(mention: Mention) -> str | None:
    """Return the place a person's name says they are from: "Tabennese" in "Theodorus of Tabennese".

    Not a title's place ("the Earl of Clare", "Lord Kinnock of Bedwellty" hold it), nor a word of
    the dictionary ("Joan of Arc").
    """
    words = mention.words
    if len(words) < 3 or words[-2] != "of" or words[0].lower() in TITLE_WORDS:
        return None
    if (mention.honorific or "").lower() in PEERS:
        return None  # "Lord Kinnock of Bedwellty": a peer's title
    place = words[-1]
    folded = place.lower()
    if not place.istitle() or body_name(place):
        return None
    if folded in famous_people():
        return None  # "the Age of Tolstoy"
    if folded in places() or folded not in english_words() and folded not in first_names():
        return canonical_place(place)
    return None


def _tongues(text: str) -> list[str]:
    """Return the words a text gives a language or a people: "Eegimaa language", "speakers of Kwa"."""
    # From each rare word back to the name: cheaper than trying every capital.
    found = []
    for word in _TONGUE_WORDS:
        at = text.find(word)
        while at >= 0:
            if before := _TONGUE_BEFORE.search(text, max(0, at - 40), at):
                found.append(before[1])
            if word == "speakers" and (after := _TONGUE_AFTER.match(text, at + len(word))):
                found.append(after[1])
            at = text.find(word, at + 1)
    return found


def _a_place(name: str) -> bool:
    """Tell whether a name is a known place's or has a place's head: "Fort Lee", "Cliffside Park"."""
    words = name.lower().split()
    opening, closing = place_heads()
    return name.lower() in places() or len(words) > 1 and (words[0] in opening or words[-1] in closing)


def _a_body(name: str) -> bool:
    """Tell whether a name is a body the table knows or ends with a body's head: "Yahoo", "Acme Inc"."""
    return body_name(name) is not None or " " in name and name.rsplit(" ", 1)[-1].lower() in ORG_HEADS


def _glossed_as_a_place(text: str, name: Mention, gloss: Mention) -> bool:
    """Tell whether a name no list types is glossed by a place's, set off after it.

    "Chehel Sotoun (The Palace of Forty Columns)", "Sydfynske Øhav, the South Funen
    Archipelago,": the place in the source's tongue, a building's or a feature's by its head;
    not a country or a town, as a player's ("Jiri Novak (Czech Republic)").
    """
    between = text[name.end : gloss.start]
    closed = text[gloss.end : gloss.end + 1]
    opening, closing = place_heads()
    return (
        gloss.kind == PLACE
        and len(gloss.words) > 1
        and (any(w.lower() in closing for w in gloss.words) or gloss.words[0].lower() in opening)
        and (between in (" (", " (The ", " (the ") and closed == ")" or between == ", the " and closed == ",")
        and not (name.honorific or name.titles)
        and name.kind in (PERSON, "unknown")
        and 1 < len(name.words) <= 3
        and name.words[0].lower() not in first_names()
    )


#: Who leads or belongs to a body, just before its name: "head of the Koinonia".
_MEMBER_OF_THE = re.compile(
    r"\b(?:head|leader|member|chairman|chairwoman|chair|founder|director|secretary|president)s? of the $"
)
#: Parts of a city that a capital makes a district's name inside a sentence.
_DISTRICTS = frozenset({"downtown", "uptown", "midtown"})


def _named_for_a_place(words: list[str]) -> bool:
    """Tell whether words no list knows end with a place the way a club's or a branch's name does.

    "Real Madrid" and "Little Britain" open with a word of the dictionary, "Lycos Europe"
    ends with a country or a continent; "Merrick Garland" and "Hayao Miyazaki" are people.
    """
    first, last = words[0].lower(), words[-1].lower()
    return (
        last in places()
        and first not in first_names()
        and (first in english_words() or first in places() or last in countries())
    )


#: Regimes and eras that qualify a country in history: "Nazi Germany", "Victorian England", no firm's arm.
_REGIMES = frozenset(
    "nazi bolshevik soviet tsarist fascist vichy weimar maoist francoist stalinist"
    " victorian edwardian elizabethan jacobean tudor".split()
)


def _before_a_country(words: list[str]) -> bool:
    """Tell whether a name of two words ends with a country or a continent: "Telekom Austria"."""
    if len(words) != 2 or "-" in words[0]:
        return False  # "South-East Asia"
    return words[1].lower() in CONTINENTS or realm(canonical_place(words[1]).lower())


def _unlisted(word: str) -> bool:
    """Tell whether a word is no word of the dictionary, first name, place, nationality nor regime."""
    name = word.lower()
    return (
        name not in english_words()
        and name not in first_names()
        and name not in places()
        and name not in nationalities()
        and name not in _REGIMES
        and not word.isupper()  # "UK Europe"
    )


#: A credit rating's grade, as the agencies write them: "AAA", "BBB-", "Baa2", "AA-1".
_GRADE = re.compile(r"(?:A{1,3}|B{1,3}|C{1,3}|Aaa|Aa|Baa|Ba|Caa)(?:-?[123])?[+-]?")
#: What is said around a credit rating: the agency, its verbs, the rating itself.
_RATED = re.compile(
    r"\b(?:[Rr]at(?:ed|ing|ings)|[Dd]owngrad|[Uu]pgrad|[Aa]ffirm|[Oo]utlook"
    r"|Moody|Fitch|Standard (?:&|and) Poor|S&P)"
)
#: A place's "-based" right before a name: a body's seat ("London-based Barclays").
_BASED_BEFORE = re.compile(r"\b[A-Z][\w.’'-]*-based\s+$")
#: Where a body is based, before its name: "Oxford-based Natural Motion", "Hong Kong-based".
_BASED = re.compile(r"\b((?:[A-Z][\w.’']*\s)?[A-Z][\w.’']*)-based\s+(?=[A-Z])")


def _founded(text: str) -> set[str]:
    """Return the words a text names founders of: "LibriVox founder Hugh McGuire"."""
    found = (_FOUNDED.search(text, max(0, m.start() - 40), m.start()) for m in _FOUNDER.finditer(text))
    # "Bundeskriminalamt president Holger Münch": a head of what no dictionary, list of first
    # names or gazetteer holds ("Former president", "Kenya president" are no bodies); not a
    # director, whom a film has ("Goldeneye director Martin Campbell").
    led = (_FOUNDED.search(text, max(0, m.start() - 40), m.start()) for m in _HEAD.finditer(text))
    heads = {body[1] for body in led if body}
    return {body[1] for body in found if body} | {
        head
        for head in heads
        if head.lower() not in english_words()
        and head.lower() not in first_names()
        and head.lower() not in places()
    }


def _closed_by_a_firm_s_head(rest: str) -> bool:
    """Tell whether words after a name close a bank's, a trust's or a fund's name: " Royalty Trust"."""
    words = rest.split()
    while words and (legal_form(words[-1]) or words[-1] in ("FSB", "N.A.")):
        words.pop()
    if len(words) == 1 and words[0][:1].isupper() and words[0].lower() in _CLOSING_TRADES:
        return True  # "Circuit City Stores", "Yangtze Electric Power": a trade's word ends the name
    return (
        0 < len(words) <= 4
        and words[-1].lower() in _FIRM_S_CLOSING_HEADS
        and all(word[:1].isupper() and not word.endswith(("'", "’")) or word == "and" for word in words)
    )


def _placed_arm(body: str) -> bool:
    """Tell whether a firm's name holds a place after its first word: "Maxicare Alabama L.P."."""
    return any(word.lower() in places() for word in _LEGAL_FORM.sub("", body).split()[1:])


def _founded_by_initials(body: str, name: str) -> bool:
    """Tell whether a firm's name is its founder's initials and a name, a legal form after: "G.D. Searle"."""
    initials, _, rest = _LEGAL_FORM.sub("", body).partition(" ")
    # Not a country's initials: "U.S. Bank" is no founder's.
    return rest == name and DOTTED_INITIALS.fullmatch(initials) is not None and not country_code(initials)


#: Heads that close a bank's, a trust's or a fund's name, which a wire drops: "Medford Savings".
_FIRM_S_CLOSING_HEADS = frozenset({"bank", "trust", "fund", "association", "bancorp", "group"})


def _ticker_spells(ticker: str, name: str) -> bool:
    """Tell whether a ticker holds a name's words' initials in order: "PVDC", "Princeville Development"."""
    letters, words = iter(ticker.upper()), name.split()
    # One word's initial tells nothing: "USAIR <U>" is as much "USAir Group Inc" as its "USAir
    # Inc"; nor a ticker the first word spells alone: "MAXICARE <MAXI.O>" of its "Maxicare Alabama".
    if len(words) < 2 or ticker.split(".")[0].upper() in words[0].upper():
        return False
    return all(word[0].upper() in letters for word in words)


def _another_s_code(text: str, mention: Mention, found: str) -> bool:
    """Tell whether a ticker right after a firm's name spells another body: "SKYLINE CORP <SKY>" is no Sky.

    The ticker is the firm's before it, whose name shares no word with the body the code spells.
    """
    named = _NAME_BEFORE_A_CODE.search(text, max(0, mention.start - 60), mention.start)
    if named is None:
        return False
    folded = found.lower()
    return not any(len(word) > 2 and word.lower() in folded for word in named[1].split())


#: A capitalised name right before a ticker's bracket.
_NAME_BEFORE_A_CODE = re.compile(r"((?:[A-Z][\w'’.&-]*\s)*[A-Z][\w'’.&-]*) <$")


#: What says a name is one a report gives someone to hide theirs: "(not her real name)", "*".
_PSEUDONYM_AFTER = re.compile(
    r"\*|\s*\((?:not (?:her|his|their) real name|a pseudonym|names? (?:has been |have been )?changed)"
)


#: What a side does over two legs of a tie: " win 4-2 on aggregate", " qualified on away goals".
_ON_AGGREGATE = re.compile(
    r" (?:win|won|wins|go through|went through|qualif(?:y|ied))\b[^.]{0,20}\bon (?:aggregate|away goals)\b"
)
#: A participle of holding after a hyphen, before a territory: "Palestinian-ruled ", "Serb-held ".
_HELD_BEFORE = re.compile(r"\w-(?:held|ruled|controlled|occupied|administered)\s+$")


def _one(found: set[str]) -> str | None:
    """Return the one name found, or None if none or several."""
    return found.pop() if len(found) == 1 else None


#: A year that cites the author just before it, in brackets of citations or in its own: ", 2017;", " (1989)".
_CITED_IN_BRACKETS = re.compile(rf",? {YEAR}[a-z]?[;)]")
_YEAR_IN_BRACKETS = re.compile(rf" \({YEAR}[),;]")
#: A court case's "v." after or before a party's name ("Lynch v. Overholser"); "versus" sets any two apart.
_CASE_AFTER = re.compile(r" v\. [A-Z]")
_CASE_BEFORE = re.compile(r"\bv\. $")
#: A judge's style after the surname, the run's end: "Mostyn J disagreed", not "Michael J. Fox".
_JUDGE_AFTER = re.compile(rf"\s+(?:{alternation(JUDGES_AFTER)})\b(?!\.?\s*[A-Z])")
#: An English court's "v" without its full stop after the Crown: "R v Smith", "DPP v Ali".
_CROWN_BEFORE = re.compile(r"\b(?:R|Regina|Rex|DPP|Crown) v $")
#: Words that put a paragraph in court, which tell a case's parties from a fixture's sides.
_AT_LAW = re.compile(
    r"\b(?:[Cc]ourts?|[Cc]ases?|[Jj]udge?ments?|[Jj]udges?|[Rr]ul(?:ing|ed)|[Aa]ppeals?|[Pp]recedents?"
    r"|[Cc]ited|[Ll]awsuits?|[Ss]ued|[Tt]rials?|[Tt]ribunals?|[Jj]ustices?|[Ll]aw)\b"
)


def _in_an_english_case(text: str, mention: Mention) -> bool:
    """Tell whether a name is a party to a case as English courts name it: "R v Smith"."""
    if _CROWN_BEFORE.search(text, max(0, mention.start - 9), mention.start):
        return True
    # Between any two names ("Donoghue v Stevenson"), where a match's sides stand too: "Hibs
    # v Hearts kicks off at noon" is a fixture, unless the paragraph speaks of the law.
    before = VERSUS_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    sided = before or VERSUS_AFTER.match(text, mention.end)
    return sided is not None and _AT_LAW.search(text) is not None


#: The heads of an exchange's name: "Karachi Stock Exchange", "Paris Bourse".
_EXCHANGES = ("Exchange", "Bourse")
#: A share index after the name of the firm or the exchange that publishes it: "Nikkei average".
_AN_INDEX_AFTER = re.compile(
    r"(?: \d{2,4})?(?: (?:[Ii]ndustrial|[Cc]omposite|[Ss]hare|[Ss]tock|all-share|blue-chip))?"
    r" (?:[Ii]ndex|[Aa]verage)\b"
    r"(?! of (?:\w+ )?polls)"  # "a Real Clear Politics average of polls": the pollster's, a body's
)
#: Streets named together by what they share: "California| and Dupont (now Grant) streets".
_STREETS_AFTER = re.compile(
    r"(?: and [A-Z][\w.'’-]*(?: \([^)]{0,30}\))?)? (?:streets|avenues|roads|boulevards)\b"
)
#: What names the US Congress or its members, beside which "the House" is its lower house.
_CONGRESS = re.compile(r"\b(?:Senate|Senators?|Congress|Congressman|Congresswoman|Rep\.)\W")

#: An operator of a formula beside a word: "IQR = Q3", "1.5 × IQR".
_OPERATOR_AFTER = re.compile(r"\s?[=×÷≤≥]")
#: Another field of a form on the same line: " ST: MI", " CUSIP: 072261".
_FORM_FIELD = re.compile(r" [A-Z][A-Z.]+: ")
_OPERATOR_BEFORE = re.compile(r"[=×÷≤≥][^\S\n]?$")
#: An amount just before a unit or a currency: "25 ", "87,000 ", "1.5".
# No newline between: searched over the paragraphs joined by a blank line, where "$" also
# matches before the last newline ("10.75" ending a row of rates is no amount of "BNZ" after it).
_AMOUNT_BEFORE = re.compile(r"(?<![\w,.])(\d(?:[\d,.]*\d)?)[^\S\n]?$")
#: A relative pronoun that only a person takes: "from Warren, who".
_WHO_AFTER = re.compile(r",?\s+who\b")
#: What someone does and a town does not, right after a name: "Miyazaki won", "Radcliffe said".
_OF_A_THING_AFTER = re.compile(r" of (?:the |a |an )?[a-z]")
_SOMEONE_DOES_AFTER = re.compile(
    r" (?:said|says|told|tells|won|wrote|writes|directed|added|insisted|admitted|denied|argued|believes)\b"
)
#: Where a land is, or what of it, then "the": "in the ", "the waters of the ".
_LAND_BEFORE = re.compile(rf"\b(?:{PUTTING}|of|over|along|up|down|beyond|under) the $", re.IGNORECASE)
#: Heads of a land's name whose first word alone names it too: "Socotra Island", "Swat Valley".
_LANDS = frozenset(
    "island peninsula atoll archipelago province region governorate oblast valley desert".split()
)
#: A firm's legal form after its first word: "Texaco| Inc".
_FORM_AFTER = r"\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV)\b"
#: Where a source puts things: "in Hadibo", "near Svendborg", "born at Stridon", "west of Broadway".
_PUT_IN = (
    # Not where a text is printed: "published in Nature Neuroscience", "wrote in the Times";
    # nor what someone studies or does: "interested in Coleoptera", "specialised in Sanskrit".
    # The words before "in" are looked at once "in" is found: one test at most places, not twelve.
    r"\b(?:in(?<!published in)(?<!appeared in)(?<!wrote in)(?<!writing in)(?<!quoted in)(?<!reported in)"
    r"(?<!interested in)(?<!involved in)(?<!specialised in)(?<!specialized in)(?<!specialising in)"
    r"(?<!specializing in)"
    r"|[Nn]ear|[Oo]utside(?: of)?|throughout|along|(?:north|south|east|west)(?:east|west)? of"
    r"|(?:born|died) at"
    # ... where people live: "two residents of Sierakowice", "on the outskirts of Grozny".
    r"|(?:residents|inhabitants|villagers|outskirts) of"
    # ... and where someone goes: "travel to Rantau Abang", "fled to Tal Afar"; not "moved to", a
    # player's club.
    r"|(?:travel(?:l?ed|l?ing|s)?|flew|fled|flee(?:ing|s)?|sailed|drove|deported|extradited|emigrated) to) "
)
#: A word things are put in, and a name "and" or "or" joins to it: "in Svendborg or Faaborg";
#: not a firm's first word before its legal form ("a fall in Texaco Inc bonds").
_PUT_IN_WORDS = re.compile(
    rf"{_PUT_IN}(\w+)\b(?!['’]|{_FORM_AFTER})(?:,? (?:and|or) ([A-Z]\w+)\b(?!['’]|{_FORM_AFTER}))?"
)


#: Words and the marks between them, read back from an acronym's brackets.
_WORDS_BEFORE = re.compile(r"[A-Za-z]+|[^A-Za-z \-]")
#: Small words that may come between the words an acronym abbreviates.
_SMALL_WORDS = frozenset("and of for the in on to".split())


def _spells(words: list[str], letters: str) -> bool:
    """Tell whether the last of some words, in lower case, open with an acronym's letters in order."""

    def ends(i: int, k: int) -> bool:  # words[..i] spell letters[..k], words[i] the k-th letter's
        if i < 0 or not words[i].islower() or words[i][0] != letters[k]:
            return False
        if k == 0:
            return True
        j = i - 1
        while j >= 0:
            if ends(j, k - 1):
                return True
            if words[j] not in _SMALL_WORDS:
                return False
            j -= 1
        return False

    return bool(words) and ends(len(words) - 1, len(letters) - 1)


#: A capital inside a word, and the surnames' prefixes that explain one ("McDonald", "DiCaprio").
_CAMEL = re.compile(r"[a-z][A-Z]")
_SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|Fitz|De|Di|Da|Du|Le|La|Van|Von|O['’])[A-Z]")
#: Articles that open a work's, a house's or a paper's name in other languages: "La Scala".
_ROMANCE_ARTICLES = frozenset({"La", "Las", "Los", "Les", "Il", "Lo", "Gli", "Der", "Die", "Das"})
#: A language or a people named by a word before or after what it is.
_TONGUE_WORDS = ("language", "dialect", "speakers", "people", "tribe")
_TONGUE_BEFORE = re.compile(r"\b([A-Z][\w’'-]+) $")
_TONGUE_AFTER = re.compile(r" of ([A-Z][\w’'-]+)")
#: A name's possessive just before a name: "Cocteau's " in "Jean Cocteau's La Machine Infernale".
_OWNER_BEFORE = re.compile(r"\b([A-Z][\w-]+)['’]s\s+$")
#: A work's noun: "film", "thriller".
_WORK_NOUN_WORDS = tuple(
    "film movie musical album single song novel book opera sitcom drama documentary play thriller "
    "comedy".split()
)
_WORK_NOUNS = f"(?:{'|'.join(_WORK_NOUN_WORDS)})"
#: A work's noun after an article or a possessive, before its title: "the film ", "her new album ".
_WORK_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z]\w+['’]s)\s+(?:[\w-]+\s+){{0,2}}{_WORK_NOUNS}\s+$"
    # Or a word that says what kind, no article: "British film Vera Drake", "children's film
    # Mary Poppins", "period drama"; not a verb's "play" ("will play Leicester") nor
    # "single", "book" or "song".
    r"|\b(?:[A-Z][a-z]+|[a-z][\w-]+|[a-z][\w-]*['’]s)\s+(?:film|movie|drama|documentary|thriller|comedy"
    r"|musical|sitcom|album|novel|opera)\s+$"
    # Or a hit's: "hit song Jailhouse Rock", "his hit single Angels".
    r"|\bhit\s+(?:song|single|record)\s+$"
    # Or a part played in it: "her role in Vera Drake", "his performance in Ray".
    r"|\b(?:role|performance|starring role|cameo) in\s+$"
)
#: A work's noun, and the title after it that small words join: "the thriller Flight of the Phoenix".
_WORK_TITLE = re.compile(
    # After an article, a possessive or "hit": "Charlton will play Leicester and Bolton" is no play.
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z]\w+['’]s)\s+(?:[\w-]+\s+){0,2}|\bhit\s+(?:\w+\s+)?)"
    rf"{_WORK_NOUNS}\s+([A-Z][\w'’-]*(?:\s+(?:(?:of|the|from|to|in|on|and|a)\s+)+[A-Z][\w'’-]*)+)"
)
#: What follows a brand's name: "the Wolf Blass brand".
_BRAND_AFTER = re.compile(r"\s+brands?\b")
#: What opens a list of brands: "brands include ", "brands such as ".
_BRANDS_LISTED = re.compile(r"\bbrands,? (?:such as|like|including|include|includes|included)[:,]? (?=[A-Z])")
#: Capitalised words of letters, small words between: "System Under Test", "Interview of the Month".
_CAPITALISED_WORDS = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|for|and|the|in|on|to)\s+)*[A-Z][a-z]+\b)+")
#: Capitalised words, a name's run: "Ask Jeeves", "Krispy Kreme".
_CAPITALISED = r"[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,3}"
#: Feasts whose sales and profits a source counts: "Christmas sales", no company's.
_FEASTS = frozenset("christmas easter thanksgiving halloween hanukkah diwali ramadan eid".split())
#: What is done with a company: "shares in", "a takeover of", "a bid for"; who speaks for it or heads it.
# The look-ahead skips most words on their first letter: the scan runs once per source.
_DEALT_IN = re.compile(
    r"\b(?=[sShHtTbBmMaAcCfFuUdDjJpP\d])(?:(?i:shares|stakes?|holdings?|takeover|bid|buyout|merger|acquisition"
    r"|spokes(?:man|woman|person)|shareholders) (?:in|of|for|with)"
    r"|(?i:chief executive|ceo|chairman|chairwoman|co-founder|founder|president) of"
    # "Sabic, a subsidiary of Aramco", "a joint venture between Sinopec and Exxon", "owns 9
    # percent of Chrysler": what only a firm is, or has.
    r"|(?:unit|subsidiary|division|affiliate|parent company|spinoff|spin-off) of"
    r"|(?i:joint venture) (?:between|of)"
    r"|\d+(?:\.\d+)? (?:percent|pct|per cent) (?:stake in|of))"
    rf" ({_CAPITALISED})(?: and ({_CAPITALISED}))?"
)
#: A firm's part, set off after its name: "a unit of", "the U.S. unit of", "the brokerage and
#: investment subsidiary of".
_A_PART_OF = r"(?:a|an|the) (?:[\w.-]+ ){0,3}?(?:unit|subsidiary|division|affiliate) of"
#: A lone word set off as a part of a firm it opens the name of: "Daiwa, the U.S. unit of
#: Daiwa Securities", "Hoechst, a subsidiary of Hoechst Celanese".
_UNIT_SET_OFF = re.compile(rf"(?<![-\w.'’])([A-Z][\w&-]+), {_A_PART_OF} (?:the )?\1 ")
#: An economy's totals, which "pct of" takes as a firm's name does: "Gross Domestic Product".
_AGGREGATES = frozenset("product income output expenditure".split())
#: What a participle opening a sentence goes on with: a preposition or an article.
_PARTICIPLE_S_OBJECT_AFTER = re.compile(
    r" (?:from|through|into|about|over|the|a|an|his|her|their|its|this|these)\b"
)
#: What a person's name may follow as a firm's does: "spokesman for", "a unit of", "9 pct of".
_FOR_SOMEONE_TOO = re.compile(r"(?i:spokes)|(?:unit|subsidiary|division|affiliate|parent|joint)\b|\d")
#: A name after "at" or "with", and a job just before it: where someone works ("their current
#: roles at Aer Lingus", "a job at Tesco"); found from the literal words, which is cheap.
_AT_A_NAME = re.compile(rf" (at|with|for) ({_CAPITALISED})")
#: A person's name of two or three words, an initial among them: "Paula Buratti", "John F. Smith".
_PERSON_S_NAME = r"[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){1,2}"
#: Staff's jobs, which say where someone works before "at" or "with": "an analyst with Smith Barney".
_STAFF_JOBS = (
    r"economists?|analysts?|strategists?|executives?|officers?|managers?|consultants?|researchers?"
    r"|engineers?|traders?|dealers?|brokers?|spokes(?:man|woman|person)|employees?"
)
#: ... and before "at" only, roles and jobs that are shared with someone too ("a director with").
_JOB_BEFORE = re.compile(
    rf"\b(?:(?i:roles?|jobs?|posts?|positions?|careers?|directors?|editors?|scientists?|partners?|{_STAFF_JOBS})"
    # ... and of what: "director of product at Ask Jeeves", "head of research at Numis".
    r"(?: (?:of|for) [a-z]+(?: [a-z]+)?)?|(?i:heads?) (?:of|for) [a-z]+(?: [a-z]+)?)"
    # ... with the holder's name: "analyst Paula Buratti at Indosuez".
    rf"(?: {_PERSON_S_NAME})?$"
)
_STAFF_JOB_BEFORE = re.compile(rf"\b(?i:{_STAFF_JOBS})$")
#: For whom an analyst works: "supercomputer analyst for Piper Jaffray"; not "a spokesman for Smith".
_ANALYST_BEFORE = re.compile(r"\b(?i:analysts?|economists?|strategists?)$")
#: The job before each word that says where someone works.
_JOB_BEFORE_ITS_WORD = {"at": _JOB_BEFORE, "with": _STAFF_JOB_BEFORE, "for": _ANALYST_BEFORE}
#: A firm's name of one or two words before its analyst's own name: "Wedbush analyst Dan Ives".
_FIRM_BEFORE_ITS_ANALYST = re.compile(
    rf"\b([A-Z][\w&]+(?: [A-Z][\w&]+)?) (?:analyst|economist) (?={_PERSON_S_NAME})"
)
#: A sentence's end in a run of capitals, no initial's stop: "Numis. The", not "E.F. Hutton".
_SENTENCE_END_AFTER_A_NAME = re.compile(r"(?<!\b[A-Z])\. ")
#: "and" or "&" and a capital: a name that goes on past the run ("Purvin and Gertz").
_AND_A_NAME = re.compile(r" (?:&|and) [A-Z]")
#: A figure right after what a company has: an earnings table's row ("Shr profit 79 cts"),
#: in words below ten as a wire writes them ("Shr profit five cts").
_FIGURE_AFTER = re.compile(r" (?:[\d$£€]|(?:one|two|three|four|five|six|seven|eight|nine|ten|nil)\b)")
#: What may follow a firm's kind that says what it is: a stop or a small word, no noun
#: ("a company director", "a bank clerk" are people).
_KIND_ENDS = (
    r"(?=[,.;:)]|$| (?:this|that|which|with|in|on|for|to|and|of|since|after|by|based|at|from|whose"
    r"|its|last|said|until|when|but)\b)"
)
#: A verb or an adverb after a body's name: "GM said", "SI developed", "BA currently operates".
_ACTING_AFTER = (
    r" (?:[a-z]+ed|said|says|is|was|has|had|will|would|could|may|might|must|should|did|does|also|currently|"
    r"plans|makes|owns|runs|employs|hopes|wants|expects|made|sold|bought|kept|won|lost|beat|took|gave|"
    r"began|became|built|grew|left|paid|sent|spent|held|told|led|fell|rose|cut|set|put|to)\b"
)
#: The verbs of a share's move on the day.
_SHARE_MOVES = (
    "rose|fell|gained|lost|added|shed|dropped|climbed|slipped|eased|firmed|jumped|slumped|soared|"
    "tumbled|plunged|advanced|declined"
)
#: A share's price, no sum of millions nor a commodity's by its measure: "$2.56", "202 francs";
#: not "$200 million", "5 mln dlrs", "$21.50 a barrel".
_A_PRICE = (
    rf"(?:[$£€]\d[\d,.]*(?<![.,])|\d[\d,.]*(?<![.,]) (?:{'|'.join(sorted(CURRENCIES))}))"
    r"(?!\d| ?(?:mln|bln|million|billion|m|bn)\b| (?:a|an|per) (?!share\b))"
)
#: A share's move on the day, to a price: " gained 300 lira to 8,600", " ended 0.20 up at 51.00",
#: " fell 1/2 dlr to 7"; not a statistic's (" jumped 51.3 pct to", " rose 200 mln to"), nor
#: " rose three places to 5th", " finished 3 under at 69".
_PRICE_MOVE = (
    rf"(?:(?:(?:{_SHARE_MOVES})(?: just| a further| another)? \d[\d,./-]*"
    r"(?: (?!pct\b|percent\b|per\b|mln\b|bln\b|million\b|billion\b)[a-z]+)? (?:to|at)|"
    r"(?:ended|closed)(?: just)? \d[\d,./-]* (?:up|down|higher|lower) at) \d[\d,./-]*(?!\w)"
    # ... from one price to another, to one by a share of it, or at one as trading ends:
    # "fell to $2.56 from $2.58", "gained 2.1 percent to 202 francs", "closed at $0.958".
    rf"|(?:{_SHARE_MOVES}) to {_A_PRICE} from [$£€]?\d"
    rf"|(?:{_SHARE_MOVES}) \d[\d,.]* (?:pct|percent) to {_A_PRICE}"
    rf"|(?:ended|closed|finished)(?: at)? at {_A_PRICE})"
)
_MOVED = re.compile(rf" {_PRICE_MOVE}")
#: A word that joins a name's words, right before a run: "Kali und ", "Marks & ".
_JOINED_INSIDE_BEFORE = re.compile(r"(?:\b(?:und|&|de|et)|\b[A-Z][\w.'’-]* of) $")
#: What moves on a market and is no firm: "Stocks fell 3 points to 450", "Sterling rose 0.5 to 2.35".
_MARKETS = frozenset(
    "stocks shares bonds prices futures index indices volume turnover trading sterling dollar yen gold "
    "silver copper oil crude brent gilts treasuries bund bunds nikkei dow ftse dax cac nasdaq average".split()
)
#: What a company has: "Krispy Kreme shares", "Cadbury Schweppes's profits".
_ASSETS = re.compile(
    # Set off as a firm's part: "Hoechst, a unit of Hoechst Celanese".
    rf",? {_A_PART_OF}\b|"
    # A wire's ticker, which only a firm has: "Salomon <SB> sees lower second quarter".
    rf" {TICKER}|"
    r" (?:shares|stock|profits?|sales|revenues?|shareholders|share price|chief executive|boss|chairman|"
    r"market capitali[sz]ation|market value|headquarters|CEO|"
    r"finance director|managing director|chief financial officer|chief operating officer|"
    r"employees|staff|workforce|founders?|co-founders?|board|customers|subscribers|"
    # What it does or is that no one does or is: "Cadbury Schweppes employs", "Def Jam was founded".
    r"employs|was founded|parent company|subsidiar(?:y|ies)|"
    # Its results and its payout, which no one posts: "Palwick posted net profit", "cut its dividend".
    r"(?:posted|reported|booked|swung to|returned to) (?:a |an |its )?(?:[\w-]+ ){0,3}?"
    r"(?:profits?|loss|losses|earnings|revenues?|turnover)\b|"
    r"(?:cut|raised|omitted|suspended|passed) its (?:[\w-]+ )?dividend|"
    r"(?:is|was|has become|became) (?:the|a|an) (?:[\w-]+ ){0,4}?"
    rf"(?:firm|company|conglomerate|insurer|brokerage|airline|bank|retailer){_KIND_ENDS})"
)
#: What a name cut short leaves before it: a capitalised word, or a connector with or without "the".
#: Not an owner's possessive: "Germany's Federal Criminal Police Office (BKA)" is the whole name.
_NAME_GOES_ON_BEFORE = re.compile(
    r"(?:\b(?!The )[A-Z][\w'’-]*(?<!['’]s)|\b(?:of|for|and|on|&|de))(?: [Tt]he)? $"
)
#: What a firm's full name adds to the word it goes by: "Carnival Corporation", "Tesla Inc.".
_FIRMS_FORMS = LEGAL_FORMS | frozenset("corporation company group holdings limited incorporated".split())
#: A word whose chief executive or founder the source names: "Amazon's chief executive".
_CHIEF_AFTER = re.compile(
    r"\b([A-Z][a-z]+)['’]s (?:chief executive|chief operating officer|chief financial officer|CEO|"
    r"founder|co-founder|chairman|chairwoman|shareholders|share price|market value)\b"
)
#: A lone word traded in or headed as only a firm is: "a stake in Orange", "Delta's chief executive".
_FIRM_DEALS = r"(?i:a stake in|stakes in|shares of|takeover of|buyout of|chief executive of|ceo of) "
# The look-ahead skips most words on their first letter: the scan runs once per source.
_FIRM_DEALT_IN = re.compile(
    rf"\b(?=[aAsStTbBcC]){_FIRM_DEALS}([A-Z][a-z]+)\b(?!\s+(?:(?:and|&)\s+)?[A-Z]|['’]|\s+[a-z]+s\b)"
)
_FIRM_ASSET = re.compile(
    r"['’]s (?:chief executive|CEO|share price|shareholders|stock price"
    r"|market capitali[sz]ation|market value)\b"
)
#: A lone capitalised word just before, no part of a longer or hyphened one: "Hilton", not "T-Mobile".
_OWNER_WORD = re.compile(r"(?<![-\w.'’])([A-Z][a-z]+)$")
_FIRM_DEALT_BEFORE = re.compile(rf"\b{_FIRM_DEALS}$")
#: The capitalised words just before, a possessive's mark dropped.
_RUN_BEFORE = re.compile(rf"({_CAPITALISED})(?:['’]s)?$")
#: Words after which "in X" is a company or a work, no place.
_OWNING = r"(?:stakes?|shares|shareholder|holdings?|interest|invest\w*|trade|trading|debut|role|starring)"
#: What only a person has: kin, a life and its end ("Einstein's theory" too, "Warhol's paintings").
_LIVED = re.compile(
    r"\b([A-Z]\w+)(?:['’]s (?:wife|husband|son|daughter|father|mother|brother|sister|parents|widow"
    r"|children|death|birth|childhood|funeral|biography|memoir|theory|paintings|novels?|poems?)"
    r"| (?:was born|died|married|grew up))\b"
)
#: What a person has and a town cannot: "Newton's concept", "George's brother", "Darwin died".
#: Kin, but no partner: "Chicago's partner city".
_THOUGHT = re.compile(
    r"\b([A-Z]\w+)(?:['’]s (?:"
    + KINSHIP.replace("|partner", "")
    + r"|funeral|biography|memoir|theory|theories|concept"
    r"|death(?! (?:toll|penalty|rate|row|squad|sentence)s?\b))"
    r"| (?:was born|died))\b"
)
#: Brackets that may cite works by author and year: "(Li, Polat, & Bavelier, 2010; Dye, 2009)".
_BRACKETS = re.compile(r"\(([^()]{6,400})\)")
#: An author's surname in a citation: "Scalzo", "Martínez Cantón", "O'Neill", "Morgan-Short".
_AUTHOR = re.compile(r"[A-Z][\w-]+(?:['’][A-Z][\w-]+)?")
_AUTHORS = re.compile(
    r"\s*(?:see |see also |e\.g\.,? |for example,? |for instance,? |cf\.,? )?"
    rf"{_AUTHOR.pattern}(?: {_AUTHOR.pattern})?"
    rf"(?:(?:,| &|, &| and|, and) {_AUTHOR.pattern}(?: {_AUTHOR.pattern})?)*(?: et al\.?)?"
)
#: A surname before the year of a cited work: "Spang (1983)", "Sapir's (1971)", "Lewis et al. (2014)".
_BRACKETED_YEAR = re.compile(rf"\({YEAR}\)")
_CITED_BEFORE = re.compile(r"(?<!The )\b([A-Z][\w-]+(?:['’][A-Z][\w-]+)?)(?:['’]s| et al\.)? $")
#: What follows the first of several authors: "Gibbons et al.", "Kessler and colleagues".
_OTHER_AUTHORS = re.compile(r" (?:(et al)\b|and colleagues\b)")
#: The second of two authors before a bare year: "Polio and Gass 1997", "Heidenreich & Turano 2011".
_AND_CITED = re.compile(rf" and ([A-Z][a-z][\w-]*),? {YEAR}\b")
_AMPERSAND_CITED = re.compile(rf" & ([A-Z][a-z][\w-]*),? {YEAR}\b")
#: Words that go before a year and are no author's name: "March and April 2004".
_CALENDAR_WORDS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Spring Summer Autumn Fall Winter".split()
)
#: The words before a name someone gives themselves, which `_INTRODUCED` opens with.
_INTRODUCING_WORDS = ("name is", "name's", "name’s", "I'm", "I’m", "I am", "all me")
#: A name someone gives themselves: "My name is Jordyn", "I'm Kasia".
_INTRODUCED = re.compile(
    r"\b(?:[Mm]y name is|[Mm]y name['’]s|I['’]m|I am|[Cc]all me) ([A-Z][a-z][\w'’-]*)\b(?!['’])"
)
#: A relative named beside their kinship, set off by commas: "Philonise, his brother,", "his
#: daughter, Gianna,".
#: The words that make someone's kin theirs.
_OWNERS = "his|her|their|my|our"
_KIN_AFTER_NAME = re.compile(rf"(?:,| and) (?:{_OWNERS}) (?:[a-z]+ )?(?:{KINSHIP})\b")
_KIN_THEN_NAME = re.compile(rf" (?:{KINSHIP}|friend) ([A-Z][a-z]+)\b(?! [A-Z])")
_OWNER_ENDING = re.compile(rf"\b(?:{_OWNERS})$")
_KIN_ENDING = re.compile(rf"(?:\b(?:{_OWNERS})|['’]s) (?:{KINSHIP})$")
_APPOSED_NAME = re.compile(r", ([A-Z][a-z]+),")
_NAME_ENDING = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)$")
#: Two authors before a bracketed year: "Palmeri and Gazio ", "Carrano & Biewener ".
_PAIR_CITED_BEFORE = re.compile(r"\b([A-Z][a-z][\w-]*) (?:and|&) ([A-Z][a-z][\w-]*) $")
#: A possessive before a capitalised word: the name of a place or a work, "Guy's Hospital", "Destiny's Child".
_OWNER = re.compile(r"['’]s [A-Z]")
#: A possessive, then a person's full name: "'s Chris Martin", its first name captured.
_MEMBER_NAMED = re.compile(r"['’]s ([A-Z][a-z]+) (?:[A-Z]\.? )?[A-Z][\w'’-]+")
#: Heads a body's name may open with "of" or close: "Department of Justice", "Justice Department".
_HEADS_BEFORE_OF = frozenset({"Department", "Ministry", "Bureau", "Office", "Agency", "Commission"})
#: An article opening a body's name: "the Bank", "The Independent Inquiry".
_ARTICLE = re.compile(r"^(?:the|The)\s+")
#: Words that open a noun phrase, no name: "a", "this", "their".
_DETERMINERS = frozenset("a an this that these those his her their our my its your".split())


#: A firm's legal form after its name: "Apple Inc.", "Ford Motor Co.", "Tesco plc".
#: Legal forms abroad, each with its full stops or not: "NV", "N.V.".
_DOTTED_FORMS = [r"\.?".join(map(re.escape, form)) for form in sorted(WRITTEN_LEGAL_FORMS)]
#: The words that name a parent after its first: "USAir Group Inc", "Tate Holdings Ltd".
_PARENTS = frozenset("Group Holdings Holding Cos Companies Industries".split())
_LEGAL_FORM = re.compile(rf",?\s+(?:(?i:{'|'.join(sorted(LEGAL_FORMS))})|{'|'.join(_DOTTED_FORMS)})\.?$")


def _firm_s(name: str) -> bool:
    """Tell whether a body's name ends with a firm's legal form, at home or abroad: "BASF AG"."""
    return _LEGAL_FORM.search(name) is not None or written_legal_form(name.rpartition(" ")[2])


#: A trade's word before a firm's legal form, which a wire leaves out: "Scientific Micro Systems Inc".
_TRADES = (
    COMPANY_HEADS
    | FIRM_HEADS
    | frozenset("industries group holdings international enterprises products services properties".split())
)
#: ... but for those that name a firm's unit abroad or in finance: "Salomon Brothers
#: International Ltd", "JP Morgan Securities", "Barclays Capital".
_CLOSING_TRADES = _TRADES - frozenset(
    "international securities capital investment investments financial leasing trading brokerage insurance"
    " assurance realty properties research services".split()
)
#: Words that close a firm's name, which a wire or the table drops: "Circuit City Stores".
_CLOSING_HEADS = _CLOSING_TRADES | _FIRM_S_CLOSING_HEADS
#: A firm's "and Co" after its name: "Morgan Stanley and Co Inc" is the Morgan Stanley the table holds.
_AND_CO = re.compile(
    rf"\s+(?:(?:and|&)\s+(?:Co|Cos|Company|Sons)|et\s+Cie)\.?(?:,?\s+(?i:{'|'.join(sorted(LEGAL_FORMS))})\.?)?$"
)
#: A party's head in lower case after its name, as some outlets write it: "the Republican party".
_PARTY_AFTER = re.compile(r" party\b")
#: The comma that closes an apposition, no list going on after it.
_SET_OFF_AFTER = re.compile(r",(?!\s+(?:and|or|[A-Z]))")


#: A bloc's head in lower case after its name: "the Kenya Kwanza alliance", "the Pakatan Harapan coalition".
_BLOC_AFTER = re.compile(r" (?:party|alliance|coalition|group|gang|network|militia|cartel)\b")
#: Whose or what a party is, before its name and "party": "Mexico's Morena party", "the ruling".
_PARTY_S_KIND_BEFORE = re.compile(
    r"(?:\b([A-Z][a-z]+)['’]s|\b(?:ruling|opposition|governing|far-right|far-left|centre-left|centre-right|"
    r"center-left|center-right|right-wing|left-wing|nationalist|populist|separatist|islamist|communist|"
    r"socialist|conservative|liberal|green|centrist|leftist|rightist|hardline|moderate|reformist|"
    r"pro-[a-z]+|anti-[a-z]+)) $"
)
#: A firm named "General" and a word, as the source gives it: with a legal form, saying "it"
#: or as a unit ("General Host Corp", "General Tire said it", "GenCorp's General Tire unit").
_FORMS_TITLED = "|".join(sorted(form.title() for form in LEGAL_FORMS))
_GENERAL_FIRM = re.compile(
    rf"\bGeneral ([A-Z][a-z]+)\b(?=,? (?:{_FORMS_TITLED}|PLC|Cos|Corporation|Company)\b"
    r"| said (?:it|its)\b| unit\b| subsidiary\b)"
)
#: Ground named by a word that is a surname too: "Mametz Wood", "Gretna Green", "Cannock Chase".
_OPEN_GROUND = frozenset("wood woods green heath chase common moor forest".split())
#: What ends a clause right after a name, which leaves it no noun to go before: ".", ", and".
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)")
#: A land's kind in lower case after its name: " basin", " rainforest"; a firm's name is no land's.
_LAND_AFTER = re.compile(r" (?:basin|rainforest|rain forest|jungle|region|delta|valley)\b")
#: Titles that stand before a surname and nothing else: "President Bush", not "General Electric",
#: "King Crimson" nor "Justice Division".
_OFFICE_TITLES = frozenset(
    """president senator governor mayor chairman chairwoman judge sheriff ambassador commissioner
    captain sergeant detective inspector constable chancellor premier pope archbishop cardinal
    rabbi congressman congresswoman minister""".split()
)
#: Honorifics that stand only before a surname: what follows is one, though a word too.
_PERSONAL = frozenset("mr mrs ms miss mx dr prof professor".split())


def _event(mention: Mention) -> bool:
    """Tell whether a mention names an event by its kind, then its name: "Cyclone Phailin"."""
    return mention.kind == WORK and len(mention.words) == 2 and mention.words[0].lower() in EVENT_OPENERS
