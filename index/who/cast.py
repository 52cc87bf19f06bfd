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
from collections.abc import Callable, Iterable
from functools import cached_property

from ..patterns import alternation
from .acronyms import (
    CAPITAL_WORDS,
    Acronyms,
)
from .bodies import (
    ARTICLE,
    GENERIC_BODIES,
)
from .clues import (
    DETERMINED,
    KIN_ENDING,
    Clues,
)
from .firms import (
    AND_CO,
    CLOSING_TRADES,
    FIRM_S_CLOSING_HEADS,
    LEGAL_FORM,
    REGIMES,
    Firms,
    firm_s,
    unlisted,
)
from .forms import (
    FAMILY_AFTER,
    KIN_AFTER_A_POSSESSIVE,
    THE_BEFORE,
    Person,
    a_relative,
    first_name_alone,
    opens_before_a_verb,
    particle_and_surname,
    sharing_a_surname,
    surname_of,
    title_after,
    title_before,
)
from .gazetteers import (
    ABBREVIATED_TITLES,
    HONORIFICS,
    JUDGES_AFTER,
    ORG_HEADS,
    PEERS,
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
    nationalities,
    place_heads,
    places,
    state_codes,
    thing_heads,
    towns,
    towns_named_by_a_word,
)
from .kinds import a_body, a_people, arabic_article_inside, kind_of, model_s_letters
from .lists import (
    DETERMINERS,
    Listed,
    items_after,
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
from .markets import (
    A_PART_OF,
    FEASTS,
    FIRM_DEALS,
    Markets,
)
from .matches import (
    PLAYER_AFTER,
    SIDE_ONLY_BEFORE,
    VERSUS_AFTER,
    VERSUS_BEFORE,
    WHERE_BEFORE,
    club_by_its_town,
    side_by_a_score,
)
from .openers import NAME_PARTICIPLES, participle
from .outlets import (
    Outlets,
)
from .people import CAMEL_GIVEN, named_by_title
from .places import describes_after
from .quotes import quote_spans
from .register import (
    Register,
)
from .sides import (
    Sides,
)
from .split import SAINTS
from .tables import (
    batting_side,
    in_a_line_up,
    results_line,
)
from .voices import (
    Voices,
)
from .words import (
    CALENDAR,
    CARD_ROLES,
    CONTINENTS,
    EVENT_OPENERS,
    FORMS_FIRST,
    GENERATIONS,
    MEMBERS,
    ORDINALS,
    ORGANISATION,
    PEERAGES,
    PERSON,
    PLACE,
    REIGNING,
    TICKER_AFTER,
    TITLE_WORDS,
    UNDECIDED,
    WORK,
    YEAR,
    Mention,
    Undecided,
    an_office,
    country_code,
    dictionary_words,
    opens_sentence,
    plural_of_a_word,
    realm,
    surname_in_capitals,
)

#: Capital and small letters, Latin ones beyond ASCII too: "Ærø", "Tranekær".
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"


class Cast(Register, Acronyms, Firms, Markets, Listed, Voices, Outlets, Clues, Sides):
    """The people and organisations of one source, built from all its paragraphs' mentions.

    Its parts are mixed in by what they read: people and their forms (`Register`), acronyms,
    firms, market copy, lists, speech, outlets, clues and sides; each reads the paragraphs,
    people and bodies this class holds, and this class turns a mention into a kind and a name.
    """

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

    def _names_where(self, test: Callable[[str, Mention], bool]) -> frozenset[str]:
        """Return the names of the source's mentions that pass a test of the mention in its paragraph."""
        return frozenset(m.text for text, mentions in self._paragraphs for m in mentions if test(text, m))

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
        named = {ARTICLE.sub("", name) for name in found}
        return frozenset(
            name
            for name in named
            if dictionary_words(words := name.split())
            and all(len(word) > 1 for word in words)  # "Class B": no firm's
            and words[0].lower() not in DETERMINERS  # "A US": no name
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

    def organisation(self, name: str) -> str:
        """Return the canonical name of an organisation."""
        name = name.strip()
        if ARTICLE.match(name) and (titled := body_name(name)):
            return titled  # "the Observer": a paper the table names with its article
        name = ARTICLE.sub("", name)
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
        known = body_name(name) or body_name(LEGAL_FORM.sub("", AND_CO.sub("", name)))
        form, _, rest = name.partition(" ")
        if known or form in FORMS_FIRST and (known := body_name(rest)):
            return known  # ... or its form first: "AB Volvo"
        stem, _, trade = LEGAL_FORM.sub("", name).rpartition(" ")
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
        if not longer and " " not in name and (short := self._short_for(name)) and firm_s(short):
            longer = {short}  # "Transamerica, a privately held company" of "Transamerica Natural Gas Corp"
        if not longer and " " in name:
            # "Rochester Gas" where the source names "Rochester Gas and Electric Co": the firm, cut short.
            longer = {
                body for body in self.bodies if body.startswith(f"{name} and ") and LEGAL_FORM.search(body)
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
        longer = {body for body in longer if ARTICLE.sub("", body) != name}
        return self.organisation(longer.pop()) if len(longer) == 1 else name

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
    def _spelled_bodies(self) -> dict[str, str]:
        """Map initials to the one body named in full that they spell: three letters or more, a firm's two."""
        spelled: dict[str, set[str]] = {}
        for body in self.bodies:
            # A possessive's letter is no initial: "MCSO" for "Marion County Sheriff's Office".
            words = [w.removesuffix("'s").removesuffix("’s") for w in ARTICLE.sub("", body).split()]
            capitals = [w for w in words if w[:1].isupper()]
            # A firm goes by the initials of its name before its legal form: "GM" for "General
            # Motors Corp", "IBM" for "International Business Machines Corp".
            named = [w for w in LEGAL_FORM.sub("", body).split() if w[:1].isupper()]
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

    @cached_property
    def _units(self) -> frozenset[str]:
        """Return the lone words the source sets off as a part of a firm they open: "Daiwa, the unit of"."""
        return frozenset(unit[1] for unit in _UNIT_SET_OFF.finditer(self._joined))

    def bodies_ending(self, head: str) -> set[str]:
        """Return the bodies the source names whose name ends with a head word ("Brent Council")."""
        return {body for body in self.bodies if body.endswith(" " + head)}

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
        """Return (kind, canonical name) for a mention, by the source's evidence first, then its kind."""
        found = self._before_its_kind(mention, text)
        if found is not UNDECIDED:
            return found
        if mention.kind == ORGANISATION:
            return self._as_a_body(mention, text)
        if mention.kind == PLACE:
            return self._as_a_place(mention, text)
        return self._as_someone(mention, text)

    def _before_its_kind(self, mention: Mention, text: str) -> tuple[str, str] | None | Undecided:
        """Return what the source's evidence makes of a mention whatever its kind, or UNDECIDED."""
        for stage in (
            self._codes_and_tables,
            self._by_the_words_around,
            self._parties_and_named_bodies,
            self._listed_and_placed,
        ):
            if (found := stage(mention, text)) is not UNDECIDED:
                return found
        return UNDECIDED

    def _codes_and_tables(self, mention: Mention, text: str) -> tuple[str, str] | None | Undecided:
        """Return what a mention is by its code, a rating, a table's row or a shared first name."""
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
        return UNDECIDED

    def _by_the_words_around(self, mention: Mention, text: str) -> tuple[str, str] | None | Undecided:
        """Return what the words around a mention make it: a school, a regime's country, a club, a firm."""
        words = mention.words
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
            and words[0].lower() in REGIMES
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
        return UNDECIDED

    def _parties_and_named_bodies(self, mention: Mention, text: str) -> tuple[str, str] | None | Undecided:
        """Return what a mention is as a party, a bloc, or a body the source names in full."""
        words = mention.words
        # "the Republican party": a party the table knows, its head in lower case as some outlets write it.
        if _PARTY_AFTER.match(text, mention.end) and (party := body_name(mention.text + " Party")):
            return ORGANISATION, party
        if (
            mention.kind in (PERSON, PLACE, "unknown")
            and _PARTY_AFTER.match(text, mention.end)
            and (kind := _PARTY_S_KIND_BEFORE.search(text, max(0, mention.start - 30), mention.start))
            # A country's, not anyone's: "Johnson's Downing Street party" was a gathering.
            and (kind[1] is None or kind[1].lower() in countries())
            and mention.words[-1].lower() not in place_heads()[1] | FEASTS
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
        return UNDECIDED

    def _listed_and_placed(self, mention: Mention, text: str) -> tuple[str, str] | None | Undecided:
        """Return what a mention is by the source's lists, towns, offices, datelines or citations."""
        words = mention.words
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
        return UNDECIDED

    def _as_a_body(self, mention: Mention, text: str) -> tuple[str, str] | None:
        """Return (kind, name) for a mention typed a body: a state's code, a term, initials, a body."""
        words = mention.words
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

    def _as_a_place(self, mention: Mention, text: str) -> tuple[str, str] | None:
        """Return (kind, name) for a mention typed a place: the town, or the side, firm or person it names."""
        words = mention.words
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
            and KIN_ENDING.search(text[max(0, mention.start - 30) : mention.start].rstrip(", "))
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
                opens_sentence(text, mention.start) or not (words[0].isupper() or among_places(text, mention))
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

    def _as_someone(self, mention: Mention, text: str) -> tuple[str, str] | None:
        """Return (kind, name) for a mention typed a person or left unknown, or None when it is none."""
        words = mention.words
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
                or a_body(" ".join(words))
            )
        ):
            return ORGANISATION, body  # "a NASA Discovery mission", "the Sony Walkman": the maker's
        if (
            mention.kind == "unknown"
            and _before_a_country(words)
            and (unlisted(words[0]) or self._opens_a_firm(words[0]))
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
            if (firm := self._short_for(word)) and LEGAL_FORM.search(firm):
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
            and not a_people(word)
            and folded not in english_words()
            and folded not in first_names()
        ):
            return ORGANISATION, word  # "a Mets fan ... the Mets work": a team; not "Elvis fans"
        if self._plays(word) and not a_people(word):
            return ORGANISATION, word  # "lost to the Cardinals", "the Yankees beat": a team, by its plural
        if (
            side_by_a_score(text, mention)
            and folded not in english_words()
            and folded not in first_names()
            and folded not in famous_people()
        ):
            return ORGANISATION, word  # "beat Atletico 2-1", "Leinster beat Munster 28-17": a side
        if word.lower() in famous_people() and (
            not DETERMINED.search(text, 0, mention.start) or _LEADER_S.match(text, mention.end)
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
            and not DETERMINED.search(text, 0, mention.start)
            and not _OWNER.match(text, mention.end)
            and not self._thing(word)
        ):
            return PERSON, word  # "Hey Frank": all the source calls him
        if (
            word in self._lived
            and word in self.proper_words
            and not a_people(word)  # "four Americans died"
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
#: A word before a spokesperson or other staff, or after a spokesperson's "for": a body ("a Greenpeace
#: spokeswoman", "a Wikinews reporter", "an Acme official").
#: Not a possessive: "Smith's spokesman" speaks for a person.
_SPOKESPERSON_OF = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) ([A-Z][A-Za-z]+) (?:spokes(?:man|woman|person)|reporter|correspondent|journalist"
    r"|editor|official|executive|founder|co-founder|website|staff|employees|volunteers)\b"
)
#: Conjunctions that open a sentence before a name: "But Lions chairman Jeff Burnige".
_CONJUNCTIONS = frozenset("But And Or So Yet Then".split())
#: "LibriVox founder Hugh McGuire", "Tesla CEO Elon Musk": the body its founder or boss heads.
_FOUNDER = re.compile(r"(?:founder|CEO|chief executive|chairman|chairwoman|boss) [A-Z]")
_FOUNDED = re.compile(r"\b([A-Z][A-Za-z]+) (?:co-)?$")
_HEAD = re.compile(r"(?=[pdhc])(?:president|director-general|head|chief) [A-Z]")
_SPOKESPERSON_FOR = re.compile(r"\bspokes(?:man|woman|person) for (?:the )?([A-Z][A-Za-z]+)\b(?! [A-Z]|['’])")
#: What joins a body's short name to the rest of its full name: "Bank| of England".
_LINKED = re.compile(r" (?:of|into|for|on) (?:the )?[A-Z]")
#: A body's head word that, alone, names none in particular ("the Government", "the Court").
#: Heads a body's name holds before "of" after a place or a word ("London Chamber of Commerce",
#: "National Association of Accountants"), which stand alone for it. Not a court's nor a school's:
#: "the Court" a lawyer addresses is the one that hears the case, not the "Court of Appeals" cited.
_HEADS_THAT_STAND_ALONE = frozenset(
    "chamber association bureau federation confederation society institute academy".split()
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
#: Titles that go with a given name alone, and stay in the facet's name: "Queen Elizabeth".
#: Styles that go before a given name, which then names someone: "Sheikh Hasina".
_STYLED = frozenset({"sheikh"})
#: What a leader's name qualifies after "the": "the Reagan administration", "the Castro regime".
_LEADER_S = re.compile(r" (?:administration|presidency|government|regime|era|years|cabinet|White House)\b")
#: A heading of a capitalised word and words in lower case: "College career", "Council tax rises".
_HEADING = re.compile(r"[A-Z]\w+(?: [a-z][\w-]*){1,4}")
#: A picture's credit, the name after it: "Image: Huebi.", "Photo: Mattbuck".
_CREDIT_BEFORE = re.compile(r"\b(?:Image|Photo|Picture|Photograph)(?: credit)?: $")
#: The credit's end: the paragraph's, after a full stop or none.
_CREDIT_ENDS = re.compile(r"\.?\s*$")


def _alike(name: str, other: str) -> bool:
    """Tell whether two bodies' names share two in three capitalised words, spelling and plurals aside."""

    def words(name: str) -> set[str]:
        return {british_spelling(w.lower()).rstrip("s") for w in CAPITAL_WORDS.findall(name)}

    ours, theirs = words(name), words(other)
    return 3 * len(ours & theirs) >= 2 * min(len(ours), len(theirs))


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


def _before_a_country(words: list[str]) -> bool:
    """Tell whether a name of two words ends with a country or a continent: "Telekom Austria"."""
    if len(words) != 2 or "-" in words[0]:
        return False  # "South-East Asia"
    return words[1].lower() in CONTINENTS or realm(canonical_place(words[1]).lower())


#: A credit rating's grade, as the agencies write them: "AAA", "BBB-", "Baa2", "AA-1".
_GRADE = re.compile(r"(?:A{1,3}|B{1,3}|C{1,3}|Aaa|Aa|Baa|Ba|Caa)(?:-?[123])?[+-]?")
#: What is said around a credit rating: the agency, its verbs, the rating itself.
_RATED = re.compile(
    r"\b(?:[Rr]at(?:ed|ing|ings)|[Dd]owngrad|[Uu]pgrad|[Aa]ffirm|[Oo]utlook"
    r"|Moody|Fitch|Standard (?:&|and) Poor|S&P)"
)
#: A place's "-based" right before a name: a body's seat ("London-based Barclays").
_BASED_BEFORE = re.compile(r"\b[A-Z][\w.’'-]*-based\s+$")


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


#: A participle of holding after a hyphen, before a territory: "Palestinian-ruled ", "Serb-held ".
_HELD_BEFORE = re.compile(r"\w-(?:held|ruled|controlled|occupied|administered)\s+$")


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
#: A lone word set off as a part of a firm it opens the name of: "Daiwa, the U.S. unit of
#: Daiwa Securities", "Hoechst, a subsidiary of Hoechst Celanese".
_UNIT_SET_OFF = re.compile(rf"(?<![-\w.'’])([A-Z][\w&-]+), {A_PART_OF} (?:the )?\1 ")
#: What a participle opening a sentence goes on with: a preposition or an article.
_PARTICIPLE_S_OBJECT_AFTER = re.compile(
    r" (?:from|through|into|about|over|the|a|an|his|her|their|its|this|these)\b"
)
_FIRM_DEALT_BEFORE = re.compile(rf"\b{FIRM_DEALS}$")
#: A possessive before a capitalised word: the name of a place or a work, "Guy's Hospital", "Destiny's Child".
_OWNER = re.compile(r"['’]s [A-Z]")
#: A possessive, then a person's full name: "'s Chris Martin", its first name captured.
_MEMBER_NAMED = re.compile(r"['’]s ([A-Z][a-z]+) (?:[A-Z]\.? )?[A-Z][\w'’-]+")
#: Heads a body's name may open with "of" or close: "Department of Justice", "Justice Department".
_HEADS_BEFORE_OF = frozenset({"Department", "Ministry", "Bureau", "Office", "Agency", "Commission"})


#: Words that close a firm's name, which a wire or the table drops: "Circuit City Stores".
_CLOSING_HEADS = CLOSING_TRADES | FIRM_S_CLOSING_HEADS
#: A party's head in lower case after its name, as some outlets write it: "the Republican party".
_PARTY_AFTER = re.compile(r" party\b")


#: A bloc's head in lower case after its name: "the Kenya Kwanza alliance", "the Pakatan Harapan coalition".
_BLOC_AFTER = re.compile(r" (?:party|alliance|coalition|group|gang|network|militia|cartel)\b")
#: Whose or what a party is, before its name and "party": "Mexico's Morena party", "the ruling".
_PARTY_S_KIND_BEFORE = re.compile(
    r"(?:\b([A-Z][a-z]+)['’]s|\b(?:ruling|opposition|governing|far-right|far-left|centre-left|centre-right|"
    r"center-left|center-right|right-wing|left-wing|nationalist|populist|separatist|islamist|communist|"
    r"socialist|conservative|liberal|green|centrist|leftist|rightist|hardline|moderate|reformist|"
    r"pro-[a-z]+|anti-[a-z]+)) $"
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
