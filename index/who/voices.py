"""Tell how a source's names speak and are spoken of: as someone, as a firm, or as a body that acts."""

from __future__ import annotations

import re
from functools import cached_property

from .gazetteers import (
    canonical_place,
    english_words,
    first_names,
    national_capitals,
    nationalities,
    places,
)
from .kinds import a_body, a_people
from .openers import FIRM_PARTICIPLES, participle
from .words import (
    ORGANISATION,
    PERSON,
    TITLE_WORDS,
    WORD_BEFORE,
    Mention,
    dictionary_words,
    realm,
)

#: A verb of saying after its subject: " said", " argues".
SAYS = re.compile(
    r" (said|says|told|tells|added|adds|argued|argues|announced|announces|claimed|claims|"
    r"insisted|insists|admitted|admits|explained|explains|revealed|reveals|warned|warns)\b"
)
#: The verbs a speaker's name may follow, at a clause's end: "said Sotherton.", "says Daveport,".
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds|explained|insisted|warned) $")
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


def alone_before(text: str, at: int) -> bool:
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
        and alone_before(text, at - len(before) + len(stripped) - len(last))
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
#: The figures or the data a body gives, after its name; not the verb ("Farage figures prominently").
_COUNTED = re.compile(
    r" (?:figures|data|statistics|estimates)\b(?!\s+(?:prominently|largely|heavily|highly|among)\b)"
)
#: The one word just before them: who counted ("Eurostat", "Kantar").
_WORD_COUNTING = re.compile(r"\b([A-Z][a-z]+[A-Z]?[a-z]*)$")
#: One word, or two joined by a slash, before a poll or a survey: who polled.
_POLLSTERS = re.compile(r"\b([A-Z][\w'’-]+)(?:\s?/\s?([A-Z][\w'’-]+))? (?:polls?|polling|surveys?)\b")
#: An outlet that interviews: "Wikinews spoke with William Evans" (a word no name goes before).
_INTERVIEWING = re.compile(r"\b([A-Z]\w+) (?:interviews|interviewed|spoke (?:with|to))\b")
# A name just before, "Evans spoke with": a capitalised word, or an initial or honorific with
# its stop; not a sentence's last word ("in the United States. Wikinews spoke with").
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*|\b[A-Z][a-z]{0,2}\.)\s+$")
#: A verb or an adverb after a body's name: "GM said", "SI developed", "BA currently operates".
_ACTING_AFTER = (
    r" (?:[a-z]+ed|said|says|is|was|has|had|will|would|could|may|might|must|should|did|does|also|currently|"
    r"plans|makes|owns|runs|employs|hopes|wants|expects|made|sold|bought|kept|won|lost|beat|took|gave|"
    r"began|became|built|grew|left|paid|sent|spent|held|told|led|fell|rose|cut|set|put|to)\b"
)


class Voices:
    """How a source's names speak and act; mixed into Cast."""

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
                    verb = SAYS.match(joined, end)
                    if verb and alone_before(joined, at):
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
        if any(word in items and sum(map(a_body, items)) >= 2 for items in self._name_lists):
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
        if not self.spoke_unsure(word) or a_people(word) or self._in_lower_case(word):
            return None  # "minister manuel azpurua said": a source in lower case shows nothing
        if word.startswith(_IRISH_PREFIXES):
            return PERSON  # "O'Sullivan said", "McBride said": a surname's shape
        titled = False
        for m in re.finditer(rf"\b{re.escape(word)}\b", self._joined):
            before = self._joined[max(0, m.start() - 30) : m.start()]
            if _A_NAME_BEFORE.search(before) or _A_NAME_AFTER.match(self._joined, m.end()):
                return None
            titled = titled or bool((found := WORD_BEFORE.search(before)) and found[1] in TITLE_WORDS)
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
