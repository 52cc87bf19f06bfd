"""Learn the acronyms a source defines, and tell a body's initials from a term's: "(HMICFRS)", "GDP"."""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from .bodies import (
    ARTICLE,
    GENERIC_BODIES,
)
from .firms import (
    LEGAL_FORM,
)
from .gazetteers import (
    ORG_HEADS,
    body_name,
    english_words,
    first_names,
    nationalities,
    place_heads,
)
from .words import (
    FUNCTION_WORDS,
    ORGANISATION,
    PERSON,
    PLACE,
    WORD_BEFORE,
    WORD_ENDING,
    YEAR,
    Mention,
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
CAPITAL_WORDS = re.compile(r"\b[A-Z][\w’'-]*")
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
#: The heads of things whose initials a source may define as a body's are defined: laws,
#: treaties, wars, diseases, ideas. Not a programme nor studies, which name bodies too
#: ("World Food Programme", "Institute for Fiscal Studies"), nor a convention ("DNC").
_THINGS_DEFINED = frozenset(
    "act agreement bill treaty law syndrome disease war wars doctrine plan summit theorem hypothesis "
    "principle effect equation paradox conjecture program programme rate rates index language".split()
)
#: A rate, which its initials abbreviate in any case: "the annualised money market rate (TAM)".
_RATES = frozenset({"rate", "rates"})


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


#: An operator of a formula beside a word: "IQR = Q3", "1.5 × IQR".
_OPERATOR_AFTER = re.compile(r"\s?[=×÷≤≥]")
#: Another field of a form on the same line: " ST: MI", " CUSIP: 072261".
_FORM_FIELD = re.compile(r" [A-Z][A-Z.]+: ")
_OPERATOR_BEFORE = re.compile(r"[=×÷≤≥][^\S\n]?$")
#: An amount just before a unit or a currency: "25 ", "87,000 ", "1.5".
# No newline between: searched over the paragraphs joined by a blank line, where "$" also
# matches before the last newline ("10.75" ending a row of rates is no amount of "BNZ" after it).
_AMOUNT_BEFORE = re.compile(r"(?<![\w,.])(\d(?:[\d,.]*\d)?)[^\S\n]?$")
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


#: Capitalised words of letters, small words between: "System Under Test", "Interview of the Month".
_CAPITALISED_WORDS = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|for|and|the|in|on|to)\s+)*[A-Z][a-z]+\b)+")
#: What a name cut short leaves before it: a capitalised word, or a connector with or without "the".
#: Not an owner's possessive: "Germany's Federal Criminal Police Office (BKA)" is the whole name.
_NAME_GOES_ON_BEFORE = re.compile(
    r"(?:\b(?!The )[A-Z][\w'’-]*(?<!['’]s)|\b(?:of|for|and|on|&|de))(?: [Tt]he)? $"
)
#: The comma that closes an apposition, no list going on after it.
_SET_OFF_AFTER = re.compile(r",(?!\s+(?:and|or|[A-Z]))")


class Acronyms:
    """The acronyms a source defines, and the terms it spells in capitals; mixed into Cast."""

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
                    ARTICLE.sub("", before[-1].text)[:1] == acronym[0]
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
                words = ARTICLE.sub("", spelled[1]).strip() if spelled else ""
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
        name = LEGAL_FORM.sub("", ARTICLE.sub("", name))  # "Diamant Boart Stratabit SA (DBS)"
        table = body_name(acronym) or ""
        # Its capitalised words, not the table's name misspelled: "Securities Exchange Commission (SEC)".
        return "".join(_INITIALS.findall(name)) == acronym and CAPITAL_WORDS.findall(
            body_name(name) or name
        ) != CAPITAL_WORDS.findall(table)

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
        before = WORD_BEFORE.search(self._joined, max(0, start - 40), start)
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
        before = WORD_ENDING.search(joined, max(0, opened - 40), opened)
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
