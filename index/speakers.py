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
from .gazetteers import DOCUMENTS, HONORIFICS, ORG_HEADS, first_names, roles
from .mentions import ORGANISATION, PERSON, PLACE, Mention
from .quotes import mask_quotes, opens_with_quote, quote_spans

_VERBS = """
said says say saying told tells added adds warned warns warning claimed claims insisted insists
revealed reveals denied denies accused accuses alleged alleges urged urges acknowledged
acknowledges admitted admits argued argues explained explains stated states announced announces
asked asks replied replies continued continues suggested suggests confirmed
confirms commented comments noted notes stressed stresses wrote writes criticised criticized
criticises criticizes praised praises rejected rejects dismissed dismisses predicted predicts
promised promises pledged pledges vowed vows conceded concedes agreed agrees maintained maintains
assured assures described describes questioned questions blamed blames defended defends attacked
attacks welcomed welcomes condemned condemns hailed hails branded brands labelled labels joked
jokes countered counters reiterated reiterates repeated repeats recalled recalls disclosed
discloses declared declares demanded demands complained complains concluded concludes
emphasised emphasises emphasized insisted announced boasted boasts cautioned cautions
telling adding claiming insisting revealing denying accusing alleging urging admitting arguing
explaining stating announcing suggesting confirming describing
""".split()
#: "spoke of" reports speech; "spoke to" and "spoke out" do not say what was said.
_VERBS += ["spoke of", "speaks of", "spoke about", "speaks about"]
_VERBS += ["called on", "calls on", "called for", "calls for"]
_VERB = re.compile(rf"\b({'|'.join(sorted(set(_VERBS), key=len, reverse=True))})\b")
_ACCORDING = re.compile(r"\baccording to\s+")
#: Words between a subject and its verb that say nothing of who speaks.
_FILLER = re.compile(
    r"(?:\s+(?:has|have|had|also|later|previously|recently|repeatedly|then|further|once|earlier|"
    r"publicly|privately|separately|subsequently|reportedly|allegedly|would|will|could|may|might|"
    r"is|was|were|has\s+been|last\s+night|on\s+\w+day|yesterday|today|this\s+week|last\s+week|"
    r"this\s+morning|in\s+a\s+statement|in\s+a\s+letter|in\s+an\s+interview|himself|herself|"
    r"however|too|not|never|already|always|consistently|more|less|told\s+\w+|[a-z]+ly|\([A-Z]{2,}\)))*\s*$"
)
_PRONOUN = re.compile(r"\b(he|she|they|it|who|He|She|They|It|We|we)\s*$")
_SPOKES = re.compile(
    r"(?:\b(?:a|an|the|A|An|The)\s+)?(?:(?P<before>(?:[A-Z][\w’'&.-]*\s+){1,6}?)(?:official\s+)?)?"
    r"spokes(?:person|man|woman)(?:\s+(?:for|from|at)\s+(?:the\s+)?(?:(?P<after>[A-Z][\w’'&.-]*(?:\s+(?:of\s+|&\s+)?"
    r"[A-Z][\w’'&.-]*){0,6})|(?P<lower>(?:[a-z]+\s+){0,2}(?:police|council|government|party|union|force|service|"
    r"department|ministry|agency|authority|trust|charity|company|firm))\b))?"
)
#: A passive verb's subject is spoken to or of: "was told", "has been accused".
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:[a-z]+ly\s+)?$")
#: Except where the passive reports speech: "is alleged to have said", "was quoted as saying".
_HEARSAY = re.compile(r"\s+(?:to\s+have\s+|as\s+(?:saying|telling|having)\b)")
#: A role opening a sentence: "London's top cop performed ... and said".
_OPENING_ROLE = re.compile(
    r"\W*(?:[Tt]he|[A-Z][\w-]*['’]s)\s+((?:[\w’'-]+\s+){0,3}?[\w-]+)\s+(?:[a-z]+ed|has|had|is|was|will|would)\b"
)
#: Someone not yet named, at the end of a subject: "a Home Office minister", "a union leader".
_SOMEONE = re.compile(
    r"(?:^|\s)(?:a|an|A|An)\s+(?:(?!(?:of|for|after|to|in|on|with|by|from|at|and|or)\s)[\w’'-]+\s+){0,4}?"
    r"[a-z][\w-]*\s*$"
)
#: What a participle's subject is: the sentence's subject after "after", the object before "for".
_ADVERBIAL = re.compile(r"\b(after|before|while|when|for)(?:\s+allegedly)?\s*$")
#: The lead paragraphs, where news describes a speaker it names just after ("a clergyman has said").
LEAD = 2
#: Stands for a speaker the lead describes but names later; resolved by `name_the_unnamed`.
UNNAMED = "\0unnamed"
#: A role as subject: "the Commissioner", "London's top cop".
_ROLE_NP = re.compile(r"(?:\b(?:the|The)|[A-Z][\w-]*['’]s)\s+((?:[\w’'-]+\s+){0,4}[\w-]+)\s*$")
#: Someone's words as the subject: "Sir Mark's previous comments suggested".
_THEIR_WORDS = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,2}(?:comments?|remarks?|words|statements?|letter|testimony|admission|"
    r"speech|message|e-?mail|tweet|interview|response|reply|answer|evidence)"
    r"(?:\s+to\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*){1,4})?$"
)
#: A document's author as the subject: "a letter from the Commissioner ... revealing".
_DOCUMENT_FROM = re.compile(
    r"\b(?:letter|statement|e-?mail|message|memo|note|submission)\s+(?:[a-z]+\s+){0,2}from\s+(?:the\s+)?"
)
#: Between two people named together: "Maggie Oliver and care author Chris Wild".
_AND_BETWEEN = re.compile(r",?\s+and\s+(?:[a-z-]+\s+){0,5}")
_INDEFINITE = re.compile(r"^\W*(?:A|An)\s+(?:[\w’'-]+\s+){0,5}?(?:[\w’'-]+)(?=,|\s+(?:who|was|is|has|had))")
_PREPOSITION = re.compile(
    r"\b(?:to|from|with|for|by|of|about|on|at|against|into|over|than|like)\s+(?:the\s+)?$", re.I
)
#: What may stand between a verb and the name after it: "said the", "says Dame", "said Gen".
_ROLE_WORDS = "|".join(
    sorted({re.escape(w) for role in roles() for w in role.split()}, key=len, reverse=True)
)
_NP_LEAD = re.compile(rf"\s*(?:(?:the|The|[A-Z][a-z]{{0,3}}\.?|[A-Z][a-z]+|{_ROLE_WORDS})\s+){{0,4}}")
_SENTENCE_END = re.compile(r"[.!?…](?=\s+[\"“‘'A-Z_])")


@dataclass
class SpeakerReader:
    """Read the speakers of a source's paragraphs in order, with the state that crosses them."""

    cast: Cast
    _current: list[str] = field(default_factory=list)
    _people: set[str] = field(default_factory=set)  # speakers who are people, not bodies
    last_speaker: str | None = None
    last_quoted: str | None = None
    recent: list[tuple[str, str | None]] = field(default_factory=list)  # (name, gender)
    body: int = 0  # body paragraphs read so far
    _named: list[list[str]] = field(default_factory=list)  # people named, paragraph by paragraph

    def read(self, text: str, mentions: list[Mention], zone: str) -> list[str]:
        """Return the canonical speakers of one paragraph."""
        self.body += zone == "body"
        spans = quote_spans(text)
        masked = mask_quotes(text, spans)
        outside = [m for m in mentions if not any(s <= m.start < e for s, e in spans)]
        speakers: list[str] = []
        self._current = speakers
        opening = opens_with_quote(text) and zone not in ("subhead", "headline")
        # Where the opening quotation ends: a speaker named just after it is the one quoted.
        quote_end = spans[0][1] if opening and spans else -1
        attributed = False
        for start, end in _sentences(masked):
            if _INDEFINITE.match(masked[start:end]):
                # "A London grooming gang victim, who ...": a later "she" is this nobody.
                self._remember("", None)
            for verb in _VERB.finditer(masked, start, end):
                if _PASSIVE.search(masked, start, verb.start()) and not _HEARSAY.match(masked, verb.end()):
                    continue  # "Sadiq Khan has been accused": spoken of, not speaking
                participle = verb[1].endswith("ing") and verb[1] != "saying"
                found = self._subject_before(masked, start, verb.start(), outside, participle)
                if not found and not participle:
                    found = self._subject_after(masked, verb, end, outside)
                for speaker in found or []:
                    if speaker and speaker not in speakers:
                        speakers.append(speaker)
                if found and _attributes(text, masked, quote_end, start, verb, end):
                    attributed = True
            for match in _ACCORDING.finditer(masked, start, end):
                for speaker in self._noun_phrase_at(masked, match.end(), end, outside) or []:
                    if speaker not in speakers:
                        speakers.append(speaker)
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
        for name in speakers:
            # Who spoke is likelier to be the next "he" or "she" than who was named in passing.
            person = self.cast.find(name) if name in self._people else None
            if person:
                self._remember(person.name, person.gender)
        if speakers:
            self.last_speaker = speakers[-1]
        # A quotation nobody is named for breaks the chain of continuations.
        self.last_quoted = speakers[-1] if speakers and quoted else None
        return speakers

    def _last_body(self) -> str | None:
        """Return the last speaker if a body or its spokesperson: whom "a spokesman" speaks for."""
        last = self._current[-1] if self._current else self.last_speaker
        return last if last and last != UNNAMED and last not in self._people else None

    def _remember(self, name: str, gender: str | None) -> None:
        self.recent = [(n, g) for n, g in self.recent if n != name] + [(name, gender)]

    def _subject_before(
        self, text: str, start: int, at: int, mentions: list[Mention], participle: bool = False
    ) -> list[str] | None:
        head = text[start:at]
        if not participle:
            head = head[: _FILLER.search(head).start()].rstrip()
            # "The Taskforce (part of the National Police Chiefs Council) said".
            head = re.sub(r"\s*\([^()]*\)$", "", head)
            if head.endswith(","):  # an appositive: "Chris Wild, who has warned ..., said"
                inner = head[:-1].rfind(",")
                if inner == -1:
                    return None
                named = self._appositive_name(text, start + inner + 1, start + len(head) - 1, mentions)
                if named:  # "The Bishop of Durham, the Rt Rev Dr Tom Wright, described"
                    return named
                head = head[:inner].rstrip()
        else:
            head = head.rstrip()
            # "Gordon Brown has issued a rallying cry, telling ...": the clause's subject.
            if head.endswith(","):
                first = next((m for m in mentions if start <= m.start <= start + 3), None)
                return _listed(self._entity(first)) if first else None
            adverbial = _ADVERBIAL.search(head)
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

    def _appositive_name(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[str] | None:
        """Return the person an appositive is, when it is only a name ("the Rt Rev Dr Tom Wright")."""
        for m in mentions:
            lead = text[start : m.start]
            if (
                m.kind == PERSON
                and _trim(text, m.end) == end
                and re.fullmatch(r"\s*(?:the\s+)?(?:[A-Z][a-z]{0,3}\.?\s+)*", lead)
            ):
                return _listed(self._entity(m))
        return None

    def _opening_subject(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[str] | None:
        head = text[start:end]
        spokes = next(_SPOKES.finditer(head), None)
        if spokes and spokes.start() < 80:
            return _listed(
                _spokesperson(head[spokes.start() : spokes.end()], True, self.cast, self._last_body())
            )
        # The opening noun phrase's own name: "Labour's Mr Livingstone" is Livingstone.
        opening = [m for m in mentions if start <= m.start < min(end, start + 60)]
        first = next((m for m in opening if not re.match(r"['’]s\b", text[m.end : m.end + 2])), None)
        if first and not _PREPOSITION.search(text[start : first.start]):
            return _listed(self._entity(first))
        role = _OPENING_ROLE.match(head)
        return _listed(self._role(role[1])) if role else None

    def _resolve_before(
        self, text: str, start: int, end: int, mentions: list[Mention], antecedent: bool = False
    ) -> list[str] | None:
        head = text[start:end]
        spokes = _spokesperson(head, at_end=True, cast=self.cast, last=self._last_body())
        if spokes:
            return [spokes]
        author = self._author(text, start, end, mentions)
        if author:
            return author
        of = re.search(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*){1,4}$", head)
        holder = next((m for m in mentions if of and m.end == start + of.start()), None)
        if holder and (holder.kind == PERSON or holder.titles or holder.honorific):
            return _listed(self._entity(holder))  # "President Musharraf of Pakistan has said"
        for i, m in enumerate(mentions):
            if start <= m.start and _trim(text, m.end) == end:
                of = re.search(r"\s+of\s+(?:the\s+)?$", text[start : m.start])
                if m.kind == PLACE and of:  # "President Musharraf of Pakistan has said"
                    return self._resolve_before(text, start, start + of.start(), mentions, antecedent)
                if not antecedent and _PREPOSITION.search(text[start : m.start]):
                    return None  # "a letter to Sadiq Khan acknowledges": not the subject
                found = [self._entity(m)]
                # "Maggie Oliver and Chris Wild said": both speak.
                if i and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[mentions[i - 1].end : m.start]):
                    found.insert(0, self._entity(mentions[i - 1]))
                if any(found):
                    return [f for f in found if f]
                break  # a capitalised word that names nobody ("the Mayor"): read it as a role
        words = self._their_words(text, start, end, mentions)
        if words:
            return words
        pronoun = _PRONOUN.search(head)
        if pronoun and pronoun[1].lower() == "they":
            together = self._together(start + pronoun.start(), text, mentions)
            if together:
                return together
        if pronoun:
            return _listed(self._pronoun(pronoun[1].lower(), text, start + pronoun.start(), mentions))
        role = _ROLE_NP.search(head)
        if role:
            return _listed(self._role(role[1]))
        return self._someone(head)

    def _someone(self, head: str) -> list[str] | None:
        """Return UNNAMED for a speaker the lead describes ("a clergyman has said")."""
        someone = _SOMEONE.search(head) if self.body <= LEAD else None
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
        first = next((m for m in mentions if start <= m.start <= start + 3), None)
        return _listed(self._entity(first)) if first and first.kind != PLACE else None

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
        words = _THEIR_WORDS.search(text, start, end)
        if not words:
            return None
        owner = next((m for m in mentions if m.end == words.start()), None)
        person = self.cast.person(owner) if owner else None
        return _listed(self._entity(owner)) if person else None

    def _author(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[str] | None:
        """Return who a document the subject comes from is by: "a letter from X to Y revealing"."""
        for document in _DOCUMENT_FROM.finditer(text, start, end):
            return self._noun_phrase_at(text, document.end(), end, mentions)
        return None

    def _together(self, at: int, text: str, mentions: list[Mention]) -> list[str] | None:
        """Return the people "they" are when two were just named together."""
        people = [m for m in mentions if m.end <= at and self.cast.person(m)]
        for first, second in zip(people, people[1:], strict=False):
            if _AND_BETWEEN.fullmatch(text[first.end : second.start]) and at - second.end < 80:
                if not re.search(r"[.!?]", text[second.end : at]):
                    return [n for n in (self._entity(first), self._entity(second)) if n]
        return None

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
        spokes = _spokesperson(rest, at_end=False, cast=self.cast, last=self._last_body())
        if spokes:
            return [spokes]
        stop = re.search(r"[,.;:]|\s(?:and|but|who|which|that)\s", rest)
        phrase_end = at + (stop.start() if stop else len(rest))
        inside = [m for m in mentions if at <= m.start < phrase_end]
        if inside and _NP_LEAD.fullmatch(text[at : inside[0].start]):
            # "according to Bank of England deputy governor Rachel Lomax": the person.
            person = next((m for m in inside if m.kind == PERSON or self.cast.person(m)), inside[0])
            return _listed(self._entity(person))
        lead = re.match(r"\s*(he|she|they)\b", rest)
        if lead:
            return _listed(self._pronoun(lead[1], text, at, mentions))
        role = re.match(r"\s*the\s+((?:[a-z-]+\s+){0,2}[A-Za-z-]+)", rest)
        return _listed(self._role(role[1])) if role else None

    def _entity(self, m: Mention) -> str | None:
        name = self._name_of(m)
        if name and m.kind != ORGANISATION:
            self._people.add(name)
        return name

    def _name_of(self, m: Mention) -> str | None:
        words = m.words
        known = self.cast.find(m.text) if len(words) == 1 else None
        if known:
            return known.name
        if m.kind == ORGANISATION and len(words) > 2 and words[1] == "of":
            holder = self.cast.by_title(words[0].lower())  # "the Mayor of London said"
            return holder.name if holder else self.cast.organisation(m.text)
        if m.kind == ORGANISATION:
            return self.cast.organisation(m.text)
        if m.kind == PLACE:
            # A place does not speak; "Elizabeth said" is a woman, not a city.
            return m.text if m.text.lower() in first_names() else None
        person = self.cast.person(m)
        if person:
            return person.name
        # A lone capitalised word speaks only as a first name, behind a title, or as a
        # word the source capitalises mid-sentence too: "Campaigners told" is not a name.
        if len(words) == 1 and not (
            m.honorific or m.titles or words[0].lower() in first_names() or words[0] in self.cast.proper_words
        ):
            return None
        if m.kind == "unknown" and not (m.honorific or m.titles or words[0].lower() in first_names()):
            return None  # "The Da Vinci Code claims": a capitalised run that is no one's name
        if m.kind in (PERSON, "unknown") and m.text.lower() not in DOCUMENTS:
            return m.text
        return None

    def _pronoun(self, word: str, text: str, at: int, mentions: list[Mention]) -> str | None:
        if word in ("they", "it"):
            return self.last_speaker if self.last_speaker and " " in self.last_speaker else None
        if word == "who":  # the relative pronoun's antecedent: before the comma, or just before
            comma = text.rfind(",", 0, at)
            before = comma if comma > 0 and not text[comma:at].strip(", ") else at
            found = self._resolve_before(text, 0, before, mentions, antecedent=True)
            return found[-1] if found else None
        if word == "we":
            return None
        gender = "m" if word == "he" else "f"
        genders = dict(self.recent)
        # The subject of the talk so far is likelier than a name in passing: speakers first.
        for name in [*reversed(self._current), *([self.last_speaker] if self.last_speaker else [])]:
            if name in self._people and genders.get(name) in (gender, None):
                return name
        earlier = [m for m in mentions if m.end <= at and self.cast.person(m)]
        for m in reversed(earlier):
            person = self.cast.person(m)
            if person and person.gender in (gender, None):
                return person.name
        if self.last_speaker and any(n == self.last_speaker and g in (gender, None) for n, g in self.recent):
            return self.last_speaker
        for name, g in reversed(self.recent):
            if g in (gender, None):
                return name or None
        return None

    def _role(self, words: str) -> str | None:
        head = words.split()[-1].lower()
        if head in DOCUMENTS or HONORIFICS.get(head) is not None:
            return None  # "the archbishop said" names a role; "the Mr said" nothing
        if head in ORG_HEADS or head in ("met",):
            # "the Met said" names a body; "the government said" does not say which.
            return self.cast.organisation(words) if words[:1].isupper() else None
        if head.startswith("spokes"):
            return (
                self.last_speaker
                if self.last_speaker and self.last_speaker.endswith("spokesperson")
                else None
            )
        person = self.cast.by_title(head) or self.cast.by_title(words)
        if person:
            self._people.add(person.name)
        return person.name if person else None


def _attributes(text: str, masked: str, quote_end: int, start: int, verb: re.Match, end: int) -> bool:
    """Tell whether a speech verb names the speaker of the quotation opening the paragraph.

    “...,” he said: the same sentence. “... .” Mr Wild said. - a short sentence of its
    own. “... .” Labour's John Thurso said drink-driving remained ... - a new statement.
    """
    if start > quote_end + 3 or quote_end < 2:
        return False
    if text[quote_end - 2] not in ".?!":  # the quotation ends mid-sentence: “...,” he said
        return verb.start() - quote_end < 60
    return len(masked[verb.end() : end].split()) <= 3


def _listed(name: str | None) -> list[str] | None:
    return [name] if name else None


def _spokesperson(text: str, at_end: bool, cast: Cast, last: str | None) -> str | None:
    """Return "<Organisation> spokesperson" for a spokesperson phrase at the end (or start)."""
    matches = list(_SPOKES.finditer(text))
    if not matches:
        return None
    m = matches[-1] if at_end else matches[0]
    if at_end and text[m.end() :].strip():
        return None
    if not at_end and text[: m.start()].strip():
        return None
    if m["lower"]:  # "a spokesperson for the county police": a body named in lower case
        return f"{m['lower']} spokesperson"
    body = (m["after"] or m["before"] or "").strip()
    body = re.sub(r"['’]s$", "", body)
    if not body:  # "the Home Office defended the measures. A spokesman said"
        return (last if last.endswith("spokesperson") else f"{last} spokesperson") if last else None
    person = cast.find(re.sub(r"^(?:[A-Z][a-z]{0,3}\.?\s+)", "", body))
    if person:  # "Mr Blair's official spokesman" speaks for the office the person holds
        if any("prime minister" in t for t in person.titles):
            return "Downing Street spokesperson"
        return f"{person.name} spokesperson"
    return f"{cast.organisation(body)} spokesperson"


def _trim(text: str, end: int) -> int:
    """Move past a possessive or closing punctuation after a name."""
    while end < len(text) and text[end] in "’'s":
        end += 1
    return end


def _sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans
