"""Attribute speech: who is quoted, or given reported speech, in each paragraph.

Per sentence, every communication verb outside quotation marks looks for its speaker:
the subject before it ("Sir Mark said:", "Chris Wild, who ..., said"), or after it in
news's inverted order (",” said Mr Wild"), or "according to" whom. Pronouns, titles
("the Commissioner") and spokespeople resolve through the source's cast. A paragraph
that opens a quotation with no attribution continues the last quoted speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cast import Cast
from .gazetteers import (
    DOCUMENTS,
    HONORIFICS,
    ORG_HEADS,
    body_name,
    countries,
    english_words,
    first_names,
    legal_form,
    nationalities,
    places,
    roles,
)
from .outlets import outlet_name
from .passes import LIST_GAP, list_run
from .quotes import double_marks, mask_quotes, opens_with_quote, quote_spans
from .speech import (
    ACCORDING,
    ADVERBIAL,
    AFTER_PREPOSITION,
    AND_BETWEEN,
    CLAUSE_END,
    CREDIT,
    DESCRIBED,
    DETERMINED,
    DOCUMENT_BY,
    DOCUMENT_FROM,
    DOCUMENT_OF,
    FILLER,
    HEARSAY,
    INDEFINITE,
    NEGATED,
    NOUN_AFTER,
    NOUN_FORMS,
    NP_LEAD,
    OF_BODY,
    OPENING_PHRASE,
    OPENING_ROLE,
    OUTLET,
    OUTLET_NOUNS,
    PASSIVE,
    PHRASE_STOP,
    PREPOSITION,
    PRONOUN,
    ROLE_NP,
    ROLE_WORDS,
    SEAT_AFTER,
    SOMEONE,
    SPOKES,
    THEIR_WORDS,
    TRANSITIVE,
    VERB,
    attributes_opening,
    listed,
    opens_sentence,
    past_possessive,
    sentences,
    spokesperson,
)
from .words import BUSINESS_KINDS, ORGANISATION, PERSON, PLACE, SET_OFF_AGE, TITLE_WORDS, Mention
from .words import opens_sentence as starts_sentence

#: The lead paragraphs, where news describes a speaker it names just after ("a clergyman has said").
LEAD = 2
#: Stands for a speaker the lead describes but names later; resolved by `name_the_unnamed`.
UNNAMED = "\0unnamed"
#: Who speaks for a body, by gender: "spokesman", "spokeswoman", "spokesperson".
_SPOKESPERSON = re.compile(r"\b[Ss]pokes(person|man|woman)\b")
#: What may open a clause before a firm's name as its subject: "But the", "Meanwhile,".
_LEAD_TO_A_BODY = re.compile(r"\W*(?:(?:But|And|Yet|Now|Meanwhile|However|So),?\s+)?(?:[Tt]he\s+)?")


#: A speech verb in a headline's title case: "Howard Dean Tells Democratic Convention".
HEADLINE_VERB = re.compile(
    r"(?<=\s)(?:Says|Tells|Warns|Claims|Insists|Urges|Vows|Admits|Denies|Argues|Predicts|Tweets|Writes|"
    r"Asks|Explains|Suggests|Pledges|Promises)\b"
)
#: The capitalised words before it, of which the name is the longest known tail.
WORDS_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)\s*$")
#: A role a sentence opens with, after one opening word: "Meanwhile, the chancellor is".
OPENING_THE = re.compile(r"(?:^|(?<=[.!?]\s))\W*(?:[A-Z]\w*,?\s+)?[Tt]he\s+([a-z-]+)(?:\s+([a-z-]+))?")
#: Someone named as an example of the subject: "critics like Huffman say", "Democrats such as".
EXAMPLE = re.compile(r"\b[a-z]+s\s+(?:like|such\s+as|including)\s+(?:[A-Z][a-z]{0,3}\.?\s+)?$")
#: A name after a dash, then a colon and a quotation: "- Frank Newport and Jim Harter: “We found ...”".
DASH_LABEL = re.compile(r"\s[-–—]\s+([A-Z][^:–—]{1,60}?):\s+[“\"]")
LABEL_NAMES = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: and [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?"
)
#: A name that ends the sentence or clause after the verb: ", said pollster Frank Luntz."
#: A body's or a person's words after "according to", then whose: "a statement from ", "a report by ".
_ISSUED_BY = re.compile(
    r"(?:a|an|the)\s+(?:new\s+|recent\s+|joint\s+|written\s+)?(?:statement|report|press release|news release"
    r"|press note|press statement|advisory|circular"
    r"|release|filing|court filing|letter|memo)\s+(?:from|by|issued by|released by)\s+"
)
#: A name and its verb right after a verb of saying: what was said, "said the FBI had seized".
_CLAUSE_AFTER = re.compile(
    r"(?:\s+the)?(?:\s+[A-Z][\w.'’-]*){1,4}\s+(?:had|has|have|was|were|is|are|would|will|could|should"
    r"|did|does|may|might|must|[a-z]+ed)\b"
)
INVERTED = re.compile(r"\s+(?:[a-z-]+\s+){0,3}(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*\s*(?:[.,;!?]|$)")
#: A person's people beside them in a subject: "and his attorneys", "and her aides".
COMPANY = re.compile(r"\s+and\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?[a-z-]+s\s*$")
#: A topic a sentence opens with, named before a pronoun: "As for Trump, he said".
TOPIC = re.compile(r"(?:.*[.!?]\s+)?\W*As for\s+", re.S)
#: What may open a sentence before its subject's name: "But Mr. Smith, ...".
OPENS = re.compile(r"\W*(?:(?:But|And|So|Yet)\s+)?(?:[A-Z][a-z]{0,3}\.?\s+)?")
#: A name then a colon opening a paragraph: the words after it are theirs; not a name
#: before a handle or an address ("Twitter: @Milbank").
LABEL = re.compile(r"\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s+(?![@#]|https?:|www\.)\S")

#: What follows a form's or a table's label, no one's words: a sum or a number alone ("RE: $70,375,000"),
#: another label ("ISSUER: Marion County ST: WV"), a list of names ("Squad: Michael Atherton
#: (captain), Alec Stewart, Graham Thorpe").
_LISTED_NAME = r"(?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w.'’-]*(?:\s\([a-z -]+\))?,\s+"
FIELD_AFTER_A_LABEL = re.compile(
    rf":\s+(?:[$£€]|[\d,.]+\s*$|[^:.!?]*\b[A-Z]{{2,}}:|{_LISTED_NAME}{_LISTED_NAME}[A-Z])"
)


@dataclass
class SpeakerReader:
    """Read the speakers of a source's paragraphs in order, with the state that crosses them."""

    cast: Cast
    _current: list[str] = field(default_factory=list)
    _people: set[str] = field(default_factory=set)  # speakers who are people, not bodies
    last_speaker: str | None = None
    #: Whether someone the source does not name spoke after the last speaker: "A senior
    #: official, who declined to be identified, told Reuters". A later "he" is not the one before.
    _nobody_last: bool = False
    last_quoted: str | None = None
    recent: list[tuple[str, str | None]] = field(default_factory=list)  # (name, gender)
    body: int = 0  # body paragraphs read so far
    _named: list[list[str]] = field(default_factory=list)  # people named, paragraph by paragraph
    _credits: list[bool] = field(default_factory=list)  # whether a paragraph is a credit line alone
    _quotes: list[bool] = field(default_factory=list)  # whether a paragraph opens with a quotation
    #: The last paragraph read: its text outside quotations, its names, whether it had speech.
    _before: tuple[str, list[Mention], bool] = ("", [], False)
    _text: str = ""  # the paragraph being read, its quotations masked

    def read(self, text: str, mentions: list[Mention], zone: str) -> list[str]:
        """Return the canonical speakers of one paragraph."""
        text = double_marks(text)
        self.body += zone == "body"
        spans = quote_spans(text)
        masked = self._text = mask_quotes(text, spans)
        outside = [m for m in mentions if not any(s <= m.start < e for s, e in spans)]
        speakers: list[str] = []
        self._current = speakers

        def add(names: list[str | None] | None) -> None:
            speakers.extend(n for n in dict.fromkeys(names or []) if n and n not in speakers)

        opening = opens_with_quote(text) and zone not in ("subhead", "headline")
        # Where the opening quotation ends: a speaker named just after it is the one quoted.
        quote_end = spans[0][1] if opening and spans else -1
        attributed = False
        label = LABEL.match(masked)
        if label and not FIELD_AFTER_A_LABEL.match(masked, label.end(1)):
            # "Elizabeth Warren: Donald Trump Is a 'Proven Failure'", a transcript's "SMITH:".
            named = [m for m in outside if m.start == label.start(1) and m.end == label.end(1)]
            add([self._labelled(m) for m in named[:1]])
        for colon in DASH_LABEL.finditer(text):
            # "... interplay has been important - Philip Bump: “Two weeks ago, ...”".
            if LABEL_NAMES.fullmatch(text, colon.start(1), colon.end(1)):
                add(
                    [
                        self._labelled(m)
                        for m in outside
                        if colon.start(1) <= m.start and m.end <= colon.end(1)
                    ]
                )
        if zone == "headline":
            add(self._headline_speakers(masked))
        credit = CREDIT.search(masked)
        credit_end = credit.start(1) + len(credit[1].rstrip(".")) if credit else -1
        credited = [m for m in outside if credit and m.start == credit.start(1) and m.end == credit_end]
        add([self._entity(m) for m in credited[:1]])
        self._credits.append(bool(credited and credit.start() == 0))
        self._quotes.append(opens_with_quote(text))
        for start, end in sentences(masked):
            indefinite = INDEFINITE.match(masked[start:end])
            if indefinite:
                # "A London grooming gang victim, who ...": a later "she" is this nobody.
                self._remember("", None)
            said: tuple[int, list[str]] | None = None  # where the last verb with a speaker ended, and who
            for verb in VERB.finditer(masked, start, end):
                if PASSIVE.search(masked, start, verb.start()) and not HEARSAY.match(masked, verb.end()):
                    continue  # "Sadiq Khan has been accused": spoken of, not speaking
                if verb[1] in NOUN_FORMS and DETERMINED.search(masked, start, verb.start()):
                    continue  # "Mr. Trump's comments", "the claims": nouns, not verbs
                if verb[1] in NOUN_FORMS and NOUN_AFTER.match(masked, verb.end()):
                    continue  # "the Beringer and Wolf Blass brands among others": what a verb never takes
                # "saying" reports speech as a participle only after "before", "while" and the like.
                participle = verb[1].endswith("ing") and (
                    verb[1] != "saying" or ADVERBIAL.search(masked, start, verb.start()) is not None
                )
                if (
                    participle
                    and said
                    and re.fullmatch(r"[^.;:_]{0,40}?,\s*", masked[said[0] : verb.start()])
                ):
                    found = said[1]  # "..., Spicer said, adding": who said it adds it
                elif (
                    verb[1] not in ("told", "tells")  # "told Vatican Radio": whom, not who
                    and verb[1] not in TRANSITIVE
                    and not participle
                    and INVERTED.match(masked, verb.end())
                    and masked[: verb.start()].rstrip()[-1:] in ",_"
                ):
                    # News's inverted order: in "Beyond Brexit, the Act is at stake, said
                    # Theresa May." the name after the verb speaks, not the opening words.
                    found = self._subject_after(masked, verb, end, outside)
                    found = found or self._subject_before(masked, start, verb.start(), outside, participle)
                else:
                    found = self._subject_before(masked, start, verb.start(), outside, participle)
                if (
                    not found
                    and not participle
                    and verb[1] not in TRANSITIVE
                    # "One woman, who asked not to be named, told the BBC": whom, as above.
                    and verb[1] not in ("told", "tells")
                    # Not the subject of what was said: "..., said the FBI had seized documents".
                    and not _CLAUSE_AFTER.match(masked, verb.end())
                ):
                    # "Said Mr Smith: ..."; not "X, D-N.Y., criticized the Federal Reserve",
                    # whose object is no speaker.
                    found = self._subject_after(masked, verb, end, outside)
                if found:
                    said = (verb.end(), found)
                    self._nobody_last = False
                elif indefinite:
                    self._nobody_last = True
                add(found)
                if found and attributes_opening(text, masked, quote_end, start, verb, end):
                    attributed = True
            for match in ACCORDING.finditer(masked, start, end):
                # "According to a statement from the Department of Justice": whose it is.
                issued = _ISSUED_BY.match(masked, match.end())
                at = issued.end() if issued else match.end()
                whose = self._noun_phrase_at(masked, at, end, outside) or self._source_at(at, outside)
                add(whose)
                if whose and 0 <= match.start() - quote_end <= 3:
                    attributed = True  # '"It is shocking," according to Lynn Perry': hers, no one's before
        quoted = bool(spans)
        if opening and quoted and not attributed and self.last_quoted and self.last_quoted not in speakers:
            # The paragraph goes on with the last quotation: its speaker, then any others.
            speakers.insert(0, self.last_quoted)
        named = []
        for m in outside:
            person = self.cast.person(m)
            if person:
                self._remember(person.name, person.gender)
                named.append(person.name)
        self._named.append(named)
        self._before = (masked, outside, bool(speakers))
        for name in speakers:
            # Who spoke is likelier to be the next "he" or "she" than who was named in passing.
            person = self.cast.find(name) if name in self._people else None
            if person:
                self._remember(person.name, person.gender)
        if speakers:
            self.last_speaker = speakers[-1]
        # A quotation nobody is named for breaks the chain of continuations. A paragraph
        # ending in a colon ("Mr Wild told the BBC:") hands its speaker to the next.
        introduces = text.rstrip().endswith(":")
        self.last_quoted = speakers[-1] if speakers and (quoted or introduces) else None
        return speakers

    def spoke_as_someone(self, name: str, text: str) -> bool:
        """Tell whether a speaker of a paragraph is a person, shown one by what the source says.

        A lone word that speaks is taken for someone until shown a body, which serves the
        speakers; the people take it only when the source goes on as someone ("Kechiche said
        he made the film") or quotes its words ('"... the best," said Daveport'): a firm's
        figures are reported ("Gartner said sales rose"), seldom quoted.
        """
        if name not in self._people:
            return False
        kind = self.cast.spoke_as(name)
        return kind == PERSON or kind is None and _quoted_by(name, text)

    def _labelled(self, m: Mention) -> str | None:
        """Return who a label names ("SMITH:", "- Philip Bump:"), if a person or a body."""
        known = m.kind in (PERSON, ORGANISATION) or self.cast.person(m)
        return self._entity(m) if known else None

    def _source_at(self, at: int, mentions: list[Mention]) -> list[str] | None:
        """Return a source no list knows that "according to" names: "According to AZCentral"."""
        m = next((m for m in mentions if m.start == at), None)
        if m and m.kind == "unknown" and len(m.words) == 1 and m.text.lower() not in english_words():
            return [m.text]
        return None

    def _topics(self) -> list[tuple[str, str | None]]:
        """Return the people the last paragraph opened sentences with, if it had no speech.

        With speech, its speaker leads the next "he" or "she" instead.
        """
        text, mentions, spoke = self._before
        if spoke:
            return []
        people = ((m, self.cast.person(m)) for m in mentions)
        # Not a preposition's object that opens one: "Like Makaeff, ... Roffman doesn't".
        return [
            (p.name, p.gender)
            for m, p in people
            if p and opens_sentence(text, m.start, m.end) and not _object(text, m)
        ]

    def _body_topic(self) -> str | None:
        """Return the last body the last paragraph opened a sentence with."""
        text, mentions, _ = self._before
        bodies = [
            m
            for m in mentions
            if m.kind == ORGANISATION
            and opens_sentence(text, m.start, m.end)
            and not _listed(text, m, mentions)
        ]
        return self.cast.organisation(bodies[-1].text) if bodies else None

    def _headline_speakers(self, text: str) -> list[str]:
        """Return who a headline says speaks in title case, if the body names them."""
        found = []
        for verb in HEADLINE_VERB.finditer(text):
            words = WORDS_BEFORE.search(text, 0, verb.start())
            words = words[1].split() if words else []
            for k in range(len(words)):
                name = " ".join(words[k:])
                person = self.cast.find(name)
                if person or name in self.cast.bodies:
                    found.append(person.name if person else self.cast.organisation(name))
                    if person:
                        self._people.add(person.name)
                    break
        return found

    def _spoken_for(self, text: str, at: int, mentions: list[Mention]) -> str | None:
        """Return whom "a spokesman" at `at` speaks for: the body opening this sentence or the last.

        "The Association of Chief Police Officers has issued guidance. A spokesman said": the
        body the sentence before is about, though another spoke earlier; else the last to speak.
        """
        last = self._last_body()
        opens = [start for start, _ in sentences(text) if start <= at][-2:]
        bodies = (m for m in mentions if m.kind == ORGANISATION and m.end <= at)
        opening = [m for m in bodies if _opens_at(text, m, opens)]
        if not opening:
            return last
        since = [m for m in mentions if opening[-1].start < m.start and m.end <= at]
        if any(self.cast.organisation(m.text) in self._current or m.text in self._current for m in since):
            return last  # "... said in a statement: '...' But Sky denied it": who spoke since
        return self.cast.organisation(opening[-1].text)

    def _last_body(self) -> str | None:
        """Return the last speaker if a body or its spokesperson: whom "a spokesman" speaks for."""
        last = self._current[-1] if self._current else self.last_speaker
        return last if last and last != UNNAMED and last not in self._people else None

    def _spokesperson_before(self, text: str, at: int, mentions: list[Mention], gender: str) -> str | None:
        """Return the body whose spokesman or spokeswoman last spoke, if "he" or "she" at `at` is them.

        Not after someone named since ("... said a spokesman. ... Mr Brown ... he added"), nor
        where the spokesperson is another's ("Tony Blair's spokesman" after the Cabinet Office spoke).
        """
        last = self._current[-1] if self._current else None
        if not last or last in self._people or last == UNNAMED:
            return None
        found = list(_SPOKESPERSON.finditer(text, 0, at))
        spokes = found[-1] if found else None
        if spokes is None or spokes[1] not in ("person", "man" if gender == "m" else "woman"):
            return None
        if any(spokes.end() <= m.start < at and self.cast.person(m) for m in mentions):
            return None
        # Whose spokesperson: the name in the phrase that holds the word, if it names one.
        window = SPOKES.finditer(text, max(0, spokes.start() - 60), spokes.end() + 60)
        whose = next((m for m in window if m.start() <= spokes.start() < m.end()), None)
        named = (whose["before"] or whose["after"] or "") if whose else ""
        # The run before may start in the sentence before, or with its article: "Oscar. A spokesman".
        named = re.sub(r"^(?:A|An|The)\b\s*", "", outlet_name(re.sub(r"['’]s\s*$", "", named.strip())))
        if named:
            person = self.cast.find(named)
            if not last.startswith(person.name if person else self.cast.organisation(named)):
                return None
        return last

    def _remember(self, name: str, gender: str | None) -> None:
        self.recent = [(n, g) for n, g in self.recent if n != name] + [(name, gender)]

    def _subject_before(
        self, text: str, start: int, at: int, mentions: list[Mention], participle: bool = False
    ) -> list[str] | None:
        head = text[start:at]
        if not participle:
            filler = FILLER.search(head)
            if NEGATED.search(filler[0]):
                return None  # "Trump has not replied", "she never denied": no one spoke
            head = head[: filler.start()].rstrip()
            # "The Taskforce (part of the National Police Chiefs Council) said"; "Intel Corp <INTC> said".
            head = re.sub(r"\s*(?:\([^()]*\)|<[A-Z.]{1,8}>)$", "", head)
            # "Hussain, 36, said", "Tahir Ahmed, 41, and Nadeem Khan, 38, denied": an age, no appositive.
            head = _AGE_AT_END.sub("", head)
            # "Crown Prosecution Service South East said": a body's branch by its region.
            region = _REGION_AT_END.search(head)
            if region and any(m.kind == ORGANISATION and m.end == start + region.start() for m in mentions):
                head = head[: region.start()]
            if head.endswith(","):  # an appositive: "Chris Wild, who has warned ..., said"
                inner = head[:-1].rfind(",")
                if inner == -1:
                    return None
                appositive = (start + inner + 1, start + len(head) - 1)
                named = self._appositive_name(text, *appositive, mentions)
                if named:  # "The Bishop of Durham, the Rt Rev Dr Tom Wright, described"
                    return named
                opening = self._opening_name(text, start, mentions)
                if opening:  # "Scott Morris, a former official who ..., which ..., said"
                    return opening
                # A name no list types, that the source gives as someone's, after the
                # sentence's subject: "The agency's director, Valdecy Urquiza, said".
                named = self._appositive_name(text, *appositive, mentions, untyped=True)
                if named:
                    return named
                # "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said".
                head = re.sub(r"\s*\([^()]*\)$", "", head[:inner].rstrip())
        else:
            head = head.rstrip()
            # "Gordon Brown has issued a rallying cry, telling ...": the clause's subject.
            if head.endswith(","):
                # After any opening phrase: "But a few days later, Trump reversed himself, telling".
                first = next(
                    (m for m in mentions if start <= m.start < at and opens_sentence(text, m.start, m.end)),
                    None,
                )
                return listed(self._entity(first)) if first else None
            adverbial = ADVERBIAL.search(head)
            if adverbial:
                return self._adverbial_subject(text, start, start + adverbial.start(), adverbial[1], mentions)
        end = start + len(head)
        if not head or head.endswith(("_", ":", ",")):
            return None
        if re.search(r"\s(?:and|but|that|which)$", head):
            # "X also reviewed cases and concluded", "X provided a statement that said":
            # the speaker is the subject the sentence opened with.
            return self._opening_subject(text, start, end, mentions)
        return self._resolve_before(text, start, end, mentions)

    def _opening_name(self, text: str, start: int, mentions: list[Mention]) -> list[str] | None:
        """Return the name a sentence opens with when a comma follows it: the subject of its appositives."""
        first = next((m for m in mentions if m.start >= start), None)
        if (
            first
            and first.kind in (PERSON, "unknown")
            # After a title too: "Vice President Joseph R. Biden Jr., who ..., said".
            and (
                OPENS.fullmatch(text[start : first.start])
                or ((first.titles or first.honorific) and NP_LEAD.fullmatch(text[start : first.start]))
            )
            # "Joseph R. Biden Jr., who was to travel ..., said": the suffix's full stop too.
            and re.match(r"\.?,", text[past_possessive(text, first.end) :])
        ):
            return listed(self._entity(first))
        return None

    def _appositive_name(
        self, text: str, start: int, end: int, mentions: list[Mention], untyped: bool = False
    ) -> list[str] | None:
        """Return the person an appositive is, when it is only a name ("the Rt Rev Dr Tom Wright")."""
        for m in mentions:
            lead = text[start : m.start]
            # The name may end with whose it is: "The victims' lawyer, David Greenwood of Switalskis,".
            whose = OF_BODY.match(text, m.end, end) if m.end < end else None
            if (
                (m.kind == PERSON if not untyped else m.kind == "unknown" and self._a_person(m, text))
                and (past_possessive(text, m.end) == end or whose is not None)
                and (_APPOSITIVE_LEAD.fullmatch(lead) or _titled(m, lead))
            ):
                return listed(self._entity(m))
        return None

    def _a_person(self, m: Mention, text: str) -> bool:
        """Tell whether an untyped name is a person's: one the cast knows, or a first name alone ("Sarah")."""
        if self.cast.person(m) is not None:
            return True
        entity = self.cast.canonical(m, text) if len(m.words) == 1 else None
        return entity is not None and entity[0] == PERSON

    def _opening_subject(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[str] | None:
        head = text[start:end]
        spokes = next(SPOKES.finditer(head), None)
        named = spokes and next(
            (m for m in mentions if m.kind == PERSON and 0 <= m.start - (start + spokes.end()) <= 1), None
        )
        if named:
            return listed(self._entity(named))  # "RNC spokesman Sean Spicer ... said ... and urged"
        if spokes and spokes.start() < 80:
            whose = self._spoken_for(text, start, mentions)
            return listed(spokesperson(head[spokes.start() : spokes.end()], True, self.cast, whose))
        # The opening noun phrase's own name: "Labour's Mr Livingstone" is Livingstone; past
        # an opening phrase ("In his first YouTube videos, Santilli wears ... and telling").
        phrase = OPENING_PHRASE.match(head)
        start += phrase.end() if phrase else 0
        opening = [m for m in mentions if start <= m.start < min(end, start + 60)]
        first = next((m for m in opening if not re.match(r"['’]s\b", text[m.end : m.end + 2])), None)
        if first and first.kind != PERSON and (held := self._holder_after(text, first, opening)):
            first = held  # "Former Labour leader Neil Kinnock ... condemned ... and complained": him
        if first and not PREPOSITION.search(text[start : first.start]):
            return listed(self._entity(first))
        role = OPENING_ROLE.match(head)
        at = end - len(head) + role.start(1) if role else 0
        return listed(self._role(role[1], text, at)) if role else None

    def _holder_after(self, text: str, body: Mention, mentions: list[Mention]) -> Mention | None:
        """Return the person a body's title leads to just after it: "Labour leader | Neil Kinnock"."""
        after = next((m for m in mentions if m.start >= body.end), None)
        title = text[body.end : after.start].strip().lower() if after is not None else ""
        if after is not None and after.kind == PERSON and title in roles():
            return after
        return None

    def _resolve_before(
        self, text: str, start: int, end: int, mentions: list[Mention], antecedent: bool = False
    ) -> list[str] | None:
        head = text[start:end]
        # Whom an unnamed spokesperson speaks for, read only where one is: most heads have none.
        whose = self._spoken_for(text, start, mentions) if "spokes" in head else None
        spokes = spokesperson(head, at_end=True, cast=self.cast, last=whose)
        if spokes:
            return [spokes]
        outlet = OUTLET.search(head)
        if outlet and not AFTER_PREPOSITION.search(head, 0, outlet.start(1)):
            # "Vedomosti newspaper reported"; not "he was quoted in the Herald newspaper saying".
            return [self._outlet(outlet[1])]
        author = self._author(text, start, end, mentions)
        if author:
            return author
        # "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote".
        of = OF_BODY.search(head)
        holder = next((i for i, m in enumerate(mentions) if of and m.end == start + of.start()), None)
        if holder is not None and (
            mentions[holder].kind == PERSON or mentions[holder].titles or mentions[holder].honorific
        ):
            # "President Musharraf of Pakistan has said"; "David Albright and Serena Kelleher of ... wrote".
            found = [self._entity(mentions[holder])]
            before = mentions[holder - 1] if holder else None
            if before and re.fullmatch(r"\s+and\s+", text[before.end : mentions[holder].start]):
                found.insert(0, self._entity(before))
            return [f for f in found if f] or None
        for i, m in enumerate(mentions):
            seat = SEAT_AFTER.match(text, m.end) if m.kind == PERSON else None
            if start <= m.start and (past_possessive(text, m.end) == end or seat and seat.end() == end):
                of = re.search(r"\s+of\s+(?:the\s+)?$", text[start : m.start])
                if m.kind == PLACE and of:  # "President Musharraf of Pakistan has said"
                    return self._resolve_before(text, start, start + of.start(), mentions, antecedent)
                body = mentions[i - 1] if i else None
                if (
                    m.kind in (PLACE, "unknown")
                    and body is not None
                    and body.kind == ORGANISATION
                    and start <= body.start
                    and re.fullmatch(r"\s+(?:in|at)\s+", text[body.end : m.start])
                ):
                    return listed(self._entity(body))  # "The Federal Criminal Court in Bellinzona said"
                example = EXAMPLE.search(text, start, m.start)
                # "Leaders in Kashmir said": a place something is in does not speak.
                within = m.kind == PLACE and re.search(r"\bin\s+(?:the\s+)?$", text[start : m.start])
                if not antecedent and (PREPOSITION.search(text[start : m.start]) or within) and not example:
                    return None  # "a letter to Sadiq Khan acknowledges": not the subject
                found = [self._entity(m)]
                # "Maggie Oliver and Chris Wild said", "Maine Sen. Susan Collins and Texas Rep.
                # Louis Gohmert suggested": both speak.
                other = _joined_before(text, mentions[:i], m)
                if other:
                    found[:0] = [self._entity(p) for p in [*_listed_before(text, mentions, other), other]]
                if any(found):
                    return [f for f in found if f]
                break  # a capitalised word that names nobody ("the Mayor"): read it as a role
        body = self._body_in_words(head)
        if body:
            return [body]
        # "Trump and his attorneys have said": the person their people speak with.
        company = COMPANY.search(text, start, end)
        holder = company and next((m for m in mentions if m.end == company.start()), None)
        if holder and (holder.kind == PERSON or self.cast.person(holder)):
            return listed(self._entity(holder))
        words = self._their_words(text, start, end, mentions)
        if words:
            return words
        pronoun = PRONOUN.search(head)
        if pronoun and pronoun[1].lower() == "they":
            together = self._together(start + pronoun.start(), text, mentions) or self._bodies_together(
                start + pronoun.start(), text, mentions
            )
            if together:
                return together
        if pronoun:
            return listed(self._pronoun(pronoun[1].lower(), text, start + pronoun.start(), mentions))
        role = ROLE_NP.search(head)
        if role:
            found = listed(self._role(role[1], text, start + role.start(1)))
            return found or self._described(text, start, end, mentions)
        return self._someone(head)

    def _body_in_words(self, head: str) -> str | None:
        """Return the firm named in common words that a clause's subject is: "Natural Motion said"."""
        for form, body in self.cast.bodies_in_words.items():
            if head.endswith(form) and _LEAD_TO_A_BODY.fullmatch(head, 0, len(head) - len(form)):
                return body
        return None

    def _described(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[str] | None:
        """Return the person before a description with no closing comma: "X, Labour's strategist told"."""
        for m in reversed(mentions):
            if start <= m.start and m.end < end and DESCRIBED.fullmatch(text, m.end, end):
                return listed(self._entity(m)) if m.kind == PERSON or self.cast.person(m) else None
        return None

    def _someone(self, head: str) -> list[str] | None:
        """Return UNNAMED for a speaker the lead describes ("a clergyman has said")."""
        someone = SOMEONE.search(head) if self.body <= LEAD else None
        if not someone or someone[0].split()[-1].lower() in DOCUMENTS:
            return None  # "a report said" is no one to name
        return [UNNAMED]

    def _adverbial_subject(
        self, text: str, start: int, end: int, word: str, mentions: list[Mention]
    ) -> list[str] | None:
        """Return who does a participle: "X resigned after admitting", "suspended a candidate for saying"."""
        if word == "for":
            return self._someone(text[start:end].rstrip())
        opening = text[start:end]
        if re.match(r"\W*(?:A|An)\s", opening):
            return self._someone(re.split(r"\s+(?:has|have|had|is|was|will|would)\s", opening)[0])
        # The sentence's subject, after any opening phrase: "On Tuesday, Mr. McConnell ... before saying".
        subjects = (m for m in mentions if start <= m.start < end and opens_sentence(text, m.start, m.end))
        first = next(subjects, None)
        return listed(self._entity(first)) if first and first.kind != PLACE else None

    def credit_the_quotes(self, speakers: list[list[str]]) -> None:
        """Give a quotation nobody is named for the speaker of the credit line just after it."""
        for i in range(1, len(speakers)):
            if self._credits[i] and self._quotes[i - 1] and not speakers[i - 1]:
                speakers[i - 1].extend(speakers[i])

    def name_the_unnamed(self, speakers: list[list[str]]) -> None:
        """Name each UNNAMED speaker: the first person named next who speaks there too."""
        for i, found in enumerate(speakers):
            if UNNAMED not in found:
                continue
            found.remove(UNNAMED)
            for named, spoke in zip(self._named[i + 1 : i + 3], speakers[i + 1 : i + 3], strict=False):
                if named:
                    if named[0] in spoke and named[0] not in found:
                        found.append(named[0])
                    break

    def _their_words(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[str] | None:
        """Return the person whose words are the subject: "Sir Mark's previous comments"."""
        words = THEIR_WORDS.search(text, start, end)
        if not words:
            return None
        owner = next((m for m in mentions if m.end == words.start()), None)
        person = self.cast.person(owner) if owner else None
        return listed(self._entity(owner)) if person else None

    def _author(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[str] | None:
        """Return who a document the subject comes from is by: "a letter from X to Y revealing"."""
        for document in DOCUMENT_FROM.finditer(text, start, end):
            return self._noun_phrase_at(text, document.end(), end, mentions)
        # "A separate study by Gartner has also said": only the sentence's subject, not "When
        # asked about a study by the GAO that concluded ..., Amstutz said".
        document = DOCUMENT_BY.match(text, start, end)
        if document:
            return self._noun_phrase_at(text, document.end(), end, mentions)
        owned = DOCUMENT_OF.search(text, start, end)
        owner = owned and next((m for m in mentions if m.end == owned.start()), None)
        if owner and NP_LEAD.fullmatch(text, start, owner.start):
            return listed(self._entity(owner))
        return None

    def _together(self, at: int, text: str, mentions: list[Mention]) -> list[str] | None:
        """Return the people "they" are when two were just named together."""
        people = [m for m in mentions if m.end <= at and self.cast.person(m)]
        for first, second in zip(people, people[1:], strict=False):
            if AND_BETWEEN.fullmatch(text[first.end : second.start]) and at - second.end < 80:
                if not re.search(r"[.!?]", text[second.end : at]):
                    return [n for n in (self._entity(first), self._entity(second)) if n]
        return None

    def _bodies_together(self, at: int, text: str, mentions: list[Mention]) -> list[str] | None:
        """Return the bodies "they" are when a list of them opens the sentence or the one before."""
        bodies = [
            m
            for m in mentions
            if m.end <= at
            and (
                m.kind == ORGANISATION
                or m.kind == "unknown"
                and (self.cast.canonical(m, text) or ("",))[0] == ORGANISATION
            )
        ]
        joined = [
            k for k in range(1, len(bodies)) if LIST_GAP.fullmatch(text, bodies[k - 1].end, bodies[k].start)
        ]
        if not joined:
            return None
        run = bodies[list_run(text, bodies, joined[-1])]  # the last list before "they"
        if len(run) == 2 and _one_name_across_and(*run):
            return None  # "Graham-McCormick Oil and Gas Partnership": one firm
        # "Tesco and Asda fell. They said": a list that opens the last sentence but one at most.
        if len(re.findall(r"[.!?](?:\s|$)", text[run[-1].end : at])) > 1:
            return None
        if not opens_sentence(text, run[0].start, run[0].end):
            return None
        return [name for m in run if (name := self.cast.organisation(m.text))]

    def _subject_after(
        self, text: str, verb: re.Match, end: int, mentions: list[Mention]
    ) -> list[str] | None:
        before = text[: verb.start()].rstrip()
        # Inverted order follows a quotation or a comma: ",” said Mr Wild", "..., says Oliver".
        if not before.endswith((",", "_")):
            return None
        return self._noun_phrase_at(text, verb.end(), end, mentions)

    def _noun_phrase_at(self, text: str, at: int, end: int, mentions: list[Mention]) -> list[str] | None:
        rest = text[at:end]
        stop = PHRASE_STOP.search(rest)
        # Not inside a name: "according to Child Protection and Family Services Agency chief
        # executive Rosalee Gage-Grey".
        while stop and any(m.start < at + stop.start() < m.end for m in mentions):
            stop = PHRASE_STOP.search(rest, stop.end())
        phrase_end = at + (stop.start() if stop else len(rest))
        inside = [m for m in mentions if at <= m.start < phrase_end]
        lead = inside and _leads_to(text, at, inside, inside[0])
        # The last person the lead reaches is the one described: "said Rubio spokesman Alex
        # Conant", but "said Jeb Bush of Donald Trump".
        person = next(
            (
                m
                for m in reversed(inside)
                if (m.kind == PERSON or self.cast.person(m)) and _leads_to(text, at, inside, m)
            ),
            None,
        )
        if lead and person:
            # "said Pentagon spokesman Navy Capt. Jeff Davis": the person, not the office.
            return listed(self._entity(person))
        whose = self._spoken_for(text, at, mentions) if "spokes" in rest else None
        spokes = spokesperson(rest, at_end=False, cast=self.cast, last=whose)
        if spokes:
            return [spokes]
        if lead:
            # "according to Bank of England deputy governor Rachel Lomax": the person.
            return listed(self._entity(inside[0]))
        lead = re.match(r"\s*(he|she|they)\b", rest)
        if lead:
            return listed(self._pronoun(lead[1], text, at, mentions))
        described = _DESCRIBED_THEN_NAMED.match(rest)
        named = described and next(
            (
                m
                for m in mentions
                if m.start == at + described.end() or _titled(m, text[at + described.end() : m.start])
            ),
            None,
        )
        # The sentence ends there, or goes on about the speaker: not "the killer, Warren Leblanc, 17, had".
        closed = named and _NAMED_LAST.match(text, named.end)
        if closed and (named.kind == PERSON or self.cast.person(named)):
            return listed(self._entity(named))  # "said the town's mayor, Jean Dupont."
        role = re.match(r"\s*the\s+((?:[a-z-]+\s+){0,2}[A-Za-z-]+)", rest)
        return listed(self._role(role[1], text, at + role.start(1))) if role else None

    def _entity(self, m: Mention) -> str | None:
        name = self._name_of(m)
        # "Ohio Edison said" after "Ohio Edison Co", "Acton said" after "Acton Corp": a firm,
        # which may speak as "it" next.
        firm = (
            self.cast.firm_without_form(m)
            or self.cast.firm_speaking(m, self._text)
            or self.cast.general_s_firm(m, self._text)
        )
        # A place that speaks is its government ("America called on ..."), no "he" or "she";
        # a surname that is a town's name too is someone: "Leigh told BBC News".
        place = m.kind == PLACE and not (name and self.cast.find(name))
        # "McDermott <MDR> says": a surname's word, but the firm the source names in full.
        # "Napster said the deal": a word that speaks with no title and no "he" is a body's.
        body = len(m.words) == 1 and self.cast.speaking_as(m.text) == ORGANISATION
        # ... and so is one the source trades in or sets off as a firm's unit: "Oppenheimer, the
        # brokerage subsidiary of Oppenheimer Group Inc", though a longer name holds the word.
        body = body or m.text in self.cast.companies
        if name and m.kind != ORGANISATION and not (place or firm or body) and name not in self.cast.bodies:
            self._people.add(name)
        return name

    def _name_of(self, m: Mention) -> str | None:
        words = m.words
        if self.cast.general_s_firm(m, self._text):
            return self.cast.organisation(f"General {m.text}")  # "General Tire said": a firm
        known = self.cast.find(m.text) if len(words) == 1 else None
        if known:
            return known.name
        if m.kind == "unknown" and len(words) == 1 and (body := self.cast.body_for(m.text)):
            return body  # "Rangers said" after "Glasgow Rangers"
        if m.kind == "unknown" and len(words) == 1 and (department := self.cast.department_of(m.text)):
            return department  # "Commerce said" after "the Commerce Department said"
        if m.kind == ORGANISATION and len(words) > 2 and words[1] == "of":
            office = m.text.lower()
            holder = self.cast.by_title(office, exact=True) or self.cast.by_title(words[0].lower())
            # "the Mayor of London said"; not the Bishop of Winchester for "the Bishop of Durham".
            if holder and any(t.startswith(f"{words[0].lower()} of ") and t != office for t in holder.titles):
                holder = None
            return holder.name if holder else self.cast.organisation(m.text)
        if m.kind == ORGANISATION or self.cast.company(m):
            return self.cast.organisation(m.text)  # "Krispy Kreme said", a company traded
        if firm := self.cast.firm_without_form(m):
            return firm  # "Clark Equipment said" after "Clark Equipment Co"
        if firm := self.cast.firm_speaking(m, self._text):
            return firm  # "Delta said" after "Delta Air Lines Inc": the firm
        if m.kind == PLACE:
            # A place does not speak; "Elizabeth said" is a woman, not a city.
            return m.text if m.text.lower() in first_names() and not m.text.isupper() else None
        if len(words) == 1 and m.honorific and words[0].lower() in TITLE_WORDS:
            return None  # "The Lord Chief Justice, Lord Woolf, said": an office, its holder named apart
        person = self.cast.person(m)
        if person:
            return person.name
        if m.kind == "unknown" and self.cast.described_as_a_body(m.text):
            return self.cast.organisation(m.text)  # "Bravehearts, a child protection charity, said"
        if self.cast.unlisted_firm(m):
            return self.cast.organisation(m.text)  # "Hexcel Composites said it would"
        # A lone capitalised word speaks only as a first name, behind a title, or as a
        # word the source capitalises mid-sentence too: "Campaigners told" is not a name.
        if len(words) == 1 and not (
            m.honorific
            or m.titles
            or words[0].lower() in first_names()
            or words[0] in self.cast.proper_words
            or self.cast.spoke_as(words[0]) is not None  # "Kechiche said he made the film"
            or self.cast.spoke_unsure(words[0])  # "Napster said the deal": no word, so a name
        ):
            return None
        if (
            m.kind == "unknown"
            # Alone, a capitalised word speaks as a surname ("Obama said"), but not as a word
            # of the dictionary ("Campaigners") or a people ("Gibraltarians").
            and (len(words) > 1 or words[0].lower() in english_words() or words[0].endswith(("ians", "ites")))
            and not (m.honorific or m.titles or words[0].lower() in first_names())
        ):
            return None  # "The Da Vinci Code claims": a capitalised run that is no one's name
        if m.kind in (PERSON, "unknown") and m.text.lower() not in DOCUMENTS:
            return m.text
        return None

    def _pronoun(self, word: str, text: str, at: int, mentions: list[Mention]) -> str | None:
        if word in ("they", "it"):
            # A body speaks as "it" or "they": the one this paragraph or the last opened a
            # sentence with ("The Times published it. It further wrote"), else the last to
            # speak. A person who spoke last is no "it".
            spoke = [n for n in self._current if n not in self._people and n != UNNAMED]
            if spoke:
                return spoke[-1]  # "The Mirror newspaper said ... It said": the body that spoke here
            opening = [m for m in mentions if m.end <= at and m.kind == ORGANISATION]
            opening = [
                m for m in opening if opens_sentence(text, m.start, m.end) and not _listed(text, m, mentions)
            ]
            if opening:
                return self.cast.organisation(opening[-1].text)
            body = self._body_topic()
            if body:
                return body
            last = self.last_speaker
            # A lone word speaks as "it" where the source trades in it: "Oppenheimer said ... It said".
            lone_firm = last in self.cast.companies
            return last if last and (" " in last or lone_firm) and last not in self._people else None
        if word == "who":  # the relative pronoun's antecedent: before the comma, or just before
            comma = text.rfind(",", 0, at)
            before = comma if comma > 0 and not text[comma:at].strip(", ") else at
            found = self._resolve_before(text, 0, before, mentions, antecedent=True)
            return found[-1] if found else None
        if word == "we":
            return None
        gender = "m" if word == "he" else "f"
        genders = dict(self.recent)
        # The topic the sentence opens with: "As for Trump, he said he's not worried."
        topic = next((m for m in mentions if TOPIC.fullmatch(text, 0, m.start) and m.end < at), None)
        person = topic and self.cast.person(topic)
        if person and re.fullmatch(r"['’]?s?,\s*", text[topic.end : at]) and person.gender in (gender, None):
            self._people.add(person.name)
            return person.name
        # The subject of the talk so far is likelier than a name in passing: speakers first.
        for name in reversed(self._current):
            if name in self._people and genders.get(name) in (gender, None):
                return name
        # A body's spokesman or spokeswoman who spoke here, after the paragraph's topic: "Miyazaki
        # won an Oscar. A spokesman for Toho said ... "...," he added."
        if (spokesperson := self._spokesperson_before(text, at, mentions, gender)) is not None:
            return spokesperson
        # The paragraph's topic, the first person it names, before the last speaker: "In a
        # speech, Mr. Trump struck a measured tone. ''...,'' he said."
        earlier = [m for m in mentions if m.end <= at and self.cast.person(m)]
        for m in [m for m in mentions if m.end <= at and opens_sentence(text, m.start, m.end)]:
            person = self.cast.person(m)
            if person and person.gender in (gender, None):
                return person.name
            # A body the source describes is no "he" either: "labels such as Factory".
            lone = (
                not person
                and m.kind == "unknown"
                and len(m.words) == 1
                and not self.cast.described_as_a_body(m.text)
            )
            if lone and m.text in self.cast.proper_words and (name := self._entity(m)):
                return name  # a surname the source never gives in full: "And Obama ... agrees. ..., he said."
        # Or the role it opens with: "Meanwhile, the chancellor is leaving ... he insisted".
        titled = False  # whether the paragraph opens a sentence with a role no one is known by
        for role in OPENING_THE.finditer(text, 0, at):
            person = (role[2] and self.cast.by_title(f"{role[1]} {role[2]}")) or self.cast.by_title(role[1])
            if person and person.gender in (gender, None):
                self._people.add(person.name)
                return person.name
            titled = titled or role[1] in TITLE_WORDS
        # A person named earlier in the pronoun's own sentence, but not a preposition's
        # object: "after Clinton lost her cool ..., as she angrily said"; not "standing next
        # to Mr Blair he added".
        sentence = max((m.end() for m in CLAUSE_END.finditer(text, 0, at)), default=0)
        subjects = [m for m in earlier if m.start >= sentence and not _object(text, m)]
        for m in reversed(subjects):
            person = self.cast.person(m)
            if person and person.gender in (gender, None):
                return person.name
        # The last paragraph's topic before its last speaker: "Walsh ... had close ties to
        # Biden. But on Sunday he gave Clinton a ringing endorsement." / "“...,” he said".
        for name, g in [] if titled else reversed(self._topics()):
            if g in (gender, None):
                self._people.add(name)
                return name
        last = None if self._nobody_last else self.last_speaker
        if last in self._people and genders.get(last) in (gender, None):
            return last
        for m in reversed(earlier):
            person = self.cast.person(m)
            if person and person.gender in (gender, None):
                return person.name
        if last and any(n == last and g in (gender, None) for n, g in self.recent):
            return last
        for name, g in reversed(self.recent):
            if g in (gender, None):
                return name or None
        return None

    def _outlet(self, name: str) -> str:
        """Return an outlet's name: "The Mirror" keeps its article, as one dictionary word."""
        words = outlet_name(name).split()
        if words[0].lower() == "the":
            words = words[1:]
            if len(words) == 1 and words[0].lower() in english_words():
                words = ["The", *words]
        name = " ".join(words)
        return body_name(name) or name

    def _role(self, words: str, text: str, at: int) -> str | None:
        """Return whom a role at `at` names: its holder, or the body its kind's word stands for."""
        head = words.split()[-1].lower()
        if head in OUTLET_NOUNS:
            return self._last_body()  # "the paper said": the outlet that spoke last
        if head in DOCUMENTS or HONORIFICS.get(head) is not None:
            return None  # "the archbishop said" names a role; "the Mr said" nothing
        if head in ORG_HEADS or head in ("met",):
            # "the Met said", "the UK government said" name a body; "the Paris-based pressure
            # group" and "the German company" describe one the source names, and name one
            # only if no body is meant and a name opens them ("the Usdaw trade union").
            described = head in BODY_KINDS and not all(w[:1].isupper() for w in words.split())
            if words[:1].isupper() and not described:
                return self.cast.organisation(words)
            # "the department said" is the one department the source names, if one, whether
            # its head ends the name or opens it ("the Department of Justice").
            title = head.title()
            inside = (f" {title} of ", f" {title} for ", f" {title} into ")
            named = self.cast.bodies_ending(title) | {
                body for body in self.cast.bodies if any(link in f" {body}" for link in inside)
            }
            bodies = {self.cast.organisation(body) for body in named}
            if head == "force" and not bodies:
                # "the force said": the police force the source names, no "... Force" among them.
                forces = {self.cast.organisation(body) for body in self.cast.bodies}
                police = {body for body in forces if _POLICE & set(body.lower().split())}
                return self._body_meant(police, text, at)
            if len(bodies) == 1:
                return bodies.pop()
            if described and (lead := _named_lead(words)) in self.cast.bodies:
                return self.cast.organisation(lead)  # "the Reporters Without Borders group"
            meant = self._body_meant(bodies, text, at) if head in BODY_KINDS else None
            if meant is None and described and words[:1].isupper() and not _where_or_whose(words.split()[0]):
                # "the Usdaw trade union": a name opens it, the body's name as its facet gives it.
                lead = _named_lead(words) if head in _KINDS_AFTER_A_NAME else ""
                return self.cast.organisation(lead or words)
            return meant
        if head in BODY_KINDS:
            return self._body_meant(set(), text, at)
        if head.startswith("spokes"):
            owner = re.search(r"(\w+)['’]s ", words)
            if owner and owner[1].lower() not in ORG_HEADS:
                return None  # "the rapper's spokesman": someone's, whom no title names
            return (
                self.last_speaker
                if self.last_speaker and self.last_speaker.endswith("spokesperson")
                else None
            )
        person = self.cast.by_title(head) or self.cast.by_title(words)
        if person:
            self._people.add(person.name)
        return person.name if person else None

    def _body_meant(self, named: set[str], text: str, at: int) -> str | None:
        """Return the body "the company" is: the last to speak or to open a sentence.

        Of several the source names by the kind's word ("the bank" among two banks), one of
        those; else no public body, plan, outlet or country: "the company said" after "LTV
        Corp said" is LTV Corp, not the Securities and Exchange Commission it filed with.
        Not a preposition's object: "a survey by the firm revealed" is a document's finding.
        """
        if _BY_THE.search(text, max(0, at - 16), at):
            return None
        written = self.cast.bodies | self.cast.companies
        bodies = {self.cast.organisation(body) for body in written}

        def fits(name: str | None) -> bool:
            if not name or name not in bodies:
                return False
            return name in named if named else not _public(name)

        # Where the source's bodies open a sentence before, whether or not this paragraph's
        # names hold them: "Standard Life has ... Last year, the company announced"; or
        # where a sentence opens with their shares: "Shares in Cairn rose after the firm said".
        opening = sorted(
            (found.start(), self.cast.organisation(body))
            for body in written
            # Its possessive too: "Volkswagen AG's board approved the deal, the carmaker said".
            for found in re.finditer(rf"(?<![\w-]){re.escape(body)}(?![\w-]|['’](?!s\b))", text[:at])
            if starts_sentence(text, found.start())
            or opens_sentence(text, found.start(), found.end())
            or _shares_open(text, found.start())
        )
        candidates = [
            *reversed(self._current),
            *(name for _, name in reversed(opening)),
            self._body_topic(),
            self.last_speaker,
        ]
        return next((name for name in candidates if fits(name)), None)


#: What a source calls a body it names: "the company said" (not an outlet: `OUTLET_NOUNS`).
BODY_KINDS = (BUSINESS_KINDS - {"newspaper", "agency", "regulator", "watchdog"}) | set(
    "club union charity utility operator".split()
)
#: Words of a public body's, a plan's or an outlet's name: not what "the company" or "the club" is.
_PUBLIC = frozenset(
    """
police council office ministry department government court commission committee parliament assembly
senate congress agency authority party administration cabinet executive bureau inspectorate tribunal
army navy service services inquiry lords commons house news times post guardian telegraph mail express
journal herald tribune reuters project programme program scheme initiative campaign
""".split()
)


#: A body's kinds that follow its name in lower case, outside it: "the Unite union" is Unite.
_KINDS_AFTER_A_NAME = frozenset("union group band cartel militia".split())

#: Words of a police force's name, which "the force" stands for.
_POLICE = frozenset({"police", "constabulary", "gendarmerie", "garda"})

#: A sentence's opening words that make the company after them its topic.
_SHARES_IN = re.compile(r"Shares (?:in|of) $")
#: A preposition before the kind's word: "a survey by the firm", "a spokesman for the company".
_BY_THE = re.compile(r"\b(?:by|of|for|from|with|at|to|in|on|against|about|into)\s+(?:the|its)\s+$")


#: What may come before the name an appositive is: a title ("the Rt Rev Dr Tom Wright"), or
#: the name a source gives someone it may not name ("The victim, known as Amber, told").
_APPOSITIVE_LEAD = re.compile(
    r"\s*(?:(?:known|referred to|identified|named)(?: only)? as\s+|(?:called|named)\s+)?"
    # Abbreviated styles and ranks' initials: "Dr", "Insp.", "DCI", "COP".
    r"(?:the\s+)?(?:(?:[A-Z][a-z]{0,3}|[A-Z]{2,4})\.?\s+)*"
)


def _quoted_by(name: str, text: str) -> bool:
    """Tell whether a paragraph gives a name a quotation: '"...," said Daveport', 'Parry said: "...'.

    Not a name that opens the sentence after one ('... time." Archos said the focus'), nor
    one set after an article ('"...," says the Waterford man'), nor one that runs on into
    more names ('"...," said Prescott, Ball and Turben analyst Bruce Lazier'), nor one that
    speaks in a statement, as bodies do ('"...," Merrill said in a statement').
    """
    word = re.escape(name)
    after = rf"[,?!][”\"]\s+(?:(?!the |a |an )[a-z]+\s+)?{word}\b(?!,? [A-Z])"
    quoted = re.search(rf"{after}(?!\s+[a-z]+\s+in a statement)", text)
    return bool(quoted or re.search(rf"\b{word}\s+[a-z]+(?:\s+[a-z]+)?:\s*[“\"]", text))


def _titled(m: Mention, lead: str) -> bool:
    """Tell whether only the titles the rules took off a name stand before it: "Commander Helen Schneider"."""
    titles = re.sub(r"^\s*(?:the\s+)?", "", lead)
    return bool(m.titles or m.honorific) and _TITLES_BEFORE.fullmatch(titles) is not None


def _shares_open(text: str, at: int) -> bool:
    """Tell whether a sentence opens with the shares of the name at `at`: "Shares in Cairn rose"."""
    shares = _SHARES_IN.search(text, max(0, at - 10), at)
    return shares is not None and starts_sentence(text, shares.start())


def _named_lead(words: str) -> str:
    """Return the capitalised words a description opens with: "Reporters Without Borders" of "... group"."""
    lead: list[str] = []
    for word in words.split():
        if not (word[:1].isupper() or lead and word in ("and", "of", "for", "&")):
            break
        lead.append(word)
    while lead and not lead[-1][:1].isupper():
        lead.pop()
    return " ".join(lead)


def _where_or_whose(word: str) -> bool:
    """Tell whether a description's first word says where or whose a body is: "US", "German"."""
    folded = word.lower()
    return folded.endswith("-based") or folded in nationalities() or folded in places()


def _public(name: str) -> bool:
    """Tell whether a body's name is a public body's, a plan's, an outlet's or a country's."""
    return bool(_PUBLIC.intersection(name.lower().split())) or name.lower() in countries()


#: A description, then a comma and the name it describes: " the town's mayor, ", " its head, ".
# Not "said her son's killer, Warren Leblanc": after "her", the object of a subject before;
# a body's "its" or "their" owns its own officers.
_DESCRIBED_THEN_NAMED = re.compile(r"\s*(?:the|a|an|its|their)\s+[^,.;:\"“”()]{1,60}?,\s+")


#: What may follow the name a description gives: the sentence's end, or more about the speaker.
_NAMED_LAST = re.compile(r"\s*(?:[.;”\"]|$|,\s+(?:who|adding|saying|and|but|as|while)\b)")


def _opens_at(text: str, m: Mention, opens: list[int]) -> bool:
    """Tell whether a body's name opens one of the sentences starting at `opens` as its subject.

    After "The" or "But" too; not one word of the dictionary first, capitalised as any word
    opening a sentence is ("Party strategists believe"), nor a possessor ("The RSPCA's staff").
    """
    lead = [text[start : m.start].strip() for start in opens if start <= m.start]
    if not any(words in ("", "The", "But", "But the") for words in lead):
        return False
    if "" in lead and len(m.words) == 1 and m.text.lower() in english_words():
        return False
    return not text.startswith(("'s", "’s"), m.end)


def _leads_to(text: str, at: int, mentions: list[Mention], target: Mention) -> bool:
    """Tell whether only a description and other names stand between at and target."""
    pieces, start = [], at
    for m in mentions:
        if m is target:
            break
        # A name in between reads as one capitalised word, its possessive too ("Bank of
        # England deputy governor", "Sky Networks' Sophie Turner Laing").
        pieces += [text[start : m.start], "Name"]
        start = m.end + len(re.match(r"['’]?s?(?=\s)|", text[m.end :])[0])
    lead = "".join([*pieces, text[start : target.start]])
    if target.titles:  # the name's own title, whatever its words: "Special Agent in Charge"
        title = r"\s+".join(re.escape(word) for word in target.titles[-1].split())
        lead = re.sub(rf"(?i:{title})(?=\s*$)", "", lead)
    return bool(NP_LEAD.fullmatch(lead))


def _listed(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Tell whether a name is one of a list, which "they" names whole: "firms Sony, Philips and Sharp".

    A list's names are of one kind, and three or more or joined by "and": a comma sets a
    description off as often ("Standard Life, Europe's largest insurer,", "the Federation
    ..., FOSFA,").
    """
    kin = [m for m in mentions if m is mention or m.kind in (mention.kind, "unknown")]
    run = kin[list_run(text, kin, kin.index(mention))]
    if len(run) == 2:
        return "and" in text[run[0].end : run[1].start] and not _one_name_across_and(*run)
    return len(run) > 2


def _one_name_across_and(first: Mention, second: Mention) -> bool:
    """Tell whether "and" joins two halves of one firm's name: "Kelley Oil and Gas Partners Ltd"."""
    head = second.words[-1].rstrip(".").lower()
    return (head in ORG_HEADS or legal_form(second.words[-1])) and not (
        first.words[-1].rstrip(".").lower() in ORG_HEADS or legal_form(first.words[-1])
    )


def _listed_before(text: str, mentions: list[Mention], first: Mention) -> list[Mention]:
    """Return the people listed before the first of two joined by "and", if the list opens its sentence.

    "Qamar Shahzad, Mohammed Sajid and Kabeer Hassan denied": each in the list; not "After
    meeting Gordon Brown, Mr Smith and Ms Jones said".
    """
    end = k = mentions.index(first)
    while (
        k
        and mentions[k - 1].kind == PERSON
        and _LISTED_BEFORE.fullmatch(text, mentions[k - 1].end, mentions[k].start)
    ):
        k -= 1
    opening = text[: mentions[k].start]
    # Only titles may stand between the sentence's start and the list: "Det Sgt Ann Lee, ...".
    lead = opening[max(opening.rfind(". "), opening.rfind(": "), -1) + 1 :].lstrip(' "“')
    return mentions[k:end] if not lead or _TITLES_BEFORE.fullmatch(lead) else []


def _joined_before(text: str, before: list[Mention], m: Mention) -> Mention | None:
    """Return the name joined to m by "and", past the description of m ("Texas Rep.")."""
    for k in range(len(before) - 1, -1, -1):
        if CLAUSE_END.search(text, before[k].end, m.start):
            return None  # "... Research Council. Mr Lewis branded": another sentence
        joined = _AND_PAST_AN_AGE.match(text[before[k].end : m.start])
        if joined and _leads_to(text, before[k].end + joined.end(), [*before[k + 1 :], m], m):
            # "Chelsea and England captain John Terry said": a club his role is of, no speaker.
            played_for = before[k].kind != PERSON and _ROLE_ENDING.search(text, 0, m.start)
            return None if played_for else before[k]
        if before[k].kind == PERSON:
            return None
    return None


#: "and" between two names, past an age set off after the first: "Tahir Ahmed, 41, and".
_AND_PAST_AN_AGE = re.compile(rf"(?:{SET_OFF_AGE})?\s+and\s+")
#: A comma between two people listed, past an age set off after the first: "Shahzad, 59, Sajid".
_LISTED_BEFORE = re.compile(rf"(?:{SET_OFF_AGE}|,)\s+")
#: A region of the compass after a body, which names its branch: "CPS South East", "NHS North West".
_REGION_AT_END = re.compile(r" (?:North|South|East|West)(?:[ -]?(?:East|West))?$| (?:East|West) Midlands$")
#: An age set off at the end of a sentence's subject: "Hussain, 36," before "said".
_AGE_AT_END = re.compile(rf"{SET_OFF_AGE}$")
_ROLE_ENDING = re.compile(rf"\b(?i:{ROLE_WORDS})\s+$")
#: Titles and honorifics before a name, in full: "Det Sgt ", "Assistant Chief Constable ", "Baroness ".
_TITLES_BEFORE = re.compile(rf"(?:\b(?:[A-Z][a-z]{{0,3}}\.?|(?i:{ROLE_WORDS}|{'|'.join(HONORIFICS)}))\s+)+$")


def _object(text: str, m: Mention) -> bool:
    """Tell whether a name is a preposition's object, past its title: "next to Mr Blair"."""
    # The preposition itself may pass for a title's short form: "Like Makaeff".
    if PREPOSITION.search(text, max(0, m.start - 20), m.start):
        return True
    return PREPOSITION.search(_TITLES_BEFORE.sub("", text[: m.start])) is not None
