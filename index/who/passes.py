"""Pass over a text's mentions to join, split or retype them: lists, commas, roads."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .gazetteers import (
    a_country,
    body_name,
    english_words,
    familiar_first_names,
    famous_people,
    first_names,
    organisations,
    places,
)
from .kinds import kind_of
from .words import (
    AND_COMPANY,
    ANONYMISED,
    BODY_LINKS_INTO,
    BUSINESS_KINDS,
    CALENDAR,
    FUNCTION_WORDS,
    KIND_OF_BUSINESS_BEFORE,
    ORGANISATION,
    PERSON,
    PLACE,
    PLIED_TRADES,
    REGIONS_AFTER_A_LIST,
    WEEKDAY_NAMES,
    WORK,
    Mention,
    Token,
    full_name,
    known_whole,
    past_the,
    plural_title,
    surname_in_capitals,
)

#: A US court of appeals by its number: "the 8th Circuit", "the 7th U.S. Circuit Court of Appeals".
_NUMBERED_CIRCUIT = re.compile(
    r"(?<=\b[Tt]he )\d{1,2}(?:st|nd|rd|th) (?:U\.S\. )?Circuit(?: Court of Appeals)?\b(?! (?:race|track|lap))"
)


def numbered_circuits(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return mentions with a court of appeals named by its number whole, its numeral in it."""
    for court in _NUMBERED_CIRCUIT.finditer(text):
        start, end = court.span()
        mentions = [m for m in mentions if m.end <= start or m.start >= end]
        mentions.append(Mention(court[0], ORGANISATION, start, end))
    return sorted(mentions, key=lambda m: m.start)


def listed_venue(opening: re.Match[str], mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with a listing's opening name a body: a shop, a firm, a desk.

    A line that opens with a name, then an address or a number, and gives a telephone number
    lists a business ("Travel Heels, Vindebyørevej 42, ☏ +4588304520"), though its words are
    the dictionary's; a person ("Harry Milling, New York Energy Desk, +1 212 ...") or a place
    the lists know ("Fort Lee Historic Park, Hudson Terrace, tel: ...") stays what it is.
    """
    name = re.sub(r"['’]s$", "", opening[1].rstrip(".,"))
    start = opening.start(1)
    end = start + len(name)
    words = name.split()
    inside = [m for m in mentions if m.start < end and start < m.end]
    if (
        any(m.kind in (PERSON, PLACE, ORGANISATION) and m.start <= start and end <= m.end for m in inside)
        or any(m.kind == PERSON for m in inside)
        or words[0].lower() in first_names()
        or words[0].lower() in CALENDAR
        or (len(words) == 1 and words[0].lower() in english_words())  # "Call 0800 ...", "Tickets, £5"
        or kind_of(words, name.lower(), None) in (PERSON, PLACE, WORK)
    ):
        return mentions
    kept = [m for m in mentions if m not in inside]
    return sorted([*kept, Mention(name, ORGANISATION, start, end)], key=lambda m: m.start)


def bodies_with_commas(text: str, mentions: list[Mention], listed: re.Pattern[str]) -> list[Mention]:
    """Return the mentions with the table's names that hold a comma whole, in place of their parts."""
    found = list(listed.finditer(text))
    for body in found:
        start, end = body.span()
        mentions = [m for m in mentions if m.end <= start or m.start >= end]
        mentions.append(Mention(" ".join(body[0].split()), ORGANISATION, start, end))
    return sorted(mentions, key=lambda m: m.start) if found else mentions


#: A state's body whose fields its name lists with commas: "Ministry of Gender, Labour and
#: Social Development", "Department of Health, Education and Welfare".
_FIELD = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_FIELDS_WITH_COMMAS = re.compile(
    rf"\b(?:Ministry|Department|Committee|Commission) (?:of|for|on) "
    rf"((?:{_FIELD}, )+{_FIELD},? and [A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}})\b"
)


#: A body's fields listed with commas before its head: "Family Violence, Child Protection
#: and Sexual Offences Unit".
_FIELDS_BEFORE_A_HEAD = re.compile(
    rf"\b((?:{_FIELD}, )+{_FIELD},? and {_FIELD}) "
    r"(?:Unit|Department|Division|Directorate|Branch|Bureau|Committee|Commission|Ministry)\b"
)


def last_two_of_a_list(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with a list's last two bodies apart: "..., World Vision and Plan International".

    After a body and a comma, "and" joins the list's last two, each of two words or more,
    the first no body's name linking words ("Department of Health and Social Care").
    """
    result: list[Mention] = []
    for m in mentions:
        left, _, right = m.text.partition(" and ")
        before = result[-1] if result else None
        if (
            m.kind == ORGANISATION
            and right
            and " and " not in right
            and before is not None
            and before.kind == ORGANISATION
            and text[before.end : m.start] in (", ", ",", ", the ")
            and len(left.split()) > 1
            and len(right.split()) > 1
            and not BODY_LINKS_INTO & set(left.split())
            and m.text.lower() not in organisations()
            # Not a firm's "and Co", nor partners' names: "Donaldson Lufkin and Jenrette Securities".
            and right.split()[0].lower().rstrip(".") not in AND_COMPANY
            and (left.split()[-1].lower() in english_words() or right.split()[0].lower() in english_words())
        ):
            at = m.start + len(left) + len(" and ")
            kind = kind_of(right.split(), right.lower(), None) or ORGANISATION
            result.append(Mention(left, ORGANISATION, m.start, m.start + len(left)))
            result.append(Mention(right, kind, at, m.end))
        else:
            result.append(m)
    return result


def fields_with_commas(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with a state's body whole whose fields its name lists with commas.

    Each field words of the dictionary, no place, first name or body of the table's but a
    party ("Labour"): not "Ministry of Justice, Home Office and Treasury" (three bodies) nor
    "Department of Health, Wales and Scotland"; "Ministry of Children, Community and Social
    Services" is one.
    """
    found_all = [(f, f.start()) for f in _FIELDS_WITH_COMMAS.finditer(text)]
    # The head's run holds the head: at the start ("Ministry of ..."), or at the end ("... Unit").
    found_all += [(f, f.end() - 1) for f in _FIELDS_BEFORE_A_HEAD.finditer(text)]
    for found, at in found_all:
        fields = re.split(r",? and |, ", found[1])
        if not all(
            all(
                w.lower() in english_words()
                and w.lower() not in places()
                and w.lower() not in familiar_first_names()
                for w in field.split()
            )
            and not ((body := body_name(field)) and not body.endswith("Party"))
            for field in fields
        ):
            continue
        opened = (m for m in mentions if m.kind == ORGANISATION and m.start <= at < m.end)
        head = next(opened, None)
        if head is None:
            continue
        start, end = min(head.start, found.start()), max(head.end, found.end())
        kept = [m for m in mentions if m.end <= start or m.start >= end]
        mentions = sorted([*kept, Mention(text[start:end], ORGANISATION, start, end)], key=lambda m: m.start)
    return mentions


def partners_with_commas(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with a partnership's name whole, its partners' names set off by commas.

    "Goldman, Sachs and Co", "Johnson, Lane, Space, Smith and Co Inc": the names before a
    firm of partners ("Sachs and Co") are its first partners', as a wire writes them; the
    value keeps no comma. Not a body's name ("at Merrill Lynch, Sears, Roebuck and Co" lists
    two firms), a firm with its own legal form ("Morgan Stanley Group Inc, Goldman, Sachs and
    Co"), a place or a titled person.
    """
    merged = []
    for m in mentions:
        if merged and m.kind == ORGANISATION and _partnership(m.words):
            start, names = m.start, [m.text]
            while merged and len(names) < 4:
                partner = merged[-1]
                # The table holds the known bodies' comma names whole ("Merrill Lynch, Pierce,
                # Fenner and Smith"), found before this pass.
                if not (
                    text[partner.end : start] == ", "
                    and (partner.kind in (PERSON, "unknown") or _firm_by_its_kind(text, partner))
                    and not (partner.honorific or partner.titles)
                    and len(partner.words) <= 2
                    and all(w.isalpha() and w.istitle() for w in partner.words)
                    and partner.words[0].lower() not in FUNCTION_WORDS | WEEKDAY_NAMES
                    and partner.words[-1].lower() not in AND_COMPANY
                ):
                    break
                merged.pop()
                start, names = partner.start, [partner.text, *names]
            if len(names) > 1:
                m = Mention(" ".join(names), ORGANISATION, start, m.end)
        merged.append(m)
    return merged


def _firm_by_its_kind(text: str, mention: Mention) -> bool:
    """Tell whether a body is one only by the kind of business before it: "brokers Kidder"."""
    return (
        mention.kind == ORGANISATION
        and body_name(mention.text) is None
        and KIND_OF_BUSINESS_BEFORE.search(text, max(0, mention.start - 24), mention.start) is not None
    )


#: A word in brackets, then a firm's legal form: "(Holdings) Ltd", "(Australia) Ltd", "(U.K.) Plc".
_BRACKETED_FORM = re.compile(
    r" \(([A-Z][\w.&-]*(?: [A-Z][\w.&-]*)?)\) "
    r"((?:Pty|Pte) Ltd|Ltd|Limited|Inc|Plc|PLC|Corp|Corporation|Co|Bhd|Pty|AG|SA|NV|BV|AB)\b\.?"
)


def bracketed_before_a_form(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with a firm whose name brackets its kind or country before its form whole.

    "Cheung Kong (Holdings) Ltd", "Borg-Warner (Australia) Ltd": the name before the brackets
    is the firm's, not someone's, and the country in them the firm's branch, no place named.
    """
    for found in _BRACKETED_FORM.finditer(text):
        start = found.start()
        firm = next((m for m in mentions if m.end == start and m.kind != PLACE), None)
        if firm is None:
            continue
        mentions = [m for m in mentions if m is not firm and not (start <= m.start < found.end())]
        name = f"{firm.text} {found[1]} {found[2]}"
        mentions.append(Mention(name, ORGANISATION, firm.start, found.end()))
        mentions.sort(key=lambda m: m.start)
    return mentions


def _partnership(words: list[str]) -> bool:
    """Tell whether a name is a firm of partners: "Sachs and Co", "Harris Upham and Co Inc".

    One or two names, "and", then the firm's forms alone; not two firms ("Chrysler and
    General Motors Corp", "Universal and Warner Brothers", "Gulf and Western Inc").
    """
    if "and" in words:
        k = words.index("and")
    elif "&" in words:
        k = words.index("&")
    else:
        return False
    after = [w for w in words[k + 1 :] if w.rstrip(".").lower() not in AND_COMPANY]
    return 1 <= k <= 2 and not after and all(w.isalpha() and w.istitle() for w in words[:k])


def anonymised_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with anonymised people in place of what the runs made of their words."""
    for found in ANONYMISED.finditer(text):
        start, end = found.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            continue  # the end of a longer word: "xGirl A"
        mentions = [m for m in mentions if m.end <= start or m.start >= end]
        mentions.append(Mention(found[0], PERSON, start, end))
    return sorted(mentions, key=lambda m: m.start)


#: What separates the names of a list: ", ", ", and ", " and ".
LIST_GAP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def list_run(text: str, mentions: Sequence[Mention], i: int) -> slice:
    """Return the slice of mentions that list-gaps join to the i-th: "Sony, Philips and Sharp"."""
    start, end = i, i + 1
    while start and LIST_GAP.fullmatch(text, mentions[start - 1].end, mentions[start].start):
        start -= 1
    while end < len(mentions) and LIST_GAP.fullmatch(text, mentions[end - 1].end, mentions[end].start):
        end += 1
    return slice(start, end)


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+\.?)\s+$")


def listed_after_a_plural_title(text: str, mentions: list[Mention]) -> list[Mention]:
    """Give each name of a list its plural title's: "Senators Kelly, Hickenlooper, and Luján"."""
    if not any(m.titles or m.honorific for m in mentions):
        return mentions  # most paragraphs: no title, no list to look at
    listed = list(mentions)
    for i, m in enumerate(mentions):
        if not (m.titles or m.honorific) or not (
            before := _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
        ):
            continue
        if not plural_title(before[1]):
            continue
        for j in range(i + 1, len(listed)):
            item = listed[j]
            if (
                not LIST_GAP.fullmatch(text, listed[j - 1].end, item.start)
                or item.kind not in (PERSON, "unknown")
                and not surname_in_capitals(item.words)
                or item.honorific
                or item.titles
                or len(item.words) > 1  # a full name needs no title to be one
            ):
                break
            listed[j] = dataclasses.replace(item, kind=PERSON, titles=list(m.titles), honorific=m.honorific)
    return listed


def listed_after_a_plural_kind(text: str, mentions: list[Mention]) -> list[Mention]:
    """Make each name of a list a body after its kind in the plural: "tech firms Earthlink and Webroot"."""
    listed = list(mentions)
    for i, m in enumerate(mentions):
        if (
            (m.kind == PLACE and not _a_word_s_place(m))
            # A plural's end first: most names have none.
            or not text.endswith(("s ", "s: ", "s, "), 0, m.start)
            or not _KINDS_BEFORE_A_LIST.search(text, max(0, m.start - 24), m.start)
        ):
            continue
        run = list_run(text, mentions, i)
        items = listed[run]
        if len(items) < 2 or any(
            item.kind not in (PERSON, "unknown", ORGANISATION)
            and not (item.kind == PLACE and _a_word_s_place(item))
            or item.titles
            or item.honorific
            # "film-makers Roger Michell, Mike Leigh": people by their full names
            or full_name(item.words)
            and item.words[0].lower() in familiar_first_names()
            and body_name(item.text) is None
            for item in items
        ):
            continue
        listed[run] = [dataclasses.replace(item, kind=ORGANISATION) for item in items]
    return listed


def _a_word_s_place(mention: Mention) -> bool:
    """Tell whether a place's name is one word of the dictionary, as a firm's may be: "Metro"."""
    return len(mention.words) == 1 and mention.text.lower() in english_words() and not a_country(mention.text)


#: What stands between the names of a list, before the next: ", ", " and ", ", and ".
_LIST_GAP_BEFORE = re.compile(r"(?:, (?:and |or )?| (?:and|or) )$")


def listed_regions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Make places of the names listed before "counties" and the like: "Oxford and Somerset counties"."""
    regions = set()
    for kind in REGIONS_AFTER_A_LIST.finditer(text):
        end = kind.start()
        for k in range(len(mentions) - 1, -1, -1):
            mention = mentions[k]
            if mention.end > end:
                continue
            named = mention.honorific or mention.titles or mention.kind == PERSON and len(mention.words) > 1
            if mention.end != end or named or mention.kind == ORGANISATION:
                break
            regions.add(k)
            gap = _LIST_GAP_BEFORE.search(text, max(0, mention.start - 6), mention.start)
            if gap is None:
                break
            end = gap.start()
    return [dataclasses.replace(m, kind=PLACE) if k in regions else m for k, m in enumerate(mentions)]


#: What a body sends somewhere, after its name and the place: "the OSCE Chechnya mission".
_MISSION_AFTER = re.compile(
    r" (?:missions?|forces?|troops|peacekeepers|peacekeeping|monitors|observers|envoys?|operations?|"
    r"delegations?)\b"
)
#: ... and where it meets, and what it agrees there, after "the": "the G-7 Paris agreement".
_MEETING_AFTER = re.compile(
    r" (?:talks|summits?|meetings?|conferences?|agreements?|accords?|communiques?|negotiations)\b"
)


def missions_apart(text: str, runs: list[list[Token]]) -> list[list[Token]]:
    """Return the runs with a body's and a place's name cut apart before its mission: "UN Iraq mission".

    Or before its meeting: "the G-7 Washington talks".
    """
    cut = []
    for run in runs:
        opening = past_the(run, 0)
        if (
            len(run) - opening >= 2
            and (
                _MISSION_AFTER.match(text, run[-1][2])
                # Not a verb after a body's own branch: "BBC Scotland talks to him".
                or (opening or text.endswith("the ", 0, run[0][1]))
                and _MEETING_AFTER.match(text, run[-1][2])
            )
            and body_name(run[opening][0]) is not None
            and " ".join(t[0] for t in run[opening + 1 :]).lower() in places()
            and not known_whole(run[opening:])  # "BBC Scotland", the table's own
        ):
            cut += [run[: opening + 1], run[opening + 1 :]]
        else:
            cut.append(run)
    return cut


def with_roads(text: str, mentions: list[Mention]) -> list[Mention]:
    """Add the roads a text names by number ("I-44", "US 169", "the A19"), as places."""
    if not any(hint in text for hint in _ROAD_HINTS):
        return mentions  # most paragraphs name no road: a few quick looks for a road's letters
    roads = [
        Mention(road[1], PLACE, road.start(1), road.end(1))
        for road in _ROAD.finditer(text)
        if road[1][1:] not in _AIRBUS  # "the A380": a plane
    ]
    if not roads:
        return mentions
    kept = [m for m in mentions if not any(m.start < r.end and r.start < m.end for r in roads)]
    return sorted(kept + roads, key=lambda m: m.start)


#: A road's number: US interstates, highways and routes ("I-44", "US-75", "Hwy 51",
#: "Route 66"), and, after "the", Britain's A roads and motorways ("the A19", "the M62", and
#: the A roads built as motorways, "the A1(M)", which signs and guides also write "the A1M").
#: The first letters looked at first: the pattern then runs only where a road's could start.
_ROAD = re.compile(
    r"(?=[IUSHRAM])(?<![\w-])((?:I|US|SR)-\d{1,3}|(?:US|Hwy|Highway|Route|Interstate|SR) \d{1,3}"
    r"|(?<=the )[AM]\d{1,4}(?:\(M\)|M)?)(?![\w-]|\.\d|,\d)"
    # Not an amount in a country's money: "revenues of over US 4 billion dlrs".
    r"(?! (?:billion|million|mln|bln|trillion|dollars|dlrs|cents|pct)\b)"
)
_ROAD_HINTS = ("I-", "US", "SR", "Hwy", "Highway", "Route", "Interstate", "the A", "the M")
#: Airbus's planes, which a story calls "the A380" as Britain calls a road.
_AIRBUS = frozenset("300 310 318 319 320 321 330 340 350 380".split())


def surnames_first(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join a reference list's authors, surname first: "Austen, Jane. Pride and Prejudice"."""
    if not mentions or ("\n" not in text and mentions[0].start > 12):
        return mentions  # an entry opens a line: most paragraphs open with no name
    joined: list[Mention] = []
    i = 0
    while i < len(mentions):
        # "Marx, Karl and Engels, Friedrich. The Communist Manifesto": authors joined by
        # "and", the last before the title; not "Carson, Fiorina and Huckabee have".
        pairs = []
        j = i
        while _surname_first(text, mentions, j, opening=not pairs):
            pairs.append(j)
            if not _AND_AFTER.match(text, mentions[j + 1].end):
                break
            j += 2
        if pairs and _TITLE_AFTER.match(text, mentions[pairs[-1] + 1].end):
            for k in pairs:
                surname, given = mentions[k], mentions[k + 1]
                joined.append(Mention(f"{given.text} {surname.text}", PERSON, surname.start, given.end))
            i = pairs[-1] + 2
            continue
        joined.append(mentions[i])
        i += 1
    return joined


def _surname_first(text: str, mentions: list[Mention], i: int, opening: bool) -> bool:
    """Tell whether mentions i and i + 1 are a surname, a comma and given names: "Austen, Jane"."""
    if i + 1 >= len(mentions):
        return False
    surname, given = mentions[i], mentions[i + 1]
    return (
        text[surname.end : given.start] == ", "
        and len(surname.words) == 1
        and not (surname.honorific or surname.titles or given.honorific or given.titles)
        and (surname.text.lower() not in english_words() or surname.text.lower() in famous_people())
        and len(given.words) <= 3
        and given.words[0].lower() in first_names()
        and given.words[0].lower() not in places()  # "Austin, Texas."
        # A few characters back say where the entry opens: no scan of the text before.
        and (_LINE_OPENS if opening else _AND_BEFORE).search(text, max(0, surname.start - 12), surname.start)
        is not None
    )


#: Where a reference list's entry opens: a line's start, after a number or a bullet.
_LINE_OPENS = re.compile(r"(?:^|\n)[\s\d.*•–-]*$")
_AND_BEFORE = re.compile(r"\s(?:and|&)\s+$")
_AND_AFTER = re.compile(r"\s+(?:and|&)\s")
#: After an entry's authors, the work's title or year: "Austen, Jane. Pride", "Ruse, Michael (1986)";
#: not the end of a line of surnames ("Mensing, Sheridan.") nor a sentence's comma.
_TITLE_AFTER = re.compile(r"\.\s+[\"“‘'(]?[A-Z0-9]|\s*\(\d{4}")

#: Kinds of business in the plural right before a list of their names, a colon or comma allowed: "chip
#: makers ", "listed companies: ", "airlines, "; not a ship's ("aircraft carriers Vinson and Enterprise").
_KINDS_BEFORE_A_LIST = re.compile(
    r"(?<![-\w])(?<!aircraft )(?:"
    + "|".join(
        sorted(
            k if k.endswith("s") else k[:-1] + "ies" if k.endswith("y") else k + "s"
            for k in BUSINESS_KINDS | set(PLIED_TRADES)
        )
    )
    + r")[:,]? $"
)
