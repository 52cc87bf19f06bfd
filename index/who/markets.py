"""Tell firms by what market copy says of them: traded, moved, owned, run by chiefs, employing analysts."""

from __future__ import annotations

import re
from functools import cache, cached_property

from .gazetteers import (
    english_words,
    first_names,
    nationalities,
    organisations,
    places,
)
from .kinds import CURRENCIES, kind_of
from .lists import (
    DETERMINERS,
)
from .words import (
    PLACE,
    TICKER,
    Mention,
)


@cache
def _possessive_firms() -> frozenset[str]:
    """Return the words the table's bodies open with before a possessive: "lloyd" of "Lloyd's of London"."""
    return frozenset(name.split()[0][:-2] for name in organisations() if name.split()[0].endswith("'s"))


#: Capitalised words, a name's run: "Ask Jeeves", "Krispy Kreme".
_CAPITALISED = r"[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,3}"
#: Feasts whose sales and profits a source counts: "Christmas sales", no company's.
FEASTS = frozenset("christmas easter thanksgiving halloween hanukkah diwali ramadan eid".split())
#: What is done with a company: "shares in", "a takeover of", "a bid for"; who speaks for it or heads it.
# The look-ahead skips most words on their first letter: the scan runs once per source.
_DEALT_IN = re.compile(
    r"\b(?=[sShHtTbBmMaAcCfFuUdDjJpP\d])(?:(?i:shares|stakes?|holdings?|takeover|bid|buyout|merger|acquisition"
    r"|spokes(?:man|woman|person)|shareholders) (?:in|of|for|with)"
    r"|(?i:chief executive|ceo|chairman|chairwoman|co-founder|founder|president) of"
    # "Sabic, a subsidiary of Aramco", "a joint venture between Sinopec and Exxon", "owns 9
    # percent of Chrysler": what only a firm is, or has.
    r"|(?:unit|subsidiary|division|affiliate|parent company|spinoff|spin-off) of"
    r"|(?i:joint venture) (?:between|of)"
    r"|\d+(?:\.\d+)? (?:percent|pct|per cent) (?:stake in|of))"
    rf" ({_CAPITALISED})(?: and ({_CAPITALISED}))?"
)
#: A firm's part, set off after its name: "a unit of", "the U.S. unit of", "the brokerage and
#: investment subsidiary of".
A_PART_OF = r"(?:a|an|the) (?:[\w.-]+ ){0,3}?(?:unit|subsidiary|division|affiliate) of"
#: An economy's totals, which "pct of" takes as a firm's name does: "Gross Domestic Product".
_AGGREGATES = frozenset("product income output expenditure".split())
#: What a person's name may follow as a firm's does: "spokesman for", "a unit of", "9 pct of".
_FOR_SOMEONE_TOO = re.compile(r"(?i:spokes)|(?:unit|subsidiary|division|affiliate|parent|joint)\b|\d")
#: A name after "at" or "with", and a job just before it: where someone works ("their current
#: roles at Aer Lingus", "a job at Tesco"); found from the literal words, which is cheap.
_AT_A_NAME = re.compile(rf" (at|with|for) ({_CAPITALISED})")
#: A person's name of two or three words, an initial among them: "Paula Buratti", "John F. Smith".
_PERSON_S_NAME = r"[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){1,2}"
#: Staff's jobs, which say where someone works before "at" or "with": "an analyst with Smith Barney".
_STAFF_JOBS = (
    r"economists?|analysts?|strategists?|executives?|officers?|managers?|consultants?|researchers?"
    r"|engineers?|traders?|dealers?|brokers?|spokes(?:man|woman|person)|employees?"
)
#: ... and before "at" only, roles and jobs that are shared with someone too ("a director with").
_JOB_BEFORE = re.compile(
    rf"\b(?:(?i:roles?|jobs?|posts?|positions?|careers?|directors?|editors?|scientists?|partners?|{_STAFF_JOBS})"
    # ... and of what: "director of product at Ask Jeeves", "head of research at Numis".
    r"(?: (?:of|for) [a-z]+(?: [a-z]+)?)?|(?i:heads?) (?:of|for) [a-z]+(?: [a-z]+)?)"
    # ... with the holder's name: "analyst Paula Buratti at Indosuez".
    rf"(?: {_PERSON_S_NAME})?$"
)
_STAFF_JOB_BEFORE = re.compile(rf"\b(?i:{_STAFF_JOBS})$")
#: For whom an analyst works: "supercomputer analyst for Piper Jaffray"; not "a spokesman for Smith".
_ANALYST_BEFORE = re.compile(r"\b(?i:analysts?|economists?|strategists?)$")
#: The job before each word that says where someone works.
_JOB_BEFORE_ITS_WORD = {"at": _JOB_BEFORE, "with": _STAFF_JOB_BEFORE, "for": _ANALYST_BEFORE}
#: A firm's name of one or two words before its analyst's own name: "Wedbush analyst Dan Ives".
_FIRM_BEFORE_ITS_ANALYST = re.compile(
    rf"\b([A-Z][\w&]+(?: [A-Z][\w&]+)?) (?:analyst|economist) (?={_PERSON_S_NAME})"
)
#: A sentence's end in a run of capitals, no initial's stop: "Numis. The", not "E.F. Hutton".
_SENTENCE_END_AFTER_A_NAME = re.compile(r"(?<!\b[A-Z])\. ")
#: "and" or "&" and a capital: a name that goes on past the run ("Purvin and Gertz").
_AND_A_NAME = re.compile(r" (?:&|and) [A-Z]")
#: A figure right after what a company has: an earnings table's row ("Shr profit 79 cts"),
#: in words below ten as a wire writes them ("Shr profit five cts").
_FIGURE_AFTER = re.compile(r" (?:[\d$£€]|(?:one|two|three|four|five|six|seven|eight|nine|ten|nil)\b)")
#: What may follow a firm's kind that says what it is: a stop or a small word, no noun
#: ("a company director", "a bank clerk" are people).
_KIND_ENDS = (
    r"(?=[,.;:)]|$| (?:this|that|which|with|in|on|for|to|and|of|since|after|by|based|at|from|whose"
    r"|its|last|said|until|when|but)\b)"
)
#: The verbs of a share's move on the day.
_SHARE_MOVES = (
    "rose|fell|gained|lost|added|shed|dropped|climbed|slipped|eased|firmed|jumped|slumped|soared|"
    "tumbled|plunged|advanced|declined"
)
#: A share's price, no sum of millions nor a commodity's by its measure: "$2.56", "202 francs";
#: not "$200 million", "5 mln dlrs", "$21.50 a barrel".
_A_PRICE = (
    rf"(?:[$£€]\d[\d,.]*(?<![.,])|\d[\d,.]*(?<![.,]) (?:{'|'.join(sorted(CURRENCIES))}))"
    r"(?!\d| ?(?:mln|bln|million|billion|m|bn)\b| (?:a|an|per) (?!share\b))"
)
#: A share's move on the day, to a price: " gained 300 lira to 8,600", " ended 0.20 up at 51.00",
#: " fell 1/2 dlr to 7"; not a statistic's (" jumped 51.3 pct to", " rose 200 mln to"), nor
#: " rose three places to 5th", " finished 3 under at 69".
_PRICE_MOVE = (
    rf"(?:(?:(?:{_SHARE_MOVES})(?: just| a further| another)? \d[\d,./-]*"
    r"(?: (?!pct\b|percent\b|per\b|mln\b|bln\b|million\b|billion\b)[a-z]+)? (?:to|at)|"
    r"(?:ended|closed)(?: just)? \d[\d,./-]* (?:up|down|higher|lower) at) \d[\d,./-]*(?!\w)"
    # ... from one price to another, to one by a share of it, or at one as trading ends:
    # "fell to $2.56 from $2.58", "gained 2.1 percent to 202 francs", "closed at $0.958".
    rf"|(?:{_SHARE_MOVES}) to {_A_PRICE} from [$£€]?\d"
    rf"|(?:{_SHARE_MOVES}) \d[\d,.]* (?:pct|percent) to {_A_PRICE}"
    rf"|(?:ended|closed|finished)(?: at)? at {_A_PRICE})"
)
_MOVED = re.compile(rf" {_PRICE_MOVE}")
#: A word that joins a name's words, right before a run: "Kali und ", "Marks & ".
_JOINED_INSIDE_BEFORE = re.compile(r"(?:\b(?:und|&|de|et)|\b[A-Z][\w.'’-]* of) $")
#: What moves on a market and is no firm: "Stocks fell 3 points to 450", "Sterling rose 0.5 to 2.35".
_MARKETS = frozenset(
    "stocks shares bonds prices futures index indices volume turnover trading sterling dollar yen gold "
    "silver copper oil crude brent gilts treasuries bund bunds nikkei dow ftse dax cac nasdaq average".split()
)
#: What a company has: "Krispy Kreme shares", "Cadbury Schweppes's profits".
_ASSETS = re.compile(
    # Set off as a firm's part: "Hoechst, a unit of Hoechst Celanese".
    rf",? {A_PART_OF}\b|"
    # A wire's ticker, which only a firm has: "Salomon <SB> sees lower second quarter".
    rf" {TICKER}|"
    r" (?:shares|stock|profits?|sales|revenues?|shareholders|share price|chief executive|boss|chairman|"
    r"market capitali[sz]ation|market value|headquarters|CEO|"
    r"finance director|managing director|chief financial officer|chief operating officer|"
    r"employees|staff|workforce|founders?|co-founders?|board|customers|subscribers|"
    # What it does or is that no one does or is: "Cadbury Schweppes employs", "Def Jam was founded".
    r"employs|was founded|parent company|subsidiar(?:y|ies)|"
    # Its results and its payout, which no one posts: "Palwick posted net profit", "cut its dividend".
    r"(?:posted|reported|booked|swung to|returned to) (?:a |an |its )?(?:[\w-]+ ){0,3}?"
    r"(?:profits?|loss|losses|earnings|revenues?|turnover)\b|"
    r"(?:cut|raised|omitted|suspended|passed) its (?:[\w-]+ )?dividend|"
    r"(?:is|was|has become|became) (?:the|a|an) (?:[\w-]+ ){0,4}?"
    rf"(?:firm|company|conglomerate|insurer|brokerage|airline|bank|retailer){_KIND_ENDS})"
)
#: A word whose chief executive or founder the source names: "Amazon's chief executive".
_CHIEF_AFTER = re.compile(
    r"\b([A-Z][a-z]+)['’]s (?:chief executive|chief operating officer|chief financial officer|CEO|"
    r"founder|co-founder|chairman|chairwoman|shareholders|share price|market value)\b"
)
#: A lone word traded in or headed as only a firm is: "a stake in Orange", "Delta's chief executive".
FIRM_DEALS = r"(?i:a stake in|stakes in|shares of|takeover of|buyout of|chief executive of|ceo of) "
# The look-ahead skips most words on their first letter: the scan runs once per source.
_FIRM_DEALT_IN = re.compile(
    rf"\b(?=[aAsStTbBcC]){FIRM_DEALS}([A-Z][a-z]+)\b(?!\s+(?:(?:and|&)\s+)?[A-Z]|['’]|\s+[a-z]+s\b)"
)
_FIRM_ASSET = re.compile(
    r"['’]s (?:chief executive|CEO|share price|shareholders|stock price"
    r"|market capitali[sz]ation|market value)\b"
)
#: A lone capitalised word just before, no part of a longer or hyphened one: "Hilton", not "T-Mobile".
_OWNER_WORD = re.compile(r"(?<![-\w.'’])([A-Z][a-z]+)$")
#: The capitalised words just before, a possessive's mark dropped.
_RUN_BEFORE = re.compile(rf"({_CAPITALISED})(?:['’]s)?$")
#: Words after which "in X" is a company or a work, no place.
_OWNING = r"(?:stakes?|shares|shareholder|holdings?|interest|invest\w*|trade|trading|debut|role|starring)"


class Markets:
    """Firms known by what the source's market copy says of them; mixed into Cast."""

    @cached_property
    def companies(self) -> frozenset[str]:
        """Return the words no list knows that the source trades in or speaks for ("Krispy Kreme")."""
        return frozenset(m.text for _, mentions in self._paragraphs for m in mentions if self.company(m))

    def company(self, mention: Mention) -> bool:
        """Tell whether words no list knows are a company the source trades in or speaks for.

        "Krispy Kreme shares", "a takeover of Allied Domecq", "spokesman for Ask Jeeves".
        """
        if mention.kind != "unknown":
            return False
        folded = mention.text.lower()
        if folded in nationalities():
            return False  # "shares of Philippine brewing company San Miguel": whose, not which
        if len(mention.words) == 1 and (
            # A lone word a company's asset follows ("Marriott's market capitalization",
            # "Gazprom shares") is one, if no dictionary or list of first names holds it;
            # "Christmas sales" are a season's. A word of the dictionary is one if it has
            # a chief executive: "Amazon's chief executive".
            folded in english_words() or folded in first_names() or folded in FEASTS
        ):
            if folded in first_names() and folded not in english_words():
                return mention.text in self._firm_words  # "the CEO of Hilton": no one's first name
            # "and Stork ended 0.20 up at 51.00 guilders": a word that moves on the market, not
            # only as a sentence opens.
            moved = mention.text in self._moved_names and mention.text in self.proper_words
            return folded not in first_names() and (moved or mention.text in self._run_by_chiefs)
        return self._dealt_in(mention.text)

    def _dealt_in(self, name: str) -> bool:
        """Tell whether the source trades in a name: "shares in Allied Domecq", "Krispy Kreme shares"."""
        after, before = self._traded_names
        if name in self._moved_names:
            return True
        if " " not in name:
            return name in after or name in before  # looked up: lone words are many
        return any(n == name or n.startswith(name + " ") for n in after) or any(
            n == name or n.endswith(" " + name) for n in before
        )

    @cached_property
    def _traded_names(self) -> tuple[frozenset[str], frozenset[str]]:
        """Return the capitalised words after "shares in" and the like, and those before "shares"."""
        # One scan of the source each way, not one per name: names are many, deals few.
        # A run of capitals may cross a sentence's end: "for Ask Jeeves. The ...".
        # Both of two names "and" joins: "shares in Elan and Biogen Idec".
        joined = self._joined
        # A spokesperson speaks for a person too: "a spokeswoman for Giuliani" after "Rudolph Giuliani".
        surnames = {person.name.rsplit(" ", 1)[-1] for person in self.people if " " in person.name}
        after = {
            _SENTENCE_END_AFTER_A_NAME.split(name)[0].rstrip(".’'")  # keeps "J.P. Morgan" whole
            for m in _DEALT_IN.finditer(joined)
            for name in m.groups()
            # ... nor a firm named for someone the source names ("an affiliate of Gabelli and Co"
            # after "Mario Gabelli": the lone "Gabelli" is his).
            if name
            and not (name in surnames and _FOR_SOMEONE_TOO.match(m[0]))
            # "20 pct of Gross Domestic Product": a share of what a country makes, no firm's
            and not (m[0][:1].isdigit() and name.rsplit(" ", 1)[-1].rstrip(".").lower() in _AGGREGATES)
        }
        after.update(self._employers)
        after.update(name for name in self._analysts_firms if name not in surnames)
        # From each "shares" back a few characters to the name: cheap, as "shares" is rare.
        before = set()
        for asset in _ASSETS.finditer(self._joined):
            if _FIGURE_AFTER.match(self._joined, asset.end()):
                continue  # "Shr profit 79 cts vs 74 cts": a row of an earnings table, no firm's name
            run = _RUN_BEFORE.search(self._joined, max(0, asset.start() - 60), asset.start())
            if run:
                # The run's letters take the possessive's too: "Marriott's" is Marriott.
                before.add(re.sub(r"['’]s$", "", _SENTENCE_END_AFTER_A_NAME.split(run[1])[-1]))
        return frozenset(after), frozenset(before)

    @cached_property
    def _moved_names(self) -> frozenset[str]:
        """Return the names whose price the source moves on the day: "Isbank gained 300 lira to 8,600"."""
        moved = set()
        for move in _MOVED.finditer(self._joined):  # rare: most sources quote no prices
            run = _RUN_BEFORE.search(self._joined, max(0, move.start() - 60), move.start())
            if run is None or _JOINED_INSIDE_BEFORE.search(
                self._joined, max(0, run.start() - 30), run.start()
            ):
                continue  # "Kali und Salz firmed", "Bank of Ireland rose": a name cut short
            name = _SENTENCE_END_AFTER_A_NAME.split(run[1])[-1]
            words = name.split()
            # Words of the dictionary only where the source writes them within a sentence too:
            # "and Apex Tannery lost"; not "Taxes jumped", "Wheat fell" opening one.
            if (
                name.lower() not in _MARKETS
                and words[0].lower() not in DETERMINERS
                and (words[0].lower() not in english_words() or words[0] in self.proper_words)
                and kind_of(words, name.lower(), None) != PLACE  # "with Western Europe rose"
            ):
                moved.add(name)
        return frozenset(moved)

    @cached_property
    def _analysts_firms(self) -> frozenset[str]:
        """Return the names before an analyst's or economist's own: "Bernstein analyst Toni Sacconaghi"."""
        joined = self._joined
        if "analyst " not in joined and "economist " not in joined:  # most sources name none
            return frozenset()
        # Not a word, a given name, a place or a people's: "Senior analyst", "Wall Street
        # economist", "Republican economist".
        peoples = nationalities()
        return frozenset(
            m[1]
            for m in _FIRM_BEFORE_ITS_ANALYST.finditer(joined)
            if not any(
                word in english_words() or word in first_names() or word in places() or word in peoples
                for word in m[1].lower().split()
            )
        )

    @cached_property
    def _employers(self) -> frozenset[str]:
        """Return the names after a job and "at", "with" or "for": "an analyst at Numis"."""
        joined = self._joined  # found from the literals " at ", " with " and " for ", which is cheap
        # "a manager at Southampton", "a director at Heathrow": a place's name, its club or its airport.
        return frozenset(
            name
            for m in _AT_A_NAME.finditer(joined)
            # "an analyst with E.F. Hutton"; not "shared the role with Tom Smith", a colleague.
            if _JOB_BEFORE_ITS_WORD[m[1]].search(joined, max(0, m.start() - 64), m.start())
            and (name := _SENTENCE_END_AFTER_A_NAME.split(m[2])[0].rstrip(".’'")).lower() not in places()
            and not _AND_A_NAME.match(joined, m.end())  # "Purvin and Gertz": only the whole is the firm
        )

    def _staff_s_firm(self, mention: Mention) -> bool:
        """Tell whether a name of two or three words is a firm the source gives staff or employees."""
        return (
            2 <= len(mention.words) <= 3
            and not (mention.honorific or mention.titles)
            and (mention.text in self._staffed or mention.text in self._employers)
        )

    @cached_property
    def _firm_words(self) -> frozenset[str]:
        """Return the lone words the source gives a chief executive or a share price: "Hilton's CEO"."""
        # Only what a town or a person cannot have: "the founder of Rome", "shares in Tokyo"
        # (traded there), "Smith's shares" and "London's staff" are not a firm's.
        joined = self._joined
        found = {dealt[1] for dealt in _FIRM_DEALT_IN.finditer(joined)}
        found.update(name for name in self._employers if " " not in name)  # "economist at Gerrard"
        # From each asset back to its owner's word: a literal to look for, not every capital.
        for asset in _FIRM_ASSET.finditer(joined):
            if owner := _OWNER_WORD.search(joined, max(0, asset.start() - 30), asset.start()):
                found.add(owner[1])
        # "Lloyd's chief executive": the firm's name holds the possessive, the table's "Lloyd's of London".
        return frozenset(word for word in found if word.lower() not in nationalities() | _possessive_firms())

    @cached_property
    def _run_by_chiefs(self) -> frozenset[str]:
        """Return the capitalised words, no place's, before "'s chief executive" and the like."""
        return frozenset(
            chief[1] for chief in _CHIEF_AFTER.finditer(self._joined) if chief[1].lower() not in places()
        )

    @cached_property
    def _traded(self) -> frozenset[str]:
        """Return the words the source trades in or has speak: companies and works, no places."""
        text = self._joined
        # Both of two names "and" joins: "shares in Elan and Biogen Idec".
        owned = {
            w.lower()
            for pair in re.findall(rf"(?i)\b{_OWNING} in (\w+)(?: and (\w+))?", text)
            for w in pair
            if w
        }
        # Not a town after "in" that ends a speaker's name: "Police in Rotorua said".
        acting = re.findall(
            r"(?<!\bin )(?<!\bat )(?<!\bnear )\b(\w+) (?:said|says|told|added|wrote|shares|stock|\d)", text
        )
        return frozenset(owned | {w.lower() for w in acting})
