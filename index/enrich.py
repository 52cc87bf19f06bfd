"""Enrich a source's paragraphs with what they say: speakers, entities and dates.

Each stage is a pure function of the text; this module runs them in order over one
source, so that state crossing paragraphs (the cast of names, the last speaker, the last
date named) stays in one place. `recognise` is the seam for a trained NER model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .when.dates import Anchor, DateReader
from .who.casing import restore_case
from .who.cast import Cast, origin
from .who.gazetteers import (
    LEGAL_FORMS,
    ORG_HEADS,
    body_name,
    common_first_names,
    english_words,
    legal_form,
    nationalities,
)
from .who.inside import person_inside, places_inside
from .who.mentions import Recogniser
from .who.ner import recognise_sources, rules
from .who.speakers import SpeakerReader
from .who.words import FUNCTION_WORDS, ORGANISATION, PERSON, PLACE, TICKER

#: Zones whose text is not the article's own: no facts are read from them.
SILENT_ZONES = frozenset({"boilerplate"})
#: Zones that give a speaker only when they attribute explicitly ("Blair says ...").
ATTRIBUTION_ONLY = frozenset({"headline"})
FACTS = ("speakers", "people", "organisations", "places", "dates")
#: A wire's ticker after a firm's name: " <KPK>", " <CTYF.O>".
_TICKER_AFTER = re.compile(rf"\s*{TICKER}")


#: A source to enrich: its paragraphs, their zones and the date its dates are read against.
Job = tuple[Sequence[str], Sequence[str], str | None]


def enrich(
    texts: Sequence[str],
    zones: Sequence[str],
    anchor: str | None,
    recognise: Recogniser = rules,
) -> list[dict[str, list[str]]]:
    """Return the facts of each paragraph of a source, in order."""
    return enrich_sources([(texts, zones, anchor)], recognise)[0]


def enrich_sources(jobs: Sequence[Job], recognise: Recogniser = rules) -> list[list[dict[str, list[str]]]]:
    """Return the facts of each paragraph of several sources; names are found for all at once."""
    jobs = [([_unwrapped(text) for text in texts], zones, anchor) for texts, zones, anchor in jobs]
    # Names and speakers are read from headlines in capitals in the case the story gives
    # their words; dates from the text as written, whose tense a cased word could change.
    cased = [restore_case(texts) for texts, _, _ in jobs]
    # Boilerplate is read for names too, though it gives no facts: a folder's stories repeat
    # a league's table, and its rows say which names are sides ("Fortuna Duesseldorf 3 1 0 2").
    found = recognise_sources(recognise, cased)
    return [
        _enrich(texts, zones, anchor, mentions, written)
        for (written, zones, anchor), texts, mentions in zip(jobs, cased, found, strict=True)
    ]


def _unwrapped(text: str) -> str:
    """Return a paragraph with the line breaks that wrap it as spaces, each at its place.

    A hard-wrapped story, a PDF's or a scan's paragraph breaks its lines anywhere: "a
    takeover of\\nPiedmont" says what "a takeover of Piedmont" does. The text keeps its
    length, so what is read from it stands where it stood.
    """
    return text.replace("\n", " ")


def _enrich(
    texts: Sequence[str],
    zones: Sequence[str],
    anchor: str | None,
    mentions: list[list],
    written: Sequence[str],
) -> list[dict[str, list[str]]]:
    """Return the facts of each paragraph of a source, given the names in each and the text as written."""
    cast = Cast(
        (
            (text, found if zone == "body" else [m for m in found if _plain_name(m)])
            for text, found, zone in zip(texts, mentions, zones, strict=True)
            if zone in ("body", "subhead", "caption", "boilerplate")
        ),
        headlines=[text for text, zone in zip(texts, zones, strict=True) if zone == "headline"],
    )
    speakers = SpeakerReader(cast)
    dates = DateReader(Anchor.parse(anchor))
    facts = []
    # Bodies the rules name, not the model alone, with the forms written: one sense spreads these.
    ruled: dict[str, set[str]] = {}
    # Firms named only with common words, which no mention holds, spread the same way.
    for form, body in cast.bodies_in_words.items():
        ruled.setdefault(body, set()).add(form)
    for text, as_written, zone, found in zip(texts, written, zones, mentions, strict=True):
        paragraph: dict[str, list[str]] = {name: [] for name in FACTS}
        facts.append(paragraph)
        if zone in SILENT_ZONES:
            continue
        paragraph["speakers"] = speakers.read(text, found, zone)
        paragraph["dates"] = dates.read(as_written)
        if zone in ATTRIBUTION_ONLY:
            paragraph["people"] = [s for s in paragraph["speakers"] if cast.find(s)]
        for mention in found:
            entity = cast.canonical(mention, text)
            if entity is None and zone in ATTRIBUTION_ONLY and _plain_full_name(mention):
                entity = PERSON, mention.text  # "Wikinews interviews Marcus Lindqvist": the body says "you"
            if entity is None and zone in ATTRIBUTION_ONLY:
                # "Wikinews interviews Marymegan Daly", then "Daly explained".
                person = cast.introduce_from_headline(mention)
                entity = (PERSON, person.name) if person else None
            if entity is None:
                continue
            if zone in ATTRIBUTION_ONLY and not _known(entity, mention, cast, text, as_written):
                continue
            kind, name = entity
            key = {PERSON: "people", ORGANISATION: "organisations", PLACE: "places"}[kind]
            if name not in paragraph[key]:
                paragraph[key].append(name)
            if kind == ORGANISATION and not (mention.model or mention.guess):
                # "Entertainment Marketing" for "Entertainment Marketing Inc": a form of words spreads too.
                # A people's word spreads only with its paper's "The": not "Australian dollars".
                forms = {mention.text} if name.lower() in nationalities() else {name}
                ruled.setdefault(name, forms).update([mention.text] if " " in mention.text else [])
            if kind == PERSON and (place := origin(mention)) and place not in paragraph["places"]:
                paragraph["places"].append(place)  # "Theodorus of Tabennese": a place named too
            if kind == ORGANISATION:
                for place in places_inside(mention.text, cast.bodies):
                    if place not in paragraph["places"]:
                        paragraph["places"].append(place)
            if kind in (ORGANISATION, PLACE) and (person := person_inside(mention.text)):
                if person not in paragraph["people"]:
                    paragraph["people"].append(person)  # "George Washington" of "George Washington Bridge"
        _speakers_named(text, paragraph, speakers)
        if zone == "headline":
            _named_in_full(text, paragraph, cast)
    _one_sense(texts, zones, facts, ruled)
    # The reader saw only the paragraphs that speak: its passes over them line up with those.
    read = [
        paragraph["speakers"]
        for paragraph, zone in zip(facts, zones, strict=True)
        if zone not in SILENT_ZONES
    ]
    speakers.credit_the_quotes(read)
    speakers.name_the_unnamed(read)
    return facts


def _speakers_named(text: str, paragraph: dict[str, list[str]], speakers: SpeakerReader) -> None:
    """Add to the people a speaker the paragraph names in a word no list types: "said Okonkwo".

    The cast types a lone word by what the source says of it; the speaker reader knows too
    whom the paragraph quotes, which only people are, as it writes them ("... five," said
    Daveport), not "Gartner said sales rose".
    """
    if not paragraph["speakers"]:
        return  # most paragraphs quote no one
    named = [value for key in ("people", "organisations", "places") for value in paragraph[key]]
    for name in paragraph["speakers"]:
        if (
            " " not in name
            # Most speakers are named in the facets already: that look first, the patterns after.
            and not any(name == value or value.endswith(f" {name}") for value in named)
            and speakers.spoke_as_someone(name, text)
            and re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text)
        ):
            paragraph["people"].append(name)


def _named_in_full(text: str, paragraph: dict[str, list[str]], cast: Cast) -> None:
    """Add to a headline the people the body names in full whose full name it writes.

    A headline in title case runs its names into its words ("Hillary Clinton Wins
    Missouri Democratic Primary"), so no mention holds them; the body vouches for the name.
    """
    named = " | ".join(value for key in ("people", "organisations", "places") for value in paragraph[key])
    for person in cast.people:
        name = person.name
        if (
            " " in name
            and name not in paragraph["people"]
            and name not in named  # "Paul Ryan" of "House Speaker Paul Ryan", already there
            and name in text  # a look before the pattern: most headlines name no one in full
            and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
        ):
            paragraph["people"].append(name)


def _one_sense(
    texts: Sequence[str], zones: Sequence[str], facts: list[dict[str, list[str]]], bodies: dict[str, set[str]]
) -> None:
    """Add a body the source names to each paragraph that writes its name alone and reads it as nothing.

    "Yukos" named as a body once is Yukos in "Yukos had filed for bankruptcy" too; not the
    "Academy" of "Academy Award", nor "Guardian" in "Guardian First Book Award": the name
    must stand between words that are no name's. The bodies are those the rules name: a
    model's guess, spread over a source, spreads its slips too.
    """
    for text, zone, paragraph in zip(texts, zones, facts, strict=True):
        if zone in SILENT_ZONES:
            continue
        named = {*paragraph["people"], *paragraph["organisations"], *paragraph["places"]}
        # In any case: "NEW YORK" a table's side, over "NEW YORK 1996-12-06" read as the place.
        folded = [other.lower() for other in named]
        for body, forms in bodies.items():
            if body in named:
                continue
            for form in forms:
                if (
                    form in text
                    and not any(form.lower() in other for other in folded)
                    and _alone_in(form, text)
                ):
                    paragraph["organisations"].append(body)
                    break


def _alone_in(name: str, text: str) -> bool:
    """Tell whether a text writes a name with no capitalised word joined to it on either side."""
    for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        before = text[max(0, found.start() - 30) : found.start()].split()
        after = _POSSESSIVE_AND_SPACE.sub("", text[found.end() : found.end() + 30], count=1).split()
        # After where it is based the name stands alone: "Oxford-based Natural Motion"; after
        # its owner's possessive too: "Deutsche Telekom's T-Mobile".
        joined = (
            before
            and before[-1][:1].isupper()
            and before[-1][-1:].isalnum()
            and "-based" not in before[-1]
            and not before[-1].endswith(("'s", "’s"))
        )
        if not joined and not (after and after[0][:1].isupper()):
            return True
    return False


#: A possessive's ending, then the space after it: "NASA's mission".
_POSSESSIVE_AND_SPACE = re.compile(r"^['’]s?")


def correspond(source, paragraphs: Sequence, zones: Sequence[str], facts: list[dict]) -> None:
    """Add what a message's headers say to its paragraphs' facts (and its attachments').

    A paragraph the format says someone speaks (an e-mail's sender, a quoted author) has
    them first among its speakers; every paragraph of a message or attachment has the
    message's sender and recipients.
    """
    mail = source.format == "email" or source.attachment_of
    for paragraph, zone, found in zip(paragraphs, zones, facts, strict=True):
        if paragraph.said_by and zone not in SILENT_ZONES and zone != "headline":
            found["speakers"] = [paragraph.said_by, *(s for s in found["speakers"] if s != paragraph.said_by)]
        if mail:
            found["sender"] = [source.author] if source.author else []
            found["recipients"] = [*source.to, *(c for c in source.cc if c not in source.to)]


def _plain_name(mention) -> bool:
    """Tell whether a subhead's mention is a person's plain name, which joins the cast.

    A subhead may be a byline or a name alone ("Thierry Poibeau"); its other capitalised
    runs are a heading's title case, and two names joined ("Matt Lucas & David Walliams")
    would stand for both.
    """
    return (
        mention.kind == PERSON
        and not mention.text.isupper()
        and not {"&", "and", "of", "for", "the"} & set(mention.words)
    )


def _known(entity: tuple[str, str], mention, cast: Cast, text: str, written: str) -> bool:
    """Tell whether a headline's name is one the body or the word lists vouch for.

    Headlines capitalise every word ("Bernie Sanders Pins Hopes On Iowa"): a place of the
    gazetteer, a body the source or the table names, a firm named by its legal form or its
    share's ticker and a person the body names in full count; other capitalised runs do not,
    unless the headline is written in sentence case and a head word types the body.
    """
    kind, name = entity
    if kind == ORGANISATION:
        # "Wikinews interviews ...": a body the source's text tells things to counts too.
        return (
            name in cast.bodies
            or body_name(name) is not None
            or cast.outlet(name)
            or name in cast.spoken_for
            or cast.plays(name)  # "Hereford 1-1 Doncaster", a result's sides
            # "KAPOK CORP <KPK> YEAR NET" over a table of figures: the firm names itself.
            or _named_as_a_firm(mention, text)
            # A headline written in sentence case capitalises names only, as a body does:
            # "Scottish Labour Party narrowly backs referendum"; the rules typed the body by
            # its head word or by the letters the story spells out ("CVG"). Not a headline in
            # capitals that the story's words cased: "<CIMARRON> nine MTHS net".
            or (
                mention.kind == ORGANISATION
                and not mention.model
                and (name != mention.text or any(word.lower() in ORG_HEADS for word in mention.words))
                and not (mention.start == 0 and len(mention.words) == 1)  # "Cabinet anger at ..."
                and _in_sentence_case(written)
            )
        )
    # A person the body names in full, though the headline's word is a place's too ("Hague").
    return (
        kind == PLACE
        or cast.person(mention) is not None
        or cast.find(name) is not None
        or _plain_full_name(mention)
    )


def _in_sentence_case(text: str) -> bool:
    """Tell whether a headline writes words other than function words in lower case: "narrowly backs"."""
    return len([w for w in _LOWER_WORD.findall(text) if w not in FUNCTION_WORDS]) >= 2


#: A word in lower case, three letters or more.
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")


def _named_as_a_firm(mention, text: str) -> bool:
    """Tell whether a headline names a firm by its legal form, its ticker or a wire's brackets.

    "KAPOK CORP <KPK> YEAR NET", "<CIMARRON PETROLEUM LTD> NINE MTHS NET": a story whose body
    is a table of figures names its firm nowhere else.
    """
    *name, last = mention.words
    if not any(word.rstrip(".").lower() not in LEGAL_FORMS for word in name + [last]):
        return False  # "CO LTD" cut from a longer name: forms, no name
    formed = bool(name) and legal_form(last)
    ticked = _TICKER_AFTER.match(text, mention.end) is not None
    # "<SIME DARBY BHD>" whole, not "SIME" cut from it.
    bracketed = text[mention.start - 1 : mention.start] == "<" and text[mention.end : mention.end + 1] == ">"
    return formed or ticked or bracketed


def _plain_full_name(mention) -> bool:
    """Tell whether a headline's name is a common first name and a surname alone ("Marcus Lindqvist")."""
    words = mention.words
    return (
        mention.kind == PERSON
        and len(words) == 2
        and words[0].lower() in common_first_names()
        and words[1].istitle()  # "Ray DVD": a headline's words
        and words[1].lower() not in english_words()  # "Bernie Supporter", though "Christopher Hill" too
    )
