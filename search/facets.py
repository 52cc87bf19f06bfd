"""Facets: what each filter selects, and counts over the matches from cached columns."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from .columns import Column


@dataclass(frozen=True)
class Facet:
    """A filterable field: its API name, the index field, and how values group."""

    name: str
    field: str
    #: Date facets count by year, month or day, as deep as the selection goes.
    dated: bool = False
    #: Facets of names join the forms that sources write differently (`Forms`): a person's
    #: ("people"), a body's ("bodies"), either's ("speakers"), a place's ("places") or a
    #: mailbox's ("mail"); other facets ("") count each value apart.
    merged: str = ""

    def select(self, column: Column, values: Iterable[str]) -> np.ndarray:
        """Return the mask of documents having any of the values (a date: any day in it)."""
        if not self.dated:
            return column.having(column.codes_for(values))
        wanted = np.zeros(len(column.vocab), dtype=bool)
        for value in values:
            wanted |= column.codes_starting(value)
        return column.having(wanted)

    def width(self, selected: Iterable[str]) -> int:
        """Return how many characters of a date its bucket keeps: one level below the selection."""
        depth = max((len(v) for v in selected), default=0)
        return {0: 4, 4: 7}.get(depth, 10)


#: Every facet, in the order the API and the page list them.
FACETS = {
    f.name: f
    for f in (
        Facet("speaker", "speakers", merged="speakers"),
        Facet("person", "people", merged="people"),
        Facet("organisation", "organisations", merged="bodies"),
        Facet("place", "places", merged="places"),
        Facet("source", "source"),
        Facet("zone", "zone"),
        Facet("published", "published", dated=True),
        Facet("mentioned", "dates", dated=True),
        Facet("sender", "sender", merged="mail"),
        Facet("recipient", "recipients", merged="mail"),
    )
}


class Forms:
    """The forms of a name that several sources write, joined under the commonest.

    A body's forms join by `body_key`, a place's by `place_key`. Each source names a person
    by the fullest form it gives; across sources the forms differ by a middle initial
    ("Donald J. Trump", "Donald Trump"), its full stops ("George W Bush") or a particle's
    case ("Robert de Niro"). Forms with the same first and last word join when their middles
    are alike, and a form without a middle joins the one form with middle initials, unless
    two differ ("George H.W. Bush" and "George W. Bush" leave "George Bush" alone). A middle
    name is no initial: "Hillary Rodham Clinton" stays apart, as two people may share a
    first and a last name. A hyphen is a space and a curly apostrophe a straight one
    ("Robert Kilroy-Silk" = "Robert Kilroy Silk").
    """

    def __init__(
        self,
        shown: dict[str, str],
        keyed: dict[str, str] | None = None,
        key: Callable[[str], str] | None = None,
    ) -> None:
        self.shown = shown
        self.members: dict[str, list[str]] = {}
        for form, name in shown.items():
            self.members.setdefault(name, []).append(form)
        # A form no paragraph holds finds its name by its key: a filter on "jo@police.example"
        # selects "Jo Bloggs <jo@police.example>".
        self.keyed, self.key = keyed or {}, key

    @classmethod
    def of(cls, words: Sequence[str], frequency: Sequence[int], kind: str = "people") -> Forms:
        """Return the forms of the names in a facet's values, given how many paragraphs hold each.

        kind is the facet's: "people" (the default), "bodies", "places", "speakers" or "mail".
        """
        if kind == "bodies":
            return cls._joined(words, frequency, body_key)
        if kind == "places":
            return cls._joined(words, frequency, place_key)
        if kind == "speakers":
            return cls._either(words, frequency)
        if kind == "mail":
            return cls._joined(words, frequency, mail_key)
        groups: dict[tuple[str, str], dict[str, list[int]]] = {}
        for i, word in enumerate(words):
            parts = word.split()
            if len(parts) < 2 or not (_NAME_WORD.fullmatch(parts[0]) and _NAME_WORD.fullmatch(parts[-1])):
                continue
            # A hyphen is a space, and a curly apostrophe a straight one: "Robert Kilroy-Silk" =
            # "Robert Kilroy Silk", "Kim Mahn-je" = "Kim Mahn Je", "O’Malley" = "O'Malley".
            spelled = _spelled(word)
            middle = " ".join(part.replace(".", "") for part in spelled[1:-1]).casefold()
            key = (spelled[0].casefold(), spelled[-1].casefold())
            groups.setdefault(key, {}).setdefault(middle, []).append(i)
        shown: dict[str, str] = {}
        for middles in groups.values():
            bare = middles.pop("", [])
            joined = list(middles.values())
            if len(joined) == 1 and all(_INITIALS.fullmatch(w) for w in _spelled(words[joined[0][0]])[1:-1]):
                joined[0] = joined[0] + bare
            else:
                joined.append(bare)
            for members in joined:
                if len(members) > 1:
                    name = words[max(members, key=lambda i: (frequency[i], len(words[i]), words[i]))]
                    shown.update((words[i], name) for i in members)
        return cls(shown)

    @classmethod
    def _joined(cls, words: Sequence[str], frequency: Sequence[int], key: Callable[[str], str]) -> Forms:
        """Return forms joined where their keys agree, each group under its commonest form."""
        keys = [key(word) for word in words]
        groups: dict[str, list[int]] = {}
        for i, k in enumerate(keys):
            groups.setdefault(k, []).append(i)
        shown = _shown(words, frequency, groups.values())
        return cls(shown, {k: shown[words[i]] for i, k in enumerate(keys)}, key)

    @classmethod
    def _either(cls, words: Sequence[str], frequency: Sequence[int]) -> Forms:
        """Return forms joined as a person's or as a body's are: a speaker may be either."""
        parent = list(range(len(words)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = i = parent[parent[i]]
            return i

        at = {word: i for i, word in enumerate(words)}
        for form, name in cls.of(words, frequency).shown.items():
            parent[root(at[form])] = root(at[name])
        keys = [body_key(word) for word in words]
        first: dict[str, int] = {}
        for i, k in enumerate(keys):
            parent[root(i)] = root(first.setdefault(k, i))
        groups: dict[int, list[int]] = {}
        for i in range(len(words)):
            groups.setdefault(root(i), []).append(i)
        shown = _shown(words, frequency, groups.values())
        return cls(shown, {k: shown[words[i]] for i, k in enumerate(keys)}, body_key)

    def show(self, value: str) -> str:
        """Return the form a value is shown and counted under."""
        if value in self.shown or self.key is None:
            return self.shown.get(value, value)
        return self.keyed.get(self.key(value), value)

    def names(self, values: Iterable[str]) -> tuple[str, ...]:
        """Return the forms shown for values, each once."""
        return tuple(dict.fromkeys(self.show(v) for v in values))

    def every(self, values: Iterable[str]) -> tuple[str, ...]:
        """Return every form of the names of values: what a filter on any of them selects."""
        return tuple(dict.fromkeys(f for v in values for f in self.members.get(self.show(v), [v])))


def _shown(words: Sequence[str], frequency: Sequence[int], groups: Iterable[list[int]]) -> dict[str, str]:
    """Return each word's form shown: its group's commonest, a form in capitals only if all are.

    "REUTER" is a wire's sign-off, "Reuter" its name.
    """
    shown: dict[str, str] = {}
    for members in groups:
        best = max(members, key=lambda i: (not words[i].isupper(), frequency[i], len(words[i]), words[i]))
        shown.update((words[i], words[best]) for i in members)
    return shown


#: A word that opens or closes a person's name: a capital first.
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
#: A middle initial, with or without its full stops: "J.", "W", "H.W.".
_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")


def _spelled(name: str) -> list[str]:
    """Return a person's name's words, a hyphen a space between them and apostrophes straight."""
    return re.split(r"[\s-]+", name.replace("’", "'").strip("-"))


def place_key(name: str) -> str:
    """Return what a place's name is apart from how a source writes it: "ST LOUIS" = "St. Louis".

    Case, accents, full stops, apostrophes and hyphens do not count ("Zürich" = "Zurich",
    "St James' Park" = "St James Park", "Ste-Therese" = "Ste. Therese").
    """
    return " ".join(re.sub(r"[.'’]", "", _unaccented(name).casefold()).replace("-", " ").split())


def _unaccented(name: str) -> str:
    """Return a name without its letters' accents: "Zürich" is "Zurich"."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def mail_key(value: str) -> str:
    """Return the mailbox a sender's or a recipient's value names: its address, whatever the name.

    "Jo Bloggs <jo@police.example>", "JO BLOGGS <Jo@Police.example>" and "jo@police.example"
    are one mailbox; a value with no address is its name.
    """
    address = _ADDRESS.search(value)
    return (address[1] if address else value).strip().casefold()


#: The address in "Name <address>".
_ADDRESS = re.compile(r"<([^<>]*@[^<>]*)>\s*$")
#: Firms' legal forms at home and abroad, short and in full, in lower case: "Corp", "AG", "Corporation".
_FORMS = frozenset(
    "inc incorporated corp corporation co company ltd limited plc llc llp lp cie ag sa nv se ab bv gmbh"
    " spa srl sarl oy oyj asa bhd tbk pty".split()
)
#: Legal forms written in full, as their short forms: "Corporation" is "Corp".
_FULL_FORMS = {"corporation": "corp", "incorporated": "inc", "company": "co", "limited": "ltd"}
#: British spellings in bodies' names, as American ones write them: "Organisation", "Centre".
_SPELLINGS = (("isation", "ization"), ("organis", "organiz"), ("centre", "center"), ("programme", "program"))


def body_key(name: str) -> str:
    """Return what a body's name is apart from how a source writes it, the key its forms join by.

    Case, accents, full stops, apostrophes and hyphens, "&" for "and", "the" and a legal form
    at the end do not count, nor British spellings ("Commodity Credit Corp" = "Commodity
    Credit Corporation", "Organization of the Petroleum Exporting Countries" = "Organisation of
    Petroleum Exporting Countries", "TEXACO INC" = "Texaco Inc"). A name of one word keeps
    its legal form, short or in full ("Sun Co" is no newspaper, "Time Inc" no magazine; so
    "Texaco" stays beside "Texaco Inc", "IBM" beside "IBM Corp").
    """
    bare = _unaccented(name)
    words = [w.strip(",") for w in re.sub(r"[-.'’]", "", bare.casefold().replace("&", " and ")).split()]
    words = [w for w in words if w and w != "the"]
    stem = list(words)
    while len(stem) > 1 and stem[-1] in _FORMS:
        stem.pop()
    if len(stem) == 1:
        # A word alone may be the dictionary's, and keeps its form: "Sun Co" is no newspaper.
        stem += [_FULL_FORMS.get(w, w) for w in words[1:]]
    joined = " ".join(stem)
    for british, american in _SPELLINGS:
        joined = joined.replace(british, american)
    return joined


#: Values listed per facet: the commonest, after any selected or excluded ones.
FACET_LIMIT = 100


def count(
    facet: Facet,
    column: Column,
    docs: np.ndarray,
    selected: tuple[str, ...],
    excluded: tuple[str, ...] = (),
    limit: int = FACET_LIMIT,
) -> list[dict]:
    """Return [{value, count, selected, excluded}] over a mask of documents, by count or by date.

    A document counts once per value (or date bucket). Selected and excluded values come
    first. A dated facet also lists each selected value with the documents it matches,
    before the buckets below it.
    """
    if facet.dated:
        buckets = column.buckets(facet.width(selected))
        counts = buckets.counts(docs)
        found = {buckets.vocab[c]: int(counts[c]) for c in np.flatnonzero(counts)}
        for value in selected:
            found[value] = int((facet.select(column, [value]) & docs).sum())
        ordered = sorted(found.items())
    else:
        counts = column.counts(docs)
        chosen_first = (*selected, *excluded)
        found = {}
        for value in chosen_first:
            code = column.codes_for([value])
            found[value] = int(counts[code].sum())
        # Codes follow the sorted vocabulary: sorting by (-count, code) is by count, then name.
        nonzero = np.flatnonzero(counts)
        top = nonzero[np.lexsort((nonzero, -counts[nonzero]))][: limit + len(chosen_first)]
        for code in top:
            found.setdefault(column.vocab[code], int(counts[code]))
        ordered = list(found.items())
    return [
        {"value": v, "count": n, "selected": v in selected, "excluded": v in excluded}
        for v, n in ordered[: max(limit, len(selected) + len(excluded))]
    ]
