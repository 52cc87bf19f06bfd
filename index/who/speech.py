"""The patterns of news speech: verbs of saying, what stands around a speaker, sentences.

Pure patterns and functions over text; `SpeakerReader` in `speakers.py` applies them
with the state that crosses paragraphs.
"""

from __future__ import annotations

import re

from ..patterns import alternation
from .cast import Cast
from .forms import Person
from .gazetteers import JUDGES_AFTER, ORG_HEADS, body_name, offices_of, places, roles
from .outlets import PLACE_OWNER
from .words import TITLE_WORDS

VERBS = """
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
remarking asserting stressing predicting promising vowing pledging complaining
noting responded responds observed observes blasted blasts slammed slams touted touts touting
tweeted tweets reported called calls
mocked mocks bashed bashes ripped rips quipped lamented laments asserted asserts contended contends
testified remarked wondered echoed apologized apologised thanked cited
proclaimed proclaims exclaimed retorted retorts barked snapped mused muses recounted recounts
underlined underscored underscores answered answers advised advises scoffed sniped
""".split()
#: Verbs whose object is what they act on, never who speaks: "criticized the Federal Reserve".
TRANSITIVE = frozenset(
    """criticised criticized criticises criticizes praised praises rejected rejects dismissed dismisses
    denied denies accused accuses urged urges blamed blames defended defends attacked attacks welcomed
    welcomes condemned condemns hailed hails branded brands labelled labels thanked cited mocked mocks
    bashed bashes ripped rips blasted blasts slammed slams touted touts questioned questions described
    describes""".split()
)
#: "spoke of" reports speech; "spoke to" and "spoke out" do not say what was said.
VERBS += ["spoke of", "speaks of", "spoke about", "speaks about", "talked about", "talks about"]
VERBS += ["called on", "calls on", "called for", "calls for"]
VERBS += ["pointed out", "points out", "went on", "goes on", "put it", "puts it", "shot back", "fired back"]
VERBS += ["chimed in"]
#: "Black Lives Matter issued a statement saying": the statement is what they said.
VERBS += ["issued a statement", "issues a statement", "released a statement", "releases a statement"]
#: Stating an attitude reports what was said: "the White House expressed doubt that".
VERBS += [
    f"{verb} {noun}"
    for verb in ("expressed", "expresses", "voiced", "voices")
    for noun in (
        "doubt",
        "doubts",
        "concern",
        "concerns",
        "confidence",
        "support",
        "regret",
        "hope",
        "frustration",
        "anger",
        "surprise",
        "optimism",
        "disappointment",
        "opposition",
        "sympathy",
        "gratitude",
    )
]
#: "called up", "called off": a club's or a plan's doing, no saying.
_CALLED_TO_DO = r"(?!(?<=called) (?:up|off|back)\b)(?!(?<=calls) (?:up|off|back)\b)"
VERB = re.compile(rf"\b({alternation(VERBS)})\b{_CALLED_TO_DO}")
#: Verbs whose -s form is also a plural noun ("Mr. Trump's comments", "the claims"): after a
#: possessive or a determiner, and perhaps one adjective, they are the noun.
NOUN_FORMS = frozenset(
    "comments claims calls notes questions attacks states tweets labels brands demands promises pledges "
    "vows answers replies counters".split()
)
#: What follows such a plural and never a verb of saying: "brands among others", "claims of abuse".
NOUN_AFTER = re.compile(r"\s+(?:among|of|are|were|include|includes|included|such as)\b")
DETERMINED = re.compile(
    # One adjective may stand between, but no plural noun: "his supporters notes" is a verb.
    # After a possessive a name may too ("Mr. Trump's Twitter attacks"), not after "the":
    # "the BBC claims" is a verb.
    r"(?:['’]s|\b(?:his|her|their|its|our|my|your))\s+[A-Z][\w-]*\s+$"
    r"|(?:['’]s|\b(?:his|her|their|its|our|my|your|the|a|an|these|those))\s+(?:[a-z-]+(?<!s)\s+)?$"
)
ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
#: Nouns for a news outlet: "Vedomosti newspaper reported", "the paper said".
OUTLET_NOUNS = ("newspaper", "paper", "magazine", "tabloid", "broadsheet", "website", "broadcaster", "agency")
#: An outlet named before its noun, at the end of a subject: "The Mirror newspaper", "Reuters news agency".
OUTLET = re.compile(
    rf"(?:^|\s)((?:[Tt]he\s+)?(?:(?!The\b)[A-Z][\w’'&.-]*\s+){{1,4}})(?:news\s+)?(?:{'|'.join(OUTLET_NOUNS)})$"
)
#: Words between a subject and its verb that say nothing of who speaks.
FILLER = re.compile(
    r"(?:\s+(?:has|have|had|also|later|previously|recently|repeatedly|then|further|once|earlier|"
    r"publicly|privately|separately|subsequently|reportedly|allegedly|would|will|could|may|might|"
    r"is|was|were|has\s+been|last\s+night|on\s+\w+day|yesterday|today|this\s+week|last\s+week|"
    r"this\s+morning|in\s+a\s+statement|in\s+a\s+letter|in\s+an\s+interview|himself|herself|"
    r"however|too|not|never|already|always|consistently|more|less|told\s+\w+|[a-z]+ly|\([A-Z]{2,}\)|"
    r"again|now|meanwhile|even|still|on\s+\w+day\s+(?:morning|afternoon|evening|night)|,\s*meanwhile,))*\s*$"
)
PRONOUN = re.compile(r"\b(he|she|they|it|who|He|She|They|It|We|we)\s*$")
#: A spokesperson phrase; the body's name before it may join words: "Department for Work and
#: Pensions", "Telford and Wrekin Council".
SPOKES = re.compile(
    r"(?:\b(?:a|an|the|A|An|The)\s+)?(?:(?P<before>[A-Z][\w’'&.-]*\s+(?:(?:[A-Z][\w’'&.-]*|and|of|for)\s+){0,6}?)"
    r"(?:official\s+)?)?"
    r"spokes(?:person|man|woman)(?:\s+(?:for|from|at)\s+(?:the\s+)?(?:(?P<after>[A-Z][\w’'&.-]*(?:\s+(?:of\s+|&\s+)?"
    r"[A-Z][\w’'&.-]*){0,6})|(?P<lower>(?:[a-z]+\s+){0,2}(?:police|council|government|party|union|force|service|"
    r"department|ministry|agency|authority|trust|charity|company|firm))\b))?"
)
#: Letters after a name, of an honour, a rank at the bar or a judge's style: "Richard Wright
#: KC said", "Leveson LJ said".
_HONOURS = frozenset("KC QC SC OBE MBE CBE DBE KBE QPM FRS".split())
POST_NOMINALS = re.compile(rf"(?:\s+(?:{alternation(_HONOURS | JUDGES_AFTER)})\b)+")
#: A seat's letters after a person's name, which follow a party's too ("Labour MP"): "Frank Field MP said".
SEAT_AFTER = re.compile(r"\s+(?:MP|MEP|MSP|MLA)\b")
#: A role in lower case owning a spokesperson: "the prime minister's official spokesman".
_ROLE_OWNER = re.compile(r"\b[Tt]he ((?:[a-z]+ )?[a-z]+)['’]s (?:official )?$")
#: A passive verb's subject is spoken to or of: "was told", "has been accused".
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:(?:[a-z]+ly|also|not|never|even)\s+)?$")
#: Except where the passive reports speech: "is alleged to have said", "was quoted as saying".
HEARSAY = re.compile(r"\s+(?:to\s+have\s+|as\s+(?:saying|telling|having)\b)")
#: A role opening a sentence: "London's top cop performed ... and said".
OPENING_ROLE = re.compile(
    r"\W*(?:[Tt]he|[A-Z][\w-]*['’]s)\s+((?:[\w’'-]+\s+){0,3}?[\w-]+)\s+(?:[a-z]+ed|has|had|is|was|will|would)\b"
)
#: Someone not yet named, at the end of a subject: "a Home Office minister", "a union leader".
SOMEONE = re.compile(
    r"(?:^|\s)(?:a|an|A|An)\s+(?:(?!(?:of|for|after|to|in|on|with|by|from|at|and|or)\s)[\w’'-]+\s+){0,4}?"
    r"(?:[a-z][\w-]*|M[SE]?Ps?)\s*$"  # "a union leader", "a senior Tory MP"
)
#: A prepositional phrase that opens a sentence, up to its comma: no subject is inside it.
OPENING_PHRASE = re.compile(
    r"\W*(?:In|On|At|After|Before|During|Since|From|With|Under|Despite|Unlike|Amid|Among|Through)\s[^,]{1,80},\s*"
)
#: What a participle's subject is: the sentence's subject after "after", the object before "for".
ADVERBIAL = re.compile(r"\b(after|before|while|when|for)(?:\s+allegedly)?\s*$")
#: A role as subject after the nearest "the": "the Commissioner", "London's top cop"; not "The
#: Catholic Herald said the diocese" (had apologised).
ROLE_NP = re.compile(r"(?:\b(?:the|The)|[A-Z][\w-]*['’]s)\s+((?:(?![Tt]he\s)[\w’'-]+\s+){0,4}[\w-]+)\s*$")
#: Someone's words as the subject: "Sir Mark's previous comments suggested".
THEIR_WORDS = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}(?:comments?|remarks?|words|statements?|letter|testimony|admission|"
    r"speech|message|e-?mail|tweet|interview|response|reply|answer|evidence)"
    r"(?:\s+to\s+(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w’'-]*\s*){1,4}|\s+to\s+(?:his|her|their)\s+[a-z]+\s*)?$"
)
#: A document's author as the subject: "a letter from the Commissioner ... revealing".
DOCUMENT_FROM = re.compile(
    r"\b(?:letter|statement|e-?mail|message|memo|note|submission)\s+(?:[a-z]+\s+){0,2}from\s+(?:the\s+)?"
)
#: What a study is called that speaks for whom it is by.
_STUDY = r"(?:report|audit|review|study|survey|inquiry|investigation|poll)"
#: A study that opens a sentence, up to whom it is by: "A survey by Gartner has said".
DOCUMENT_BY = re.compile(
    rf"\W*(?:(?:A|An|The|a|an|the)\s+)?(?:[a-z][\w-]*\s+){{0,2}}{_STUDY}\s+(?:[a-z]+\s+){{0,2}}by\s+(?:the\s+)?"
)
#: A study its owner's possessive opens, as a sentence's subject: "Baroness Casey's audit said".
DOCUMENT_OF = re.compile(rf"['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}{_STUDY}\s*$")
#: A description after a name, its closing comma left out: ", Labour's election strategist".
DESCRIBED = re.compile(r",\s+[A-Z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*\s*")
#: Between two people named together: "Maggie Oliver and care author Chris Wild".
AND_BETWEEN = re.compile(r",?\s+and\s+(?:[a-z-]+\s+){0,5}")
INDEFINITE = re.compile(r"^\W*(?:A|An)\s+(?:[\w’'-]+\s+){0,5}?(?:[\w’'-]+)(?=,|\s+(?:who|was|is|has|had))")
PREPOSITION = re.compile(
    r"\b(?:to|from|with|for|by|of|about|on|at|against|into|over|than|like)\s+(?:the\s+)?$", re.I
)
#: What may stand between a verb and the name after it: "said the", "says Dame", "said Gen".
#: Not "in" of "in charge": "wrote one reviewer in Rolling Stone" names where, not who; nor
#: "and" of "police and crime commissioner": "said Smith and Jones" names two; nor a role
#: named for what it heads ("commissioner of police"), whose head word is no title.
ROLE_WORDS = "|".join(
    sorted(
        {re.escape(w) for role in roles() - offices_of() for w in role.split() if w not in ("in", "and")},
        key=len,
        reverse=True,
    )
)
#: A lower-case description stands there too, but no function word: "said pollster Frank Luntz".
_FUNCTION = "in on at of to for with by from about after before during as his her their its it he she they we"
_FUNCTION += " this last next also then now not so too yet but and or"
_DESCRIPTION = rf"(?!(?:{'|'.join(_FUNCTION.split())})\b)[a-z][a-z’'-]+"
NP_LEAD = re.compile(
    rf"\s*(?:(?:the|The|former|retired|acting|[A-Z][a-z]{{0,3}}\.?|[A-Z][a-z]+|{ROLE_WORDS}|{_DESCRIPTION})\s+){{0,5}}"
)
#: Not after a US title or an initial, whose full stop ends no sentence: "said Mr. Morris",
#: "Sen. Ted Cruz", "George W. Bush".
_TITLES = "Mr Ms Dr St Mrs Sen Rep Gov Gen Lt Sgt Col Rev Prof Capt Maj Adm Cmdr Cpl Supt Insp Det Jr Sr"
# Checked after the full stop, so that the lookbehinds run only where a full stop is.
NOT_AFTER_TITLE = "".join(rf"(?<!\b{title}\.)" for title in _TITLES.split()) + r"(?<!\b[A-Z]\.)"
SENTENCE_END = re.compile(r"[.!?…]" + NOT_AFTER_TITLE + r"(?=\s+[\"“‘'A-Z_])")
#: Where a noun phrase after a verb stops: punctuation (not a title's full stop) or a clause.
PHRASE_STOP = re.compile(r"[,;:]|\." + NOT_AFTER_TITLE + r"|\s(?:and|but|who|which|that)\s")


#: A credit after a dash that ends a quotation or stands alone: "“...” ― Karen Smith.", "- Sanders."
CREDIT = re.compile(r"(?:^|(?<=[_.!?])\s*)[—―–-]\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}?)\.?\s*$")
#: Where someone is from, at the end of a subject: "of the Center for Nonproliferation Studies",
#: "from Victoria Police's Sexual Crimes Squad".
OF_BODY = re.compile(
    # "of brokers Hoare Govett", "of Kidder, Peabody and Co": a firm's trade before its name,
    # its partners' names set off by commas; "to" and "against" link a body's name ("of the
    # Committee to Protect Journalists", "of the Coalition Against Trafficking in Women").
    r"\s+(?:of|from)\s+(?:the\s+)?(?:(?:stock)?brokers\s+|brokerage\s+(?:house\s+)?|accountants\s+|solicitors\s+)?"
    r"[A-Z][\w’'-]*(?:,?\s+(?:(?:for|and|of|on|the|to|against)\s+)?[A-Z][\w’'-]*){0,9}\s*$"
    # ... or one no capital names: "Sergeant Mike Jones of the local police said".
    r"|\s+(?:of|from)\s+the\s+(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*\s*$"
    # ... or the district an office serves: "U.S. Attorney Breon Peace for the Eastern District of New York".
    r"|\s+for\s+the\s+[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,5}\s*$"
    # ... or a body's unit: "Stephen Cyrus of the FBI's Atlanta field office said".
    r"|\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}[\w-]+(?:['’]s|s['’])\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*\s*$"
)
#: An opening phrase that reports speech ("As Smith said,") names no subject after it.
REPORTING = re.compile(r"\b(?:said|says|told)\b")
#: The end of a phrase whose next noun is a preposition's object ("quoted in the Herald").
AFTER_PREPOSITION = re.compile(r"\b(?:in|by|to|from|of|on|at|for|with|against|about|under|like)\s*$")
#: Between a subject and its verb, a negation: the subject did not speak.
NEGATED = re.compile(r"\b(?:not|never)\b")
#: Where a clause ends before a name (not after an initial or a short title).
CLAUSE_END = re.compile(r"[.!?:;]" + NOT_AFTER_TITLE + r"\s+")


#: A capitalised word that opens a sentence, just before a name.
_OPENER = re.compile(r"(?:^|[.!?:]\s+)([A-Z][a-z]{4,})$")


def opens_sentence(text: str, start: int, end: int) -> bool:
    """Tell whether the name at start:end is its sentence's subject: first, or after one opening phrase."""
    if re.match(r"['’]s?\b", text[end : end + 2]):
        return False  # "Mr. Trump's comments": a possessor
    # A title or a short opening word before the name ("Mr.", "Sen.", "But") opens no phrase.
    before = re.sub(r"(?:^|\s)[A-Z][a-z]{0,3}\.?\s*$", " ", text[:start]).rstrip()
    # ... nor a role capitalised to open it: "Teenager Sania Mirza", "Striker Wayne Rooney".
    opener = _OPENER.search(before, max(0, len(before) - 40))  # the last word alone: no scan of the text
    if opener and opener[1].lower() in TITLE_WORDS:
        before = before[: opener.start(1)].rstrip()
    clause = before[max((m.end() for m in CLAUSE_END.finditer(before)), default=0) :]
    return not clause or (clause.endswith(",") and clause.count(",") == 1 and not REPORTING.search(clause))


def attributes_opening(text: str, masked: str, quote_end: int, start: int, verb: re.Match, end: int) -> bool:
    """Tell whether a speech verb names the speaker of the quotation opening the paragraph.

    “...,” he said: the same sentence. “... .” Mr Wild said. - a short sentence of its
    own. “... .” Labour's John Thurso said drink-driving remained ... - a new statement.
    """
    if start > quote_end + 3 or quote_end < 2:
        return False
    if text[quote_end - 2] not in ".?!":  # the quotation ends mid-sentence: “...,” he said
        return verb.start() - quote_end < 60
    if text[quote_end - 2] in "?!" and verb.start() - quote_end < 30:
        # A question's or a cry's speaker follows it, whatever comes after: “Who do they
        # think they are?” Trump said of Apple in February, when ...
        return not re.match(r"\s+that\b", masked[verb.end() :])
    return len(masked[verb.end() : end].split()) <= 3


def listed(name: str | None) -> list[str] | None:
    return [name] if name else None


def spokesperson(text: str, at_end: bool, cast: Cast, last: str | None) -> str | None:
    """Return "<Organisation> spokesperson" for a spokesperson phrase at the end (or start)."""
    matches = list(SPOKES.finditer(text))
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
    body = body.rstrip(".")  # "for the Home Office." ends a sentence
    if not body_name(body):
        body = re.sub(r"['’]s$", "", body)  # "Mr Blair's official spokesman"; "McDonald's" is the firm's
    owner = PLACE_OWNER.match(body)
    if owner and owner[1].lower() in places():
        body = body[owner.end() :]  # "for Germany's Federal Criminal Police Office": the office's
    role = _ROLE_OWNER.search(text, max(0, m.start() - 40), m.start()) if not body else None
    if role and role[1].split()[-1] not in ORG_HEADS:  # "the council's spokesperson" is the council's
        # "the prime minister's official spokesman": the one the source gives that very title.
        holder = cast.by_title(role[1], exact=True)
        return _spokesperson_of(holder) if holder else None
    if not body:  # "the Home Office defended the measures. A spokesman said"
        return (last if last.endswith("spokesperson") else f"{last} spokesperson") if last else None
    person = cast.find(re.sub(r"^(?:[A-Z][a-z]{0,3}\.?\s+)", "", body))
    if person:  # "Mr Blair's official spokesman" speaks for the office the person holds
        return _spokesperson_of(person)
    return f"{cast.organisation(body)} spokesperson"


def _spokesperson_of(person: Person) -> str:
    """Return whom a person's spokesperson speaks for: the prime minister's for Downing Street."""
    if any("prime minister" in t for t in person.titles):
        return "Downing Street spokesperson"
    return f"{person.name} spokesperson"


def past_possessive(text: str, end: int) -> int:
    """Move past letters after a name ("KC", "OBE"), then a possessive or closing punctuation."""
    letters = POST_NOMINALS.match(text, end)
    if letters:
        end = letters.end()
    if text.startswith(".", end) and text[max(0, end - 3) : end] in (" Jr", " Sr"):
        end += 1  # "Cyrus Vance Jr. said": the suffix's full stop
    while end < len(text) and text[end] in "’'s":
        end += 1
    return end


def sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans
