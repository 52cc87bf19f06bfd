"""Restore the case of a source's paragraphs written in capitals from its other paragraphs.

A wire's headline in capitals ("SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN.") leaves the
rules nothing to tell a name from a word by: every word opens as a name does. The story
writes the same words in their own case ("Alan Shearer was named ... as captain"), so a
name takes the form the story writes it in, and a word its commonest form; a word the
story writes nowhere else goes to lower case if it is a dictionary word and stays in
capitals if not, and a name of several words the tables know ("NEW YORK", "SRI LANKA")
stays as written. Each word keeps its length, so every offset read from the cased text
holds in the text as written.

>>> restore_case(["SHEARER NAMED AS ENGLAND CAPTAIN", "Alan Shearer was named England's captain."])[0]
'Shearer named as England captain'
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

from .gazetteers import LEGAL_FORMS, countries, english_words, organisations, places
from .words import TICKER

#: A word: letters, and letters after an apostrophe inside it ("O'BRIEN", "PANAMA'S").
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: What stands before a word that opens a sentence, whose capital says nothing of its case.
_OPENS = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(]\s*|\s-\s)$")
_POSSESSIVE = re.compile(r"^(.+)(['’])(S)$")
_OWNER = re.compile(r"^(.+)['’]s$")
#: Words that make a line in capitals a sentence, though the source writes them nowhere else.
_FUNCTION_WORDS = frozenset("a an the at in on of for to from by with and or but after over as v vs".split())
#: Capitalised words in a row, single spaces and a name's small words between them: "United
#: Medical Corp", "Bank of America".
_NAME_RUN = re.compile(
    r"[A-Z][^\W\d_]*(?:['’][^\W\d_]+)*(?: (?:(?:of|and|de|du|des|la) )?[A-Z][^\W\d_]*(?:['’][^\W\d_]+)*)+"
)
#: A capitalised word next, which makes the word before it part of a name: "Core-Mark", "Interleukin-2 Inc".
_GOES_ON = re.compile(r"(?: |[-/]|-\w+ )[A-Z]")
_TICKER = re.compile(TICKER)
#: Words of two letters that a line in capitals holds as words, not initials.
_SHORT_WORDS = _FUNCTION_WORDS | frozenset("up is be no so do go it he we me my if".split())
#: A verb's or a noun's endings, longest first, and what a root takes back for them.
_ENDINGS = (("ING", ""), ("IED", "Y"), ("IES", "Y"), ("ED", ""), ("ES", ""), ("S", ""))
#: The longest name of several words looked up in the tables.
_LONGEST = 4


def in_capitals(text: str) -> bool:
    """Tell whether a paragraph is written in capitals: two words or more and no lower case."""
    if any(c.islower() for c in text):
        return False  # most paragraphs, told by their first few letters
    words = _WORD.findall(text)
    return len(words) > 1 and any(len(w) > 1 for w in words)


def restore_case(texts: Sequence[str]) -> list[str]:
    """Return the paragraphs with those in capitals in the case the rest of the source gives."""
    shouted = [in_capitals(text) for text in texts]
    if all(shouted) or not any(shouted):
        return list(texts)  # a source all in capitals says nothing of its words' case
    written = [text for text, loud in zip(texts, shouted, strict=True) if not loud]
    # Each word and whether it opens a sentence, read once for its forms and its roots.
    words = list(_words(written))
    forms, names, roots = _forms(words), _names(written), _roots(words)
    return [
        _cased(text, forms, names, roots) if loud else text for text, loud in zip(texts, shouted, strict=True)
    ]


def _forms(words: Iterable[tuple[str, bool]]) -> dict[str, str]:
    """Return each word's commonest form, keyed by the word in capitals.

    A sentence's first word is capitalised whatever it is, so it counts only for a word
    written nowhere else, and only if no dictionary holds it ("Roberto Duran said") or
    it names a country ("Wales beat San Marino").
    """
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    openers: dict[str, Counter[str]] = defaultdict(Counter)
    for word, opens in words:
        for key, form in [(word.upper(), word), *_stem(word)]:
            (openers if opens else counts)[key][form] += 1
    forms = {key: found.most_common(1)[0][0] for key, found in counts.items()}
    for key, found in openers.items():
        if key not in forms and _no_word(key):
            forms[key] = found.most_common(1)[0][0]
    return forms


def _words(texts: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """Yield each word of the texts and whether it opens a sentence."""
    for text in texts:
        for m in _WORD.finditer(text):
            opens = _OPENS.search(text, max(0, m.start() - 3), m.start()) is not None
            # ... unless a name's next word follows: "Springboard Software Inc said".
            yield m.group(), opens and not _GOES_ON.match(text, m.end())


def _names(texts: Iterable[str]) -> dict[str, str]:
    """Return the source's names of two to four capitalised words, keyed in capitals.

    A name's words keep their capitals where a sentence opens with it ("United Medical
    Corp said"), which a word's own count leaves out.
    """
    found: dict[str, str] = {}
    for text in texts:
        for m in _NAME_RUN.finditer(text):
            words = m.group().split(" ")
            if words[0].lower() in _FUNCTION_WORDS:
                words = words[1:]  # "The Federal Reserve": the sentence's article
            for n in range(2, min(_LONGEST, len(words)) + 1):
                for k in range(len(words) - n + 1):
                    if words[k].islower() or words[k + n - 1].islower():
                        continue  # "of America": a name's small word neither opens nor ends one
                    name = " ".join(words[k : k + n])
                    found.setdefault(name.upper(), name)
                    if owner := _OWNER.match(name):
                        found.setdefault(owner[1].upper(), owner[1])  # "Bank of America's strategy"
    return found


def _roots(words: Iterable[tuple[str, bool]]) -> set[str]:
    """Return the roots of the words the source writes in lower case: "acquired" gives "ACQUIR"."""
    return {_root(word) for word, opens in words if word.islower() and not opens}


def _root(word: str) -> str:
    """Return a word in capitals without its ending: "ACQUIRES", "ACQUIRED" and "ACQUIRE" give "ACQUIR"."""
    word = word.upper()
    for ending, after in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)] + after
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "AEIOUS":
        word = word[:-1]  # "STOPPED": the consonant doubled before the ending
    return word.removesuffix("E") if len(word) > 3 else word


def _stem(word: str) -> list[tuple[str, str]]:
    """Return a possessive's word, keyed in capitals: "England's" gives "England"."""
    possessive = _POSSESSIVE.match(word.upper())
    return [(possessive[1], word[: len(possessive[1])])] if possessive else []


def _cased(text: str, forms: dict[str, str], names: dict[str, str], roots: set[str]) -> str:
    """Return a paragraph in capitals with each word in the form the source gives it.

    A name the source writes keeps its form ("UNITED MEDICAL" as "United Medical"), one
    the tables know and it does not stays as written ("SRI LANKA"), and a word the source
    writes nowhere else goes to lower case if a dictionary holds it and no table does.
    Only a sentence is cased, one with a function word or a word the source writes in
    lower case ("ROMANIA BEAT LITHUANIA"), in that form or another ("ACQUIRES" of a story
    that writes "acquired"): a line that is a name ("JAKARTA POST", "LE
    TEMPS") or a table's head ("W D L PCT GB") stays as written, and so does a ticker ("<GM>").
    """
    tickers = [m.span() for m in _TICKER.finditer(text)] if "<" in text else []
    words = [m for m in _WORD.finditer(text) if not any(a < m.start() < b for a, b in tickers)]
    formed = _before_a_form(text, words, forms, roots)
    cased: list[tuple[re.Match[str], str | None]] = []
    i = 0
    while i < len(words):
        if n := _name_at(text, words, i, names.__contains__):
            name = names[text[words[i].start() : words[i + n - 1].end()]]
            cased += zip(words[i : i + n], name.split(" "), strict=True)
            i += n
        elif n := _name_at(text, words, i, _tables_name):
            i += n  # "NEW YORK": the tables' name, read as written
        else:
            if not _initial(text, words[i]) and i not in formed:
                word = words[i].group()
                form = _form(word, forms)
                if form is None and _root(word) in roots and (_plain_word(word) or _no_name(word)):
                    form = word.lower()  # "ACQUIRES" of a story that writes "acquired", "REORGANIZES"
                cased.append((words[i], form))
            i += 1
    sentence = any(
        form is not None and form.islower() and len(form) > 1 or m.group().lower() in _FUNCTION_WORDS
        for m, form in cased
    )
    if not sentence:
        return text
    out = list(text)
    for m, form in cased:
        if form is None and _plain_word(_POSSESSIVE.sub(r"\1", m.group())):
            # "BEAT", "WEEKEND'S", though "FED" is the table's and "INC" a legal form.
            form = m.group().lower()
        if form is not None and len(form) == len(m.group()):
            out[m.start() : m.end()] = form
    return "".join(out)


def _before_a_form(text: str, words: list[re.Match[str]], forms: dict[str, str], roots: set[str]) -> set[int]:
    """Return the words of a firm's name, written with its legal form, that the story writes nowhere.

    "POTOMAC ELECTRIC POWER CO <POM> JANUARY NET" over a table of figures: back from the form
    to a mark or a word the story writes in lower case, the words it writes nowhere else
    are the name's, no dictionary's words to lower.
    """
    named: set[int] = set()
    for j, m in enumerate(words):
        if j and m.group().lower() in LEGAL_FORMS:
            for k in range(j - 1, -1, -1):
                form = _form(words[k].group(), forms)
                joint = text[words[k].end() : words[k + 1].start()]
                if (
                    form is not None
                    and form.islower()
                    or joint not in (" ", "-")
                    # "MOODY'S AFFIRMS NATIONAL CITY CORP": a verb the story writes in another form
                    or form is None
                    and _root(words[k].group()) in roots
                    and _plain_word(words[k].group())
                ):
                    break  # "NET, POTOMAC": a word the story writes in lower case or a mark ends the name
                if form is None:
                    named.add(k)
    return named


def _name_at(text: str, words: list[re.Match[str]], i: int, known: Callable[[str], bool]) -> int:
    """Return how many words from the i-th make the longest known name of several words, or 0."""
    for n in range(min(_LONGEST, len(words) - i), 1, -1):
        if known(text[words[i].start() : words[i + n - 1].end()]):
            return n
    return 0


def _tables_name(name: str) -> bool:
    """Tell whether words apart by single spaces are a place's or a body's name the tables know."""
    folded = name.lower()
    return " " in name and (folded in places() or folded in organisations())


def _form(word: str, forms: dict[str, str]) -> str | None:
    """Return the form the source gives a word in capitals, or None if it writes it nowhere."""
    if form := forms.get(word):
        return form
    if possessive := _POSSESSIVE.match(word):
        stem, apostrophe, _ = possessive.groups()
        return form + apostrophe + "s" if (form := _form(stem, forms)) else None
    return None


def _no_word(word: str) -> bool:
    """Tell whether a word in capitals is no dictionary word, or a country's name: "WALES"."""
    folded = word.lower()
    return folded not in english_words() or folded in countries()


def _plain_word(word: str) -> bool:
    """Tell whether a word in capitals is a dictionary word and nothing more: "BEAT", not "FED", "INC", "GM".

    Not a country's name, a body's in the table, a legal form, nor one or two letters,
    which are more likely initials than a word.
    """
    folded = word.lower()
    return (
        not _no_word(word)
        and folded not in organisations()
        and folded not in LEGAL_FORMS
        and (len(word) > 2 or folded in _SHORT_WORDS)
    )


def _no_name(word: str) -> bool:
    """Tell whether a word in capitals of five letters or more is no table's, form's or country's name."""
    folded = word.lower()
    return (
        len(word) > 4
        and folded not in organisations()
        and folded not in LEGAL_FORMS
        and folded not in countries()
        and folded not in places()
    )


def _initial(text: str, m: re.Match[str]) -> bool:
    """Tell whether a word is one letter of initials or a code's: "U.S.", "A&P", "H1"."""
    after, before = text[m.end() : m.end() + 1], text[m.start() - 1 : m.start()]
    return len(m.group()) == 1 and (after in (".", "&") or after.isdigit() or before == "&")
