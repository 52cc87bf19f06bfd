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
from .gazetteers import DOCUMENTS, HONORIFICS
from .mentions import ORGANISATION, PERSON, PLACE, Mention
from .quotes import mask_quotes, opens_with_quote, quote_spans

_VERBS = """
said says say saying told tells added adds warned warns warning claimed claims insisted insists
revealed reveals denied denies accused accuses alleged alleges urged urges acknowledged
acknowledges admitted admits argued argues explained explains stated states announced announces
asked asks replied replies responded responds continued continues suggested suggests confirmed
confirms commented comments noted notes stressed stresses wrote writes criticised criticized
criticises criticizes praised praises rejected rejects dismissed dismisses predicted predicts
promised promises pledged pledges vowed vows conceded concedes agreed agrees maintained maintains
assured assures described describes questioned questions blamed blames defended defends attacked
attacks welcomed welcomes condemned condemns hailed hails branded brands labelled labels joked
jokes countered counters reiterated reiterates repeated repeats recalled recalls disclosed
discloses declared declares demanded demands complained complains concluded concludes
emphasised emphasises emphasized insisted announced boasted boasts cautioned cautions
""".split()
_VERB = re.compile(rf"\b({'|'.join(sorted(set(_VERBS), key=len, reverse=True))})\b")
_ACCORDING = re.compile(r"\baccording to\s+")
#: Words between a subject and its verb that say nothing of who speaks.
_FILLER = re.compile(
    r"(?:\s+(?:has|have|had|also|later|previously|recently|repeatedly|then|further|once|earlier|"
    r"publicly|privately|separately|subsequently|reportedly|allegedly|would|will|could|may|might|"
    r"is|was|were|has\s+been|last\s+night|on\s+\w+day|yesterday|today|this\s+week|last\s+week|"
    r"this\s+morning|in\s+a\s+statement|in\s+a\s+letter|in\s+an\s+interview|himself|herself|"
    r"however|too|not|never|already|always|consistently|told\s+\w+|\w+ly))*\s*$"
)
_PRONOUN = re.compile(r"\b(he|she|they|it|who|He|She|They|It|We|we)\s*$")
_SPOKES = re.compile(
    r"(?:\b(?:a|an|the|A|An|The)\s+)?(?:(?P<before>(?:[A-Z][\w’'&.-]*\s+){1,6}?)(?:official\s+)?)?"
    r"spokes(?:person|man|woman)(?:\s+(?:for|from|at)\s+(?:the\s+)?(?P<after>[A-Z][\w’'&.-]*(?:\s+(?:of\s+|&\s+)?"
    r"[A-Z][\w’'&.-]*){0,6}))?"
)
_ROLE_NP = re.compile(r"\b(?:the|The)\s+((?:[a-z-]+\s+){0,3}[A-Za-z-]+)\s*$")
_SENTENCE_END = re.compile(r"[.!?…](?=\s+[\"“‘'A-Z_])")


@dataclass
class SpeakerReader:
    """Read the speakers of a source's paragraphs in order, with the state that crosses them."""

    cast: Cast
    last_speaker: str | None = None
    last_quoted: str | None = None
    recent: list[tuple[str, str | None]] = field(default_factory=list)  # (name, gender)

    def read(self, text: str, mentions: list[Mention], zone: str) -> list[str]:
        """Return the canonical speakers of one paragraph."""
        spans = quote_spans(text)
        masked = mask_quotes(text, spans)
        outside = [m for m in mentions if not any(s <= m.start < e for s, e in spans)]
        speakers: list[str] = []
        for start, end in _sentences(masked):
            for verb in _VERB.finditer(masked, start, end):
                speaker = self._subject_before(masked, start, verb.start(), outside) or self._subject_after(
                    masked, verb, end, outside
                )
                if speaker and speaker not in speakers:
                    speakers.append(speaker)
            for match in _ACCORDING.finditer(masked, start, end):
                speaker = self._noun_phrase_at(masked, match.end(), end, outside)
                if speaker and speaker not in speakers:
                    speakers.append(speaker)
        quoted = bool(spans)
        if not speakers and quoted and opens_with_quote(text) and zone not in ("subhead", "headline"):
            if self.last_quoted:
                speakers.append(self.last_quoted)
        for m in outside:
            person = self.cast.person(m)
            if person:
                self._remember(person.name, person.gender)
        if speakers:
            self.last_speaker = speakers[-1]
            if quoted:
                self.last_quoted = speakers[-1]
        elif not quoted:
            self.last_quoted = None
        return speakers

    def _remember(self, name: str, gender: str | None) -> None:
        self.recent = [(n, g) for n, g in self.recent if n != name] + [(name, gender)]

    def _subject_before(self, text: str, start: int, at: int, mentions: list[Mention]) -> str | None:
        head = text[start:at]
        head = head[: _FILLER.search(head).start()].rstrip()
        if head.endswith(","):  # an appositive: "Chris Wild, who has warned ..., said"
            inner = head[:-1].rfind(",")
            if inner == -1:
                return None
            head = head[:inner].rstrip()
        end = start + len(head)
        if not head or head.endswith(("_", ":")):
            return None
        return self._resolve_before(text, start, end, mentions)

    def _resolve_before(self, text: str, start: int, end: int, mentions: list[Mention]) -> str | None:
        head = text[start:end]
        spokes = _spokesperson(head, at_end=True, cast=self.cast, last=self.last_speaker)
        if spokes:
            return spokes
        for m in mentions:
            if start <= m.start and abs(_trim(text, m.end) - end) <= 0 and m.end <= end + 3:
                return self._entity(m)
        pronoun = _PRONOUN.search(head)
        if pronoun:
            return self._pronoun(pronoun[1].lower(), text, start + pronoun.start(), mentions)
        role = _ROLE_NP.search(head)
        if role:
            return self._role(role[1])
        return None

    def _subject_after(self, text: str, verb: re.Match, end: int, mentions: list[Mention]) -> str | None:
        before = text[: verb.start()].rstrip()
        # Inverted order follows a quotation or a comma: ",” said Mr Wild", "..., says Oliver".
        if not before.endswith((",", "_")):
            return None
        return self._noun_phrase_at(text, verb.end(), end, mentions)

    def _noun_phrase_at(self, text: str, at: int, end: int, mentions: list[Mention]) -> str | None:
        rest = text[at:end]
        spokes = _spokesperson(rest, at_end=False, cast=self.cast, last=self.last_speaker)
        if spokes:
            return spokes
        for m in mentions:
            if 0 <= m.start - at <= 1 or (text[at : m.start].strip() in ("the", "The") and m.start > at):
                return self._entity(m)
        lead = re.match(r"\s*(he|she|they)\b", rest)
        if lead:
            return self._pronoun(lead[1], text, at, mentions)
        role = re.match(r"\s*the\s+((?:[a-z-]+\s+){0,2}[A-Za-z-]+)", rest)
        return self._role(role[1]) if role else None

    def _entity(self, m: Mention) -> str | None:
        if m.kind == ORGANISATION:
            return self.cast.organisation(m.text)
        if m.kind == PLACE:
            return None
        person = self.cast.person(m)
        if person:
            return person.name
        if m.kind in (PERSON, "unknown") and m.text.lower() not in DOCUMENTS:
            return m.text
        return None

    def _pronoun(self, word: str, text: str, at: int, mentions: list[Mention]) -> str | None:
        if word in ("they", "it"):
            return self.last_speaker if self.last_speaker and " " in self.last_speaker else None
        if word == "who":  # the relative pronoun's antecedent stands before the comma
            comma = text.rfind(",", 0, at)
            return self._resolve_before(text, 0, comma, mentions) if comma > 0 else None
        if word == "we":
            return None
        gender = "m" if word == "he" else "f"
        earlier = [m for m in mentions if m.end <= at and self.cast.person(m)]
        for m in reversed(earlier):
            person = self.cast.person(m)
            if person and person.gender in (gender, None):
                return person.name
        if self.last_speaker and any(n == self.last_speaker and g in (gender, None) for n, g in self.recent):
            return self.last_speaker
        for name, g in reversed(self.recent):
            if g in (gender, None):
                return name
        return None

    def _role(self, words: str) -> str | None:
        head = words.split()[-1].lower()
        if head in DOCUMENTS or head in HONORIFICS:
            return None
        if head.startswith("spokes"):
            return (
                self.last_speaker
                if self.last_speaker and self.last_speaker.endswith("spokesperson")
                else None
            )
        person = self.cast.by_title(head)
        return person.name if person else None


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
    body = (m["after"] or m["before"] or "").strip()
    body = re.sub(r"['’]s$", "", body)
    if not body:
        return last if last and last.endswith("spokesperson") else None
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
