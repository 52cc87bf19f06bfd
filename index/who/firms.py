"""Name a source's firms by their forms: a legal form dropped, a stem, a founder, a ticker, a trade."""

from __future__ import annotations

import re
from functools import cached_property

from .forms import (
    Person,
)
from .gazetteers import (
    COMPANY_HEADS,
    FIRM_HEADS,
    LEGAL_FORMS,
    OPENING_ORG_HEADS,
    ORG_HEADS,
    WRITTEN_LEGAL_FORMS,
    body_name,
    canonical_place,
    english_words,
    familiar_first_names,
    first_names,
    fold_quotes,
    legal_form,
    nationalities,
    organisations,
    places,
    written_legal_form,
)
from .located import (
    PUT_BEFORE,
)
from .voices import (
    SAYS,
    alone_before,
)
from .words import (
    DOTTED_INITIALS,
    FIRMS_LAST_WORDS,
    MEMBERS,
    ORGANISATION,
    PERSON,
    PLACE,
    TITLE_WORDS,
    Mention,
    country_code,
    realm,
)

#: Regimes and eras that qualify a country in history: "Nazi Germany", "Victorian England", no firm's arm.
REGIMES = frozenset(
    "nazi bolshevik soviet tsarist fascist vichy weimar maoist francoist stalinist"
    " victorian edwardian elizabethan jacobean tudor".split()
)


def unlisted(word: str) -> bool:
    """Tell whether a word is no word of the dictionary, first name, place, nationality nor regime."""
    name = word.lower()
    return (
        name not in english_words()
        and name not in first_names()
        and name not in places()
        and name not in nationalities()
        and name not in REGIMES
        and not word.isupper()  # "UK Europe"
    )


def _closed_by_a_firm_s_head(rest: str) -> bool:
    """Tell whether words after a name close a bank's, a trust's or a fund's name: " Royalty Trust"."""
    words = rest.split()
    while words and (legal_form(words[-1]) or words[-1] in ("FSB", "N.A.")):
        words.pop()
    if len(words) == 1 and words[0][:1].isupper() and words[0].lower() in CLOSING_TRADES:
        return True  # "Circuit City Stores", "Yangtze Electric Power": a trade's word ends the name
    return (
        0 < len(words) <= 4
        and words[-1].lower() in FIRM_S_CLOSING_HEADS
        and all(word[:1].isupper() and not word.endswith(("'", "’")) or word == "and" for word in words)
    )


def _placed_arm(body: str) -> bool:
    """Tell whether a firm's name holds a place after its first word: "Maxicare Alabama L.P."."""
    return any(word.lower() in places() for word in LEGAL_FORM.sub("", body).split()[1:])


def _founded_by_initials(body: str, name: str) -> bool:
    """Tell whether a firm's name is its founder's initials and a name, a legal form after: "G.D. Searle"."""
    initials, _, rest = LEGAL_FORM.sub("", body).partition(" ")
    # Not a country's initials: "U.S. Bank" is no founder's.
    return rest == name and DOTTED_INITIALS.fullmatch(initials) is not None and not country_code(initials)


#: Heads that close a bank's, a trust's or a fund's name, which a wire drops: "Medford Savings".
FIRM_S_CLOSING_HEADS = frozenset({"bank", "trust", "fund", "association", "bancorp", "group"})


def _ticker_spells(ticker: str, name: str) -> bool:
    """Tell whether a ticker holds a name's words' initials in order: "PVDC", "Princeville Development"."""
    letters, words = iter(ticker.upper()), name.split()
    # One word's initial tells nothing: "USAIR <U>" is as much "USAir Group Inc" as its "USAir
    # Inc"; nor a ticker the first word spells alone: "MAXICARE <MAXI.O>" of its "Maxicare Alabama".
    if len(words) < 2 or ticker.split(".")[0].upper() in words[0].upper():
        return False
    return all(word[0].upper() in letters for word in words)


def _one(found: set[str]) -> str | None:
    """Return the one name found, or None if none or several."""
    return found.pop() if len(found) == 1 else None


#: What a firm's full name adds to the word it goes by: "Carnival Corporation", "Tesla Inc.".
_FIRMS_FORMS = LEGAL_FORMS | frozenset("corporation company group holdings limited incorporated".split())
#: A firm's legal form after its name: "Apple Inc.", "Ford Motor Co.", "Tesco plc".
#: Legal forms abroad, each with its full stops or not: "NV", "N.V.".
_DOTTED_FORMS = [r"\.?".join(map(re.escape, form)) for form in sorted(WRITTEN_LEGAL_FORMS)]
#: The words that name a parent after its first: "USAir Group Inc", "Tate Holdings Ltd".
_PARENTS = frozenset("Group Holdings Holding Cos Companies Industries".split())
LEGAL_FORM = re.compile(rf",?\s+(?:(?i:{'|'.join(sorted(LEGAL_FORMS))})|{'|'.join(_DOTTED_FORMS)})\.?$")


def firm_s(name: str) -> bool:
    """Tell whether a body's name ends with a firm's legal form, at home or abroad: "BASF AG"."""
    return LEGAL_FORM.search(name) is not None or written_legal_form(name.rpartition(" ")[2])


#: A trade's word before a firm's legal form, which a wire leaves out: "Scientific Micro Systems Inc".
_TRADES = (
    COMPANY_HEADS
    | FIRM_HEADS
    | frozenset("industries group holdings international enterprises products services properties".split())
)
#: ... but for those that name a firm's unit abroad or in finance: "Salomon Brothers
#: International Ltd", "JP Morgan Securities", "Barclays Capital".
CLOSING_TRADES = _TRADES - frozenset(
    "international securities capital investment investments financial leasing trading brokerage insurance"
    " assurance realty properties research services".split()
)
#: A firm's "and Co" after its name: "Morgan Stanley and Co Inc" is the Morgan Stanley the table holds.
AND_CO = re.compile(
    rf"\s+(?:(?:and|&)\s+(?:Co|Cos|Company|Sons)|et\s+Cie)\.?(?:,?\s+(?i:{'|'.join(sorted(LEGAL_FORMS))})\.?)?$"
)
#: A firm named "General" and a word, as the source gives it: with a legal form, saying "it"
#: or as a unit ("General Host Corp", "General Tire said it", "GenCorp's General Tire unit").
_FORMS_TITLED = "|".join(sorted(form.title() for form in LEGAL_FORMS))
_GENERAL_FIRM = re.compile(
    rf"\bGeneral ([A-Z][a-z]+)\b(?=,? (?:{_FORMS_TITLED}|PLC|Cos|Corporation|Company)\b"
    r"| said (?:it|its)\b| unit\b| subsidiary\b)"
)


class Firms:
    """The firms a source names, by every form of their names; mixed into Cast."""

    def _headed(self, name: str) -> str | None:
        """Return the one body the source names that is a name of two words or more and its head.

        "Medford Savings" where the source names "Medford Savings Bank", "Permian Basin" its
        "Permian Basin Royalty Trust", "Circuit City" its "Circuit City Stores": the head cut off.
        """
        # Not a name whole with its form: "Astra Corporation Workers' Trust" is the workers'.
        if " " not in name or body_name(name) or name.rpartition(" ")[2].lower().rstrip(".") in _FIRMS_FORMS:
            return None
        return _one({body for body in self._opened_by(name) if _closed_by_a_firm_s_head(body[len(name) :])})

    @cached_property
    def _firms_by_word(self) -> dict[str, set[str]]:
        """Map a firm's first word to the bodies the source names by it and a form: "Carnival Corporation"."""
        firms: dict[str, set[str]] = {}
        for body in self.bodies:
            word, _, form = body.partition(" ")
            if form.lower().rstrip(".") in _FIRMS_FORMS:
                firms.setdefault(word, set()).add(body)
        return firms

    @cached_property
    def _firms_by_stem(self) -> dict[str, str]:
        """Map a firm's name without its legal form to the one firm the source names with it: "Eli Lilly"."""
        stems: dict[str, set[str]] = {}
        for body in self.bodies:
            stem = AND_CO.sub("", body)
            while (shorter := LEGAL_FORM.sub("", stem)) != stem and " " in shorter:
                # Each form of "Amoco Canada Petroleum Co Ltd" dropped in turn: "News Corp" too.
                stems.setdefault(shorter, set()).add(body)
                stem = shorter
            if stem != body and " " in stem:
                stems.setdefault(stem, set()).add(body)  # "Kidder Peabody" of "Kidder Peabody and Co"
                # A wire writes a firm by the words before its trade's: "Computer Terminal" for
                # "Computer Terminal Systems Inc"; not a people's ("North American Holdings").
                shorter, _, trade = stem.rpartition(" ")
                if (
                    trade.lower() in _TRADES
                    and " " in shorter
                    and shorter.split()[-1].lower() not in nationalities()
                    and shorter.lower() not in places()
                ):
                    stems.setdefault(shorter, set()).add(body)
        return {stem: bodies.pop() for stem, bodies in stems.items() if len(bodies) == 1}

    def firm_without_form(self, mention: Mention) -> str | None:
        """Return the firm with a legal form that a mention names without it: "Clark Equipment"."""
        # Only a word of the dictionary ends a firm's name ("Equipment"): "Charles Schwab"
        # beside "Charles Schwab Corp" may be the man; no one's name opens "First Wachovia".
        # Most sources name no firm with its form; a wire shortens one to its first two words:
        # "Shearson Lehman" of "Shearson Lehman Brothers", "Drexel Burnham" of "... Lambert Inc".
        firm = self._firms_by_stem.get(mention.text) or self._firms_by_opening.get(mention.text)
        if (
            firm
            and mention.kind in (PERSON, "unknown")
            and not (mention.honorific or mention.titles)
            and (
                mention.words[-1].lower() in english_words()
                or len(mention.words) > 1
                and mention.words[0].lower() not in familiar_first_names()
            )
        ):
            return firm
        return None

    @cached_property
    def _firms_by_opening(self) -> dict[str, str]:
        """Map the first two or three words of a firm's longer name to the one firm the source names so."""
        openings: dict[str, set[str]] = {}
        for body in self.bodies:
            words = body.split()
            last = words[-1].lower().rstrip(".")
            # Not a firm of someone and partners: "Arvid Jauppi and Associates" is his, where
            # "Dainippon Ink and Chemicals Inc" is the firm's.
            if (
                len(words) >= 3
                and all(w[:1].isupper() for w in words[:2])
                and not (words[2] in ("and", "&") and words[0].lower() in first_names())
                and (last in LEGAL_FORMS or last in COMPANY_HEADS)
            ):
                openings.setdefault(" ".join(words[:2]), set()).add(body)
                # Three words of the dictionary that open a longer name too: "Tender Loving Care"
                # of "Tender Loving Care Health Care Services Inc"; not a place's ("New York State").
                if len(words) >= 5 and all(
                    w[:1].isupper() and w.lower() in english_words() for w in words[:3]
                ):
                    openings.setdefault(" ".join(words[:3]), set()).add(body)
        return {opening: bodies.pop() for opening, bodies in openings.items() if len(bodies) == 1}

    def _firm_named_as_a_place(self, mention: Mention, text: str) -> str | None:
        """Return the firm with a legal form a town's whole name names, nowhere put: "Gillette disclosed".

        A country or a state is itself ("Canada" beside "Canada Corp"), and "in San Miguel" the town.
        """
        if mention.kind != PLACE:
            return None
        if " " in mention.text:
            firm = self._firms_by_stem.get(mention.text)
        else:
            # "Gillette disclosed" where the source names "Gillette Co": the firm, not the town.
            firms = self._firms_by_word.get(mention.text, ())
            firm = next(iter(firms)) if len(firms) == 1 else None
        if (
            firm is None
            or realm(canonical_place(mention.text).lower())
            or PUT_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        ):
            return None
        return firm

    def _firm_opened_by(self, word: str) -> str | None:
        """Return the one body of two words a firm's first word opens: "Aston Martin" for "Aston".

        Else the one firm with its legal form it opens, though someone bears the word: "Taft
        stock" of "Taft Broadcasting Co", beside its vice chairman "Dudley S. Taft".
        """
        opened = self._opened_by(word)
        # Not its arm in a place: "Maxicare Alabama L.P." is Maxicare's, in Alabama.
        return _one({body for body in opened if body.count(" ") == 1}) or _one(
            {body for body in opened if LEGAL_FORM.search(body) and not _placed_arm(body)}
        )

    def firm_speaking(self, mention: Mention, text: str) -> str | None:
        """Return the one firm with a legal form a town's name opens, where it speaks: "River Oaks said".

        A country or a state speaks as itself ("Canada said" beside "Canada Development Corp").
        """
        word = mention.text
        if not (
            mention.kind == PLACE
            and SAYS.match(text, mention.end)
            and alone_before(text, mention.start)
            and not realm(canonical_place(word).lower())
        ):
            return None
        firm = _one(self._firms_opened_by(word))
        return self.organisation(firm) if firm else None

    def _surname_of_a_firm(self, name: str) -> Person | None:
        """Return whom a firm's possessive name names where the source names someone by it: "Sainsbury's"."""
        word = name[:-2] if name.endswith(("'s", "’s")) else name
        if ORGANISATION in (self.spoke_as(name), self.spoke_as(word)):
            return None  # "Sainsbury's said it would": the firm, whoever of the name the source quotes
        person = self.find(word)
        return person if person is not None and person.name.split()[-1] == word else None

    def _firm_by_surname(self, word: str) -> str | None:
        """Return the one firm named after someone that a surname stands for: "Lilly", "Eli Lilly and Co".

        A first name or initials open the firm's name: "Grace" for "W.R. Grace and Co".
        """
        if not self._firms_by_stem or any(word in person.name.split() for person in self.people):
            return None  # "Ford said" where the source names Bill Ford: him
        found = {
            body
            for stem, body in self._firms_by_stem.items()
            if stem.endswith(" " + word)
            and stem.count(" ") == 1
            and (stem.split()[0].lower() in first_names() or DOTTED_INITIALS.fullmatch(stem.split()[0]))
        }
        return _one(found)

    def _short_for(self, word: str) -> str | None:
        """Return the one body named in full that a word opens: "Harvard" for "Harvard University".

        Not a first name ("Dwain Chambers" is no body), unless it opens a firm's name with
        its legal form and no one else's, nor a word of the dictionary ("Foreign Secretary"
        speaks of no office), unless it opens such a firm's name, or one of two words that ends
        with its trade, or is a Romance head that opens a body the table knows, and the source
        never writes it in lower case: "grab Mercantile or Commerce" of "Mercantile Bancorp
        Inc.", "Cairn said" of "Cairn Energy", "earn Real a point" of "Real Madrid".
        """
        opened = self._opened_by(word)  # none for a unit's own name: "Daiwa, the U.S. unit of ..."
        if not opened:
            return None  # most words: no need to ask who bears them
        if word.lower() in english_words():
            if self._in_lower_case(word) or word.isupper():
                return None
            # Or the table's body a Romance head opens: "Real" for "Real Madrid", when "real"
            # is nowhere lower case; not "Foreign" for "Foreign Office".
            opening = word.lower() in OPENING_ORG_HEADS
            # Or a firm of two words, the second its trade's: "Cairn" for "Cairn Energy"; not a
            # party's word ("some Socialist gains" beside "Socialist International").
            traded = word.lower() not in MEMBERS and word.lower() not in nationalities()
            firms = {
                body
                for body in opened
                if LEGAL_FORM.search(body)
                or opening
                and body_name(body) == body
                or traded
                and body.count(" ") == 1
                and body.split()[1].lower() in _TRADES
            }
            return firms.pop() if len(firms) == 1 and len(opened) == 1 else None
        named = word.lower() in first_names()
        # A firm with its legal form goes by its first word in wire copy, even a first name
        # when no one the source names goes by it: "Todd" for "Todd Shipyards Corp".
        firm = not any(word in person.name.split() for person in self.people)
        # Two words no list knows are a firm's name its first word stands for: "Cadbury said" of
        # "Cadbury Schweppes"; not a body of the table's own ("Google" beside "Google Analytics").
        known = word.lower() in organisations() or word.lower() in places()
        found = {
            body
            for body in opened
            if (
                len(body.split()) == 2
                and not named
                and (body.split()[-1].lower() in ORG_HEADS or not known and unlisted(body.split()[-1]))
            )
            or (firm and LEGAL_FORM.search(body) is not None)
        }
        if not found and firm and not known:
            # ... or a bank's, a trust's or a fund's: "Permian" for "Permian Basin Royalty Trust".
            found = {body for body in opened if _closed_by_a_firm_s_head(body[len(word) :])}
        if len(found) > 1 and not any(body.split()[1] in _PARENTS for body in found):
            # The one the word and its legal form name: "Dana" for "Dana Corp", beside its "Dana
            # Credit Corp"; not "USAir Inc" beside "USAir Group Inc", its parent.
            found = {body for body in found if not LEGAL_FORM.sub("", body[len(word) :]).strip(" ,.")}
        return _one(found)

    def general_s_firm(self, mention: Mention, text: str) -> bool:
        """Tell whether "General" and a word of the dictionary name a firm: "General Tire", "General Host".

        Where the source gives it as a firm somewhere: with a legal form ("General Host Corp"),
        saying "it" ("General Tire said it"), or as another firm's unit ("GenCorp's General Tire
        unit"). Not "the General Election", nor a general the source names in full ("General
        Tommy Franks ... General Franks") or by a first name ("General Grant").
        """
        word = mention.words[0]
        return (
            mention.kind in (PERSON, "unknown")
            and len(mention.words) == 1
            and mention.titles[-1:] == ["general"]
            and not mention.honorific
            and text.endswith("General ", 0, mention.start)
            and word.lower() in english_words()
            and word.lower() not in first_names()
            and word.lower() not in TITLE_WORDS
            and not word.isupper()
            and not self._someone_s_surname(word, besides=word)
            and word in self._general_firms
        )

    @cached_property
    def _general_firms(self) -> frozenset[str]:
        """Return the words after "General" the source gives as a firm's: "General Tire said it"."""
        if "General " not in self._joined:
            return frozenset()
        return frozenset(_GENERAL_FIRM.findall(self._joined))

    def _listed_as(self, name: str, ticker: str = "") -> str | None:
        """Return the one firm the source names in full that a name before its ticker stands for.

        "NIAGARA MOHAWK <NMK>" of "Niagara Mohawk Power Corp", "SALOMON <SB>" of "Salomon Inc"
        though Robert Salomon speaks, "NORSTAR <NOR>" of "Norstar Bancorp"; not a unit the name
        opens with its trades ("Diamond Shamrock Refining and Marketing Co"). Of two, the one
        whose words' initials the ticker spells in order: "PRINCEVILLE <PVDC>" of "Princeville
        Development Corp", not its "Princeville Airways Inc".
        """
        shouted = name.isupper()
        found = {
            body
            for body in self.bodies
            if (body.upper() if shouted else body).startswith(name + " ")
            and (
                firm_s(body)
                and len(rest := LEGAL_FORM.sub("", body[len(name) :]).split()) <= 2
                and all(word[0].isupper() for word in rest)
                # ... or its legal form right after the name: "Imperial Corp of America"
                or body[len(name) :].split()[0].lower().rstrip(".") in LEGAL_FORMS
            )
        }
        # Not where the name with its form alone is one: "BOEING <BA>" of "Boeing Co", or of its
        # "Boeing Aerospace Co", a unit whose initials the ticker spells too.
        if len(found) > 1 and ticker and all(LEGAL_FORM.sub("", body[len(name) :]).strip() for body in found):
            found = {body for body in found if _ticker_spells(ticker, LEGAL_FORM.sub("", body))} or found
        if len(found) == 1:
            return self.organisation(found.pop())
        return self.body_for(name.capitalize() if shouted else name) if " " not in name else None

    def _founder_s_firm(self, word: str) -> str | None:
        """Return the one firm its founder's initials and a word name: "G.D. Searle", "E.W. Scripps Co"."""
        return _one({body for body in self.bodies if _founded_by_initials(body, word)})

    def _possessive_firm(self, word: str) -> str | None:
        """Return the one firm with a legal form a word's possessive opens: "Boatmen's Bancshares Inc"."""
        return _one({body for body in self._opened_by(word + "'s") if LEGAL_FORM.search(body)})

    def _opens_a_firm(self, word: str) -> bool:
        """Tell whether a word opens a firm's name the source gives with its form: "Ford Motor Co"."""
        return bool(self._firms_opened_by(word))

    def _partners_opened_by(self, name: str) -> str | None:
        """Return the one firm of partners joined by "&" the source names that a name opens."""
        return _one({body for body in self._opened_by(name) if " & " in body})

    def _firm_cut_short(self, mention: Mention) -> str | None:
        """Return the one firm the source names whose name two words open, no first name first.

        "Sperry Marine" of "Sperry Marine Systems", "Thorn Ericsson" of "Thorn Ericsson
        Telecommunications"; not "Stan Lee" of "Stan Lee Media".
        """
        words = mention.words
        if len(words) != 2 or mention.honorific or mention.titles:
            return None
        if words[0].lower() in first_names():
            return None
        return _one(
            {
                body
                for body in self._opened_by(mention.text)
                if LEGAL_FORM.search(body) or body.rsplit(" ", 1)[-1].lower() in FIRMS_LAST_WORDS
            }
        )

    def _bodies_opened_by(self, name: str) -> str | None:
        """Return the one body the source names that a possessive name opens: "Lloyd's of London"."""
        return _one(self._opened_by(name))

    def _firms_opened_by(self, word: str) -> set[str]:
        """Return the firms the source names with their form whose names a word opens: "Ford Motor Co"."""
        return {body for body in self._opened_by(word) if LEGAL_FORM.search(body)}

    def _opened_by(self, name: str) -> set[str]:
        """Return the bodies the source names whose names a name opens, whichever apostrophe they write."""
        if name in self._units:
            return set()  # "Daiwa, the U.S. unit of Daiwa Securities Co Ltd": the unit's own name
        return {body for body in self.bodies if fold_quotes(body).startswith(name + " ")}

    @cached_property
    def _firms_across_and(self) -> dict[tuple[str, int], str]:
        """Map two names "and" joins to the one firm they name: "Woodward and Lothrop".

        The firm is the source's, named with its legal form ("Woodward and Lothrop Inc"), or
        the table's ("Drexel Burnham and Lambert"); keyed by paragraph and where each name starts.
        """
        found = {}
        for text, a, b in self._joined_pairs((" and ",)):
            whole = f"{a.text} and {b.text}"
            named = {body for body in self.bodies if body.startswith(whole + " ") and LEGAL_FORM.search(body)}
            firm = (
                self.organisation(named.pop())
                if len(named) == 1
                else body_name(whole) or body_name(whole.replace(" and ", " "))
            )
            if firm:
                found[(text, a.start)] = found[(text, b.start)] = firm
        return found
