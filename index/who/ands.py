"""Say where "and" divides a run into names of their own, and where it joins one name."""

from __future__ import annotations

import re

from .gazetteers import (
    COMPANY_HEADS,
    FIRM_HEADS,
    HONORIFICS,
    LEGAL_FORMS,
    ORG_HEADS,
    a_country,
    body_name,
    english_words,
    familiar_first_names,
    first_names,
    legal_form,
    nationalities,
    organisations,
    places,
    roles,
    towns,
)
from .kinds import kind_of
from .words import (
    AND_COMPANY,
    ARMS_IN_TRADE,
    BODY_LINKS,
    CENTRES,
    CHAMBERS,
    EURO_MARKETS,
    FIRMS_LAST_WORDS,
    FUNCTION_WORDS,
    ORGANISATION,
    PERSON,
    PLACE,
    TITLE_WORDS,
    WORK_OF_A_BODY,
    dictionary_words,
    known_place,
    party_by_its_members,
    plural_of_a_word,
    unit_of_a_body,
)


def _a_chamber(words: list[str]) -> bool:
    """Tell whether words name a chamber of a parliament: "House", "House of Representatives"."""
    if len(words) == 1:
        return words[0].lower() in CHAMBERS
    return words[:2] == ["House", "of"] and body_name(" ".join(words)) is not None


def _common_part(word: str) -> bool:
    """Tell whether a word in a body's name is common: the dictionary's, a nation's, or their compound."""
    parts = word.lower().split("-")
    return all(p in english_words() or p in nationalities() or p in _PREFIXES for p in parts)


#: Prefixes that make compounds: "Non-Proliferation", "Anti-Corruption".
_PREFIXES = frozenset("non anti pro post pre inter trans sub co re".split())

#: Trades "and" joins in a firm's name, though a head ends the first: "Savings and Loan".
_TRADES_JOINED = frozenset({"savings and loan", "savings and loans", "trust and savings"})


def compound_across(left: list[str], right: list[str]) -> bool:
    """Tell whether "and" joins two words of the dictionary inside one firm's name.

    "Nippon Telegraph and Telephone Corp", "St. Joseph Light and Power Corp"; not "Hyundai
    Motor and SK Group" nor "Robbie Williams and Guy Chambers".
    """
    return left[-1].lower() in english_words() and right[0].lower() in english_words()


def _formed_before_of(words: list[str]) -> bool:
    """Tell whether a firm's legal form ends words, or their part before "of": "Loser Inc of Trenton"."""
    named = words[: words.index("of")] if "of" in words else words
    return len(named) > 1 and named[-1].lower().rstrip(".") in LEGAL_FORMS


#: Adjectives that open firms' names, and no surname: "General Motors", "United Technologies".
_FIRMS_OPENING_ADJECTIVES = frozenset(
    "General United National International Royal Standard Continental Consolidated Allied Associated "
    "Universal Imperial Federal American British".split()
)
#: Heads of members' bodies, which join their trades with "and": "Transport and General Workers Union".
_MEMBERS_BODIES = frozenset(
    "union unions association federation congress council party league society".split()
)
#: A firm's one word that ends with its legal form or a bank's head: "KeyCorp", "NationsBank".
_GLUED_FIRM = re.compile(r"[A-Z][a-z]+(?:Corp|Bank|Group)")


def _office_s_fields(left: list[str], right: list[str]) -> bool:
    """Tell whether "and" joins the fields of an office: "Secretary of State for Health and Social Care"."""
    link = next((k for k, w in enumerate(left) if w in ("of", "for")), None)
    return (
        link is not None
        and any(w.lower() in TITLE_WORDS for w in left[:link])
        and all(w.lower() in english_words() for w in left[link + 1 :])
        and bool(right)
        and right[0].lower() in english_words()
        and right[0].lower() not in first_names()
    )


def _holder_from(words: list[str], p: int) -> bool:
    """Tell whether word p opens a title or a full name after a body's name."""
    folded = words[p].lower()
    if folded in TITLE_WORDS:
        return True
    return (
        p + 1 < len(words)
        and folded in familiar_first_names()
        and folded not in english_words()
        and words[p + 1][:1].isupper()
    )


def _trades_joined_before_a_head(left: list[str], right: list[str]) -> bool:
    """Tell whether "and" joins two trades inside one body's name: "Kelley Oil and Gas Partners Ltd".

    A name, then words of the dictionary either side of "and" up to a head or a legal form
    ("British Securities and Investments Board", "China Entertainment and Land Investment
    Co"); not a body whole before "and" ("Central Bank and Monetary Board"), nor a firm
    after it that a word no dictionary holds or an adjective of firms opens ("Dominion
    Securities and Wood Gundy Inc", "Kenner Toys and General Mills Inc"), nor the
    table's bodies or places ("United States and Soviet Union").
    """
    named = right
    while len(named) > 1 and legal_form(named[-1]):
        named = named[:-1]
    last = left[-1].lower()
    return (
        len(left) == 2  # a name and its trade; not "Eastern Air Lines and People Express"
        and len(right) > 1
        and (len(named) < len(right) or named[-1].lower() in ORG_HEADS)  # a legal form or a head ends it
        and last in english_words()
        and not legal_form(left[-1])
        # A body's own head ends a name; a trade's word may go on ("Kelley Oil and Gas").
        and (last not in ORG_HEADS or last in COMPANY_HEADS)
        and last != named[-1].lower()
        and all(w.istitle() and w.lower() in english_words() for w in named)
        and left[-1].istitle()  # not "Macintosh II and Macintosh SE": a numeral or initials end a name
        and right[0] != left[0]  # "Liberty Financial and Liberty Savings": two bodies of one name
        and right[0] not in _FIRMS_OPENING_ADJECTIVES  # "Kenner Toys and General Mills Inc": two
        and right[0].lower() not in FUNCTION_WORDS  # "Morgan Guaranty and The Industrial Bank"
        and not unit_of_a_body(left)  # "Instruments Division and Panhandle Equipment Co"
        and len(named) <= 3  # not "... Securities and Security Pacific Merchant Banking Group"
        and not any(
            " ".join(part).lower() in organisations() or " ".join(part).lower() in places()
            for part in (left, named)
        )
    )


def _same_head(left: list[str], right: list[str]) -> bool:
    """Tell whether the names either side of "and" end in one head: "Inland Steel and Nippon Steel Corp"."""
    while len(right) > 2 and legal_form(right[-1]):
        right = right[:-1]
    return (
        len(left) > 1
        and len(right) > 1
        and left[-1].lower() == right[-1].lower()
        and (left[-1].lower() in ORG_HEADS or left[-1].lower() in FIRM_HEADS)
    )


def _a_holder_named(words: list[str]) -> bool:
    """Tell whether words end with a title and its holder's full name: "Defense Secretary Ash Carter"."""
    return any(
        words[j].lower() in TITLE_WORDS
        and 2 <= len(words) - j - 1 <= 3
        and (words[j + 1].lower() in first_names() or words[-1].lower() not in english_words())
        and not any(w.lower() in TITLE_WORDS or w.lower() in ORG_HEADS for w in words[j + 1 :])
        for j in range(len(words) - 2)
    )


def dividing_ands(words: list[str]) -> list[int]:
    """Return where "and" divides a run into names of their own.

    Two people ("Oliver and Wild") or two bodies ("New York Times and ABC News") are
    divided; inside a body's name, words of the dictionary go on ("Department of Health
    and Social Care", "Institute of History and Philology"), as does the run before a
    body's head ("Marks and Spencer Group").
    """
    if " ".join(words).lower() in organisations():
        return []  # the table's "Inspectorate of Constabulary and Fire & Rescue Services"
    # ... or a centre at work: "Women and Children Protection Center".
    at_work = words[-1].lower() in CENTRES and not WORK_OF_A_BODY.isdisjoint(map(str.lower, words))
    ands = [i for i, w in enumerate(words) if w == "and"]
    # A centre's too, named for fields the dictionary holds, though it names a building:
    # "Kibble Education and Care Centre"; not "Tate Modern and Southbank Centre", two.
    fields_centre = bool(ands) and words[-1].lower() in CENTRES and dictionary_words(words[ands[-1] + 1 :])
    ends_as_body = words[-1].lower() in ORG_HEADS or unit_of_a_body(words) or at_work or fields_centre
    bounds = [-1, *ands, len(words)]
    parts = [words[a + 1 : b] for a, b in zip(bounds, bounds[1:], strict=False)]
    kinds = [kind_of(part, " ".join(part).lower(), None) if part else None for part in parts]
    dividing = []
    for k, i in enumerate(ands):
        left, right = parts[k], parts[k + 1]
        if _office_s_fields(left, right):
            continue  # "Minister of Mines and Energy Subroto": an office's fields, then who holds it
        # ... after a title too: "House Speaker Jim Wright and Senate majority leader Robert Byrd".
        titled = len(left) > 2 and left[-3].lower() in TITLE_WORDS
        if (
            (kinds[k] == PERSON or titled and kind_of(left[-2:], " ".join(left[-2:]).lower(), None) == PERSON)
            and len(left) >= 2
            and left[-2].lower() in familiar_first_names()
            and right
            and right[-1].lower() in ORG_HEADS
            and right[0].lower() not in AND_COMPANY
            # ... a body of several words after a title's holder: "Treasury Secretary James Baker
            # and Federal Reserve Board chairman Alan Greenspan"
            and (len(right) == 1 or titled and all(w[:1].isupper() for w in right))
        ):
            dividing.append(i)  # "Gary Speed and United team-mate Paul Scholes": someone, then a club
            continue
        if len(left) >= 2 and left[-2].lower() in familiar_first_names() and _a_holder_named(right):
            # "Secretary of State John Kerry and Defense Secretary Robert Gates": two holders
            dividing.append(i)
            continue
        if (
            len(left) > 1
            and left[-1].lower() in FIRMS_LAST_WORDS
            and len(right) > 1
            and right[0].isupper()
            and len(right[0]) > 1
            and legal_form(right[-1])
        ):
            dividing.append(
                i
            )  # "Paramount Pictures and MCA Inc": a firm by its trade, then one by its initials
            continue
        if _same_head(left, right):
            dividing.append(i)  # "Inland Steel and Nippon Steel Corp": one head, two bodies
            continue
        if len(left) == 1 and EURO_MARKETS.fullmatch(left[0].lower()):
            dividing.append(i)  # "Eurobonds and U.K. Government bonds": a market, then a name
            continue
        if right and all(w.lower().rstrip(".") in AND_COMPANY for w in right):
            continue  # a firm's "and Co": "Morgan Stanley and Co Inc", "Stop and Shop Cos Inc"
        if (
            len(right) > 1
            and right[0].lower().rstrip(".") in AND_COMPANY
            and (known_place(right[1:]) or all(w.lower() in ARMS_IN_TRADE for w in right[1:]))
        ):
            continue  # ... and its arm in a country or a trade: "Mitsui and Co USA", "Simmons and Co Finance"
        if left and right and f"{left[-1]} and {right[0]}".lower() in _TRADES_JOINED:
            continue  # "Home Federal Savings and Loan Association": one trade's name
        # A word and the firm's form: "Nippon Telegraph and Telephone Corp", "Procter and Gamble Co",
        # "Yasuda Trust and Banking Co Ltd".
        formed = len(right) >= 2 and all(w.lower().rstrip(".") in LEGAL_FORMS for w in right[1:])
        if formed and right[0].lower() in english_words() and left[-1].lower().rstrip(".") not in LEGAL_FORMS:
            continue
        if _trades_joined_before_a_head(left, right):
            continue  # "Kelley Oil and Gas Partners Ltd", "British Securities and Investments Board"
        formed_left = left[-1].lower().rstrip(".") in LEGAL_FORMS or _GLUED_FIRM.fullmatch(left[-1])
        # ... before one word too, no firm's own head: "Snap Inc and Alphabet's YouTube".
        if formed_left and (len(right) > 1 or right and right[0].lower() not in COMPANY_HEADS):
            # "F.N. Wolf and Co and Sherwood Capital Inc.": a legal form ends a firm's name, also
            # joined to it: "KeyCorp and Banc One Corp.".
            dividing.append(i)
            continue
        if any(
            " ".join(words[a:b]).lower() in organisations()
            for a in range(i)
            for b in range(i + 2, len(words) + 1)
        ):
            continue  # the table's body after a state's word: "Victorian Department of Health and ..."
        if any(
            " ".join(words[i - a : i + b + 1]).lower() in roles()
            for a in (1, 2)
            for b in (2, 3)
            if i - a >= 0 and i + b < len(words)
        ):
            continue  # a role's own "and": "Police and Crime Commissioner"
        if len(left) > 1 and left[0].lower().rstrip(".") in HONORIFICS and not BODY_LINKS & set(left):
            dividing.append(i)  # "Lord Diplock and Browning": someone by their style, then another name
            continue
        if len(left) == 1 and left[0].lower() in towns() and kinds[k + 1] == PLACE and len(right) > 1:
            dividing.append(i)  # "Des Moines, Bloomington and Oklahoma City": a town, then a place
            continue
        if len(right) == 1 and right[0].lower() in CHAMBERS and _a_chamber(left):
            # "the House and Senate", "the House of Representatives and Senate": two chambers
            dividing.append(i)
            continue
        if right[:1] == ["The"]:
            dividing.append(i)  # "ProPublica and The Marshall Project": a capital "The" opens a name
            continue
        if any(
            " ".join(words[i - a : i + b + 1]).lower() in places()
            for a in (1, 2)
            for b in (1, 2)
            if i - a >= 0 and i + b < len(words)
        ):
            continue  # a place's own "and": "Trinidad and Tobago", "Newfoundland and Labrador"
        initials = len(right) == 1 and right[0].replace(".", "").isupper()
        if initials and a_country(right[0]) and kinds[k] != PLACE:
            # "Secretary of State Kerry and U.S. Secretary of Defense": a country's initials
            dividing.append(i)
            continue
        # Not before another ("Australia and New Zealand Banking Group"): two countries' bank.
        nation = kinds[k] == PLACE and a_country(" ".join(left))
        nation = nation and not any(a_country(" ".join(right[:n])) for n in (1, 2, 3))
        if nation and kinds[k + 1] == ORGANISATION and len(right) > 1:
            dividing.append(i)  # "Kenya and Shenzhen Electronics Group": a country, then a firm
            continue
        served = left[left.index("for") + 1 :] if "for" in left[1:] else []
        body = kinds[k] == ORGANISATION or words[:2] == ["Office", "of"]
        if body and served and known_place(served) and known_place(right):
            # The area a body serves: "Office of the Police and Crime Commissioner for Devon
            # and Cornwall", "Foundation for Israel and Palestine".
            continue
        if kinds[k] == PLACE and kinds[k + 1] == PLACE:
            dividing.append(i)  # "Atlantic City and Kansas City": two places, though "City" heads bodies
            continue
        if kinds[k] == ORGANISATION and len(left) > 1:
            # Up to a link word: "Institute of History and Philology of Academia Sinica".
            named = right[: right.index("of")] if "of" in right else right
            # ... or a title or a first name, its holder's: "Office of Management and Budget
            # Director James Miller", "... and Budget James Miller".
            held = next((p for p in range(1, len(named)) if _holder_from(named, p)), None)
            named = named[:held] if held else named
            if "for" in named and known_place(named[named.index("for") + 1 :]):
                named = named[: named.index("for")]  # "Office of the Police and Crime Commissioner for Devon"
            # After a link word, adjectives of nations and compounds count: "Centre for Irish
            # and Scottish Studies", "Vienna Centre for Disarmament and Non-Proliferation";
            # not "World Bank and Japanese aid agencies".
            linked = bool(BODY_LINKS & set(left))
            words_go_on = named and all(
                _common_part(w) if linked else w.lower() in english_words() for w in named
            )
            # A head word alone after "and" ends a name that links words: "Centre for
            # Transport and Society"; "White House and Congress" are two.
            lone_head = len(right) == 1 and right[0].lower() in ORG_HEADS and bool(BODY_LINKS & set(left))
            # A party named by its members ends its name: "Christian Democrats and Socialists".
            party = party_by_its_members(left)
            # After a link word, words of the dictionary up to a head in the plural go on with
            # the name, fields it shares the head with ("Department of Family and Protective
            # Services", "Federation of the Red Cross and Red Crescent Societies"); not a body's
            # own ("United Bank of Africa and Standard Trust Bank"), nor the table's.
            fields = (
                linked
                and words_go_on
                and "of" not in right
                and plural_of_a_word(right[-1])
                and " ".join(right).lower() not in organisations()
            )
            if (kinds[k + 1] == ORGANISATION and not lone_head and not fields) or not words_go_on or party:
                dividing.append(i)
        elif (
            kinds[k] == PERSON
            and kinds[k + 1] in (ORGANISATION, PERSON)
            and len(left) > 1
            and len(right) > 1
            and not compound_across(left, right)
        ):
            # "Michael Grunwald and Washington Post": someone, then a body; "Robbie Williams
            # and Guy Chambers": two people, though a body's name may end "Chambers".
            dividing.append(i)
        elif (
            len(right) > 1
            and kinds[k] in ("unknown", ORGANISATION)
            and (
                " ".join(right).lower() in organisations()
                # ... or an adjective that opens firms' names, then a head: "Fiat and General Motors".
                or kinds[k + 1] == ORGANISATION
                and right[0] in _FIRMS_OPENING_ADJECTIVES
                and (len(left) == 1 or kinds[k] == ORGANISATION)
                # Not a union of its members' trades: "Transport and General Workers' Union".
                and right[-1].lower() not in _MEMBERS_BODIES
            )
        ):
            dividing.append(i)  # "Fiat and General Motors", "Arsenal and Manchester United": two bodies
        elif (
            len(left) > 1
            and len(right) > 1
            and kinds[k] == "unknown"
            and kinds[k + 1] == ORGANISATION
            and "-" not in left[0]  # "US-China Economic and Security Review Commission" is one
            and not compound_across(left, right)
            # Words of the dictionary go on to the head: "Agricultural Stabilization and Conservation
            # Service".
            and not (dictionary_words(left) and right[-1].lower() in ORG_HEADS)
        ):
            dividing.append(i)  # "Hyundai Motor and SK Group": a name, then a body of its own
        elif not (ends_as_body or _formed_before_of(right)) or (
            # "Entertainment and Leisure Software Publishers Association": a head word alone
            # before "and" opens the body's name.
            kinds[k] == ORGANISATION
            and kinds[k + 1] == ORGANISATION
            and not (len(left) == 1 and left[0].lower() in ORG_HEADS and len(right) > 1)
        ):
            dividing.append(i)
    return dividing
