"""Who is quoted and who is mentioned: stages on their own, and the facets on the seeds."""

import json
from pathlib import Path

import pytest

from index.enrich import enrich, enrich_sources
from index.who.casing import restore_case
from index.who.cast import Cast
from index.who.gazetteers import english_words, famous_people, first_names, organisations, place_names, places
from index.who.mentions import find_mentions
from index.who.quotes import quote_spans
from index.who.words import ORGANISATION, PERSON, PLACE


def kinds(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in find_mentions(text)]


def each_alone(texts: list[str]) -> list[dict[str, list[str]]]:
    """Return the facts of each text read as a source of its own."""
    return [enrich([text], ["body"], None)[0] for text in texts]


def test_mentions_split_titles_bodies_and_people():
    assert kinds("Met Police Commissioner Sir Mark Rowley said") == [
        ("Met Police", ORGANISATION),
        ("Mark Rowley", PERSON),
    ]
    assert kinds("Labour Assembly Member Len Duvall asked") == [
        ("Labour", ORGANISATION),
        ("Len Duvall", PERSON),
    ]
    assert kinds("London Assembly Member Susan Hall said") == [
        ("London Assembly", ORGANISATION),
        ("Susan Hall", PERSON),
    ]
    # A name no list of first names holds, after a title inside the run.
    assert kinds("Republican National Committee Chairman Reince Priebus tweeted") == [
        ("Republican National Committee", ORGANISATION),
        ("Reince Priebus", "unknown"),
    ]
    assert kinds("Juan “Chico” Manriquez read the Chicago Sun-Times.") == [
        ("Juan Manriquez", PERSON),
        ("Chicago Sun-Times", ORGANISATION),
    ]
    assert kinds("Trump said the Ohio Republican was right") == [("Trump", "unknown"), ("Ohio", PLACE)]
    assert ("Rochdale", PLACE) in kinds("Rochdale whistleblower detective Maggie Oliver said")
    assert kinds("Oliver and Wild’s comments") == [("Oliver", "unknown"), ("Wild", "unknown")]


def test_places_by_their_head_word_and_names_that_open_with_new():
    assert kinds("They drove from Fort Lee to the Hudson River and the Shah Mosque.") == [
        ("Fort Lee", PLACE),
        ("Hudson River", PLACE),
        ("Shah Mosque", PLACE),
    ]
    assert kinds("The Pew Research Center polled fans at the Sage Centre.") == [
        ("Pew Research Center", ORGANISATION),
        ("Sage Centre", PLACE),
    ]
    assert kinds("The New York Times sent a reporter to Oklahoma City and the UK.") == [
        ("New York Times", ORGANISATION),
        ("Oklahoma City", PLACE),
        ("UK", PLACE),
    ]


def test_a_place_that_goes_by_several_names_is_one_facet_value():
    facts = enrich(
        [
            "U.S. officials met their U.K. counterparts in Kiev.",
            "George H.W. Bush flew from the United States to Britain and Washington D.C.",
        ],
        ["body", "body"],
        None,
    )
    assert set(facts[0]["places"]) == {"Kyiv", "United Kingdom", "United States"}
    assert set(facts[1]["places"]) == {"United Kingdom", "United States", "Washington D.C."}
    assert facts[1]["people"] == ["George H.W. Bush"]


def test_a_place_written_without_its_accents_is_the_place_but_not_a_word_or_a_name():
    texts = ["Flights leave Cancun, Bogota and Zurich daily.", "George Bush and Leon Brittan met in Hue."]
    facts = enrich(texts, ["body", "body"], None)
    assert facts[0]["places"] == ["Cancun", "Bogota", "Zurich"]
    assert facts[1]["people"] == ["George Bush", "Leon Brittan"] and "Leon" not in facts[1]["places"]


def test_a_state_s_formal_style_is_the_state():
    texts = [
        "Envoys of the People’s Republic of China met the Republic of China's in the State of Israel.",
        "He flew from the Democratic Republic of the Congo to the Commonwealth of Massachusetts.",
        "They spoke of the Kingdom of Heaven and the State of the Union.",
    ]
    facts = enrich(texts, ["body", "body", "body"], None)
    assert [f["places"] for f in facts] == [
        ["China", "Taiwan", "Israel"],
        ["Democratic Republic of the Congo", "Massachusetts"],
        [],
    ]


def test_a_place_s_own_and_joins_and_the_regions_of_large_countries_are_places():
    texts = [
        "He flew from Trinidad and Tobago to France and Germany, then to Kerala and Xinjiang.",
        "The Newfoundland and Labrador Court of Appeal sat in New South Wales and Bavaria.",
        "The lifts are the swiftest on Earth, and Friends of the Earth agree.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["places"] for f in facts] == [
        ["Trinidad and Tobago", "France", "Germany", "Kerala", "Xinjiang"],
        ["Newfoundland and Labrador", "New South Wales", "Bavaria"],  # a place inside the court's name
        ["Earth"],
    ]
    assert facts[1]["organisations"] == ["Newfoundland and Labrador Court of Appeal"]


def test_a_wire_s_dateline_names_the_place_as_the_gazetteer_does_and_its_outlet_alone():
    texts = [
        "MOSCOW, Russia (CNN) -- Russian officials said.",
        "NEW DELHI (AP) — Police said. The Independent Inquiry into Child Sexual Abuse (IICSA) sat.",
    ]
    facts = enrich(texts, ["body", "body"], None)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["CNN"], ["Moscow", "Russia"]),
        (["Associated Press", "Independent Inquiry into Child Sexual Abuse"], ["New Delhi"]),
    ]


def test_a_byline_in_capitals_names_the_person_the_text_writes_in_mixed_case():
    texts = ["By JANE SMITH, Associated Press", "Jane Smith said the police had failed."]
    facts = enrich(texts, ["body", "body"], None)
    assert [f["people"] for f in facts] == [["Jane Smith"], ["Jane Smith"]]


def test_a_headline_in_capitals_takes_the_case_its_story_gives_its_words():
    texts = [
        "SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN.",
        "Alan Shearer was named England captain on Friday, the Football Association said.",
    ]
    facts = enrich(texts, ["headline", "body"], None)
    assert (facts[0]["people"], facts[0]["places"]) == (["Alan Shearer"], ["England"])
    texts = [
        "SOCCER - ROMANIA BEAT LITHUANIA IN WORLD CUP QUALIFIER.",
        "Romania beat Lithuania 3-0 on Saturday.",
    ]
    assert enrich(texts, ["headline", "body"], None)[0]["places"] == ["Romania", "Lithuania"]
    texts = [
        "POLICE FAILED GIRLS, SAYS JAY",
        "Professor Alexis Jay said the police had failed the girls in Rotherham.",
    ]
    assert enrich(texts, ["headline", "body"], None)[0]["speakers"] == ["Alexis Jay"]


def test_restoring_case_leaves_names_tickers_and_stories_all_in_capitals_as_written():
    story = ["United Medical Corp said it would sell its unit to the Jakarta Post for cash.", "It said so."]
    cased = restore_case(["UNITED MEDICAL <UM> TO SELL UNIT", "JAKARTA POST", "W D L PCT GB", *story])
    assert cased[:3] == ["United Medical <UM> to sell unit", "JAKARTA POST", "W D L PCT GB"]
    assert restore_case(["KANSAS CITY AT DETROIT", "PCT GB"]) == ["KANSAS CITY AT DETROIT", "PCT GB"]
    assert restore_case(["FED TO ADD RESERVES", "The reserves rose."])[0] == "FED to add reserves"
    assert restore_case(["THE WEEKEND’S POLLS", "Polls closed."])[0] == "the weekend’s polls"


@pytest.mark.parametrize(
    "headline, bodies",
    [
        ("KAPOK CORP <KPK> YEAR SEPT 30 LOSS", ["KAPOK CORP"]),
        ("<CIMARRON PETROLEUM LTD> NINE MTHS NET", ["CIMARRON PETROLEUM LTD"]),
        # A sentence (a function word, the table's "net"), whose firm's words stay as written.
        ("THE ADELAIDE STEAMSHIP CO LTD <ADSA.S> FIRST HALF NET", ["ADELAIDE STEAMSHIP CO LTD"]),
        ("ROCHESTER GAS AND ELECTRIC CORP <RGS> IN PAYOUT", ["ROCHESTER GAS AND ELECTRIC CORP"]),
    ],
)
def test_a_headline_over_a_table_names_its_firm_by_legal_form_ticker_or_brackets(headline, bodies):
    texts = [headline, "Shr 24 cts vs 18 cts", "Oper net 359,000 vs 297,000"]
    assert enrich(texts, ["headline", "body", "body"], "1987-03-01")[0]["organisations"] == bodies


def test_dictionary_words_before_a_wire_s_ticker_are_a_company():
    assert [(m.text, m.kind) for m in find_mentions("United Medical <UM> to sell unit")][0] == (
        "United Medical",
        ORGANISATION,
    )


def test_a_headline_in_capitals_is_cased_by_the_story_s_other_forms_of_its_words():
    story = ["Harlow Mining Corp said it acquired Tempest S.A. of Lima for cash."]
    assert restore_case(["HARLOW MINING <HLM> ACQUIRES TEMPEST S.A.", *story])[0] == (
        "Harlow Mining <HLM> acquires Tempest S.A."
    )
    story = ["The Bank of Canada said it welcomed the choice, and the bank's governor agreed."]
    assert restore_case(["BANK OF CANADA WELCOMES CHOICE", *story])[0] == "Bank of Canada welcomes choice"
    # A hyphened name keeps its words together, by the legal form or the story's capitals.
    table = ["Qtly div 20 cts vs 20 cts prior"]
    assert restore_case(["BROWNING-FERRIS INDUSTRIES INC <BFI> IN PAYOUT", *table])[0].startswith(
        "BROWNING-FERRIS INDUSTRIES INC"
    )
    story = ["Core-Mark International Inc said it expected a correction."]
    assert (
        restore_case(["CORE-MARK <CMK.TO> SEES CORRECTION", *story])[0]
        == "Core-Mark <CMK.TO> sees correction"
    )
    # A verb before a firm's name and legal form, which the story writes in another form.
    story = ["Moody's Investors Service said it affirmed the debt of National City Corp."]
    assert restore_case(["MOODY'S AFFIRMS NATIONAL CITY CORP <NCTY> DEBT", *story])[0] == (
        "Moody's affirms National City Corp <NCTY> debt"
    )


@pytest.mark.parametrize(
    "headline, story, bodies",
    [
        # A name before a ticker is the firm's, though the story names someone so.
        (
            "SALOMON <SB> SEES LOWER 2ND QTR",
            "Robert Salomon, managing director of Salomon Inc, said the quarter would be weaker.",
            ["Salomon Inc"],
        ),
        # ... the firm the story names in full with its legal form, not a unit of it.
        (
            "NIAGARA MOHAWK <NMK> DEBT CUT",
            "Niagara Mohawk Power Corp said its debt was cut.",
            ["Niagara Mohawk Power Corp"],
        ),
        (
            "DIAMOND SHAMROCK <DIA> TO SPLIT",
            "Diamond Shamrock said Diamond Shamrock Refining and Marketing Co would be spun off.",
            ["Diamond Shamrock"],
        ),
        # A headline's verb between two tickers is no part of the second firm's name.
        (
            "DU PONT <DD> WINS SUIT AGAINST PHILLIPS <P>",
            "The court ruled for the company.",
            ["DU PONT", "PHILLIPS"],
        ),
        # A place that ends a firm's name is no firm of its own.
        (
            "BANK OF AMERICA <BAC> TO QUIT PARAGUAY",
            "Bank of America's unit in Paraguay is for sale.",
            ["Bank of America"],
        ),
    ],
)
def test_a_name_before_a_wire_s_ticker_is_a_whole_firm(headline, story, bodies):
    facts = enrich([headline, story], ["headline", "body"], "1987-03-01")
    assert (facts[0]["organisations"], facts[0]["people"]) == (bodies, [])


@pytest.mark.parametrize(
    "text",
    [
        "North-Rhine Westphalia is raising a bond.",
        "North Rhine-Westphalia is raising a bond.",
        "North Rhine Westphalia is raising a bond.",
    ],
)
def test_a_hyphened_place_is_found_however_its_breaks_are_written(text):
    assert enrich([text], ["body"], None)[0]["places"] == ["North Rhine-Westphalia"]
    # An umlaut spelled out is found, and kept as written, as a place without its accents is.
    assert enrich(["Baden-Wuerttemberg is raising a bond."], ["body"], None)[0]["places"] == [
        "Baden-Wuerttemberg"
    ]


def test_a_note_in_brackets_leaves_a_line_of_results():
    facts = enrich(["Duisburg 1 Luebeck 0 (after extra time)"], ["body"], None)
    assert (facts[0]["organisations"], facts[0]["places"]) == (["Duisburg", "Luebeck"], [])


@pytest.mark.parametrize(
    "text, people, bodies",
    [
        # An accountant, a comptroller, a curator are roles before a name.
        (
            "SEC Chief Accountant Clarence Sampson told the commission.",
            ["Clarence Sampson"],
            ["Securities and Exchange Commission"],
        ),
        ("Curator Anna Prior opened the show.", ["Anna Prior"], []),
        # A surname that opens sentences goes on after a first name and a middle initial.
        (
            "The board kept President James F. Will and Treasurer Ann B. May.",
            ["James F. Will", "Ann B. May"],
            [],
        ),
        # Two given names a hyphen joins open someone's name.
        ("The striker Jan-Hendrik Smit scored twice.", ["Jan-Hendrik Smit"], []),
        # A firm after "of" is whom someone is with, no place he is from.
        (
            "Terence Quinn spoke. Quinn of Morgan Stanley said the deal was sound.",
            ["Terence Quinn"],
            ["Morgan Stanley"],
        ),
        # A titled name, then a chamber and its role: someone and a body.
        (
            "It went to House Speaker Jim Wright and Senate majority leader Robert Byrd.",
            ["Jim Wright", "Robert Byrd"],
            ["Senate"],
        ),
        # A month after a country or a people's word is a table's date, no one's name.
        ("German January industrial output fell 3.0 pct.", [], []),
        # A legal form abroad in a wire's capitals ends a firm's name.
        (
            "The bid has the support of Augusta S.P.A. and Dornier GMBH.",
            [],
            ["Augusta S.P.A.", "Dornier GMBH"],
        ),
    ],
)
def test_roles_initials_and_forms_of_wire_copy(text, people, bodies):
    facts = enrich([text], ["body"], "1987-03-01")[0]
    assert (facts["people"], facts["organisations"]) == (people, bodies)
    assert enrich(["Fredric March starred in it."], ["body"], None)[0]["people"] == ["Fredric March"]


def test_firms_of_two_names_and_romance_small_words_in_capitals_stay_whole():
    texts = [
        "Harrow and Lyle Inc named a new chairman on Monday.",
        "Harrow and Lyle, a privately held retailer, said he would leave.",
        "The issue was sold through Drexel Burnham and Lambert.",
        "Ways and Means chairman Dan Rostenkowski said the bill would pass.",
        "Compagnie Generale Des Eaux signed the deal with Cie des Machines Bull.",
    ]
    facts = enrich(texts, ["body"] * len(texts), "1987-03-01")
    assert [f["organisations"] for f in facts] == [
        ["Harrow and Lyle Inc"],
        ["Harrow and Lyle Inc"],
        ["Drexel Burnham Lambert"],
        ["Ways and Means Committee"],
        ["Compagnie Generale Des Eaux", "Cie des Machines Bull"],
    ]
    assert [f["people"] for f in facts] == [[], [], [], ["Dan Rostenkowski"], []]


def test_a_name_after_a_kind_and_before_a_tense_of_its_own_is_no_firm():
    texts = ["Theodore Ross spoke.", "He proposed a merger into a company Ross is forming."]
    facts = enrich(texts, ["body", "body"], None)
    assert (facts[1]["people"], facts[1]["organisations"]) == (["Theodore Ross"], [])
    facts = enrich(["The company Sodexo is denying the claims."], ["body"], None)
    assert facts[0]["organisations"] == ["Sodexo"]


def test_a_town_s_word_that_is_a_month_a_noun_or_someone_s_surname_is_no_place():
    texts = [
        "Mario Rodriguez Montero, president of the committee, spoke on Monday.",
        "Rodriguez said the nations backed the administration.",
        "Sale of farm wheel tractors in February declined 26.7 pct.",
        "Range Rover of North America Inc March sales rose.",
        "He was born in Sale, Greater Manchester.",
    ]
    facts = enrich(texts, ["body"] * len(texts), "1987-03-01")
    assert [(f["people"], f["places"]) for f in facts[1:]] == [
        (["Mario Rodriguez Montero"], []),
        ([], []),
        ([], ["North America"]),
        ([], ["Sale", "Greater Manchester"]),
    ]


def test_a_bank_s_compound_and_a_guaranty_are_bodies_and_a_virus_no_one():
    texts = [
        "Nederlandsche Middenstandsbank and Kredietbank joined the syndicate.",
        "The loan was arranged by Morgan Guaranty.",
        "The Human Immunodeficiency Virus spreads.",
        "Chris Eubank and Douglas Fairbank fought.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Nederlandsche Middenstandsbank", "Kredietbank"]),
        ([], ["Morgan Guaranty"]),
        ([], []),
        (["Chris Eubank", "Douglas Fairbank"], []),
    ]


def test_a_party_s_member_before_a_surname_and_trades_of_firms():
    texts = [
        "Giulio Andreotti spoke first.",
        "Christian Democrat Andreotti told the president he had failed.",
        "Trading began in the common stock of Wyse Technology and Bob Evans Farms.",
        "The fund invests in Ginnie Mae securities.",
        "Jurrien Timber said he was fit.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [(f["people"], f["organisations"]) for f in facts[1:]] == [
        (["Giulio Andreotti"], []),
        ([], ["Wyse Technology", "Bob Evans Farms"]),
        ([], ["Ginnie Mae"]),
        (["Jurrien Timber"], []),
    ]


def test_waters_listed_take_no_state_and_a_number_opens_a_known_site():
    texts = [
        "Gains came from the Gulf of Mexico, Alaska, the North Sea and Malaysia.",
        "Rates were restored at Three Mile Island on Monday.",
        "He moved to Green Bay, Wisconsin.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["places"] for f in facts] == [
        ["Gulf of Mexico", "Alaska", "North Sea", "Malaysia"],
        ["Three Mile Island"],
        ["Green Bay Wisconsin", "Wisconsin"],
    ]


def test_titles_at_firms_titled_holders_and_a_sentence_s_quantities_before_names():
    texts = [
        "said Jo Doe, Senior Managing Director of Shearson Lehman Brothers.",
        "Reagan met Treasury Secretary James Baker and Federal Reserve Board chairman Alan Greenspan.",
        "Enough European Community states oppose the tax.",
        "Total Bahia sales are estimated at 6.13 mln bags.",
        "Security Pacific Corp said it would buy the bank.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["organisations"] for f in facts] == [
        ["Shearson Lehman Brothers"],
        ["Treasury", "Federal Reserve Board"],
        ["European Community"],
        [],
        ["Security Pacific Corp"],
    ]
    assert facts[1]["people"][-2:] == ["James Baker", "Alan Greenspan"]
    assert (facts[3]["places"], facts[4]["places"]) == (["Bahia"], [])


def test_a_place_s_losses_its_peers_and_a_ticker_spelling_another_body():
    texts = [
        "Among the states, Texas lost 24 working rigs and Detroit lost 4,000 jobs.",
        "Chelsea lost 2-1 at home.",
        "It faces competition from firms in other commercial centers, such as London and Tokyo.",
        "Chief Cabinet Secretary Masaharu Gotoda told reporters.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        ([], ["Texas", "Detroit"]),
        (["Chelsea"], []),
        ([], ["London", "Tokyo"]),
        ([], []),
    ]
    assert facts[3]["people"] == ["Masaharu Gotoda"]
    facts = enrich(
        ["SKYLINE CORP <SKY> 3RD QTR NET", "Shr 20 cts vs 15 cts"], ["headline", "body"], "1987-03-01"
    )
    assert facts[0]["organisations"] == ["SKYLINE CORP"]
    texts = [
        "IMPERIAL <ICA> DECLARES FIRST DIVIDEND",
        "Imperial Corp of America said it declared a dividend.",
    ]
    assert enrich(texts, ["headline", "body"], "1987-03-01")[0]["organisations"] == [
        "Imperial Corp of America"
    ]


def test_titles_of_a_field_hyphened_firms_towns_in_provinces_and_compass_initials():
    texts = [
        "Assistant Defense Secretary Richard Perle resigned.",
        "Warner-Lambert Co filed suit on Monday.",
        "Production at the refinery at Strathcona Alberta will stop.",
        "W. German car output rose in September.",
        "Joel Pollak of Breitbart California observed the debate.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        (["Richard Perle"], [], []),
        ([], ["Warner-Lambert Co"], []),
        ([], [], ["Strathcona Alberta"]),
        ([], [], []),
        (["Joel Pollak"], ["Breitbart California"], ["California"]),
    ]


def test_a_conjunction_opening_a_sentence_is_no_part_of_a_name():
    facts = enrich(["Because the Dow Chemical notes carried a floor, demand was strong."], ["body"], None)
    assert facts[0]["organisations"] == ["Dow Chemical"]
    # Inside a sentence it opens a title: a song, which speaks for no one.
    text = "The singer of Because the Night told The Observer newspaper she would curate it."
    assert enrich([text], ["body"], None)[0]["speakers"] == []


def test_a_share_s_move_and_a_bank_of_a_city_are_firms():
    texts = [
        "McGraw Hill fell 2-1/4 to 68-1/4 on 223,000 shares.",
        "The NYSE Index fell 2.61 to 168.35.",
        "Deposits went to Williamsburg Savings Bank of Salt Lake City, Utah.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["McGraw Hill"], []),
        ([], []),
        (["Williamsburg Savings Bank of Salt Lake City"], ["Salt Lake City", "Utah"]),
    ]


def test_someone_of_a_unit_of_a_long_name_speaks_as_themselves():
    text = (
        "Detective Sergeant Mary O'Brien of the Royal Canadian Mounted Police's National Child Exploitation"
        " Crime Centre said the arrests followed a tip."
    )
    facts = enrich([text], ["body"], None)[0]
    assert (facts["speakers"], facts["people"]) == (["Mary O'Brien"], ["Mary O'Brien"])


def test_a_ticker_after_two_names_and_a_particle_and_a_verb_s_other_forms():
    texts = [
        "GULF AND WESTERN <GW> REORGANIZES UNIT",
        "Gulf and Western Inc said it has reorganized the unit.",
    ]
    facts = enrich(texts, ["headline", "body"], "1987-03-01")
    assert (facts[0]["organisations"], facts[0]["places"]) == (["Gulf and Western Inc"], [])
    texts = ["Allied-Signal Inc and Schlumberger Ltd <SLB> agreed on the sale."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == ["Allied-Signal Inc", "Schlumberger Ltd"]
    texts = ["OLIN <OLN>, DU PONT <DD> COMPLETE PLANT", "Olin Corp said it built the plant with EI du Pont."]
    assert enrich(texts, ["headline", "body"], "1987-03-01")[0]["organisations"] == ["Olin Corp"]


def test_a_firm_that_speaks_in_a_headline_speaks_as_it_later():
    texts = [
        "MCDERMOTT <MDR> SAYS STAKE VIOLATES LAW",
        "McDermott International Inc said the purchase of a stake violated the laws of Panama.",
        "The company said a detailed disclosure must be made to the securities commission.",
        "It said transfers of securities in violation of these regulations are invalid.",
    ]
    facts = enrich(texts, ["headline", "body", "body", "body"], None)
    assert [f["speakers"] for f in facts] == [["McDermott International Inc"]] * 4


@pytest.mark.parametrize(
    "text, place",
    [
        ("He was killed in a brawl in the mining town of Moengo 56 miles east of the capital.", "Moengo"),
        ("Comelf, based in the central Transylvanian town of Bistrita, makes pumps.", "Bistrita"),
        ("Rebels gathered to the north of the town of Urus-Martan on Saturday.", "Urus-Martan"),
        ("The pupils were driven back to their home village of Nandrin.", "Nandrin"),
        ("The girl was abducted from her school in Velten near Hamburg on Monday.", "Velten"),
        ("Troops entered Tacambaro, 56 miles (90 km) west of Hamburg.", "Tacambaro"),
    ],
)
def test_a_place_named_after_its_kind_or_put_near_a_known_one(text, place):
    assert enrich([text], ["body"], None)[0]["places"][0] == place
    assert enrich(["Smith near Hamburg said he had seen them."], ["body"], None)[0]["places"] == ["Hamburg"]


def test_single_quote_marks_are_told_from_apostrophes():
    text = "Mr Philp said: ‘It is clear Sadiq Khan’s office is facilitating a cover up.’ He didn’t stop."
    assert [text[s:e] for s, e in quote_spans(text)] == [
        "‘It is clear Sadiq Khan’s office is facilitating a cover up.’"
    ]


def test_aliases_merge_within_a_source():
    texts = [
        "Met Police Commissioner Sir Mark Rowley said the force would act.",
        "Shadow home secretary Chris Philp accused the Mayor.",
        "Mr Philip, MP for Croydon South, said: ‘It is shameful.’",
        "Sir Mark said: “We will review.” Rowley added that it would take years.",
    ]
    cast = Cast((t, find_mentions(t)) for t in texts)
    assert [p.name for p in cast.people] == ["Mark Rowley", "Chris Philp"]
    assert cast.find("Mark", "Sir").name == "Mark Rowley"
    assert cast.find("Philip", "Mr").name == "Chris Philp"
    assert cast.by_title("commissioner").name == "Mark Rowley"


def test_initials_with_signs_in_them_are_read_as_written():
    cast = Cast([("A wire says: AMERICAN EXPRESS (AXP) AND AT&T (FRANCE UNIT) AGREED.", [])])
    assert not cast.is_term("(FRANCE") and not cast.is_term("AT&T")  # no pattern of their signs


def test_organisations_take_one_name_across_sources():
    cast = Cast(
        [("Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) said.", [])]
    )
    assert cast.organisation("the Met") == "Metropolitan Police"
    assert cast.organisation("Scotland Yard") == "Metropolitan Police"
    assert cast.organisation("Met Police") == "Metropolitan Police"


def speakers_of(*texts: str) -> list[list[str]]:
    return [facts["speakers"] for facts in enrich(list(texts), ["body"] * len(texts), None)]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Chris Wild said: “It is everywhere.”"], [["Chris Wild"]]),
        (["“It is everywhere,” said Mr Chris Wild."], [["Chris Wild"]]),
        (["Maggie Oliver spoke first.", "“It is a disgrace,” she said."], [[], ["Maggie Oliver"]]),
        (["Chris Wild, who has warned for years, said it was obvious."], [["Chris Wild"]]),
        (
            ["A spokesperson for the Met Police said: “We understand.”"],
            [["Metropolitan Police spokesperson"]],
        ),
        (["A Home Office spokesperson said the rules would change."], [["Home Office spokesperson"]]),
        (["A spokesperson for the county police said it would act."], [["county police spokesperson"]]),
        # A statement issued is what was said; participles of saying follow their speaker.
        (["Black Lives Matter issued a statement saying it would withdraw."], [["Black Lives Matter"]]),
        (["Donald Trump pointed to China, remarking that it could do more."], [["Donald Trump"]]),
        # A named spokesman's second verb is still theirs, not the office's.
        (["RNC spokesman Sean Spicer said there was no crisis, and urged calm."], [["Sean Spicer"]]),
        (
            ["A Home Office spokesman said it was wrong, and added that it would act."],
            [["Home Office spokesperson"]],
        ),
        (["The Home Office said the caseload had risen."], [["Home Office"]]),
        (["Susan Hall told MyLondon the Mayor was wrong."], [["Susan Hall"]]),
        (["Oliver told reporters: “This is the pattern.”"], [["Oliver"]]),
        (["The report found six victims."], [[]]),
        (
            ["Chris Wild said: “I work with girls.", "“Who are they protecting?”"],
            [["Chris Wild"], ["Chris Wild"]],
        ),
        (
            ["Maggie Oliver said: “It happened.”", "Police arrested a man.", "“Nobody listened.”"],
            [["Maggie Oliver"], [], []],
        ),
        # Verbs of saying beyond "said": proclaiming, putting it, shooting back.
        (["“A crisis,” Howard Dean proclaimed to a cheering crowd."], [["Howard Dean"]]),
        (["As Nancy Foner put it: “We do better.”"], [["Nancy Foner"]]),
        (["“Free stuff,” Ann Bennett shot back with a laugh."], [["Ann Bennett"]]),
        (["The Home Office expressed doubt that the plan would work."], [["Home Office"]]),
        # A paragraph ending in a colon introduces the quotation that opens the next.
        (
            ["Chris Wild told the BBC:", "“Who are they protecting?”", "“Nobody listened.”"],
            [["Chris Wild"], ["Chris Wild"], ["Chris Wild"]],
        ),
    ],
)
def test_attribution(texts, expected):
    assert speakers_of(*texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # A description stands for a title the cast holds.
        (
            [
                "Met Police Commissioner Sir Mark Rowley spoke.",
                "Now London’s top cop has stated that it is wrong.",
            ],
            [[], ["Mark Rowley"]],
        ),
        # A speaker the lead describes is the one named next who speaks there.
        (
            ["Stop and search will rise, a Home Office minister has said.", "Hazel Blears said it was fair."],
            [["Hazel Blears"], ["Hazel Blears"]],
        ),
        # "they" for two people named together; a passive is spoken of, not speaking.
        (
            [
                "The cases were assessed by detective Maggie Oliver and author Chris Wild, "
                "they concluded all were real."
            ],
            [["Maggie Oliver", "Chris Wild"]],
        ),
        (["Sadiq Khan has been accused of a cover up."], [[]]),
        (["John Houston is alleged to have said the insane should die."], [["John Houston"]]),
        # "it" is a body, never the person who spoke last.
        (
            ["Ian Hunter said it was over.", "Phytopharm shares fell after it said a partner left."],
            [["Ian Hunter"], []],
        ),
        # A quote left open runs into the next sentence's quote; the narration between is read.
        (
            [
                'Mr Redwood said: "Taxes are up. "Spending is up." '
                "His leader, Michael Howard, argued it was time."
            ],
            [["Redwood", "Michael Howard"]],
        ),
        # Continuation even when another speaks later in the paragraph.
        (
            [
                'Andrew Howard said: "It remains to be seen.',
                '"People need to think." John Thurso said drink-driving remained a major killer.',
            ],
            [["Andrew Howard"], ["Andrew Howard", "John Thurso"]],
        ),
    ],
)
def test_attribution_through_descriptions_leads_and_open_quotes(texts, expected):
    assert speakers_of(*texts) == expected


def test_addressees_and_people_inside_quotes_are_not_speakers():
    assert speakers_of("Sir Mark Rowley told Sadiq Khan: “Chris Philp is wrong.”") == [["Mark Rowley"]]


def test_a_body_s_head_word_alone_is_the_body_the_source_names_or_none():
    facts = enrich(
        ["Brent Council met the Government.", "The Council said the Court would rule."],
        ["body", "body"],
        None,
    )
    assert facts[0]["organisations"] == ["Brent Council"]
    assert facts[1]["organisations"] == ["Brent Council"]
    facts = enrich(
        [
            "Evidence went to the Independent Inquiry into Child Sexual Abuse (IICSA).",
            "The Society of the Cincinnati met.",
            "The Independent Inquiry and the Society said so.",
        ],
        ["body", "body", "body"],
        None,
    )
    assert facts[2]["organisations"] == [
        "Independent Inquiry into Child Sexual Abuse",
        "Society of the Cincinnati",
    ]


def test_an_acronym_of_a_phrase_the_source_writes_in_lower_case_is_a_term():
    facts = enrich(
        [
            "Officers handled 716 cases of CSE for the CSA.",
            "Reports of child sexual exploitation grew, and child sexual exploitation online too.",
            "Most civil servants are paid, and civil servants are busy.",
        ],
        ["body", "body", "body"],
        None,
    )
    # "civil servants are" is no term: "are" is a word of no substance; the CSA stays a body.
    assert facts[0]["organisations"] == ["CSA"]
    facts = enrich(
        ["Critics included the European People's Party (EPP).", "The EPP said no."], ["body"] * 2, None
    )
    assert [f["organisations"] for f in facts] == [["European People's Party"]] * 2


def test_headlines_give_speakers_only_by_explicit_attribution():
    facts = enrich(
        ["Blair says election will be in May", "Tony Blair spoke in London."], ["headline", "body"], None
    )
    assert facts[0]["speakers"] == ["Tony Blair"]
    assert facts[0]["places"] == [] and facts[1]["places"] == ["London"]


def test_a_title_case_headline_verb_names_the_person_the_body_names():
    texts = ["Guns Are ‘A Crisis,’ Howard Dean Tells Democratic Convention", "Howard Dean spoke on Monday."]
    assert enrich(texts, ["headline", "body"], None)[0]["speakers"] == ["Howard Dean"]
    texts = ["Guns Are ‘A Crisis,’ Delegates Tell Democratic Convention", "Howard Dean spoke on Monday."]
    assert enrich(texts, ["headline", "body"], None)[0]["speakers"] == []


def test_speaker_facet_filter_and_query_syntax_on_the_seeds(seeds_client):
    body = seeds_client.get("/api/search", query_string={"q": "", "per_page": 100}).get_json()
    speakers = {f["value"]: f["count"] for f in body["facets"]["speaker"]}
    assert {"Mark Rowley", "Maggie Oliver", "Chris Wild", "Metropolitan Police spokesperson"} <= set(speakers)
    filtered = seeds_client.get(
        "/api/search", query_string={"speaker": "Chris Wild", "per_page": 100}
    ).get_json()
    assert filtered["total"] == speakers["Chris Wild"]
    assert all("Chris Wild" in hit["speakers"] for hit in filtered["hits"])
    by_syntax = seeds_client.get(
        "/api/search", query_string={"q": 'speaker:"chris wild"', "per_page": 100}
    ).get_json()
    assert {h["id"] for h in by_syntax["hits"]} == {h["id"] for h in filtered["hits"]}
    people = {f["value"] for f in body["facets"]["person"]}
    assert {"Sadiq Khan", "Mark Rowley", "Chris Philp"} <= people
    assert "Metropolitan Police" in {f["value"] for f in body["facets"]["organisation"]}
    assert "Rochdale" in {f["value"] for f in body["facets"]["place"]}


def test_speakers_show_on_hits_and_in_the_source_view(seeds_client):
    html = seeds_client.get("/?q=ubiquitous").get_data(as_text=True)
    assert "Quoted: Chris Wild" in html
    source = seeds_client.get("/source/002_bf9cd84d798978d6.txt").get_data(as_text=True)
    assert "Quoted: Chris Wild" in source


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("However, Jill A. Martin, vice president, said it was false.", ["Jill A. Martin"]),
        ("As Joel Pollak of Breitbart California observed, it was a rout.", ["Joel Pollak"]),
        ("said A. Jones, who ran the office", ["A. Jones"]),
        ("Ohio Gov. John Kasich suspended his campaign.", ["John Kasich"]),
        ("said Gov. Phil Bryant of Mississippi, a former backer", ["Phil Bryant"]),
        # A role word after an initial is a surname; a role of two words is no one.
        ("said Representative Peter T. King, Republican of New York", ["Peter T. King"]),
        ("Vice President Joe Biden spent the morning there.", ["Joe Biden"]),
    ],
)
def test_people_with_initials_and_where_they_are_from(text, names):
    people = [m.text for m in find_mentions(text) if m.kind == PERSON or m.text in names]
    assert people == names


def test_a_named_spokesperson_and_a_son_s_suffix():
    texts = [
        "Vice President Joseph R. Biden Jr. spoke in Ohio.",
        "“We are at war,” said Pentagon spokesman Navy Capt. Jeff Davis, who was asked.",
        "“I disagree,” said retired Army Lt. Gen. Mick Bednarek.",
        "“The middle class is getting clobbered,” Mr. Biden told reporters.",
        "“We will act,” said a spokesman for the Home Office.",
    ]
    facts = enrich(texts, ["body"] * len(texts), "2016-03-01")
    assert [f["speakers"] for f in facts] == [
        [],
        ["Jeff Davis"],
        ["Mick Bednarek"],
        ["Joseph R. Biden Jr"],
        ["Home Office spokesperson"],
    ]


def test_a_description_before_a_name_after_the_verb():
    texts = [
        "Marco Rubio spoke in Iowa.",
        "“Debate recap,” tweeted Rubio spokesman Alex Conant.",
        "“I can guarantee it,” said pollster Frank Luntz.",
        "“You would not have had Bundy Ranch,” says J.J. MacNab, an expert on militias.",
        "“He is a loser,” said Jeb Bush of Donald Trump.",
        "Maine Sen. Susan Collins and Texas Rep. Louis Gohmert suggested they would wait.",
        "They met in Jane Smith and the Research Council. Mr Conant branded it “surprising”.",
    ]
    facts = enrich(texts, ["body"] * len(texts), "2016-03-01")
    assert [f["speakers"] for f in facts] == [
        [],
        ["Alex Conant"],
        ["Frank Luntz"],
        ["J.J. MacNab"],
        ["Jeb Bush"],
        ["Susan Collins", "Louis Gohmert"],
        ["Alex Conant"],
    ]


def test_the_subject_after_an_opening_phrase_or_a_title():
    texts = [
        "Donald Trump spoke on Monday.",
        "But a few days later, Trump reversed himself, telling CBS that the laws “are set.”",
        "Vice President Joseph R. Biden Jr., who was to travel to Columbus, Ohio, on Wednesday, said so.",
    ]
    facts = enrich(texts, ["body"] * len(texts), "2016-03-01")
    assert [f["speakers"] for f in facts] == [[], ["Donald Trump"], ["Joseph R. Biden Jr"]]


def test_who_adds_and_whom_a_topic_names():
    texts = [
        "Ted Cruz spoke. Donald Trump spoke. Paul Ryan spoke. Sean Spicer spoke.",
        "“We will win,” Cruz said.",
        "As for Trump, he said he’s not worried. “I am going to have the delegates,” he said.",
        "Ryan and Trump will meet next week, Spicer said, adding, “They need a good talk.”",
    ]
    facts = enrich(texts, ["body"] * len(texts), "2016-03-01")
    assert [f["speakers"] for f in facts] == [[], ["Ted Cruz"], ["Donald Trump"], ["Sean Spicer"]]


def test_a_question_s_speaker_follows_it():
    texts = [
        "Donald Trump spoke. “I love Oreos,” said Nabisco’s Jim Smith.",
        "“Who do they think they are?” Trump said of Apple in February, when the company balked at it.",
    ]
    facts = enrich(texts, ["body"] * len(texts), "2016-03-01")
    assert facts[1]["speakers"] == ["Donald Trump"]


def test_he_is_the_topic_of_the_paragraph_before_or_of_his_own_sentence():
    texts = [
        "“We need a fighter,” said Ed Rendell, the former governor.",
        "Walsh, a labor leader, had ties to Joe Biden. But on Sunday he endorsed Marty Walsh’s choice.",
        "“Get your sledgehammers ready!” he told the crowd.",
        "After Hillary Clinton lost her cool, jabbing her finger as she angrily said, “I am sick of it.”",
    ]
    facts = enrich(texts, ["body"] * len(texts), "2016-03-01")
    assert [f["speakers"] for f in facts] == [
        ["Ed Rendell"],
        [],
        ["Marty Walsh"],
        ["Hillary Clinton"],
    ]


def test_he_is_no_topic_a_sentence_opens_with_as_a_preposition_s_object():
    texts = [
        "Tarla Makaeff and Marvin Roffman were both sued by Trump.",
        "Like Makaeff, the former Trump University customer, Roffman doesn't want to tangle with Trump.",
        "\u201cI don't feel like going through that again,\u201d he said.",
    ]
    facts = enrich(texts, ["body"] * len(texts), "2016-07-15")
    assert facts[2]["speakers"] == ["Marvin Roffman"]


def test_a_dash_label_an_example_and_a_message_to_supporters_name_speakers():
    texts = [
        "Bernie Sanders and Jared Huffman spoke.",
        "Sanders’ fundraising email to his supporters notes that Jane Kim “is a civil rights attorney.”",
        "If Grayson loses, critics like Huffman say it would help him.",
        "The interplay matters - Frank Newport and Jim Harter: “We found that it holds.”",
    ]
    facts = enrich(texts, ["body"] * len(texts), "2016-03-01")
    assert [f["speakers"] for f in facts] == [
        [],
        ["Bernie Sanders"],
        ["Jared Huffman"],
        ["Frank Newport", "Jim Harter"],
    ]


def test_he_is_a_surname_the_source_never_gives_in_full():
    texts = [
        "“Nobody knows,” said Ted Nordhaus, an analyst, about what Obama wants.",
        "And Obama, for all the progress he made, seems to agree. “We don’t yet know,” he said.",
    ]
    facts = enrich(texts, ["body"] * len(texts), "2016-03-01")
    assert facts[1]["speakers"] == ["Obama"]


def test_a_party_s_mp_is_described_not_named():
    texts = [
        "A senior Tory MP has criticised the department's “lackadaisical” approach.",
        "Committee chairman Edward Leigh was giving his reaction. He said it was “dreadful”.",
    ]
    facts = enrich(texts, ["body"] * len(texts), "2005-03-01")
    assert [f["speakers"] for f in facts] == [["Edward Leigh"], ["Edward Leigh"]]
    assert facts[0]["people"] == []


def test_where_people_are_from_after_and_is_a_place_not_their_surname():
    texts = [
        "Two senators, Ted Cruz of Texas and Marco Rubio of Florida, are trying. Rubio said so.",
        "He beat Justin Gatlin and Francis Obikwelu of Portugal in the final.",
    ]
    facts = enrich(texts, ["body"] * len(texts), "2016-03-01")
    assert [(f["people"], f["places"]) for f in facts] == [
        (["Ted Cruz", "Marco Rubio"], ["Texas", "Florida"]),
        (["Justin Gatlin", "Francis Obikwelu"], ["Portugal"]),
    ]


def test_the_governor_and_a_body_s_it_and_they():
    texts = [
        "Gov. Phil Bryant of Mississippi spoke on Monday.",
        "The governor added: “We will not back down.”",
        "The New York Times published the report. It further wrote that the deal was “dead.”",
        "The Democratic National Committee met on Tuesday.",
        "They said the vote was “rigged.”",
        "Beyond Brexit, the Human Rights Act is at stake, said Theresa May.",
    ]
    facts = enrich(texts, ["body"] * len(texts), "2016-03-01")
    assert [f["speakers"] for f in facts] == [
        [],
        ["Phil Bryant"],
        ["New York Times"],
        [],
        ["Democratic National Committee"],
        ["Theresa May"],
    ]


def test_a_source_only_according_to_names_and_a_person_with_their_people():
    texts = [
        "Donald Trump spoke.",
        "According to AZCentral, one sign read, “Trust in the Force.”",
        "Trump and his attorneys have said the company would return.",
    ]
    facts = enrich(texts, ["body"] * len(texts), "2016-03-01")
    assert [f["speakers"] for f in facts] == [[], ["AZCentral"], ["Donald Trump"]]


def test_it_is_the_body_that_spoke_in_the_paragraph():
    text = "The Cabinet Office was told. The Financial Times newspaper said the letter was real. It said so."
    assert enrich([text], ["body"], "2005-03-01")[0]["speakers"] == ["Financial Times"]


def test_quotation_marks_written_as_two_marks():
    texts = ["''It makes money,'' said Rick Santorum, the former senator. ''Why fix it?''"]
    facts = enrich(texts, ["body"], "2016-03-01")
    assert facts[0]["speakers"] == ["Rick Santorum"]


def test_us_titles_with_a_full_stop_before_and_after_the_verb():
    texts = [
        "Trade talks",
        "Scott Morris studies trade.",
        '"He worked hard," said Mr. Morris.',
        "Sen. Ted Cruz warned of it.",
    ]
    facts = enrich(texts, ["headline", "body", "body", "body"], "2016-03-01")
    assert [f["speakers"] for f in facts[2:]] == [["Scott Morris"], ["Ted Cruz"]]


def test_a_name_and_a_colon_and_verbs_of_us_political_news():
    texts = [
        "Elizabeth Warren: Donald Trump Is a ‘Proven Failure’ in Business",
        "Ben Carson called that report a “boldfaced lie.”",
        "The Chicago Sun-Times reported that 200 officers were on duty.",
        "Marco Rubio mocked the plan on Tuesday.",
        "As The Hill reported, Donald Trump was also accused of breaking the rules.",
        "The HMICFRS reports from 2016 found six victims.",
    ]
    facts = enrich(texts, ["headline"] + ["body"] * 5, "2016-03-01")
    assert [f["speakers"] for f in facts] == [
        ["Elizabeth Warren"],
        ["Ben Carson"],
        ["Chicago Sun-Times"],
        ["Marco Rubio"],
        [],  # Donald Trump is accused, not accusing
        [],  # "reports" is a noun as often as a verb: only "reported" reports
    ]


def test_nationalities_things_and_events_name_no_one():
    text = "The Roman Empire fell before the Revolutionary War, said Roman Abramovich of American YouTube."
    assert kinds(text) == [("Roman Abramovich", PERSON), ("YouTube", ORGANISATION)]
    assert kinds("Paula Radcliffe ran the London Marathon and wished all a Merry Christmas.") == [
        ("Paula Radcliffe", PERSON)
    ]
    # A telescope, a band of boys, a show about girls: things, though a first name opens them.
    assert kinds("Jane Hart saw the James Webb Space Telescope, the Beastie Boys and Gilmore Girls.") == [
        ("Jane Hart", PERSON)
    ]
    # A show, a podcast, a syndrome, a principle: things named after someone, no one's name.
    text = "Jane Hart watched The Benny Hill Show, heard The Jenna Julien Podcast, read the Peter Principle."
    assert kinds(text) == [("Jane Hart", PERSON)]


def test_capitalised_dictionary_words_name_no_one_but_a_surname_alone_may():
    text = "Desperate Housewives and Death Row came up, Online Vendor said, and Andrew Green agreed."
    assert kinds(text) == [("Andrew Green", PERSON)]
    # "WHEREAS" is a function word; "AIDS" a dictionary word in capitals, no body's initials.
    assert [k for _, k in kinds("WHEREAS, the AIDS report was read by HP staff and by NICE.")] == [
        "unknown",
        ORGANISATION,
        ORGANISATION,
    ]
    facts = enrich(["Donald Trump spoke.", "Trump said he would win."], ["body", "body"], "2016-03-01")
    assert facts[1]["speakers"] == ["Donald Trump"]


def test_titles_alone_and_groups_name_no_one_and_each_part_of_a_pair_is_split():
    # Labour's MPs name no one, but they name their party.
    assert kinds("Senior MPs, Labour MPs and UK Muslims met John Major.") == [
        ("Labour", ORGANISATION),
        ("John Major", PERSON),
    ]
    text = "German Chancellor Gerhard Schroeder and Italian Prime Minister Silvio Berlusconi spoke."
    assert kinds(text) == [("Gerhard Schroeder", PERSON), ("Silvio Berlusconi", PERSON)]


def test_title_case_lines_name_no_one_by_their_length():
    line = "Paul Ryan Joins Growing List of Conservatives Rebuking Trump"
    assert PERSON not in {kind for _, kind in kinds(line)}


def test_a_subject_with_a_long_appositive_speaks():
    texts = [
        "Scott Morris, a former Treasury official who is now a senior fellow at the Center for Global "
        "Development, which works to alleviate poverty, said that support should show it.",
    ]
    assert enrich(texts, ["body"], "2016-03-01")[0]["speakers"] == ["Scott Morris"]


def test_a_headline_s_words_after_a_name_do_not_lengthen_it():
    texts = [
        # A line of related links in the body, in headline case.
        "Bernie Sanders Pins Hopes On Wisconsin",
        "Sen. Bernie Sanders defended his call, saying it would help.",
        "“It is not radical,” he said.",
        "Will Smith spoke. “Thanks,” said Smith.",
    ]
    facts = enrich(texts, ["body"] * 4, "2016-03-01")
    assert [f["speakers"] for f in facts[1:]] == [["Bernie Sanders"], ["Bernie Sanders"], ["Will Smith"]]


def test_a_verb_s_plural_noun_after_a_possessive_is_no_speech():
    texts = [
        "Senator Tim Scott and Donald J. Trump met.",
        "Mr. Scott, who has called Mr. Trump's comments “racially toxic,” left.",
        "Mr. Scott rejected the claims at once.",
    ]
    facts = enrich(texts, ["body"] * 3, "2016-03-01")
    assert [f["speakers"] for f in facts[1:]] == [["Tim Scott"], ["Tim Scott"]]


def test_a_lone_surname_the_source_capitalises_mid_sentence_speaks():
    texts = [
        "The treaty was welcomed by Obama and the Gibraltarians.",
        "“This is our best chance,” Obama said on Saturday.",
        "Gibraltarians said they would vote. Campaigners said it was late.",
    ]
    facts = enrich(texts, ["body"] * 3, "2016-03-01")
    assert [f["speakers"] for f in facts[1:]] == [["Obama"], []]


def test_a_surname_after_a_quotation_that_ends_mid_sentence_is_a_name():
    texts = ["“We take it seriously,” Obama said.", "“If we see signs, we act,” Obama stated."]
    assert speakers_of(*texts) == [["Obama"], ["Obama"]]


def test_an_outlet_named_before_its_noun_speaks():
    texts = [
        "The Mirror newspaper said on Tuesday it had been handed a dossier.",
        "The paper said the document had been found in a street.",
        "Vedomosti newspaper reported that the firm would be sold.",
        "He was quoted in the Herald newspaper saying he would stay.",
    ]
    assert speakers_of(*texts)[:3] == [["The Mirror"], ["The Mirror"], ["Vedomosti"]]
    assert "Herald" not in speakers_of(*texts)[3]


def test_he_is_the_person_who_opens_a_sentence_of_the_paragraph_before_the_last_speaker():
    texts = [
        "Senator Jeff Flake spoke first. “I will not vote for him,” said Mr. Flake.",
        "In a speech on Tuesday, Donald Trump struck a measured tone. “I will never let you down,” he said.",
        "But standing next to Mr. Trump, he added that it was crucial.",
    ]
    assert speakers_of(*texts) == [["Jeff Flake"], ["Donald Trump"], ["Donald Trump"]]


def test_a_negated_verb_of_saying_names_no_speaker():
    texts = ["Jorge Ramos and Donald Trump met.", "Donald Trump has not replied to the requests."]
    assert speakers_of(*texts) == [[], []]


def test_an_opening_mark_typed_where_the_closing_goes_closes_the_quote():
    assert speakers_of("“It's unusual,“ said Larry Noble, an attorney.") == [["Larry Noble"]]


def test_a_credit_line_after_a_quotation_names_its_speaker():
    texts = [
        "Bernie Sanders and Hillary Clinton debated.",
        "“Almost all new income is going to the top 1 percent.”",
        "- Bernie Sanders.",
        "“We will win this,” ― Hillary Clinton.",
    ]
    assert speakers_of(*texts) == [[], ["Bernie Sanders"], ["Bernie Sanders"], ["Hillary Clinton"]]


def test_a_speaker_the_lead_describes_is_named_after_boilerplate_too():
    texts = [
        "Share this page",
        "The plot of the bestseller is laughable, a clergyman has said.",
        "The Bishop of Durham, Tom Wright, said the book was absurd.",
    ]
    facts = enrich(texts, ["boilerplate", "body", "body"], None)
    assert [f["speakers"] for f in facts] == [[], ["Tom Wright"], ["Tom Wright"]]


def test_a_body_s_head_word_in_lower_case_is_the_one_body_the_source_names():
    texts = [
        "The Labor Department issued new overtime rules.",
        "According to the department, nine million workers will be protected.",
        "The company said it would comply.",
    ]
    assert speakers_of(*texts) == [[], ["Labor Department"], []]


def test_a_headline_gives_the_names_the_body_or_the_word_lists_vouch_for():
    texts = ["Bernie Sanders Pins Hopes On Iowa", "Sen. Bernie Sanders campaigned in Des Moines on Monday."]
    facts = enrich(texts, ["headline", "body"], "2016-01-20")
    assert facts[0]["places"] == ["Iowa"]
    # "Bernie Sanders Pins Hopes" is the body's Bernie Sanders and the headline's words after him.
    assert facts[0]["people"] == ["Bernie Sanders"]
    # An interview's body says "you": a common first name and a surname alone are the person.
    texts = ["Wikinews interviews Marcus Lindqvist, presidential candidate", "Why run for president?"]
    assert enrich(texts, ["headline", "body"], "2012-03-15")[0]["people"] == ["Marcus Lindqvist"]
    for headline in ("Fans queue for Ray DVD", "Police arrest Bernie Supporter"):
        assert enrich([headline, "Sales fell."], ["headline", "body"], "2012-03-15")[0]["people"] == []


def test_a_title_case_headline_names_whom_the_body_names_in_full_inside_its_words():
    # "Hillary Clinton Wins Missouri Democratic Primary" is one run of capitals, no one's name.
    texts = ["Hillary Clinton Wins Missouri Democratic Primary.", "Hillary Clinton won in Missouri."]
    assert enrich(texts, ["headline", "body"], "2016-03-16")[0]["people"] == ["Hillary Clinton"]
    texts = ["The Unhappy Campaign Of Paul Manafort.", "Paul Manafort ran the campaign."]
    assert enrich(texts, ["headline", "body"], "2016-08-17")[0]["people"] == ["Paul Manafort"]
    # The body's surname alone vouches for no word of the headline.
    texts = ["Clinton Wins Missouri Primary.", "Mrs Clinton won the primary."]
    assert enrich(texts, ["headline", "body"], "2016-03-16")[0]["people"] == []


def test_an_acronym_defined_after_lower_case_words_is_a_term_but_not_after_a_name():
    texts = [
        "The library runs digital humanities (DH) clinics, and DH staff teach there.",
        "Mothers Against Drunk Driving (MADD) said MADD would campaign.",
    ]
    facts = enrich(texts, ["body", "body"], None)
    # Spelled out by capitalised words, the body goes by them, as it does by a name a list types.
    assert facts[0]["organisations"] == [] and facts[1]["organisations"] == ["Mothers Against Drunk Driving"]


def test_an_acronym_spelled_out_in_capitalised_common_words_is_a_term_unless_it_acts():
    texts = [
        "Errors go into a System Under Test (SUT) for Geographic Information Systems (GIS).",
        "We mutate the SUT and two GIS applications, as in the Digital Humanities and DH.",
        "Scholars of the Digital Humanities met.",
        "Developers Sports Interactive (SI) split from Eidos. SI kept the code and SI developed it.",
        "Swansea Unite Against Fascism (UAF) is meeting. UAF is planning a protest.",
        "The Office of the Deputy Prime Minister (ODPM) agrees. ODPM is to spend more.",
        "They starred in Cry Wolf, and later on the CW.",
        # Spelled out after it, or in lower case with small words between.
        "Ants die when ingesting ROS [Reactive Oxygen Species, chemicals] or SMOS data.",
        "They launched the soil moisture and ocean salinity (SMOS) satellite.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    organisations = [f["organisations"] for f in facts]
    office = "Office of the Deputy Prime Minister"
    assert organisations == [[], [], [], ["SI"], ["UAF"], [office], ["CW"], [], []]


def test_subjects_behind_long_bodies_opening_phrases_and_party_tags():
    texts = [
        "Claire McCaskill, Bernie Sanders, Mitch McConnell, David Albright and Jeffrey Lewis spoke.",
        "“It is a stretch,” Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote.",
        "On Tuesday, Mr. McConnell deflected questions about Mr. Trump before saying, “It is time.”",
        "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders has pushed her.",
        "In a letter, Sanders rips the agreement. Later, Mr. Sanders talked about the debt.",
        "“It is hard,” David Albright and Claire McCaskill of the Institute for Science wrote.",
    ]
    assert speakers_of(*texts)[1:] == [
        ["Jeffrey Lewis"],
        ["Mitch McConnell"],
        ["Claire McCaskill"],
        ["Bernie Sanders"],
        ["David Albright", "Claire McCaskill"],
    ]


def test_newspapers_and_stations_are_bodies_and_their_head_word_alone_is_none():
    texts = [
        "The Wall Street Journal reported the deal, and Wyoming Public Radio aired it.",
        "The radio and the journal said nothing more.",
    ]
    facts = enrich(texts, ["body", "body"], None)
    assert facts[0]["organisations"] == ["Wall Street Journal", "Wyoming Public Radio"]
    assert facts[0]["speakers"] == ["Wall Street Journal"]
    assert facts[1]["organisations"] == []


def test_and_divides_two_bodies_but_not_one_body_s_name():
    assert kinds("He wrote for the New York Times and ABC News.") == [
        ("New York Times", ORGANISATION),
        ("ABC News", ORGANISATION),
    ]
    assert kinds("She taught at the University of California and Columbia University.") == [
        ("University of California", ORGANISATION),
        ("Columbia University", ORGANISATION),
    ]
    assert kinds("the Department of Health and Social Care said") == [
        ("Department of Health and Social Care", ORGANISATION)
    ]
    assert kinds("the Inspectorate of Constabulary and Fire & Rescue Services found") == [
        ("Inspectorate of Constabulary and Fire & Rescue Services", ORGANISATION)
    ]


def test_an_office_names_the_place_or_body_it_is_of_not_a_body_of_its_own():
    texts = [
        "Bob McDonnell has served as Governor of Virginia.",
        "The President of the European Commission met the Secretary of State.",
    ]
    facts = enrich(texts, ["body", "body"], "2013-10-01")
    assert (facts[0]["places"], facts[0]["organisations"]) == (["Virginia"], [])
    assert (facts[1]["places"], facts[1]["organisations"]) == ([], ["European Commission"])


def test_a_code_of_letters_and_digits_is_no_name_but_a_road_s_number_is_a_place():
    assert kinds("drive on US-75 or I-44 to the COVID-19 ward in Tulsa.") == [
        ("US-75", PLACE),
        ("I-44", PLACE),
        ("Tulsa", PLACE),
    ]


def test_a_state_abbreviated_after_a_city_is_the_state():
    facts = enrich(
        ["The bank, based in Kalamazoo, Mich., opened in Newark, N.J. She went to Mass. on Sunday."],
        ["body"],
        "1998-02-13",
    )
    assert facts[0]["places"] == ["Kalamazoo Michigan", "Michigan", "Newark New Jersey", "New Jersey"]


def test_a_first_name_before_a_surname_that_closes_places_is_a_person():
    assert kinds("Fiona Hill said it near Hudson River Park, the Ozark Plateau and Victoria Park.") == [
        ("Fiona Hill", PERSON),
        ("Hudson River Park", PLACE),
        ("Ozark Plateau", PLACE),
        ("Victoria Park", PLACE),
    ]


def test_a_participle_opening_a_sentence_is_no_part_of_the_name_after_it():
    assert kinds("Considering Socotra is far, plan ahead. The Evening Standard said so.") == [
        ("Socotra", "unknown"),
        ("Evening Standard", ORGANISATION),
    ]


def test_initials_of_things_are_no_bodies():
    assert kinds("they found DNA on a TV set as GDP fell, the FBI said.") == [("FBI", ORGANISATION)]
    # Computing, broadcasting, offices and honours: things and titles, not bodies.
    text = "The PM, an MP and a QC with an OBE sent MMS and RSS over GPRS to a PC, a CD and an ID card."
    assert kinds(text) == []
    # Meetings, light and the pound's old peg.
    assert kinds("At the AGM and an EGM, UV lamps and the ERM were discussed.") == []


def test_a_word_no_list_knows_that_has_a_spokesperson_is_a_body():
    texts = [
        "Bellingcat said the ship had been seized.",
        "“We will appeal,” a Bellingcat spokesman said, as a Conservative spokeswoman looked on.",
    ]
    facts = enrich(texts, ["body", "body"], "2013-10-01")
    # "Conservative" is no body of its own: the party the table knows, whose spokeswoman she is.
    assert [f["organisations"] for f in facts] == [["Bellingcat"], ["Bellingcat", "Conservative Party"]]


def test_one_name_after_a_title_is_a_person():
    texts = [
        "King Abdullah of Jordan met Queen Elizabeth and Chairman Mao, then Ghazi al-Gosaibi.",
        "President George W Bush said the Queen and Duke of Edinburgh were promoted to Major General.",
    ]
    facts = enrich(texts, ["body", "body"], "2004-10-01")
    assert facts[0]["people"] == ["King Abdullah", "Queen Elizabeth", "Mao", "Ghazi al-Gosaibi"]
    assert facts[0]["places"] == ["Jordan"]
    assert (facts[1]["people"], facts[1]["places"]) == (["George W Bush"], ["Edinburgh"])


def test_a_title_inside_a_quotation_makes_no_holder():
    texts = [
        "“He is running harder against President Obama and me,” the former president said.",
        "Bill Clinton, the former president, spoke in Brooklyn.",
    ]
    facts = enrich(texts, ["body", "body"], "2016-04-11")
    assert facts[0]["people"] == []


def test_the_place_a_titled_person_is_of_is_a_place():
    facts = enrich(
        ["Ambassador Stefan Johannesson of Iceland and Mr Skeens of Brownsville spoke."],
        ["body"],
        "2004-10-01",
    )
    assert (facts[0]["people"], facts[0]["places"]) == (
        ["Stefan Johannesson", "Skeens"],
        ["Iceland", "Brownsville"],
    )


def test_a_surname_after_an_honorific_is_a_person():
    texts = [
        "Pranab Mukherjee met Lord Woolf. Sir Sadiq and Mr Mukerjee spoke.",
        "She denies he is Mr Blunkett's.",
    ]
    facts = enrich(texts, ["body", "body"], "2004-10-01")
    assert [f["people"] for f in facts] == [["Pranab Mukherjee", "Woolf"], ["Blunkett"]]


def test_an_adverb_or_a_participle_opening_a_sentence_is_no_part_of_a_name():
    text = (
        "Eventually Asimo walked. Moving the Six Nations, Perhaps Robinson said. "
        "Spring Hill is in the Daily Kos."
    )
    assert kinds(text) == [
        ("Asimo", "unknown"),
        ("Robinson", "unknown"),
        ("Spring Hill", PERSON),
        ("Daily Kos", "unknown"),
    ]


def test_a_body_s_first_word_alone_is_the_body_the_source_names():
    texts = [
        "He studied at Harvard University, and Dwain Chambers ran for the Foreign Office.",
        "He returned to teach at Harvard; Dwain and the Foreign Secretary did not.",
    ]
    facts = enrich(texts, ["body", "body"], "2004-10-01")
    assert (facts[0]["people"], facts[0]["organisations"]) == (
        ["Dwain Chambers"],
        ["Harvard University", "Foreign Office"],
    )
    assert facts[1]["organisations"] == ["Harvard University"]


def test_a_qualified_title_after_a_body_leaves_the_body():
    texts = ["Our NASA Administrator, Bill Nelson, met the FBI Assistant Director Bob Jones."]
    facts = enrich(texts, ["body"], "2021-12-01")
    assert (facts[0]["people"], facts[0]["organisations"]) == (["Bill Nelson", "Bob Jones"], ["NASA", "FBI"])


def test_buildings_close_places_and_a_first_name_that_is_a_head_opens_none():
    text = "They saw the Bay Bridge, the Vvedenskoye Cemetery and the Kodak Theatre with Fiona Hill."
    assert kinds(text) == [
        ("Bay Bridge", PLACE),
        ("Vvedenskoye Cemetery", PLACE),
        ("Kodak Theatre", PLACE),
        ("Fiona Hill", PERSON),
    ]


def test_a_title_word_after_a_full_name_is_a_title_unless_a_common_surname():
    texts = [
        "Speaker Nancy Pelosi backed the George Floyd Justice in Policing Act with Martin Luther King "
        "and Tom Judge at the Office of the Mayor."
    ]
    facts = enrich(texts, ["body"], "2021-03-03")
    assert facts[0]["people"] == ["Nancy Pelosi", "George Floyd", "Martin Luther King", "Tom Judge"]
    assert facts[0]["organisations"] == ["Office of the Mayor"]


def test_a_word_after_mr_or_dr_is_a_surname_but_mr_president_is_a_title():
    texts = ["Ms. Goldsmith met Mr Baker and Dr Fisher, then told Mr President and Mr Speaker."]
    facts = enrich(texts, ["body"], "2022-10-12")
    assert facts[0]["people"] == ["Goldsmith", "Baker", "Fisher"]


def test_a_first_name_after_mr_or_mrs_is_a_surname():
    texts = ["Mr. Kelly, who acts for the appellants, spoke after Mrs Howard and Sir Mark."]
    facts = enrich(texts, ["body"], "2022-10-12")
    assert facts[0]["people"] == ["Kelly", "Howard"]


def test_a_greeting_is_no_part_of_the_name_it_greets():
    assert [m.text for m in find_mentions("They say, 'Hey Frank,' or 'Hello Mary Smith.'")] == [
        "Frank",
        "Mary Smith",
    ]


def test_a_common_first_name_alone_is_a_person_unless_the_source_writes_it_as_a_thing():
    texts = [
        "People say, 'Hey Frank,' and I answer. Then Max started playing with Nissan and Jack.",
        "Oscar hopefuls lined up. She won an Oscar for it, and went to Jack's Snooker Hall.",
    ]
    facts = enrich(texts, ["body", "body"], "2007-10-03")
    # Nissan is no common first name; Oscar is written as a thing; Jack's names a hall.
    assert [f["people"] for f in facts] == [["Frank", "Max", "Jack"], []]


def test_names_in_latin_letters_beyond_latin_1_are_whole():
    texts = ["Simon Ličen flew from Łódź to meet Recep Erdoğan in Košice."]
    facts = enrich(texts, ["body"], "2012-05-01")
    assert (facts[0]["people"], facts[0]["places"]) == (["Simon Ličen", "Recep Erdoğan"], ["Łódź", "Košice"])


def test_a_place_named_after_someone_keeps_the_honorific_and_the_fort():
    texts = [
        "Flights to Imam Khomeini International Airport and the Sheikh Lotfollah Mosque resumed, "
        "Dame Barbara Castle said at Fort Lee Historic Park."
    ]
    facts = enrich(texts, ["body"], "2005-03-01")
    assert (facts[0]["people"], facts[0]["places"]) == (
        ["Barbara Castle"],
        ["Imam Khomeini International Airport", "Sheikh Lotfollah Mosque", "Fort Lee Historic Park"],
    )


def test_a_word_after_a_title_of_office_is_a_surname_when_the_source_never_writes_it_so():
    texts = [
        "President Bush met President Ford at General Electric, and the Criminal Justice Bill passed.",
        "Fans of King Crimson cheered.",
        "Vice President Ford will be sworn in, as Prime Minister Major was.",
    ]
    facts = enrich(texts, ["body", "body", "body"], "2004-10-01")
    assert [f["people"] for f in facts] == [["Bush", "Ford"], [], ["Ford", "Major"]]


def test_a_saint_s_place_is_a_place_however_saint_is_written():
    texts = ["He moved from St Petersburg to St. Louis, then played at St Andrews and Saint Helena."]
    facts = enrich(texts, ["body"], "2005-01-10")
    assert (facts[0]["people"], facts[0]["places"]) == (
        [],
        ["St Petersburg", "St. Louis", "St Andrews", "Saint Helena"],  # as the source writes it
    )


def test_a_saint_s_name_before_a_first_name_and_a_mount_s_full_stop_stay_in_the_name():
    texts = [
        "Newcastle lost at St James Park. Nurses at St. Thomas Hospital climbed Mt. Everest from Ft. Worth."
    ]
    facts = enrich(texts, ["body"], "2005-01-10")
    assert (facts[0]["people"], facts[0]["organisations"], facts[0]["places"]) == (
        [],
        ["Newcastle", "St. Thomas Hospital"],  # a town that loses a match is its club
        ["St James Park", "Mt. Everest", "Ft. Worth"],
    )


def test_a_name_alone_in_a_subhead_is_a_person_of_the_source():
    texts = [
        "Thierry Poibeau",
        "Matt Lucas & David Walliams",
        "Poibeau wrote it with Lucas, and Phil Fear (WRU) agreed.",
    ]
    facts = enrich(texts, ["subhead", "subhead", "body"], "2019-06-01")
    # Two names joined are no one's longer form: "Lucas" stays a first name alone here.
    people = [f["people"] for f in facts]
    assert people == [["Thierry Poibeau"], [], ["Thierry Poibeau", "Lucas", "Phil Fear"]]
    assert facts[2]["organisations"] == ["WRU"]


def test_a_word_no_list_knows_is_a_place_when_the_source_puts_things_in_it():
    texts = [
        "The ferry docked in Hadibo on Sunday, near Svendborg.",
        "Foreigners may trade in Gazprom shares, and she made her debut in Kisna; in Olympic pools.",
        # A town's name that is a rare first name is the town; a common one stays a name.
        "The Games took place in Olympia; the trust in Ashley Cole was gone.",
        "Venues were spread throughout Attica; Coron was unknown outside of Palawan.",
    ]
    facts = enrich(texts, ["body"] * len(texts), "2015-06-01")
    assert [f["places"] for f in facts] == [["Hadibo", "Svendborg"], [], ["Olympia"], ["Attica", "Palawan"]]


def test_a_word_no_list_knows_that_people_tell_things_to_is_a_body():
    texts = ["Jane Smith told Wikinews, according to Gartner, that she had told MPs and told Frank."]
    facts = enrich(texts, ["body"], "2007-10-03")
    assert facts[0]["organisations"] == ["Wikinews", "Gartner"]


def test_a_word_after_a_capital_the_that_people_tell_or_write_for_is_a_publication():
    texts = [
        "The Almanac: an interview",
        "She was a writer for The Almanac, and told The Ledger so; The Almanac has grown.",
        "He wrote about the almanac and the ledger at the Fair, in The Harvest.",
    ]
    facts = enrich(texts, ["headline", "body", "body"], "2016-10-03")
    assert [f["organisations"] for f in facts] == [["Almanac"], ["Almanac", "Ledger"], []]


def test_a_headline_and_speaking_to_say_whom_a_source_tells_things_to():
    texts = [
        "Biologist Nick Bos tells Wikinews about ants",
        "He works at Wikinews's favourite lab. He talked to Quantcast and spoke to Putin.",
    ]
    facts = enrich(texts, ["headline", "body"], "2016-10-03")
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Nick Bos"], ["Wikinews"]),
        (["Putin"], ["Wikinews", "Quantcast"]),
    ]


def test_a_word_no_list_knows_that_interviews_is_a_body_unless_a_name_goes_before():
    texts = [
        "Ericsson spoke to 1,000 users.",
        "Jack Herrick interviewed Kowalczyk, Herrick said.",
        # A sentence's last word before is no name: "States." does not make Wikinews a person.
        "It is Magic Month in the United States. Wikinews spoke with William Evans.",
    ]
    facts = enrich(texts, ["body", "body", "body"], "2007-10-03")
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Ericsson"]),
        (["Jack Herrick"], []),
        (["William Evans"], ["Wikinews"]),
    ]


def test_recurring_bodies_without_a_head_word_come_from_the_table():
    texts = [
        "Ofcom fined the site, Interpol issued a notice and Snapchat removed the account.",
        "Greenpeace and Amnesty International protested; the Red Cross and Barnardo's sent staff.",
    ]
    facts = enrich(texts, ["body", "body"], "2024-03-01")
    assert [f["organisations"] for f in facts] == [
        ["Ofcom", "Interpol", "Snapchat"],
        ["Greenpeace", "Amnesty International", "Red Cross", "Barnardo's"],
    ]
    assert [f["people"] for f in facts] == [[], []]


def test_the_world_s_large_firms_news_names_by_one_word_come_from_the_table():
    texts = [
        "Analysts repeat their buy on Aegon after results.",
        "An explosion at Repsol's Puertollano refinery killed four workers.",
        # A firm named like a person is the table's firm; the source's full name is the table's.
        "Prosecutors said executives of Philip Morris met in 1953; Hoechst AG did not.",
    ]
    facts = enrich(texts, ["body"] * 3, "2024-03-01")
    assert [f["organisations"] for f in facts] == [["Aegon"], ["Repsol"], ["Philip Morris", "Hoechst"]]
    assert [f["people"] for f in facts] == [[], [], []]


def test_the_table_names_no_firm_by_a_word_a_place_or_a_first_name_it_shares_with_others():
    # "Shell", "Total", "Delta" and "Zurich" are words or places first; "Mitsubishi" names
    # a dozen firms of one group, so its firms keep their own names; "Saab" would cut
    # "Saab-Scania AB" at its hyphen into a firm and a place.
    assert not {"shell", "total", "delta", "zurich", "mitsubishi", "saab"} & organisations().keys()
    facts = enrich(["Saab-Scania AB of Sweden won the contract."], ["body"], None)[0]
    assert (facts["organisations"], facts["places"]) == (["Saab-Scania AB"], ["Sweden"])


def test_firms_parties_and_a_body_opened_by_an_arabic_article_come_from_the_table():
    texts = [
        "Boeing and Airbnb said so; al-Qaeda did not, and Morgan Stanley agreed.",
        # Firms and clubs named like people: their table names, however the source spells them.
        "Deutsche Boerse bid for it, Fannie Mae and Man Utd did not.",
        # A firm's legal form with its full stop ends a body's name ("Ford Motor Co." had been a person).
        "Ford Motor Co. and Apple Inc. hired; the Corp. did not.",
        # Whose body it is names no one with it ("the Obama White House"); a PAC is a body.
        "Aides in the Obama White House met Hillary PAC donors.",
        # Some outlets write a party's head in lower case; a party the table does not know stays out.
        "My ties to the Republican party date back to 1979, unlike the Eurosceptic party's.",
    ]
    facts = enrich(texts, ["body"] * 5, "2024-03-01")
    assert [f["organisations"] for f in facts] == [
        ["Boeing", "Airbnb", "al-Qaeda", "Morgan Stanley"],
        ["Deutsche Börse", "Fannie Mae", "Manchester United"],
        ["Ford Motor Co", "Apple"],
        ["White House", "Hillary PAC"],
        ["Republican Party"],
    ]
    assert [f["people"] for f in facts] == [[], [], [], [], []]


def test_armed_forces_are_bodies_and_the_army_alone_is_the_one_the_source_names():
    texts = [
        "He served in the Continental Army, the Royal Navy and the Corps of Engineers.",
        "The Army said so, and an army marched.",
    ]
    facts = enrich(texts, ["body", "body"], "1779-10-09")
    assert [f["organisations"] for f in facts] == [
        ["Continental Army", "Royal Navy", "Corps of Engineers"],
        ["Continental Army"],
    ]
    assert enrich(["The Army said so."], ["body"], None)[0]["organisations"] == []


def test_a_head_word_that_opens_a_foreign_body_s_name_makes_it_a_body():
    texts = [
        "She studied at the Conservatoire de Paris and the Vrije Universiteit Amsterdam.",
        "Banco Santander and the Institut Pasteur said so; Agence France Presse reported it.",
    ]
    facts = enrich(texts, ["body", "body"], None)
    assert [f["organisations"] for f in facts] == [
        ["Conservatoire de Paris", "Vrije Universiteit Amsterdam"],
        ["Banco Santander", "Institut Pasteur", "Agence France-Presse"],
    ]
    assert [f["people"] for f in facts] == [[], []]


def test_a_club_named_by_its_town_is_a_body_and_its_plural_alone_too():
    texts = [
        "He left the Pittsburgh Pirates for the Boston Red Sox and Tampa Bay Rays; Indiana Jones watched.",
        "Bristol Rovers want him. On Thursday Rovers said they would not raise the offer.",
    ]
    facts = enrich(texts, ["body", "body"], "2005-01-10")
    assert facts[0]["organisations"] == ["Pittsburgh Pirates", "Boston Red Sox", "Tampa Bay Rays"]
    assert facts[0]["people"] == ["Indiana Jones"]
    assert (facts[1]["organisations"], facts[1]["speakers"]) == (["Bristol Rovers"], ["Bristol Rovers"])
    # A club, then the league it plays in: two bodies, not one.
    texts = [
        "He left the Boston Red Sox of Major League Baseball for the Seattle Mariners of the American League"
    ]
    assert enrich(texts, ["body"], "2019-06-01")[0]["organisations"] == [
        "Boston Red Sox",
        "Major League Baseball",
        "Seattle Mariners",
        "American League",
    ]


def test_a_place_named_inside_a_body_s_name_is_a_place_too():
    texts = [
        "She studied at the University of Chicago and wrote for the New York Times.",
        "Officers of Greater Manchester Police met the Bank of America's staff.",
        "Bayern Munich 0 Hamburg 1. Sparta Prague drew. Atlantic Lottery Corporation and Toyota Motor paid.",
        "George Washington University, Reading Football Club, Wells Fargo, Sale Sharks and Hansa"
        " Rostock replied.",
    ]
    facts = [found[0] for found in enrich_sources([([text], ["body"], "2021-03-01") for text in texts])]
    # GUM's labels, the issue's, name a place inside another name: "Pittsburgh" of "Pittsburgh Pirates".
    assert [f["places"] for f in facts] == [
        ["Chicago", "New York"],
        ["Greater Manchester", "United States"],
        # A club named by two places names neither; a sea before a firm's word is no place, nor
        # a town's name a body goes by ("Toyota").
        ["Munich"],
        # A person's name is no place's; nor a word of the dictionary a town also is, nor a
        # town after another of the name's words but a city ("Munich") or a country.
        [],
    ]


def test_a_person_a_bridge_or_a_university_is_named_for_is_named_too():
    texts = [
        "Traffic on the George Washington Bridge slowed; crowds filled Jack London Square.",
        "The Ronald Reagan Building and the James Marshall Hendrix Foundation wrote to Johns Hopkins"
        " University.",
        "Charles Schwab Corp, the Al Wakrah Stadium and the Martin Luther King Jr. Memorial.",
    ]
    facts = [found[0] for found in enrich_sources([([text], ["body"], "2022-07-12") for text in texts])]
    assert [f["people"] for f in facts] == [
        ["George Washington", "Jack London"],
        ["Ronald Reagan", "James Marshall Hendrix"],  # "Johns" is no first name
        # A firm's founder stays the firm's; "Al" is the Arabic article; a generation runs on.
        [],
    ]


def test_a_town_is_its_club_where_it_plays_or_employs_but_a_country_stays_a_place():
    texts = [
        "Chelsea beat Bolton 2-1, and Leicester boss Micky Adams joined Wigan's fans in Wigan.",
        "England beat Wales. The shooting in Orlando drew rebukes.",
    ]
    facts = enrich(texts, ["body", "body"], "2005-01-10")
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Chelsea", "Bolton", "Leicester", "Wigan"], ["Wigan"]),
        ([], ["England", "Wales", "Orlando"]),
    ]


def test_a_town_is_its_club_in_a_fixture_after_a_loss_and_with_a_side_s_plural_verb():
    texts = [
        "Newcastle v Tottenham. Arsenal lost to Bolton. He said that Liverpool have little chance.",
        "Leeds and York are cities. The rivers of central Arizona were dammed. Liverpool is a city.",
        "England have won. Sunderland were relegated.",
        "He joined the Bath side. Chelsea beat rivals Blackburn. Fort Lee is on the New Jersey side of it.",
    ]
    # Each its own source: a name one of them has play as a side is the side throughout it.
    facts = [found[0] for found in enrich_sources([([text], ["body"], "2005-01-10") for text in texts])]
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Newcastle", "Tottenham", "Arsenal", "Bolton", "Liverpool"], []),
        ([], ["Leeds", "York", "Arizona", "Liverpool"]),
        (["Sunderland"], ["England"]),
        (["Bath", "Chelsea", "Blackburn"], ["Fort Lee", "New Jersey"]),
    ]


def test_a_church_as_a_body_and_a_place_s_party_members_and_common_initials():
    assert kinds("The Catholic Church and the Church of England met at Lambeth Palace.") == [
        ("Catholic Church", ORGANISATION),
        ("Church of England", ORGANISATION),
        ("Lambeth Palace", PLACE),
    ]
    assert kinds("The Ohio Republicans walked the Yorkshire Dales.") == [
        ("Ohio", PLACE),
        ("Yorkshire Dales", PLACE),
    ]
    # Currencies, eras, "OK" and Roman numerals are no body's initials.
    assert kinds("It cost 20 USD in 300 BC, OK, as section IV says.") == []


def test_a_label_before_a_handle_a_name_after_a_possessive_and_an_opening_phrase_speak_not():
    assert speakers_of(
        "“She knows what it takes,” said Ms. Warren, long a target of Mr. Trump's Twitter attacks.",
        "Twitter: @Milbank.",
        "In his first YouTube videos, Santilli wears a suit and tie, pointing to bottles and "
        "telling viewers that syrup is “destroying America.”",
    ) == [["Warren"], [], ["Santilli"]]


def test_words_no_list_knows_are_a_place_when_the_source_puts_things_in_them():
    texts = ["Aid reached villages in Tamil Nadu and near Kentish Town; Ann Lee was held in Woodhill Prison."]
    facts = enrich(texts, ["body"], "2005-01-10")
    assert (facts[0]["places"], facts[0]["people"]) == (
        ["Tamil Nadu", "Kentish Town", "Woodhill Prison"],
        ["Ann Lee"],
    )


def test_a_word_no_list_knows_is_a_person_when_the_source_gives_it_a_life():
    texts = [
        "Critics praised Warhol's paintings, and a year later Warhol died; then Mitsubishi's profits rose."
    ]
    facts = enrich(texts, ["body"], "1988-01-10")
    assert facts[0]["people"] == ["Warhol"]


def test_streets_by_their_abbreviations_a_place_s_title_and_a_country_in_capitals_speak_not():
    assert kinds("He lives on Detroit Ave, off Bergen Blvd, near Inwood Terrace.") == [
        ("Detroit Ave", PLACE),
        ("Bergen Blvd", PLACE),
        ("Inwood Terrace", PLACE),
    ]
    # The state whose governor it is, and no one named "Virginia Governor".
    assert kinds("The Virginia Governor spoke.") == [("Virginia", PLACE)]
    # "Uk" is a first name somewhere, but a country in capitals speaks for no one.
    assert speakers_of("UK pledges £1bn to vaccine effort", "The UK said it would pay.") == [[], []]


def test_initials_the_source_writes_in_the_plural_are_things_and_a_surname_in_capitals_a_person():
    texts = [
        "ALEX PADILLA spoke first; PADILLA sat down.",
        "The CFL bulb failed, since CFLs contain mercury, the FBI said; COVID spread.",
    ]
    facts = enrich(texts, ["body", "body"], "2021-01-20")
    assert facts[0]["people"] == ["ALEX PADILLA"]
    assert (facts[0]["organisations"], facts[1]["organisations"]) == ([], ["FBI"])


def test_initials_written_mostly_after_an_amount_are_a_unit_or_a_currency():
    texts = [
        "The plant makes 4,200 MW; a second adds 100 MW, the CEGB said.",
        "A visa costs 25 CUC, a stamp 10 CUC, and the tax is CUC 25 at the airport.",
        # After a year, initials are still a body's: "the 2012 GOP primary".
        "The 2012 GOP primary ended; the GOP then chose its nominee.",
    ]
    facts = enrich(texts, ["body"] * len(texts), "2016-01-20")
    assert [f["organisations"] for f in facts] == [["CEGB"], [], ["Republican Party"]]


def test_a_word_no_list_knows_with_a_reporter_or_an_official_is_a_body():
    texts = ["Juventus won, a Juventus official said, and a Newsnight reporter asked Ann Lee."]
    facts = enrich(texts, ["body"], "2005-01-10")
    assert facts[0]["organisations"] == ["Juventus", "Newsnight"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # After an article or a possessive, a weekday opens a paper's or a broadcast's name.
        ("He told the Sunday Times that he would stand.", [("Sunday Times", ORGANISATION)]),
        ("The Sunday Telegraph reported the deal.", [("Sunday Telegraph", ORGANISATION)]),
        ("A report in the Sunday Business claimed it.", [("Sunday Business", ORGANISATION)]),
        # Elsewhere it is a day, and no part of the name after it.
        ("On Sunday Mr Blair said he would go.", [("Blair", PERSON)]),
        ("The Times reported the deal.", [("Times", ORGANISATION)]),
    ],
)
def test_a_weekday_after_an_article_opens_a_paper_s_name(text, names):
    assert kinds(text) == names


def test_a_surname_that_is_a_town_s_name_too_is_the_person_the_source_names():
    texts = [
        "Paula Radcliffe won in New York, and James Ireland will play for the Dragons.",
        "Radcliffe said she was delighted.",
        "Her coach flew to Radcliffe on Monday.",
        "The majority of Ireland and Scotland players were rested.",
        "George Washington chose the site.",
        "The plan for Washington, D.C. was drawn in 1791.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [(f["people"], f["places"]) for f in facts[1:4]] == [
        (["Paula Radcliffe"], []),
        ([], ["Radcliffe"]),  # put somewhere, it is the town
        ([], ["Ireland", "Scotland"]),  # beside another place
    ]
    assert (facts[5]["people"], facts[5]["places"]) == ([], ["Washington D.C."])  # initials after it


def test_a_town_s_name_is_the_surname_of_someone_the_source_titles_whatever_their_first_name():
    texts = [
        "Communications Minister Dayanidhi Maran visited. Mr Adamu Bello spoke too.",
        "Maran said funds were needed, and Bello agreed.",
        "HealthSpace Cleveland opened. Cleveland is a city on Lake Erie.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert (facts[1]["people"], facts[1]["places"]) == (["Dayanidhi Maran", "Adamu Bello"], [])
    assert "Cleveland" in facts[2]["places"]  # a brand's name before a town's names no one


def test_a_town_s_name_after_a_preposition_is_the_person_when_who_follows():
    texts = [
        "Sen. Elizabeth Warren spoke on Friday.",
        "They hope for a stamp of approval from Warren, who is very popular.",
        "He moved to Warren, which is in Michigan.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert (facts[1]["people"], facts[1]["places"]) == (["Elizabeth Warren"], [])
    assert (facts[2]["people"], facts[2]["places"]) == ([], ["Warren", "Michigan"])


def test_a_pair_named_for_a_place_is_a_club_or_a_branch_and_no_person():
    texts = [
        "Real Madrid beat Lycos Europe in a charity match.",
        "Merrick Garland and Hayao Miyazaki met them.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == []
    assert facts[1]["people"] == ["Merrick Garland", "Hayao Miyazaki"]


def test_a_town_s_name_that_opens_a_sentence_as_a_common_word_is_no_place():
    texts = ["Mobile phone firms cut prices.", "Sales of mobile handsets rose in Mobile, Alabama."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == []
    assert "Mobile Alabama" in facts[1]["places"]


def test_us_in_capitals_is_the_country_and_opens_no_body_s_name():
    # "us" is a function word; "US" in capitals is a country, as "U.S." and "UK" are.
    assert kinds("The site is the most popular in the US.") == [("US", PLACE)]
    assert kinds("The US Supreme Court ruled, as the U.S. Department of Energy did.") == [
        ("US", PLACE),
        ("Supreme Court", ORGANISATION),
        ("U.S.", PLACE),
        ("Department of Energy", ORGANISATION),
    ]
    # A country's initials before one dictionary word name a body; a body in the table stays whole.
    assert kinds("UK Athletics and the UK Independence Party") == [
        ("UK Athletics", ORGANISATION),
        ("UK Independence Party", ORGANISATION),
    ]
    facts = enrich(["US officials met Tony Blair."], ["body"], "2004-10-01")
    assert facts[0]["places"] == ["United States"]


def test_a_dictionary_word_before_a_title_is_the_title_s_not_a_name():
    facts = enrich(["UK Prime Minister Tony Blair met UK Foreign Secretary Jack Straw."], ["body"], None)
    assert (facts[0]["people"], facts[0]["places"]) == (["Tony Blair", "Jack Straw"], ["United Kingdom"])
    assert kinds("Joe Clark, your United States Senator, spoke.") == [
        ("Joe Clark", PERSON),
        ("United States", PLACE),
    ]


def test_no_one_s_name_holds_for():
    facts = enrich(
        [
            "It was not an Oscar night for Britain.",
            "The best actress Oscar for Hilary Swank, and a prize for Philippe Torreton for L'Equipier.",
        ],
        ["body", "body"],
        None,
    )
    assert facts[1]["people"] == ["Hilary Swank", "Philippe Torreton"]
    assert kinds("the Vienna Centre for Disarmament") == [("Vienna Centre for Disarmament", ORGANISATION)]


def test_a_town_s_name_is_the_surname_of_someone_the_source_names_by_a_rarer_first_name():
    texts = [
        "Swank praised her director, Clint Eastwood.",
        "Critics expect a close fight between Eastwood and Martin Scorsese.",
        "Said Wales coach Mike Ruddock: “We were good.”",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert (facts[1]["people"], facts[1]["places"]) == (["Clint Eastwood", "Martin Scorsese"], [])
    assert "Wales" in facts[2]["places"]  # "Said" is a first name, and a word: no "Said Wales"


def test_a_dictionary_word_opens_a_person_s_name_only_as_a_first_name_known_here():
    texts = [
        "He told BBC Radio Five Live and the BBC programme Go Digital about Cairn Energy.",
        "Will Smith, Roman Abramovich and Clay Miller were there.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == []
    assert facts[1]["people"] == ["Will Smith", "Roman Abramovich", "Clay Miller"]


def test_company_head_words_end_bodies_not_people():
    text = (
        "Sun Microsystems, Daiwa Securities and Warner Bros backed"
        " the Entertainment and Leisure Software Publishers Association."
    )
    facts = enrich([text], ["body"], None)
    assert facts[0]["people"] == []
    assert facts[0]["organisations"] == [
        "Sun Microsystems",
        "Daiwa Securities",
        "Warner Bros",
        "Entertainment and Leisure Software Publishers Association",
    ]


def test_a_body_s_name_goes_on_past_of_and_its_branch_in_a_country_is_the_body():
    assert kinds("Royal Bank of Scotland shares rose, the London School of Economics said.") == [
        ("Royal Bank of Scotland", ORGANISATION),
        ("London School of Economics", ORGANISATION),
    ]
    assert kinds("He led the Institute of History and Philology of Academia Sinica.") == [
        ("Institute of History and Philology of Academia Sinica", ORGANISATION)
    ]
    assert kinds("The losses at General Motors Europe grew, BBC Radio Scotland said.") == [
        ("General Motors Europe", ORGANISATION),
        ("BBC Radio Scotland", ORGANISATION),
    ]
    # A person from a place is two names, and a body's branch "of the" country too.
    assert kinds("Joel Pollak of Breitbart said. General Motors of the US said.") == [
        ("Joel Pollak", PERSON),
        ("Breitbart", ORGANISATION),
        ("General Motors", ORGANISATION),
        ("US", PLACE),
    ]
    # Titles before the person's name do not make the person part of the body.
    assert kinds("Chief Constable Sara Thornton of Thames Valley Police said so.") == [
        ("Sara Thornton", PERSON),
        ("Thames Valley Police", ORGANISATION),
    ]


def test_an_occupation_opening_a_sentence_is_no_part_of_the_name():
    assert kinds("Rapper Zeldoon won. Winger Ludo Nitoglia scored. Poet Simon Kell read.") == [
        ("Zeldoon", PERSON),
        ("Ludo Nitoglia", PERSON),
        ("Simon Kell", PERSON),
    ]


def test_a_name_a_romance_article_opens_is_no_one():
    texts = ["Zeno Parda sang La Vendetta at La Fenice; La Pravda wrote of it, and Le Pen too."]
    assert enrich(texts, ["body"], None)[0]["people"] == ["Zeno Parda", "Le Pen"]


def test_operations_storms_products_and_a_party_s_members_are_no_one():
    texts = [
        "Police launched Operation Yewtree after Hurricane Ivan and Storm Desmond.",
        "Sales of the PlayStation Portable and GameBoy Advance rose; Lib Dem MPs objected.",
        "Leonardo DiCaprio met Ronald McDonald and Simon Woolley of Operation Black Vote.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["people"] for f in facts] == [
        [],
        [],
        ["Leonardo DiCaprio", "Ronald McDonald", "Simon Woolley"],
    ]
    assert facts[2]["organisations"] == ["Operation Black Vote"]


def test_and_divides_two_people_and_a_word_from_a_body_the_table_knows():
    texts = ["Robbie Williams and Guy Chambers wrote it for Arsenal and Manchester United fans."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["people"] == ["Robbie Williams", "Guy Chambers"]
    assert facts[0]["organisations"] == ["Arsenal", "Manchester United"]


def test_a_product_the_table_s_body_opens_names_the_body():
    texts = ["The Sony Walkman and the Motorola Startac made the list; Bayer Leverkusen lost."]
    # The club, not the firm: a body the table knows before a place is its own name.
    assert enrich(texts, ["body"], None)[0]["organisations"] == ["Sony", "Motorola", "Bayer Leverkusen"]


def test_and_joins_two_chambers_as_two_bodies():
    texts = ["Republican leaders in the House and Senate agreed to send it to Congress."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["House of Representatives", "Senate", "Congress"]


def test_two_single_quotes_closing_a_quotation_are_no_part_of_a_name():
    texts = ["Candidates referred to ''ISIS'' 44 times and to ''Lyin' Ted''."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Islamic State"]
    assert facts[0]["people"] == ["Lyin Ted"]


def test_a_saint_s_name_in_the_possessive_after_at_is_a_place():
    texts = ["Robert Pires was hurt at St Mary's; the Kiwis lost at St Helen's."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["places"] == ["St Mary's", "St Helen's"]
    assert facts[0]["people"] == ["Robert Pires"]


def test_a_plural_of_a_nationality_is_no_place():
    # Brits is a South African town; "two Brits" are people.
    assert kinds("Two Brits won, said the Brits committee, in Wales and the Philippines.") == [
        ("Wales", PLACE),
        ("Philippines", PLACE),
    ]


def test_a_nationality_before_a_name_is_no_part_of_it():
    # "Argentine" and "German" are rare first names too; "Christian" is a common one.
    assert kinds("He beat Argentine David Nalbandian and German Marlene Weingartner.") == [
        ("David Nalbandian", PERSON),
        ("Marlene Weingartner", PERSON),
    ]
    assert kinds("He met Christian Marie Dior.") == [("Christian Marie Dior", PERSON)]


def test_a_nationality_before_a_body_the_table_knows_is_whose_or_a_nation_s_own():
    # A name no dictionary holds is one body, its nation aside; a name of common words is the
    # nation's own body, kept whole ("the Treasury" is Britain's); "West German" is no place.
    text = (
        "The West German Bundesbank raised rates as the German Bundestag and the Israeli Knesset voted,"
        " and the Italian Treasury and the Welsh Liberal Democrats objected."
    )
    facts = enrich([text], ["body"], None)[0]
    assert facts["organisations"] == [
        "Bundesbank",
        "Bundestag",
        "Knesset",
        "Italian Treasury",
        "Welsh Liberal Democrats",
    ]
    assert facts["places"] == []
    # A side and a nation are one nationality before a body of common words too.
    facts = enrich(["The West German Treasury said so."], ["body"], None)[0]
    assert (facts["organisations"], facts["places"]) == (["West German Treasury"], [])


def test_a_sentence_adverb_and_the_before_a_body_are_no_part_of_its_name():
    assert kinds("Moreover the Supreme Court ruled. Thus the Labour Party lost.") == [
        ("Supreme Court", ORGANISATION),
        ("Labour Party", ORGANISATION),
    ]


def test_no_canonical_name_in_the_tables_holds_a_comma():
    # The index keeps a paragraph's names as one comma-separated field: a comma would split a name.
    canonical = {*organisations().values(), *place_names().values()}
    assert [name for name in canonical if "," in name] == []
    facts = enrich(["The plan for Washington, D.C. was drawn in 1791 in Washington DC."], ["body"], None)
    assert facts[0]["places"] == ["Washington D.C."]  # the city with its initials is one place


def test_no_table_names_a_key_twice():
    # A JSON object keeps a key's last value only: the first's other names would be lost unread.
    def unique(pairs):
        keys = [key for key, _ in pairs]
        assert sorted({k for k in keys if keys.count(k) > 1}) == []
        return dict(pairs)

    data = Path(__file__).parent.parent / "index" / "data"
    for table in sorted(data.glob("*.json")):
        json.loads(table.read_text(encoding="utf-8"), object_pairs_hook=unique)


def test_a_town_and_a_plural_after_the_is_a_club_though_the_town_is_a_first_name():
    assert kinds("The Dallas Cowboys beat the Denver Broncos, and Jordan Peters said so.") == [
        ("Dallas Cowboys", ORGANISATION),
        ("Denver Broncos", ORGANISATION),
        ("Jordan Peters", PERSON),
    ]
    assert kinds("The Mary Poppins musical opened.") == [("Mary Poppins", "work")]
    # A plural no dictionary holds, after a town that is no common first name.
    assert kinds("They lost to the Houston Astros.") == [("Houston Astros", ORGANISATION)]


def test_a_part_of_a_place_and_the_world_s_regions_are_places():
    texts = ["Aid reached East Africa, the Horn of Africa and Eastern Europe; storms hit the South Pacific."]
    facts = enrich(texts, ["body"], "2010-06-01")
    assert facts[0]["places"] == ["East Africa", "Horn of Africa", "Eastern Europe", "South Pacific"]
    # A side of the compass alone after "the" is a region; as a direction it is no name.
    texts = ["Voters in the West and the South backed him. He went west. The North voted."]
    assert enrich(texts, ["body"], "2010-06-01")[0]["places"] == ["West", "South", "North"]
    assert enrich(["He went west, then north."], ["body"], None)[0]["places"] == []


def test_a_role_in_lower_case_makes_a_person_and_particles_stay_in_a_name():
    # "Josh" is a rare first name in the lists and "Earnest" a word of the dictionary.
    assert kinds("White House press secretary Josh Earnest told reporters.") == [
        ("White House", ORGANISATION),
        ("Josh Earnest", PERSON),
    ]
    # ... and of a first name before a place's head, which a lake or a bay alone would be.
    assert kinds("Its spokesman Mike Lake spoke; they swam in Crystal Lake.") == [
        ("Mike Lake", PERSON),
        ("Crystal Lake", PLACE),
    ]
    assert kinds("Leonardo da Vinci met Ursula von der Leyen; it was de facto a truce.") == [
        ("Leonardo da Vinci", PERSON),
        ("Ursula von der Leyen", PERSON),
    ]


def test_a_nationality_or_a_country_before_a_dictionary_word_names_no_one():
    texts = ["The firm sued the Argentine State; India Petrochemicals Limited was sold."]
    facts = enrich(texts, ["body"], "2005-01-10")
    # The nation's state is a body, though no one.
    assert (facts[0]["people"], facts[0]["organisations"]) == (
        [],
        ["Argentine State", "India Petrochemicals Limited"],
    )
    # Hyphenated and two-word peoples are no one either.
    texts = ["An African-American Republican and a Puerto Rican met Republican National Committeeman Jo Hart"]
    assert enrich(texts, ["body"], "2016-05-10")[0]["people"] == ["Jo Hart"]
    # A place too, though it is a first name somewhere; not before "the" ("Constantine the Great").
    texts = ["Aston Villa played at the Vienna State Opera; Constantine the Great met a California Driver."]
    assert enrich(texts, ["body"], "2005-01-10")[0]["people"] == ["Constantine the Great"]


def test_a_place_s_name_goes_on_to_its_head_past_a_first_name():
    assert kinds(
        "They crossed Naqsh-e Jahan Square and the Ohio River Valley; Comedian Harry Hill said so."
    ) == [
        ("Naqsh-e Jahan Square", PLACE),
        ("Ohio River Valley", PLACE),
        ("Harry Hill", PERSON),
    ]


def test_a_first_name_a_town_bears_opens_a_person_s_name_after_an_office_s_words():
    # Nigel and George are towns too (in South Africa): the office's last word is no part of the name.
    texts = [
        "Chancellor of the Exchequer Nigel Lawson said taxes would fall.",
        "Secretary of State George Shultz met Writer Dudley Nichols.",
    ]
    facts = enrich(texts, ["body"] * 2, "1987-03-17")
    assert [f["people"] for f in facts] == [["Nigel Lawson"], ["George Shultz", "Dudley Nichols"]]
    assert facts[0]["speakers"] == ["Nigel Lawson"]
    # A surname that is a word too ("Smith"), and a first name that is one ("John", "Warren"):
    # the holder's whole name, not "John" alone nor the town of Warren.
    texts = [
        "Secretary of State Warren Smith met Secretary of State John Kornblum.",
        "Secretary of State Warren Christopher said so.",
    ]
    facts = enrich(texts, ["body"] * 2, "1996-08-30")
    assert [f["people"] for f in facts] == [["Warren Smith", "John Kornblum"], ["Warren Christopher"]]
    assert [f["places"] for f in facts] == [[], []]
    # After a firm's name: "General" of "General Motors" is no title, nor "Co" a first name.
    texts = [
        "Chairman of General Motors Roger Smith said so.",
        "Chairman of Ford Motor Co Donald Petersen said so.",
    ]
    facts = enrich(texts, ["body"] * 2, "1987-03-17")
    assert [f["people"] for f in facts] == [["Roger Smith"], ["Donald Petersen"]]
    assert facts[0]["organisations"] == ["General Motors"]
    # Nor a side of a place ("the East Kent Hunt") nor a plural ("the Official UK Charts").
    texts = ["It happened at the East Kent Hunt; the Official UK Charts are run by a firm."]
    assert enrich(texts, ["body"], "2005-01-10")[0]["people"] == []
    # Not a town's whole name, nor a firm's arm named for a place: "Salomon Brothers Asia Ltd".
    assert kinds("Residents of Central Milton Keynes met staff of Salomon Brothers Asia Ltd.") == [
        ("Central Milton Keynes", PLACE),
        ("Salomon Brothers Asia Ltd", ORGANISATION),
    ]


def test_a_body_the_table_knows_goes_on_past_of_the_and_a_lone_generic_head_names_no_body():
    texts = ["Campaign groups including Friends of the Earth argued.", "The Trust said it would act."]
    facts = enrich(texts, ["body", "body"], None)
    assert [f["organisations"] for f in facts] == [["Friends of the Earth"], []]


def test_a_club_s_last_word_stands_for_the_club_the_source_names():
    texts = ["Manchester United rejected the bid.", "United said the offer was too low.", "The News said so."]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["organisations"] for f in facts] == [["Manchester United"], ["Manchester United"], []]


def test_an_award_before_its_nominee_is_no_person():
    facts = enrich(["Tributes came from Burt Reynolds and Oscar nominee Alan Alda."], ["body"], None)
    assert facts[0]["people"] == ["Burt Reynolds", "Alan Alda"]


def test_a_town_that_is_a_word_the_source_also_writes_in_lower_case_is_a_place_only_when_put_somewhere():
    texts = [
        "The festival opens with Man, a film about a man in a cage.",
        "He moved to Reading, reading law.",
    ]
    facts = enrich(texts, ["body", "body"], None)
    assert [f["places"] for f in facts] == [[], ["Reading"]]


def test_someone_known_by_an_alias_that_is_a_town_is_a_person():
    texts = [
        "A woman known only as Elizabeth said it felt like a cover-up.",
        "He moved to a town called Elizabeth.",
    ]
    facts = enrich(texts, ["body", "body"], "2025-10-20")
    assert [(f["people"], f["places"]) for f in facts] == [(["Elizabeth"], []), ([], ["Elizabeth"])]


@pytest.mark.parametrize(
    "text, bodies",
    [
        ("He joined Barclays Capital and later Cisco Systems.", ["Barclays Capital", "Cisco Systems"]),
        ("She is now at the Brookings Institution.", ["Brookings Institution"]),
        ("DuPont will merge with Dow Chemical.", ["DuPont", "Dow Chemical"]),
        # "Jupiter" is a first name somewhere; no one is called "Research".
        (
            "Ian Fogg of Jupiter Research and Verizon Communications agreed.",
            ["Jupiter Research", "Verizon Communications"],
        ),
        # What a firm manages, then "Management" or "Advisors", ends a firm's name whatever
        # opens it: a body the table knows ("Deutsche"), a town, a first name ("Asset").
        (
            "At Deutsche Asset Management, Aberdeen Asset Management and Matrix Asset Advisors.",
            ["Deutsche Asset Management", "Aberdeen Asset Management", "Matrix Asset Advisors"],
        ),
        ("He ran Schroders Investment Management.", ["Schroders Investment Management"]),
        ("Analysts noted that Hughes Aircraft has contributed to GM.", ["Hughes Aircraft", "GM"]),
        # A trade's word after common words names a field or a tax, not a firm.
        ("He taught Early Music at the college.", []),
        ("He wrote on Asset Management.", []),
        ("They pay National Insurance on it.", []),
    ],
)
def test_a_trade_s_word_after_a_name_no_dictionary_holds_makes_a_firm(text, bodies):
    assert [name for name, kind in kinds(text) if kind == ORGANISATION] == bodies


@pytest.mark.parametrize(
    "text, bodies",
    [
        ("He studied at the Royal Academy in Paris.", ["Royal Academy"]),
        ("The Food and Drug Administration approved it.", ["Food and Drug Administration"]),
        ("Pyra Labs was bought by Google.", ["Pyra Labs", "Google"]),
        ("The British Retail Consortium said sales fell.", ["British Retail Consortium"]),
        (
            "The Screen Actors Guild and the English Chamber Orchestra",
            ["Screen Actors Guild", "English Chamber Orchestra"],
        ),
        ("Lawrence Livermore National Laboratory ran the test.", ["Lawrence Livermore National Laboratory"]),
    ],
)
def test_an_academy_a_guild_or_an_administration_is_a_body(text, bodies):
    assert [name for name, kind in kinds(text) if kind == ORGANISATION] == bodies


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "She sang at the Colston Arena and stayed at the Roosevelt Hotel.",
            [("Colston Arena", PLACE), ("Roosevelt Hotel", PLACE)],
        ),
        (
            "The ferry runs from Anse Bertrand to Lago Maggiore and Piazza Navona.",
            [("Anse Bertrand", PLACE), ("Lago Maggiore", PLACE), ("Piazza Navona", PLACE)],
        ),
        (
            "Grande Terre lies east of the Kaiser Building.",
            [("Grande Terre", PLACE), ("Kaiser Building", PLACE)],
        ),
        # A people after a place's head is no place.
        ("Susan Hall spoke for the Puerto Rican voters.", [("Susan Hall", PERSON)]),
    ],
)
def test_a_head_word_in_english_or_another_language_makes_a_place(text, found):
    assert [(name, kind) for name, kind in kinds(text) if kind in (PLACE, PERSON)] == found


def test_a_state_s_postal_code_after_a_town_makes_both_places():
    texts = [
        "Take US-75 from Bartlesville, OK, or US-169 from Coffeyville, KS.",
        "The firm is based in Dallas, TX and Tulsa, OK 74103.",
        "Mary Wilkes, TX lawyer, said so.",  # a code before a word of the sentence: no address
        "Mary Wilkes, OK lawyer, agreed; Bruno Lucas, OK? No.",  # "OK" is a word too
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [(f["people"], f["places"]) for f in facts] == [
        ([], ["US-75", "Bartlesville Oklahoma", "Oklahoma", "US-169", "Coffeyville Kansas", "Kansas"]),
        ([], ["Dallas", "Texas", "Tulsa Oklahoma", "Oklahoma"]),
        (["Mary Wilkes"], []),
        (["Mary Wilkes", "Bruno Lucas"], []),
    ]
    assert facts[3]["organisations"] == []


def test_a_place_is_known_by_what_lies_around_it():
    texts = [
        "Robert Stone, a 59-year-old from Hilton Head, South Carolina, cast a ballot.",
        "The 2014 Bundy Ranch standoff drew militias.",
        "Crowds walked along the neon Las Vegas Strip.",
        "She could not have cared less how four Americans died.",
        "The prize went to Paula Radcliffe, who won.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [(f["people"], f["places"]) for f in facts] == [
        (["Robert Stone"], ["Hilton Head South Carolina", "South Carolina"]),  # put in its state: a town
        ([], ["Bundy Ranch"]),  # a ranch is a place, as a river is
        ([], []),  # a place and a common word name no one
        ([], []),  # a nationality's people died: no one by name
        (["Paula Radcliffe"], []),
    ]


def test_a_first_name_inside_a_place_s_name_starts_no_person():
    # "Dakota" and "Aires" are first names somewhere; "South Dakota House" is the state's house.
    assert [m for m in kinds("South Dakota House candidate Clara Hart spoke.") if m[1] == PERSON] == [
        ("Clara Hart", PERSON)
    ]


def test_a_town_s_name_after_mr_or_sen_is_a_surname_and_a_party_tag_no_body():
    texts = ["Rep. Peter King (R-N.Y.) spoke, and Sen. Warren (D-MA) and Mr Lincoln agreed."]
    facts = enrich(texts, ["body"], None)[0]
    # The tag's state is a place the paragraph names ("D-MA"); "R-N.Y." the words split at its stops.
    found = (facts["people"], facts["organisations"], facts["places"])
    assert found == (["Peter King", "Lincoln"], [], ["Massachusetts"])
    assert [(n, k) for n, k in kinds(texts[0]) if n in ("Warren", "Lincoln")] == [
        ("Warren", PERSON),
        ("Lincoln", PERSON),
    ]


def test_a_town_s_name_that_is_a_first_name_names_a_relative_or_one_of_a_list():
    texts = [
        "He will seek the prosecution of Bill, Hillary, and Chelsea.",
        "Prescott Bush was a senator. His son George rose through government.",
        "I know the Kennedy family, she said.",
        "Should the United Kingdom approve the treaty? Are the Wall Street banks too big?",
        "Matdos Santos, legal director, spoke. The ACLU will watch, dos Santos says.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [(f["people"], f["places"]) for f in facts] == [
        (["Chelsea"], []),
        (["Prescott Bush", "George"], []),
        ([], []),  # a family, not the town
        ([], ["United Kingdom", "Wall Street"]),  # a question's verb opens no name
        (["Matdos Santos"], []),  # the full name just before, not the town
    ]


def test_someone_known_by_one_word_is_a_person_without_a_full_name():
    def people(*texts: str) -> list[list[str]]:
        return [f["people"] for f in enrich(list(texts), ["body"] * len(texts), None)]

    assert people("Putin said on Monday that talks had failed.") == [["Putin"]]
    # Once: "an Einstein" is a genius, no one.
    assert people("Einstein showed that time bends; you need not be an Einstein to see it.") == [["Einstein"]]
    # An imperative's verb opens the sentence, not the name.
    assert people("Describe Einstein’s view of gravity.") == [["Einstein"]]
    # After "the", a leader whose government, regime or years it is; "the Einstein" of a song is no one.
    texts = ("The scandal scarred the Reagan administration and the Castro regime.",)
    assert people(*texts) == [["Reagan", "Castro"]]
    assert people("They sang the Einstein on the radio.") == [[]]
    # The source's own Einstein first.
    assert people("Ivan Einstein met them.", "Einstein said little.") == [
        ["Ivan Einstein"],
        ["Ivan Einstein"],
    ]


def test_the_table_of_people_known_by_one_word_holds_no_word_nor_place():
    # "God" alone, as its header says: capitalised, a name.
    assert {name for name in famous_people() if name in english_words() or name in places()} == {"god"}


@pytest.mark.parametrize(
    "text, bodies",
    [
        ("It is registered as a UNESCO World Heritage Site.", ["UNESCO"]),
        ("Open it in Microsoft Outlook and read the BBC Sport website.", ["Microsoft", "BBC"]),
        ("JP Morgan Chase said so.", ["JP Morgan Chase"]),  # the table's body whole
        # One body, a body and a title, a body's event, a firm's name that goes on:
        ("The Senate Intelligence Committee met.", ["Senate Intelligence Committee"]),
        ("He joined Barclays Capital.", ["Barclays Capital"]),
    ],
)
def test_a_body_the_table_knows_before_its_thing_s_words_is_named(text, bodies):
    assert [name for name, kind in kinds(text) if kind == ORGANISATION] == bodies


@pytest.mark.parametrize(
    "text, names",
    [
        ("Many New Yorkers voted for her.", []),  # the people of a place of two words
        ("It will happen, said the New Zealander.", []),  # and one of them
        ("She backs the Trans-Pacific Partnership deal.", []),  # a prefix makes an adjective
        ("Whether North Korea can build it is unclear.", [("North Korea", PLACE)]),
    ],
)
def test_peoples_compounds_and_openers_name_no_one(text, names):
    assert kinds(text) == names


def test_a_headline_names_a_body_the_text_tells_things_to():
    texts = ["Quillnews interviews a bar owner", "The owner told Quillnews he was pleased."]
    facts = enrich(texts, ["headline", "body"], None)
    assert [f["organisations"] for f in facts] == [["Quillnews"], ["Quillnews"]]
    # A headline's capitalised word the text never uses so is no body.
    facts = enrich(["Quillnews Interviews Owner", "He was pleased."], ["headline", "body"], None)
    assert facts[0]["organisations"] == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("A cyclone hit the Bay of Bengal.", [("Bay of Bengal", PLACE)]),  # "Bay" is a first name too
        ("They sailed into the Sea of Japan.", [("Sea of Japan", PLACE)]),
        ("They met in the Palace of Westminster.", [("Palace of Westminster", PLACE)]),
        ("The Church of England said so.", [("Church of England", ORGANISATION)]),
    ],
)
def test_a_place_s_head_before_of_opens_a_place(text, names):
    assert kinds(text) == names


def test_a_body_s_initials_before_a_title_are_the_body_not_a_first_name():
    assert kinds("UN Secretary General Kofi Annan said so.") == [
        ("UN", ORGANISATION),
        ("Kofi Annan", PERSON),
    ]
    assert kinds("UN Ambassador John Bolton agreed.") == [("UN", ORGANISATION), ("John Bolton", PERSON)]
    assert kinds("TOM JUDGE: I agree.") == [("TOM JUDGE", PERSON)]  # a transcript's speaker in capitals


def test_a_korean_name_and_the_un_s_hyphenated_title():
    assert kinds("Kim Jong-un said, and Park Geun-hye agreed.") == [
        ("Kim Jong-un", PERSON),
        ("Park Geun-hye", PERSON),
    ]
    assert kinds("UN Secretary-General Ban Ki-moon spoke.") == [("UN", ORGANISATION), ("Ban Ki-moon", PERSON)]
    # A word in lower case after a hyphen: an adjective.
    assert kinds("A Rotherham-style scandal broke.") == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("The industry is in trouble. Sure Robbie is talented.", [("Robbie", "unknown")]),
        ("Either PCs detect updates or they do not.", [("PCs", "unknown")]),
        # A title, a place, a body's head, a table's body and a name all through stay whole.
        ("Prime Minister Tony Blair said so.", [("Tony Blair", PERSON)]),
        ("South Korea's exports rose.", [("South Korea", PLACE)]),
        ("Plaid Cymru said so.", [("Plaid Cymru", ORGANISATION)]),
        ("Te Imi Moriori is the name.", [("Te Imi Moriori", PERSON)]),
        # A clause's opener of the "-ever" kind is no name's word, before any name.
        ("Whatever Kilroy-Silk and UKIP do, it fails.", [("Kilroy-Silk", "unknown"), ("UKIP", ORGANISATION)]),
        ("Whenever Kilroy-Silk speaks, nobody listens.", [("Kilroy-Silk", "unknown")]),
    ],
)
def test_a_common_word_that_opens_a_sentence_opens_no_name(text, names):
    assert kinds(text) == names


def test_a_name_in_quotation_marks_before_an_outlet_s_noun_is_the_outlet():
    texts = ['Protesters set alight copies of the popular "Janakantha" newspaper.']
    assert each_alone(texts)[0]["organisations"] == ["Janakantha"]


def test_a_name_that_quotes_someone_as_saying_is_an_outlet():
    texts = [
        "Globo quoted Pessina's lawyer as saying he had already been imprisoned.",
        "Output fell. But Mainichi quoted officials as saying so.",
    ]
    assert [f["organisations"] for f in each_alone(texts)] == [["Globo"], ["Mainichi"]]
    # Not someone the source names, nor people of a kind.
    facts = enrich(["John Woodward wrote a book.", "Woodward quoted Nixon as saying so."], ["body"] * 2, None)
    assert facts[1]["organisations"] == []
    assert each_alone(["Diplomats quoted Delors as saying so."])[0]["organisations"] == []


def test_the_one_name_among_bodies_only_is_a_firm_named_for_its_founders():
    texts = [
        "It is rated A by Standard and Poor's. Keefe Bruyette, Goldman Sachs and Merrill Lynch managed it.",
        # A familiar first name opens someone's: a person listed among bodies stays one.
        "Barclays, HSBC and John Smith welcomed the deal.",
    ]
    facts = each_alone(texts)
    assert "Keefe Bruyette" in facts[0]["organisations"]
    assert facts[0]["people"] == []
    assert facts[1]["people"] == ["John Smith"]


def test_two_words_that_open_one_firm_s_name_the_source_gives_are_that_firm_unless_a_first_name():
    facts = enrich(
        [
            "Tenneco Inc said it agreed to buy Sperry Marine Systems from Unisys Corp.",
            "Sperry Marine has annual revenues of about 100 mln dlrs.",
        ],
        ["body"] * 2,
        "1987-03-01",
    )
    assert (facts[1]["people"], facts[1]["organisations"]) == ([], ["Sperry Marine Systems"])
    facts = enrich(
        ["Stan Lee Media went bankrupt.", "Stan Lee won a court battle."], ["body"] * 2, "2005-01-01"
    )
    assert facts[1]["people"] == ["Stan Lee"]


def test_spa_after_a_name_is_italy_s_legal_form_not_after_a_town():
    texts = [
        "The options were narrowed to the Mongoose of Italian producer Agusta Spa and the Panther.",
        "He lives in Leamington Spa.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], ["Agusta Spa"], []),
        ([], [], ["Leamington Spa"]),
    ]


def test_a_name_headed_by_a_newspaper_s_word_abroad_is_a_body():
    texts = [
        "The Sankei Shimbun quoted officials as saying the plan would go ahead.",
        "The Kolner Zeitung reported the deal.",
    ]
    assert [f["organisations"] for f in each_alone(texts)] == [["Sankei Shimbun"], ["Kolner Zeitung"]]


def test_san_opens_a_place_s_name_and_its_people_are_no_place():
    assert kinds("The state included San Felipe de Austin.") == [("San Felipe de Austin", PLACE)]
    assert kinds("Sales of Grand Theft Auto: San Andreas broke records.") == [("San Andreas", PLACE)]
    # Santa is a saint's title and Claus's: not a place's opener.
    assert kinds("Santa Anna dismissed the Congress.")[0] == ("Santa Anna", PERSON)
    assert kinds("Many San Franciscans and Puerto Ricans voted.") == []
    # A place the gazetteer knows does not speak as "Wadi Haddad said" does.
    assert kinds("Los Angeles and San Francisco said so.") == [
        ("Los Angeles", PLACE),
        ("San Francisco", PLACE),
    ]


def test_a_place_s_people_in_the_plural_open_no_name_after_them():
    assert kinds("Kenyans Evans Rutto and Margaret Okayo took the titles.") == [
        ("Evans Rutto", "unknown"),  # "Evans" a surname too: the text decides
        ("Margaret Okayo", PERSON),
    ]
    assert kinds("Arsenal face fellow Londoners West Ham.")[1] == ("West Ham", PLACE)
    # A regiment by its head, and a given name the word lists read as a function word, stay whole.
    assert kinds("The Scots Guards marched.") == [("Scots Guards", ORGANISATION)]
    assert kinds("He is suspected in the disappearance of Belgians An Marchal.") == [("An Marchal", PERSON)]


def test_a_lone_word_after_a_title_and_before_a_first_name_opens_the_name():
    # Surname first: "Park" is no place's end here, and "Geun" and "Talal" are first names somewhere.
    texts = [
        "Saudi Prince Alwaleed Bin Talal mocked him, as did South Korea President Park Geun Hye "
        "and Supreme Leader Ayatollah Ali Khamenei."
    ]
    facts = enrich(texts, ["body"], "2016-01-28")[0]
    assert (facts["people"], facts["places"]) == (
        ["Alwaleed Bin Talal", "Park Geun Hye", "Ali Khamenei"],
        ["South Korea"],  # "Saudi" is a nationality, no place
    )


def test_a_relative_named_beside_their_kinship_is_a_person():
    texts = [
        "Scholl was arrested with her brother, Hans, in 1943; her father, Murray, raced.",
        "Philonise, his younger brother, asked that question, as George's daughter, Gianna, did.",
    ]
    facts = enrich(texts, ["body", "body"], "2021-03-03")
    # "George's daughter": George is someone, no town.
    assert [f["people"] for f in facts] == [["Hans", "Murray"], ["Philonise", "George", "Gianna"]]
    assert facts[1]["places"] == []


def test_authors_cited_by_year_are_people_and_works_are_not():
    texts = [
        "Practice helps (Li, Polat, & Bavelier, 2010; Boot, Kramer, Simons, & Gratton, 2008), "
        "as Spang (1983) and Sapir’s (1971) work found (pictured in 2010).",
        "He wrote Airport (1968), Wheels (1971) and The Moneychangers (1975), after The Crucible (1953).",
    ]
    facts = enrich(texts, ["body", "body"], "2020-01-01")
    assert [f["people"] for f in facts] == [
        ["Li", "Polat", "Bavelier", "Boot", "Kramer", "Simons", "Gratton", "Spang", "Sapir"],
        [],
    ]


def test_a_word_no_list_knows_with_a_founder_or_staff_is_a_body_in_the_headline_too():
    texts = [
        "Interview with LibriVox founder Hugh McGuire",
        "The LibriVox website lists books. The Bloglines staff and a Balco official spoke.",
    ]
    facts = enrich(texts, ["headline", "body"], "2007-10-03")
    assert [f["organisations"] for f in facts] == [["LibriVox"], ["LibriVox", "Bloglines", "Balco"]]


def test_that_before_a_name_is_a_conjunction_not_a_determiner():
    texts = [
        "The fact that Warhol's use was new matters, and the agent said that Frank would prefer to stay.",
        "He is an Einstein.",
    ]
    facts = enrich(texts, ["body", "body"], "2022-10-12")
    assert [f["people"] for f in facts] == [["Warhol", "Frank"], []]


def test_a_run_that_ends_with_a_people_or_olympic_names_no_one_unless_a_first_name_opens_it():
    text = (
        "Double Olympic champion Kelly Holmes met Sri Lankan officials and London Irish fans, "
        "then Bill English and Cornel West."
    )
    assert [n for n, k in kinds(text) if k == PERSON] == ["Kelly Holmes", "Bill English", "Cornel West"]


def test_two_authors_joined_by_and_before_a_year_are_two_people():
    texts = [
        "From Polio and Gass 1997 to a review (Marsden & Mackey, 2014), replication grew.",
        "It ran in March and April 2004 on Windows XP and Server 2003, sold at Marks & Spencer.",
    ]
    facts = enrich(texts, ["body", "body"], "2020-01-01")
    assert [f["people"] for f in facts] == [["Polio", "Gass", "Marsden", "Mackey"], []]


def test_where_someone_is_from_is_no_surname_and_a_given_name_finds_them():
    texts = [
        "Theodorus of Tabennese, also known as Abba Theodorus, was a monk.",
        "Theodorus stayed at Tabennese for years.",
    ]
    facts = enrich(texts, ["body", "body"], "2020-01-01")
    assert facts[1]["people"] == ["Theodorus of Tabennese"]


def test_a_name_without_its_middle_names_is_the_same_person():
    texts = [
        "Antonín Dvořák wrote symphonies.",
        "Antonín Leopold Dvořák was born near Prague. Later Antonín Dvořák taught in New York.",
    ]
    facts = enrich(texts, ["headline", "body"], "2020-01-01")
    assert [f["people"] for f in facts] == [["Antonín Leopold Dvořák"], ["Antonín Leopold Dvořák"]]


def test_first_names_with_accents_open_a_name():
    assert {"josé", "maría", "søren", "françois"} <= set(first_names())
    text = "He married María Elena Fernandez-Miranda in 1950."
    assert [n for n, k in kinds(text) if k == PERSON] == ["María Elena Fernandez-Miranda"]


def test_states_of_the_past_are_places():
    texts = ["He fled Czechoslovakia in 1948 and lived in Yugoslavia, then Persia."]
    assert enrich(texts, ["body"], "2020-01-01")[0]["places"] == ["Czechoslovakia", "Yugoslavia", "Persia"]


def test_after_an_honorific_and_a_first_name_a_first_name_is_a_middle_name():
    text = "Dame Zaha Mohammad Hadid designed it, and Dr Rulan Chao Pian taught."
    assert [n for n, k in kinds(text) if k == PERSON] == ["Zaha Mohammad Hadid", "Rulan Chao Pian"]


def test_the_house_is_the_chamber_the_source_names_or_congress_s_lower_house():
    us = ["The House will pass the bill and send it to the Senate."]
    uk = ["He returned to the House of Commons.", "The House rose at ten."]
    neither = ["The House sold for a record price."]
    assert enrich(us, ["body"], None)[0]["organisations"] == ["House of Representatives", "Senate"]
    assert enrich(uk, ["body", "body"], None)[1]["organisations"] == ["House of Commons"]
    assert enrich(neither, ["body"], None)[0]["organisations"] == []


def test_connectors_of_other_languages_join_a_name():
    text = "She left the Universidade da Coruña and joined Banca Nazionale del Lavoro."
    assert [(n, k) for n, k in kinds(text) if k == ORGANISATION] == [
        ("Universidade da Coruña", ORGANISATION),
        ("Banca Nazionale del Lavoro", ORGANISATION),
    ]


def test_a_known_body_s_name_before_another_word_is_its_product_no_one():
    texts = ["Sales of the Apple Powerbook and the Sony Walkman rose, Google Analytics shows."]
    assert enrich(texts, ["body"], None)[0]["people"] == []


def test_river_opens_a_river_s_name():
    texts = ["Boats moved up the River Thames and the River Tyne."]
    facts = enrich(texts, ["body"], None)[0]
    assert (facts["people"], facts["places"]) == ([], ["River Thames", "River Tyne"])


def test_a_headline_s_person_the_body_calls_by_surname_joins_the_cast():
    texts = [
        "Wikinews interviews Marymegan Daly on a new sea anemone",
        "Daly explained how she obtained these images.",
        "The Da Vinci Code sold well.",
    ]
    facts = enrich(texts, ["headline", "body", "body"], None)
    assert [f["people"] for f in facts] == [["Marymegan Daly"], ["Marymegan Daly"], []]
    film = ["Tautou to star in Da Vinci film", "The Da Vinci Code sold well."]
    film = enrich(film, ["headline", "body"], None)
    assert film[0]["people"] == []


def test_a_run_of_three_words_or_more_that_fills_a_quotation_is_a_title_not_a_person():
    texts = [
        'It was a slide titled "Debbie Died Because". In fact Debbie started the fire.',
        "The paper ran “Harry the Nazi”, about Prince Harry, and “Tony Blair” stayed quiet.",
    ]
    facts = enrich(texts, ["body", "body"], None)
    assert [f["people"] for f in facts] == [["Debbie"], ["Prince Harry", "Tony Blair"]]


def test_an_initial_before_a_first_name_opens_the_name_but_not_after_a_word():
    texts = [
        "For the intervener: K. Michael Stevens. The director, J. Edgar Hoover, said so. Hoover left.",
        "He took vitamin C. Michael Jordan took it too.",
    ]
    facts = enrich(texts, ["body", "body"], None)
    assert [f["people"] for f in facts] == [["K. Michael Stevens", "J. Edgar Hoover"], ["Michael Jordan"]]


def test_a_body_s_name_goes_on_past_and_after_a_link_and_past_a_university_s_campus():
    texts = [
        "He led the Centre for Irish and Scottish Studies, then the Vienna Centre for Disarmament and "
        "Non-Proliferation.",
        "Talks with the ADB, World Bank and Japanese aid agencies went on.",
        "She taught at the University of California at Berkeley; the University of Michigan at the time.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["organisations"] for f in facts] == [
        ["Centre for Irish and Scottish Studies", "Vienna Centre for Disarmament and Non-Proliferation"],
        ["ADB", "World Bank"],
        ["University of California at Berkeley", "University of Michigan"],
    ]


def test_clubs_named_head_first_or_as_harriers_are_bodies_and_their_name_alone_too():
    texts = [
        "Real Sociedad beat Atletico Madrid, and Belgrave Harriers won the relay.",
        "Sociedad say they will pay Rangers £150,000.",
    ]
    facts = enrich(texts, ["body", "body"], None)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Real Sociedad", "Atletico Madrid", "Belgrave Harriers"]),
        ([], ["Real Sociedad", "Rangers"]),
    ]


def test_two_unknown_words_the_source_trades_in_or_speaks_for_are_a_company():
    texts = [
        "Krispy Kreme shares fell, and Tony Macklin, spokesman for Ask Jeeves, spoke.",
        "Krispy Kreme said sales were down; Ask Jeeves agreed.",
        "Tarik Brown said so.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Tony Macklin"], ["Krispy Kreme", "Ask Jeeves"]),
        ([], ["Krispy Kreme", "Ask Jeeves"]),
        (["Tarik Brown"], []),
    ]
    assert facts[1]["speakers"] == ["Krispy Kreme", "Ask Jeeves"]


def test_a_plural_of_the_dictionary_after_a_word_that_is_no_first_name_ends_no_one_s_name():
    texts = ["Kaiser Chiefs and Boca Juniors played; Wikid Records signed them.", "Hilary Banks spoke."]
    facts = enrich(texts, ["body", "body"], None)
    assert [f["people"] for f in facts] == [[], ["Hilary Banks"]]


def test_a_work_the_source_names_by_what_it_is_is_no_person():
    texts = ["The drama Vera Drake won. Imelda Staunton plays Vera Drake.", "Her album Mamma Mia sold."]
    facts = enrich(texts, ["body", "body"], None)
    assert [f["people"] for f in facts] == [["Imelda Staunton"], []]


def test_a_possessive_ends_a_name_unless_a_body_s_or_place_s_head_follows():
    texts = [
        "Sprinter Kelly Holmes' Olympic victory topped the poll, and Mr Eavis' Somerset farm too.",
        "The Musicians' Union and the Transport and General Workers' Union's members met at St James' Park.",
        "A Fellow at King's College, at Leeds' Elland Road, at Britain's Labour Party;"
        " The Producers' Nathan Lane.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Kelly Holmes", "Eavis"]
    assert facts[1]["organisations"] == ["Musicians' Union", "Transport and General Workers' Union"]
    assert facts[1]["places"] == ["St James' Park"]
    assert facts[2]["organisations"] == ["King's College", "Labour Party"]
    assert facts[2]["places"] == ["Leeds", "Elland Road", "United Kingdom"]
    assert facts[2]["people"] == ["Nathan Lane"]


def test_names_a_source_lists_as_examples_of_bodies_are_bodies():
    texts = [
        "Firms such as Copernic, Blinkx, Trend Micro and Apple all have programs.",
        "Publishers who are open to it, such as O'Reilly, agree; newspapers including El Watan reported it.",
        "Blinkx said so.",
        "Companies like to say so.",
        "She played for the team, known as the Gliders; a firm called Baikal bought it.",
        "A company named IOG agreed after the club named Zarkovic as its manager.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["organisations"] for f in facts] == [
        ["Copernic", "Blinkx", "Trend Micro", "Apple"],
        ["O'Reilly", "El Watan"],
        ["Blinkx"],
        [],
        ["Gliders", "Baikal"],
        ["IOG"],
    ]
    assert [f["people"] for f in facts][:5] == [[], [], [], [], []]


def test_an_elided_particle_goes_on_a_name():
    texts = ["It resembles the work of Jean le Rond d'Alembert, as Valéry Giscard d’Estaing said."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["people"] == ["Jean le Rond d'Alembert", "Valéry Giscard d’Estaing"]


def test_capitalised_words_after_a_person_and_of_are_where_they_work():
    texts = ["Isabel Ruiz of Heaven Sent Gaming met Tom Jones of Acme Widgets and Jim Smith of Halifax."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["people"] == ["Isabel Ruiz", "Tom Jones", "Jim Smith"]
    assert facts[0]["organisations"] == ["Heaven Sent Gaming", "Acme Widgets"]
    assert facts[0]["places"] == ["Halifax"]


def test_a_friend_or_relative_named_right_after_is_someone_unless_the_word_is_a_thing():
    texts = [
        "He went to Rome with his friend Bonosus, and she helped her uncle Oscar.",
        "Later he travelled with Bonosus to Gaul. She won an Oscar; the Oscars are in May.",
    ]
    facts = enrich(texts, ["body", "body"], None)
    assert [f["people"] for f in facts] == [["Bonosus"], ["Bonosus"]]


def test_a_year_right_after_a_name_of_several_words_makes_it_an_edition():
    texts = ["At San Diego Comic-Con 2015 the Kenya Vision 2030 plan came; Mary Jones and Gass 1997 agreed."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["people"] == ["Mary Jones", "Gass"]


def test_names_a_source_gives_as_places_are_places():
    texts = [
        "From there you see the islands Marie Galante, Les Saintes and La Désirade.",
        "Ferries run to villages such as Kalmbrin and Oskelund; he was born in the village of Brintoft.",
        "Marie Galante is quiet. Brintoft is small.",
        "The cities Obama visited cheered; the town Harry Styles left was Holmes Chapel.",
        "It lies on the main island of Utu Vava'u; the river known as Kamobeul Bolon is near.",
        "Counties such as Glenmarrow and Oskerby agreed, as did the cities Tarnovel and Brisk.",
        "He was born at Stridon and died at Kalmbrek.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["places"] for f in facts[:3]] == [
        ["Marie Galante", "Les Saintes", "La Désirade"],
        ["Kalmbrin", "Oskelund", "Brintoft"],
        ["Marie Galante", "Brintoft"],
    ]
    assert facts[0]["people"] == facts[2]["people"] == []
    assert facts[3]["people"] == ["Obama", "Harry Styles"]
    assert facts[4]["places"] == ["Utu Vava'u", "Kamobeul Bolon"]
    assert facts[5]["places"] == ["Glenmarrow", "Oskerby", "Tarnovel", "Brisk"]
    assert facts[6]["places"] == ["Stridon", "Kalmbrek"]
    # With a word before the kind, only "of" or "known as" names the place.
    assert enrich(["He said the first town Modi visited was far."], ["body"], None)[0]["people"] == ["Modi"]


def test_the_place_a_name_says_someone_is_from_is_a_place_named():
    texts = [
        "Theodorus of Tabennese met Catherine of Aragon and Joan of Arc.",
        "The Earl of Clare met Lord Kinnock of Bedwellty.",
        "Years later Pachomius stayed at Tabennese, and Kinnock at Bedwellty.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Theodorus of Tabennese", "Catherine of Aragon", "Joan"]
    assert facts[0]["places"] == ["Tabennese", "Aragon"]
    # A lord's "of" is his title's; an earl's names a place, as a bishop's does.
    assert facts[1]["places"] == ["Clare"]
    # Alone, the place is still the place the name gave.
    assert facts[2]["places"] == ["Tabennese"]


def test_a_hyphened_pair_of_places_or_bodies_names_both():
    texts = [
        "The United States-Mexico border and the Russia-Ukraine war; EU-US talks resumed.",
        "Olivia Newton-John flew to Guinea-Bissau on the New York-London flight.",
        "Jean-Paul Sartre wrote to the US-China Economic and Security Review Commission.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == ["United States", "Mexico", "Russia", "Ukraine"]
    assert facts[0]["organisations"] == ["European Union"]
    assert facts[0]["people"] == []
    assert facts[1]["people"] == ["Olivia Newton-John"]
    assert facts[1]["places"] == ["Guinea-Bissau", "New York", "London"]
    assert facts[2]["people"] == ["Jean-Paul Sartre"]
    assert facts[2]["places"] == []


def test_a_language_or_a_people_the_source_names_as_such_is_no_one():
    texts = [
        "This section presents Kelumbay Oskaraa, its speakers and the Oskaraa language.",
        "Villages of Tarnu Belif lie north of the river, among other Tarnu peoples.",
        "These names are given in Oskaraa, said Marta Kelund.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["people"] for f in facts] == [[], [], ["Marta Kelund"]]
    assert facts[2]["places"] == []


def test_a_place_or_a_work_the_source_names_as_such_is_no_one():
    texts = [
        "The port is on the main island of Utu Vava'u.",
        "The ferry crosses to ‘Utu Vava’u. Vava'u is sunny.",
        "Johann took ideas from Daniel's book Hydrodynamica, dating his to before Hydrodynamica (1738).",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == ["Utu Vava'u"]
    assert facts[1]["places"] == ["Utu Vava’u"]
    assert [f["people"] for f in facts] == [[], [], ["Daniel"]]


def test_a_name_after_someone_s_possessive_is_their_work():
    texts = [
        "Jeanne Moreau played in Jean Cocteau's La Machine Infernale and in Verdi's La Traviata.",
        "Coldplay's Chris Martin sang; Cocteau's Raymond Radiguet wrote.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Jeanne Moreau", "Jean Cocteau", "Verdi"]
    assert facts[1]["people"] == ["Chris Martin", "Jean Cocteau", "Raymond Radiguet"]


def test_a_town_s_name_with_a_thought_or_a_widow_is_someone():
    texts = [
        "Understand that Newton’s concept of the gravitational force differs.",
        "But Newton considered space and time to be independent.",
        "Students from Newton and Boston came to see it.",
        "Britain's theory of the case was weak, and Texas's death penalty stood.",
        "To the family of George Floyd that came here.",
        "Let us ensure that George's brother, Philonise, was heard.",
        "Chicago's partner city is Osaka.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    people = [["Newton"], ["Newton"], [], [], ["George Floyd"], ["George Floyd", "Philonise"], []]
    assert [f["people"] for f in facts] == people
    places = [[], [], ["Newton", "Boston"], ["United Kingdom", "Texas"], [], [], ["Chicago", "Osaka"]]
    assert [f["places"] for f in facts] == places


def test_a_word_beside_his_wife_is_someone_though_its_plural_is_a_word():
    texts = [
        "Born in Tianjin, Chao went to the United States in 1910.",
        "In 1973 Chao and his wife returned to China.",
        "They wrote a family history, Life with Chaos.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["people"] for f in facts] == [["Chao"], ["Chao"], []]


def test_a_middle_initial_between_names_no_list_knows_makes_a_person():
    texts = [
        "The plaintiffs, Lauralee B. Riedell and John-Christian G. Rauschenberg, sued.",
        "It fights Hepatitis B. Researchers say so.",
    ]
    assert [[(m.text, m.kind) for m in find_mentions(text)] for text in texts] == [
        [("Lauralee B. Riedell", PERSON), ("John-Christian G. Rauschenberg", PERSON)],
        [],
    ]


def test_a_reign_s_numeral_i_goes_on_the_name_before_a_comma():
    texts = [
        "He served Tsar Aleksei I, then Pope Damasus I, who died in 384, and Elizabeth I, the queen.",
        "In Episode I, everybody was there; Peter and I, who came, saw it.",
    ]
    assert [[(m.text, m.kind) for m in find_mentions(text)] for text in texts] == [
        [("Aleksei I", PERSON), ("Damasus I", PERSON), ("Elizabeth I", PERSON)],
        [("Episode", "unknown"), ("Peter", "unknown")],
    ]


def test_a_unit_of_government_closes_a_place_s_name():
    texts = ["It lies in the Łódzkie Voivodship, near Moscow Oblast and Lower Merion Township."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["places"] == ["Łódzkie Voivodship", "Moscow Oblast", "Lower Merion Township"]
    assert facts[0]["people"] == []


def test_a_plural_name_with_fans_is_a_team():
    texts = [
        "You're a Mets fan in late September; Corinthians supporters sang.",
        "The Mets lost. Corinthians won, and a Crystal Palace fan cheered.",
        "Elvis fans and Americans fans came.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["organisations"] for f in facts] == [
        ["Mets", "Corinthians"],
        ["Mets", "Corinthians", "Crystal Palace"],
        [],
    ]
    assert facts[1]["places"] == []


def test_a_name_before_et_al_or_and_colleagues_is_an_author():
    texts = ["A study by Kessler and colleagues [15] agreed (see Gibbons et al. [4]); Cross et al. differ."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["people"] == ["Kessler", "Gibbons", "Cross"]


def test_a_word_that_named_someone_alone_again_and_again_is_not_a_later_full_name():
    texts = [
        "Chao went to Cornell.",
        "Chao taught at Harvard.",
        "Chao wrote a grammar.",
        "His daughter Rulan Chao Pian taught music. Chao died in 1982.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert "Chao Pian" not in [name for f in facts[:3] for name in f["people"]]
    assert facts[3]["people"] == ["Rulan Chao Pian", "Chao"]  # "Chao died": someone who lived
    # Unless the headline named them first.
    texts = ["Frank Messina: An Interview", "Frank wrote it.", "Frank read it.", "Frank sold it."]
    texts.append("Frank Messina is a poet.")
    facts = enrich(texts, ["headline", "body", "body", "body", "body"], None)
    assert [f["people"] for f in facts[1:4]] == [["Frank Messina"]] * 3


def test_neither_or_either_opens_no_name():
    texts = ["Neither Downing Street nor the Conservative Party would comment."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Downing Street", "Conservative Party"]
    assert facts[0]["places"] == []


def test_a_race_a_league_or_a_tournament_is_no_one():
    texts = ["She won the Birmingham Grand Prix and the Kooyong Classic; Bath left the Zurich Premiership."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["people"] == []


def test_a_us_town_written_with_its_state_is_one_place_unless_readers_know_it_alone():
    texts = [
        "He died in Cambridge, Massachusetts. She moved to Kalamazoo, Mich., in 1990.",
        "She was born in San Antonio, Texas, and lived in Sun Valley, Idaho, and Austin, Texas.",
        "Offices in Boston, New York and Chicago. Deacon Blue, Idlewild, Texas, Mogwai played.",
        "Texas, Oklahoma and Kansas voted; however, Texas officials objected.",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert facts[0]["places"] == [
        "Cambridge Massachusetts",
        "Massachusetts",
        "Kalamazoo Michigan",
        "Michigan",
    ]
    assert facts[1]["places"] == ["San Antonio", "Texas", "Sun Valley Idaho", "Idaho", "Austin Texas"]
    assert facts[2]["places"] == ["Boston", "New York", "Chicago", "Texas"]
    assert facts[3]["places"] == ["Texas", "Oklahoma", "Kansas"]


def test_a_reference_list_s_authors_named_surname_first_are_people():
    texts = [
        "Austen, Jane. Pride and Prejudice",
        "Marx, Karl and Engels, Friedrich. The Communist Manifesto",
        "London, Jack. White Fang",
        "Mensing, Sheridan.",  # a line of surnames, no work after them
        "Carson, Fiorina and Huckabee have all spoken.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Jane Austen"]
    assert facts[1]["people"] == ["Karl Marx", "Friedrich Engels"] and facts[1]["places"] == []
    assert facts[2]["people"] == ["Jack London"] and facts[2]["places"] == []
    assert "Sheridan Mensing" not in facts[3]["people"]
    assert "Fiorina Carson" not in facts[4]["people"]


def test_an_acronym_in_a_formula_is_a_quantity_not_a_body():
    texts = [
        "IQR = Q3 – Q1. The IQR for this data set is 7.",
        "Calculate the IQR for these prices, and the NHS budget.",
        "A value 1.5 × IQR below the first quartile is an outlier.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["organisations"] for f in facts] == [[], ["National Health Service"], []]


def test_military_units_missions_and_caucuses_are_bodies():
    texts = [
        "York was home to the Ninth Legion. Apply to the Cuban Consulate,"
        " or thank the Congressional Black Caucus."
    ]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Ninth Legion", "Cuban Consulate", "Congressional Black Caucus"]


def test_a_name_joined_to_a_place_things_are_put_in_is_a_place_too():
    texts = [
        "Offices in Svendborg and Faaborg can help. Walk in Svendborg.",
        "Sales slowed in December and Yugansk fell.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == ["Svendborg", "Faaborg"]
    assert facts[1]["places"] == []


def test_unknown_words_after_the_that_open_with_no_first_name_name_no_one():
    texts = [
        "He joined the Altoona Curve and played at the Nou Camp.",
        "Critics recalled the Tony Blair era and the John Major years.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == []
    assert facts[1]["people"] == ["Tony Blair", "John Major"]


def test_a_country_s_letters_before_a_dollar_sign_are_a_currency():
    facts = enrich(["Damages reached US$ 10 billion and HK$3bn in the US."], ["body"], None)
    assert facts[0]["places"] == ["United States"] and facts[0]["organisations"] == []
    assert enrich(["Damages reached US$ 10 billion."], ["body"], None)[0]["places"] == []


def test_roads_named_by_number_are_places_but_planes_and_codes_are_not():
    texts = [
        "Around Tulsa: I-244, US 169 (Mingo Valley Expressway) and Hwy 51.",
        "Take the M1 northbound, the A1M and the A64 eastbound to York. The A380 is a plane.",
        "In the US 2016 election, COVID-19 hit US firms.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == ["Tulsa", "I-244", "US 169", "Mingo Valley Expressway", "Hwy 51"]
    assert facts[1]["places"] == ["M1", "A1M", "A64", "York"]
    assert facts[2]["places"] == ["United States"]


def test_a_name_listed_among_places_is_a_place():
    texts = [
        "Nearby are Fort Lee, Edgewater, Englewood Cliffs and Cliffside Park.",
        "He met Smith, Jones and Brown in Paris.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == ["Fort Lee", "Edgewater", "Englewood Cliffs", "Cliffside Park"]
    assert facts[1]["places"] == ["Paris"]


def test_a_name_listed_among_bodies_is_a_body():
    texts = ["Nokia, Motorola, Lenovo and Sendo make phones.", "Smith, Jones and Brown met at the BBC."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert "Lenovo" in facts[0]["organisations"] and "Sendo" in facts[0]["organisations"]
    assert facts[1]["organisations"] == ["BBC"]


def test_an_ordinal_after_the_opens_a_body_s_name():
    texts = ["He built a hall for the First Congress of the United States.", "First, the union met."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["First Congress of the United States"]
    assert facts[1]["organisations"] == []


def test_a_capitalised_downtown_inside_a_sentence_is_a_district():
    texts = ["The first place they visit is Downtown, away from Uptown.", "Downtown traffic was bad."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == ["Downtown", "Uptown"]
    assert facts[1]["places"] == []


def test_a_name_things_lie_along_or_west_of_is_a_place():
    texts = ["Old Oakland is just west of Broadway. A bus runs along Broadway to the square."]
    facts = enrich(texts, ["body"], None)
    assert "Broadway" in facts[0]["places"]


def test_regions_of_antiquity_are_places():
    facts = enrich(["Jerome went from Gaul to Thrace, born on the border of Dalmatia."], ["body"], None)
    assert facts[0]["places"] == ["Gaul", "Thrace", "Dalmatia"]


def test_a_name_someone_heads_or_belongs_to_is_a_body():
    texts = ["He was head of the Koinonia and a member of the Zetetics.", "He was head of the Church."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Koinonia", "Zetetics"]
    assert facts[1]["organisations"] == []


def test_a_phrase_that_is_no_name_still_names_the_place_it_holds():
    texts = [
        'He called himself "Protector of Mexico". Map of Senegal.',
        "He met the Virginia Governor. A biography of Mary Queen of Scots.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == ["Mexico", "Senegal"]
    assert facts[1]["places"] == ["Virginia"]


def test_letters_beyond_ascii_open_a_proper_noun_things_are_put_in():
    facts = enrich(["The ferry stops in Tranekær. Bikes are for hire near Ærøskøbing."], ["body"], None)
    assert facts[0]["places"] == ["Tranekær", "Ærøskøbing"]


def test_a_name_before_a_kind_of_area_is_a_place():
    texts = ["Fighting spread to the Gilan area.", "Several area residents fled a Congressional district."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == ["Gilan"]
    assert facts[1]["places"] == []


def test_a_name_described_as_a_company_or_a_village_is_a_body_or_a_place():
    texts = [
        "Sales rose at Pointsec, a company based in Sweden. Pointsec grew.",
        "They stayed in Bajjat, a village of 300 people.",
        "In Ohio, a group of voters met. Peter Kenyon, the club chief executive, spoke.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Pointsec"]
    assert facts[1]["places"] == ["Bajjat"]
    assert (facts[2]["organisations"], facts[2]["places"]) == ([], ["Ohio"])


def test_the_confederacy_is_the_confederate_states():
    facts = enrich(["France did not come to the aid of the Confederacy."], ["body"], None)
    assert facts[0]["places"] == ["France", "Confederate States of America"]


def test_a_lone_word_before_a_company_s_asset_is_a_company_but_not_a_season():
    texts = ["Yukos shares fell and Marriott's market capitalization rose.", "Christmas sales were weak."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Yukos", "Marriott"]
    assert facts[1]["organisations"] == []


def test_partners_joined_by_an_ampersand_are_a_firm_but_not_places_or_authors_cited():
    assert kinds("He audits for Ernst & Young.") == [("Ernst & Young", ORGANISATION)]
    assert kinds("the shares of Bradford & Bingley fell.") == [("Bradford & Bingley", ORGANISATION)]
    assert kinds("As inspired by Carrano & Biewener [7], it holds.") == []
    assert kinds("the buses run to Tempe & Mesa.") == []
    # Surnames a dictionary does not hold both, though no list knows the firm.
    assert kinds("One came from Marsh & McLennan, one from Procter & Gamble.") == [
        ("Marsh & McLennan", ORGANISATION),
        ("Procter & Gamble", ORGANISATION),
    ]
    # Not two first names, two words, places, a street's crossing or authors of a study.
    text = "Bonnie & Clyde and Black & White ran; Serbia & Montenegro voted at N 44th St & Tatum."
    assert [k for k in kinds(text) if "&" in k[0]] == []
    assert kinds("In Carrano & Biewener's study, chickens ran.") == []


def test_a_paper_named_register_an_initiative_an_inn_and_a_dynasty_are_no_one():
    assert kinds("The Des Moines Register says the Clinton Climate Initiative paid.") == [
        ("Des Moines Register", ORGANISATION),
        ("Clinton Climate Initiative", ORGANISATION),
    ]
    assert kinds("They met at the Hilton Garden Inn. The Han Dynasty ended.") == [
        ("Hilton Garden Inn", PLACE)
    ]


def test_a_dateline_s_town_in_capitals_is_a_place_in_its_state():
    texts = ["NASHUA, N.H. - Chris Christie leads.", "NASA, Texas and Ohio agreed."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert (facts[0]["organisations"], facts[0]["places"]) == ([], ["Nashua New Hampshire", "New Hampshire"])
    assert facts[1]["organisations"] == ["NASA"]


def test_a_town_the_gazetteer_knows_is_a_place_where_it_is_put_or_listed_with_places():
    texts = [
        "Trade ran from Singapore and India to Venice and Amsterdam.",
        "His remains were reinterred at Azov in 1877.",
        "She won at the Cannes ceremony, then starred in Shaw's Pygmalion.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == ["Singapore", "India", "Venice", "Amsterdam"]
    assert facts[1]["places"] == ["Azov"]
    assert facts[2]["places"] == []


def test_a_town_of_several_words_is_a_place_though_a_given_name_opens_it():
    facts = enrich(["The studio moved from Beverly Hills to Santa Monica."], ["body"], None)
    assert (facts[0]["people"], facts[0]["places"]) == ([], ["Beverly Hills", "Santa Monica"])


def test_a_smaller_town_and_a_plural_name_a_club_but_a_word_and_a_plural_do_not():
    assert kinds("He joined the Pawtucket Red Sox, then the Bradenton Marauders.") == [
        ("Pawtucket Red Sox", ORGANISATION),
        ("Bradenton Marauders", ORGANISATION),
    ]
    assert kinds("She won two Golden Globes.") == []


def test_a_town_after_a_title_is_its_holder_but_a_country_or_state_is_not():
    texts = ["Senator Hatfield spoke at the dedication.", "Governor Texas"]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert (facts[0]["people"], facts[0]["places"]) == (["Hatfield"], [])
    assert facts[1]["places"] == ["Texas"]


def test_a_name_after_titled_is_a_work_s_title_not_a_person():
    texts = ["He filmed a pilot titled Young MacGyver, which was never picked up."]
    facts = enrich(texts, ["body"], None)
    assert (facts[0]["people"], facts[0]["organisations"], facts[0]["places"]) == ([], [], [])


def test_a_name_after_the_kind_of_business_it_is_is_that_business():
    texts = [
        "Meanwhile, drugs group Eli Lilly is planning a campaign against water firm Aguas Argentinas.",
        "Executives of Ireland's state-owned airline, Aer Lingus, are set to leave.",
        "Documentary maker Michael Cockerell spoke to the group Carly Fiorina addressed.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert (facts[0]["people"], facts[0]["organisations"]) == ([], ["Eli Lilly", "Aguas Argentinas"])
    assert (facts[1]["people"], facts[1]["organisations"]) == ([], ["Aer Lingus"])
    assert (facts[2]["people"], facts[2]["organisations"]) == (["Michael Cockerell", "Carly Fiorina"], [])


def test_a_label_that_opens_a_sentence_is_no_part_of_the_name_after_it():
    texts = [
        "Insurer Norwich Union agreed.",
        "Advisors Goldman Sachs said so.",
        "Wells Fargo had net income of $6.2bn.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Norwich Union"]
    assert (facts[1]["people"], facts[1]["organisations"]) == ([], ["Goldman Sachs"])
    assert facts[2]["places"] == []


def test_a_name_a_verb_s_ing_form_opens_is_a_title_but_a_first_name_is_not():
    texts = ["Kate Winslet has roles in Eternal Sunshine and Finding Neverland, said Sterling Moss."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["people"] == ["Kate Winslet", "Sterling Moss"]


def test_authors_cited_in_a_list_or_in_pairs_are_people_though_words():
    texts = [
        "These make waves in academia (Laws, 2016; Lindsay, 2015) and the media (Baker, 2015; Devlin, 2016).",
        "The map, adapted from Palmeri and Gazio (1995), shows it (see Hartsell-Gundy et al., 2015).",
        "He wrote the novel (Rain, 1932).",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Laws", "Lindsay", "Baker", "Devlin"]
    assert facts[1]["people"] == ["Palmeri", "Gazio", "Hartsell-Gundy"]
    assert facts[2]["people"] == []


def test_a_party_to_a_court_case_is_a_person_but_either_side_of_versus_is_not():
    texts = [
        "It is true in Lynch v. Overholser that this Court said so.",
        "It mirrors the Betamax versus VHS war.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Lynch", "Overholser"]
    assert facts[1]["people"] == []


def test_an_english_case_s_parties_are_people_but_a_fixture_s_sides_are_not():
    texts = [
        "In R v Ahmed the Court of Appeal quashed the sentence.",
        "The judge cited Donoghue v Stevenson.",
        "Wasps v Saracens kicks off at noon.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Ahmed"]
    assert facts[1]["people"] == ["Donoghue", "Stevenson"]
    assert facts[2]["people"] == []


def test_an_author_cited_in_brackets_is_a_person_though_a_body_s_head_word():
    texts = ["Others agree (Branco & Ide, 2017; Chambers, 2017; Schmidt, 2009), as Paris (1927) did."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["people"] == ["Branco", "Ide", "Chambers", "Schmidt"]
    assert facts[0]["places"] == ["Paris"]


def test_an_author_cited_after_for_example_is_a_person():
    facts = enrich(["Our brains do unconscious work (for example, Kahneman, 2011)."], ["body"], None)
    assert facts[0]["people"] == ["Kahneman"]


def test_a_side_of_the_compass_no_list_knows_after_the_is_a_region():
    facts = enrich(["Unlike major cities in the Northeast, Tulsa has few buses."], ["body"], None)
    assert facts[0]["places"] == ["Northeast", "Tulsa"]


def test_a_rare_first_name_listed_among_places_is_a_place():
    texts = ["Neighbouring towns are Edgewater, Englewood Cliffs, Cliffside Park and Leonia."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["places"] == ["Edgewater", "Englewood Cliffs", "Cliffside Park", "Leonia"]


def test_seas_rivers_and_regions_named_in_one_word_are_places():
    facts = enrich(["Europeans sailed from the Adriatic to the Americas, and up the Nile."], ["body"], None)
    assert facts[0]["places"] == ["Adriatic", "Americas", "Nile"]


def test_states_and_provinces_of_large_countries_are_places():
    facts = enrich(["Texas broke away from Coahuila; pilgrims fly from Yucatán to Helmand."], ["body"], None)
    assert facts[0]["places"] == ["Texas", "Coahuila", "Yucatán", "Helmand"]


def test_landmarks_named_in_one_word_are_places():
    facts = enrich(["He studied art at the Louvre and fought at the Alamo."], ["body"], None)
    assert facts[0]["places"] == ["Louvre", "Alamo"]


def test_papers_and_broadcasters_are_bodies_by_their_head_words():
    texts = ["The San Francisco Bulletin reprinted it, and Padalecki won Fox Broadcasting's contest."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["San Francisco Bulletin", "Fox Broadcasting"]


def test_an_ordinal_circuit_is_a_court_but_a_racing_circuit_is_not():
    texts = [
        "Goldsmith and the Second Circuit say no, as the Ninth Circuit did.",
        "He won at the Silverstone Circuit.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Second Circuit", "Ninth Circuit"]
    assert facts[1]["organisations"] == []


def test_hyphenated_titles_and_a_reference_s_see_are_no_part_of_a_name():
    texts = ["We do hereby Order and Direct Major-General Scott to act.", "See Klenk (2019)."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Scott"]
    assert facts[1]["people"] == ["Klenk"]


def test_a_realm_s_or_a_municipality_s_head_before_of_names_a_place():
    texts = ["His troops declared the Republic of Fredonia, later the Municipality of Linapacan."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["places"] == ["Republic of Fredonia", "Municipality of Linapacan"]


def test_named_regions_and_a_place_named_by_its_people_are_places():
    texts = [
        "Oakland is the hipster city of the Bay Area, and York was a city of Roman Britain.",
        "He lived in the Canadian Arctic. American Davenport will face Myskina.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == ["Oakland", "Bay Area", "York", "Roman Britain"]
    assert facts[1]["places"] == ["Canadian Arctic"]


def test_names_before_streets_in_the_plural_are_streets_not_the_places():
    texts = ["He fell at the corner of California and Dupont streets.", "He lives in California and Nevada."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == []
    assert facts[1]["places"] == ["California", "Nevada"]


def test_a_place_spelled_with_its_okina_or_apostrophe_is_the_place_whole():
    texts = ["The Supreme Court of the State of Hawai‘i heard it.", "Flights from Sana'a land in Hawaiʻi."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Supreme Court of the State of Hawai‘i"]
    assert facts[1]["places"] == ["Sana'a", "Hawaiʻi"]


def test_the_holders_of_an_office_name_what_it_is_of_as_its_holder_does():
    facts = enrich(["As Members of Congress we act, as the Governor of Virginia does."], ["body"], None)
    assert facts[0]["organisations"] == ["Congress"]
    assert facts[0]["places"] == ["Virginia"]


def test_who_polls_is_a_body_and_the_one_the_source_names_in_full():
    texts = [
        "The latest Newsmax / Zogby poll placed him at 13 percent; a YouGov survey agreed.",
        "Quinnipiac University polled voters. A Quinnipiac poll found him ahead in New Hampshire.",
        "The New Hampshire poll showed it.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Newsmax", "Zogby", "YouGov"]
    assert facts[1]["organisations"] == ["Quinnipiac University"]
    assert facts[2]["organisations"] == [] and facts[2]["places"] == ["New Hampshire"]


def test_clubs_named_by_a_word_or_no_town_are_the_table_s_bodies():
    # Not "Celtic", which is first an adjective ("Celtic languages").
    texts = ["Arsenal beat Aston Villa, and Lazio drew with Galatasaray.", "Celtic tongues are spoken there."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Arsenal", "Aston Villa", "Lazio", "Galatasaray"]
    assert facts[1]["organisations"] == []


def test_a_town_with_an_owner_is_its_club():
    facts = enrich(["Chelsea owner Roman Abramovich met the mayor in Chelsea."], ["body"], None)
    assert facts[0]["organisations"] == ["Chelsea"]
    assert facts[0]["people"] == ["Roman Abramovich"]


def test_the_commons_and_the_lords_are_their_houses_across_sources():
    facts = enrich(["MPs in the Commons voted; the Lords will debate it."], ["body"], None)
    assert facts[0]["organisations"] == ["House of Commons", "House of Lords"]


def test_initials_a_source_writes_after_a_body_the_table_knows_are_its_product():
    texts = ["Nintendo launched the Nintendo DS in Japan.", "The DS sold well. The BBC said so."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["organisations"] for f in facts] == [["Nintendo"], ["BBC"]]


def test_a_paper_s_last_word_is_the_one_paper_the_source_names_with_it():
    texts = ["The Washington Post reported it.", "The Post said the figures were wrong."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert (facts[1]["organisations"], facts[1]["speakers"]) == (["Washington Post"], ["Washington Post"])


def test_initials_defined_after_a_law_s_name_are_the_law_s_not_a_body_s():
    texts = [
        "Freedom of Information Act (FOIA) requests went unanswered, the World Food Programme (WFP) said.",
        "A FOIA lawsuit and a WFP report followed.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["World Food Programme"]
    assert facts[1]["organisations"] == ["World Food Programme"]


def test_a_title_after_of_ends_a_body_s_name():
    texts = ["The European Court of Justice ruled, and the Ministry of Justice said it would comply."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["European Court of Justice", "Ministry of Justice"]


def test_bodies_of_police_health_and_rights_the_table_holds_and_the_old_bailey():
    texts = [
        "Police Scotland and Human Rights Watch wrote to the Centers for Disease Control and Prevention.",
        "A spokesman for the Children's Commissioner said the case was heard at the Old Bailey.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == [
        "Police Scotland",
        "Human Rights Watch",
        "Centers for Disease Control and Prevention",
    ]
    # The commissioner, not a body "Children".
    assert (facts[1]["organisations"], facts[1]["places"]) == (["Children's Commissioner"], ["Old Bailey"])


def test_a_peer_is_called_by_the_title_s_name_and_a_judge_by_the_style():
    texts = [
        "Baroness Casey said so, as did Lord Goldsmith and Lady Hale; the Lord Chancellor did not.",
        "Lord Justice Leveson said so.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Casey", "Goldsmith", "Hale"] and facts[0]["places"] == []
    assert facts[1]["people"] == facts[1]["speakers"] == ["Leveson"]


def test_a_royal_or_a_pope_keeps_the_title_before_a_given_name():
    texts = [
        "Pope Francis met Prince Andrew and Chairman Mao's heirs.",
        "Andrew said nothing; Francis spoke.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Pope Francis", "Prince Andrew", "Mao"]
    assert facts[1]["people"] == ["Prince Andrew", "Pope Francis"]


def test_uk_councils_counties_and_police_areas_no_city_names_are_places():
    texts = ["Police in Kirklees, Calderdale and Fife, and in Hull and Tyne and Wear, said so."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["places"] == ["Kirklees", "Calderdale", "Fife", "Hull", "Tyne and Wear"]


def test_a_number_the_table_s_name_holds_is_part_of_it():
    texts = ["He told Channel 4 and BBC Radio 4's Today programme; Radio 1 played it 4 times."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Channel 4", "BBC Radio 4", "BBC Radio 1"]


def test_platforms_where_abuse_is_shared_and_papers_come_from_the_table():
    texts = ["Children were groomed on OnlyFans, Kik and Omegle, the Sunday Mirror reported."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["OnlyFans", "Kik", "Omegle", "Sunday Mirror"]


def test_a_party_s_mps_name_the_party():
    texts = ["Two Labour MPs and some Lib Dem MPs said so, as did the Association of Chief Police Officers."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == [
        "Labour Party",
        "Liberal Democrats",
        "Association of Chief Police Officers",
    ]


def test_reform_uk_and_the_dup_are_parties_of_the_table():
    facts = enrich(["Reform UK and the DUP, the Democratic Unionist Party, voted."], ["body"], None)
    assert facts[0]["organisations"] == ["Reform UK", "Democratic Unionist Party"]


def test_a_peer_is_named_by_the_title_inside_a_quotation_too():
    texts = ["‘The review recommended by Baroness Casey is under way,’ the force said."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["people"] == ["Casey"]


def test_a_name_before_a_hyphened_participle_is_mentioned():
    texts = ["A UN-backed inquiry, a Labour-run council and a London-based charity; a Syrian-led force."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["United Nations", "Labour Party"]
    assert facts[0]["places"] == ["London"]


def test_air_or_radio_and_a_name_is_an_airline_or_a_station():
    texts = ["Air Canada and Air Chathams flew; the Air Force did not.", "He told Radio Farda."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Air Canada", "Air Chathams", "Air Force"]
    assert facts[1]["organisations"] == ["Radio Farda"]


def test_a_conservatory_is_a_body():
    facts = enrich(["He taught at the Prague Conservatory."], ["body"], None)
    assert facts[0]["organisations"] == ["Prague Conservatory"]


def test_a_paper_named_with_its_article_is_told_from_the_word():
    texts = [
        "The Independent reported it, as did the Economist, then The Observer.",
        "The economist said it was independent of Independent councillor Jo Smith.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["The Independent", "The Economist", "The Observer"]
    assert facts[1]["organisations"] == []


def test_dotted_initials_before_a_body_s_head_open_its_name():
    texts = ["He served in the U.S. Army; the U.N. Security Council met."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["U.S. Army", "United Nations Security Council"]  # the table's name


def test_a_first_name_inside_a_body_s_name_opens_no_person():
    texts = ["She trained at Webber Douglas Academy of Dramatic Art and wrote for the Burlington Free Press."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Webber Douglas Academy of Dramatic Art", "Burlington Free Press"]
    assert facts[0]["people"] == []


def test_a_body_s_initials_and_its_full_name_are_one_value_across_sources():
    facts = enrich_sources(
        [
            (["The Federal Bureau of Investigation and PricewaterhouseCoopers said so."], ["body"], None),
            (["The FBI and PwC agreed."], ["body"], None),
        ]
    )
    assert facts[0][0]["organisations"] == facts[1][0]["organisations"] == ["FBI", "PwC"]


def test_a_headline_s_person_whose_surname_is_a_word_joins_when_the_body_never_writes_it_small():
    texts = [
        "Wikinews interviews Christopher Hill, presidential candidate",
        "What would a Hill administration do?",
        "Bernie Supporter Speaks",
    ]
    facts = enrich(texts, ["headline", "body", "headline"], None)
    assert facts[0]["people"] == facts[1]["people"] == ["Christopher Hill"]
    assert facts[2]["people"] == []


def test_a_name_written_in_full_only_in_a_caption_is_a_person():
    texts = ["The candidates met in Iowa.", "Hill (right) with fellow candidate Buddy Roemer."]
    facts = enrich(texts, ["body", "caption"], None)
    assert facts[1]["people"] == ["Buddy Roemer"]


def test_a_transcript_s_hesitation_and_a_century_open_no_name():
    texts = [
        "Mitchell Roberts was one of them. Uh Mitchell expressed a desire to work.",
        "A collection of 17th Century Zurbarán paintings.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Mitchell Roberts"]
    assert facts[1]["people"] == []


def test_a_table_body_spelt_the_other_side_s_way_is_the_same_value():
    facts = enrich_sources(
        [
            (["The World Trade Organisation and the IAAF said so."], ["body"], None),
            (["The World Trade Organization and World Athletics agreed."], ["body"], None),
        ]
    )
    assert facts[0][0]["organisations"] == facts[1][0]["organisations"]
    assert facts[0][0]["organisations"] == ["World Trade Organization", "World Athletics"]


def test_a_table_body_written_with_an_ampersand_or_and_is_one_value():
    texts = [
        "The Securities & Exchange Commission accused Fannie Mae. The SEC's comments were sharp.",
        "Standard and Poor's cut the rating.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Securities and Exchange Commission", "Fannie Mae"]
    assert facts[1]["organisations"] == ["Standard & Poor's"]


def test_britain_s_intelligence_agencies_are_bodies():
    texts = [
        "He spied for MI6 for two years before MI5 caught him.",
        "GCHQ and the Secret Intelligence Service knew.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["MI6", "MI5"]
    assert facts[1]["organisations"] == ["GCHQ", "MI6"]


def test_a_share_s_code_after_a_firm_is_no_other_body():
    texts = [
        "Shares of Intel Corp (INTC.O) rose, while Alphabet Inc (NASDAQ: GOOGL) fell.",
        "Union Carbide Corp <UK> and Rockwell International Corp <ROK.N> said they would merge.",
        "AB Volvo <VOLV.ST> and Swedish Match AB <smbs.St> agreed.",
        "The Royal National Institute for Deaf People (RNID) said so.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Intel", "Alphabet Inc"]
    assert facts[1]["organisations"] == ["Union Carbide Corp", "Rockwell International Corp"]
    assert facts[1]["places"] == []
    assert facts[2]["organisations"] == ["Volvo", "Swedish Match AB"]  # the table's, its form first
    assert facts[3]["organisations"] == ["Royal National Institute for Deaf People"]


def test_a_firm_the_table_knows_traded_with_its_legal_form_is_the_table_s_one_value():
    texts = ["The chip is made by Intel Corp for the IBM PC.", "Shares of Intel Corp rose 3 percent."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["organisations"] for f in facts] == [["Intel"], ["Intel"]]
    assert facts[0]["people"] == []


def test_a_firm_s_name_before_streets_is_a_street():
    texts = [
        "E.I. Du Pont de Nemours and Co said it would sell the plant.",
        "Norton collapsed at the corner of California and Dupont (now Grant) streets.",
        "Police closed Dupont and Connecticut avenues.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert facts[0][0]["organisations"] == facts[0][0]["speakers"] == ["DuPont"]
    assert [f[0]["organisations"] + f[0]["people"] for f in facts[1:]] == [[], []]


def test_a_firm_of_common_words_after_where_it_is_based_is_a_body_that_speaks():
    texts = [
        "Oxford-based Natural Motion launched a game engine.",
        "Natural Motion said it would hire. Shares of Capital Economics fell.",
        "Capital Economics said it would grow.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Natural Motion"]
    assert facts[1]["speakers"] == ["Natural Motion"]
    assert facts[2]["speakers"] == facts[2]["organisations"] == ["Capital Economics"]


def test_a_verb_opening_a_sentence_before_the_is_no_part_of_a_body():
    texts = ['"Comparing the Welsh Assembly Government to Hitler is crass," he said.']
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Welsh Government"]


def test_the_devolved_governments_are_bodies_under_their_names_now():
    texts = [
        "The Scottish Executive will not merge the Scottish Prison Service.",
        "The Northern Ireland Executive and the Welsh Assembly Government met.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Scottish Government", "Scottish Prison Service"]
    assert facts[1]["organisations"] == ["Northern Ireland Executive", "Welsh Government"]
    assert facts[1]["places"] == ["Northern Ireland"]


def test_the_education_paper_and_a_distributor_are_bodies():
    texts = [
        "But he told the Times Educational Supplement that truancy was bad.",
        "The SEC settled with BACAP Distributors and Banc of America Securities.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Times Educational Supplement"]
    assert facts[1]["organisations"] == [
        "Securities and Exchange Commission",
        "BACAP Distributors",
        "Banc of America Securities",
    ]


def test_a_body_of_common_words_its_president_heads_is_a_body_and_the_gop_is_the_party():
    texts = [
        "Judicial Watch president Tom Fitton said so. But Lions chairman Jeff Burnige did not.",
        "The GOP convention opened; the G.O.P. nominee spoke.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Lions", "Judicial Watch"]  # not "But Lions"
    assert facts[1]["organisations"] == ["Republican Party"]


def test_a_headline_in_capitals_that_ends_in_a_place_s_head_is_no_place():
    texts = [
        "U.S. SIGNS TAX TREATY WITH VIRGIN ISLANDS",
        "IRAQ SAYS IT ATTACKS TWO SHIPS IN GULF",
        "NORTH RHINE-WESTPHALIA TO ISSUE BOND TODAY",
        "TARPON SPRINGS, Florida 1996-12-07",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [f[0]["places"] for f in facts] == [
        ["United States"],
        [],
        ["North Rhine-Westphalia"],
        ["Tarpon Springs Florida", "Florida"],  # a dateline's town in capitals takes its case
    ]


def test_a_bank_or_airlines_alone_is_no_body_unless_the_source_names_which():
    texts = [
        "Wells Fargo Bank and the Bank of England spoke.",
        "The Bank said rates would rise.",
        "Airlines have attacked the plan.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[1]["organisations"] == facts[1]["speakers"] == ["Bank of England"]
    assert facts[2]["organisations"] == []


def test_a_team_sheet_s_initial_and_surname_is_a_person_not_a_town():
    texts = ["Chris Paterson kicked well.", "Scotland: C Paterson; D Garland (Glasgow), from N Ireland."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[1]["people"] == ["Chris Paterson"]
    assert facts[1]["places"] == ["Scotland", "Glasgow", "Ireland"]


def test_a_body_named_with_and_without_the_country_s_initials_is_one_value():
    texts = ["The U.S. Senate voted, and the U.S. Army moved.", "The Senate must act."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Senate", "U.S. Army"]
    assert facts[1]["organisations"] == ["Senate"]


def test_a_generic_head_after_a_country_s_initials_is_read_without_end():
    # "the Council" looks for the one council named, "US Council", whose initials once led
    # back to "Council": the recursion never ended.
    facts = enrich(["The US Council said so. The Council agreed."], ["body"], None)
    assert facts[0]["organisations"] == ["US Council"]


def test_a_person_named_by_nation_is_no_name_nor_a_speaker():
    texts = [
        "Martin Jol was pleased.",
        '"It was a professional performance," the Dutchman said, and the Frenchwoman agreed.',
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[1]["people"] == [] and "Dutchman" not in facts[1]["speakers"]


def test_an_office_after_lord_speaks_through_its_holder():
    texts = ["The Lord Chief Justice, Lord Woolf, who is the most senior judge in England, said so."]
    assert enrich(texts, ["body"], None)[0]["speakers"] == ["Woolf"]


def test_a_lone_word_that_speaks_is_typed_by_the_pronoun_it_goes_on_with():
    texts = [
        "Kechiche said he made the film because he wanted to.",
        "Macrovision says its new RipGuard technology will thwart most people.",
        '"It went well," said Sotherton. "I\'ve surprised myself."',
        # Spoken of both ways: neither.
        "Zorlan said he would go. Zorlan said its offer stood.",
        # A pronoun after another name is that name's, initials too.
        "Vantrel said Mary Smith had left her post.",
        "Alfred Warren spoke first. Warren said GM would bring workers back to its plants.",
    ]
    facts = each_alone(texts)
    assert facts[0]["people"] == ["Kechiche"]
    assert facts[1]["organisations"] == ["Macrovision"]
    assert facts[2]["people"] == ["Sotherton"]
    assert facts[3]["people"] == [] and facts[3]["organisations"] == []
    assert "Vantrel" not in facts[4]["people"] + facts[4]["organisations"]
    assert facts[5]["people"] == ["Alfred Warren"] and facts[5]["organisations"] == ["GM"]


def test_a_lone_word_given_a_quotation_is_someone_the_people_name_too():
    texts = [
        '"You hear about women playing only three sets," said Daveport.',
        'On investment, Parry said: "We are still talking to a buyer."',
        # A name opening the sentence after a quotation is given none; nor one after an
        # article, nor one that speaks in a statement, as a body does.
        '"We are ready." Archos said the device ships in May.',
        '"I was in a lot of pain," says the Waterford man.',
        '"This case was about performance," Merrill said in a statement.',
        "Gartner said sales rose 26% in the third quarter.",
        '"Prices will not crack," said Prescott, Ball and Turben analyst Bruce Lazier.',
    ]
    facts = each_alone(texts)
    assert [f["speakers"] for f in facts[:2]] == [["Daveport"], ["Parry"]]
    assert [f["people"] for f in facts[:6]] == [["Daveport"], ["Parry"], [], [], [], []]
    assert "Prescott" not in facts[6]["people"]


def test_an_adverb_opens_no_body_and_a_day_ends_one():
    assert kinds('"We want tickets." Initially Visual Radio will be limited.') == [
        ("Visual Radio", ORGANISATION)
    ]
    assert kinds("Assembly Government ministers agreed.") == [("Assembly Government", ORGANISATION)]
    texts = ["The House of Commons on Monday voted, as did the Joint Committee on Human Rights."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == [
        "House of Commons",
        "Joint Committee on Human Rights",
    ]


def test_a_nationality_or_a_party_before_a_name_is_cut_from_it():
    assert kinds("The album by Argentine Chango Spasiuk won.") == [("Chango Spasiuk", "unknown")]
    assert kinds("He met Tory David Heathcoat-Amory.") == [
        ("Tory", ORGANISATION),
        ("David Heathcoat-Amory", PERSON),
    ]
    assert kinds("She flew American Airlines.") == [("American Airlines", ORGANISATION)]


def test_brands_initials_before_a_word_and_a_group_in_initials_are_no_one():
    texts = [
        "Inbev brands include Bass, Stella Artois, Hoegaarden and Staropramen.",
        "Foster's owns the Beringer and Wolf Blass brands among others.",
        "It helps patients with MS. Final approval is due, as fighting in DR Congo goes on.",
        "The show fired two New York DJs.",
    ]
    facts = each_alone(texts)
    assert facts[0]["people"] == [] and facts[0]["speakers"] == []
    assert facts[1]["people"] == [] and facts[1]["speakers"] == []
    assert facts[2]["people"] == [] and facts[2]["places"] == ["Democratic Republic of the Congo"]
    assert facts[3]["people"] == []
    assert kinds("MR. SMITH: Yes.") == [("SMITH", PERSON)]


def test_a_double_surname_s_first_half_names_its_bearer():
    texts = ["Robert Kilroy-Silk launched a party.", "Kilroy is an able communicator, readers wrote."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[1]["people"] == ["Robert Kilroy-Silk"] and facts[1]["places"] == []


def test_a_unit_after_its_number_is_no_body():
    assert kinds("It holds 40GB of music, more than a 1.8GB card.") == []
    assert kinds("The 777-200LR flew to Paris.") == [("Paris", PLACE)]


def test_a_city_named_by_no_town_of_its_own_is_a_place_and_a_town_s_city_its_club():
    texts = [
        "They flew to Atlantic City and Kansas City, then Panama City.",
        "Manchester City beat Exeter City, and BP shut its Texas City refinery.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == ["Atlantic City", "Kansas City", "Panama City"]
    assert facts[0]["organisations"] == []
    assert facts[1]["organisations"] == ["Manchester City", "Exeter City", "BP"]
    assert facts[1]["places"] == ["Manchester", "Exeter", "Texas City"]  # the clubs' towns, named inside


def test_a_heading_s_head_word_before_a_common_noun_names_no_body():
    texts = ["He attended Navarro College.", "College career", "The College expelled him."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[1]["organisations"] == []
    assert facts[2]["organisations"] == ["Navarro College"]


def test_a_first_name_opens_no_title_nor_a_thing_of_words():
    for text in (
        "A song called Mack the Knife won.",
        "Kids love Bob the Builder.",
        "The Summer of Love ended.",
    ):
        assert [k for k in kinds(text) if k[1] == PERSON] == []
    assert kinds("The Bill of Rights passed.") == []
    assert kinds("William Pitt the Younger met Theodorus of Tabennese.") == [
        ("William Pitt the Younger", PERSON),
        ("Theodorus of Tabennese", PERSON),
    ]


def test_a_work_before_its_maker_a_short_month_and_a_plural_title_name_no_one():
    texts = [
        "It was praised by Iris director Sir Richard Eyre and Troy star Eric Bana.",
        "Candidates have until Jan. 31 to file, Jan Smith said.",
        "Senators Harry Reid of Nevada and Elizabeth Warren agreed.",
        "AMT $300 MLN MATURITY 21.JAN.99 PAY DATE S23.SEP.96",  # a term sheet's dates
    ]
    facts = each_alone(texts)
    assert facts[0]["people"] == ["Richard Eyre", "Eric Bana"]
    assert facts[1]["people"] == ["Jan Smith"]
    assert not {"JAN", "SEP"} & {*facts[3]["organisations"], *facts[3]["people"]}
    assert facts[2]["people"] == ["Harry Reid", "Elizabeth Warren"] and facts[2]["places"] == ["Nevada"]


def test_a_preposition_that_opens_a_sentence_opens_no_name():
    assert kinds("Inside the Quicken Loans Arena, fans cheered.") == [("Quicken Loans Arena", PLACE)]
    assert kinds("Outside the White House, crowds gathered.") == [("White House", ORGANISATION)]


def test_a_lone_word_typed_by_its_pronoun_speaks_though_it_only_opens_sentences():
    facts = enrich(["Kechiche said he made the film because he wanted to."], ["body"], None)
    assert facts[0]["speakers"] == ["Kechiche"]


def test_a_body_named_once_is_that_body_wherever_its_name_stands_alone():
    texts = [
        "The oil firm Yukos faces a tax bill.",
        "The Kremlin seized and sold Yukos' main production arm.",
        "Critics decry the assault on Yukos' finances and the Academy.",
        "She won the Academy Award.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert "Yukos" in facts[1]["organisations"] and "Yukos" in facts[2]["organisations"]
    assert facts[3]["organisations"] == []


def test_initials_of_things_in_the_singular_or_the_plural_are_no_bodies():
    texts = [
        "Nintendo's DS and Sony's PSP run games on Windows XP, and players of MMORPGS use IRC.",
        "The MPS said the VHF radio and the ROV were lost.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Nintendo", "Sony"]
    assert facts[1]["organisations"] == ["MPS"]  # the Metropolitan Police Service, not MPs


def test_a_name_after_the_is_no_one_s_unless_it_qualifies_what_follows():
    texts = [
        "Forrest, the future founder of the Ku Klux Klan, quickly overran the fort. Officials from the"
        " Hillary Clinton campaign met the Royal Scots, who backed the George Floyd Justice in Policing Act.",
        "A hamper came from the Sultan of Brunei.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Hillary Clinton", "George Floyd"]
    assert facts[0]["organisations"][0] == "Ku Klux Klan"  # the table's
    assert facts[1]["places"] == ["Brunei"]  # an office "of" a place keeps the place


def test_a_church_of_a_town_and_a_church_of_a_faith_are_bodies():
    texts = ["He was pastor of Calvary Church of Santa Ana, then at the First Baptist Church of Leeds."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Calvary Church of Santa Ana", "Baptist Church"]
    assert facts[0]["people"] == []


def test_degrees_and_airport_codes_are_no_bodies_and_universities_go_by_one_word():
    texts = [
        "She took a B.A. at Yale and an M.A. at Harvard, then taught at MIT.",
        "Tulsa International Airport (IATA: TUL) is north of downtown.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Yale University", "Harvard University", "MIT"]
    # Neither the code nor its label: a facet "IATA" would list every airport, not the body's news.
    assert facts[1]["organisations"] == []


def test_a_romance_body_s_name_goes_on_past_its_small_words():
    texts = [
        "The Fiscalía General de la Nación and the Guardia di Finanza raided the Universidad Nacional de"
        " Educación a Distancia. The Real Donald Trump, a book, sold well; Real Madrid and Barcelona drew."
    ]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == [
        "Fiscalía General de la Nación",
        "Guardia di Finanza",
        "Universidad Nacional de Educación a Distancia",
        "Real Madrid",
        "Barcelona",  # the club, beside Real Madrid
    ]


def test_a_town_s_name_that_speaks_as_a_body_does_is_the_body_but_a_country_stays_a_place():
    texts = [
        "Orange said in a statement that its brand mattered.",
        "France said it would veto the plan, and Texas said its budget was sound.",
        "A spokeswoman for a shopping centre in Cardiff said it was its busiest day.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert (facts[0]["organisations"], facts[0]["places"]) == (["Orange"], [])
    assert (facts[1]["organisations"], facts[1]["places"]) == ([], ["France", "Texas"])
    assert (facts[2]["organisations"], facts[2]["places"]) == ([], ["Cardiff"])


def test_a_town_s_name_that_speaks_is_the_firm_with_a_legal_form_it_opens_but_a_country_is_itself():
    texts = [
        "Delta Air Lines Inc, Gulf and Western Inc and Canada Development Corp cut costs in Delta,"
        " British Columbia.",
        "Delta said the cuts would start in May, and Canada said it would object.",
        "It said the cuts would save money.",
        '"He is an outstanding addition," said Gulf and Western chairman Martin Davis.',
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[1]["organisations"] == ["Delta Air Lines Inc"]
    assert facts[1]["places"] == ["Canada"]
    assert facts[1]["speakers"] == ["Delta Air Lines Inc"]
    assert facts[2]["speakers"] == ["Delta Air Lines Inc"]  # "it": the firm that spoke, no person
    # The town, in its province; the country a body's name holds.
    assert facts[0]["places"] == ["Canada", "Delta British Columbia", "British Columbia"]
    # After the verb, the town is the first word of a longer run: not the firm speaking.
    assert "Gulf and Western Inc" not in facts[3]["speakers"]
    # A place of two words too.
    texts = ["River Oaks Industries Inc named Benson Seizer.", "River Oaks said it will place a note."]
    facts = enrich(texts, ["body"] * 2, None)
    assert (facts[1]["speakers"], facts[1]["places"]) == (["River Oaks Industries Inc"], [])


def test_foreign_papers_named_with_their_article_are_bodies_not_people():
    texts = ["Le Monde reported the raid, and El País and Die Zeit followed; Corriere della Sera said so."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Le Monde", "El País", "Die Zeit", "Corriere della Sera"]
    assert facts[0]["people"] == []
    # Italian's "dello", "dei", "degli" join a name, and a paper's or a savings bank's head opens one.
    texts = [
        "The Gazzetta dello Sport and Il Messaggero said Banca Monte dei Paschi di Siena and Cassa"
        " Depositi e Prestiti met the Ministero degli Affari Esteri."
    ]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == [
        "Gazzetta dello Sport",
        "Il Messaggero",
        "Banca Monte dei Paschi di Siena",
        "Cassa Depositi e Prestiti",
        "Ministero degli Affari Esteri",
    ]
    assert facts[0]["people"] == []


def test_a_description_capitalised_to_open_a_sentence_is_no_part_of_the_name_and_the_name_still_opens_it():
    texts = [
        "Teenager Sania Mirza won the Hyderabad Open.",
        "Veteran Spaniard Conchita Martinez also won.",
        'Mirza, ranked 134, beat Alyona Bondarenko of Ukraine. "It is a big moment," she said.',
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Sania Mirza"]
    assert facts[1]["people"] == ["Conchita Martinez"]
    assert facts[2]["speakers"] == ["Sania Mirza"]


def test_apps_and_platforms_a_source_lists_or_describes_are_bodies():
    texts = [
        "Offenders groomed children on apps such as Wizz and Hoop, and on platforms like Kik.",
        "Wizz, an app popular with teenagers, was removed from the stores.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Wizz", "Hoop", "Kik"]
    assert facts[1]["organisations"] == ["Wizz"]


def test_a_lone_word_before_its_founders_staff_or_board_is_a_body():
    texts = ["Zotero's founders met Wizz's staff, and the Kazaa board agreed."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Zotero", "Wizz", "Kazaa"]


def test_a_first_name_before_a_place_s_head_that_speaks_or_holds_a_role_is_someone():
    texts = [
        '"We think we do," said Mike Lake, a Yukos spokesman.',
        "Alexandra Tower, a spokeswoman for the bank, told reporters. They met at Victoria Park.",
        "George Street said the talks had failed; George Street, the city's main road, was shut.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert (facts[0]["people"], facts[0]["places"]) == (["Mike Lake"], [])
    assert facts[0]["speakers"] == ["Mike Lake"]
    assert (facts[1]["people"], facts[1]["places"]) == (["Alexandra Tower"], ["Victoria Park"])
    assert facts[2]["speakers"] == ["George Street"]


def test_a_kind_after_a_preposition_in_an_apposition_is_another_s():
    # "a spokeswoman for the bank" describes her, not a bank she is; "a company that" does.
    texts = ["Jane Smith, a spokeswoman for the bank, said so. Evernote, a company that makes apps, agreed."]
    facts = enrich(texts, ["body"], None)
    assert (facts[0]["people"], facts[0]["organisations"]) == (["Jane Smith"], ["Evernote"])
    # The company the source describes speaks as a body, no bank.
    assert facts[0]["speakers"] == ["Jane Smith", "Evernote"]


def test_a_body_the_source_describes_speaks_and_is_no_he():
    texts = [
        "Bravehearts, a child protection charity, said the case was shocking.",
        "Sahil, an Islamabad-based NGO, said 4,213 cases were reported in Pakistan last year.",
        "Against Child Abuse, a local NGO, urged the government to set up a register.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["speakers"]) for f in facts] == [
        (["Bravehearts"], ["Bravehearts"]),
        (["Sahil"], ["Sahil"]),
        (["Against Child Abuse"], ["Against Child Abuse"]),
    ]
    # A body no "he" stands for: "he told" is the man the source named.
    texts = [
        "Tony Wilson, the music mogul who founded Factory Records, is to launch a new label.",
        "Factory were the label of Joy Division. Now Wilson backs Raw T, signed to his label, the"
        ' heir of Factory. "They are my third band," he told the BBC.',
        "Wilson said the 1980s were when labels such as Factory and Rough Trade grew.",
    ]
    assert enrich(texts, ["body"] * 3, None)[1]["speakers"] == ["Tony Wilson"]


def test_an_appositive_name_no_list_types_speaks_after_a_role_not_after_the_subject():
    texts = [
        "The agency's director, Valdecy Urquiza, said the network spanned 40 countries.",
        "Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said so.",
    ]
    assert speakers_of(*texts) == [["Valdecy Urquiza"], ["Giovanni Maria Vian"]]


def test_a_body_whose_head_opens_its_name_is_the_department_and_its_short_form():
    texts = [
        "The Department of Justice charged two men.",
        "The Justice Department said it would appeal, and the department said more.",
        "A spokesman for Germany's Federal Criminal Police Office said 29 were held.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[1]["organisations"] == ["Department of Justice"]
    assert facts[1]["speakers"] == ["Department of Justice"]
    # A place's possessive before a body is not the body's name.
    assert facts[2]["speakers"] == ["Federal Criminal Police Office spokesperson"]
    texts = ["The Department for Education issued guidance.", "The department said it was wrong."]
    assert speakers_of(*texts) == [[], ["Department for Education"]]


def test_an_inquiry_s_name_goes_on_past_into():
    texts = [
        "Alexis Jay chaired the Independent Inquiry into Child Sexual Abuse.",
        "The Royal Commission into Institutional Responses to Child Sexual Abuse reported in 2017.",
        "An investigation by the Met Police into Downing Street parties ended.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Independent Inquiry into Child Sexual Abuse"]
    commission = "Royal Commission into Institutional Responses to Child Sexual Abuse"
    assert facts[1]["organisations"] == [commission]
    assert facts[2]["organisations"] == ["Metropolitan Police", "Downing Street"]


def test_an_acronym_spelled_out_by_words_no_list_types_is_named_by_them():
    texts = [
        "Homeland Security Investigations (HSI) agents worked with the police.",
        "HSI said 12 men were held. A spokesman for the British Phonographic Industry (BPI) agreed.",
        "Compact fluorescent lamps (CFLs) and the Consumer Electronics Show (CES) in Las Vegas.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Homeland Security Investigations"]
    bpi = "British Phonographic Industry spokesperson"
    assert facts[1]["speakers"] == ["Homeland Security Investigations", bpi]
    assert facts[2]["organisations"] == []  # a term and a show: no body, spelled out or not


def test_a_lone_word_before_its_fighters_is_a_group_not_a_person():
    texts = ["The Kremlin denied that Wagner mercenaries were in Mali, where Kurdish fighters were not."]
    facts = enrich(texts, ["body"], None)
    assert (facts[0]["people"], facts[0]["organisations"]) == ([], ["Kremlin", "Wagner"])
    facts = enrich(["Al-Shabaab said it attacked a hotel."], ["body"], None)
    assert facts[0]["organisations"] == ["Al-Shabaab"]


def test_the_un_s_organs_go_by_one_name_however_the_source_abbreviates_the_un():
    texts = [
        "The UN Security Council and the U.N. General Assembly met.",
        "The United Nations Security Council voted; the U.N. said so.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["United Nations Security Council", "United Nations General Assembly"]
    assert facts[1]["organisations"] == ["United Nations Security Council", "United Nations"]


def test_what_a_speaker_criticises_or_defends_does_not_speak():
    texts = [
        "Rep. Alexandria Ocasio-Cortez, D-N.Y., criticized the Federal Reserve.",
        "David Campese said England lacked leaders.",
        "Campese, though, defended coach Andy Robinson, who he believes was the only choice.",
    ]
    assert speakers_of(*texts) == [["Alexandria Ocasio-Cortez"], ["David Campese"], ["David Campese"]]


def test_a_given_name_after_sheikh_names_someone():
    texts = ["Sheikh Hasina fled Dhaka by helicopter. Hasina said she would return."]
    facts = enrich(texts, ["body"], None)
    assert (facts[0]["people"], facts[0]["speakers"]) == (["Hasina"], ["Hasina"])


def test_places_a_capitalised_qualifier_or_a_camp_introduces():
    texts = [
        "Wildfires spread across the Mediterranean island of Rhodes and the West Bank city of Jenin.",
        "The ship sank off Lampedusa, an Italian island. The summit was at Camp David.",
        "He grew up in the Bronx. Ford, the US car company, reported a profit.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == ["Mediterranean", "Rhodes", "West Bank", "Jenin"]
    assert (facts[1]["places"], facts[1]["people"]) == (["Lampedusa", "Camp David"], [])
    assert (facts[2]["places"], facts[2]["organisations"]) == (["The Bronx", "United States"], ["Ford"])


def test_journals_and_panels_news_cites():
    texts = [
        "A study in the Lancet found it worked, The BMJ said.",
        "According to the Intergovernmental Panel on Climate Change, warming will exceed 1.5C.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["The Lancet", "British Medical Journal"]
    assert facts[1]["speakers"] == ["Intergovernmental Panel on Climate Change"]


def test_police_ranks_abbreviated_constabularies_and_letters_after_a_name():
    texts = [
        "Ch Supt Phil Matthews of Merseyside Police said the arrests followed an inquiry.",
        "Detective Constable Emma Hughes, of Lancashire Constabulary, said the girls were brave.",
        "Defending, Richard Wright KC said his client was of good character.",
        "Former minister Frank Field MP said the chancellor should go. A senior Tory MP said so too.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert (facts[0]["people"], facts[0]["organisations"]) == (["Phil Matthews"], ["Merseyside Police"])
    assert facts[1]["organisations"] == ["Lancashire Constabulary"]
    assert facts[2]["speakers"] == ["Richard Wright"]
    assert facts[3]["speakers"] == ["Frank Field"]  # "Tory MP" is no party speaking


def test_parties_and_agencies_of_world_news_the_table_holds():
    texts = ["Fidesz won, the Five Star Movement gained, and Xinhua said Law and Justice had lost."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Fidesz", "Five Star Movement", "Xinhua", "Law and Justice"]


def test_a_spokesperson_of_a_role_in_lower_case_speaks_for_its_holder():
    texts = [
        "Rapper Snoop Dogg is being sued; ABC said the claims had no merit.",
        "The rapper's spokesman said the allegations were untrue.",
        "The council's spokesperson said it was expected, the UK Film Council said.",
    ]
    assert speakers_of(*texts)[1] == ["Snoop Dogg spokesperson"]
    texts = ["Prime Minister Tony Blair visited Leeds.", "The prime minister's official spokesman said no."]
    assert speakers_of(*texts)[1] == ["Downing Street spokesperson"]
    # A professor is named by the surname after the title, though it is a word too.
    facts = enrich(["Writing in The Guardian, Professor Jay said the state had failed."], ["body"], None)
    assert (facts[0]["people"], facts[0]["speakers"]) == (["Jay"], ["Jay"])


def test_guards_are_bodies_and_shoals_are_places():
    texts = ["The Philippine Coast Guard said ships fired water cannon near the Scarborough Shoal."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == facts[0]["speakers"] == ["Philippine Coast Guard"]
    assert facts[0]["places"] == ["Scarborough Shoal"]


def test_a_body_of_a_place_is_the_body_and_the_place():
    texts = ["The ACLU of Northern California sued. Lloyds of London said insurers would pay."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["American Civil Liberties Union", "Lloyd's of London"]
    assert facts[0]["places"] == ["Northern California", "London"]


def test_clubs_named_by_a_town_and_a_coined_plural():
    texts = [
        "The Los Angeles Lakers beat the Boston Celtics; he left the Pittsburgh Steelers.",
        '"We played badly," said Seattle Seahawks coach Pete Carroll.',
        "He starred in the Tennessee Williams drama.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Los Angeles Lakers", "Boston Celtics", "Pittsburgh Steelers"]
    assert (facts[1]["organisations"], facts[1]["people"]) == (["Seattle Seahawks"], ["Pete Carroll"])
    assert facts[2]["organisations"] == []  # a first name's plural is a surname


def test_events_and_documents_named_by_a_place_are_no_bodies():
    texts = ["After the Panama Papers and the London Riots, the Oslo Accords and the Geneva Conventions."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == []
    # A garden closes a place's name, unless the one it names speaks.
    texts = ["They met at Madison Square Garden. Graeme Garden said it was fun."]
    facts = enrich(texts, ["body"], None)
    assert (facts[0]["places"], facts[0]["speakers"]) == (["Madison Square Garden"], ["Graeme Garden"])


def test_initials_in_the_table_name_no_word_or_town_written_in_lower_case():
    texts = [
        "Islamic State claimed the attack in Nice.",
        "By not disassociating herself, Sec. Clinton is choosing to stick with a loyalist.",
        "NICE said the drug was too costly, and Nato said it would help.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert (facts[0]["organisations"], facts[0]["places"]) == (["Islamic State"], ["Nice"])
    assert facts[1]["organisations"] == []
    assert facts[2]["organisations"] == ["National Institute for Health and Care Excellence", "NATO"]


def test_a_body_its_boss_heads_no_list_knows():
    texts = [
        "On Monday, Tesla CEO Elon Musk said the company would move.",
        "Henrik Andersen, chief executive of Vestas, resigned on Tuesday.",
        "Two councillors met the association's chairman in Arundel.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert (facts[0]["organisations"], facts[0]["people"]) == (["Tesla"], ["Elon Musk"])
    assert facts[1]["organisations"] == ["Vestas"]
    assert (facts[2]["organisations"], facts[2]["places"]) == ([], ["Arundel"])


def test_offices_before_a_name_are_no_one():
    texts = [
        "Chinese President Xi Jinping met Philippine President Rodrigo Duterte in Beijing.",
        "Thai Prime Minister Prayut Chan-o-cha dissolved the house. A Rotherham-style scandal followed.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Xi Jinping", "Rodrigo Duterte"]
    assert facts[1]["people"] == ["Prayut Chan-o-cha"]


def test_bodies_named_for_their_purpose_fronts_and_legislatures():
    texts = [
        "The Committee to Protect Journalists and the Coalition to Stop Gun Violence objected.",
        "The Australian Centre to Counter Child Exploitation wrote to Downing Street.",
        "The Civil Human Rights Front marched as on the Western Front; the Lok Sabha sat.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Committee to Protect Journalists", "Coalition to Stop Gun Violence"]
    assert facts[1]["organisations"] == ["Australian Centre to Counter Child Exploitation", "Downing Street"]
    assert facts[2]["organisations"] == ["Civil Human Rights Front", "Lok Sabha"]


def test_museums_of_a_subject_centres_at_work_and_disasters():
    texts = [
        "He visited the Metropolitan Museum of Art; the Bank of England said rates would rise.",
        "The National Hurricane Center reported winds; crowds filled the Barbican Centre.",
        "Firefighters battled the Camp Fire near Paradise, California.",
        "Pfizer and BioNTech said Extinction Rebellion had protested; Blue Origin was silent.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == ["Metropolitan Museum of Art", "England"]
    assert facts[0]["organisations"] == ["Bank of England"]
    assert facts[1]["organisations"] == ["National Hurricane Center"]
    assert facts[1]["places"] == ["Barbican Centre"]
    assert (facts[2]["places"], facts[2]["organisations"]) == (["Paradise California", "California"], [])
    assert facts[3]["organisations"] == ["Pfizer", "BioNTech", "Extinction Rebellion", "Blue Origin"]


def test_the_who_and_groups_of_people_named_for_a_cause():
    texts = [
        "A funding gap remained, the WHO said.",
        "WHO WAS OSCAR? No one knows.",
        "Physicians for Human Rights and Mothers Against Drunk Driving objected.",
        "The Syrian Observatory for Human Rights counted the dead. Calls for Change grew.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == facts[0]["speakers"] == ["World Health Organization"]
    assert "World Health Organization" not in facts[1]["organisations"]  # a heading in capitals
    assert facts[2]["organisations"] == ["Physicians for Human Rights", "Mothers Against Drunk Driving"]
    assert facts[3]["organisations"] == ["Syrian Observatory for Human Rights"]


def test_someone_of_a_body_no_capital_names_speaks():
    texts = ["Sergeant Mike Jones of the local police said the road was closed."]
    assert enrich(texts, ["body"], None)[0]["speakers"] == ["Mike Jones"]
    texts = ["Colonel Olivier Desmarais of the French army said the operation was over."]
    assert enrich(texts, ["body"], None)[0]["speakers"] == ["Olivier Desmarais"]


def test_initials_no_list_knows_before_a_things_words():
    texts = ["Stardust is a NASA Discovery mission. NORTON I, Emperor, ruled. TOO MANY cooks."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["NASA"]


def test_areas_named_by_a_kind_after_and_a_capital_in_apposition():
    texts = [
        "Rohingya refugees fled Rakhine state to Bangladesh.",
        "Troops entered Mekelle, the capital of the Tigray region.",
        "Migrants crossed the English Channel; flooding hit the Somerset Levels.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == ["Rakhine", "Bangladesh"]
    assert facts[1]["places"] == ["Mekelle", "Tigray"]
    assert (facts[2]["places"], facts[2]["organisations"]) == (["English Channel", "Somerset Levels"], [])


def test_given_names_of_world_news_the_dictionary_lacks():
    texts = [
        "Myanmar's de facto leader Aung San Suu Kyi defended the army.",
        "Brazil's former president Luiz Inácio Lula da Silva was jailed. Bolivia's Evo Morales fled.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Aung San Suu Kyi"]
    assert facts[1]["people"] == ["Luiz Inácio Lula da Silva", "Evo Morales"]


def test_a_lone_word_that_speaks_of_its_own_past_a_day():
    facts = enrich(["Maersk said on Tuesday that its systems had been restored."], ["body"], None)
    assert facts[0]["organisations"] == facts[0]["speakers"] == ["Maersk"]


def test_a_place_after_in_does_not_speak_and_possessives_inside_known_names():
    texts = ["Leaders in Kashmir said the strike would go on."]
    assert enrich(texts, ["body"], None)[0]["speakers"] == []
    texts = [
        "The People's Liberation Army held drills; the Tamil Tigers were defeated.",
        "The People's Republic of China objected.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["People's Liberation Army", "Liberation Tigers of Tamil Eelam"]
    assert facts[1]["places"] == ["China"]  # not Taiwan, the "Republic of China"


def test_more_kinds_of_bodies_in_apposition_and_as_examples():
    texts = [
        "Thorn, a nonprofit co-founded by Ashton Kutcher, builds tools. Demos, a think tank, agreed.",
        "Studios such as Disney and Buena Vista backed it. John Smith, a union official, said so.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Thorn", "Demos"]
    assert facts[1]["organisations"] == ["Disney", "Buena Vista"]
    assert facts[1]["people"] == ["John Smith"]


def test_sports_grounds_teams_by_their_nicknames_and_one_word_stars():
    texts = [
        "Lewis Hamilton won the British Grand Prix for Mercedes at Silverstone.",
        "The All Blacks beat the Springboks at the Melbourne Cricket Ground.",
        "Neymar scored twice at Roland Garros.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert (facts[0]["organisations"], facts[0]["places"]) == (["Mercedes-Benz"], ["Silverstone"])
    assert facts[1]["organisations"] == ["All Blacks", "Springboks"]
    assert facts[1]["places"] == ["Melbourne Cricket Ground"]
    assert (facts[2]["people"], facts[2]["places"]) == (["Neymar"], ["Roland Garros"])


def test_a_speaker_after_the_verb_described_then_named():
    texts = ['"We will rebuild," said the town\'s mayor, Jean Dupont.']
    assert enrich(texts, ["body"], None)[0]["speakers"] == ["Jean Dupont"]
    texts = ["His mother, Giselle, said the killer, Warren Leblanc, 17, had mimicked a game."]
    assert "Warren Leblanc" not in enrich(texts, ["body"], None)[0]["speakers"]


def test_a_word_no_list_knows_before_a_member_s_full_name_is_a_body():
    texts = ["Coldplay's Chris Martin sang. E Nesbit's Five Children and It was filmed."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Coldplay"]


def test_shares_of_at_a_sentence_s_start_possessive_appositions_and_names():
    texts = [
        "Shares of Evergrande were suspended. Thousands of Rohingya fled.",
        "Berkshire Hathaway, Warren Buffett's company, bought more.",
        "Moody's downgraded the bonds and Standard & Poor's agreed.",
        "The regulator blamed Zorvane, Jane Smith's firm, for the losses.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Evergrande"]
    assert (facts[1]["organisations"], facts[1]["people"]) == (["Berkshire Hathaway"], ["Warren Buffett"])
    assert facts[2]["organisations"] == ["Moody's", "Standard & Poor's"]
    assert facts[3]["organisations"] == ["Zorvane"]


def test_a_body_s_branch_in_a_place_clinics_and_a_first_name_opening_a_street():
    texts = [
        "NHS England said waiting lists had grown; BBC Scotland reported it.",
        "Great Ormond Street Hospital and the Mayo Clinic said the child had died.",
        "The NYPD said the New York Police Department would act.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["NHS England", "BBC Scotland"]
    assert facts[1]["organisations"] == ["Great Ormond Street Hospital", "Mayo Clinic"]
    assert facts[2]["organisations"] == ["New York Police Department"]


def test_a_headline_s_clause_with_a_form_of_be_is_no_name():
    facts = enrich(["Watch: Police Chief Says Lessons Will Be Learned"], ["body"], None)
    assert facts[0]["people"] == []


def test_a_people_s_possessive_inside_a_body_s_name_and_a_college_of_a_town():
    texts = [
        "The court ruled in Dobbs v. Jackson Women's Health Organization.",
        "He studied at King's College London. Brown's Cabinet Office met.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert "Jackson Women's Health Organization" in facts[0]["organisations"]
    assert facts[0]["people"] == []
    assert facts[1]["organisations"] == ["King's College London", "Cabinet Office"]
    assert facts[1]["people"] == []


def test_towns_of_recent_wars_and_their_spellings():
    texts = ["The IAEA inspected the plant at Zaporizhzhia; troops left Bakhmut, Zaporozhye and Bucha."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["places"] == ["Zaporizhzhia", "Bakhmut", "Bucha"]


def test_a_town_s_paper_and_bodies_of_faith_and_transport_the_table_holds():
    texts = [
        "The Baltimore Sun and the Toronto Star reported it; the Mirror said so too.",
        "Network Rail and Amtrak said the Church of Jesus Christ of Latter-day Saints paid.",
        "The Sun rose over the Pacific.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Baltimore Sun", "Toronto Star", "The Mirror"]
    assert facts[1]["organisations"] == [
        "Network Rail",
        "Amtrak",
        "Church of Jesus Christ of Latter-day Saints",
    ]
    assert facts[2]["organisations"] == []  # the star, in science news


def test_a_capital_the_after_and_opens_a_name_and_a_show_s_name_does_not_loop():
    texts = ["ProPublica and The Marshall Project published it; Politico reported the memo."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["ProPublica", "Marshall Project", "Politico"]
    # "The Office", a show named with its article and a body's head, once looped forever.
    texts = ["We did not deserve to beat The Office.", "Gervais and The Office writer Stephen Merchant won."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[1]["people"] == ["Stephen Merchant"]


def test_an_agency_a_regulator_a_charity_or_a_paper_before_a_name_types_it():
    texts = [
        "State news agency Zorvax reported it; the media regulator Quillon fined the station.",
        "The charity Kidsline and the German newspaper Bild said so.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Zorvax", "Quillon"]
    assert facts[1]["organisations"] == ["Kidsline", "Bild"]


def test_a_body_s_name_the_table_holds_goes_on_past_to():
    texts = ["The National Society for the Prevention of Cruelty to Children said calls rose."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == facts[0]["speakers"] == ["NSPCC"]


def test_a_town_s_globe_a_field_as_ground_and_an_arm_of_a_state_in_apposition():
    texts = [
        "The Boston Globe reported that the Packers had lost at Lambeau Field.",
        "Frank Field, the former MP, spoke.",
        "The Zollkriminalamt, Germany's customs police, shut it; Zorvin, the streaming service, said so.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Boston Globe"]
    assert facts[0]["places"] == ["Boston", "Lambeau Field"]
    assert facts[1]["people"] == ["Frank Field"]
    assert facts[2]["organisations"] == ["Zollkriminalamt", "Zorvin"]


def test_initials_that_spell_someone_s_full_name_are_them():
    texts = [
        "Mexican President Andrés Manuel López Obrador, known as AMLO, spoke.",
        "Crown Prince Mohammed bin Salman flew home. MBS denied ordering the killing.",
        "Alan Brian Carter said the ABC would broadcast the match.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == []
    assert facts[1]["people"] == facts[1]["speakers"] == ["Mohammed bin Salman"]
    assert facts[2]["organisations"] == ["ABC"]  # a body's initials take "the"


def test_a_sport_s_body_by_country_all_opening_a_body_and_a_firm_s_part_in_apposition():
    texts = [
        "Cricket Australia banned him; the All England Club and All India Radio said so.",
        "Zentrix, Apple's main supplier, halted work, but Jo Bell, a drug supplier, was jailed.",
        "The Board of Control for Cricket in India picked the squad.",
        "Water firm Suez in Argentina row In Argentina, Suez's subsidiary, was fined.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Cricket Australia", "All England Club", "All India Radio"]
    assert facts[1]["organisations"] == ["Zentrix", "Apple"]
    assert facts[1]["people"] == ["Jo Bell"]
    assert facts[2]["organisations"] == ["BCCI"]
    assert "Argentina" in facts[3]["places"] and "Argentina" not in facts[3]["organisations"]


def test_a_qualifier_alone_before_a_title_and_senior_counsel_after_a_name():
    texts = [
        "Detective Senior Sergeant Tom Walsh said it; prosecutor Nicola Wright SC agreed.",
        "Deputy Prime Minister Jim Pike spoke. Later, the prime minister told reporters he disagreed.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == facts[0]["speakers"] == ["Tom Walsh", "Nicola Wright"]
    assert facts[1]["speakers"] == []  # the deputy is not the prime minister


def test_a_storm_opening_a_sentence_welsh_ap_and_a_country_s_party_by_name():
    texts = [
        "Hurricane Ian made landfall. Plaid Cymru leader Rhun ap Iorwerth said so.",
        "Mexico's Morena party won; the ruling Zentra party lost. Mary's Christmas party was off.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Rhun ap Iorwerth"]
    assert facts[1]["organisations"] == ["Morena", "Zentra"]


def test_stars_known_by_one_word_and_a_dictionary_word_with_a_chief_executive():
    texts = [
        "Beyoncé and Jay-Z bought a house; rapper Kanye West sold his.",
        "Jeff Bezos stepped down as Amazon's chief executive. The Amazon rainforest burned.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Beyoncé", "Jay-Z", "Kanye West"]
    assert facts[1]["organisations"] == ["Amazon"]


def test_initials_that_spell_a_body_the_source_names_in_full_are_that_body():
    texts = [
        "The operation was led by the Australian Federal Police.",
        "AFP Commander Helen Schneider said officers in Canada made arrests.",
        "Ohio State University apologised; lawyers said they would sue OSU.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[1]["organisations"] == ["Australian Federal Police"]  # not the news agency
    assert facts[2]["organisations"] == ["Ohio State University"]


def test_a_paragraph_s_line_breaks_are_read_as_the_spaces_they_wrap():
    texts = [
        "Piedmont Aviation Inc said it would weigh the bid.",
        "Norfolk Southern Corp said it would propose a takeover of\nPiedmont.",
        "The Cyprus Bank Employees' Union called\noff a strike.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert (facts[1]["organisations"], facts[1]["places"]) == (
        ["Norfolk Southern Corp", "Piedmont Aviation Inc"],
        ["Norfolk"],
    )
    assert facts[2]["speakers"] == []  # "called off" a strike, said nothing


def test_a_firm_s_first_word_alone_is_the_firm_named_with_its_legal_form():
    texts = [
        "Transamerica Natural Gas Corp said it is seeking damages; BASF AG agreed.",
        "Transamerica, a privately held company, has been in bankruptcy.",
        "BASF said its sales rose; the EC Commission and the EC said nothing.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[1]["organisations"] == ["Transamerica Natural Gas Corp"]
    # BASF is the table's, whose name takes no legal form; the EC no firm: no first word for it.
    assert facts[2]["organisations"] == ["BASF", "EC Commission", "EC"]


def test_gatt_is_a_body_though_its_words_spell_an_agreement():
    texts = ["A new GATT (General Agreement on Tariffs and Trade) round is needed.", "GATT talks went on."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["organisations"] for f in facts] == [["GATT"], ["GATT"]]


def test_a_place_right_after_a_closing_legal_form_is_no_part_of_the_firm_s_name():
    texts = [
        "Levesque Beaubien Inc Toronto-based bank analyst Donna Pulcine told Reuters.",
        "Jaguar PLC's Jaguar Cars Inc U.S. subsidiary said sales rose; Exxon Co USA did not.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["organisations"], f[0]["places"]) for f in facts] == [
        (["Levesque Beaubien Inc", "Reuters"], ["Toronto"]),
        (["Jaguar PLC", "Jaguar Cars Inc", "Exxon Co USA"], ["United States"]),
    ]


def test_a_firm_named_with_two_legal_forms_goes_by_its_words_before_either():
    texts = [
        "Amoco Corp's Amoco Canada Petroleum Co Ltd made the offer.",
        "Amoco Canada president Don Stacy said the offer stood.",
        "Hooker Corp Ltd of Australia said so, and Hooker Corp agreed.",
        "The stake is in Del E. Webb Investment Properties.",
    ]
    facts = enrich_sources(
        [(texts[:2], ["body", "body"], None), ([texts[2]], ["body"], None), ([texts[3]], ["body"], None)]
    )
    assert facts[0][1]["organisations"] == ["Amoco Canada Petroleum Co Ltd"]
    assert facts[0][1]["places"] == ["Canada"]
    assert facts[1][0]["organisations"] == ["Hooker Corp Ltd"]
    assert (facts[2][0]["people"], facts[2][0]["organisations"]) == (
        [],
        ["Del E. Webb Investment Properties"],
    )


def test_a_firm_goes_by_the_initials_of_its_name_before_its_legal_form():
    texts = [
        "GM <GM> MAY CEASE U.S. CAR ASSEMBLY",
        "General Motors Corp believes it must become competitive.",
        "GM said its sales fell; GNN said so too, and Great Northern Nekoosa Corp agreed.",
    ]
    facts = enrich(texts, ["headline", "body", "body"], None)
    # The table's name for the firm the source names in full ("General Motors Corp").
    assert [f["organisations"] for f in facts] == [
        ["General Motors"],
        ["General Motors"],
        ["General Motors", "Great Northern Nekoosa Corp"],
    ]


def test_a_surname_after_a_maiden_name_and_a_country_s_initials_before_a_body_named_in_full():
    texts = [
        "The United States Senate confirmed Ketanji Brown Jackson. Mitt Romney of Utah voted for her.",
        "Jackson, 51, will serve on the court. The US Senate adjourned.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Ketanji Brown Jackson", "Mitt Romney"]
    assert facts[1]["people"] == ["Ketanji Brown Jackson"]
    assert facts[1]["places"] == ["United States"]
    assert facts[1]["organisations"] == ["United States Senate"]


def test_a_state_s_initials_before_a_body_keep_it_apart_from_the_country_s():
    texts = [
        "U.S. Treasury securities fell after the Treasury said so.",
        "NSW Treasury launched a bond, and the U.S. Senate voted.",
        "The Senate adjourned.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Treasury"]
    assert facts[1]["organisations"] == ["NSW Treasury", "Senate"]  # a country's initials: one value


def test_an_acronym_in_its_own_tongue_after_a_body_s_whole_english_name():
    texts = [
        "The German Weather Service (DWD) warned of rain; the Bundeswehr helped in Rhineland-Palatinate.",
        "The DWD said more rain would fall. The UK Internet Forum (UKIF) met.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["German Weather Service", "Bundeswehr"]
    assert facts[0]["places"] == ["Rhineland-Palatinate"]
    assert "UKIF" in facts[1]["organisations"]  # a name the run cut short stands for nothing


def test_judges_of_a_circuit_accented_initials_and_a_country_s_body_before_and():
    texts = [
        "Ingham County Circuit Judge Rosemarie Aquilina told him; Éric Dupont agreed.",
        "He was the former USA Gymnastics and Michigan State University doctor.",
        "The US Food and Drug Administration approved it.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Rosemarie Aquilina", "Éric Dupont"]
    assert facts[1]["organisations"] == ["USA Gymnastics", "Michigan State University"]
    assert facts[2]["organisations"] == ["Food and Drug Administration"]


def test_railways_head_a_body():
    facts = enrich(["Indian Railways said a signalling error was the likely cause."], ["body"], None)
    assert facts[0]["organisations"] == facts[0]["speakers"] == ["Indian Railways"]


def test_a_premier_by_province_and_a_sport_s_world_body():
    texts = [
        "Alberta Premier Rachel Notley said so; NSW Premier Chris Minns agreed.",
        "World Rugby chairman Bernard Lapasset presented the cup. Mary Queen of Scots was beheaded.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Rachel Notley", "Chris Minns"]
    assert facts[0]["places"] == ["Alberta", "New South Wales"]
    assert facts[1]["organisations"] == ["World Rugby"]
    assert "Mary" not in facts[1]["places"]


def test_initials_known_as_after_a_body_and_bodies_of_faith_and_trade():
    texts = [
        "The Kurdistan Workers' Party, known as the PKK, is banned. The PKK denied it.",
        "The Jehovah's Witnesses were banned; Mercosur signed a deal.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Kurdistan Workers' Party"]
    assert facts[1]["organisations"] == ["Jehovah's Witnesses", "Mercosur"]


def test_an_acronym_after_an_opener_names_its_own_body_and_one_after_and_the_whole():
    texts = [
        "Past Congressional Budget Office (CBO) figures show it.",
        "The CBO said so.",
        "The Brazilian Institute of Geography and Statistics (IBGE) said so. The IBGE agreed.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[1]["organisations"] == ["Congressional Budget Office"]
    assert facts[2]["organisations"] == ["Brazilian Institute of Geography and Statistics"]


def test_the_hague_and_a_headline_s_surname_that_names_a_town_too():
    texts = [
        "Hague 'given up' his PM ambition",
        "Former Conservative leader William Hague will not stand again.",
        "The Hague-based International Criminal Court issued a warrant; talks were held in The Hague.",
    ]
    facts = enrich(texts, ["headline", "body", "body"], None)
    assert facts[0]["people"] == ["William Hague"]
    assert facts[2]["organisations"] == ["International Criminal Court"]
    assert facts[2]["places"] == ["The Hague"]


def test_a_body_s_possessive_before_its_office_a_title_s_possessive_and_a_school_district():
    texts = [
        "The Department of Justice's Office of the Inspector General released its report.",
        "The Cook County State's Attorney's Office dropped the charges.",
        "The Uvalde Consolidated Independent School District fired its chief; he hiked in the Lake District.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"][0] == "Department of Justice"
    assert facts[1]["organisations"] == ["Cook County State's Attorney's Office"]
    assert facts[2]["organisations"] == ["Uvalde Consolidated Independent School District"]
    assert facts[2]["places"] == ["Lake District"]


def test_a_generational_suffix_with_its_full_stop_before_the_verb():
    texts = [
        "Manhattan District Attorney Cyrus Vance Jr. said prosecutors were ready.",
        "Martin Luther King Jr. said so.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["speakers"] == ["Cyrus Vance Jr"]
    assert facts[1]["people"] == facts[1]["speakers"] == ["Martin Luther King Jr"]


def test_a_collider_is_a_thing_and_eth_zurich_a_university():
    texts = ["Scientists at CERN's Large Hadron Collider saw it; ETH Zurich and EPFL built the instrument."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["people"] == []
    assert facts[0]["organisations"] == ["CERN", "ETH Zurich", "EPFL"]


def test_initials_beside_a_name_with_a_dangling_hyphen_do_not_crash():
    # A wire's line break leaves "Dupont-": the name's parts, an empty one among them.
    facts = enrich(["Jean-Pierre Dupont- said so. The JPD said no."], ["body"], None)
    assert facts[0]["people"]


def test_a_firm_s_word_is_the_firm_the_source_names_with_its_form():
    texts = [
        "P&O Cruises is now part of the US Carnival Corporation.",
        "Carnival's chief executive, Micky Arison, said bookings were strong.",
        "The Telegraph Group was sold; the Telegraph reported it.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[1]["organisations"] == ["Carnival Corporation"]
    assert facts[2]["organisations"] == ["Telegraph Group", "Telegraph"]  # the paper stays itself


def test_heads_of_state_and_the_un_known_by_one_word():
    texts = ["Mnangagwa won the vote; Kagame and Museveni congratulated him."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["people"] == ["Mnangagwa", "Kagame", "Museveni"]


def test_the_after_a_name_joins_only_an_epithet():
    texts = [
        "Aides told Reuters the Senate would vote; I told Wikinews the Australian Electoral Commission did.",
        "Ivan the Terrible ruled; he was on Meet the Press.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Reuters", "Senate", "Wikinews", "Australian Electoral Commission"]
    assert facts[1]["people"] == ["Ivan the Terrible"]


def test_a_conference_of_bishops_is_a_standing_body():
    texts = ["The Irish Catholic Bishops' Conference apologised; the Conference of Catholic Bishops met."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == [
        "Irish Catholic Bishops' Conference",
        "Conference of Catholic Bishops",
    ]


def test_clubs_named_by_a_city_and_a_people_a_title_or_a_game_and_a_league_s_class():
    texts = [
        "He left the Triple-A Indianapolis Indians for the Double-A Altoona Curve.",
        "The Cleveland Indians, the Kansas City Chiefs and Bath Rugby won.",
        "Uganda Asians and Bradford Muslims marched; Glasgow MPs voted.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Indianapolis Indians", "Altoona Curve"]
    assert (facts[0]["people"], facts[0]["places"]) == ([], ["Indianapolis"])
    assert facts[1]["organisations"] == ["Cleveland Indians", "Kansas City Chiefs", "Bath Rugby"]
    assert facts[2]["organisations"] == []


def test_a_band_after_its_kind_and_a_club_calling_up_says_nothing():
    texts = [
        "Italian rock band Måneskin won; the Teamsters backed the drive.",
        "The Pittsburgh Pirates on Tuesday called up infielder Brock Holt.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Måneskin", "International Brotherhood of Teamsters"]
    assert facts[1]["speakers"] == []


def test_a_lobby_a_community_and_a_saint_s_cathedral_are_named_whole():
    texts = [
        "The Australian Christian Lobby and the East African Community declined; the Muslim Community met.",
        "Survivors gathered outside St Patrick's Cathedral; he was taken to St Mary's Hospital.",
        "The Victorian Department of Health and Human Services said Hyundai Motor and SK Group paid.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Australian Christian Lobby", "East African Community"]
    assert facts[0]["people"] == []
    assert facts[1]["places"] == ["St Patrick's Cathedral"]
    assert facts[1]["organisations"] == ["St Mary's Hospital"]
    assert facts[1]["people"] == []
    assert facts[2]["organisations"] == ["Department of Health and Human Services", "Hyundai", "SK Group"]


def test_east_asian_given_names_of_two_syllables_and_a_bloc_before_its_kind():
    texts = [
        "His lawyer, Lee In-jae, said so; Tsai Ing-wen beat the Hong Kong-based firm.",
        "Ruto, of the Kenya Kwanza alliance, won; the Hillary Clinton coalition lost.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Lee In-jae", "Tsai Ing-wen"]
    assert facts[0]["speakers"] == ["Lee In-jae"]
    assert facts[1]["organisations"] == ["Kenya Kwanza"]
    assert facts[1]["people"] == ["Hillary Clinton"]


def test_irish_offices_counties_and_a_commission_of_investigation_into():
    texts = [
        "Taoiseach Micheál Martin apologised; the home in Tuam, County Galway, closed.",
        "The Commission of Investigation into Mother and Baby Homes reported.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == facts[0]["speakers"] == ["Micheál Martin"]
    assert facts[0]["places"] == ["Tuam", "County Galway"]
    assert facts[1]["organisations"] == ["Commission of Investigation into Mother and Baby Homes"]


def test_a_word_set_off_as_a_body_or_defined_in_brackets_is_that_body():
    texts = [
        "Kinsa, the Family Court Advisory Service, will release records.",
        "Kinsa said so. The Internet Corporation for Assigned Names and Numbers (Icann) met.",
        "Icann said it would decide. A Troncon (Treviso) and S Parisse (Treviso) play.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[1]["speakers"] == ["Family Court Advisory Service"]
    icann = "Internet Corporation for Assigned Names and Numbers"
    assert facts[2]["speakers"] == [icann]
    assert facts[2]["organisations"] == [icann]  # a team sheet's club names no player


def test_a_candidate_s_campaign_and_a_group_before_its_kind_are_bodies():
    texts = [
        "The Sarvis for Governor committee raised money; Obama for America spent more.",
        "The Minister for Health spoke; the Black Basta group was named.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Sarvis for Governor", "Obama for America"]
    assert facts[0]["people"] == []
    assert facts[1]["organisations"] == ["Black Basta"]


def test_initials_that_spell_a_name_across_and_keep_it_whole_and_a_party_for_the_people():
    texts = [
        "The United Nations Relief and Works Agency for Syrian Refugees (UNRWASR) said so.",
        "The Democratic Party for the People gained; the Guerreros Unidos cartel was blamed.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["United Nations Relief and Works Agency for Syrian Refugees"]
    assert facts[1]["organisations"] == ["Democratic Party for the People", "Guerreros Unidos"]


def test_initials_set_apart_and_a_particle_after_a_middle_initial():
    texts = [
        "He represented them. K. P. Raghuvanshi, who led the inquiry, said so; K. P. S. Gill agreed.",
        "Reporter Peter R. de Vries was shot. He took vitamin C. Michael Jordan said so.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == facts[0]["speakers"] == ["K. P. Raghuvanshi", "K. P. S. Gill"]
    assert facts[1]["people"] == ["Peter R. de Vries", "Michael Jordan"]


def test_a_county_of_a_place_is_its_government_as_a_city_of_one_is():
    facts = enrich(["He sued the County of Maui and the City of Honolulu."], ["body"], None)
    assert facts[0]["organisations"] == ["County of Maui", "City of Honolulu"]


def test_a_town_s_men_are_no_club():
    texts = ["They presented a show for cable TV channel Granada Men and Motors."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Granada Men and Motors"]


def test_a_word_in_lower_case_inside_a_name_the_table_holds_goes_on_with_it():
    texts = ["The Medicines and Healthcare products Regulatory Agency approved it; Alfa Romeo did not score."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Medicines and Healthcare products Regulatory Agency", "Alfa Romeo"]
    assert facts[0]["people"] == []


def test_us_county_offices_parishes_and_a_state_s_body_by_the_initials_of_the_rest():
    texts = [
        "Uvalde County District Attorney Christina Mitchell Busbee said so.",
        '"I am not pleased," Jefferson Parish Sheriff Harry Lee said.',
        "The Texas Rangers are part of the Texas Department of Public Safety. DPS chief Steve Ray spoke.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["places"] == ["Uvalde County"]
    assert facts[0]["speakers"] == ["Christina Mitchell Busbee"]
    assert facts[1]["places"] == ["Jefferson Parish"]
    assert facts[1]["people"] == facts[1]["speakers"] == ["Harry Lee"]
    assert facts[2]["organisations"] == ["Texas Rangers", "Texas Department of Public Safety"]


def test_a_first_name_before_and_a_full_name_shares_its_surname():
    texts = [
        "The festival's organisers Michael and Emily Eavis said it sold out. They met John and Jane Smith.",
        "Goth favourites the Jesus and Mary Chain played; Harold and Kumar Get The Munchies opened.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["people"] == ["Michael Eavis", "Emily Eavis", "John Smith", "Jane Smith"]
    assert facts[0]["speakers"] == ["Michael Eavis", "Emily Eavis"]
    # A band's and a film's names share no surname.
    assert not {"Jesus Chain", "Harold Get"} & set(facts[1]["people"])


def test_initials_joined_by_an_ampersand_are_one_name_or_a_term():
    texts = ["M&S said sales fell; AT&T and S&N agreed.", "R&D spending rose; a Q&A followed at A&E."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Marks & Spencer", "AT&T", "Scottish & Newcastle"]
    assert facts[1]["organisations"] == []


def test_where_a_text_is_printed_is_a_body_no_place_and_a_swedish_institute_is_a_body():
    texts = [
        "The study, published in Nature Neuroscience, was led at the Karolinska Institutet.",
        "I have published in Frontiers journals on several occasions.",
        "It was published in London in 1990.",
        "In 2004, he appeared in the Mary-Kate and Ashley Olsen comedy New York Minute.",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], ["Nature Neuroscience", "Karolinska Institutet"], []),
        ([], ["Frontiers"], []),
        ([], [], ["London"]),
        (["Ashley Olsen"], [], []),
    ]


def test_a_former_body_after_ex_and_a_body_in_a_town_speaks_as_the_body():
    texts = [
        "A Swiss court cleared ex-Uefa chief Michel Platini. Ex-Tory MP Rory Stewart agreed.",
        "The Federal Criminal Court in Bellinzona said the case was weak; leaders in Kashmir said so.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    # A former member's party is named as a former body is: "ex-Uefa", "Ex-Tory".
    assert facts[0]["organisations"] == ["UEFA", "Conservative Party"]
    assert facts[0]["people"] == ["Michel Platini", "Rory Stewart"]
    assert facts[1]["speakers"] == ["Federal Criminal Court"]


def test_orders_of_sisters_and_the_jesuits_are_bodies():
    texts = [
        "The Sisters of Mercy and the Bon Secours Sisters ran homes; the Jesuits paid.",
        "Jane and Mary Smith met.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Sisters of Mercy", "Bon Secours Sisters", "Society of Jesus"]
    assert facts[1]["people"] == ["Jane Smith", "Mary Smith"]


def test_the_company_said_is_the_body_the_story_is_about():
    texts = [
        "Harbour Shipping Inc said it had agreed to sell its ferry unit to the Port Authority.",
        "The company said the sale would close in June.",
        "The deal values the unit at 40 million dollars, the firm said.",
        "Shares in Blue Circle rose after the group said profits had doubled.",
        "A survey by the firm revealed that most staff agreed.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["speakers"] for f in facts[:3]] == [["Harbour Shipping Inc"]] * 3
    assert facts[3]["speakers"] == ["Blue Circle"]  # the body whose shares open the sentence
    assert facts[4]["speakers"] == []  # a document's finding, the firm a preposition's object
    # Never a public body: "the company" is not the Home Office.
    facts = enrich(["The Home Office set new rules. The company said nothing."], ["body"], None)
    assert facts[0]["speakers"] == []
    # A company no list knows, that the source trades in, is one too.
    facts = enrich(["Shares in Tarn Mills rose after the group said profits had doubled."], ["body"], None)
    assert facts[0]["speakers"] == ["Tarn Mills"]


def test_a_company_of_dictionary_words_is_a_body_by_what_the_text_says_of_it():
    texts = [
        "Standard Life, Europe's largest mutual insurer, cut bonuses.",
        "Oil firm Golden Harvest said output fell; shares in Scottish Widows rose.",
        "Standard Life has two million policyholders. Last year, the company announced a float.",
        "He was sent to Death Row; the chairman of Public Accounts said so.",
        "She joined Island Records and works for Sri Lankan television.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Standard Life"]
    assert facts[1]["organisations"] == ["Golden Harvest", "Scottish Widows"]
    assert facts[1]["speakers"] == ["Golden Harvest"]
    # Named once as a body, it is one wherever it stands.
    assert facts[2]["organisations"] == ["Standard Life"]
    assert facts[2]["speakers"] == ["Standard Life"]
    assert "Death Row" not in facts[3]["organisations"]
    assert facts[4]["organisations"] == ["Island Records"]


def test_a_firm_named_with_its_country_s_initials_stays_whole_before_and():
    texts = [
        "Regulators will investigate US Airways and Delta Air Lines,"
        " the US Securities and Exchange Commission said."
    ]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == [
        "US Airways",
        "Delta Air Lines",
        "Securities and Exchange Commission",
    ]


def test_a_firm_s_and_co_is_part_of_its_name_and_the_table_s_firm():
    texts = ["Morgan Stanley and Co Inc and Mitsui and Co Ltd led the sale, Goldman Sachs and Co said."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Morgan Stanley", "Mitsui and Co Ltd", "Goldman Sachs"]
    assert facts[0]["speakers"] == ["Goldman Sachs"]
    # A word of the dictionary, a rare first name, goes on in a body's name; a familiar one opens a person's.
    texts = ["The Federal Home Loan Bank Board met songwriter Guy Chambers."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Federal Home Loan Bank Board"]
    assert facts[0]["people"] == ["Guy Chambers"]
    # A firm goes by its first word, even a first name, when no one in the source does.
    texts = ["Todd Shipyards Corp omitted its dividend.", "Todd said its lenders agreed; Bill Ford said so."]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[1]["speakers"] == ["Todd Shipyards Corp", "Bill Ford"]
    texts = ["Ford Motor Co cut prices.", "Bill Ford said so.", "Ford said more."]
    assert enrich(texts, ["body"] * 3, None)[2]["speakers"] == ["Bill Ford"]
    # The first word stands for the firm's one name, its legal form and all.
    texts = ["Dudley Taft bid for Taft Broadcasting.", "Taft Broadcasting Co was silent.", "Taft shares rose"]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["organisations"] for f in facts] == [["Taft Broadcasting Co"]] * 3
    # "and" between two words of the dictionary joins them in one firm's name.
    facts = enrich(["St. Joseph Light and Power Corp said rates would rise."], ["body"], None)
    assert facts[0]["organisations"] == ["St. Joseph Light and Power Corp"]


def test_a_capitalised_description_of_a_body_is_the_body_it_describes_not_a_name():
    texts = [
        "Google was accused by the media watchdog, Reporters Without Borders.",
        "The Paris-based pressure group said the site was blocked; the German company said nothing.",
        "The Reporters Without Borders group said more. The UK government said it would act.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Google", "Reporters Without Borders"]
    assert facts[1]["speakers"] == ["Reporters Without Borders"]
    assert facts[2]["speakers"] == ["Reporters Without Borders", "UK government"]


def test_a_town_or_a_first_name_with_a_share_price_or_a_chief_executive_is_a_firm():
    texts = [
        "Hilton's market capitalization is $19 billion; the chief executive of Delta flew to Orange.",
        "Shares in Tokyo rose, as did shares of Johnson and Johnson.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[0]["organisations"] == ["Hilton", "Delta"]
    assert facts[0]["places"] == ["Orange"]
    assert facts[1]["places"] == ["Tokyo"]
    # The firm the source names in full, whether it opens with the word or ends with it.
    texts = [
        "Clark Equipment Co and Eli Lilly and Co report today.",
        "Clark Equipment said it bought shares of Clark common stock.",
        "Lilly said it will buy shares of Lilly stock.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["organisations"] for f in facts[1:]] == [["Clark Equipment Co"], ["Eli Lilly"]]
    assert [f["speakers"] for f in facts[1:]] == [["Clark Equipment Co"], ["Eli Lilly"]]
    assert facts[1]["people"] == []


def test_a_firm_s_name_without_its_form_is_the_firm_unless_a_familiar_first_name_opens_it():
    texts = [
        "Dayton Hudson Corp and Baxter Travenol Laboratories Inc reported today.",
        "Dart had offered to buy Dayton Hudson; Baxter Travenol said it would bid.",
        "Charles Schwab Corp said so, and Charles Schwab agreed.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert (facts[1]["people"], facts[1]["organisations"]) == (
        [],
        ["Dayton Hudson Corp", "Baxter Travenol Laboratories Inc"],
    )
    assert facts[2]["people"] == ["Charles Schwab"]  # the man may speak beside his firm


def test_a_firm_written_without_its_trade_and_legal_form_is_the_firm_the_source_names():
    texts = [
        "Computer Terminal Systems Inc and Scientific Micro Systems Inc were cut by Moody's Investors"
        " Service Inc.",
        "Computer Terminal makes labels, Scientific Micro said, and Moody's Investors Service agreed.",
        "North American Holdings Corp said North American sales rose.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    # One value a firm: the source's full name, or the table's for a body it knows.
    assert facts[1]["organisations"] == [
        "Scientific Micro Systems Inc",
        "Moody's",
        "Computer Terminal Systems Inc",
    ]
    assert facts[1]["people"] == []
    assert facts[2]["organisations"] == ["North American Holdings Corp"]  # a people's word is no firm's name


def test_a_side_named_by_its_plural_after_the_is_a_body_where_it_plays_a_match():
    texts = [
        "The Patriots lost to the Eagles, and the Yankees beat the States' champions.",
        "England beat the Aussies; violence against the Kurds; the Eagles fly.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[0]["organisations"] == ["Patriots", "Eagles", "Yankees"]
    assert facts[1]["organisations"] == ["Eagles"]
    # Not a people, nor a place's last word: "beat the Kurds", "beat the States".
    facts = enrich(["They beat the Kurds, then beat the States."], ["body"], None)
    assert facts[0]["organisations"] == []


def test_a_word_no_list_knows_before_president_or_chief_is_the_body_they_head():
    texts = ["Zollkriminalamt president Holger Münch and Euronext chief Jean-Francois Theodore met."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Zollkriminalamt", "Euronext"]
    texts = ["Goldeneye director Martin Campbell met former president Trump; Apple delayed its CSAM scans."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == ["Apple"]


def test_a_firm_abroad_is_named_with_its_legal_form_as_written():
    texts = [
        "Volkswagen AG's board met; Degussa AG, Olivetti SpA, Boliden AB and Fichtel und Sachs AG said so.",
        "Degussa said profits rose in Reno, NV, and in Johannesburg SA.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[0]["organisations"] == [
        "Volkswagen",
        "Degussa AG",
        "Olivetti SpA",
        "Boliden AB",
        "Fichtel und Sachs AG",
    ]
    assert facts[1]["speakers"] == ["Degussa AG"]
    assert facts[1]["organisations"] == ["Degussa AG"]


def test_an_index_a_club_after_a_possessive_and_a_name_before_an_irregular_past_verb():
    texts = ["The Nikkei 225 index closed higher in Tokyo, while the Hang Seng fell."]
    facts = enrich(texts, ["body"], None)
    # The index is no body (nor anyone); the name alone stays the table's body.
    assert (facts[0]["people"], facts[0]["organisations"]) == ([], ["Hang Seng"])
    texts = ["Lionel Messi's Barcelona were beaten 8-2 by Bayern Munich in Lisbon."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Barcelona", "Bayern Munich"]
    assert facts[0]["places"] == ["Munich", "Lisbon"]
    # A town after a possessive without a side's plural verb stays the town.
    facts = enrich(["Sadiq Khan's London is a city; the Royal Scots won."], ["body"], None)
    assert (facts[0]["places"], facts[0]["people"]) == (["London"], ["Sadiq Khan"])


def test_the_company_said_after_a_sentence_its_possessive_opens_and_a_side_with_a_word_between():
    texts = ["Volkswagen AG's board approved the deal. The carmaker said it would go on."]
    assert enrich(texts, ["body"], None)[0]["speakers"] == ["Volkswagen"]
    texts = ["Chennai Super Kings beat Kolkata Knight Riders in the final."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Chennai Super Kings", "Kolkata Knight Riders"]


def test_a_french_party_named_in_french_is_the_table_s_body_not_a_person():
    texts = ["Emmanuel Macron's party, La République En Marche, lost its majority. En Marche said so."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["people"] == ["Emmanuel Macron"]
    assert facts[0]["organisations"] == ["La République En Marche"]


def test_a_royal_s_given_name_a_plural_head_before_of_and_a_town_named_as_a_work():
    texts = ["Prince Harry and Meghan Markle told Oprah Winfrey that they had left."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["people"] == ["Prince Harry", "Meghan Markle", "Oprah Winfrey"]
    texts = ["Dr. Anthony Fauci of the National Institutes of Health testified."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == ["National Institutes of Health"]
    texts = ["The play Hamilton opened in London.", "Hamilton won 11 awards; he flew to Hamilton, Ontario."]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[0]["places"] == ["London"]
    assert facts[1]["places"] == ["Hamilton Ontario", "Ontario"]


def test_according_to_a_statement_from_a_body_and_no_speaker_from_what_was_said():
    texts = ["According to a statement from the Department of Justice, the defendant faces 20 years."]
    assert enrich(texts, ["body"], None)[0]["speakers"] == ["Department of Justice"]
    texts = ["A source familiar with the inquiry, who asked not to be named, said the FBI had seized files."]
    facts = enrich(texts, ["body"], None)
    assert (facts[0]["speakers"], facts[0]["organisations"]) == ([], ["FBI"])


def test_a_body_s_name_ending_in_and_a_title_word_and_a_place_named_for_someone():
    texts = ["The boy had been known to the Department of Communities and Justice."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == ["Department of Communities and Justice"]
    texts = ["Fifteen patients died at Charlotte Maxeke hospital, the Gauteng Department of Health said."]
    facts = enrich(texts, ["body"], None)
    assert (facts[0]["people"], facts[0]["speakers"]) == ([], ["Gauteng Department of Health"])


def test_a_club_before_and_a_country_s_role_is_the_club_and_no_speaker():
    texts = ["Former Chelsea and England captain John Terry said the club had lost its way."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Chelsea"]
    assert facts[0]["places"] == ["England"]
    assert facts[0]["speakers"] == ["John Terry"]
    texts = ["The American Red Cross and actor Leonardo DiCaprio said they would help."]
    assert enrich(texts, ["body"], None)[0]["speakers"] == ["Leonardo DiCaprio"]
    # Two people or two bodies joined so both speak.
    texts = [
        "Maine Sen. Susan Collins and Texas Rep. Louis Gohmert suggested a delay; Apple and Google said so."
    ]
    speakers = enrich(texts, ["body"], None)[0]["speakers"]
    assert speakers == ["Susan Collins", "Louis Gohmert", "Apple", "Google"]


def test_a_body_s_part_whose_it_is_said_then_named_is_a_body():
    texts = ["He began the 2011 season with the Pirates' Double-A affiliate, the Altoona Curve."]
    # "a season with the Pirates": the club he plays for, named by its plural.
    assert enrich(texts, ["body"], None)[0]["organisations"] == ["Pirates", "Altoona Curve"]
    # A part of no one is no body: "a division, the North, of the country".
    texts = ["The league split into a division, the North Dakota group, and another."]
    assert "North Dakota" not in enrich(texts, ["body"], None)[0]["organisations"]


def test_a_town_for_its_club_is_the_club_the_source_names():
    texts = ["Leeds United won on Monday. Later Leeds beat Hull City."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == ["Leeds United", "Hull City"]
    texts = ["Holt joined Triple-A Indianapolis Indians. He hit .432 in 24 games for Indianapolis."]
    facts = enrich(texts, ["body"], None)[0]
    assert (facts["organisations"], facts["places"]) == (["Indianapolis Indians"], ["Indianapolis"])
    texts = ["Stuart made 110 appearances for Chelsea, scoring 18 goals."]
    facts = enrich(texts, ["body"], None)[0]
    assert (facts["organisations"], facts["places"]) == (["Chelsea"], [])
    # Two clubs of one town: which one, the source does not say.
    texts = ["Manchester United and Manchester City drew. Manchester beat Leeds."]
    assert "Manchester" in enrich(texts, ["body"], None)[0]["organisations"]
    texts = ["He won 40 caps for England and scored 12 goals for Wales."]
    assert enrich(texts, ["body"], None)[0]["places"] == ["England", "Wales"]


def test_justice_after_an_adjective_ends_a_body_s_name():
    texts = ["He became secretary of the Commission on Social Justice. He was 39."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == ["Commission on Social Justice"]
    texts = ["The Centre for Social Justice Director Andy Cook said so."]
    facts = enrich(texts, ["body"], None)[0]
    assert (facts["organisations"], facts["speakers"]) == (["Centre for Social Justice"], ["Andy Cook"])
    texts = ["Lord Chief Justice Igor Judge said so."]
    assert enrich(texts, ["body"], None)[0]["people"] == ["Igor Judge"]


def test_a_firm_s_first_word_is_the_firm_it_opens_and_hotels_name_firms():
    texts = [
        "British car maker Aston Martin has gone head-to-head with Porsche. "
        "Aston's chief executive Ulrich Bez said so."
    ]
    assert enrich(texts, ["body"], None)[0]["organisations"] == ["Aston Martin"]
    texts = ["Hilton Hotels and Hilton Group merged. Hilton's shareholders agreed."]
    facts = enrich(texts, ["body"], None)[0]
    assert (facts["people"], facts["organisations"]) == ([], ["Hilton Hotels", "Hilton Group"])


def test_wire_firms_keep_their_legal_form_and_first():
    texts = [
        "Daiwa Securities Co Ltd said it will provide an update.",
        "TRC Cos Inc said its unit received a contract.",
        "The deal was made with First National Bank of Boston, it said.",
        "First Wachovia Corp said it will add to reserves. First Wachovia also said it will report a gain.",
        "Hawkeye Bancorp said it earned more.",
    ]
    facts = enrich(texts, ["body"] * 5, None)
    assert [f["organisations"] for f in facts] == [
        ["Daiwa Securities Co Ltd"],
        ["TRC Cos Inc"],
        ["First National Bank of Boston"],
        ["First Wachovia Corp"],
        ["Hawkeye Bancorp"],
    ]
    assert [f["people"] for f in facts] == [[]] * 5
    # "First" as an adverb stays out: "First Labour Party members voted".
    texts = ["First Labour Party members voted. First the Police Federation said no."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == ["Labour Party", "Police Federation"]


def test_a_firm_named_without_its_form_speaks_as_it_next():
    texts = [
        "Ohio Edison Co said it has completed the sale.",
        "Ohio Edison said the proceeds will be used to repay loans.",
        "Ohio Edison did not detail the payments, but it said they will reduce costs.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["speakers"] for f in facts] == [["Ohio Edison Co"]] * 3


def test_a_wire_s_dated_note_is_no_one_s_name():
    texts = ["Qtly div four cts vs four cts prior", "Pay Dec 1", "Record Nov 10", "Ended December 31, 1986"]
    assert [f["people"] for f in enrich(texts, ["body"] * 4, None)] == [[]] * 4
    texts = ["He will head the delegation in Peking, China June 8-11, the department said."]
    assert enrich(texts, ["body"], None)[0]["places"] == ["Beijing", "China"]
    texts = ["Theresa May 5 times said no."]
    assert enrich(texts, ["body"], None)[0]["people"] == ["Theresa May"]


def test_a_party_named_by_its_members_is_a_body():
    texts = ["Kohl's Christian Democrats said they would. The Free Democrats joined."]
    facts = enrich(texts, ["body"], None)[0]
    assert (facts["people"], facts["organisations"]) == (["Kohl"], ["Christian Democrats", "Free Democrats"])
    texts = ["The coalition of Christian Democrats and Socialists broke up."]
    facts = enrich(texts, ["body"], None)[0]
    assert (facts["people"], facts["organisations"]) == ([], ["Christian Democrats"])
    # Members of a chamber or a state are no party of their own.
    texts = ["House Democrats and Texas Democrats voted."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == []


def test_a_firm_s_name_without_its_form_is_the_firm_the_source_names_and_spreads():
    texts = [
        "Taft Broadcasting Co said it agreed to sell its stations.",
        "General Motors Corp and Taft Broadcasting signed the deal.",
        "The offer by Entertainment Marketing Inc comes soon. Shares in Entertainment Marketing rose.",
        "Analysts said Entertainment Marketing, whose revenues quadrupled, may buy more.",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert facts[1]["organisations"] == ["General Motors", "Taft Broadcasting Co"]
    assert facts[3]["organisations"] == ["Entertainment Marketing Inc"]


def test_a_legal_form_ends_a_firm_s_name_before_for():
    texts = ["The offer by Entertainment Marketing Inc for Crazy Eddie comes soon."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == ["Entertainment Marketing Inc"]
    texts = ["The Institute for Fiscal Studies said so."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == ["Institute for Fiscal Studies"]


def test_legal_forms_abroad_with_full_stops_and_sweden_s_first():
    texts = ["Shares of AB Providentia rose. Oma Oy said it would buy Ruth B.V. for cash."]
    facts = enrich(texts, ["body"], None)[0]
    assert (facts["people"], facts["organisations"]) == ([], ["AB Providentia", "Oma Oy", "Ruth B.V."])
    texts = ["Philips N.V. said it sold more."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == ["Philips N.V."]


def test_two_words_the_source_gives_staff_name_a_firm():
    texts = [
        # Firms the table does not know, so that the rule, not the table, names them.
        "Furman Selz analyst John Smith said prices rose.",
        "A Mabon Nugent spokesman said prices rose.",
        "A John Lewis spokesman said sales rose.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["organisations"] for f in facts] == [["Furman Selz"], ["Mabon Nugent"], ["John Lewis"]]
    assert [f["people"] for f in facts] == [["John Smith"], [], []]


def test_a_word_and_a_legal_form_after_and_end_one_firm_s_name():
    texts = [
        "Nippon Telegraph and Telephone Corp said.",
        "Worthen Bank and Trust Co agreed.",
        "General Motors and Ford Motor Co agreed.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["organisations"] for f in facts] == [
        ["Nippon Telegraph and Telephone Corp"],
        ["Worthen Bank and Trust Co"],
        ["General Motors", "Ford Motor Co"],
    ]


def test_a_trade_s_word_after_a_name_no_dictionary_holds_is_a_firm_s_name():
    texts = [
        "Mittal Steel said it could cut jobs, and Lorillard Tobacco fell.",
        "Consumer electronics giants Hitachi and Matshushita Electric agreed with Seton Healthcare.",
        "Helen Steel and David Morris were found guilty.",
        "Imelda Staunton and Natalie Press starred; the Associated Press said so.",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert [f["organisations"] for f in facts] == [
        ["Mittal Steel", "Lorillard Tobacco"],
        ["Hitachi", "Matshushita Electric", "Seton Healthcare"],
        [],
        ["Associated Press"],
    ]
    assert [f["people"] for f in facts] == [
        [],
        [],
        ["Helen Steel", "David Morris"],
        ["Imelda Staunton", "Natalie Press"],
    ]


def test_a_side_someone_plays_for_is_a_body_and_its_plural_stands_for_it():
    texts = [
        "He hit 12 home runs in 59 games for the Rice Owls. He also led the Owls in runs.",
        "The Owls won again.",
        "He served eight years with the Royal Marines.",
        "Young Conservatives and Conservatives met.",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert [f["organisations"] for f in facts[:3]] == [["Rice Owls"], ["Rice Owls"], ["Royal Marines"]]
    # Not played for: the plural alone is the party, no short form of "Young Conservatives".
    assert facts[3]["organisations"] == ["Young Conservatives", "Conservative Party"]


def test_a_firm_s_name_before_a_country_or_a_continent_is_its_arm_there():
    texts = [
        "A campaign by Lycos Europe was put on hold, and Telekom Austria is considering one.",
        "Ford Motor Co said sales rose. Ford Canada also said profits rose.",
        "He likened the government to Nazi Germany, and the economy of South-East Asia grew.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["organisations"] for f in facts] == [
        ["Lycos Europe", "Telekom Austria"],
        ["Ford Motor Co", "Ford Canada"],
        [],
    ]
    # A word the source writes in lower case too is a word: "bio" of "Bio Taiwan".
    texts = ["We also have Bio Taiwan. Bio and med are different, and bio comes first."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == []
    # Initials before a country or a continent are a body's arm there; an era's England is no body.
    texts = ["CITIC Pacific and BBC Wales reported on Victorian England; EU China arms ban ends."]
    facts = enrich(texts, ["body"], None)[0]
    assert facts["organisations"] == ["CITIC Pacific", "BBC Wales", "European Union"]
    assert "China" in facts["places"]


def test_a_run_with_a_contraction_or_ending_in_tournament_is_no_one_s_name():
    texts = [
        "The band's hits include Boys Don't Cry, and Maybe I'll Stand.",
        "The Spaniard joins a top field for the AMRO World Tennis Tournament in Rotterdam.",
        '"I\'ve told her about the deal," said Anne Smith.',
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["people"] for f in facts] == [[], [], ["Anne Smith"]]
    assert facts[2]["speakers"] == ["Anne Smith"]


def test_a_plural_title_names_each_name_of_its_list():
    texts = [
        "They join Senators Kelly, Hickenlooper, and Luján as part of a class.",
        "Justices Scalia and Thomas dissented, and Messrs Smith and Jones were charged.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert [f["people"] for f in facts] == [
        ["Kelly", "Hickenlooper", "Luján"],
        ["Scalia", "Thomas", "Smith", "Jones"],
    ]
    # A transcript's surnames in capitals, no body's initials.
    transcript = enrich(["They join Senators KELLY and HICKENLOOPER."], ["body"], None)[0]
    assert (transcript["people"], transcript["organisations"]) == (["KELLY", "HICKENLOOPER"], [])


def test_thinkers_artists_and_leaders_of_other_fields_are_known_by_one_word():
    texts = [
        "In psychology, Piaget's stages of development are abstract concepts.",
        "A film of Bizet's best-known opera premiered, and Mourinho stayed away.",
    ]
    assert [f["people"] for f in enrich(texts, ["body"] * 2, None)] == [["Piaget"], ["Bizet", "Mourinho"]]


def test_a_first_name_the_source_calls_a_work_is_no_one():
    facts = enrich(["A film of Bizet's tragic opera Carmen premiered."], ["body"], None)[0]
    assert facts["people"] == ["Bizet"]
    assert enrich(["Hey Frank, said Carmen."], ["body"], None)[0]["people"] == ["Frank", "Carmen"]


def test_where_someone_lives_after_their_name_and_age_is_a_place():
    texts = [
        "Daniel Smith, 45, from Harehills, was jailed.",
        "Anne Jones, aged 32, of Shirley, Solihull, admitted the offences.",
        "Ken Mayland, of ClearView Economics, said jobs grew.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["places"] for f in facts] == [["Harehills"], ["Shirley", "Solihull"], []]
    assert facts[1]["people"] == ["Anne Jones"]


def test_a_surname_opening_with_its_particle_is_someone():
    texts = [
        "Robin van Persie scored twice.",
        "Van Persie is suspended, and Van Nistelrooy is set to return.",
    ]
    assert [f["people"] for f in enrich(texts, ["body"] * 2, None)] == [
        ["Robin van Persie"],
        ["Robin van Persie", "Van Nistelrooy"],
    ]
    facts = enrich(["De Beers said sales rose. He flew to Des Moines and Da Nang."], ["body"], None)[0]
    assert (facts["people"], facts["organisations"], facts["places"]) == (
        [],
        ["De Beers"],
        ["Des Moines", "Da Nang"],
    )


def test_pollsters_and_a_campaign_named_with_not_are_bodies():
    texts = [
        "A poll by YouGov found most voters agreed; Ipsos Mori and Savanta ComRes disagreed.",
        "The campaign group Hope Not Hate said it was worried.",
        "According to consultants Strategy Analytics, sales rose.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["organisations"] for f in facts] == [
        ["YouGov", "Ipsos", "Savanta"],
        ["Hope Not Hate"],
        ["Strategy Analytics"],
    ]


def test_clubs_of_two_towns_or_abbreviated_and_a_state_by_its_people_s_name():
    texts = [
        "Interest came from the Neath-Swansea Ospreys and Sheff Utd.",
        "The Kyrgyz Republic is a small state; the Islamic Republic is another.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[0]["organisations"] == ["Neath-Swansea Ospreys", "Sheff Utd"]
    assert (facts[1]["places"], facts[1]["organisations"]) == (["Kyrgyzstan"], [])


def test_first_names_with_initials_before_and_share_the_surname():
    texts = ["Money came from the network led by Charles G. and David H. Koch."]
    assert enrich(texts, ["body"], None)[0]["people"] == ["Charles G. Koch", "David H. Koch"]


def test_a_headline_s_capitals_that_open_with_a_country_s_code_do_not_loop():
    # "BOW" reads as a country's code the gazetteer leaves as written: "BOW VALLEY" is its own
    # longer form, which had recursed until Python stopped it.
    texts = [
        "BOW VALLEY <BVI> TO SELL NORWEGIAN SUBSIDIARY",
        "Bow Valley Industries Ltd said it agreed to sell.",
    ]
    facts = enrich(texts, ["body", "body"], None)
    assert facts[1]["organisations"] == ["Bow Valley Industries Ltd"]


def test_a_town_after_side_outfit_or_a_club_said_so_is_the_club():
    texts = [
        "English side Gloucester showed interest, and Championship side Leeds lost.",
        "The firm was the owner of leading football club Parma; Spanish club Valencia want him.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert [f["organisations"] for f in facts] == [["Gloucester", "Leeds"], ["Parma", "Valencia"]]
    assert [f["places"] for f in facts] == [[], []]


def test_a_name_paired_with_a_body_is_a_body():
    texts = [
        "A merger between MCI and Verizon would be the fifth deal.",
        "Hedge funds TCI and Atticus were planning to oust him.",
        "The move by Amicus and the Transport and General Workers Union was welcomed.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["organisations"] for f in facts] == [
        ["MCI", "Verizon"],
        ["TCI", "Atticus"],
        ["Amicus", "Transport and General Workers Union"],
    ]
    # No one's thing, no part of another name, no modifier of a body's word.
    texts = [
        "Honda's Asimo and Sony's Qrio robots walked, while Hitachi and Bono's band played.",
        "The Congressional Budget Office and the Reagan administration agreed.",
        "Lord Campbell of Alloway and the Bishop of Winchester opposed it.",
        "The Task Force on Farm and Rural America met.",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert [f["organisations"] for f in facts] == [
        ["Honda", "Sony", "Hitachi"],
        ["Congressional Budget Office"],
        [],
        ["Task Force on Farm"],  # cut at "and" as before, but "Rural America" no body of its own
    ]


def test_and_joins_two_partners_before_a_firm_s_legal_form():
    texts = [
        "The debt was rated by Standard and Poor's Corp. and Norris and Hirshberg Inc.",
        "It acquired Wyrough and Loser Inc of Trenton, and F.N. Wolf and Co and Sherwood Capital Inc. sold.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert [f["organisations"] for f in facts] == [
        ["Standard & Poor's", "Norris and Hirshberg Inc"],
        ["Wyrough and Loser Inc of Trenton", "F.N. Wolf and Co", "Sherwood Capital Inc"],
    ]


def test_lines_after_what_a_firm_carries_ends_its_name():
    texts = [
        "Greyhound Bus Lines said traffic rose, and Carnival Cruise Lines gained.",
        "Tube Lines won the contract; Eastern Air Lines and People Express merged.",
        "Trains on the Waverley Line and the Bus Line were late.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["organisations"] for f in facts] == [
        ["Greyhound Bus Lines", "Carnival Cruise Lines"],
        ["Tube Lines", "Eastern Air Lines", "People Express"],
        [],
    ]


def test_a_first_name_that_speaks_as_someone_is_a_person_and_an_appositive_speaker():
    # A victim's name for the story opens each of its sentences: she speaks as someone does.
    texts = ["Ruby said police ignored her.", "Final approval said it would come."]
    facts = enrich(texts, ["body"] * 2, None)
    assert [f["people"] for f in facts] == [["Ruby"], []]
    assert [f["speakers"] for f in facts] == [["Ruby"], []]
    texts = ["The victim, Sarah, told the court she was 13.", "The club, Rangers, said it would appeal."]
    facts = enrich(texts, ["body"] * 2, None)
    assert [f["speakers"] for f in facts] == [["Sarah"], []]
    assert facts[0]["people"] == ["Sarah"]


def test_a_first_name_no_word_opening_a_sentence_before_its_verb_is_someone():
    texts = [
        "The door shut. Gwendolyn stared at him.",
        "Margaret was tired.",
        # Not before a preposition (a film's title), a surname's particle, nor a word's.
        "Shaun of the Dead won the award.",
        "Tom opened the door.",
        # Nor after an abbreviation's stop, nor before a name a wire writes in lower case.
        "It has five offices in the Minneapolis-St. Paul area.",
        "Jose antonio almenara, the general manager, spoke.",
    ]
    assert [f["people"] for f in each_alone(texts)] == [["Gwendolyn"], ["Margaret"], [], [], [], []]


def test_a_name_someone_gives_themselves_is_someone():
    texts = ["My name is Jordyn and I love baking.", "Call me Ishmael.", "I'm British and proud of it."]
    assert [f["people"] for f in each_alone(texts)] == [["Jordyn"], ["Ishmael"], []]


def test_a_name_with_an_age_set_off_after_it_is_someone():
    texts = [
        "Hussain, 36, was jailed for 19 years.",
        "The boy, Jayden, 6, was taken to hospital, and Rezwan, 32, was arrested.",
        "Arsenal, 2, were top.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["people"] for f in facts] == [["Hussain"], ["Jayden", "Rezwan"], []]


def test_an_age_set_off_after_a_subject_leaves_who_speaks():
    texts = [
        "Tahir Ahmed, 41, and Nadeem Khan, 38, denied the charges.",
        "Hussain, 36, said he was sorry.",
        "Akhtar, 39, from Rochdale, denied the charge.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["speakers"] for f in facts] == [["Tahir Ahmed", "Nadeem Khan"], ["Hussain"], ["Akhtar"]]


def test_towns_joined_by_a_small_word_are_places_written_either_way():
    texts = [
        "Girls were taken to Ashton-under-Lyne, Stoke-on-Trent and Weston-super-Mare.",
        "He moved from Newcastle-upon-Tyne to Barrow in Furness, then Stratford upon Avon.",
        "It was a Rotherham-style scandal.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["places"] for f in facts] == [
        ["Ashton-under-Lyne", "Stoke-on-Trent", "Weston-super-Mare"],
        ["Newcastle upon Tyne", "Barrow in Furness", "Stratford-upon-Avon"],
        [],
    ]


def test_police_ranks_by_their_initials_and_two_honorifics_open_an_officer_s_name():
    texts = [
        "DCI Sarah Jones and Ch Supt Phil O'Brien of South Yorkshire Police said they were appalled.",
        "ACC Rachel Bacon of Derbyshire Constabulary told the committee, as DS Mark Jones did.",
        "The editor of PC Pro Magazine and ACC Long Distance Corp agreed in Washington DC.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["people"] for f in facts] == [
        ["Sarah Jones", "Phil O'Brien"],
        ["Rachel Bacon", "Mark Jones"],
        [],
    ]
    assert [f["organisations"] for f in facts] == [
        ["South Yorkshire Police"],
        ["Derbyshire Constabulary"],
        ["PC Pro Magazine", "ACC Long Distance Corp"],
    ]
    assert kinds("Det Ch Insp Paul Miller said") == [("Paul Miller", PERSON)]


def test_an_officer_s_surname_after_a_rank_s_initials_is_the_officer_the_source_names():
    texts = [
        "PC Jane Smith arrested him.",
        "Later PC Smith told the court he had been kicked.",
        "He bought it at PC World, and PC Pro reviewed it.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["people"] for f in facts] == [["Jane Smith"], ["Jane Smith"], []]
    assert facts[1]["speakers"] == ["Jane Smith"]


def test_initials_the_source_spells_out_for_another_body_are_that_body_s():
    texts = [
        "The Independent Police Complaints Commission (IPCC) cleared the officer.",
        "The IPCC said it was satisfied.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert [f["organisations"] for f in facts] == [
        ["Independent Police Complaints Commission"],
        ["Independent Police Complaints Commission"],
    ]
    # The table's body where the source spells it as the table does, or names it alone.
    texts = ["The Intergovernmental Panel on Climate Change (IPCC) said.", "The IPCC warned."]
    assert enrich(texts, ["body"] * 2, None)[1]["organisations"] == [
        "Intergovernmental Panel on Climate Change"
    ]
    assert enrich(["The IPCC warned."], ["body"], None)[0]["organisations"] == [
        "Intergovernmental Panel on Climate Change"
    ]


def test_child_protection_and_police_bodies_abroad_and_their_ranks():
    texts = [
        "NSW Police Detective Superintendent Jayne Doherty said the ACCCE had helped.",
        "RCMP Cpl. Jane Smith said, and Oranga Tamariki would be reviewed.",
        "ICMEC and the Marie Collins Foundation met Cmdr Alexis Boon.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["organisations"] for f in facts] == [
        ["NSW Police Force", "Australian Centre to Counter Child Exploitation"],
        ["Royal Canadian Mounted Police", "Oranga Tamariki"],
        ["International Centre for Missing & Exploited Children", "Marie Collins Foundation"],
    ]
    # The foundation is named for a person, named too.
    assert [f["people"] for f in facts] == [
        ["Jayne Doherty"],
        ["Jane Smith"],
        ["Marie Collins", "Alexis Boon"],
    ]


def test_people_a_court_or_an_inquiry_keeps_anonymous_are_people():
    texts = [
        "Witness A told the inquiry that Sgt Brian Jones had ignored her complaint.",
        "Girl A said she was 13. Girl B, then 15, was not believed, and Victim 1 was 14.",
        "Person A's evidence was heard. Plan B failed, as did Type 2 and an A-level.",
        "Maggie Oliver, a former detective constable with GMP, quit.",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert [f["people"] for f in facts] == [
        ["Witness A", "Brian Jones"],
        ["Girl A", "Girl B", "Victim 1"],
        ["Person A"],
        ["Maggie Oliver"],
    ]
    assert [f["speakers"] for f in facts[:2]] == [["Witness A"], ["Girl A"]]
    assert facts[3]["organisations"] == ["Greater Manchester Police"]


def test_bodies_and_council_areas_of_wales_scotland_and_northern_ireland():
    texts = [
        "Estyn inspectors and Social Care Wales visited schools in Merthyr Tydfil and Rhondda Cynon Taf.",
        "The Senedd heard that the CQC and the DBS had failed children in County Tyrone.",
        "Diamant Boart Stratabit SA (DBS) said DBS began operations today.",
    ]
    facts = enrich(texts[:2], ["body"] * 2, None)
    assert [f["organisations"] for f in facts] == [
        ["Estyn", "Social Care Wales"],
        ["Senedd", "Care Quality Commission", "Disclosure and Barring Service"],
    ]
    assert [f["places"] for f in facts] == [
        ["Wales", "Merthyr Tydfil", "Rhondda Cynon Taf"],
        ["County Tyrone"],
    ]
    # Initials a firm's name spells, its legal form aside, are the firm's there.
    assert enrich(texts[2:], ["body"], None)[0]["organisations"] == ["Diamant Boart Stratabit SA"]


def test_a_judge_s_style_after_the_surname_or_by_its_initials_names_the_judge():
    texts = [
        "In his ruling, Leveson LJ said the police had failed. Mostyn J disagreed.",
        "HHJ Peter Jones KC said the abuse was grave.",
        "Michael J Fox said so.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert (facts[0]["speakers"], facts[0]["people"]) == (["Leveson"], ["Leveson", "Mostyn"])
    assert (facts[1]["speakers"], facts[1]["organisations"]) == (["Peter Jones"], [])
    assert facts[2]["people"] == ["Michael J Fox"]


def test_initials_before_a_surname_name_a_person_the_source_may_name_in_full():
    texts = [
        "Hal Luscombe and Gareth Thomas were picked.",
        "Wales: G Thomas, H Luscombe, T Shanklin, J Thomas.",
        "The report by N S Andres and R Saravanan was read out.",
        "Cyclone Phailin hit. As of the last advisory, T C Phailin has winds of 190 km/h.",
        "He watched X Factor in S Korea, and bought A/S Ferrosan and S and W Berisford Plc.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[1]["people"] == ["Gareth Thomas", "Hal Luscombe", "T Shanklin", "J Thomas"]
    assert facts[2]["people"] == ["N S Andres", "R Saravanan"]
    assert facts[3]["people"] == facts[4]["people"] == []


def test_a_wire_s_dateline_in_capitals_names_its_town_before_a_place_a_date_or_the_agency():
    texts = [
        "TAVILDARA, Tajikistan 1996-08-30",
        "URUS-MARTAN, Russia 1996-08-31",
        "ST. LOUIS 1996-08-30",
        "MAHALA, Bosnia (Reuters) - Troops moved in.",
        "SOCCER - JAPAN GET LUCKY WIN.",
        "NOTE - Jeans Mate Corp is the full company name.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        ([], ["Tavildara", "Tajikistan"]),
        ([], ["Urus-Martan", "Russia"]),
        ([], ["St. Louis"]),
        (["Reuters"], ["Mahala", "Bosnia and Herzegovina"]),
        ([], []),
        (["Jeans Mate Corp"], []),
    ]


def test_a_name_before_or_after_a_news_outlet_s_noun_is_the_outlet():
    texts = [
        "Troops left Grozny on Friday, Interfax news agency said.",
        "Britain's Sun newspaper reported that Bruno had quit.",
        "The airport will close, the Yugoslav news agency Tanjug reported.",
        "Zycie Warszawy daily said the bid was ready.",
        "Tehran radio said the talks had failed.",
        "He told the newspaper Tuesday that he would go.",
        "Local newspapers said the ink uses Bluetooth radio technology.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [f[0]["organisations"] for f in facts] == [
        ["Interfax"],
        ["Sun"],
        ["Tanjug"],
        ["Zycie Warszawy"],
        [],
        [],
        [],
    ]
    assert [f[0]["speakers"] for f in facts[:4]] == [["Interfax"], ["Sun"], ["Tanjug"], ["Zycie Warszawy"]]
    assert facts[4][0]["places"] == ["Tehran"]


def test_an_outlet_s_name_starts_after_the_sentence_before():
    texts = [
        "A bomb went off in the coastal town of Staoueli.",
        "But Le Matin newspaper said the bomb killed seven.",
        "They met in Bistrita. Al-Akhbar newspapers said the men had been plotting.",
        "Vice Minister Makoto Kuroda told the daily newspaper Asahi Shimbun.",
        "Kuroda said the data were wrong.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], []),
        ([], ["Le Matin"]),
        ([], ["Al-Akhbar"]),
        (["Makoto Kuroda"], ["Asahi Shimbun"]),
        (["Makoto Kuroda"], []),
    ]
    assert facts[1]["speakers"] == ["Le Matin"]


def test_a_share_index_is_no_body_but_its_maker_and_a_pollster_s_average_are():
    texts = [
        "The Dow Jones industrial average fell 31 points; Dow Jones & Co said its profit rose.",
        "In London, the FTSE 100 index closed higher; the key 225-share Nikkei average shed 156 points.",
        "The Nasdaq composite index fell. A Real Clear Politics average of polls shows Clinton ahead.",
        "The Karachi Stock Exchange (KSE) opened. The KSE index rose; the American Stock Exchange index fell",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [f[0]["organisations"] for f in facts] == [
        ["Dow Jones"],
        [],
        ["Real Clear Politics"],
        ["Karachi Stock Exchange", "American Stock Exchange"],
    ]


def test_a_word_of_the_dictionary_stands_for_the_firm_it_opens_unless_written_small():
    texts = [
        "Whoever wants a big market position has to grab Mercantile or Commerce.",
        "Analysts named Mercantile Bancorp Inc. and Commerce Bancshares Inc. as targets.",
        "Mercantile did not return calls. The First Bank System Inc. deal came first.",
        "First said nothing.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["organisations"] for f in facts] == [
        ["Mercantile Bancorp Inc", "Commerce Bancshares Inc"],
        ["Mercantile Bancorp Inc", "Commerce Bancshares Inc"],
        ["Mercantile Bancorp Inc", "First Bank System Inc"],
        [],
    ]


def test_a_firm_s_legal_form_with_its_stop_keeps_a_first_name_inside_and_a_glued_form_ends_a_firm():
    texts = ["Buyers include Ohio-based KeyCorp and Banc One Corp., and Norwest Corp. in Minnesota."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["KeyCorp", "Banc One Corp", "Norwest Corp"]
    assert facts[0]["people"] == []


def test_a_firm_named_by_initials_and_a_surname_or_with_its_sons_is_one_body_its_surname_alone_too():
    texts = [
        "W.R. Grace and Co said it agreed to buy; J.P. Morgan & Co. and A.G. Edwards & Sons advised.",
        "Grace said the venture would be 68 pct owned by Grace.",
        "H.J. Heinz Co said net income rose, and Heinz raised its dividend.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    # "J.P. Morgan & Co." is the table's JPMorgan.
    assert facts[0]["organisations"] == ["W.R. Grace and Co", "JPMorgan", "A.G. Edwards & Sons"]
    assert [(f["people"], f["organisations"]) for f in facts[1:]] == [
        ([], ["W.R. Grace and Co"]),
        ([], ["H.J. Heinz Co"]),
    ]


def test_a_trade_before_a_name_no_list_knows_makes_a_firm_but_not_someone_s_trade():
    texts = [
        "The deal was signed by telecoms operator Unicom and press distributor Hachette.",
        "Shares in copper miner Kalbrook rose; Channel Tunnel operator Eurotunnel fell.",
        "The tour operator Smith said so, as did film producer Zanuck.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [f[0]["organisations"] for f in facts] == [["Unicom", "Hachette"], ["Kalbrook", "Eurotunnel"], []]


def test_he_after_a_body_s_spokesman_is_the_spokesman_unless_someone_is_named_since():
    texts = [
        "Hayao Miyazaki made the film.",
        'Miyazaki won an Oscar. A spokesman for Toho said the film sold well. "We are happy," he added.',
        'The RAC welcomed it, said a spokesman. Then Gordon Brown spoke. "I froze duty," he added.',
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[1]["speakers"] == ["Toho spokesperson"]
    assert facts[2]["speakers"] == ["RAC", "RAC spokesperson", "Gordon Brown"]


def test_a_town_that_is_someone_s_surname_is_them_where_it_does_what_someone_does():
    texts = ["Hayao Miyazaki made the film.", "Miyazaki won an Oscar. The film opened in Miyazaki."]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert (facts[1]["people"], facts[1]["places"]) == (["Hayao Miyazaki"], ["Miyazaki"])


def test_a_kind_of_place_with_two_words_before_it_names_the_place_after_of():
    texts = [
        "Police said so.",
        "A bomb exploded in the western coastal town of Bou Haroun, 65 km (40 miles) from Algiers.",
        "Gas went to households around the eastern oil town of Kertih.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [(f["people"], f["places"]) for f in facts[1:]] == [
        ([], ["Bou Haroun", "Algiers"]),
        ([], ["Kertih"]),
    ]


def test_where_a_firm_is_after_its_legal_form_and_of_is_no_part_of_its_name():
    texts = [
        "Jones Medical Industries Inc bought Daniels Pharmaceuticals Inc of St. Petersburg, Fla.",
        "The Pennzoil Co of the United States will invest $4 billion.",
        "Aluminum Co of America and Ford Motor Co of Canada said so.",
        "The consortium includes Public Service Co of New Mexico and Cargill Inc of Minnesota.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [f[0]["organisations"] for f in facts] == [
        ["Jones Medical Industries Inc", "Daniels Pharmaceuticals Inc"],
        ["Pennzoil Co"],
        ["Aluminum Co of America", "Ford Motor Co of Canada"],
        ["Public Service Co of New Mexico", "Cargill Inc"],
    ]


def test_a_form_written_abroad_ends_a_firm_s_name_before_its_country():
    texts = [
        "Degussa AG of West Germany said it would buy the plant.",
        "Shares in Banco Santander SA of Spain rose.",
        "Henkel KGaA of Dusseldorf, West Germany, made an offer.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["people"], f[0]["organisations"], f[0]["places"]) for f in facts] == [
        ([], ["Degussa AG"], ["West Germany"]),
        ([], ["Banco Santander SA"], ["Spain"]),
        ([], ["Henkel KGaA"], ["Dusseldorf", "West Germany"]),
    ]


def test_a_form_that_closes_a_name_ends_it_before_its_country_and_before_and():
    texts = [
        "Hooker Corp Ltd of Australia said it has sold the stake.",
        "The stake went to Nippon Steel Ltd of Japan and Degussa AG of West Germany.",
        "Ford Motor Co of Canada Ltd said so.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["organisations"], f[0]["places"]) for f in facts] == [
        (["Hooker Corp Ltd"], ["Australia"]),
        (["Nippon Steel Ltd", "Degussa AG"], ["Japan", "West Germany"]),
        (["Ford Motor Co of Canada Ltd"], ["Canada"]),
    ]


def test_the_holder_of_an_office_is_named_after_it_by_a_surname_no_list_knows():
    texts = [
        "John Kerry arrived in Cairo.",
        "Secretary of State Kerry said the talks would resume.",
        "Minister of Foreign Affairs Retno said so.",
        "Governor of Texas Abbott signed it; the Mayor of Kansas City did not.",
        "Members of Van Gogh's family attended.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [(f["people"], f["places"]) for f in facts[1:]] == [
        (["John Kerry"], []),
        (["Retno"], []),
        (["Abbott"], ["Texas", "Kansas City"]),
        ([], []),
    ]


def test_a_weekday_after_a_name_is_no_part_of_it_but_a_feast_s_day_keeps_its_word():
    assert kinds("He spoke to CNBC Friday.") == [("CNBC", ORGANISATION)]
    assert kinds("He told Reuters Tuesday that it was over.") == [("Reuters", ORGANISATION)]
    assert kinds("It was Good Friday, then Easter Sunday.") == []
    # The club the table knows keeps its weekday: "Sheffield Wednesday".
    assert kinds("Sheffield Wednesday manager Paul Sturrock said.") == [
        ("Sheffield Wednesday", ORGANISATION),
        ("Paul Sturrock", PERSON),
    ]
    assert kinds("Sheffield Tuesday manager Paul Sturrock said.") == [("Paul Sturrock", PERSON)]
    text = "Nolan Henke led the Greater Milwaukee Open Thursday; Jose Miguel Insulza met him Monday."
    assert enrich([text], ["body"], None)[0]["people"] == ["Nolan Henke", "Jose Miguel Insulza"]


def test_bodies_of_wire_copy_abroad_statistics_offices_channels_and_a_place_s_initials():
    texts = [
        "Statistics Canada reported a surplus, the China Daily said, on BBC One Saturday.",
        "The Organisation for Security and Cooperation in Europe (OSCE) met. Hizbollah fired.",
        "The Rally for the Return of Refugees and Democracy in Rwanda (RDR) urged calm. The RDR agreed.",
        "But Le Matin newspaper said the bomb killed seven.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Statistics Canada", "China Daily", "BBC"]
    assert facts[1]["organisations"] == ["OSCE", "Hezbollah"]
    assert (facts[2]["organisations"], facts[2]["places"]) == (["RDR"], ["Rwanda"])
    assert (facts[3]["speakers"], facts[3]["organisations"]) == (["Le Matin"], ["Le Matin"])


def test_kin_opening_a_sentence_a_monarch_s_numeral_and_a_nickname_in_brackets():
    texts = [
        "Daughter of Henry VIII, she was queen. Son of Mark Smith said so.",
        "1533 - Queen Elizabeth I born. King Baudouin I of Belgium died.",
        "James Leander (Leo) Nichols was freed; Bill Clinton (Democrat) Arkansas.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [f[0]["people"] for f in facts] == [
        ["Henry VIII", "Mark Smith"],
        ["Elizabeth I", "Baudouin I"],
        ["James Leander Nichols", "Bill Clinton"],
    ]


def test_a_place_before_two_trades_words_and_a_wire_s_newsroom_are_bodies():
    texts = [
        "Next week Kansai Electric Power and Tokyo Electric Power will launch deals.",
        "-- London Newsroom +44 171 542 8062",
        "Lisa Power said so. Power was cut.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["people"], f[0]["organisations"]) for f in facts] == [
        ([], ["Kansai Electric Power", "Tokyo Electric Power"]),
        ([], ["London Newsroom"]),
        (["Lisa Power"], []),
    ]


def test_towns_by_their_english_or_older_names_airports_and_a_compass_point_s_initial():
    texts = [
        "Police in Liege said so. Troops entered Arbil. The talks in Rangoon failed.",
        "The plane landed at Stansted, far from Lockerbie. Venice hosted the festival.",
        "N. Korea asks S. Korea to return a defector.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [f[0]["places"] for f in facts] == [
        ["Liège", "Erbil", "Yangon"],
        ["Stansted", "Lockerbie", "Venice"],
        ["North Korea", "South Korea"],
    ]


def test_a_town_of_two_words_before_based_is_split_from_the_firm_after_it():
    assert kinds("St. Louis-based Mercantile Bancorp Inc., a bank, said.") == [
        ("St. Louis", PLACE),
        ("Mercantile Bancorp Inc", ORGANISATION),
    ]


def test_a_town_with_its_score_in_a_line_of_results_or_a_table_s_row_is_its_side():
    texts = [
        "Leeds 2 Chelsea 1",
        "Somerset 83 and 174 (P. Simmons 4-38), Leicestershire 296.",
        "MONTREAL 71 61 .538 12",
        "Japan 2 Syria 1",
        "He was sent to Perm 35 - a Soviet labour camp. He lived in London 20 years.",
        "London 2012 and Paris 2024 were Olympic hosts.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["organisations"], f[0]["places"]) for f in facts] == [
        (["Leeds", "Chelsea"], []),
        (["Somerset", "Leicestershire"], []),
        (["MONTREAL"], []),
        ([], ["Japan", "Syria"]),
        ([], ["Perm", "London"]),
        ([], ["London", "Paris"]),
    ]
    scorers = enrich(["Matt Holland scored twice.", "Holland 14, Bartlett 80."], ["body", "body"], None)
    assert scorers[1]["people"] == ["Matt Holland"]


def test_a_firm_named_with_a_possessive_runs_to_its_legal_form_and_the_possessive_alone_is_it():
    facts = enrich(
        [
            "NationsBank agreed to buy Boatmen's Bancshares Inc. for $9 billion.",
            "Boatmen's was the prize in Missouri. Sotheby's Holdings Inc fell.",
            "Britain's Vodafone Group Plc said so. APL's Pennsylvania Engineering Corp grew.",
            "Spencer Cos Inc sold Spencer's Happy Legs Inc and Fluor's Fluor Constructors Inc.",
        ],
        ["body"] * 4,
        None,
    )
    assert [f["organisations"] for f in facts] == [
        ["Boatmen's Bancshares Inc"],
        ["Boatmen's Bancshares Inc", "Sotheby's Holdings Inc"],
        ["Vodafone Group Plc", "APL", "Pennsylvania Engineering Corp"],
        ["Spencer Cos Inc", "Happy Legs Inc", "Fluor Constructors Inc"],
    ]


def test_a_name_no_list_knows_with_its_score_is_a_side_and_a_scorer_or_a_golfer_is_not():
    texts = [
        "Puchon 2 Chonbuk 1 (halftime 1-1)",
        "BOSTON 69 65 .515 5 1/2",
        "Motherwell 2 (Davies 39, Ross 89) Harlequins 1 (Hay 83).",
        "Scorers: Shkvyrin 78, Oleg 90",
        "Botes 72 68, Greg Reid 72 68, Clinton Whitelaw 70",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [f[0]["organisations"] for f in facts] == [
        ["Puchon", "Chonbuk"],
        ["BOSTON"],
        ["Motherwell", "Harlequins"],
        [],
        [],
    ]
    # The golfer a surname alone names too, by his rounds.
    assert facts[4][0]["people"] == ["Botes", "Greg Reid", "Clinton Whitelaw"]


def test_a_dotted_initial_and_a_surname_in_brackets_or_a_list_are_someone():
    facts = enrich_sources(
        [
            ([text], ["body"], None)
            for text in [
                "Sussex 363 (W. Athey 111, V. Drakes 52; I. Austin 4-37), Lancashire 197-8",
                "Team: A. Smith, B. Jones, C. Brown",
                "He took vitamin C. Michael Jordan came. They met in N. Korea, S. Korea and Japan.",
                "B. Young c Moin Khan b Waqar 5",
                "Earlier, T. Boone Pickens offered it for its Neal, W. Va., plant.",
            ]
        ]
    )
    assert [(f[0]["people"], f[0]["places"]) for f in facts] == [
        (["W. Athey", "V. Drakes", "I. Austin"], []),
        (["A. Smith", "B. Jones", "C. Brown"], []),
        (["Michael Jordan"], ["North Korea", "South Korea", "Japan"]),
        (["B. Young", "Moin Khan", "Waqar"], []),  # the bowler too, by the score card
        (["Boone Pickens"], []),
    ]
    quiz = enrich(["Which people built it?", "A. Anasazi", "B. Cherokee"], ["body"] * 3, None)
    assert [f["people"] for f in quiz] == [[], [], []]


def test_a_country_s_initials_opening_an_event_s_name_are_no_place():
    texts = [
        "Fernandez was forced to withdraw from the U.S. Open.",
        "He won a U.S. Amateur Championship and the U.S. Open Tennis Championships.",
        "UK Athletics said so, and he moved to the U.S. in May.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["organisations"], f[0]["places"]) for f in facts] == [
        ([], []),
        ([], []),
        (["UK Athletics"], ["United Kingdom", "United States"]),
    ]


def test_no_pattern_runs_from_one_paragraph_into_the_next():
    split = enrich(["The ferry gets in", "Dixam, in the centre of the island, is small."], ["body"] * 2, None)
    whole = enrich(["The ferry gets in Dixam, in the centre of the island."], ["body"], None)
    assert (split[1]["places"], whole[0]["places"]) == ([], ["Dixam"])
    # A paragraph's first word opens a sentence: "Financial" is no paper's name.
    papers = enrich(
        ["Two financial firms may merge.", "Financial newspaper Nikkei said so."], ["body"] * 2, None
    )
    assert "Financial" not in papers[1]["organisations"]


def test_a_county_that_bats_or_is_bowled_out_is_its_side():
    facts = enrich(
        [
            "By stumps Kent had reached 108 for three.",
            "After bowling Somerset out for 83, Derbyshire won.",
            "Kent stepped up a gear to dismiss Nottinghamshire for 214.",
            "Snow fell in Kent and Somerset.",
        ],
        ["body"] * 4,
        None,
    )
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Kent"], []),
        (["Somerset"], ["Derbyshire"]),
        (["Kent", "Nottinghamshire"], []),
        ([], ["Kent", "Somerset"]),
    ]
    survey = enrich(["Kent spent 120 for five schools."], ["body"], None)
    assert (survey[0]["organisations"], survey[0]["places"]) == ([], ["Kent"])


def test_a_name_the_source_has_play_as_a_side_is_the_side_wherever_nothing_is_put_in_it():
    facts = enrich(
        [
            "Surrey captain Chris Lewis made 80.",
            "Surrey closed on a lead of 234, and the match in Surrey ends today.",
            "Puchon 3 1 0 6 1 10",
            "Puchon beat the leaders on Sunday.",
        ],
        ["body"] * 4,
        None,
    )
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Surrey"], []),
        (["Surrey"], ["Surrey"]),
        (["Puchon"], []),
        (["Puchon"], []),
    ]
    listed = enrich(
        [
            "Surrey captain Chris Lewis made 80.",
            "Title rivals Essex, Derbyshire and Surrey won.",
            "Derbyshire lead.",
        ],
        ["body"] * 3,
        None,
    )
    assert [f["organisations"] for f in listed] == [
        ["Surrey"],
        ["Essex", "Derbyshire", "Surrey"],
        ["Derbyshire"],
    ]
    # A loss is a match too, though "to" puts things somewhere: the side then stands alone.
    lost = enrich(["Arsenal lost to Bolton on Sunday.", "Bolton stood firm."], ["body"] * 2, None)
    assert [f["organisations"] for f in lost] == [["Arsenal", "Bolton"], ["Bolton"]]
    shooting = enrich(
        ["The shooting in Orlando drew rebukes.", "Orlando would not change it."], ["body"] * 2, None
    )
    assert [f["places"] for f in shooting] == [["Orlando"], ["Orlando"]]
    squad = enrich(["He believes in Chelsea's squad.", "Chelsea would win the league."], ["body"] * 2, None)
    assert [f["organisations"] for f in squad] == [["Chelsea"], ["Chelsea"]]
    paired = enrich(
        [
            "Surrey captain Chris Lewis made 80.",
            "Surrey and Kent both won.",
            "Derbyshire, winners over Essex, rest.",
        ],
        ["body"] * 3,
        None,
    )
    assert [f["organisations"] for f in paired] == [["Surrey"], ["Surrey", "Kent"], ["Essex"]]
    fixtures = enrich(["May 17 v Northampton", "August 16-18 v Kent (three days)"], ["body"] * 2, None)
    assert [f["organisations"] for f in fixtures] == [["Northampton"], ["Kent"]]
    table = enrich(["NEW YORK 1996-12-06", "NEW YORK 3 10 .231 8 1/2"], ["subhead", "body"], None)
    assert [(f["organisations"], f["places"]) for f in table] == [([], ["New York"]), (["NEW YORK"], [])]
    scottish = enrich(["Dundee 2 Falkirk 0", "Dundee United 1 Hearts 1"], ["body"] * 2, None)
    assert [f["organisations"] for f in scottish] == [["Dundee", "Falkirk"], ["Dundee United", "Hearts"]]
    grain = enrich(["Wheat", "Chicago 0 0", "Corn", "Chicago 78,056 0"], ["subhead", "body"] * 2, None)
    assert [f["places"] for f in grain] == [[], ["Chicago"], [], ["Chicago"]]
    texts = [
        "He joined Berkeley's Department of Linguistics. He left the University of California, Berkeley",
        "Store hours: Sat 10 am - 5 pm, Sun 9 am - 3 pm",
    ]
    others = [found[0] for found in enrich_sources([([text], ["body"], None) for text in texts])]
    assert [(f["organisations"], f["places"]) for f in others] == [
        (["Department of Linguistics", "University of California"], ["Berkeley", "California"]),
        ([], []),
    ]


def test_a_name_right_after_a_place_s_based_is_a_body_unless_a_first_name_opens_it():
    texts = [
        "Four firms: Essar, which is linked with Hong Kong-based Hutchison Whampoa, and Tata.",
        "Paris-based Sylvie Kauffmann wrote it. Two wheel-based Emiews spoke.",
        "Andrea Levy won. The bookmaker placed London-based Levy's novel first.",
        "Craig Varoga, a D.C.-based Democratic strategist, said so.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["people"], f[0]["organisations"]) for f in facts] == [
        ([], ["Hutchison Whampoa"]),
        (["Sylvie Kauffmann"], []),
        (["Andrea Levy"], []),
        (["Craig Varoga"], []),
    ]


def test_an_en_dash_after_a_prefix_joins_as_a_hyphen_and_between_names_divides():
    texts = [
        "Post–Revolutionary War",
        "The Anti–Slavery Society met in London.",
        "It will not bring back George Floyd, Breonna Taylor–Ahmaud Arbery.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], []),
        ([], ["Anti-Slavery Society"]),
        (["George Floyd", "Breonna Taylor", "Ahmaud Arbery"], []),
    ]


def test_a_hall_things_happen_at_is_a_venue_though_hall_is_a_surname():
    texts = [
        "She once performed with Frank Sinatra at Carnegie Hall in 1984.",
        "The concert at the Royal Albert Hall was sold out.",
        "The letter came from Lee Hall, who spoke to Anna Hall at lunch.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [(f["people"], f["places"]) for f in facts] == [
        (["Frank Sinatra"], ["Carnegie Hall"]),
        ([], ["Royal Albert Hall"]),
        (["Lee Hall", "Anna Hall"], []),
    ]


def test_what_only_a_firm_does_or_is_makes_two_unknown_words_a_firm():
    texts = [
        "Ask Jeeves has become the third leading online search firm this week.",
        "Cadbury Schweppes employs more than 50,000 people worldwide.",
        "Def Jam was founded in 1984 by Russell Simmons.",
        "Kenenisa Bekele was a bank robber; Tama Umaga is a company director.",
        "What I do after I leave Aer Lingus is too early to say, given our roles at Aer Lingus.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["people"], f[0]["organisations"]) for f in facts] == [
        ([], ["Ask Jeeves"]),
        ([], ["Cadbury Schweppes"]),
        (["Russell Simmons"], ["Def Jam"]),
        (["Kenenisa Bekele", "Tama Umaga"], []),
        ([], ["Aer Lingus"]),
    ]


def test_the_first_word_of_a_firm_s_two_unlisted_words_stands_for_it():
    texts = [
        "Weak dollar trims Cadbury profits",
        "The world's biggest confectionery firm, Cadbury Schweppes, has reported a rise in profits.",
        "Cadbury said it was confident it would hit its targets.",
    ]
    facts = enrich(texts, ["headline", "body", "body"], None)
    assert [f["organisations"] for f in facts] == [["Cadbury Schweppes"]] * 3


def test_a_nation_s_word_in_its_own_tongue_makes_a_firm_abroad():
    texts = [
        "Norsk Hydro said it would cut output.",
        "The licence went to Conoco Norge, Shell Francaise and Kinki Nippon.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["people"], f[0]["organisations"]) for f in facts] == [
        ([], ["Norsk Hydro"]),
        ([], ["Conoco Norge", "Shell Francaise", "Kinki Nippon"]),
    ]


def test_a_line_up_s_brackets_hold_each_player_s_club_where_two_are_towns():
    texts = [
        "England have named Bath prop Matt Stevens in the starting line-up.",
        "Julien Laharrague (Brive), Yannick Jauzion (Stade Toulousain), Nicolas Mas (Perpignan),"
        " Fabien Pelous (Stade Toulousain, capt), Matt Stevens (Bath), Dave Barr (Canada).",
        "Imelda Staunton (Vera Drake), Eddie Redmayne (The Goat), Anne Reid (The Mother).",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Bath"]
    assert facts[1]["organisations"] == ["Brive", "Stade Toulousain", "Perpignan", "Bath"]
    assert facts[1]["places"] == ["Canada"]
    assert facts[2]["organisations"] == []


def test_a_plural_of_the_dictionary_opening_two_unknown_words_names_no_one():
    texts = [
        "Automobiles Citroen said it would raise output.",
        "Her father, a mining engineer, drove a Rolls Royce to see the Ballets Russes.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [f[0]["people"] for f in facts] == [[], []]


def test_a_person_s_rank_before_a_kind_set_off_after_a_name_makes_no_body():
    texts = [
        '"HDTV is the latest must-have," says Jo Flaherty, a senior broadcaster with the CBS network.',
        "Evernote, a company that stores notes, said so.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["people"], f[0]["organisations"]) for f in facts] == [
        (["Jo Flaherty"], ["CBS"]),
        ([], ["Evernote"]),
    ]


def test_a_ship_named_after_its_kind_is_no_one_no_body_and_no_place():
    texts = [
        "They said 79 planes on the aircraft carrier Carl Vinson were already in the Gulf.",
        "The aircraft carrier Kitty Hawk sailed; the tanker Nord Pacific picked up the crew.",
        "Low-cost carrier Ryanair said so.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["people"], f[0]["organisations"], f[0]["places"]) for f in facts] == [
        ([], [], ["Gulf"]),
        ([], [], []),
        ([], ["Ryanair"], []),
    ]


def test_a_number_in_words_opens_a_place_s_name_and_a_middle_name_a_surname_head():
    texts = [
        "Yangtze Electric Power, the operator of China's Three Gorges Dam, said profits doubled.",
        "Thomas Haden Church won best supporting actor; Tom Church did not.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["people"], f[0]["places"]) for f in facts] == [
        ([], ["Yangtze", "China", "Three Gorges Dam"]),
        (["Thomas Haden Church", "Tom Church"], []),
    ]


def test_a_deal_in_two_names_joined_by_and_is_in_both():
    texts = [
        "Shares in Elan and Biogen Idec plunged.",
        "Elan finished down $18.90 at $8, while Biogen fell $28.63 to $38.65.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], ["Biogen Idec"], []),
        ([], [], []),
    ]


def test_a_church_s_dedication_opens_its_name_and_names_no_one():
    texts = [
        "He prayed at Holy Trinity Church in Leeds.",
        "The service was held at All Saints Church; the vicar of Christ Church, Oxford, spoke.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["people"], f[0]["places"]) for f in facts] == [
        ([], ["Holy Trinity Church", "Leeds"]),
        ([], ["All Saints Church", "Christ Church", "Oxford"]),
    ]


def test_the_place_an_office_is_for_is_a_place_and_takes_no_title():
    texts = [
        "Sarah Champion, Labour MP for Rotherham, told the BBC the girls were failed.",
        "The Minister for Europe, Denis MacShane, said so; the Minister for Health did not.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["people"], f[0]["places"]) for f in facts] == [
        (["Sarah Champion"], ["Rotherham"]),
        (["Denis MacShane"], ["Europe"]),
    ]


def test_an_appositive_person_whose_body_follows_with_of_speaks():
    texts = [
        "The victims' lawyer, David Greenwood of Switalskis, said the case was clear.",
        "Their solicitor, Jane Smith of Leigh Day, said the ruling was welcome.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [f[0]["speakers"] for f in facts] == [["David Greenwood"], ["Jane Smith"]]


def test_a_work_s_title_runs_past_its_small_words_after_its_noun():
    texts = [
        "He landed a short role in the thriller Flight of the Phoenix alongside Dennis Quaid.",
        "Charlton will play Leicester and Bolton await the winners.",
        "His next film, the supernatural thriller Constantine, is released in the US later.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["people"], f[0]["places"]) for f in facts] == [
        (["Dennis Quaid"], []),
        ([], ["Leicester", "Bolton"]),
        ([], ["United States"]),
    ]


def test_a_plural_in_ies_is_the_dictionary_s_y_and_a_body_s_head_in_it_no_club():
    texts = [
        "Newhall Investment Properties said it would sell the land.",
        "Essex Ladies beat Kent; the Kuwait Ministries of Communication and Finance agreed.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert facts[0][0]["people"] == []
    kuwait = "Kuwait Ministries of Communication and Finance"
    assert facts[1][0]["organisations"] == ["Essex Ladies", "Kent", kuwait]


def test_a_brand_an_honorific_opens_is_a_work_and_no_one():
    texts = [
        "The owner of brands such as Dairy Milk, Dr Pepper and Snapple generates sales abroad.",
        "Growth was led by Dr Pepper; Dr Smith said so.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert [f["people"] for f in facts] == [[], ["Smith"]]


def test_where_someone_works_is_a_firm_though_a_first_name_opens_it():
    texts = [
        "Simon Rubinsohn, chief economist at Gerrard, said the rise was strong.",
        '"There is no sign of a slowdown," said Tim Congdon, economist at ING Barings.',
        "Ralph Bloch, chief technical analyst at Raymond James, said the rate was high.",
        "Gary Dunn, development director at Codemasters, said the cost would double.",
        "Stuart Gray was assistant boss when Glenn Hoddle was manager at Southampton.",
        "Ann Lee, head of research at Charles Stanley, said. He hit his head at Wembley.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["people"], f[0]["organisations"], f[0]["places"]) for f in facts] == [
        (["Simon Rubinsohn"], ["Gerrard"], []),
        (["Tim Congdon"], ["ING Barings"], []),
        (["Ralph Bloch"], ["Raymond James"], []),
        (["Gary Dunn"], ["Codemasters"], []),
        (["Stuart Gray", "Glenn Hoddle"], [], ["Southampton"]),
        (["Ann Lee"], ["Charles Stanley"], ["Wembley"]),
    ]


def test_a_word_a_player_s_role_follows_is_his_club_through_the_source():
    texts = [
        "Charlton striker Jonatan Johansson scored twice as the Addicks won.",
        "Middlesbrough were poor and Charlton deserved the points.",
        "Saracens coach Steve Diamond criticised the referee.",
        "Uncapped fly-half Andy Goode has been named in the squad.",
        "Federer beat Hewitt in three sets, and Federer's coach was pleased.",
        "Mitsubishi driver Tommi Makinen won the rally.",  # a team's driver or rider
    ]
    facts = enrich_sources(
        [(texts[:2], ["body", "body"], None)] + [([text], ["body"], None) for text in texts[2:]]
    )
    assert [f["organisations"] for f in facts[0]] == [["Charlton"], ["Middlesbrough", "Charlton"]]
    assert [(f[0]["people"], f[0]["organisations"]) for f in facts[1:]] == [
        (["Steve Diamond"], ["Saracens"]),
        (["Andy Goode"], []),
        (["Federer"], []),
        (["Tommi Makinen"], ["Mitsubishi"]),
    ]


def test_a_firm_of_common_words_is_found_by_what_the_source_does_with_it():
    texts = [
        '"Rates will rise," said Ann Lee, an economist at Capital Economics.',
        "Capital Economics expects the Bank to act in the spring.",
        "Penny Nance, chief executive of Concerned Women for America, spoke.",
        "Holders of Class B shares in Class B will vote.",
        "The capital of economics is not London.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["organisations"] for f in facts] == [["Capital Economics"], ["Capital Economics"], [], [], []]


def test_a_firm_is_where_an_analyst_named_before_it_works():
    text = '"Investors are nervous," said analyst Paula Buratti at Indosuez.'
    facts = enrich([text, "Indosuez expects rates to fall."], ["body", "body"], None)
    assert [f["organisations"] for f in facts] == [["Indosuez"], ["Indosuez"]]


def test_a_savings_institution_is_a_firm_and_its_savings_and_loan_one_name():
    texts = [
        "The FHLBB said Victor Federal Savings was insolvent.",
        "All depositors of Citizens Federal Savings and Loan Association of Cleveland were paid.",
        "Royal Palm Savings said it would buy the branches.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["people"], f[0]["organisations"]) for f in facts] == [
        ([], ["FHLBB", "Victor Federal Savings"]),
        ([], ["Citizens Federal Savings and Loan Association of Cleveland"]),
        ([], ["Royal Palm Savings"]),
    ]


def test_a_french_head_before_an_adjective_opens_a_bank_s_or_a_club_s_name():
    texts = [
        "Credit Lyonnais said it would cut jobs.",
        "Stade Toulousain beat Stade Francais in Paris.",
        "The Stade de France was full for the Credit Guarantee Program launch.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["people"], f[0]["organisations"]) for f in facts] == [
        ([], ["Credit Lyonnais"]),
        ([], ["Stade Toulousain", "Stade Francais"]),
        ([], []),
    ]


def test_where_a_staff_member_works_with_is_a_firm_and_a_colleague_is_no_firm():
    texts = [
        '"Rates will rise," said Joe Bloggs, an analyst with E.F. Hutton.',
        "Ann Lee, an analyst at Robert W. Baird, said the firm would gain.",
        "He shared the role with Tom Smith last year.",
        "said Victor Shum, a Singapore-based analyst with Purvin and Gertz.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [(f[0]["people"], f[0]["organisations"]) for f in facts] == [
        (["Joe Bloggs"], ["E.F. Hutton"]),
        (["Ann Lee"], ["Robert W. Baird"]),
        (["Tom Smith"], []),
        (["Victor Shum"], []),
    ]


def test_a_name_set_off_after_party_is_the_party():
    texts = [
        "Mr Kilroy-Silk launched his new party, Veritas, the Latin for truth, on Wednesday.",
        "Veritas says it hopes to contest most seats.",
    ]
    facts = enrich(texts, ["body", "body"], None)
    assert [f["organisations"] for f in facts] == [["Veritas"], ["Veritas"]]


def test_a_plural_after_the_that_wins_a_game_by_any_verb_of_the_trade_is_a_side():
    texts = [
        "In Detroit, Tony Clark homered as the Tigers blanked the Kansas City Royals 4-0.",
        "In Milwaukee, the Brewers rallied for a 5-4 victory over the Minnesota Twins.",
        "The Incredibles won best animated film at the awards.",
    ]
    facts = enrich_sources([([text], ["body"], None) for text in texts])
    assert [f[0]["organisations"] for f in facts] == [
        ["Tigers", "Kansas City Royals"],
        ["Brewers", "Minnesota Twins"],
        [],
    ]


def test_a_firm_s_arm_of_a_place_with_its_legal_form_is_one_firm_though_a_first_name_opens_it():
    texts = [
        "General Motors of Canada Ltd, a unit of General Motors Corp, said it laid off 1,600.",
        "Roger Smith of General Motors Corp said so.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[0]["organisations"] == ["General Motors of Canada Ltd", "General Motors"]
    assert facts[0]["speakers"] == ["General Motors of Canada Ltd"]
    assert (facts[1]["people"], facts[1]["organisations"]) == (["Roger Smith"], ["General Motors"])


def test_and_before_a_trade_and_two_legal_forms_goes_on_in_one_firm_s_name():
    texts = [
        "Hiroyuki Kondo of Yasuda Trust and Banking Co Ltd said so.",
        "IBM and Apple Computer Inc agreed.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[0]["organisations"] == ["Yasuda Trust and Banking Co Ltd"]
    assert facts[1]["organisations"] == ["IBM", "Apple Computer Inc"]


def test_initials_in_brackets_that_spell_a_run_keep_the_word_that_opens_it():
    texts = [
        "Imports go through the state Trading Corporation of Pakistan (TCP).",
        "Using Ministry of Defence data, he said so.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[0]["organisations"] == ["Trading Corporation of Pakistan"]
    assert facts[1]["organisations"] == ["Ministry of Defence"]


def test_a_firm_s_legal_form_with_its_stop_ends_its_name_past_a_first_name():
    facts = enrich(
        ["Exide Corp is raising 135 mln dlrs, said sole manager Drexel Burnham Lambert Inc."], ["body"], None
    )
    assert facts[0]["people"] == []
    assert "Lambert Inc." not in facts[0]["organisations"]


def test_a_firm_s_legal_form_is_one_value_with_or_without_its_stop():
    texts = ["Chrysler Corp. said sales rose.", "Analysts at Chrysler Corp expect more; Acme Inc. agreed."]
    facts = enrich(texts, ["body"] * 2, None)
    assert [f["organisations"] for f in facts] == [["Chrysler Corp"], ["Chrysler Corp", "Acme Inc"]]
    assert facts[0]["speakers"] == ["Chrysler Corp"]  # the name spans its stop: "Corp. said"


def test_a_trade_s_plural_or_aviation_ends_a_firm_s_name_not_a_person_s():
    texts = [
        "The petition was filed by Alcoma Packing Co and Barry Citrus Products.",
        "Avions Marcel Dassault-Breguet Aviation has suspended deliveries.",
        "Mazda Motor Manufacturing will build the cars.",
        "Tyra Banks and Dwain Chambers came.",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert [f["people"] for f in facts] == [[], [], [], ["Tyra Banks", "Dwain Chambers"]]
    assert "Barry Citrus Products" in facts[0]["organisations"]
    assert facts[2]["organisations"] == ["Mazda Motor Manufacturing"]


def test_first_and_a_town_is_a_bank_not_the_town():
    texts = ["First Boston Corp will underwrite the issue.", "Analysts at First Boston expect a rise."]
    facts = enrich(texts, ["body"] * 2, None)
    assert [(f["organisations"], f["places"]) for f in facts] == [(["First Boston Corp"], ["Boston"])] * 2
    assert enrich(["First Chicago said so; the First Minister agreed."], ["body"], None)[0][
        "organisations"
    ] == ["First Chicago"]


def test_a_place_a_title_opens_initials_before_a_surname_a_share_s_spaced_code_and_a_firm_s_arm():
    texts = [
        "Payments go to Newfoundland, Prince Edward Island and Quebec; Prince Edward visited.",
        "Lane Co Inc said its chairman, B.B. Lane, has resigned.",
        "Shares deposited by Fermenta's <FRMS ST> founder were sold.",
        "Mitsui and Co USA is now the fifth-largest shareholder.",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert (facts[0]["places"], facts[0]["people"]) == (
        ["Newfoundland", "Prince Edward Island", "Quebec"],
        ["Prince Edward"],
    )
    assert (facts[1]["people"], facts[1]["places"]) == (["B.B. Lane"], [])
    assert facts[2]["places"] == []
    assert (facts[3]["organisations"], facts[3]["places"]) == (["Mitsui and Co USA"], ["United States"])


def test_states_of_brazil_china_and_india_a_city_list_misses_are_places():
    texts = [
        "Farmers protested in the state of Rio Grande do Sul, in Mato Grosso do Sul, Liaoning and Orissa."
    ]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["places"] == ["Rio Grande do Sul", "Mato Grosso do Sul", "Liaoning", "Orissa"]
    assert facts[0]["people"] == []


def test_a_body_the_table_names_with_commas_is_one_value_not_its_first_part():
    texts = [
        "A spokesman for the Department for Culture, Media and Sport said no.",
        "The Department for Environment, Food and Rural Affairs (Defra) said so, and Defra agreed.",
        "The United Nations Educational, Scientific and Cultural Organization said so.",
        "Culture, Media and Sport Secretary Lisa Nandy said so.",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert [f["organisations"] for f in facts] == [
        ["DCMS"],
        ["Defra"],
        ["UNESCO"],
        [],
    ]
    assert facts[1]["speakers"] == ["Defra"]  # named by its initials: a facet's values hold no comma


def test_an_act_of_a_body_is_a_law_and_a_dateline_s_town_is_no_body_with_its_initials():
    facts = enrich(["The new Act of Parliament makes it clear, as an Act of Congress did."], ["body"], None)
    assert facts[0]["organisations"] == []
    facts = enrich(["NICE, France 1996-08-30", "NICE said the drug was too dear."], ["body", "body"], None)
    assert [(f["places"], f["organisations"]) for f in facts] == [
        (["Nice", "France"], []),
        ([], ["National Institute for Health and Care Excellence"]),
    ]


def test_first_and_a_word_no_town_is_no_bank_by_itself():
    facts = enrich(["And what was the verse that we have? First Corinthians 9:25?"], ["body"], None)
    assert facts[0]["organisations"] == []


def test_a_row_of_an_earnings_table_names_no_firm():
    texts = [
        "Shr profit 1.23 dlrs vs loss 45 cts",
        "Pretax profit 5.1 mln vs 4.2 mln",
        "Shr loss 32 cts vs 7 cts",
        # A wire writes small numbers in words: "Shr profit five cts".
        "Shr profit five cts vs loss 2.11 dlrs",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert [f["organisations"] for f in facts] == [[], [], [], []]
    assert enrich(["Krispy Kreme shares fell 5 pct."], ["body"], None)[0]["organisations"] == ["Krispy Kreme"]


def test_the_house_ways_and_means_committee_is_one_body_before_its_chairman():
    texts = [
        "House Ways and Means chairman Dan Rostenkowski said no.",
        "The Ways and Means Committee wrote it.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert (facts[0]["organisations"], facts[0]["people"]) == (
        ["Ways and Means Committee"],
        ["Dan Rostenkowski"],
    )
    assert facts[1]["organisations"] == ["Ways and Means Committee"]


def test_capital_markets_and_a_nordic_industry_end_a_firm_s_name():
    texts = [
        "Merrill Lynch Capital Markets said it received a mandate.",
        "Novo Industri A/S said sales rose.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert [(f["organisations"], f["people"]) for f in facts] == [
        (["Merrill Lynch Capital Markets"], []),
        (["Novo Industri"], []),
    ]


def test_cables_end_a_firm_s_name():
    facts = enrich(["Pirelli Cables has global sales of over 3.5 billion."], ["body"], None)
    assert facts[0]["organisations"] == ["Pirelli Cables"]


def test_a_credit_rating_s_grade_is_no_body():
    graded = [
        "Salomon said it expects the securities to receive a AA rating from Standard and Poor's Corp.",
        "Norstar carries AA senior debt, AA-minus subordinated debt and A-1-plus paper.",
        "Standard and Poor's Corp said it raised to B from CCC 268.9 mln dlrs of trust certificates.",
        "The issue is rated a top-flight AAA by Standard and Poor's Corp.",
    ]
    facts = [enrich([text], ["body"], None)[0]["organisations"] for text in graded]
    assert facts == [["Standard & Poor's"], [], ["Standard & Poor's"], ["Standard & Poor's"]]
    # The same letters as a body's name, where no rating is spoken of, or as a body's own words.
    named = [
        "The CCC said it would buy 1 mln tonnes of wheat.",
        "The AA said motorists should check their tyres.",
        "IATA said airlines would lose money this year.",
    ]
    assert [enrich([text], ["body"], None)[0]["organisations"] for text in named] == [
        ["CCC"],
        ["AA"],
        ["IATA"],
    ]


def test_those_of_a_country_in_a_wire_s_capitals_are_no_body_and_the_country_stays():
    texts = [
        "Some U.S. Officials complained Japan has no intention of boosting domestic demand.",
        "One head trader at a U.S. Securities house said no.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"][0]) for f in facts] == [
        ([], "United States"),
        ([], "United States"),
    ]
    assert enrich(["UK Athletics said so, as did US Airways."], ["body"], None)[0]["organisations"] == [
        "UK Athletics",
        "US Airways",
    ]


def test_a_rate_a_programme_and_money_named_in_capitals_are_no_bodies():
    texts = [
        "The Agriculture Department's Export Enhancement Program, EEP, helped. The EEP was costly.",
        "Manila seeks a spread over the London Interbank Offered Rates (LIBOR).",
        "Rates will be reset at three-month LIBOR plus 35 basis points.",
        "Bond and PIBOR futures ended the day higher.",
        "The European Investment Bank lent 318.5 billion European Currency Units to Italy.",
        "The bond pays interest based on the annualised money market rate (TAM) plus 0.10 pct.",
    ]
    facts = [enrich([text], ["body"], None)[0]["organisations"] for text in texts]
    assert facts == [["Agriculture Department"], [], [], [], ["European Investment Bank"], []]
    # A body defined by its initials after a comma stays one.
    kept = enrich(["The Office of Fair Trading, OFT, said so. The OFT will rule."], ["body"], None)
    assert kept[0]["organisations"] == ["Office of Fair Trading"]


def test_a_place_that_speaks_is_no_he_or_she():
    # "America called on": the government speaks, and no later "he" is it.
    assert speakers_of(
        "In return, America called on the debtor countries to enact economic reforms.",
        'He emphasised that the "megabank" was not an administration plan.',
    ) == [["America"], []]


def test_la_is_los_angeles_only_in_capitals_and_a_city_s_initials_open_a_paper_s_name():
    texts = [
        "DiCaprio will present a statuette at the LA ceremony; the LA Times reported it.",
        "Bob Strauss, from the LA Daily News, thinks so.",
        "Baton Rouge, LA, said so.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert (facts[0]["places"], facts[0]["organisations"]) == (["Los Angeles"], ["LA Times"])
    assert (facts[1]["places"], facts[1]["organisations"]) == ([], ["LA Daily News"])
    assert "Louisiana" in facts[2]["places"]
    # A Romance article is no city: the alias holds only as written in the table, in capitals.
    titled = enrich(["La notte is a film by Michelangelo Antonioni."], ["body"], None)[0]
    assert titled["places"] == []


def test_a_surname_that_is_a_town_s_name_too_is_still_he():
    assert speakers_of(
        "Mike Leigh's film Vera Drake will lead British hopes at the Academy Awards.",
        "Imelda Staunton was nominated for best actress, while Leigh received nods for best director.",
        "Leigh, who had previously been nominated for Secrets and Lies and Topsy Turvy, told BBC News"
        ' the latest success was "amazing". He said: "It\'s just absolutely wonderful."',
    )[2] == ["Mike Leigh"]


def test_a_partnership_s_name_holds_its_partners_set_off_by_commas():
    texts = [
        "Goldman, Sachs and Co ran the books on that deal.",
        "The offering was managed by Kidder, Peabody and Co Inc and First Boston.",
        "Johnson, Lane, Space, Smith and Co Inc said so.",
        "Merrill Lynch, Pierce, Fenner and Smith Inc will sell the shares.",
        # Lists stay lists: two firms, or a firm with its own legal form before the partnership.
        "Companies such as Ford, Chrysler and General Motors Corp cut output.",
        "Lead underwriters are Morgan Stanley Group Inc, Goldman, Sachs and Co and Salomon Inc.",
        "Analysts at Merrill Lynch, Sears, Roebuck and Co and others said so.",
    ]
    facts = [enrich([text], ["body"], None)[0]["organisations"] for text in texts]
    assert facts[:4] == [
        ["Goldman Sachs"],
        ["Kidder Peabody", "First Boston"],
        ["Johnson Lane Space Smith and Co Inc"],
        ["Merrill Lynch"],
    ]
    assert facts[4][0] == "Ford"
    # The parent named with its trade and its form is the firm the table knows.
    assert facts[5] == ["Morgan Stanley", "Goldman Sachs", "Salomon Inc"]
    assert facts[6] == ["Merrill Lynch", "Sears Roebuck and Co"]


def test_a_legal_form_alone_is_no_firm_s_name():
    texts = [
        "DIM S.A., a hosiery manufacturer, had 1985 sales of about 260 mln dlrs.",
        "Peugeot S.A. said so.",
    ]
    facts = [enrich([text], ["body"], None)[0]["organisations"] for text in texts]
    assert facts == [[], ["Peugeot"]]


def test_the_table_knows_human_rights_in_china_whole():
    texts = ["Chinese police have detained a dissident, the New York-based group Human Rights in China said."]
    facts = enrich(texts, ["body"], None)[0]
    assert (facts["organisations"], facts["speakers"]) == (
        ["Human Rights in China"],
        ["Human Rights in China"],
    )


def test_a_spokesperson_for_a_person_the_source_names_speaks_for_no_body():
    texts = [
        "U.S. Attorney Rudolph Giuliani said he had no intention of commenting.",
        "A spokeswoman for Giuliani said the problems arose because he misheard.",
        "In a brief press conference, Giuliani said he had received feelers.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [(f["people"], f["organisations"]) for f in facts[1:]] == [
        (["Rudolph Giuliani"], []),
        (["Rudolph Giuliani"], []),
    ]
    assert enrich(["A spokesman for Ask Jeeves said so."], ["body"], None)[0]["organisations"] == [
        "Ask Jeeves"
    ]


def test_trade_s_abbreviations_are_no_bodies():
    texts = [
        "The price is quoted FOB, with freight allowed.",
        "No orders can be entered after 1530 EST.",
        "The 1987/88 PSBR target was trimmed to 4.0 billion stg.",
        "The note includes after-tax LIFO charges of 441,000 dlrs.",
        "The government must pay off its remaining 165 mln SDR arrears.",
    ]
    assert [enrich([text], ["body"], None)[0]["organisations"] for text in texts] == [[]] * 5


def test_cities_by_their_other_names_frankfurt_hanover_bern():
    texts = [
        "FRANKFURT - The Bundesbank did not intervene as the dollar was fixed lower.",
        "The fair opens in Hannover on Monday; officials in Berne said so.",
        "The bank moved to Frankfurt am Main last year.",
    ]
    assert [enrich([text], ["body"], None)[0]["places"] for text in texts] == [
        ["Frankfurt"],
        ["Hanover", "Bern"],
        ["Frankfurt"],
    ]


def test_a_label_before_a_place_and_a_firm_s_form_is_the_firm_s_own_word():
    texts = [
        "Manufacturers Hanover Corp said it would lend more.",
        "Bookmakers Ladbrokes said the odds had shortened.",
    ]
    facts = [enrich([text], ["body"], None)[0]["organisations"] for text in texts]
    assert facts[0] == ["Manufacturers Hanover"]
    assert "Bookmakers Ladbrokes" not in facts[1]


def test_a_club_goes_by_its_first_word_and_romance_clubs_by_their_own():
    texts = [
        "Real Madrid drew 1-1 with Deportivo Coruna on Saturday.",
        "Real looked to be in deep trouble shortly after the break.",
        "Dynamo Moscow beat Dinamo Zagreb 2-0.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["organisations"] for f in facts] == [
        ["Real Madrid", "Deportivo Coruna"],
        ["Real Madrid"],
        ["Dynamo Moscow", "Dinamo Zagreb"],
    ]
    assert facts[0]["people"] == []


def test_a_language_and_its_initials_are_no_body():
    texts = [
        "Deaf people who prefer to communicate using British Sign Language (BSL) could soon use webcams.",
        "BSL users welcomed it, and the Welsh Language Board said so.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert [f["organisations"] for f in facts] == [[], ["Welsh Language Board"]]


def test_a_row_label_of_figures_in_columns_is_no_body():
    texts = [
        "Start Stcks  1,905   1,905    1,425   1,425\nProduction  2,087   2,087    2,425   2,425",
        "Total  2,543  2,543    2,415  2,415",
        "Shr profit ten cts vs loss six cts",
        "Arsenal  10  7  2  1  20  8  23",
    ]
    facts = [enrich([text], ["body"], None)[0]["organisations"] for text in texts]
    assert facts == [[], [], [], ["Arsenal"]]


def test_a_plan_defined_after_commas_in_lower_case_and_a_nation_s_shares_are_no_bodies():
    texts = [
        "Hospitals will be spun off to a company owned by an employee stock ownership plan, ESOP, "
        "for 1.8 billion dlrs. Hospital Corp said the ESOP would own 99.5 pct.",
        "Barwon offered cash for the 38 mln shares of Philippine brewing company San Miguel Corp.",
    ]
    facts = [enrich([text], ["body"], None)[0]["organisations"] for text in texts]
    assert facts == [["Hospital Corp"], ["San Miguel Corp"]]


def test_the_exchange_is_the_one_the_source_names():
    texts = [
        "The New York Stock Exchange said it would study the market.",
        "The Exchange said the study is needed.",
    ]
    assert enrich(texts, ["body"] * 2, None)[1]["organisations"] == ["New York Stock Exchange"]


def test_a_firm_that_brackets_its_kind_or_country_before_its_form_is_one_name():
    texts = [
        "Hutchison and its parent Cheung Kong (Holdings) Ltd both announced bonus issues.",
        "BTR Nylex raised its offer for Borg-Warner (Australia) Ltd to five dlrs.",
        "Elf bought Total Holdings (Australia) Pty Ltd last year.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"][-1:], f["places"]) for f in facts] == [
        ([], ["Cheung Kong Holdings Ltd"], []),
        ([], ["Borg-Warner Australia Ltd"], ["Australia"]),
        ([], ["Total Holdings Australia Pty Ltd"], ["Australia"]),
    ]


def test_money_in_a_wire_s_capitals_is_no_one():
    texts = ["Cathay Pacific profits are expected to surpass one billion H.K. Dlrs, analysts said."]
    facts = enrich(texts, ["body"], None)[0]
    assert (facts["people"], facts["organisations"]) == ([], ["Cathay Pacific"])


def test_a_work_is_known_by_its_kind_without_an_article_and_by_a_role_in_it():
    texts = [
        "Imelda Staunton won for the gritty abortion drama Vera Drake, adding to her awards.",
        "It faces The Motorcycle Diaries and British film Vera Drake, which has 11 nominations.",
        "Imelda Staunton has again been recognised for her role in Vera Drake.",
        # Whose something is, a person still.
        "He praised her role in Tony Blair's government.",
        "Natalie Portman was nominated for her role in Mike Nichols' Closer.",
    ]
    facts = [enrich([text], ["body"], None)[0]["people"] for text in texts]
    assert facts == [
        ["Imelda Staunton"],
        [],
        ["Imelda Staunton"],
        ["Tony Blair"],
        ["Natalie Portman", "Mike Nichols"],
    ]


def test_a_kind_of_business_that_opens_a_sentence_names_the_firm_after_it():
    texts = [
        "Bookmaker William Hill has placed the novel as favourite.",
        "He said so. Insurer Aviva said so.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [([], ["William Hill"]), ([], ["Aviva"])]


def test_my_lords_addresses_the_peers_and_names_no_house():
    texts = [
        "My Lords, I beg to move that this Bill be now read a second time.",
        "The House of Lords ruled on Thursday; the Lords said the law was wrong.",
    ]
    assert [enrich([text], ["body"], None)[0]["organisations"] for text in texts] == [[], ["House of Lords"]]


def test_a_price_s_terms_open_no_place_and_a_month_after_for_ends_a_name():
    texts = [
        "No. 2 soft red wheat was quoted at 123.97 dlrs FOB Gulf, excluding fees.",
        "Soymeal was quoted at 180 dlrs CIF Rotterdam for May.",
    ]
    assert [enrich([text], ["body"], None)[0]["places"] for text in texts] == [["Gulf"], ["Rotterdam"]]


def test_a_firm_s_first_word_before_its_legal_form_is_put_nowhere():
    paragraphs = [
        "Despite a sharp early fall in Pennzoil Inc bonds, the market held.",
        "Analysts said Pennzoil's weekend filing for protection was a defensive move.",
    ]
    facts = enrich(paragraphs, ["body"] * 2, None)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Pennzoil Inc"], []),
        (["Pennzoil Inc"], []),
    ]


def test_a_town_s_name_in_capitals_amid_lower_case_is_initials():
    paragraphs = [
        "Amid signs USDA and the General Accounting Office, GAO, are at odds over the cost.",
        "The GAO concluded in a preliminary report that certificates cost more.",
        "Flights to the UK and the UAE rose.",
    ]
    facts = enrich(paragraphs, ["body"] * 3, None)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["USDA", "General Accounting Office"], []),
        (["General Accounting Office"], []),
        ([], ["United Kingdom", "United Arab Emirates"]),
    ]
    assert facts[1]["speakers"] == ["General Accounting Office"]


def test_initials_set_off_by_commas_after_the_name_they_spell_are_its_alias():
    paragraphs = [
        "European Community, EC, ministers met in Brussels.",
        "EC farm Commissioner Frans Andriessen said farmers must cut output.",
        "Toyota Motor Corp, GM, and Ford Motor Co cut prices.",
    ]
    facts = enrich(paragraphs, ["body"] * 3, None)
    assert [f["organisations"] for f in facts] == [
        ["European Community"],
        ["European Community"],
        ["Toyota Motor Corp", "GM", "Ford Motor Co"],
    ]


def test_a_bourse_heads_a_body_and_a_trade_ends_a_firm_s_name():
    texts = [
        "The issue will be quoted on the Paris Bourse, the Stockbrokers' Association said.",
        "Watsonville Canning said it would close the plant.",
        "Champlin Refining said it raised prices.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Paris Bourse", "Stockbrokers' Association"]),
        ([], ["Watsonville Canning"]),
        ([], ["Champlin Refining"]),
    ]


def test_a_field_or_a_mine_named_as_people_are_is_no_one():
    texts = [
        "Petro-Canada said it will drill two wells at the Terra Nova oil field offshore Newfoundland.",
        "Output at the Sarah Jane mine rose, the company said.",
    ]
    assert [enrich([text], ["body"], None)[0]["people"] for text in texts] == [[], []]


def test_chase_manhattan_is_a_bank_by_any_of_its_names():
    texts = [
        "David Rockefeller, former head of Chase Manhattan bank, set it up.",
        "Banks will follow industry leaders Citibank and Chase Manhattan in raising rates.",
        "Chase Manhattan Bank, a unit of Chase Manhattan Corp, bought the accounts.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["David Rockefeller"], ["Chase Manhattan"]),
        ([], ["Citibank", "Chase Manhattan"]),
        ([], ["Chase Manhattan"]),
    ]


def test_two_names_after_a_firm_s_trade_are_its_partners():
    texts = [
        "said Stephen Lewis, economist at brokerage house Phillips and Drew.",
        "The deal was handled by solicitors Slaughter and May and accountants Ernst and Whinney.",
        "Research by Smith and Jones was cited.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [
        ["Phillips and Drew"],
        ["Slaughter and May", "Ernst and Whinney"],
        [],
    ]
    assert facts[0]["people"] == ["Stephen Lewis"]


def test_a_firm_s_unit_so_called_is_a_body():
    texts = [
        "Atco Ltd said its Atco Development unit agreed to sell the centre.",
        "Esselte Business Systems Inc's Esselte Meto division said it has acquired the company.",
        "He joined the John Smith unit at the hospital.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Atco Ltd", "Atco Development"]),
        ([], ["Esselte Business Systems Inc", "Esselte Meto"]),
        (["John Smith"], []),
    ]


def test_a_town_s_whole_name_is_the_firm_the_source_names_with_it_and_a_legal_form():
    paragraphs = [
        "Eduardo Cojuangco was chairman of San Miguel Corp.",
        "A commission controls 51 pct of San Miguel's stock.",
        "The brewery in San Miguel employs 300.",
    ]
    facts = enrich(paragraphs, ["body"] * 3, None)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["San Miguel Corp"], ["San Miguel"]),
        (["San Miguel Corp"], []),
        ([], ["San Miguel"]),
    ]


def test_a_partnership_after_its_trade_keeps_its_first_partner():
    texts = [
        "Lead underwriters Kidder, Peabody and Co Inc and Shearson Lehman Brothers Inc were named.",
        "John Smith of the firm Goldman, Sachs and Co was hired.",
    ]
    assert [enrich([text], ["body"], None)[0]["organisations"] for text in texts] == [
        ["Kidder Peabody", "Shearson Lehman Brothers"],
        ["Goldman Sachs"],
    ]


def test_someone_of_a_firm_named_after_its_trade_or_with_commas_speaks():
    texts = [
        "Richard Jeffrey of brokers Hoare Govett said it was a well-balanced budget.",
        "Analyst John Smith of Kidder, Peabody and Co said prices rose.",
    ]
    assert [enrich([text], ["body"], None)[0]["speakers"] for text in texts] == [
        ["Richard Jeffrey"],
        ["John Smith"],
    ]


def test_a_word_that_opens_a_land_s_name_alone_names_the_land():
    paragraphs = [
        "Socotra is a perfect destination for the adventurous.",
        "Socotra Island is home to the dragon's blood tree.",
        "Vancouver Island lies west of Vancouver.",
    ]
    facts = enrich(paragraphs, ["body"] * 3, None)
    assert [f["places"] for f in facts] == [
        ["Socotra Island"],
        ["Socotra Island"],
        ["Vancouver Island", "Vancouver"],
    ]


def test_a_name_before_a_part_in_a_band_and_its_player_is_the_band():
    texts = [
        "The life of late Joy Division singer Ian Curtis is to be made into a film.",
        "Arctic Monkeys singer Alex Turner said so.",
        "He met Elton John drummer Nigel Olsson.",
        # A park's name by its head, no park the gazetteer knows.
        "Linkin Park singer Chester Bennington described the prize.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Ian Curtis"], ["Joy Division"]),
        (["Alex Turner"], ["Arctic Monkeys"]),
        (["Elton John", "Nigel Olsson"], []),
        (["Chester Bennington"], ["Linkin Park"]),
    ]
    assert facts[3]["places"] == []


def test_a_name_the_source_gives_a_body_is_that_body_wherever_it_reads_as_someone():
    paragraphs = [
        "Joy Division story to become film",
        "The life of late Joy Division singer Ian Curtis is to be made into a film.",
        "Joy Division's music inspired many.",
    ]
    facts = enrich(paragraphs, ["headline", "body", "body"], None)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Joy Division"]),
        (["Ian Curtis"], ["Joy Division"]),
        ([], ["Joy Division"]),
    ]


def test_ask_jeeves_is_a_firm():
    facts = enrich(["Ask Jeeves has bought the Bloglines website."], ["body"], None)[0]
    assert (facts["people"], facts["organisations"]) == ([], ["Ask Jeeves", "Bloglines"])


def test_circuit_city_is_a_retailer():
    facts = enrich(["Shares in Circuit City rose."], ["body"], None)[0]
    assert (facts["organisations"], facts["places"]) == (["Circuit City"], [])


def test_a_town_before_a_cricketer_s_or_a_ballplayer_s_role_is_its_side():
    texts = [
        "Surrey all-rounder Adam Hollioake replaced Lancashire batsman Graham Lloyd.",
        "The Wasps flanker replaces Denis Leamy.",
        "England batsman Ian Bell scored.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Surrey", "Lancashire"], []),
        (["Wasps"], []),
        ([], ["England"]),
    ]


def test_a_town_that_won_by_a_score_is_its_side():
    texts = [
        "Karlsruhe won the August 20 match 3-1 thanks to two late goals.",
        "Texas won the vote 52-48.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [(["Karlsruhe"], []), ([], ["Texas"])]


def test_a_name_before_the_table_s_firm_of_brothers_is_the_firm_s_own():
    facts = enrich(["He was a vice president of Shearson Lehman Brothers until April."], ["body"], None)[0]
    assert (facts["people"], facts["organisations"]) == ([], ["Shearson Lehman Brothers"])


def test_a_firm_goes_by_the_first_two_words_of_its_name():
    paragraphs = [
        "Harcourt Brace Jovanovich Inc said it would bid.",
        "Harcourt Brace said it will only pursue the acquisition if an agreement is reached.",
        "Detroit analyst Arvid Jauppi of Arvid Jauppi and Associates says dealers will grow.",
        "Jauppi says there are few obstacles.",
    ]
    facts = enrich(paragraphs, ["body"] * 4, None)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Harcourt Brace Jovanovich Inc"]),
        ([], ["Harcourt Brace Jovanovich Inc"]),
        (["Arvid Jauppi"], ["Arvid Jauppi and Associates"]),
        (["Arvid Jauppi"], []),
    ]


def test_two_firms_after_a_trade_stay_two():
    facts = enrich(["The issue was led by brokers Hoare Govett and James Capel."], ["body"], None)[0]
    assert "Hoare Govett and James Capel" not in facts["organisations"]
    assert "Hoare Govett" in facts["organisations"]


def test_someone_after_his_party_s_word_of_a_state_is_himself():
    facts = enrich(["Republican Bill Frenzel of Michigan said the bill was bad."], ["body"], None)[0]
    assert (facts["people"], facts["places"], facts["speakers"]) == (
        ["Bill Frenzel"],
        ["Michigan"],
        ["Bill Frenzel"],
    )


def test_a_month_and_a_day_in_words_is_no_one():
    texts = ["Pay May Eight", "Two directors will be named to the board on March Four to serve."]
    assert [enrich([text], ["body"], None)[0]["people"] for text in texts] == [[], []]


def test_a_dollar_in_the_singular_ends_no_name():
    facts = enrich(["The venture presented a 25 billion H.K. Dlr infrastructure plan."], ["body"], None)[0]
    assert facts["people"] == []


def test_an_office_after_a_first_name_is_a_title_no_surname():
    texts = [
        "In a statement, Lilly Chairman Richard Wood said it was strategic.",
        "Tory MP Boris Johnson has insisted.",
        "Donors include Paul Singer and Tom Judge.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Richard Wood"], []),
        (["Boris Johnson"], ["Conservative Party"]),
        (["Paul Singer", "Tom Judge"], []),
    ]


def test_a_legal_form_ends_a_firm_s_name_a_first_name_inside_it():
    texts = [
        "Moody's may downgrade Crazy Eddie Inc's debentures.",
        "Kohlberg Kravis Roberts LP said so.",
        "Harris Associates L.P., a Chicago partnership, said it lowered its stake.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Moody's", "Crazy Eddie Inc"]),
        ([], ["Kohlberg Kravis Roberts LP"]),
        ([], ["Harris Associates L.P."]),
    ]


def test_a_country_s_economy_or_its_unit_in_a_wire_s_capitals_is_the_country():
    texts = ["The U.S. Economy continued to expand.", "It placed the U.S. Unit under pressure."]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        ([], ["United States"]),
        ([], ["United States"]),
    ]


def test_mcdonnell_douglas_is_a_firm():
    facts = enrich(["Swissair will buy engines for six McDonnell Douglas MD-11 jets."], ["body"], None)[0]
    assert (facts["people"], facts["organisations"]) == ([], ["Swissair", "McDonnell Douglas"])


def test_vice_qualifies_the_title_after_it():
    facts = enrich(['"It is cheap," said Vice Chairman Frank Newman.'], ["body"], None)[0]
    assert (facts["people"], facts["speakers"]) == (["Frank Newman"], ["Frank Newman"])


def test_pratt_and_whitney_is_a_firm_by_either_of_its_names():
    texts = ["Its jets all have Pratt and Whitney engines.", "Pratt & Whitney said so."]
    assert [enrich([text], ["body"], None)[0]["organisations"] for text in texts] == [
        ["Pratt & Whitney"],
        ["Pratt & Whitney"],
    ]


def test_a_sports_report_s_town_met_as_an_opponent_is_its_side():
    paragraphs = [
        "Manchester United reduced Chelsea's Premiership lead to nine points.",
        "Robben has been sidelined since breaking a foot against Blackburn last month.",
        "Chelsea face Barcelona at home on 8 March.",
        "Birmingham's Gary Breen was selected ahead of Phil Babb.",
        "They travel to Blackburn next week.",
    ]
    facts = enrich(paragraphs, ["body"] * len(paragraphs), None)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Manchester United", "Chelsea"], ["Manchester"]),
        (["Blackburn"], []),
        (["Chelsea", "Barcelona"], []),
        (["Birmingham"], []),
        ([], ["Blackburn"]),  # "to": where they go, as a side's town stays where something is put
    ]


def test_a_town_met_as_an_opponent_outside_a_sports_report_stays_a_place():
    paragraphs = [
        "Lisburn's Kelly McNeice Reid was seventh in the 1500m at the Cross Country Championship.",
        "Protesters marched against Birmingham's plan to close the library.",
    ]
    facts = enrich(paragraphs, ["body"] * len(paragraphs), None)
    assert [(f["organisations"], f["places"]) for f in facts] == [([], ["Lisburn"]), ([], ["Birmingham"])]


def test_holland_is_the_netherlands():
    facts = enrich(["England's game against Holland is a good example."], ["body"], None)[0]
    assert (facts["organisations"], facts["places"]) == ([], ["England", "Netherlands"])


def test_a_sports_report_s_town_listed_with_a_body_or_leading_it_is_a_side():
    paragraphs = [
        "A gripping game between Arsenal and Chelsea ended with the honours even.",
        "The Reds are sixth in the Premiership, 15 points behind leaders Barcelona.",
        "Their reward is a home tie against Lancashire rivals Blackburn.",
    ]
    facts = enrich(paragraphs, ["body"] * len(paragraphs), None)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Arsenal", "Chelsea"], []),
        (["Barcelona"], []),
        (["Blackburn"], ["Lancashire"]),
    ]


def test_a_lone_word_that_says_it_of_itself_is_a_body():
    paragraphs = [
        "Romanian engineer Comelf said it almost doubled six-month output.",
        "Comelf, based in the town of Bistrita, manufactures water purification equipment.",
        "General Tire said it has 84 outlets. Jones said it would be hard.",
    ]
    facts = enrich(paragraphs, ["body"] * len(paragraphs), None)
    # "General Tire" is the firm whole, no general called Tire; "Jones" stays no body.
    assert [f["organisations"] for f in facts] == [["Comelf"], ["Comelf"], ["General Tire"]]
    # A town's name that says "it" is the one firm the source names with it in full.
    paragraphs = ["Delta Business Systems Inc agreed to buy a rival.", "Delta said it would pay cash."]
    facts = enrich(paragraphs, ["body"] * len(paragraphs), None)
    assert [f["organisations"] for f in facts] == [["Delta Business Systems Inc"]] * 2


def test_a_sports_report_s_fixture_and_a_player_s_clubs_are_sides():
    paragraphs = [
        "The Royals lost 3-2 in the Major League game.",
        "Kansas City at Detroit",
        "Baratelli, who played for Nice and Paris St Germain, takes over.",
        "Lentini joined Milan from Bologna in 1992.",
        "Former Auxerre playmaker Corentine Martins headed home.",
    ]
    facts = enrich(paragraphs, ["body"] * len(paragraphs), None)
    assert [(f["organisations"], f["places"]) for f in facts[1:]] == [
        (["Kansas City", "Detroit"], []),
        (["Nice", "Paris Saint-Germain"], ["Paris"]),
        (["Milan", "Bologna"], []),
        (["Auxerre"], []),
    ]


def test_a_result_s_headline_names_two_sides():
    texts = ["Newcastle 27-27 Gloucester", "Newcastle centre Mathew Tait answered his critics with a try."]
    facts = enrich(texts, ["headline", "body"], None)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Newcastle", "Gloucester"], []),
        (["Newcastle"], []),
    ]


def test_a_short_month_before_a_day_in_words_or_a_span_s_close_is_no_one():
    texts = [
        "Meat exports during Jan/Feb 1987 totalled 39,714 tonnes.",
        "Ended Jan three",
        "Jan Smith said so.",
    ]
    assert [enrich([text], ["body"], None)[0]["people"] for text in texts] == [[], [], ["Jan Smith"]]


def test_a_hostage_or_a_spy_opening_a_sentence_describes_the_one_named():
    texts = ["Hostage Alann Steen was freed.", "Speculator Ivan Boesky bought shares."]
    assert [enrich([text], ["body"], None)[0]["people"] for text in texts] == [
        ["Alann Steen"],
        ["Ivan Boesky"],
    ]


def test_shearson_lehman_is_the_firm_by_its_short_name():
    text = "First Boston, Salomon Brothers and Shearson Lehman co-managed the deal."
    facts = enrich([text], ["body"], None)[0]
    assert (facts["people"], facts["organisations"]) == (
        [],
        ["First Boston", "Salomon Brothers", "Shearson Lehman Brothers"],
    )


def test_a_spokesman_of_someone_who_speaks_as_he_leaves_him_a_person():
    paragraphs = ["Jeb Bush said he would run.", '"We have no comment," a Jeb Bush spokesman said.']
    facts = enrich(paragraphs, ["body"] * len(paragraphs), None)
    assert [(f["people"], f["organisations"]) for f in facts] == [(["Jeb Bush"], [])] * 2


def test_a_firm_named_after_its_legal_form_written_first_is_whole():
    texts = [
        "The cars will be marketed by Kia and PT Timor Putra Nasional, controlled by a son of Suharto.",
        "PT Astra International said its profit rose.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Kia", "PT Timor Putra Nasional"]
    assert facts[1]["organisations"] == ["PT Astra International"]
    assert facts[1]["places"] == []  # "PT" is Indonesia's form here, not Portugal's code


def test_a_listing_s_opening_name_before_its_address_and_telephone_is_a_body():
    texts = [
        "Vagabond Tours, Bjerrebyvej 6 (Tranekær), ☏ +4533330040, ✉ info@vagabondtours.dk.",
        "A-1 2470 Lemoine Avenue, tel: 1 201 944-3737.",
        "-- New York Energy Desk 212-859-1620",
        "-- Harry Milling, New York Energy Desk, +1 212-859-1761",
        "Fort Lee Historic Park, Hudson Terrace, tel: 1 201 461-1776.",
        "Call 0800 1111 or tel: 0800 555 111.",
        "Vagabond Tours, Bjerrebyvej 6 (Tranekær), offers walks.",
    ]
    facts = enrich_sources([([t], ["body"], None) for t in texts])
    assert facts[0][0]["organisations"] == ["Vagabond Tours"]
    assert facts[1][0]["organisations"] == ["A-1"]
    assert facts[2][0]["organisations"] == ["New York Energy Desk"]
    assert facts[2][0]["places"] == ["New York"]
    assert facts[3][0]["people"] == ["Harry Milling"]  # a person opens this one
    assert facts[4][0]["organisations"] == []  # a park the lists know stays a place
    assert "Fort Lee Historic Park" in facts[4][0]["places"]
    assert facts[5][0]["organisations"] == []  # a verb opens it: no name
    assert facts[6][0]["organisations"] == []  # no telephone: no listing


def test_initials_that_take_a_phrase_s_small_words_too_spell_a_term_no_body():
    texts = [
        "Wikinews interviewed him for May's Interview of the Month (IOTM) on May 18, 2006.",
        "The IOTM was held online.",
        "Friends of the Earth (FOE) said the plan was wrong.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["Wikinews"]
    assert facts[1]["organisations"] == []
    assert facts[2]["organisations"] == ["Friends of the Earth"]  # a body the table knows


def test_a_work_named_after_a_possessive_s_kind_or_a_hit_is_no_one():
    texts = [
        "The stage adaptation of children's film Mary Poppins has opened in London's West End.",
        "The re-release of hit song Jailhouse Rock was out-selling the X Factor winner's single.",
        "A Christmas tree has been unveiled at London's Tate Britain art gallery.",
    ]
    facts = enrich_sources([([t], ["body"], None) for t in texts])
    assert [f[0]["people"] for f in facts] == [[], [], []]
    assert facts[2][0]["places"] == ["London"]


def test_britain_s_bookmakers_are_bodies_though_one_is_named_like_a_person():
    texts = [
        "William Hill and Ladbrokes have given The Aviator 4/9 odds of winning best film.",
        '"This is highly unlikely to have been an inspired guess," William Hill spokesman Rupert Adams said.',
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert facts[0]["organisations"] == ["William Hill", "Ladbrokes"]
    assert facts[0]["people"] == []
    assert facts[1]["organisations"] == ["William Hill"]
    assert facts[1]["people"] == ["Rupert Adams"]


def test_clubs_whose_names_no_rule_reads_as_a_club_s_are_in_the_table():
    texts = [
        "Nottingham Forest have confirmed they have received an £8m bid from Tottenham.",
        "It is understood that Sheffield Wednesday manager Paul Sturrock was unwilling to return.",
        "Mansfield 0-1 Leyton Orient",
        "West Brom v Preston North End",
    ]
    facts = enrich_sources([([t], ["body"], None) for t in texts])
    assert facts[0][0]["organisations"] == ["Nottingham Forest"]
    assert facts[0][0]["speakers"] == ["Nottingham Forest"]
    assert facts[1][0]["organisations"] == ["Sheffield Wednesday"]
    assert "Leyton Orient" in facts[2][0]["organisations"]
    assert facts[3][0]["organisations"] == ["West Bromwich Albion", "Preston North End"]
    assert facts[3][0]["people"] == []


def test_a_town_whose_sporting_director_or_fixture_a_sports_report_names_is_its_club():
    texts = [
        "Tottenham sporting director Frank Arnesen has denied a rift with coach Jacques Santini.",
        "Santini quit less than 24 hours before Tottenham's Premiership fixture with Charlton.",
        "The Russian oil giant has few Texas ties beyond bank accounts, it said in the Premiership of debt.",
    ]
    facts = enrich(texts[:2], ["body"] * 2, None)
    assert [f["organisations"] for f in facts] == [["Tottenham"], ["Tottenham"]]
    assert [f["places"] for f in facts] == [[], []]
    assert enrich(texts[2:], ["body"], None)[0]["places"] == ["Texas"]  # ties that are links


def test_a_price_s_move_in_a_table_s_columns_is_no_body():
    texts = [
        "MAY7 284 3/4            UP  1 1/4",
        "JUL7 280 1/4            OFF   1/2",
        "SET officials said 77 issues were traded on Tuesday.",  # the Stock Exchange of Thailand
    ]
    facts = enrich_sources([([t], ["body"], None) for t in texts])
    assert [f[0]["organisations"] for f in facts] == [[], [], ["SET"]]


def test_a_place_no_first_name_spells_then_no_surname_opens_no_one_s_name():
    texts = [
        "Sealy Inc owns 82 pct of the stock.",
        "Michigan Sealy had sales of about 12.5 mln dlrs in 1986.",
        "New York State contributes 1.1 mln dlrs.",
        "Pop singer Delta Goodrem has scooped one of the top prizes.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["people"] for f in facts] == [[], [], [], ["Delta Goodrem"]]


def test_wall_street_s_investment_banks_are_the_table_s_one_value_each():
    texts = [
        "Bear Stearns handled the trade. Bear Stearns would not comment.",
        "Co-managers are Daiwa, Dillon Read, Drexel Burnham and Wertheim Schroder.",
        "Salomon Brothers Inc said it would buy the bonds from Kidder Peabody and Co.",
        "The issue is underwritten by Dean Witter Reynolds Inc and L.F. Rothschild, Unterberg, Towbin.",
        "lead-manager Lazard Freres et Cie said.",
    ]
    facts = enrich_sources([([t], ["body"], None) for t in texts])
    assert facts[0][0]["organisations"] == ["Bear Stearns"]
    assert facts[0][0]["people"] == []
    assert facts[1][0]["organisations"] == [
        "Daiwa",
        "Dillon Read",
        "Drexel Burnham Lambert",
        "Wertheim Schroder",
    ]
    assert facts[2][0]["organisations"] == ["Salomon Brothers", "Kidder Peabody"]
    assert facts[3][0]["organisations"] == ["Dean Witter", "L.F. Rothschild"]
    assert (facts[4][0]["speakers"], facts[4][0]["organisations"]) == (["Lazard"], ["Lazard"])


def test_a_bank_or_a_firm_named_by_its_head_in_its_own_tongue_is_a_body():
    texts = [
        "Ljubljanska Banka said it would repay the loans.",
        "Shares in Skandinaviska Enskilda Banken rose.",
        "Landesbank Schleswig-Holstein said it would lend more.",
        "Nobel Industrier bought the firm.",
    ]
    facts = enrich_sources([([t], ["body"], None) for t in texts])
    assert [f[0]["organisations"][:1] for f in facts] == [
        ["Ljubljanska Banka"],
        ["Skandinaviska Enskilda Banken"],
        ["Landesbank Schleswig-Holstein"],
        ["Nobel Industrier"],
    ]
    assert [f[0]["people"] for f in facts] == [[], [], [], []]


def test_an_investor_before_a_name_is_a_role_but_a_firm_with_its_form_keeps_the_word():
    texts = [
        "Investor Sumner Redstone bought more shares.",
        "Investor AB said it would sell its stake.",
        "AB Investor bought shares.",
    ]
    facts = enrich_sources([([t], ["body"], None) for t in texts])
    assert facts[0][0]["people"] == ["Sumner Redstone"]
    assert facts[1][0]["organisations"] == ["Investor AB"]
    assert facts[2][0]["organisations"] == ["AB Investor"]


def test_a_capitalised_time_after_last_or_next_opens_no_name():
    texts = [
        "Last Month Warburg Pincus launched a tender offer for Symbion.",
        "Club Mediterranee said bookings rose.",
    ]
    facts = enrich_sources([([t], ["body"], None) for t in texts])
    assert (facts[0][0]["organisations"], facts[0][0]["people"]) == (["Warburg Pincus"], [])
    assert facts[1][0]["organisations"] == ["Club Med"]


def test_general_and_a_word_the_source_gives_as_a_firm_is_the_firm_no_general():
    source = [
        "General Tire said it would close its Akron plant.",
        "General Tire employs 1,200 people there.",
        "The General Election will be held in May.",
    ]
    facts = enrich(source, ["body"] * 3, None)
    assert (facts[0]["speakers"], facts[0]["organisations"]) == (["General Tire"], ["General Tire"])
    assert (facts[1]["organisations"], facts[1]["people"]) == (["General Tire"], [])
    assert facts[2]["organisations"] == []
    general = ["General Tommy Franks said the war was over.", "General Franks said troops would stay."]
    assert [f["speakers"] for f in enrich(general, ["body"] * 2, None)] == [
        ["Tommy Franks"],
        ["Tommy Franks"],
    ]


def test_a_car_s_model_named_with_its_body_style_is_no_one():
    texts = [
        "GM will build the Beretta Sport Coupe in Wilmington.",
        "Porsche raised the price of its 944 Turbo Cabriolet by 2 pct.",
    ]
    facts = enrich_sources([([t], ["body"], None) for t in texts])
    assert [f[0]["people"] for f in facts] == [[], []]


def test_a_word_no_list_knows_that_reports_what_was_said_is_a_name():
    texts = [
        "Qorvane has banned seven users from its service.",
        "Qorvane said the users had shared files illegally.",
        "Energy minister Tamrazi said output would rise.",
        "Tamrazi said the field was old.",
    ]
    facts = enrich(texts, ["body"] * len(texts), None)
    assert [f["organisations"] for f in facts] == [["Qorvane"], ["Qorvane"], [], []]
    assert [f["speakers"] for f in facts] == [[], ["Qorvane"], ["Tamrazi"], ["Tamrazi"]]
    assert [f["people"] for f in facts] == [[], [], ["Tamrazi"], ["Tamrazi"]]
    # How a story's character speaks says nothing of what the word is: "said from the doorway".
    story = ["Tessaly looked at the phone.", "“Come in,” Tessaly said from the doorway."]
    assert [f["organisations"] for f in enrich(story, ["body"] * 2, None)] == [[], []]


def test_a_body_best_known_by_its_initials_is_one_value_however_written():
    texts = [
        "Nasa's Perseverance rover landed on Mars.",
        "The National Aeronautics and Space Administration said so.",
    ]
    assert [f["organisations"] for f in enrich(texts, ["body"] * 2, None)] == [["NASA"], ["NASA"]]


def test_an_airline_s_flight_names_the_airline_but_a_man_named_flight_is_a_man():
    assert kinds("Ethiopian Airlines Flight 302 crashed after take-off.") == [
        ("Ethiopian Airlines", ORGANISATION)
    ]
    assert kinds("Conservative MP Howard Flight was sacked.")[-1] == ("Howard Flight", PERSON)


def test_a_picture_s_credit_in_one_word_is_who_took_it():
    texts = ["The Ross Ice Shelf, highlighted in red. Image: Quellbar.", "The launch pad. Image: NASA."]
    facts = enrich(texts, ["body"] * 2, None)
    assert [f["people"] for f in facts] == [["Quellbar"], []]
    assert facts[1]["organisations"] == ["NASA"]


def test_the_article_before_two_names_joined_by_a_dash_is_the_compound_s():
    texts = ["The Bill Gates–Melinda French deal was signed after the Breonna Taylor–Ahmaud Arbery protests."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["people"] == ["Bill Gates", "Melinda French", "Breonna Taylor", "Ahmaud Arbery"]


def test_a_service_named_for_children_or_women_is_a_body_whole():
    texts = [
        "A spokesman for Children's Services Duty Team said it was passed to Children's Social Care.",
        "Children's Commissioner Anne Longfield spoke before the Men's Singles final.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[0]["organisations"] == ["Children's Services Duty Team", "Children's Social Care"]
    assert facts[0]["people"] == []
    assert facts[1]["people"] == ["Anne Longfield"]
    assert facts[1]["organisations"] == []


def test_the_force_that_speaks_is_the_police_force_the_source_names():
    texts = [
        "Greater Manchester Police opened an inquiry after the Air Ambulance was called.",
        "The force said it would not comment further.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[1]["speakers"] == ["Greater Manchester Police"]
    army = ["The Israeli army entered the town.", "The force said it had met no resistance."]
    assert enrich(army, ["body"] * 2, None)[1]["speakers"] == []


def test_initials_an_en_dash_divides_are_one_body_unless_each_names_one():
    texts = ["ZANU–PF said the vote was rigged.", "The US–UK deal and the NATO–EU pact were signed."]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[0]["organisations"] == ["ZANU-PF"]
    assert facts[0]["speakers"] == ["ZANU-PF"]
    assert facts[1]["organisations"] == ["NATO", "European Union"]
    assert facts[1]["places"] == ["United States", "United Kingdom"]


def test_a_name_between_a_and_man_is_where_he_is_from():
    texts = [
        "A 43-year-old Logan man had been charged.",
        "A Black man and a Labour woman met a Reform couple, a Guinean man and a Portland-area pensioner.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert (facts[0]["people"], facts[0]["places"]) == ([], ["Logan"])
    assert (facts[1]["places"], facts[1]["organisations"]) == ([], ["Labour Party"])


def test_a_word_that_posts_results_or_cuts_its_dividend_is_a_firm():
    texts = [
        "Palwick posted net profit of 30 million marks.",
        "Analysts said Quillan cut its dividend to 10 cents.",
        "Jordan Spieth posted a 68.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["organisations"] for f in facts] == [["Palwick"], ["Quillan"], []]
    assert facts[2]["people"] == ["Jordan Spieth"]


def test_a_body_named_after_a_hyphened_town_is_a_body():
    texts = ["A spokesperson for Stoke-on-Trent City Council said a Rotherham-style scandal was over."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Stoke-on-Trent City Council"]
    assert facts[0]["places"] == ["Stoke-on-Trent"]


def test_an_initial_and_a_generation_after_a_title_keep_the_name_whole():
    texts = ["A man was jailed, announced Assistant Attorney General Kenneth A. Polite Jr. of the DOJ."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["people"] == ["Kenneth A. Polite Jr"]
    assert facts[0]["speakers"] == ["Kenneth A. Polite Jr"]


def test_a_crown_body_is_one_name_under_either_style_and_monarch():
    texts = [
        "Her Majesty's Inspectorate of Constabulary said the force had failed.",
        "HM Inspectorate of Constabulary (HMIC) and His Majesty's Inspectorate of Prisons agreed.",
        "HM Inspectorate of Prisons said the jail was unsafe; His Majesty's Revenue and Customs declined.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert facts[0]["organisations"] == ["HMICFRS"]
    assert facts[1]["organisations"] == ["HMICFRS", "HM Inspectorate of Prisons"]
    assert facts[2]["organisations"] == ["HM Inspectorate of Prisons", "HMRC"]


def test_a_nation_s_name_for_a_sport_is_the_sport_s_body_there():
    texts = [
        "British Gymnastics apologised, and a coach at Scottish Rugby was suspended.",
        "American Football is popular; British rowing is strong.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[0]["organisations"] == ["British Gymnastics", "Scottish Rugby"]
    assert facts[1]["organisations"] == []


def test_initials_after_a_body_an_owner_s_possessive_opens_are_its_alias():
    texts = [
        "The National Crime Agency said so.",
        "Germany's Federal Criminal Police Office (BKA) shut down the platform.",
        "The BKA said it had arrested four men.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert facts[1]["organisations"] == ["Federal Criminal Police Office"]
    assert facts[2]["speakers"] == ["Federal Criminal Police Office"]


def test_a_person_of_a_body_s_unit_speaks_not_the_unit():
    texts = [
        "Special Agent in Charge Stephen Cyrus of the FBI's Atlanta field office said agents had left.",
        "John Smith of the council's housing department said the family had been moved.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert [f["speakers"] for f in facts] == [["Stephen Cyrus"], ["John Smith"]]


def test_initials_the_source_names_in_full_without_brackets_are_that_body_s():
    texts = [
        "The Independent Police Complaints Commission said the officers would face no action.",
        "The IPCC said its report would be published.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[1]["organisations"] == ["Independent Police Complaints Commission"]
    assert facts[1]["speakers"] == ["Independent Police Complaints Commission"]
    # A slip in the table's own name is still the table's body: "Trade Unions Congress".
    slips = ["The Trade Unions Congress met in Brighton.", "The TUC said pay must rise."]
    assert enrich(slips, ["body"] * 2, None)[1]["organisations"] == ["Trades Union Congress"]


def test_a_body_named_with_an_ampersand_and_the_other_spelling_is_the_table_s():
    texts = ["Prices are falling, the UN's Food & Agriculture Organisation has warned."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["United Nations", "Food and Agriculture Organization"]


def test_one_told_the_bbc_is_whom_not_who_after_a_clause_set_off():
    texts = [
        "One woman, who asked not to be named, told the BBC she had been abused.",
        "A mother, who cannot be identified, told the Guardian she had been ignored.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert [f["speakers"] for f in facts] == [[], []]


def test_the_name_a_source_gives_someone_it_may_not_name_speaks():
    texts = [
        "The victim, known as Amber, told the BBC she had been raped.",
        "The girl, named only as Katie, told the court she was 13.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert [f["speakers"] for f in facts] == [["Amber"], ["Katie"]]


def test_he_after_someone_unnamed_spoke_is_not_the_speaker_before():
    texts = [
        "Noboru Hatakeyama told reporters the sanctions were wrong.",
        "A senior Foreign Ministry official, who declined to be identified, told Reuters the threats hurt.",
        '"Anything we do, we will be bashed," he said.',
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["speakers"] for f in facts] == [["Noboru Hatakeyama"], [], []]


def test_a_first_name_common_in_britain_shares_the_surname_after_it():
    texts = [
        "Mohammed Sajid and Kabeer Hassan denied the charges.",
        "Anjum Dogar was jailed for life, along with Mohammed and Bassam Karrar.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[1]["people"] == ["Anjum Dogar", "Mohammed Karrar", "Bassam Karrar"]
    # An owner's possessive after the pair: a work's title before it, no one sharing a surname.
    films = ["Oscar hopefuls include the biopic Ray and Mike Leigh's drama Vera Drake."]
    assert "Ray Leigh" not in enrich(films, ["body"], None)[0]["people"]


def test_each_person_listed_as_a_sentence_s_subject_speaks():
    texts = [
        "Qamar Shahzad, 59, Mohammed Sajid, 35, and Kabeer Hassan, 25, denied the charges.",
        "After meeting Gordon Brown, John Smith and Jane Doe said they were hopeful.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[0]["speakers"] == ["Qamar Shahzad", "Mohammed Sajid", "Kabeer Hassan"]
    assert facts[1]["speakers"] == ["John Smith", "Jane Doe"]


def test_a_taskforce_is_a_body_and_a_crown_prison_a_place():
    texts = [
        "Queensland Police Service's Taskforce Argos identified the children.",
        "Officers from Strike Force Parrabell moved him to HMP Frankland.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[0]["organisations"] == ["Queensland Police Service", "Taskforce Argos"]
    assert facts[0]["people"] == []
    assert (facts[1]["organisations"], facts[1]["places"]) == (["Strike Force Parrabell"], ["HMP Frankland"])


def test_a_study_that_opens_a_sentence_speaks_for_whom_it_is_by():
    texts = [
        "A report by the IOPC said the force had failed victims.",
        "Baroness Casey's audit said data on ethnicity was missing.",
        "Asked about a study by the GAO that found a net cost, Daniel Amstutz said it was wrong.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["speakers"] for f in facts] == [
        ["Independent Office for Police Conduct"],
        ["Casey"],
        ["Daniel Amstutz"],
    ]


def test_a_command_is_a_body():
    texts = ["Det Supt Mark Smith, of Scotland Yard's Child Abuse Investigation Command, said so."]
    facts = enrich(texts, ["body"], None)
    assert facts[0]["organisations"] == ["Metropolitan Police", "Child Abuse Investigation Command"]
    assert facts[0]["speakers"] == ["Mark Smith"]


def test_the_honorific_of_no_gender_is_left_out_of_the_name():
    texts = ["Mx Jordan Taylor, a youth worker, said the children had nowhere to go."]
    facts = enrich(texts, ["body"], None)
    assert (facts[0]["people"], facts[0]["speakers"]) == (["Jordan Taylor"], ["Jordan Taylor"])


def test_a_titled_name_a_body_s_role_describes_speaks():
    texts = [
        "The force made 12 arrests, its spokesman, Inspector Tom Hale, said on Monday.",
        "Reports doubled, its head, Commander Helen Schneider, said.",
        "Reports doubled, according to its director, Amy Lee.",
        "The force made 12 arrests, said its spokesman, Detective Inspector Tom Hale.",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert [f["speakers"] for f in facts] == [["Tom Hale"], ["Helen Schneider"], ["Amy Lee"], ["Tom Hale"]]


def test_an_office_named_for_a_title_is_one_body_with_its_area():
    texts = [
        "The Office of the Police and Crime Commissioner for Devon and Cornwall said funding was cut.",
        "A spokesman for the Office of the Children's Commissioner said the figures were shocking.",
        "The Office of the Deputy Prime Minister should publish its plans.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["organisations"] for f in facts] == [
        ["Office of the Police and Crime Commissioner for Devon and Cornwall"],
        ["Office of the Children's Commissioner"],
        ["Office of the Deputy Prime Minister"],
    ]
    assert facts[0]["places"] == ["Cornwall"]
    # A title's area is still the places it names: no body holds them.
    title = enrich(
        ["The Police and Crime Commissioner for Devon and Cornwall, Alison Hernandez, said so."],
        ["body"],
        None,
    )
    assert (title[0]["places"], title[0]["speakers"]) == (["Devon", "Cornwall"], ["Alison Hernandez"])


def test_a_body_s_division_or_branch_is_a_body_but_a_league_s_is_not():
    texts = [
        "Detectives from Special Branch and the Criminal Division were not involved.",
        "Sergeant Maria Lopez of the Special Victims Division said 14 children were found.",
        "He was promoted to the First Division in 1990, and the Western Division title went to Chicago.",
        "Singer Michelle Branch performed.",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert [f["organisations"] for f in facts] == [
        ["Special Branch", "Criminal Division"],
        ["Special Victims Division"],
        [],
        [],
    ]
    assert facts[3]["people"] == ["Michelle Branch"]


def test_a_federal_office_s_head_in_charge_speaks_as_does_an_attorney_for_a_district():
    texts = [
        '"He preyed on children," said FBI Assistant Director in Charge James Dennehy.',
        "Special Agent in Charge Stephen Cyrus said agents had left.",
        "U.S. Attorney Breon Peace for the Eastern District of New York announced the charges.",
        "The reviewer wrote in Rolling Stone magazine that it was long.",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert [f["speakers"] for f in facts] == [["James Dennehy"], ["Stephen Cyrus"], ["Breon Peace"], []]
    assert [f["people"] for f in facts[:2]] == [["James Dennehy"], ["Stephen Cyrus"]]


def test_a_centre_named_for_the_crime_it_counters_is_a_body():
    texts = ["The Kerala Police's Counter Child Sexual Exploitation Centre (CCSE) traced the men."]
    facts = enrich(texts, ["body"], None)
    assert (facts[0]["organisations"], facts[0]["places"]) == (
        ["Kerala Police", "Counter Child Sexual Exploitation Centre"],
        ["Kerala"],
    )


def test_a_party_s_adjective_before_a_holder_names_the_party():
    texts = [
        "Conservative MP Jane Smith said the force had failed victims.",
        "Former Conservative leader Iain Duncan Smith condemned the debate.",
        "Conservative estimates put the figure at 1,400.",
        "Republican Senator John McCain said the bill would fail.",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert [f["organisations"] for f in facts] == [["Conservative Party"], ["Conservative Party"], [], []]
    assert [f["people"] for f in facts[:2]] == [["Jane Smith"], ["Iain Duncan Smith"]]


def test_a_county_s_police_in_lower_case_is_the_force_the_table_knows():
    texts = [
        "South Yorkshire police said the girls had been ignored.",
        "Lancashire police and British Transport Police declined to comment.",
        "Liege police said the suspect had fled.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["organisations"] for f in facts] == [
        ["South Yorkshire Police"],
        ["Lancashire Constabulary", "British Transport Police"],
        [],
    ]
    assert [f["places"] for f in facts] == [["South Yorkshire"], ["Lancashire"], ["Liège"]]
    assert facts[0]["speakers"] == ["South Yorkshire Police"]
    # Any body the table holds by a place and a word, not only a force.
    assert enrich(["Members of the London assembly voted."], ["body"], None)[0]["organisations"] == [
        "London Assembly"
    ]


def test_a_police_and_crime_commissioner_is_a_title_not_the_force():
    texts = ["South Yorkshire Police and Crime Commissioner Alan Billings said lessons had been learned."]
    facts = enrich(texts, ["body"], None)
    assert (facts[0]["organisations"], facts[0]["places"]) == ([], ["South Yorkshire"])
    assert facts[0]["speakers"] == ["Alan Billings"]


def test_two_sides_of_the_compass_after_the_name_a_region():
    texts = ["Police in the North West and the South-East arrested 12 men; the North East Party did not."]
    assert enrich(texts, ["body"], None)[0]["places"] == ["North West", "South-East"]


def test_abbreviations_spelled_out_in_lower_case_are_terms_with_the_rules_too():
    texts = ["We report the interquartile range (IQR) of scores.", "The IQR was wide, the NSPCC said."]
    facts = enrich(texts, ["body", "body"], None)
    assert [f["organisations"] for f in facts] == [[], ["NSPCC"]]


def test_a_body_before_a_holder_s_title_is_not_the_subject_of_a_second_verb():
    texts = [
        "Former Labour leader Neil Kinnock, a critic, condemned the debate and complained it was vague.",
        # "and" of "police and crime commissioner" is no word of a role: two bodies speak.
        "Barclays and Lloyds have reported falling profits after lending fell.",
    ]
    assert speakers_of(*texts) == [["Neil Kinnock"], ["Barclays", "Lloyds Banking Group"]]


def test_the_guardian_is_one_value_and_of_a_place_after_it_is_where():
    texts = ["The Guardian reported it.", "She told the Guardian of London that she was leaving."]
    facts = enrich(texts, ["body", "body"], None)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["The Guardian"], []),
        (["The Guardian"], ["London"]),
    ]


def test_a_town_named_by_a_word_is_the_word_unless_the_sentence_puts_it_there():
    texts = [
        "Hansen, the Commonwealth champion, saw Man on Fire and Star Trek: Enterprise.",
        "He was born in Surprise, Arizona, and grew up in Independence.",
        "Breweries in Omsk, Perm and Kursk; the mayor of Providence said so.",
        "Bologna beat Milan 2-1.",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert [f["places"] for f in facts[:3]] == [
        [],
        ["Surprise Arizona", "Arizona", "Independence"],
        ["Omsk", "Perm", "Kursk", "Providence"],
    ]
    assert facts[3]["organisations"] == ["Bologna", "Milan"]


def test_a_first_name_and_a_law_s_head_that_speaks_or_holds_a_role_is_someone():
    texts = [
        "Jack Law, chief executive of the charity, said the comment was ill-advised.",
        "Jude Law said he was happy.",
        "Megan Law was passed in 1996.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [f["people"] for f in facts] == [["Jack Law"], ["Jude Law"], []]
    assert [f["speakers"] for f in facts] == [["Jack Law"], ["Jude Law"], []]


def test_a_paper_named_by_a_word_is_the_paper_where_it_reports_or_is_told():
    texts = [
        "The Sun reported that the inquiry had been delayed.",
        "The Star said the figures were wrong.",
        "The Northern Echo reported it first.",
        "He told The Observer he would stay.",
        "The Mail on Sunday reported it.",
        "A poll for the Independent on Sunday found support unchanged.",
        "The Senate on Monday voted to delay it.",
        "The Sun rose over the hills.",
    ]
    assert [enrich([text], ["body"], None)[0]["organisations"] for text in texts] == [
        ["Sun"],
        ["Star"],
        ["Northern Echo"],
        ["The Observer"],
        ["Mail on Sunday"],
        ["Independent on Sunday"],
        ["Senate"],
        [],
    ]


def test_a_firm_s_possessive_name_is_someone_s_where_the_source_names_them():
    texts = ["Sainsbury's Labour election gift", "David Sainsbury said he was pleased to give."]
    gift = enrich(texts, ["headline", "body"], None)
    assert (gift[0]["people"], gift[0]["organisations"]) == (["David Sainsbury"], ["Labour Party"])
    shop = enrich(["Sainsbury's said prices would fall."], ["body"], None)[0]
    assert (shop["people"], shop["organisations"]) == ([], ["Sainsbury's"])
    shares = enrich(["Shares in Tesco and Sainsbury's fell."], ["body"], None)[0]
    assert shares["organisations"] == ["Tesco", "Sainsbury's"]
    # What says "it" of itself is the firm, though the source quotes one of the family.
    texts = ["Sainsbury's said it would cut prices.", "David Sainsbury said he was pleased."]
    firm = enrich(texts, ["body", "body"], None)[0]
    assert (firm["people"], firm["organisations"]) == ([], ["Sainsbury's"])


def test_a_title_set_after_a_name_between_commas_is_theirs_when_it_speaks_alone():
    texts = [
        "Mark Rowley, the Metropolitan Police commissioner, arrived on Monday.",
        "The commissioner said the force had failed.",
        "Prince Harry, the Duke of Sussex, gave evidence.",
        "The Duke of Sussex said he had been targeted.",
        "The Bishop of Durham said the church had failed.",
    ]
    facts = enrich(texts, ["body"] * 5, None)
    spoken = [facts[k]["speakers"] for k in (1, 3, 4)]
    assert spoken == [["Mark Rowley"], ["Prince Harry"], ["Bishop of Durham"]]


def test_a_peer_s_rank_is_an_office_only_before_of():
    texts = ["The Earl of Wessex said it would open.", "Earl Woods said so.", "Duke Ellington said so."]
    facts = each_alone(texts)
    assert [(f["people"], f["speakers"]) for f in facts] == [
        ([], ["Earl of Wessex"]),
        (["Earl Woods"], ["Earl Woods"]),
        (["Duke Ellington"], ["Duke Ellington"]),
    ]
    # A peer's title is a place's, though no gazetteer holds it.
    married = enrich(["She married Antony Armstrong-Jones, 1st Earl of Snowdon, in 1960."], ["body"], None)[0]
    assert (married["people"], married["places"]) == (["Antony Armstrong-Jones"], ["Snowdon"])


def test_the_table_s_names_are_known_without_their_accents():
    texts = ["Detective Inspector Siobhan Walsh of An Garda Siochana said the inquiry was complex."]
    facts = enrich(texts, ["body"], None)
    assert (facts[0]["people"], facts[0]["organisations"]) == (["Siobhan Walsh"], ["Garda Síochána"])


def test_god_is_someone_though_god_is_a_word():
    texts = ["They prayed to God for rain.", "It was a God-given talent.", "Oh my god, it was awful."]
    assert [enrich([text], ["body"], None)[0]["people"] for text in texts] == [["God"], [], []]


def test_a_word_in_capitals_before_its_colon_and_a_figure_labels_a_field_unless_a_table_knows_it():
    texts = [
        "AMT: 1,200,000 DATE: 09/05/96 NYC Time: 1600 CUSIP: 072261",
        'He told ITV: "The time has come for him to apologise."',
        "UK: 5 million visas were issued.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"], f["speakers"]) for f in facts] == [
        ([], ["New York City"], []),
        (["ITV"], [], []),
        ([], ["United Kingdom"], []),
    ]


def test_a_station_named_radio_and_a_word_and_a_body_s_mission_to_a_place():
    texts = [
        "Gonzalo Montoya told Radio Red the group was armed.",
        "The OSCE Chechnya mission was attacked.",
        "NATO Kosovo troops patrolled the border.",
        "BBC Scotland said it would appeal.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Radio Red"], []),
        (["OSCE"], ["Chechnya"]),
        (["NATO"], ["Kosovo"]),
        (["BBC Scotland"], ["Scotland"]),
    ]


def test_a_title_before_a_given_name_and_a_place_s_head_names_its_holder():
    texts = [
        "We welcome Judge Shanlyn Park and Judge Jim Kawashima.",
        "The bill was signed by Governor Mike Lake.",
        "Queen Elizabeth Park is closed.",
        "Judge Memorial Park is open.",
    ]
    facts = each_alone(texts)
    assert [f["people"] for f in facts] == [["Shanlyn Park", "Jim Kawashima"], ["Mike Lake"], [], []]
    # A reigning title names a place after its holder; a word after a title is no given name.
    assert [bool(f["places"]) for f in facts] == [False, False, True, True]


def test_a_crescent_and_mews_are_streets():
    texts = ["Police were called to a house in Victoria Crescent at 2am.", "Amy Lee lives in Albert Mews."]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [
        ([], ["Victoria Crescent"]),
        (["Amy Lee"], ["Albert Mews"]),
    ]


def test_and_after_someone_named_by_their_style_divides_the_run():
    facts = enrich(["A quote from Lord Diplock and Browning and War Office:"], ["body"], None)[0]
    assert facts["people"] == ["Diplock"]


def test_a_us_party_s_adjective_before_a_chamber_says_who_holds_it():
    texts = ["They join a new Democratic Senate majority.", "The Republican National Committee met."]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [["Senate"], ["Republican National Committee"]]


def test_the_office_of_a_title_s_post_is_held_not_a_body():
    texts = [
        "She is the first woman to hold the Office of Vice Presidency.",
        "The Office of the President said so.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [[], ["Office of the President"]]


def test_initials_in_brackets_that_spell_the_given_names_go_on_to_the_surname():
    facts = enrich(["Historian Alan John Percivale (A.J.P.) Taylor died in 1990."], ["body"], None)[0]
    assert (facts["people"], facts["organisations"]) == (["Alan John Percivale Taylor"], [])


def test_a_word_no_list_knows_joined_by_and_to_someone_s_surname_is_someone():
    texts = [
        "He studied under Chomsky and Halle at MIT.",
        "The works of Goldbach and Euler were read.",
        "Brands such as Joss Stone and Keane sold well.",
        "The Galileo and Ulysses spacecraft flew past Jupiter.",
    ]
    facts = each_alone(texts)
    assert [f["people"] for f in facts] == [["Chomsky", "Halle"], ["Goldbach", "Euler"], ["Joss Stone"], []]


def test_a_name_glossed_by_a_place_s_name_is_that_place():
    texts = [
        "9 Chehel Sotoun (The Palace of Forty Columns). It was built in 1647.",
        "Sydfynske Øhav, the South Funen Archipelago, is south of Funen.",
        "Pete Sampras (U.S.) beat Jiri Novak (Czech Republic) 6-3 1-6 6-3.",
    ]
    facts = each_alone(texts)
    assert [f["people"] for f in facts] == [[], [], ["Pete Sampras", "Jiri Novak"]]
    assert facts[0]["places"] == ["Chehel Sotoun", "Palace of Forty Columns"]
    assert facts[1]["places"][:2] == ["Sydfynske Øhav", "South Funen Archipelago"]


def test_a_name_after_a_kind_of_place_called_is_a_place():
    facts = enrich(["They live in a village called Wadi Hilweh."], ["body"], None)[0]
    assert (facts["people"], facts["places"]) == ([], ["Wadi Hilweh"])


def test_two_capitals_no_table_holds_are_a_body_only_where_the_source_lets_them_act_as_one():
    texts = [
        "Children would have adult-like SI interpretations, as in the study of SI.",
        "That language appears at JA 261 of the record.",
        "GM said it would cut 1,000 jobs in Europe.",
        "Better fuel efficiency comes from engines made by GE.",
        "Developers Sports Interactive split from Eidos. SI kept the code.",
        "He told PA the decision was wrong.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [[], [], ["GM"], ["General Electric"], ["SI"], ["PA"]]
    # The initials of a firm the source names stand for it wherever they are written.
    spelled = enrich(
        ["General Motors Corp said profits rose.", "Analysts expect GM engines to sell."], ["body"] * 2, None
    )
    assert spelled[1]["organisations"] == ["General Motors"]


def test_the_football_association_by_its_initials_and_its_cup_an_event():
    texts = [
        "Millwall have been charged with two breaches of FA rules.",
        "The English FA said it would appeal.",
        "Wembley will open for the 2006 FA Cup Final.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [["Football Association"], ["Football Association"], []]


def test_web_and_mail_addresses_name_no_one_and_keep_the_names_around_them_apart():
    texts = [
        "See http://example.com/Publications/201803/CPBJ033018WEB.pdf for the figures.",
        "Daniel Smith daniel.smith2@durham.ac.uk Durham University, United Kingdom",
        "Read more at www.BBC.co.uk/News/Politics today.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [[], ["Durham University"], []]
    assert facts[1]["people"] == ["Daniel Smith"]


def test_a_kind_of_body_in_apposition_before_to_describes_the_name():
    text = "Cofinec, the first foreign company to list on the Budapest bourse, released its figures."
    facts = enrich([text], ["body"], None)[0]
    assert (facts["organisations"], facts["places"]) == (["Cofinec"], ["Budapest"])


def test_the_dash_after_a_dateline_opens_the_sentence_and_its_town_in_capitals_takes_its_case():
    texts = [
        "NASHUA, N.H. (AP) — Shares of Douglas & Lomason Co rose on Friday.",
        "Tulsa, Okla. - Shares of Douglas & Lomason Co rose on Friday.",
        "FARMINGTON HILLS, Mich.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts[:2]] == [
        ["Associated Press", "Douglas & Lomason Co"],
        ["Douglas & Lomason Co"],
    ]
    assert facts[2]["places"] == ["Farmington Hills Michigan", "Michigan"]


def test_a_sentence_s_verb_and_the_before_a_known_name_are_no_part_of_it():
    texts = [
        "Contact the Guardian's investigations team.",
        "Remember the Alamo!",
        "Meet the Press host Chuck Todd said so.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["The Guardian"], []),
        ([], ["Alamo"]),
        (["Meet the Press"], []),
    ]


def test_a_section_named_for_its_work_is_a_body_s_unit_and_a_paper_s_is_none():
    texts = [
        "The Fraud Section of the Justice Department brought the case.",
        "He read it in the Business Section.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [["Fraud Section", "Justice Department"], []]


def test_a_name_no_list_holds_before_an_arabic_article_s_surname_is_read():
    texts = [
        "Abdulrahman al-Qahtani, the imam, denied the charges.",
        "Abdulrahman al-Qahtani said he was innocent.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["speakers"]) for f in facts] == [
        (["Abdulrahman al-Qahtani"], ["Abdulrahman al-Qahtani"])
    ] * 2


def test_a_family_name_written_first_opens_one_person_s_name():
    texts = [
        "The victim's mother, Nguyen Thi Lan, said she felt betrayed.",
        "Hwang Kyo-ahn said it would act.",
    ]
    facts = each_alone(texts)
    assert [f["people"] for f in facts] == [["Nguyen Thi Lan"], ["Hwang Kyo-ahn"]]


def test_an_arabic_name_goes_on_past_its_article_s_part_to_five_words():
    texts = [
        "He met Zine al-Abidine Ben Ali on Monday.",
        "It represents President Zine al-Abidine Ben Ali there.",
    ]
    facts = each_alone(texts)
    assert [f["people"] for f in facts] == [["Zine al-Abidine Ben Ali"]] * 2


def test_south_asian_police_ranks_by_their_initials_are_no_body():
    texts = [
        "DCP (North) Sagar Singh Kalsi said a case had been registered.",
        "SHO Rajesh Kumar told reporters the accused had fled.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["people"]) for f in facts] == [
        ([], ["Sagar Singh Kalsi"]),
        ([], ["Rajesh Kumar"]),
    ]


def test_someone_from_a_body_speaks_as_someone_of_it_does():
    texts = [
        "Det Insp Heather Leeson from Victoria Police's Sexual Crimes Squad said the inquiry was continuing.",
        "Professor Jane Smith from the University of Leeds said the findings were clear.",
    ]
    facts = each_alone(texts)
    assert [f["speakers"] for f in facts] == [["Heather Leeson"], ["Jane Smith"]]


def test_a_quotation_attributed_by_according_to_continues_no_one_before():
    texts = [
        '"This is a disgrace," said Jess Phillips, the minister.',
        '"It is shocking," according to a statement from Barnardo\'s chief executive Lynn Perry.',
    ]
    facts = enrich(texts, ["body", "body"], None)
    assert [f["speakers"] for f in facts] == [["Jess Phillips"], ["Lynn Perry"]]


def test_initials_the_table_holds_name_another_body_in_a_story_from_another_country():
    us = [
        "HOUSTON — A Texas mother was arrested after CPS caseworkers found her children alone.",
        "The Houston Police Department said CPS had visited the family twice.",
    ]
    india = [
        "The CBI took over the probe into the Muzaffarpur shelter home case.",
        "He was held in Patna, Bihar.",
    ]
    britain = ["The CPS charged him in Leeds.", "He was jailed at Leeds Crown Court in Yorkshire."]
    found = [enrich(texts, ["body"] * 2, None)[0]["organisations"] for texts in (us, india, britain)]
    assert found == [
        ["Child Protective Services"],
        ["Central Bureau of Investigation"],
        ["Crown Prosecution Service"],
    ]
    # Sydney is Australia's, not Nova Scotia's; a source that quotes the initials as an
    # outlet keeps the agency.
    police = [
        "AFP officers searched a home in Sydney on Tuesday.",
        "The man, from Parramatta, was charged in Sydney.",
    ]
    wire = [
        "SYDNEY (AFP) - Australian police arrested 12 men in Sydney and Melbourne.",
        "AFP understands more will follow.",
    ]
    found = [enrich(texts, ["body"] * 2, None)[0]["organisations"] for texts in (police, wire)]
    assert found == [["Australian Federal Police"], ["Agence France-Presse"]]


def test_fields_after_a_link_word_share_the_head_in_the_plural_and_a_body_of_its_own_does_not():
    texts = [
        "Officials said the Department of Family and Protective Services would review the case.",
        "Nigerian banks United Bank of Africa and Standard Trust Bank have agreed to merge.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [
        ["Department of Family and Protective Services"],
        ["United Bank of Africa", "Standard Trust Bank"],
    ]


def test_a_body_s_name_goes_on_past_in_to_a_field_and_not_to_a_place_a_time_or_a_case():
    texts = [
        "The National Agency for the Prohibition of Trafficking in Persons said it would act.",
        "The Ministry of Health in Lagos said it would act.",
        "The Department of Education in England said so.",
        "The Bank of England in March raised rates.",
        "The law in the United States Court of Appeals in Brown against the United States is settled.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [
        ["National Agency for the Prohibition of Trafficking in Persons"],
        ["Ministry of Health"],
        ["Department of Education"],
        ["Bank of England"],
        ["United States Court of Appeals"],
    ]


def test_a_table_s_name_may_end_in_a_word_in_lower_case_as_written():
    texts = [
        "Officers of the Gendarmerie nationale searched the house.",
        "He wanted to found the first Roman Catholic church in the town.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [["Gendarmerie nationale"], []]


def test_a_place_before_a_body_s_initials_names_both_but_a_country_s_own_body_neither():
    texts = [
        "The Nova Scotia RCMP said a man was charged.",
        "The Texas FBI office said so.",
        "Meanwhile, Egypt FA spokesman Methat Shalaby welcomed the move.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Royal Canadian Mounted Police"], ["Nova Scotia"]),
        (["FBI"], ["Texas"]),
        ([], []),
    ]


def test_a_town_is_put_in_its_canadian_province_as_in_a_us_state_unless_it_stands_alone():
    texts = [
        "He was born in London, Ont., and moved to London, England.",
        "KELOWNA, B.C. — A man was charged on Tuesday, police said.",
        "He moved from Toronto, Ontario, in 2019.",
    ]
    facts = each_alone(texts)
    assert [f["places"] for f in facts] == [
        ["London Ontario", "Ontario", "London", "England"],
        ["Kelowna British Columbia", "British Columbia"],
        ["Toronto", "Ontario"],
    ]


def test_a_unit_named_for_its_work_takes_its_head_in_lower_case():
    texts = [
        "The RCMP's Internet Child Exploitation unit arrested him.",
        "The Met's Racial and Violent Crime taskforce said so.",
        "The England team won.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [
        ["Royal Canadian Mounted Police", "Internet Child Exploitation unit"],
        ["Metropolitan Police", "Racial and Violent Crime taskforce"],
        [],
    ]


def test_initials_that_are_a_word_too_name_the_body_the_source_spells_them_from():
    texts = [
        "The South African Police Service said three men were arrested.",
        "Brigadier Athlenda Mathe, the SAPS national spokesperson, said so.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[1]["organisations"] == ["South African Police Service"]
    assert facts[1]["people"] == ["Athlenda Mathe"]


def test_a_role_named_for_the_police_it_heads_is_a_title_and_no_body():
    texts = [
        "Lagos Commissioner of Police Abiodun Alabi confirmed the arrests.",
        "Association of Chief Police Officers president Chris Fox said so.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        (["Abiodun Alabi"], [], ["Lagos"]),
        (["Chris Fox"], ["Association of Chief Police Officers"], []),
    ]


def test_a_town_no_list_holds_put_in_a_region_after_in_is_a_place():
    texts = [
        "The man from Chitrakoot in Uttar Pradesh was arrested.",
        "A letter from Smith in London arrived.",
    ]
    facts = each_alone(texts)
    assert [f["places"] for f in facts] == [["Chitrakoot", "Uttar Pradesh"], ["London"]]


def test_a_possessive_s_letter_is_no_initial_of_a_body_s_name():
    texts = [
        "A man was arrested, according to the Marion County Sheriff's Office.",
        "Detectives with MCSO's Major Crimes Unit began investigating.",
    ]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[1]["organisations"] == ["Marion County Sheriff's Office", "Major Crimes Unit"]


def test_a_university_s_initials_before_its_campus_town_name_the_body_and_the_town():
    texts = [
        "The trail begins at the OSU-Tulsa campus and runs north.",
        "The NSU-Broken Arrow campus opened in 2001.",
        "COMPETITIVE PRE-SALE CONTRIBUTED BY BROKERS:",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["OSU"], ["Tulsa"]),
        (["NSU"], ["Broken Arrow"]),
        ([], []),
    ]


def test_garda_is_a_rank_before_a_name_and_the_force_elsewhere():
    texts = [
        "Garda Sergeant Ann Kelly said the man was arrested.",
        "A Garda spokesman said inquiries were continuing.",
        "Ex-chat show host Robert Kilroy-Silk has quit, and pre-tax profits rose.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Ann Kelly"], ["Garda Síochána"]),
        ([], ["Garda Síochána"]),
        (["Robert Kilroy-Silk"], []),
    ]


def test_a_us_party_s_member_after_a_state_names_the_state():
    texts = [
        "Senator Dick Durbin, an Illinois Democrat, said so.",
        "Lindsey Graham, a South Carolina Republican, said so.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [
        (["Dick Durbin"], ["Illinois"]),
        (["Lindsey Graham"], ["South Carolina"]),
    ]


def test_a_name_ending_television_is_a_broadcaster_and_a_nation_s_television_is_none():
    texts = [
        "Jamie Dimon told Bloomberg Television that rates would stay higher.",
        "He told Rossiya Television so.",
        "The news was shown on German TV.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Jamie Dimon"], ["Bloomberg News"]),
        ([], ["Rossiya Television"]),
        ([], []),
    ]


def test_a_park_things_happen_at_is_a_ground_after_a_rare_first_name_not_a_common_one():
    texts = [
        "The Crusaders beat the Blues 28-17 at Eden Park.",
        "He met Grace Park at Grace Park's home.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [([], ["Eden Park"]), (["Grace Park"], [])]


def test_a_town_that_defeats_is_its_club_unless_someone_bears_its_name_or_a_sentence_opens_in_it():
    texts = [
        "Leeds edged Burnley 1-0 on Saturday.",
        "World number one Lindsay Davenport progressed. Davenport defeated Jie Zheng 6-2 7-5.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Leeds", "Burnley"]),
        (["Lindsay Davenport", "Jie Zheng"], []),
    ]
    texts = ["In Seattle, the Orioles beat the Mariners.", "Seattle beat Oakland 5-2."]
    facts = enrich(texts, ["body"] * 2, None)
    assert facts[0]["places"] == ["Seattle"]


def test_a_country_before_a_body_s_description_stays_a_place():
    texts = ["Arrests were made from Australia to the Netherlands, the agency in The Hague said."]
    facts = each_alone(texts)
    assert (facts[0]["organisations"], facts[0]["places"]) == ([], ["Australia", "Netherlands", "The Hague"])


def test_a_press_note_or_an_advisory_issued_by_a_body_is_that_body_s_word():
    texts = [
        "According to a press note issued by the Mumbai Police, the racket was busted on Tuesday.",
        "According to an advisory from the Ministry of Home Affairs, states must act.",
    ]
    facts = each_alone(texts)
    assert [f["speakers"] for f in facts] == [["Mumbai Police"], ["Ministry of Home Affairs"]]


def test_an_office_s_area_in_brackets_before_its_holder_is_no_body():
    texts = [
        '"We have arrested him," Superintendent of Police (City) Rakesh Sharma said.',
        "Additional Commissioner of Police (Crime) Anil Kumar said so.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Rakesh Sharma"], []),
        (["Anil Kumar"], []),
    ]


def test_a_title_of_a_place_or_of_the_table_s_body_before_its_holder():
    texts = [
        "Prime Minister of India Narendra Modi said so.",
        "Chief Constable of Kent Police Tim Smith said so.",
        "It will take place at Toronto's Princess of Wales Theatre next year.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        (["Narendra Modi"], [], ["India"]),
        (["Tim Smith"], ["Kent Police"], []),
        ([], [], ["Toronto"]),
    ]
    # A word of the dictionary after the place goes on with its body: no cut before "Hospitals".
    text = "Earlier, David Rose, Chief Executive of Hereford Hospitals NHS Trust, had said so."
    assert "Hospitals NHS Trust" not in each_alone([text])[0]["organisations"]


def test_a_saint_s_name_is_no_one_s_and_a_place_where_things_are_put():
    texts = [
        "A 41-year-old teacher from St Catherine was charged.",
        "The case will be heard in St Catherine next week.",
        "Gordon Strachan's side lost at St Mary's on Sunday.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [
        ([], []),
        ([], ["St Catherine"]),
        (["Gordon Strachan"], ["St Mary's"]),  # the ground
    ]


def test_a_rank_s_initials_in_an_appositive_leave_its_holder_the_speaker():
    text = (
        "Director-General of the Criminal Investigations Department, COP Faustina Andoh-Kwofie,"
        " said the suspect was arrested."
    )
    assert enrich([text], ["body"], None)[0]["speakers"] == ["Faustina Andoh-Kwofie"]


def test_a_body_s_and_does_not_end_the_phrase_that_names_its_officer():
    texts = [
        "It received 11,000 reports last year, according to Child Protection and Family Services"
        " Agency chief executive Rosalee Gage-Grey.",
        '"Kodak sees growth," said Wertheim and Co analyst Michael Ellman.',
    ]
    assert [f["speakers"] for f in each_alone(texts)] == [["Rosalee Gage-Grey"], ["Michael Ellman"]]


def test_pakistan_s_pti_and_a_body_s_initials_before_its_zone():
    texts = [
        "LAHORE: The Federal Investigation Agency on Wednesday arrested a suspect in Johar Town.",
        "FIA Lahore Zone Director Sarfraz Khan Virk said the suspect had buyers in Germany.",
        "PTI leader Ali Muhammad Khan said the government in Islamabad was shielding suspects.",
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert facts[1]["people"] == ["Sarfraz Khan Virk"]
    # A story from Pakistan: Imran Khan's party, not the Press Trust of India.
    assert facts[2]["organisations"] == ["Pakistan Tehreek-e-Insaf"]


def test_a_federation_s_state_is_a_place_and_no_one():
    texts = [
        "Police in Lagos State arrested him.",
        "NAPTIP rescued 23 children from a baby factory in Umuahia, Abia State.",
        "He moved to Washington State in 2019.",
        "Rivers State Governor Siminalayi Fubara said so; he was born in Jos, Plateau State.",
        "He was born in Chilpancingo, Guerrero State.",  # a state no list holds, after its town
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [
        ([], ["Lagos State"]),
        ([], ["Umuahia", "Abia State"]),
        ([], []),  # a US state's, which "Ohio State" and "Penn State" share with universities: unread
        (["Siminalayi Fubara"], ["Rivers State", "Jos", "Plateau State"]),
        ([], ["Chilpancingo", "Guerrero State"]),
    ]


def test_a_campaign_s_name_beside_its_noun_is_a_body():
    texts = [
        "Officers said the Missing People charity had offered support.",
        "The charity Missing People said it would help.",
        "Civil rights group Liberty said it exposed racism.",
        "Money went to the Children With Leukaemia charity.",
    ]
    assert [f["organisations"] for f in each_alone(texts)] == [
        ["Missing People"],
        ["Missing People"],
        ["Liberty"],
        ["Children With Leukaemia"],
    ]


def test_a_law_s_initials_are_no_body():
    texts = ["A special POCSO court sentenced him; the NCRB recorded 64,469 POCSO cases in 2022."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == ["NCRB"]


def test_a_nation_s_body_before_the_table_s_initials_is_the_table_s():
    texts = ["JAKARTA -- Indonesia's National Police (Polri) said it uncovered a network in Bali."]
    facts = enrich(texts, ["body"], None)[0]
    assert facts["organisations"] == ["Indonesian National Police"]
    assert facts["speakers"] == ["Indonesian National Police"]


def test_a_body_of_common_words_set_off_keeps_its_first_word():
    texts = ["Against Child Abuse, a Hong Kong charity, said the figures were the tip of the iceberg."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == ["Against Child Abuse"]


def test_an_office_s_field_is_no_body_and_its_holder_no_list_knows_is_someone():
    texts = ["Minister of Police Senzo Mchunu said the government would table the bill in Parliament."]
    facts = enrich(texts, ["body"], None)[0]
    assert (facts["people"], facts["organisations"], facts["speakers"]) == (
        ["Senzo Mchunu"],
        ["Parliament"],
        ["Senzo Mchunu"],
    )


def test_a_capital_the_city_list_counts_small_is_a_place():
    texts = ["SUVA -- The Fiji Police Force said a man from Nadi had been charged."]
    facts = enrich(texts, ["body"], None)[0]
    assert (facts["places"], facts["organisations"]) == (["Suva", "Fiji", "Nadi"], ["Fiji Police Force"])


def test_initials_a_romance_name_spells_with_its_small_words_name_it():
    texts = [
        "Air Deccan has signed a deal to acquire 36 planes from Avions de Transport Regional (ATR).",
        "ATR will also provide six second hand airplanes.",
    ]
    facts = enrich(texts, ["body", "body"], None)
    assert [f["organisations"] for f in facts] == [
        ["Air Deccan", "Avions de Transport Regional"],
        ["Avions de Transport Regional"],
    ]


def test_a_particle_inside_a_name_no_list_knows_after_given_names_joined():
    texts = [
        "The prosecutor, Jan-Willem de Vries, told the court the man was guilty.",
        "The firm was renamed from Penon de Coron to Coron.",  # a place's "de", after no given name
    ]
    assert [f["people"] for f in each_alone(texts)] == [["Jan-Willem de Vries"], []]


def test_a_county_named_with_a_possessive_is_a_place_before_a_title():
    texts = ["Prince George's County Police Chief Malik Aziz said the teacher had been placed on leave."]
    facts = enrich(texts, ["body"], None)[0]
    assert (facts["people"], facts["places"]) == (["Malik Aziz"], ["Prince George's County"])


def test_a_holiday_named_for_a_place_is_no_one():
    facts = each_alone(["It was held on Victoria Day.", "Doris Day sang."])
    assert [f["people"] for f in facts] == [[], ["Doris Day"]]


def test_a_department_s_field_alone_is_the_department_it_names():
    texts = [
        "Consumer spending barely edged up in July, the Commerce Department said Friday.",
        '"In July, average weekly hours declined," Commerce said.',
        "Agriculture Secretary Dan Glickman said the ban would stay.",  # an office, no department
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert [(f["organisations"], f["speakers"]) for f in facts] == [
        (["Commerce Department"], ["Commerce Department"]),
        (["Commerce Department"], ["Commerce Department"]),
        ([], ["Dan Glickman"]),
    ]


def test_a_town_before_its_airport_is_a_place_and_a_legal_form_ends_a_firm_before_and():
    texts = [
        "Telegram founder Pavel Durov was detained at Le Bourget airport near Paris.",
        "TikTok, Snap Inc and Alphabet's YouTube said they were reviewing the findings.",
    ]
    facts = each_alone(texts)
    assert (facts[0]["people"], facts[0]["places"]) == (["Pavel Durov"], ["Le Bourget", "Paris"])
    # "Snap Inc" apart from the owner after "and" (the table names Snap's app).
    assert facts[1]["organisations"] == ["TikTok", "Snapchat", "YouTube"]


def test_a_body_s_branch_by_its_region_speaks_as_the_body():
    texts = ["Crown Prosecution Service South East said the evidence was strong."]
    assert enrich(texts, ["body"], None)[0]["speakers"] == ["Crown Prosecution Service"]


def test_a_wing_of_three_words_is_a_body_s_unit_and_a_show_s_two_are_not():
    texts = [
        "The Federal Investigation Agency's Cyber Crime Wing arrested a man in Rawalpindi.",
        "Little Britain beat Nighty Night and The Green Wing to the comedy trophy.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Federal Investigation Agency", "Cyber Crime Wing"]),
        ([], []),
    ]


def test_a_people_s_adjective_before_a_place_named_like_a_body_leaves_the_place():
    texts = [
        "Israel announced the expansion of Jewish West Bank settlements.",
        "Palestinian West Bank towns were sealed off.",
        "Fighting spread across Iraqi Kurdistan on Monday.",  # a place as it stands, left whole
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        ([], ["Israel", "West Bank"]),
        ([], ["West Bank"]),
        ([], ["Iraqi Kurdistan"]),
    ]


def test_a_staff_sergeant_s_and_a_temporary_rank_s_force_stays_a_body():
    texts = [
        "Ontario Provincial Police Detective Staff Sergeant Tim Brennan said 64 people had been charged.",
        "Essex Police Temporary Detective Chief Superintendent Mark Jones said the girl had been found.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["people"]) for f in facts] == [
        (["Ontario Provincial Police"], ["Tim Brennan"]),
        (["Essex Police"], ["Mark Jones"]),
    ]


def test_a_centre_named_for_fields_the_dictionary_holds_keeps_its_and():
    texts = [
        "Inspectors found that Kibble Education and Care Centre had failed to protect residents.",
        "Tate Modern and Southbank Centre were praised.",  # a proper name after "and": two
    ]
    facts = each_alone(texts)
    assert facts[0]["places"] == ["Kibble Education and Care Centre"]
    assert "Southbank Centre" in facts[1]["places"]


def test_a_committee_on_fields_listed_with_commas_is_one_body():
    texts = [
        "Senator Risa Hontiveros said the Senate Committee on Women, Children, Family Relations "
        "and Gender Equality would hold a hearing."
    ]
    assert enrich(texts, ["body"], None)[0]["organisations"] == [
        "Senate Committee on Women, Children, Family Relations and Gender Equality"
    ]


def test_someone_of_a_body_linked_by_to_speaks():
    texts = [
        "Detective Senior Sergeant Mick Craig of the Australian Centre to Counter Child Exploitation "
        "said the arrests followed a tip."
    ]
    assert enrich(texts, ["body"], None)[0]["speakers"] == ["Mick Craig"]


def test_a_head_before_a_capital_against_opens_a_body():
    texts = [
        "The Czech police's National Centre Against Organised Crime said the suspects were in Brno.",
        "The Coalition Against Trafficking in Women said so.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["speakers"]) for f in facts] == [
        (["National Centre Against Organised Crime"], ["National Centre Against Organised Crime"]),
        (["Coalition Against Trafficking in Women"], ["Coalition Against Trafficking in Women"]),
    ]


def test_an_office_named_for_a_country_s_title_keeps_the_country_s_initials():
    texts = ["The man was sentenced, the U.S. Attorney's Office for the Southern District of New York said."]
    facts = enrich(texts, ["body"], None)[0]
    assert (facts["organisations"], facts["places"]) == (
        ["U.S. Attorney's Office for the Southern District of New York"],
        ["United States", "New York"],
    )


def test_a_spokesman_speaks_for_the_body_the_sentence_before_opens_with():
    texts = [
        "The RSPCA says it will monitor hunts. The Association of Chief Police Officers has issued "
        'guidance to forces. A spokesman said: "It will be based on intelligence."',
        # One word of the dictionary opening a sentence names no body: "Party strategists".
        "Party strategists believe women are key. A party spokesman said it was courting female votes.",
    ]
    assert [f["speakers"] for f in each_alone(texts)] == [
        ["RSPCA", "Association of Chief Police Officers spokesperson"],
        [],
    ]


def test_a_participle_after_a_word_no_list_knows_opens_no_name():
    texts = [
        "State-owned Rosneft bought the unit for $9.3bn.",
        "About 100 people from the CFDT and the Communist-led CGT marched outside.",
        "The Conservative-controlled Kent County Council said it would appeal.",
        "He played instead of the South African-born Liebeneberg.",  # no "South" alone
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Rosneft"], []),
        (["CFDT", "CGT"], []),
        (["Kent County Council"], []),
        ([], []),
    ]


def test_a_name_before_a_body_s_kind_in_lower_case_is_a_body():
    texts = [
        "Members of the Unite union voted to strike.",
        "The bombing of a Pan Am flight over Lockerbie killed 270 people.",
        "Gaddafi pledged the money to Farrakhan's Nation of Islam group.",
        "Italy won 2-0 in a World Cup group seven qualifier.",  # a tournament's group
    ]
    assert [f["organisations"] for f in each_alone(texts)] == [
        ["Unite"],
        ["Pan Am"],
        ["Nation of Islam"],
        [],
    ]


def test_a_group_named_for_someone_the_source_names_is_theirs():
    texts = [
        "Mario Gabelli has raised his stake in the company.",
        "In a filing, the Gabelli group said it bought the stake as an investment.",
    ]
    facts = enrich(texts, ["body", "body"], None)
    assert (facts[1]["people"], facts[1]["organisations"]) == (["Mario Gabelli"], [])


def test_a_word_the_source_writes_before_a_body_s_kind_is_that_body_elsewhere_too():
    texts = [
        "Analysts credited the Chrysler group's new models.",
        "In contrast, Chrysler enjoyed a 5% annual increase in unit sales.",
    ]
    assert [f["organisations"] for f in enrich(texts, ["body"] * 2, None)] == [["Chrysler"], ["Chrysler"]]


def test_a_big_town_written_without_its_accent_is_a_place_after_in():
    texts = [
        "The special court in Thane convicted the man.",  # Thāne, though "Thane" is a given name
        "He wrote to Thane, his friend, in May.",  # a letter to someone
    ]
    assert [f["places"] for f in each_alone(texts)] == [["Thane"], []]


def test_a_number_after_a_capital_is_read_whole():
    texts = ["Inspector Rajesh Kumar of Sector 39 police station said the man was held."]
    assert enrich(texts, ["body"], None)[0]["places"] == []  # not "Sector 3"


def test_a_unit_s_fields_listed_with_commas_before_its_head_are_its_name():
    texts = [
        "Sergeant Thabo Mokoena of the Family Violence, Child Protection and Sexual Offences Unit "
        "said the girl was 9."
    ]
    assert enrich(texts, ["body"], None)[0]["organisations"] == [
        "Family Violence, Child Protection and Sexual Offences Unit"
    ]


def test_a_body_then_a_title_of_initials_then_its_holder():
    texts = [
        "Ghana Police Service Director-General of CID, COP Faustina Andoh-Kwofie, said they were held.",
        "Sub-Inspector Priya Sharma registered an FIR under the POCSO Act.",  # a report, no body
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["people"]) for f in facts] == [
        (["Ghana Police Service", "CID"], ["Faustina Andoh-Kwofie"]),
        ([], ["Priya Sharma"]),
    ]


def test_a_title_s_office_is_one_body_after_a_county():
    texts = [
        "The Tarrant County Medical Examiner's Office identified the victim.",
        "The Department of Justice's Office of the Inspector General said so.",  # two bodies
    ]
    assert [f["organisations"] for f in each_alone(texts)] == [
        ["Tarrant County Medical Examiner's Office"],
        ["Department of Justice", "Office of the Inspector General"],
    ]


def test_a_county_before_its_officer_s_title_is_a_place():
    texts = [
        "Bexar County Sheriff Javier Salazar said the deputy had been placed on leave.",
        "Cook County State's Attorney Kim Foxx declined to file charges.",
    ]
    assert [(f["places"], f["people"]) for f in each_alone(texts)] == [
        (["Bexar County"], ["Javier Salazar"]),
        (["Cook County"], ["Kim Foxx"]),
    ]


def test_a_spokesperson_speaks_for_a_body_whose_name_joins_words():
    texts = [
        "A Telford and Wrekin Council spokeswoman said the authority had accepted the findings.",
        'A Department for Work and Pensions spokesman said: "We will act."',
    ]
    assert [f["speakers"] for f in each_alone(texts)] == [
        ["Telford and Wrekin Council spokesperson"],
        ["Department for Work and Pensions spokesperson"],
    ]


def test_a_unit_named_for_the_offences_it_works_on_is_a_body():
    texts = ["The Crown Prosecution Service's Rape and Serious Sexual Offences unit reviewed the file."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == [
        "Crown Prosecution Service",
        "Rape and Serious Sexual Offences unit",
    ]


def test_the_last_two_bodies_of_a_list_stand_apart_and_a_unit_is_named_for_its_work():
    texts = [
        "Representatives of Unicef, Save the Children, World Vision and Plan International attended.",
        "Unicef, the Home Office and Department of Health and Social Care met.",  # one body's "and"
        "The FIA said its Cybercrime Wing in Karachi had arrested a man.",
    ]
    facts = each_alone(texts)
    assert facts[0]["organisations"][-2:] == ["World Vision", "Plan International"]
    assert facts[1]["organisations"][-1] == "Department of Health and Social Care"
    assert facts[2]["organisations"] == ["FIA", "Cybercrime Wing"]
    assert facts[2]["people"] == []


def test_a_player_by_the_country_in_brackets_and_a_nationality_before_a_given_name():
    texts = [
        "Darryn Hill (Australia) beat Christian Arrue (U.S.) 2-0",
        "Controversial Australian Anthony Hill called Jansher Khan a cheat.",
        "Northern Telecom Ltd said it signed a supply agreement.",  # a side of the compass, no nation
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts[:2]] == [
        (["Darryn Hill", "Christian Arrue"], ["Australia", "United States"]),
        (["Anthony Hill", "Jansher Khan"], []),
    ]
    assert facts[2]["organisations"] == ["Northern Telecom Ltd"]


def test_a_saint_s_possessive_goes_on_to_a_head_two_words_on():
    texts = ["The boy attended St Joseph's Primary School in Pontypridd."]
    assert enrich(texts, ["body"], None)[0]["organisations"] == ["St Joseph's Primary School"]


def test_a_care_home_named_for_whom_it_cares_for_is_a_place():
    texts = [
        "Survivors of the Kincora Boys' Home in east Belfast gave evidence.",
        "Abuse at the Bryn Estyn children's home in Wrexham was ignored.",  # not someone called Bryn
        "The girl lived at Sunnyside Care Home in Leeds.",
    ]
    assert [(f["people"], f["places"]) for f in each_alone(texts)] == [
        ([], ["Kincora Boys' Home", "Belfast"]),
        ([], ["Bryn Estyn", "Wrexham"]),
        ([], ["Sunnyside Care Home", "Leeds"]),
    ]


def test_a_name_is_a_body_by_what_it_does_after_which_or_after_its_kind():
    texts = [
        "Serco, which runs the prison, said it was investigating.",
        "The hotel is owned by Marriott, which declined to comment.",
        "Respondents were drawn from KnowledgePanel, which is designed to be representative.",
        "The company Sodexo denied the claims.",  # the verb's object is the sentence's
        "The retailer Argos apologised.",
        "He spoke to the group Fiorina addressed a month earlier.",  # a clause that leaves out "that"
        "The bank, Santander, was fined 33 million pounds.",  # a town's name, set off after its kind
        "The contractor Interserve went into administration.",
    ]
    assert [(f["organisations"], f["places"]) for f in each_alone(texts)] == [
        (["Serco"], []),
        (["Marriott"], []),
        ([], []),
        (["Sodexo"], []),
        (["Argos"], []),
        ([], []),
        (["Santander"], []),
        (["Interserve"], []),
    ]


def test_a_people_s_or_a_creed_s_word_before_a_body_s_initials_describes_the_body():
    texts = [
        "The Kurdish PUK said it had retaken the town.",
        "The Islamist Hamas called for a boycott.",
        "Members of the centre-left Olive Tree coalition walked out.",
        "The centrist Forza Italia party lost seats.",
        "Supporters of the Boris Johnson party cheered.",  # his, no party's name
        "AMERICAN LEAGUE",  # a league, in a table's capitals
    ]
    assert [(f["people"], f["organisations"]) for f in each_alone(texts)] == [
        ([], ["PUK"]),
        ([], ["Hamas"]),
        ([], ["Olive Tree"]),
        ([], ["Forza Italia"]),
        (["Boris Johnson"], []),
        ([], ["AMERICAN LEAGUE"]),
    ]


def test_a_body_is_named_before_its_fighters_or_its_kind_and_speaks_by_that_name():
    texts = [
        "Abu Sayyaf militants attacked a patrol.",  # a given name opens the body's name
        "Tuareg rebels attacked a patrol.",  # one word is as often a people's
        "He joined the Shining Path in 1985.",  # after an article, no participle opening a sentence
        "The Unite union said talks had failed.",
    ]
    assert [(f["people"], f["organisations"], f["speakers"]) for f in each_alone(texts)] == [
        ([], ["Abu Sayyaf"], []),
        ([], [], []),
        ([], ["Shining Path"], []),
        ([], ["Unite"], ["Unite"]),  # the facet's name, not "Unite union"
    ]


def test_a_body_s_name_goes_on_past_a_field_of_one_word_and_ends_on_justice_after_for():
    texts = [
        "The Centre for Expertise on Child Sexual Abuse published data.",
        "The Centre for Policy on Ageing said so.",
        "The Institute for Justice said so.",  # no title "justice" carried to no one
        "Minister for Justice Helen McEntee said so.",
    ]
    assert [(f["people"], f["organisations"]) for f in each_alone(texts)] == [
        ([], ["Centre for Expertise on Child Sexual Abuse"]),
        ([], ["Centre for Policy on Ageing"]),
        ([], ["Institute for Justice"]),
        (["Helen McEntee"], []),
    ]


def test_a_player_after_a_role_of_the_game_or_a_seeding_is_someone():
    texts = [
        "Wimbledon finalist MaliVai Washington lost on Thursday.",  # a capital inside a given name
        "The 11th-seeded Washington fell short as he lost.",  # a player, not the city
    ]
    facts = enrich(texts, ["body", "body"], None)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        (["MaliVai Washington"], [], ["Wimbledon"]),
        (["MaliVai Washington"], [], []),
    ]


def test_an_ing_word_inside_a_sentence_opens_a_name_the_lists_know_or_with_a_head():
    texts = [
        "Sampras won the final at Flushing Meadows.",
        "He was treated at Flushing Hospital.",
        "Using Google, he found it.",  # the sentence's verb
    ]
    assert [(f["organisations"], f["places"]) for f in each_alone(texts)] == [
        ([], ["Flushing Meadows"]),
        (["Flushing Hospital"], []),
        (["Google"], []),
    ]


def test_a_club_after_its_kind_or_named_by_initials_and_its_town_is_a_body():
    texts = [
        "The Dutch side PSV Eindhoven drew 1-1.",  # had been nothing
        "He joined German club Schalke.",
        "The poems of DH Lawrence were read.",  # someone's initials before a town's name
        "HMS Belfast is moored on the Thames.",  # a ship
    ]
    assert [f["organisations"] for f in each_alone(texts)] == [["PSV Eindhoven"], ["Schalke"], [], []]


def test_two_words_ending_in_a_town_that_play_a_match_are_a_club():
    texts = [
        "Ajax Amsterdam beat Vitesse Arnhem 3-1.",  # had been someone called Vitesse Arnhem
        "Steaua Bucharest lost to Galatasaray.",
        "Hayao Miyazaki said the film was his last.",  # a surname that is a town
    ]
    assert [(f["people"], f["organisations"]) for f in each_alone(texts)] == [
        ([], ["Ajax Amsterdam", "Vitesse Arnhem"]),
        ([], ["Steaua Bucharest", "Galatasaray"]),
        (["Hayao Miyazaki"], []),
    ]


def test_a_role_as_a_subject_is_read_after_the_nearest_the():
    texts = ["The Catholic Herald said the diocese had apologised."]
    assert each_alone(texts)[0]["speakers"] == ["Catholic Herald"]  # not "Catholic Herald said the diocese"


def test_a_firm_s_unit_its_venture_its_shareholders_and_a_stake_in_it_name_a_firm():
    texts = [
        "The joint venture between Sinopec and Exxon will start production in 1998.",
        "Shareholders of Rhone-Poulenc approved the merger.",
        "He owns 9 percent of Chrysler.",
        "Some 40 percent of Americans disagree.",  # people, no firm
        "The plant is run by Sabic, a subsidiary of Aramco.",
        "General Tire, a subsidiary of GenCorp, said it would sell its stores.",
    ]
    assert [f["organisations"] for f in each_alone(texts)] == [
        ["Sinopec", "Exxon"],
        ["Rhone-Poulenc"],
        ["Chrysler"],
        [],
        ["Sabic", "Saudi Aramco"],
        ["GenCorp"],
    ]
    # A firm named for someone the source names leaves the lone surname his.
    texts = [
        "GAMCO Inc, an affiliate of Gabelli and Co, plans a vote, according to Chairman Mario Gabelli.",
        "Gabelli said he fears greenmail.",
    ]
    assert enrich(texts, ["body", "body"], None)[1]["people"] == ["Mario Gabelli"]


def test_a_lone_surname_before_who_is_the_person_the_source_names_in_full():
    texts = [
        "Wimbledon finalist MaliVai Washington lost to Alex O'Brien on Thursday.",
        "Washington, who climbed back from a 1-5 deficit, looked poised for a comeback.",
        "Washington is a city of monuments.",  # no "who": the place
    ]
    facts = enrich(texts, ["body"] * 3, None)
    assert (facts[1]["people"], facts[1]["places"]) == (["MaliVai Washington"], [])
    assert facts[2]["places"] == ["Washington"]


def test_a_lone_word_that_beats_or_is_beaten_by_one_score_is_a_side():
    texts = [
        "Real Madrid beat Atletico 2-1 at home on Saturday.",
        "Leinster beat Munster 28-17 to reach the final.",
        "In the final Agassi beat Sampras 6-4 6-3.",  # sets: players, no side
    ]
    found = [f["organisations"] for f in each_alone(texts)]
    assert found == [["Real Madrid", "Atletico"], ["Leinster", "Munster"], []]


def test_a_side_s_result_by_its_score_names_both_sides_not_the_ground():
    texts = [
        "Nocerina's 4-3 defeat of Piacenza was the shock of the round.",
        "The judge ruled that Genoa, beaten 3-0 by Lecce in the first round, should replay.",
        "Gloucester's 17-16 win over Bath ended his season.",
        # Where a result was won or lost is the ground.
        "He was sent off in Hearts's 2-1 defeat at Tynecastle.",
    ]
    found = [f["organisations"] for f in each_alone(texts)]
    assert found[:3] == [["Nocerina", "Piacenza"], ["Genoa", "Lecce"], ["Gloucester", "Bath"]]
    assert "Tynecastle" not in found[3]


def test_a_side_s_country_after_its_name_leaves_it_a_side_by_the_score():
    texts = [
        "Nijmeh of Lebanon beat Nasr of Saudi Arabia 1-0 in their Asian club championship tie.",
        "It sold its farm equipment operations to Deutz of West Germany.",  # a town's name too: no town
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Nijmeh", "Nasr"], ["Lebanon", "Saudi Arabia"]),
        ([], ["West Germany"]),
    ]


def test_two_words_ending_in_a_town_that_win_a_cup_or_sack_their_coach_are_a_club():
    texts = [
        "Lokomotiv Moscow won the Russian Cup for the ninth time.",
        "Lokomotiv Moscow sacked their coach on Monday.",
        "Leeds sacked their manager after the defeat.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["people"]) for f in facts] == [
        (["Lokomotiv Moscow"], []),
        (["Lokomotiv Moscow"], []),
        (["Leeds"], []),
    ]


def test_amazon_is_the_firm_and_the_land_by_its_article_or_its_kind_after():
    texts = [
        "Amazon said it would open a warehouse in Coventry.",
        "Deforestation in the Amazon rose by a fifth last year.",
        "Fires burned across the Amazon basin in August.",
        "The bill failed by a vote in the Duma.",  # no word of the dictionary: the parliament
    ]
    found = [(f["organisations"], f["places"]) for f in each_alone(texts)]
    assert found == [(["Amazon"], ["Coventry"]), ([], ["Amazon"]), ([], ["Amazon"]), (["State Duma"], [])]


def test_firms_named_by_a_word_of_the_dictionary_are_the_table_s():
    texts = [
        "Oracle reported a rise in quarterly profit on Tuesday.",
        "Shares in Boots fell 3 per cent after the chemist warned on profits.",
        "Sky said it was honoured to have won the rights.",
    ]
    assert [f["organisations"] for f in each_alone(texts)] == [["Oracle"], ["Boots"], ["Sky"]]


def test_a_table_s_name_that_opens_with_a_small_letter_is_found():
    texts = ["easyJet said it would cut 500 jobs.", "He sold the car on eBay in March."]
    assert [f["organisations"] for f in each_alone(texts)] == [["easyJet"], ["eBay"]]


def test_listed_firms_the_rules_miss_opening_a_sentence_are_the_table_s():
    firms = ["Anglo American", "National Grid", "Johnson Matthey", "Wizz Air", "Harbour Energy", "abrdn"]
    texts = [f"{firm} said on Monday it would cut 500 jobs." for firm in firms]
    assert [f["organisations"] for f in each_alone(texts)] == [[firm] for firm in firms]


def test_american_firms_the_rules_read_as_a_general_or_nothing_are_the_table_s():
    firms = ["General Electric", "General Mills", "Wells Fargo", "Home Depot", "Micron"]
    texts = [f"{firm} said on Monday it would cut 500 jobs." for firm in firms]
    assert [(f["organisations"], f["people"]) for f in each_alone(texts)] == [([firm], []) for firm in firms]


def test_a_movement_named_by_a_code_before_its_rebels_is_a_body_and_a_road_is_a_place():
    texts = [
        "Tshisekedi accused Kagame of backing the M23 rebels in Goma.",
        "Traffic on the M23 was halted near Crawley.",
        "Ahmed al-Sharaa, the leader of Hayat Tahrir al-Sham, entered Damascus.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["M23"], ["Goma"]),
        ([], ["M23", "Crawley"]),
        (["Hayat Tahrir al-Sham"], ["Damascus"]),
    ]


def test_a_name_no_list_knows_before_a_site_in_lower_case_is_the_site_s_place():
    texts = [
        "Worshippers gathered at Jerusalem's al-Aqsa mosque.",
        "Soldiers at the al-Ram checkpoint stopped him.",
        "He spent the night at the Barvikha sanatorium outside Moscow.",
    ]
    assert [f["places"] for f in each_alone(texts)] == [
        ["Jerusalem", "al-Aqsa"],
        ["al-Ram"],
        ["Barvikha", "Moscow"],
    ]


def test_a_town_s_name_set_after_someone_s_kin_is_the_relative():
    texts = [
        "Ronald Reagan's wife, Nancy, admitted that she consulted an astrologer.",
        "He flew from Paris to Nancy on Friday.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [
        (["Ronald Reagan", "Nancy"], []),
        ([], ["Paris", "Nancy"]),
    ]


def test_regiments_ground_a_surname_names_and_a_french_college_are_found_whole():
    texts = [
        "He served with the Royal Welch Fusiliers on the Somme and was wounded at Mametz Wood.",
        "He taught at the Collège de France until his death in Paris.",
        "He played for the Chicago Cubs and later coached at Notre Dame.",
        "The plan merged the Royal Highland Fusiliers and the Argyll and Sutherland Highlanders.",
        "The Joint Committee on Human Rights met.",  # a committee's subject goes on its name
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], ["Royal Welch Fusiliers"], ["Mametz Wood"]),
        ([], ["Collège de France"], ["France", "Paris"]),
        ([], ["Chicago Cubs"], ["Chicago", "Notre Dame"]),
        ([], ["Royal Highland Fusiliers", "Argyll and Sutherland Highlanders"], []),
        ([], ["Joint Committee on Human Rights"], []),
    ]


def test_lawyers_for_a_name_opening_a_sentence_are_no_part_of_its_name():
    texts = [
        "Lawyers for Purdue Pharma told the judge that the settlement was fair.",
        "Lawyers for Human Rights said the law was unjust.",  # a body so named
    ]
    assert [f["organisations"] for f in each_alone(texts)] == [
        ["Purdue Pharma"],
        ["Lawyers for Human Rights"],
    ]


def test_a_name_before_its_depositary_receipts_is_a_firm():
    texts = ["Frater regarded Cofinec GDRs as a buying opportunity.", "Investors bought Infosys ADRs."]
    assert [f["organisations"] for f in each_alone(texts)] == [["Cofinec"], ["Infosys"]]


def test_a_team_after_a_rider_s_country_in_a_results_line_is_a_body():
    texts = [
        "1. Olaf Ludwig (Germany) Telekom 4 hours 48 mins 2 seconds",
        "6. Vyacheslav Ekimov (Russia) Rabobank same time",
        "Steffi Graf (Germany) beat Monica Seles (U.S.) 6-4 6-3.",  # two players, no team
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Olaf Ludwig"], ["Telekom"]),
        (["Vyacheslav Ekimov"], ["Rabobank"]),
        (["Steffi Graf", "Monica Seles"], []),
    ]


def test_a_town_that_is_a_first_name_before_a_plural_in_a_results_line_is_a_club():
    texts = ["Wigan 42 Bradford Bulls 36", "Austin Powers 2 was released in 1999."]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Wigan", "Bradford Bulls"]),
        (["Austin Powers"], []),
    ]


def test_a_venue_whose_name_opens_with_a_title_is_one_place_and_a_side_plays_its_home_game():
    texts = [
        "They play at the King Power Stadium.",
        "The final is at the King Fahd International Stadium.",
        "Leicester will play their next home game in March.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], [], ["King Power Stadium"]),
        ([], [], ["King Fahd International Stadium"]),
        ([], ["Leicester"], []),
    ]


def test_a_town_s_grammar_is_its_school_and_a_grammar_of_words_is_none():
    texts = ["A former teacher from Geelong Grammar was charged.", "He taught Universal Grammar in Leeds."]
    assert [f["organisations"] for f in each_alone(texts)] == [["Geelong Grammar"], []]


def test_a_river_or_a_street_abroad_named_alone_is_a_place_and_its_firm_stays_a_body():
    texts = [
        "A body was recovered from the Thames near Putney on Monday.",
        "Crowds lined the Champs-Elysees as the riders reached Paris.",
        "Thames Water was fined for pumping sewage into the Thames.",
    ]
    found = [(f["organisations"], f["places"]) for f in each_alone(texts)]
    assert found == [
        ([], ["Thames", "Putney"]),
        ([], ["Champs-Elysees", "Paris"]),
        (["Thames Water"], ["Thames"]),
    ]


def test_a_name_before_an_analyst_s_own_is_the_firm_but_not_a_word_or_a_place():
    texts = [
        "Bernstein analyst Toni Sacconaghi said margins would shrink.",
        "Wedbush analyst Dan Ives expects a rebound, said Keidanren economist Kazuyuki Kinbara.",
        "Senior economist Jane Moss and Wall Street analyst John Hale disagreed.",
    ]
    found = [(f["organisations"], f["people"]) for f in each_alone(texts)]
    assert found == [
        (["Bernstein"], ["Toni Sacconaghi"]),
        (["Wedbush", "Keidanren"], ["Dan Ives", "Kazuyuki Kinbara"]),
        ([], ["Jane Moss", "John Hale"]),
    ]


def test_firms_abroad_the_rules_missed_in_a_sentence_s_run_are_the_table_s():
    texts = [
        "Shares of Nvidia rose 4%, while Advanced Micro Devices fell.",
        "BHP Billiton and Rio Tinto reported lower iron ore prices.",
        "Foxconn, which assembles iPhones for Apple, said revenue rose 15%.",
        "Hewlett-Packard Co said HP would cut 6,000 jobs.",
    ]
    assert [f["organisations"] for f in each_alone(texts)] == [
        ["Nvidia", "Advanced Micro Devices"],
        ["BHP", "Rio Tinto"],
        ["Foxconn", "Apple"],
        ["HP"],  # the name it trades under now
    ]


def test_a_credit_rating_is_no_body_but_the_motoring_club_and_a_body_spelled_out_are():
    texts = [
        "Eastman Kodak's outstanding issues are rated AAA/AA.",
        "S&P cut Italy to BBB- with a negative outlook.",
        "AAA said petrol prices rose for a third week.",
        "The Commodity Credit Corporation, CCC, said its CCC rating rules were unchanged.",
    ]
    assert [f["organisations"] for f in each_alone(texts)] == [
        ["Eastman Kodak"],
        ["Standard & Poor's"],
        ["AAA"],
        ["Commodity Credit Corporation"],
    ]


def test_a_chamber_of_commerce_is_a_body_and_its_head_alone_stands_for_it_but_not_a_court_s():
    texts = [
        "The London Chamber of Commerce said trade fell. The Chamber said exports would recover.",
        "The Senate welcomed three new Members to this Chamber.",
        "The United States Court of Appeals ruled. But the Court has said there is no link.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["speakers"]) for f in facts] == [
        (["London Chamber of Commerce"], ["London Chamber of Commerce"]),
        (["Senate"], ["Senate"]),
        (["United States Court of Appeals"], ["Court"]),  # the court that hears the case
    ]


def test_a_name_that_runs_into_a_month_and_its_day_ends_before_the_month():
    texts = [
        "Emery Air Freight Corp bid for Purolator Courier Corp, which had agreed a buyout with"
        " E.F. Hutton LBO Inc. The offer tops the deal Hutton reached with Purolator February 27.",
        "The fund bought the stake from Warburg Pincus March 3.",
        "Theresa May said on June 5 that she would stay.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["people"]) for f in facts] == [
        (["Emery Air Freight Corp", "Purolator Courier Corp", "E.F. Hutton LBO Inc"], []),
        (["Warburg Pincus"], []),
        ([], ["Theresa May"]),
    ]


def test_someone_s_full_name_before_a_participle_is_the_person_and_the_noun_after_stays():
    texts = [
        "The company said the unsolicited bid by the Carl C. Icahn-led TWA was highly conditional.",
        "The Rupert Murdoch-owned paper said. The Donald Trump-led field has attracted attention.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Carl C. Icahn"], ["TWA"]),
        (["Rupert Murdoch", "Donald Trump"], []),
    ]


def test_a_body_s_initials_right_after_its_name_leave_the_body():
    texts = [
        "Hisham Nazer reiterated the accord, the official Saudi Press Agency SPA said.",
        "The Qatar News Agency QNA reported the visit.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [["Saudi Press Agency"], ["Qatar News Agency"]]
    assert facts[0]["people"] == ["Hisham Nazer"]


def test_a_trade_s_word_after_a_first_name_or_a_state_s_utility_is_a_firm():
    texts = [
        "Wang Laboratories Inc agreed with Sterling Software's unit. Georgia Power said rates would rise.",
        "Samantha Power and David Steel met on Monday.",
        "Rochester Gas and Electric Co said the plant was delayed. Rochester Gas said tests went on.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["people"]) for f in facts] == [
        (["Wang Laboratories Inc", "Sterling Software", "Georgia Power"], []),
        ([], ["Samantha Power", "David Steel"]),
        (["Rochester Gas and Electric Co"], []),
    ]
    assert facts[2]["speakers"] == ["Rochester Gas and Electric Co"]


def test_an_office_s_fields_joined_by_and_and_its_nation_before_it_leave_its_holder():
    texts = [
        "Indonesian Minister of Mines and Energy Subroto told Reuters.",
        "The Secretary of State for Health and Social Care Wes Streeting said so.",
        "The Minister of Justice and Public Security Emilie Mehl said so.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["speakers"]) for f in facts] == [
        (["Subroto"], ["Subroto"]),
        (["Wes Streeting"], ["Wes Streeting"]),
        (["Emilie Mehl"], ["Emilie Mehl"]),
    ]


def test_a_party_s_member_and_a_body_s_plural_head_after_a_name_word_are_no_one():
    texts = [
        "The Social Democratic Party and its Christian Democrat allies voted against.",
        "Federal Home Loan Banks set a 2.55 billion dlr debt offer.",
        "Actress Tyra Banks said so.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Social Democratic Party"]),
        ([], ["Federal Home Loan Banks"]),
        (["Tyra Banks"], []),
    ]


def test_a_town_s_or_a_place_s_word_that_opens_a_firm_the_source_names_is_the_firm():
    texts = [
        "Perelman wants a bidding war for Gillette Co. Gillette disclosed it. He flew to Gillette, Wyoming.",
        "Neotech Industries Inc formed a venture. Chips will be made for use in Neotech devices.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Gillette Co"], ["Gillette Wyoming", "Wyoming"]),
        (["Neotech Industries Inc"], []),
    ]


def test_a_familiar_first_name_a_family_s_word_and_a_surname_head_are_someone():
    texts = ["Its trustees include Margaret Hunt Hill, who said so.", "They walked up Primrose Hill."]
    facts = each_alone(texts)
    found = [(f["people"], f["places"]) for f in facts]
    assert found == [(["Margaret Hunt Hill"], []), ([], ["Primrose Hill"])]


def test_an_adverb_that_opens_a_sentence_before_a_comma_is_described_as_nothing():
    texts = [
        "Specifically, the team led by Dr. Howard Ory found that the pill reduces the risk.",
        "Evernote, a company that makes notes software, said so.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [(["Howard Ory"], []), ([], ["Evernote"])]


def test_a_sports_desk_s_league_station_town_and_a_scorer_s_role():
    texts = [
        "Sociedad are in 15th place in the 20-strong Primera Liga.",
        'Madrid midfielder Guti told private Spanish radio station Cadena Ser: "I have never seen this."',
        "He is expected in San Sebastian later this week.",
        "Goalscorer Toure was also at fault for two goals.",
        "Veteran broadcaster David Dimbleby said he would stay.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], ["Primera Liga"], []),
        (["Guti"], ["Madrid", "Cadena Ser"], []),
        ([], [], ["San Sebastian"]),
        (["Toure"], [], []),
        (["David Dimbleby"], [], []),
    ]


def test_a_town_in_a_team_sheet_is_a_player_but_not_in_a_list_of_places():
    texts = [
        "Replacements: Fortey, Murphy, Daly, Vaili, Cole, Hayes, Trueman.",
        "Suburbs: Tempe, Mesa, Chandler, Hayes, Gilbert, Peoria.",
        "The tour visits Leeds, York, Hull, Sheffield and Bradford.",
    ]
    facts = each_alone(texts)
    assert ["Hayes" in f["people"] for f in facts] == [True, False, False]
    assert ["Hayes" in f["places"] for f in facts] == [False, True, False]
    assert facts[2]["places"] == ["Leeds", "York", "Hull", "Sheffield", "Bradford"]


def test_a_people_s_noun_before_a_name_and_a_club_after_someone_s_and_are_apart():
    texts = [
        "Dane Kenneth Carlsen won in straight sets.",
        "Welshman Dai Young and Scot Nick Smith were named.",
        "He considered joining Gary Speed and United team-mate Paul Scholes.",
        "Finn Russell kicked the goal.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Kenneth Carlsen"], []),
        (["Dai Young", "Nick Smith"], []),
        (["Gary Speed", "Paul Scholes"], ["United"]),
        (["Finn Russell"], []),
    ]


def test_a_name_the_source_gives_initials_is_a_body_and_a_grove_a_place():
    texts = [
        "Lockheed signed an agreement with state-owned Hindustan Aeronautics (HAL) on Monday.",
        "The Kosovo Liberation Army (KLA) attacked. Jacqueline Kennedy Onassis (JKO) was there.",
        "The club will move into its new stadium at Ashburton Grove. Andy Grove said so.",
        "But Age Concern said the plan was cowardly.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], ["Lockheed Martin", "Hindustan Aeronautics"], []),
        (["Jacqueline Kennedy Onassis"], ["Kosovo Liberation Army"], ["Kosovo"]),
        (["Andy Grove"], [], ["Ashburton Grove"]),
        ([], ["Age Concern"], []),
    ]


def test_a_treasurer_s_title_a_rifles_regiment_and_a_leisure_firm():
    texts = [
        "Tory Treasurer Jim Smith said so.",
        "Soldiers from the Royal Gurkha Rifles arrived. The Royal Irish Rifles on the Somme fought.",
        "Stanley Leisure said profits rose.",
        "Opus Dei denied it.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Jim Smith"], []),
        ([], ["Royal Gurkha Rifles", "Royal Irish Rifles"]),
        ([], ["Stanley Leisure"]),
        ([], ["Opus Dei"]),
    ]


def test_a_clock_s_initials_a_preposition_and_a_role_s_qualifier_open_no_body():
    texts = [
        "The bomb went off at 10.30 P.M. (2130 GMT), police said.",
        "Because of Department of Transportation rules, TWA put its stock into a trust.",
        "Deputy State Department spokeswoman Phyllis Oakley said the trip is set.",
        "It blamed Washington for stalling talks with the Paris Club of Western creditor governments.",
        "BPCC tried to take over U.S. Publisher Harcourt Brace Jovanovich Inc.",
        "Disputes between Washington and the European Economic Community on the West German economy grew.",
        "ARGENTINE GRAIN BELT TEMPERATURES AND RAIN",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [
        [],
        ["Department of Transportation", "TWA"],
        ["State Department"],
        ["Paris Club"],
        ["BPCC", "Harcourt Brace Jovanovich Inc"],
        ["European Community"],
        [],
    ]


def test_someone_by_initials_of_a_firm_a_country_and_a_firm_a_charter_s_initials_a_party_s_member():
    texts = [
        '"It will rebound," said P.S. Tam of Morgan Guaranty Trust.',
        "Kenya and Shenzhen Electronics Group (SEG) will set up a joint venture.",
        "The Australia and New Zealand Banking Group Ltd raised its rate.",
        "Unicorp American Corp agreed to acquire Lincoln Savings Bank FSB.",
        "He asked veteran Christian Democrat Giulio Andreotti to form a government.",
        "The stake goes to Keystone Partners, a company Michaels would form for the purchase.",
        "Kampuchea harvested more than two mln tonnes of rice.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        (["P.S. Tam"], ["Morgan Guaranty Trust"], []),
        ([], ["Shenzhen Electronics Group"], ["Kenya", "Shenzhen"]),
        ([], ["Australia and New Zealand Banking Group Ltd"], ["Australia", "New Zealand"]),
        ([], ["Unicorp American Corp", "Lincoln Savings Bank FSB"], ["Lincoln"]),
        (["Giulio Andreotti"], [], []),
        ([], ["Keystone Partners"], []),
        ([], [], ["Kampuchea"]),
    ]


def test_a_model_s_designation_a_season_a_joined_nation_and_a_prefixed_word_name_no_one():
    texts = [
        "He said McDonnell Douglas DC-9s all have Pratt and Whitney engines.",
        "Boeing won a contract for the B-52G upgrade program, the Air Force said.",
        "The engine will enter operation in Summer 1987.",
        "Unilever Plc saw improved performance, the Anglo-Dutch group said.",
        "It may be a violation of U.S. Anti-trust laws.",
        "But Newman said the bank had no intention of selling its Seafirst Corp Subsidiary.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["McDonnell Douglas", "Pratt & Whitney"]),
        ([], ["Boeing", "Air Force"]),
        ([], []),
        ([], ["Unilever"]),
        ([], []),
        ([], ["Seafirst Corp Subsidiary"]),
    ]


def test_names_listed_before_counties_are_places_and_a_firm_s_first_word_is_the_firm_not_its_unit():
    texts = [
        "Androscoggin, Franklin, Kennebec and Somerset counties would be eligible for federal aid.",
        "Moody's may cut the debt of Dana Corp and its unit, Dana Credit Corp. It looked at Dana's debt.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], [], ["Androscoggin", "Franklin", "Kennebec", "Somerset"]),
        ([], ["Moody's", "Dana Corp", "Dana Credit Corp"], []),
    ]


def test_a_given_name_written_short_opens_a_firm_and_a_negated_word_names_nothing():
    texts = [
        "The offering is led by Ball and Turben Inc and Wm. Sword and Co Inc.",
        "Retail sales fell. Unadjusted sales were 6.9 pct higher.",
        "Profits fell. Pretax profits also dipped.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [["Ball and Turben Inc", "Wm Sword and Co Inc"], [], []]


def test_a_bank_s_charter_a_title_cut_short_a_dutch_form_first_and_american_spellings_of_a_body():
    texts = [
        "David Rockefeller, an adviser of Chase Manhattan Bank NA, said so.",
        '"He is a victim," said former Nevada Sen. and Reagan confidant Paul Laxalt.',
        "Most of its stock is owned by N.V. Philips of the Netherlands.",
        "Enrollment will be high, Agricultural Stabilization and Conservation Service officials said.",
        "The Senate Budget Committee Chairman Lawton Chiles, a Florida Democrat, agreed.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        (["David Rockefeller"], ["Chase Manhattan Bank NA"], []),
        (["Reagan", "Paul Laxalt"], [], ["Nevada"]),
        ([], ["N.V. Philips"], ["Netherlands"]),
        ([], ["Agricultural Stabilization and Conservation Service"], []),
        (["Lawton Chiles"], ["Senate Budget Committee"], ["Florida"]),
    ]
    assert {"labor", "center", "organization"} <= english_words()


def test_a_member_s_seat_is_a_place_and_an_illness_no_one():
    texts = [
        "The Glasgow Kelvin MP was expelled from Labour.",
        "Nick Clegg, the MP for Sheffield Hallam, said so.",
        "Sydney Smith MP said so.",
        "It could help victims of Alzheimer's, Parkinson's and Motor Neurone disease.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [
        ([], ["Glasgow Kelvin"]),
        (["Nick Clegg"], ["Sheffield Hallam"]),
        (["Sydney Smith"], []),
        ([], []),
    ]


def test_a_title_of_a_body_a_new_holder_of_a_body_s_title_and_a_team_of_two_who_share_a_surname():
    texts = [
        "David Rose, Chief Executive of Hereford Hospitals NHS Trust, said it was fine.",
        "New Metropolitan Police Commissioner Sir Ian Blair has backed the orders.",
        "It was carried out by husband and wife economist team Jim and Margaret Cuthbert.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["David Rose"], ["Hereford Hospitals NHS Trust"]),
        (["Ian Blair"], ["Metropolitan Police"]),
        (["Jim Cuthbert", "Margaret Cuthbert"], []),
    ]


def test_firms_listed_with_bodies_a_bank_the_table_opens_and_two_firms_an_adjective_parts():
    texts = [
        "It included representatives of BASF, Siemens and Cadbury Schweppes.",
        "Its lawyers accept that JP Morgan Chase Bank was not involved.",
        "said Robert MacIntosh, chief economist with Eaton Vance Management in Boston.",
        "Chrysler avoided the fate of US rivals Ford and General Motors.",
        "The Transport and General Workers Union said so.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["BASF", "Siemens", "Cadbury Schweppes"]),
        ([], ["JPMorgan Chase"]),  # whole, the table's name for it
        (["Robert MacIntosh"], ["Eaton Vance Management"]),
        ([], ["General Motors"]),
        ([], ["Transport and General Workers Union"]),
    ]


def test_a_us_bank_s_charter_makes_a_body_and_a_head_inside_a_trade_alone_or_a_term_none():
    texts = [
        "Marine Midland NA said so.",
        "It bought Alberta Government Telephones last year.",
        "Egypt FA said so.",
        "Staff protested after the U.S. Automaker announced its pull out.",
        "He said Californian subsidiary Union Bank showed growth.",
        "The CD-ROM drive and CMOS chips sold well.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Marine Midland NA"]),
        ([], []),
        ([], []),
        ([], []),
        ([], ["Union Bank"]),
        ([], []),
    ]


def test_a_firm_s_division_a_month_after_a_place_a_bank_s_branch_and_a_dutch_royal_firm():
    texts = [
        "Morton Thiokol Inc said its Morton Chemical Division will expand.",
        "Exports to Hong Kong February rose 10 pct.",
        "Texas Commerce Bank-Houston said it will open a branch.",
        "Koninklijke Nederlandsche Hoogovens en Staalfabrieken said so.",
        "Michelle Branch sang.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], ["Morton Thiokol Inc", "Morton Chemical Division"], []),
        ([], [], ["Hong Kong"]),
        ([], ["Texas Commerce Bank-Houston"], ["Texas"]),
        ([], ["Koninklijke Nederlandsche Hoogovens en Staalfabrieken"], []),
        (["Michelle Branch"], [], []),
    ]


def test_a_schedule_line_names_the_side_by_its_town_and_the_town_it_plays_at():
    texts = ["KANSAS CITY AT DETROIT", "San Francisco at New York", "Spain at Belgium", "Obama at Oxford"]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Kansas City"], ["Detroit"]),
        (["San Francisco"], ["New York"]),
        ([], ["Spain", "Belgium"]),
        ([], ["Oxford"]),
    ]


def test_someone_of_a_place_after_a_full_name_a_second_surname_and_a_country_s_hyphened_and():
    texts = [
        "Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal signed it.",
        "Energy Minister Kelvin Ramnath of Trinidad-Tobago spoke.",
        "Catherine of Aragon was queen.",
        "Her father Mohammed Hadid Muhammad al-Hajj Husayn Hadid was an industrialist.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [
        (["Zhao Ziyang", "Anibal Cavaco Silva"], ["China", "Portugal"]),
        (["Kelvin Ramnath"], ["Trinidad and Tobago"]),
        (["Catherine of Aragon"], ["Aragon"]),
        (["Mohammed Hadid", "Muhammad al-Hajj Husayn Hadid"], []),
    ]


def test_a_compass_point_abbreviated_a_charter_after_a_table_s_word_and_a_nordic_bank():
    texts = [
        "The group will be based outside Frankfurt, W. Germany, near its plant.",
        "Shr 126 H.K. Cents vs 42",
        "Shr NA",
        "Goldome FSB said it filed.",
        "Sparebanken Rogaland said it would issue.",
        "Kondo of Yasuda Trust said investors are wary.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], [], ["Frankfurt", "West Germany"]),
        ([], [], ["Hong Kong"]),
        ([], [], []),
        ([], ["Goldome FSB"], []),
        ([], ["Sparebanken Rogaland"], []),
        ([], ["Yasuda Trust"], []),
    ]


def test_markets_measures_brands_and_a_place_s_people_name_nothing():
    texts = [
        "Lloyds Bank Plc is withdrawing from Eurobonds and U.K. Government bonds.",
        "Exports rose to 20 pct of Gross Domestic Product.",
        "It bought 20 pct of Acme Industrial Products.",
        "The divisions make Kodiak and Santana brand shoes.",
        "It wants more Papua New Guinean ownership.",
        "Bolivia will propose to Andean Pact countries a summit.",
        "The funds came through the Export-Import Bank of Japan and Japan's Overseas Fund.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], ["Lloyds Banking Group", "U.K. Government"], ["United Kingdom"]),
        ([], [], []),
        ([], ["Acme Industrial Products"], []),
        ([], [], []),
        ([], [], []),
        ([], [], ["Bolivia"]),
        ([], ["Export-Import Bank of Japan", "Overseas Fund"], ["Japan"]),
    ]


def test_a_firm_after_its_legal_form_a_maker_so_described_and_a_restaurant():
    texts = [
        "It signed with Tyranex Gold Inc on the Tyranite property.",
        "Key Tronic corp said it won contracts.",
        "It closed Youngstown Steel Door, a maker of parts for freight cars.",
        "Helen Smith, a maker of films, spoke.",
        "It sold its Peter Pan Restaurant in Urbana.",
        "Sales at its Bonanza Restaurant unit rose.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], ["Tyranex Gold Inc"], []),
        ([], ["Key Tronic"], []),
        ([], ["Youngstown Steel Door"], []),
        (["Helen Smith"], [], []),
        ([], [], ["Peter Pan Restaurant", "Urbana"]),
        ([], ["Bonanza Restaurant"], []),
    ]


def test_a_name_before_led_two_chambers_two_firms_a_comma_lost_between_and_a_trade_s_word():
    texts = [
        "It was taken over by an Asher Edelman-led group.",
        "The House of Representatives and Senate committees met.",
        "It holds debt of Lloyds Bank PLC Allied Irish Banks, Bank of Ireland and others.",
        "It agreed with Licensing Co of America on a license.",
        "It bought Eurobonds of BP Capital B.V. yesterday.",
        "The U.S. Airline Brockway Air signed.",
        "Japan must settle the row over the U.K. Firm Cable and Wireless Plc's stake.",
        "Broken Hill Pty Co Ltd said.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Asher Edelman"], []),
        ([], ["House of Representatives", "Senate"]),
        ([], ["Lloyds Banking Group", "Allied Irish Banks", "Bank of Ireland"]),
        ([], ["Licensing Co of America"]),
        ([], ["BP Capital B.V."]),
        ([], ["Brockway Air"]),
        ([], ["Cable and Wireless Plc"]),
        ([], ["Broken Hill Pty Co Ltd"]),
    ]


def test_a_part_s_head_is_someone_and_initials_the_source_defines_are_its_body_s():
    texts = [
        "The head of ECGD's international debt division, Gerry Breach, said so.",
        "Saudi American Bank (SAMBA) will trade, said Shaukat Aziz, SAMBA managing director.",
        "The United Arab Emirates (UAE) said. The UAE will trade.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        (["Gerry Breach"], ["ECGD"], []),
        (["Shaukat Aziz"], ["Saudi American Bank"], []),
        ([], [], ["United Arab Emirates"]),
    ]


def test_what_is_counted_of_a_body_opens_no_name_and_a_malay_cape_opens_a_place():
    texts = [
        "Results of Major League",
        "Sales of Acme Corp rose.",
        "It docked at Jakarta's Tanjung Priok port.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], ["Major League"], []),
        ([], ["Acme Corp"], []),
        ([], [], ["Jakarta", "Tanjung Priok"]),
    ]


def test_a_title_s_capitals_initials_spelled_out_a_participle_and_a_time_open_no_name():
    texts = [
        "Last year, The Lord Of the Rings was named best drama.",
        "Many new models of LCD (Liquid Crystal Display) TVs were launched.",
        "Called the Marlin Joint Development Association, the alliance will set rules.",
        "Past Congressional Budget Office forecasts said there would be a shortfall.",
        "She spent three weeks learning Hindi before the shoot.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], [], []),
        ([], [], []),
        ([], ["Marlin Joint Development Association"], []),
        ([], ["Congressional Budget Office"], []),
        ([], [], []),
    ]


def test_an_initial_s_stop_before_an_adverb_ends_a_sentence_and_a_maker_by_full_name_is_someone():
    texts = [
        "He marched with Malcolm X. Besides that, he acted.",
        "Leading British computer games maker Peter Molyneux has been made an OBE.",
        "Drugs maker Eli Lilly said so.",
        "John F. Kennedy said so.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Malcolm X."], []),
        (["Peter Molyneux"], []),
        ([], ["Eli Lilly"]),
        (["John F. Kennedy"], []),
    ]


def test_works_and_german_compounds_head_firms_a_spanish_one_goes_past_y_and_a_month_and_day_are_no_town():
    texts = [
        "Stanley Works said it acquired a rival.",
        "A and P is 52.4 pct owned by West Germany's Tengelmann Warenhandelsgesellschaft.",
        "A spokesman for Compania Industrial y de Abastecimiento S.A. said so.",
        "It is for publication in the Official Bulletin of March 30, the committee said.",
        "It will sell 24 pct of its Health and Tennis Corp unit.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Stanley Works"], []),
        (["Tengelmann Warenhandelsgesellschaft"], ["West Germany"]),
        (["Compania Industrial y de Abastecimiento S.A."], []),
        ([], []),
        (["Health and Tennis Corp"], []),
    ]


def test_a_monarch_s_possessive_goes_on_to_a_place_s_head():
    texts = ["Queen's Park 1 Forfar 4", "They walked in Queen's Park yesterday.", "The Queen's horse won."]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Queen's Park", "Forfar"], []),
        ([], ["Queen's Park"]),
        ([], []),
    ]


def test_a_bare_list_of_surnames_is_a_squad_when_the_story_names_two_of_them_in_full():
    story = [
        "Ireland named Shay Given, Gary Breen, Ian Harte, Niall Quinn and Keith O'Neill.",
        "Given, Breen, Staunton, Irwin, McAteer, Harte, McLoughlin, Houghton, Townsend, Quinn.",
        "Visits to Leeds, York, Hull, Sheffield and Bradford are planned.",
    ]
    facts = enrich_sources([(story, ["body"] * 3, "1996-08-30")])[0]
    assert facts[1]["people"] == [
        "Shay Given",
        "Gary Breen",
        "Staunton",
        "Irwin",
        "McAteer",
        "Ian Harte",
        "McLoughlin",
        "Houghton",
        "Townsend",
        "Niall Quinn",
    ]
    assert (facts[2]["people"], facts[2]["places"]) == (
        [],
        ["Leeds", "York", "Hull", "Sheffield", "Bradford"],
    )


def test_a_nationality_before_a_lone_surname_is_who_the_story_names_in_full():
    story = [
        "Frank Bruno will fight Mike Tyson.",
        "But Bruno lost when he fought American Tyson in Las Vegas.",
    ]
    facts = enrich_sources([(story, ["body"] * 2, "1996-08-30")])[0]
    assert facts[1]["people"] == ["Frank Bruno", "Mike Tyson"]
    texts = [
        "Chelsea owner Roman Abramovich spoke.",
        "Oil flows from Saudi Arabia.",
        "BELGIAN FEBRUARY OUTPUT DOWN",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [
        (["Roman Abramovich"], []),
        ([], ["Saudi Arabia"]),
        ([], []),
    ]


def test_a_country_s_money_a_style_before_a_body_a_charter_a_diplomat_s_title_and_a_town_in_a_wire_s_state():
    texts = [
        "Belgian Franc 48.4 Kuwait Dinar 0.37 Ecuadoran Sucre 150.2",
        "Ameribanc Investors Group and Cardinal Savings and Loan Association announced it.",
        "Mellon Bank NA of Pittsburgh raised its prime rate.",
        "Dumas met the Iranian Charge d'Affaires yesterday.",
        "He lives in Troy, Mich.",
        "Zairean Prime Minister Kengo wa Dondo spoke.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], [], []),
        ([], ["Ameribanc Investors Group", "Cardinal Savings and Loan Association"], []),
        ([], ["Mellon Bank NA of Pittsburgh"], ["Pittsburgh"]),
        ([], [], []),
        ([], [], ["Troy Michigan", "Michigan"]),
        (["Kengo wa Dondo"], [], []),
    ]


def test_an_amount_in_dollars_is_no_road_and_a_month_mistyped_no_town():
    texts = [
        "TNT has annual revenues of over US 4 billion dlrs.",
        "Take US 169 north to Tulsa.",
        "Issues raised 129.5 mln stg in Febuary 1986.",
        "He moved in Januar, and lives in Augusta.",
    ]
    facts = each_alone(texts)
    assert [f["places"] for f in facts] == [["United States"], ["US 169", "Tulsa"], [], ["Augusta"]]


def test_a_title_s_qualifier_a_subsidiary_s_word_and_a_named_bank_s_unit():
    texts = [
        "Takeda will become chairman. Current chairman Eishiro Saito will advise.",
        "Toyota will add suppliers for its U.S. Subsidiary Toyota Motor Manufacturing USA Inc.",
        "It merged its Security Bank of Almont unit into another.",
        "The Metropolitan Police Child Abuse unit said so.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Eishiro Saito"], []),
        ([], ["Toyota", "Toyota Motor Manufacturing USA Inc"]),
        ([], ["Security Bank of Almont"]),
        ([], ["Metropolitan Police Child Abuse unit"]),
    ]


def test_a_participle_opening_a_sentence_before_its_object_is_no_town():
    texts = [
        "This is the decision. Reading from line E, a quote.",
        "Reading beat Arsenal.",
        "Reading is a town.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        ([], []),
        (["Reading", "Arsenal"], []),
        ([], ["Reading"]),
    ]


def test_a_romance_body_s_head_after_a_name_opens_an_affiliation():
    texts = ["Suilen H. Alvarado Laboratorio de Bases de Datos, Universidade da Coruña, Spain"]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Suilen H. Alvarado"], ["Laboratorio de Bases de Datos", "Universidade da Coruña"])
    ]


def test_two_firms_by_trade_and_initials_a_possessive_after_against_and_a_faith_s_charity():
    texts = [
        "It joined Paramount Pictures and MCA Inc's Universal Studios in the deal.",
        "It dismissed a protest by the Maryland Alliance for Responsible Investing against NCNB's record.",
        "Oxfam and Christian Aid said so.",
        "He gave First Aid.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Paramount Pictures", "MCA Inc", "Universal Studios"]),
        ([], ["Maryland Alliance for Responsible Investing", "NCNB"]),
        ([], ["Oxfam", "Christian Aid"]),
        ([], []),
    ]


def test_portuguese_italian_and_german_legal_forms_and_compounds_name_firms():
    texts = [
        "It sold Sociedade de Iniciativa e Aproveitamentos Florestais Sarl to a rival.",
        "Fiat Auto Srl said so.",
        "It faced the bankruptcy of Eisenwerk-Gesellschaft Maximilanshuette mbH.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Sociedade de Iniciativa e Aproveitamentos Florestais Sarl"]),
        ([], ["Fiat Auto Srl"]),
        ([], ["Eisenwerk-Gesellschaft Maximilanshuette"]),
    ]


def test_a_town_before_and_a_place_a_date_after_a_full_name_and_a_country_before_a_name():
    texts = [
        "The plants in Des Moines, Bloomington and Oklahoma City are distressed.",
        "Her sister was buried by President Felix Houphouet-Boigny March 19-22.",
        "Fredric March 27 films were shown.",
        "Daiwa's general manager for Canada Hajimu Watanabe spoke.",
        "Chad Michael Murray and Cuba Gooding Jr starred.",
        "Lamb exports to N. Zealand rose.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [
        ([], ["Des Moines", "Bloomington", "Oklahoma City"]),
        (["Felix Houphouet-Boigny"], []),
        (["Fredric March"], []),
        (["Hajimu Watanabe"], ["Canada"]),
        (["Chad Michael Murray", "Cuba Gooding Jr"], []),
        ([], ["New Zealand"]),
    ]


def test_a_style_opens_no_body_whose_head_comes_before_of_and_banks_abroad_by_their_head():
    texts = [
        "He ran Cardinal Federal Savings Bank of Cleveland.",
        "Dr John Bank of London said so.",
        "It bought shares of EFI Banca at a premium.",
        "Koos Ten Have of Staal Bankiers said so.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Cardinal Federal Savings Bank of Cleveland"]),
        (["John Bank"], []),
        ([], ["EFI Banca"]),
        ([], ["Staal Bankiers"]),
    ]


def test_a_dash_a_dotted_legal_form_and_dutch_partners_end_or_join_a_firm_s_name():
    texts = [
        "Four banks-- Lloyds Bank Plc and Standard Chartered Bank-- have agreed.",
        "He bought Acme Holdings N.V. Shares fell.",
        "Dutch group N.V. DSM is launching a bond.",
        "Co-leads are Heldring en Pierson and AMRO Bank.",
        "The group holds CLN Oyens en van Eeghen.",
        "He drove en route to Paris.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [
        ["Lloyds Banking Group", "Standard Chartered"],
        ["Acme Holdings N.V."],
        ["N.V. DSM"],
        ["Heldring en Pierson", "AMRO Bank"],
        ["CLN Oyens en van Eeghen"],
        [],
    ]


def test_one_head_either_side_of_and_is_two_bodies_and_a_holder_ends_a_body_s_fields():
    texts = [
        "Funaro attended the Interim Committee and Development Committee meetings.",
        "Shares of Inland Steel and Nippon Steel Corp rose.",
        "Director of the Office of Management and Budget James Miller said so.",
        "Office of Management and Budget Director James Miller said so.",
        "A Deputy State Department spokeswoman said so.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Interim Committee", "Development Committee"]),
        ([], ["Inland Steel", "Nippon Steel Corp"]),
        (["James Miller"], ["Office of Management and Budget"]),
        (["James Miller"], ["Office of Management and Budget"]),
        ([], ["State Department"]),
    ]


def test_a_spokesman_for_a_vice_governor_a_former_country_and_a_number_opening_a_sentence():
    texts = [
        "Spokesman for Armco Inc said the hike was under study.",
        "Central bank Vice Governor Meguerditch Bouldikian called for a fund.",
        "The World Bank approved a loan to Yugoslavia's third largest bank.",
        "Thirteen provinces have been suffering a drought.",
        "He visited the Three Gorges Dam.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], ["Armco Inc"], []),
        (["Meguerditch Bouldikian"], [], []),
        ([], ["World Bank"], ["Yugoslavia"]),
        ([], [], []),
        ([], [], ["Three Gorges Dam"]),
    ]


def test_a_town_before_a_state_based_a_firm_s_unit_by_name_and_a_firm_of_three_names_staffed():
    texts = [
        "It sold the unit to Troy, Michigan-based MLX Corp.",
        "Annual capacity at unit Brique Citadelle was increased.",
        "He sells through Del Mar Avionics.",
        "The delay is no surprise, said Donaldson Lufkin Jenrette analyst Richard Henderson.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], ["MLX Corp"], ["Troy", "Michigan"]),
        ([], ["Brique Citadelle"], []),
        ([], ["Del Mar Avionics"], []),
        (["Richard Henderson"], ["Donaldson Lufkin Jenrette"], []),
    ]


def test_a_wire_s_capital_after_a_country_s_initials_and_a_surname_of_a_firm():
    texts = [
        "The U.S. Action will have a significant impact.",
        "Mobil Oil Corp of U.S. Plans to open an office.",
        "He banks with the Bank of the U.S. Virgin Islands.",
        "The jury is still out, said Leslie of Discount Corp.",
        "Texaco of Canada Inc said so.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], [], ["United States"]),
        ([], ["Mobil Oil Corp of U.S."], ["United States"]),
        ([], ["Bank of the U.S. Virgin Islands"], ["U.S. Virgin Islands"]),
        (["Leslie"], ["Discount Corp"], []),
        ([], ["Texaco of Canada Inc"], ["Canada"]),
    ]


def test_romance_bodies_small_words_in_capitals_trades_and_forms_written_with_stops():
    texts = [
        "It borrowed from Bankers Trust Co and Cassa Di Risparmio Di Torino.",
        "La Caisse Centrale Desjardins Du Quebec is issuing a bond.",
        "It formed a joint venture called Screen Gems Classicolor with Coca-Cola Co.",
        "The project will help Magyar Posta meet its goals.",
        "It owns Shasta Beverages.",
        "It sold them to Victoria Exploration N.L. of Perth.",
        "Vice-Premier Yao Yilin said so.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Bankers Trust Co", "Cassa Di Risparmio Di Torino"]),
        ([], ["La Caisse Centrale Desjardins Du Quebec"]),
        ([], ["Screen Gems Classicolor", "Coca-Cola"]),
        ([], ["Magyar Posta"]),
        ([], ["Shasta Beverages"]),
        ([], ["Victoria Exploration N.L."]),
        (["Yao Yilin"], []),
    ]


def test_outlets_after_their_noun_a_state_s_people_and_party_and_an_analyst_for_a_firm():
    texts = [
        "Camdessus said so, reported the official Ivorian daily Fraternite Matin.",
        "Le Matin, the French-language tabloid launched here in February, said it is closing.",
        "The seat is open since the death of Nebraskan Democratic Sen. Edward Zorinsky.",
        "The market is weak, said Gary Smaby, analyst for Piper Jaffray.",
        "The U.S. Geological Survey said it detected a quake.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Fraternite Matin"]),
        ([], ["Le Matin"]),
        (["Edward Zorinsky"], []),
        (["Gary Smaby"], ["Piper Jaffray"]),
        ([], ["United States Geological Survey"]),
    ]


def test_a_legal_form_in_lower_case_before_another_and_trades_and_heads_of_firms_abroad():
    texts = [
        "Thompson Medical co Inc said it received shares.",
        "Circle K Corp said its chairman will buy shares.",
        "It bought the business from Riegel Textile in 1985.",
        "Agip Petroli, a subsidiary of state energy concern Ente Nazionali Idrocarburi, said so.",
        "It set up a subsidiary in Finland, Midland Montagu Osakepankki.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Thompson Medical"]),
        ([], ["Circle K Corp"]),
        ([], ["Riegel Textile"]),
        ([], ["Agip Petroli", "Ente Nazionali Idrocarburi"]),
        ([], ["Midland Montagu Osakepankki"]),
    ]


def test_dotted_initials_before_a_firm_s_form_a_surname_that_speaks_and_a_family():
    texts = [
        "It will distribute shares of its F.A. Computer Technologies Inc subsidiary.",
        "John Ashmun, chairman of Wainoco, said so. Ashmun said the company will use its cash.",
        "Coniston Partners and the Pritzker family of Chicago were buying the stock.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["F.A. Computer Technologies Inc"]),
        (["John Ashmun"], ["Wainoco"]),
        (["Pritzker"], ["Coniston Partners"]),
    ]


def test_a_role_of_two_words_after_a_body_a_bank_s_compound_and_a_form_after_a_comma():
    texts = [
        "Noting Fed Vice Chairman Johnson's remarks, economists said so.",
        "Loans rose in the quarter, First Republicbank said.",
        "The railway, the state-owned Ferrovia Paulista, S.A., will be rehabilitated.",
        "Senior Citibank executive William Rhodes said he was pleased.",
        "New Nebraska Republican Senator David Karnes said he supports it.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        (["Johnson"], ["Federal Reserve"], []),
        ([], ["First Republicbank"], []),
        ([], ["Ferrovia Paulista"], []),
        (["William Rhodes"], ["Citibank"], []),
        (["David Karnes"], [], ["Nebraska"]),
    ]


def test_a_capital_that_speaks_stands_for_its_country_not_a_body():
    texts = ["Turkey accused Greece of breaching the accord. Athens says it considers the accord inactive."]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [([], ["Turkey", "Greece", "Athens"])]


def test_a_letter_s_greeting_a_hyphen_before_a_space_and_a_day_s_possessive_in_capitals():
    texts = [
        'Walter Hewlett sniped at her, and she penned a series of "Dear Walter" letters.',
        "If elected POTUS- I will create borders, he tweeted.",
        "MONDAY’S ‘OUTLIERS’ - Links to the best of news.",
        "Present were Julie Rosenthal, Sarah Stoddar- Stoddart and Jonathan Bell.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Walter Hewlett"], []),
        ([], []),
        ([], ["OUTLIERS"]),
        (["Julie Rosenthal", "Sarah Stoddar- Stoddart", "Jonathan Bell"], []),
    ]


def test_a_firm_named_first_of_its_state():
    facts = each_alone(["The adviser was First of Michigan Corp., Detroit."])
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["First of Michigan Corp"], ["Michigan", "Detroit"])
    ]


def test_a_legislator_s_party_and_state_and_a_firm_named_by_a_letter():
    texts = [
        "Sen. Chuck Grassley, R-Iowa, wrote to the FBI.",
        "Sen. Elizabeth Warren (D-Mass.) had been talking with them.",
        "Elon Musk said X Corp would sue.",
        "He listed investments in V F Corp. and Thermo Fisher Scientific.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        (["Chuck Grassley"], ["FBI"], ["Iowa"]),
        (["Elizabeth Warren"], [], ["Massachusetts"]),
        (["Elon Musk"], ["X Corp"], []),
        ([], ["V F Corp", "Thermo Fisher Scientific"], []),
    ]


def test_a_town_a_side_plays_or_scores_against_is_a_side():
    texts = [
        "Leinster's Johnny Sexton kicked four penalties against Munster at the Aviva Stadium.",
        "Protesters marched against Beijing's rule.",
        "He played against Brazil in 1994.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Leinster", "Munster"], ["Aviva Stadium"]),
        ([], ["Beijing"]),
        ([], ["Brazil"]),
    ]


def test_a_club_before_its_player_and_a_result_at_a_town():
    texts = [
        "Dallas Mavericks guard Luka Doncic scored 40 points.",
        "Austin Powers star Mike Myers said so.",
        "Sunderland moved up after a 2-0 win at Preston.",
        "Gallas was hurt in the 1-0 defeat at St James' Park.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        (["Luka Doncic"], ["Dallas Mavericks"], ["Dallas"]),
        (["Mike Myers"], [], []),
        ([], ["Preston"], ["Sunderland"]),
        ([], [], ["St James' Park"]),
    ]


def test_authors_before_a_bracketed_year_and_a_shop_two_first_names_own():
    texts = [
        "As Marsden & Mackey (2014) argue, it holds.",
        "Unilever-owned Ben & Jerry's said its board would sue.",
        "Bonnie & Clyde ran.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Marsden", "Mackey"], []),
        ([], ["Unilever", "Ben & Jerry"]),
        ([], []),
    ]


def test_an_officer_by_rank_and_collar_number_and_a_judge_s_letters_after_a_surname():
    texts = [
        "DC 1234 Brown attended the address in Rochdale.",
        "PC World sold 1234 units.",
        "HHJ Jones QC sentenced the defendant at Leeds Crown Court.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Brown"], []),
        ([], []),
        (["Jones"], ["Leeds Crown Court"]),
    ]


def test_a_plural_someone_plays_for_or_is_drafted_by_is_a_side():
    texts = [
        "My sister plays for the Buckeyes.",
        "He was drafted by the Bears in 2010.",
        "The Smiths are my neighbours.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [["Buckeyes"], ["Bears"], []]


def test_a_paper_a_people_s_word_names_after_told_and_a_side_by_its_innings():
    texts = [
        "He told The Hindu that the case was closed.",
        "According to The Australian, the deal is off.",
        "The Dutch said they would vote.",
        "Glamorgan were 230 for six at the close.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [["Hindu"], ["Australian"], [], ["Glamorgan"]]


def test_a_paper_a_people_s_word_names_spreads_only_with_its_the():
    paragraphs = [
        "Australian airline Qantas could transfer 7,000 jobs.",
        "Its chief executive was quoted by The Australian newspaper as saying so.",
        "It made a record Australian dollars 648m profit.",
        "The Australian said later that Qantas had denied it.",
    ]
    facts = enrich_sources([(paragraphs, ["body"] * 4, "2005-01-01")])[0]
    assert [f["organisations"] for f in facts] == [["Qantas"], ["Australian"], [], ["Qantas", "Australian"]]


def test_near_opens_no_name_and_puts_what_follows_somewhere():
    texts = [
        "Near Mosul, seven strikes engaged four units.",
        "Near Palmyra, one strike destroyed two caches.",
        "Reports of fighting in Wadi Barada are a matter of concern.",
        "Wadi Haddad said he would return.",
        "The attack took place in Urem al-Kubra, northern Syria.",
        "Near Tal Afar, three strikes destroyed a building.",
        "One strike hit near Al Shadaddi.",
        "He lives near Al Gore's house.",
        "He was wounded in the vicinity of Ayn Issa.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [
        ([], ["Mosul"]),
        ([], ["Palmyra"]),
        ([], ["Wadi Barada"]),
        (["Wadi Haddad"], []),
        ([], ["Urem al-Kubra", "Syria"]),
        ([], ["Tal Afar"]),
        ([], ["Al Shadaddi"]),
        (["Al Gore"], []),
        ([], ["Ayn Issa"]),
    ]


def test_two_office_holders_joined_by_and_stay_two_people():
    texts = [
        "Secretary of State John Kerry and Defense Secretary Ash Carter met.",
        "U.S. Secretary of State Kerry and U.S. Secretary of Defense Carter will host ministers.",
        "Mayor of London Sadiq Khan said it was wrong.",
    ]
    facts = each_alone(texts)
    assert [f["people"] for f in facts] == [["John Kerry", "Ash Carter"], ["Kerry", "Carter"], ["Sadiq Khan"]]
    assert facts[1]["places"] == ["United States"]


def test_a_thing_s_initials_a_head_after_its_number_and_a_tribe_name_no_body():
    texts = [
        "One strike destroyed a VBIED and an ISIL tactical vehicle.",
        "Soldiers from 3rd Battalion arrived in the U.S. 5th Fleet area.",
        "We begin the work of the 117th Congress.",
        "ISIL has killed 70 members of the Al bu Nimr tribe.",
        "Ninety-Four Citizen Airmen departed for Turkey.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Islamic State"]),
        ([], []),
        ([], ["Congress"]),
        ([], ["Islamic State"]),
        ([], []),
    ]
    assert facts[1]["places"] == ["United States"]


def test_a_club_of_doers_a_press_secretary_s_body_and_examples_of_cities():
    texts = [
        "He was a lifelong Pittsburgh Steelers fan.",
        "Pentagon Press Secretary Peter Cook told reporters.",
        "Historic cities such as Aleppo have been reduced to rubble.",
        "Tom Waters said it was over.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], ["Pittsburgh Steelers"], ["Pittsburgh"]),
        (["Peter Cook"], ["Pentagon"], []),
        ([], [], ["Aleppo"]),
        (["Tom Waters"], [], []),
    ]


def test_islamic_state_by_its_other_names():
    texts = [
        "The use of chemical weapons by Daesh shows their disregard.",
        "Islamic State of Iraq and the Levant fighters fled.",
        "The group, also known as ISIS, ISIL and Da'esh, retreated.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [["Islamic State"]] * 3


def test_a_name_in_another_tongue_is_of_the_kind_of_the_name_it_glosses():
    texts = [
        "The Hamrin Mountains (Arabic: Jabal Hamrin, Kurdish: Ciyaye Hemrin) are a ridge in Iraq.",
        "The Book of Revelation (Kiteba Cilwe in Kurdish; also transliterated as Kitab Al Jilwah) is old.",
        "Gerry Adams (Irish: Gearóid Mac Ádhaimh) said it was over.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [
        ([], ["Hamrin Mountains", "Jabal Hamrin", "Ciyaye Hemrin", "Iraq"]),
        ([], []),
        (["Gerry Adams", "Gearóid Mac Ádhaimh"], []),
    ]


def test_a_ship_and_its_hull_number_name_no_one():
    texts = [
        "The aircraft carrier HMS Queen Elizabeth sailed from Portsmouth.",
        "Forbin is joining USS Hopper (DDG 70) in the Gulf.",
        "The USS Cole was attacked in Aden.",
        "The suit was filed by USS Chemicals Inc.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], [], ["Portsmouth"]),
        ([], [], ["Gulf"]),
        ([], [], ["Aden"]),
        ([], ["USS Chemicals Inc"], []),
    ]


def test_a_football_club_by_its_initials_and_a_champion_club():
    texts = [
        "Chelsea FC said the player had left.",
        "He went on to play 26 games for Lausanne before leaving for FC Basel.",
        "He plays in the Swiss Super League for FC Basel.",
        "He was drafted by the NFL Champion Baltimore Colts.",
        "The Senate Budget Committee Chairman Lawton Chiles agreed.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Chelsea FC"]),
        ([], ["Lausanne", "FC Basel"]),
        ([], ["Swiss Super League", "FC Basel"]),
        ([], ["National Football League", "Baltimore Colts"]),
        (["Lawton Chiles"], ["Senate Budget Committee"]),
    ]


def test_a_word_short_for_a_body_opens_no_other_name():
    texts = [
        "Express Nakhonphink is a train.",
        "Express Newspapers said it would appeal.",
        "It grew, according to Google Analytics.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [[], ["Daily Express"], ["Google"]]


def test_an_address_a_town_in_its_state_and_a_country_in_a_citation_are_places():
    texts = [
        "The operation moved to 340 Hay Street just after the purchase.",
        "In 1998 John Street said he would stand.",
        "The regiment marched from Sandy Hook, Maryland to Antietam.",
        "The letter from John Smith, Texas governor, was read.",
        "Speed (Salt Publishing, Cambridge, UK, 2008) sold well.",
        "After the surrender at Appomattox Courthouse, it was ordered south.",
        "He worked for a priest in Vigan, Ilocos Sur.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [
        ([], ["Hay Street"]),
        (["John Street"], []),
        ([], ["Sandy Hook Maryland", "Maryland"]),
        (["John Smith"], ["Texas"]),
        ([], ["Cambridge", "United Kingdom"]),
        ([], ["Appomattox Courthouse"]),
        ([], ["Vigan", "Ilocos Sur"]),
    ]


def test_a_name_a_sentence_says_is_a_village_is_a_place_and_a_study_is_no_place():
    texts = [
        "Boultham is a village in Lincolnshire, England.",
        "Brensbach is a municipality in Hesse, Germany.",
        "John Smith is a village elder.",
        "The neighbouring village of Mece is the centre of farms.",
        "He was especially interested in Coleoptera and fossil insects.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [
        ([], ["Boultham", "Lincolnshire", "England"]),
        ([], ["Brensbach", "Hesse", "Germany"]),
        (["John Smith"], []),
        ([], ["Mece"]),
        ([], []),
    ]


def test_a_name_a_figure_opens_is_a_body_but_a_unit_or_a_time_is_none():
    texts = [
        "Investigators traced the money to 1MDB, the state fund.",
        "Melbourne's talk station 3AW was sold.",
        "He bought a 4WD with 2GB of memory at 3PM.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["1MDB"], []),
        (["3AW"], ["Melbourne"]),
        ([], []),
    ]


def test_doctor_and_mister_written_out_are_honorifics():
    texts = [
        "Doctor Duvall said it was safe.",
        "It's Mister Spock, the captain said.",
        "Doctor Who returns to BBC One.",
    ]
    facts = each_alone(texts)
    assert [f["people"] for f in facts] == [["Duvall"], ["Spock"], []]


def test_a_name_a_report_gives_a_victim_is_someone():
    texts = [
        "Sarah (not her real name) said she was ignored.",
        "Amy* was taken to a flat above a takeaway.",
        "Jade (name changed) was 13 when it began.",
    ]
    facts = each_alone(texts)
    assert [f["people"] for f in facts] == [["Sarah"], ["Amy"], ["Jade"]]


def test_who_gives_figures_or_data_is_a_body_but_not_one_who_figures_in_a_story():
    texts = [
        "Eurostat figures showed a rise in March.",
        "Kantar data showed sales fell.",
        "Farage figures prominently in the report.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Eurostat"]),
        ([], ["Kantar"]),
        (["Farage"], []),
    ]


def test_a_city_goes_by_its_name_before_its_patron():
    texts = ["They fled to Acapulco after the raid.", "Rio Ferdinand said it was over."]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [([], ["Acapulco"]), (["Rio Ferdinand"], [])]


def test_a_force_s_rank_by_its_initials_keeps_the_force():
    texts = [
        "Punjab Police IG Usman Anwar said the men were held.",
        "Lahore Police SSP Ali Raza told reporters.",
        "IG Metall said the strike would go ahead.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Usman Anwar"], ["Punjab Police"]),
        (["Ali Raza"], ["Lahore Police"]),
        ([], []),
    ]


def test_hansard_s_seat_and_party_tags_after_a_member():
    texts = [
        "Jess Phillips (Birmingham, Yardley) (Lab): Will the Minister meet the survivors?",
        "Liz Saville Roberts (Dwyfor Meirionnydd) (PC): I agree.",
        "Sir Edward Leigh (Gainsborough) (Con): Indeed.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        (["Jess Phillips"], ["Labour Party"], ["Birmingham", "Yardley"]),
        (["Liz Saville Roberts"], [], ["Dwyfor Meirionnydd"]),
        (["Edward Leigh"], ["Conservative Party"], ["Gainsborough"]),
    ]


def test_a_head_that_bids_opening_a_sentence_names_no_body():
    texts = [
        "Press the button twice to stop it.",
        "Post the letter before noon.",
        "In a communique issued at the U.S. Treasury that ended last night, they agreed.",
        "Parliament voted on Monday.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [[], [], ["Treasury"], ["Parliament"]]


def test_a_middle_initial_between_names_no_list_knows_before_a_son_s_suffix():
    texts = ["U.S. District Judge Rossie D. Alston Jr. imposed the sentence."]
    facts = each_alone(texts)
    assert [f["people"] for f in facts] == [["Rossie D. Alston Jr"]]


def test_an_office_s_title_passes_over_a_style_to_its_holder_but_not_over_and():
    paragraphs = [
        "The Mayor of London Sir Sadiq Khan and the Metropolitan Police have claimed to have no reports.",
        "But in the reports, which the Mayor of London responded to, we found details of six victims.",
    ]
    facts = enrich_sources([(paragraphs, ["body"] * 2, "2025-10-01")])[0]
    assert [f["speakers"] for f in facts] == [["Sadiq Khan", "Metropolitan Police"], ["Sadiq Khan"]]
    assert [m.titles for m in find_mentions(paragraphs[0]) if m.text == "Sadiq Khan"] == [["mayor"]]
    kerry = "U.S. Secretary of State Kerry and U.S. Secretary of Defense Carter will host ministers."
    assert [(m.text, m.titles) for m in find_mentions(kerry) if m.kind == PERSON] == [
        ("Kerry", ["secretary"]),
        ("Carter", ["secretary"]),
    ]


def test_a_kalenjin_particle_and_an_initial_after_a_small_word_stay_in_a_name():
    texts = [
        "They jeered President Daniel arap Moi, Kenya's ruler for 20 years.",
        "The agency spied on him under J. Edgar Hoover.",
        '"A man came out," recalled C. Matthew Gilmour, 88.',
        "Both are rated A by S and P. Salomon Brothers Inc co-managed the deal.",
        "She took vitamin C. Michael Jordan said nothing.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Daniel arap Moi"], []),
        (["J. Edgar Hoover"], []),
        (["C. Matthew Gilmour"], []),
        ([], ["Salomon Brothers"]),
        (["Michael Jordan"], []),
    ]


def test_a_pope_s_numeral_stays_and_a_body_named_for_someone_in_full_is_whole():
    paragraphs = [
        "Pope John Paul II has devoted his papacy to the task.",
        "Since then, John Paul has presided over several milestones.",
        "She teaches at the Robert Wood Johnson Medical School in New Jersey.",
    ]
    facts = enrich_sources([(paragraphs, ["body"] * 3, "1998-03-14")])[0]
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["John Paul II"], []),
        (["John Paul II"], []),
        ([], ["Robert Wood Johnson Medical School"]),
    ]


def test_weather_a_resort_and_places_by_where_one_goes_or_their_other_name():
    paragraphs = [
        "Just as El Nino and warm weather swelled hiring in the winter, the cold cut it.",
        "There are resorts like Impiana, Holiday Villa Cherating and the new Swiss Garden.",
        "Our three-day getaway in Cherating ended with a cruise.",
        "City folks need not travel to Rantau Abang to see turtles hatch.",
        "He became a foreman in the Soviet city of Gorky, now known as Nizhny Novgorod.",
        "A man was hurt outside the bus station in the small northern Israeli town of Afula.",
        "HEERENVEEN, Netherlands (AP) _ Gunda Niemann smashed the world record.",
    ]
    facts = enrich_sources([(paragraphs, ["body"] * 7, "1998-03-14")])[0]
    assert [f["people"] for f in facts] == [[], [], [], [], [], [], ["Gunda Niemann"]]
    assert [f["places"] for f in facts[2:]] == [
        ["Cherating"],
        ["Rantau Abang"],
        ["Gorky", "Nizhny Novgorod"],
        ["Afula"],
        ["Heerenveen", "Netherlands"],
    ]
    assert facts[6]["organisations"] == ["Associated Press"]


def test_a_firm_by_its_address_a_paper_s_head_as_a_surname_and_a_son_s_numeral():
    texts = [
        "Goto.com, a spinoff of Idealab, says it will focus on searching.",
        "Savage created a website SpreadingSantorum.com to spread the term.",
        "David Post, co-founder of the institute, disagreed.",
        "The Jerusalem Post reported the deal.",
        "Judge Pasco Bowman II was a member of all three panels.",
        "It was World War II that ended it.",
        "America Online sued the distributors.",
        "He quotes the King James Version of the psalm.",
        "The house at 601 Riverview Dr. was designed by Wright.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Goto.com", "Idealab"]),
        ([], []),
        (["David Post"], []),
        ([], ["Jerusalem Post"]),
        (["Pasco Bowman II"], []),
        ([], []),
        ([], ["America Online"]),
        ([], []),
        ([], []),
    ]
    assert facts[-1]["places"] == ["Riverview Dr"]


def test_a_court_of_appeals_by_its_number_a_campus_by_its_town_and_a_surname_alone():
    paragraphs = [
        "The 6th Circuit Court of Appeals on Tuesday overturned a lower court ruling.",
        "Circuit Court Judge David McKeague wrote for the majority.",
        "Experts said the 8th Circuit judges had built a record; he won the 2nd Circuit race.",
        "The money goes to the State University at Buffalo, N.Y., for research.",
        "David Post, co-founder of the Cyberspace Law Institute, is at the center of the debate.",
        '"There is a division," Post said.',
    ]
    facts = enrich_sources([(paragraphs, ["body"] * 6, "2016-08-25")])[0]
    assert [f["organisations"] for f in facts] == [
        ["6th Circuit Court of Appeals"],
        ["6th Circuit Court of Appeals"],
        ["8th Circuit"],
        ["State University at Buffalo"],
        ["Cyberspace Law Institute"],
        [],
    ]
    assert facts[5]["people"] == ["David Post"]


def test_a_regime_s_country_a_party_letter_before_a_city_and_a_who_after_a_surname():
    paragraphs = [
        "The suit says the bank took gold from Nazi Germany during the war.",
        '"We fared better," said Rep. Jerrold Nadler, D-New York City.',
        "The remark compared Muluzi with the late dictator Kamuzu Banda.",
        "The teacher told the court that Banda, who died last year, was a small man.",
    ]
    facts = enrich_sources([(paragraphs, ["body"] * 4, "1998-03-14")])[0]
    assert [(f["people"], f["places"]) for f in facts] == [
        ([], ["Germany"]),
        (["Jerrold Nadler"], ["New York City"]),
        (["Kamuzu Banda"], []),
        (["Kamuzu Banda"], []),
    ]


def test_a_school_after_study_is_a_body_but_a_town_whose_noun_or_someone_is_not():
    texts = [
        "She studied violin at Juilliard before she toured.",
        "After graduating he attended Camp Wycliffe, where translation was taught.",
        "Daniel studied medicine at Basel and Heidelberg.",
        "He attended Geneva talks on the war.",
        "She graduated from Yale in 1990.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Juilliard"], []),
        (["Camp Wycliffe"], []),
        ([], ["Basel", "Heidelberg"]),
        ([], ["Geneva"]),
        (["Yale University"], []),
    ]
    paragraphs = ["Donald Trump spoke.", "The Clintons attended Trump's third wedding in 2005."]
    facts = enrich_sources([(paragraphs, ["body"] * 2, "2016-02-26")])[0]
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Donald Trump"], []),
        (["Donald Trump"], []),
    ]


def test_a_second_romance_head_opens_a_second_name_in_an_affiliation():
    texts = [
        "Departamento de Informática, Universidad de Oviedo Campus de Gijón, Spain",
        "Facultad de Ciencias Universidad de Granada",
        "Ana Ruiz Laboratorio de Bases de Datos Campus de Elviña, A Coruña",
        "Banco Santander Central Hispano said profits rose.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [
        ["Departamento de Informática", "Universidad de Oviedo"],
        ["Facultad de Ciencias", "Universidad de Granada"],
        ["Laboratorio de Bases de Datos"],
        ["Banco Santander Central Hispano"],
    ]


def test_a_numbered_congress_is_a_meeting_and_a_kind_of_body_after_a_is_no_name():
    texts = [
        "He chaired the Fourth International Congress of Linguists in Copenhagen.",
        "The International Congress of Women said it would meet again.",
        "We are run as a Hybrid Organization - a for-profit company.",
        "The Government agreed to the formation of a National Water Council.",
        "A Federal Communications Commission (FCC) board recommended the rise.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [
        [],
        ["International Congress of Women"],
        [],
        ["National Water Council"],
        ["Federal Communications Commission"],
    ]


def test_a_head_left_alone_by_a_cut_ordinal_names_nothing():
    texts = [
        "Colbert said of his time at Second City that they avoided politics.",
        "City beat United 2-1 on Saturday.",
        "They attended the Second Vatican Council.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [[], ["City", "United"], ["Second Vatican Council"]]


def test_a_korean_given_name_of_two_hyphened_syllables_before_the_surname():
    texts = [
        "Young-jae Kim and Ji-yeon Park founded the company.",
        "Moon Jae-in met Kim Jong-un.",
        "Post-war Britain was poor, and a Rotherham-style scandal followed.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [
        (["Young-jae Kim", "Ji-yeon Park"], []),
        (["Moon Jae-in", "Kim Jong-un"], []),
        # "Post-war" opens no one's name; it describes the country after it.
        ([], ["United Kingdom"]),
    ]


def test_an_initial_and_a_surname_after_a_title_or_a_small_word_name_someone():
    texts = [
        "State chief minister M. Karunanidhi has publicly welcomed the refugees.",
        "Association secretary N.J. Bose said the strike would continue.",
        "The party was later led by M. Karunanidhi.",
        "Telangana chief minister K. Chandrashekar Rao said so.",
        "He had taken vitamin C. Doctors said it helped.",
        "The plant is in Trenton, N.J. and it closed.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [
        (["M. Karunanidhi"], []),
        (["N.J. Bose"], []),
        (["M. Karunanidhi"], []),
        (["K. Chandrashekar Rao"], ["Telangana"]),
        ([], []),
        ([], ["Trenton New Jersey", "New Jersey"]),
    ]


def test_ranks_and_nations_that_are_words_or_names_too_stay_out_of_a_full_name():
    texts = [
        "The commander, Major Fallah Sewa, said on Wednesday.",
        "Major League Baseball said it would appeal.",
        "Private Lee Rigby was killed in 2013.",
        "He was visited by Monsignor Caesar Mazzolari.",
        "Makinen stopped fellow Finn Juha Kankkunen in his tracks.",
        "Finn Russell kicked the winning penalty.",
        "UK PM Rishi Sunak said so.",
        "Deputy Secretary of State Talbott flew to Ottawa.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Fallah Sewa"], []),
        ([], ["Major League Baseball"]),
        (["Lee Rigby"], []),
        (["Caesar Mazzolari"], []),
        (["Juha Kankkunen"], []),
        (["Finn Russell"], []),
        (["Rishi Sunak"], []),
        (["Talbott"], []),
    ]


def test_a_given_name_no_list_holds_and_one_written_without_its_accent():
    texts = [
        "His wife, Jetsi Hendrika Coers, was seized.",
        "Unseeded Patrick Rafter recorded the best result.",
        "He backed fellow Kentuckian Rand Paul on Monday.",
        "He met French Foreign Minister Herve de Charette in Algiers.",
        "Pelosi Floor Speech in Support of the Act",
    ]
    facts = each_alone(texts)
    assert [f["people"] for f in facts] == [
        ["Jetsi Hendrika Coers"],
        ["Patrick Rafter"],
        ["Rand Paul"],
        ["Herve de Charette"],
        ["Pelosi"],
    ]


def test_bodies_a_number_partners_a_field_or_trade_name_and_places_for_opens():
    texts = [
        "In a statement, the Four Nations TV Committee said dates had been set.",
        "The study was done at the Institute for Human Gene Therapy.",
        "Kleiner Perkins Caufield & Byers said so, and a fund managed by Kleiner Perkins grew.",
        "There were no injuries, Television New Zealand said.",
        "Shares in Mentmore Abbey edged two pence higher.",
        "He visited Mentmore Abbey on Sunday.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Four Nations TV Committee"], []),
        (["Institute for Human Gene Therapy"], []),
        (["Kleiner Perkins Caufield & Byers"], []),
        (["Television New Zealand"], ["New Zealand"]),
        (["Mentmore Abbey"], []),
        ([], ["Mentmore Abbey"]),
    ]


def test_places_by_a_settlement_a_royal_town_a_sound_and_for_between_two():
    texts = [
        "Israel will expand the Jewish settlement of Kiryat Sefer.",
        "His journey started in Prince Rupert, British Columbia, last week.",
        "The boxcar was opened at Whittier, a port in western Prince William Sound.",
        "Rolf Ekeus left Bahrain for Baghdad on Monday.",
        "The squad will travel to Vaduz for Saturday's match.",
        "The Minister for Europe said so.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["places"]) for f in facts] == [
        ([], ["Israel", "Kiryat Sefer"]),
        ([], ["Prince Rupert British Columbia", "British Columbia"]),
        ([], ["Whittier", "Prince William Sound"]),
        (["Rolf Ekeus"], ["Bahrain", "Baghdad"]),
        ([], ["Vaduz"]),
        ([], ["Europe"]),
    ]


def test_a_firm_by_initials_and_a_name_and_by_its_possessive_alone():
    texts = [
        "Traders said investment banks Merrill Lynch and SBC Warburg fueled the gains.",
        "DCI Smith said so.",
        "Collective farms have no money for fertiliser.",
        "Rebel fighters said a ceasefire was observed, and Wagner mercenaries left.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [["Merrill Lynch", "SBC Warburg"], [], [], ["Wagner"]]
    texts = ["Investors in Lloyd's of London may appeal.", "Lloyd's plans to reinsure its liabilities."]
    facts = enrich(texts, ["body", "body"], None)
    assert [(f["people"], f["organisations"]) for f in facts] == [([], ["Lloyd's of London"])] * 2
    texts = ["Lloyd's Bank said so.", "Lloyd's wife Mary said so."]
    facts = enrich(texts, ["body", "body"], None)
    assert [f["organisations"] for f in facts] == [["Lloyd's Bank"], []]


def test_a_club_by_its_initials_and_town_and_by_what_only_a_side_is():
    texts = [
        "Ajax opened their title defence with a 1-0 win over NAC Breda on Wednesday.",
        "He moved to NY Brooklyn, and the CSS Florida sailed.",
        "Raith then crashed 3-0 at home to Motherwell on Saturday.",
        "Jongsma scored a consolation goal for Volendam five minutes from time.",
        "Gooch will play another season, his club Essex announced.",
        "Jorge called up six players from league champions Porto.",
        "Dalglish spoke of leaving Blackburn, the club he led to the title.",
        "He moved to London, the city he loved.",
        "World champions Germany lost.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [
        ["Ajax", "NAC Breda"],
        [],
        ["Motherwell"],
        ["Volendam"],
        ["Essex"],
        ["Porto"],
        ["Blackburn"],
        [],
        [],
    ]
    texts = ["Rodney Eyles beat Jansher Khan in 1993.", "Eyles, who defeated Jansher in the semifinals, won."]
    facts = enrich(texts, ["body", "body"], None)
    assert [(f["people"], f["organisations"]) for f in facts] == [(["Rodney Eyles", "Jansher Khan"], [])] * 2


def test_a_held_territory_and_a_kind_of_place_after_hyphened_words_or_a_possessive():
    texts = [
        "Kabariti flew by helicopter to Palestinian-ruled Ramallah.",
        "They were ready to force their way back to Serb-held Doboj.",
        "Grenades were hurled in the army-controlled northern town of Vavuniya.",
        "The airliner crashed on Norway's remote island of Spitzbergen.",
        "He met Syrian-backed militias.",
    ]
    facts = each_alone(texts)
    assert [f["places"] for f in facts] == [
        ["Ramallah"],
        ["Doboj"],
        ["Vavuniya"],
        ["Norway", "Spitzbergen"],
        [],
    ]


def test_a_side_that_wins_on_aggregate_is_a_club_though_a_given_name_opens_it():
    texts = [
        "In Bistrita: Gloria Bistrita (Romania) 2 Valletta (Malta) 1",
        "Gloria Bistrita win 4-2 on aggregate.",
    ]
    facts = enrich(texts, ["body", "body"], None)
    assert [(f["people"], f["organisations"]) for f in facts] == [([], ["Gloria Bistrita"])] * 2
    facts = enrich(["Gloria Estefan won a Grammy."], ["body"], None)
    assert facts[0]["people"] == ["Gloria Estefan"]


def test_a_place_s_people_and_a_participle_after_a_possessive_name_no_body():
    texts = [
        "Sierra Leonean rebels killed 31 villagers.",
        "Shining Path guerrillas attacked a post.",
        "Louis Viannet, leader of France's Communist-led CGT union, criticised the plans.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], []),
        ([], ["Shining Path"]),
        (["Louis Viannet"], ["CGT"]),
    ]


def test_a_row_of_figures_ending_a_paragraph_makes_no_amount_of_the_initials_after_it():
    paragraphs = [
        "Bank of New Zealand said on Thursday it was cutting its fixed home lending rates.",
        "Six month rate 10.5 pct 10.75",
        "BNZ said it was responding to lower wholesale rates.",
    ]
    facts = enrich(paragraphs, ["body"] * 3, None)
    assert [f["organisations"] for f in facts] == [["Bank of New Zealand"], [], ["Bank of New Zealand"]]


def test_a_form_s_field_labels_and_the_oil_trade_s_region_name_no_body():
    paragraphs = [
        "AMT: 1,200,000 DATE: 09/05/96 CUSIP: 072261",
        "ISSUER: Marion County Board of Education ST: WV",
        "F.A.: First of Michigan Corp., Detroit ST: MI",
        "NWE oil products were mixed on Monday, traders said.",
    ]
    facts = enrich(paragraphs, ["body"] * 4, None)
    assert [f["organisations"] for f in facts] == [
        [],
        ["Marion County Board of Education"],
        ["First of Michigan Corp"],
        [],
    ]


def test_a_known_body_after_a_nation_or_international_though_a_place_s_head_ends_it():
    texts = [
        "Officials of the Palestinian Red Crescent said two people died.",
        "The UAE would hand the three over to the International Red Crescent.",
        "Commonwealth foreign ministers will meet in London on Wednesday.",
        "He won gold at the Commonwealth Games.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Palestinian Red Crescent"], []),
        (["International Red Crescent"], ["United Arab Emirates"]),
        (["Commonwealth"], ["London"]),
        ([], []),
    ]


def test_a_surname_without_its_arabic_article_a_king_by_his_given_name_and_a_pole():
    facts = enrich(
        [
            "Jordanian Prime Minister Abdul-Karim al-Kabariti began talks in Ramallah.",
            "Kabariti flew by helicopter, and Syrian President Bashar al-Assad stayed home.",
            "Assad said nothing, his aide Hussein Khalaf said, after King Hussein spoke.",
            "Taibe, coached by Pole Wojtek Lazarek, met Betar.",
        ],
        ["body"] * 4,
        None,
    )
    assert [f["people"] for f in facts] == [
        ["Abdul-Karim al-Kabariti"],
        ["Abdul-Karim al-Kabariti", "Bashar al-Assad"],
        ["Bashar al-Assad", "Hussein Khalaf", "King Hussein"],
        ["Wojtek Lazarek"],
    ]


def test_a_place_then_a_country_the_golan_the_amazon_s_waters_and_where_residents_live():
    texts = [
        "Netanyahu vowed to retain the Golan Heights Israel captured from Syria.",
        "Talks have been deadlocked over the Golan since 1991.",
        "Hovercrafts will soon be plying the waters of the Amazon.",
        "Shares of Amazon fell.",
        "He took money from two residents of Sierakowice.",
        "Workers return at Toyota Australia's Melbourne line.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        ([], ["Golan Heights", "Israel", "Syria"]),
        ([], ["Golan Heights"]),
        ([], ["Amazon"]),
        (["Amazon"], []),
        ([], ["Sierakowice"]),
        (["Toyota Australia"], ["Australia", "Melbourne"]),
    ]


def test_a_cup_s_sides_by_their_country_and_goals_but_a_player_by_a_set_s_score():
    texts = [
        "In Bergen: Brann (Norway) 2 Shelbourne (Ireland) 1 (1-1)",
        "In Tirana: Flamurtari Vlore (Albania) 0 Chemlon Humenne",
        "Darryn Hill (Australia) beat Gary Neiwand (Australia) 2-0",
        "1. Greg Norman (Australia) 67",
        "Benetton (Italy) 92 Dinamo (Russia) 81 (halftime 50-28)",  # a basketball tournament's points
        "Els (South Africa) 68",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Brann", "Shelbourne"]),
        ([], ["Flamurtari Vlore", "Chemlon Humenne"]),
        (["Darryn Hill", "Gary Neiwand"], []),
        (["Greg Norman"], []),
        ([], ["Benetton", "Dinamo"]),
        ([], []),
    ]


def test_a_firm_by_its_share_price_s_move_but_no_market_statistic_or_place():
    texts = [
        "National Bank rose 12.71 taka to 228.7, Eastern Cables gained 20.37 to 677.98 and"
        " Apex Tannery lost 22.72 to 597.",
        "Among few losers Xerox fell 1/2 dlr to 77, and Stork ended just 0.20 up at 51.00 guilders.",
        "Stocks fell 3 points to 450. Taxes jumped 51.3 pct to 9 billion.",
        "The deficit with Western Europe rose 200 mln to 7.2 billion dlrs.",
        "Jones rose 3 places to 5th.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], sorted(f["organisations"]), f["places"]) for f in facts] == [
        ([], ["Apex Tannery", "Eastern Cables", "National Bank"], []),
        ([], ["Stork", "Xerox"], []),
        ([], [], []),
        ([], [], ["Western Europe"]),
        ([], [], []),
    ]


def test_a_firm_by_its_price_from_another_by_a_share_of_it_or_as_trading_ends():
    texts = [
        "Mosenergo closed at $0.958 after $0.966, Rostelekom fell to $2.56 from $2.58.",
        "Scor gained 2.1 percent to 202 francs, and those of Isbank gained 300 lira to 8,600.",
        "Net profit rose 12 percent to $200 million. Gold closed at $388.55 an ounce.",
    ]
    found = [sorted(f["organisations"]) for f in each_alone(texts)]
    assert found == [["Mosenergo", "Rostelekom"], ["Isbank", "Scor"], []]


def test_a_side_by_a_standings_row_whose_wins_draws_and_losses_add_up_of_any_words():
    facts = enrich(
        [
            "Sokol Tychy 5 Lech Poznan 3",
            "Aarau 1 Young Boys 0",
            "Standings (tabulate under played, won, drawn, lost, goals for, against, points):",
            "Lech Poznan 7 5 0 2 12 9 15",
            "Sokol Tychy 7 4 0 3 14 15 12",
            "Young Boys 9 1 0 8 6 19 3",
            "Italy 3 2 1 0 5 2 7",
            "1. Greg Norman 69 70 68 71 278",
        ],
        ["body"] * 8,
        None,
    )
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], ["Sokol Tychy", "Lech Poznan"], ["Poznan"]),
        ([], ["Aarau", "Young Boys"], []),
        ([], [], []),
        ([], ["Lech Poznan"], ["Poznan"]),
        ([], ["Sokol Tychy"], []),
        ([], ["Young Boys"], []),
        ([], [], ["Italy"]),
        (["Greg Norman"], [], []),
    ]


def test_four_names_opening_and_ending_with_given_names_are_one_man_s():
    texts = [
        "They said the body of Amer Hishem Ali Mohammed, 23, was found in Sliema.",
        "Gerhard Schroeder Angela Merkel",
    ]
    facts = each_alone(texts)
    assert [f["people"] for f in facts] == [
        ["Amer Hishem Ali Mohammed"],
        ["Gerhard Schroeder", "Angela Merkel"],
    ]


def test_a_firm_s_name_ending_in_the_legal_form_as_is_a_body_not_a_headline_s_word():
    texts = [
        "Norske Skogindustrier AS said on Thursday it would close a mill.",
        "OIL PRICES STEADY AS DOLLAR FALLS",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [["Norske Skogindustrier AS"], []]


def test_a_trade_capitalised_as_it_opens_a_sentence_names_the_firm_after_it_not_a_man():
    texts = [
        "Operator Statoil said the wells would reopen.",
        "Operator Den Norske Stats Oljeselskap AS said the wells would reopen.",
        "Shipper Maersk said on Monday it would add ships.",
        # A trade that names people too; a trade's word opening a body's name.
        "Publisher Robert Maxwell's company filed a lawsuit.",
        "It will file revisions with the public Utility Commission.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Statoil"]),
        ([], ["Den Norske Stats Oljeselskap AS"]),
        ([], ["Maersk"]),
        (["Robert Maxwell"], []),
        ([], ["Utility Commission"]),
    ]


def test_a_name_no_list_holds_before_a_firm_s_kind_is_a_body():
    texts = [
        "The Russians, working for the Aerostan firm in Tatarstan, were taken hostage.",
        "The Yedioth Ahronoth daily reported that the meeting was off.",
        "Interacciones brokerage on Monday raised its forecasts for growth.",
        "The Japanese firm said it would appeal.",
        # A people's word, a compound, a nation's own word, a slip, or a kind before the name.
        "The issue, announced by the Texan company on October 12, is priced at par.",
        "The English-language daily said bigger export earnings were needed.",
        "Deutsche group operating profits rose.",
        "Th company said the new version has all the features.",
        "It was bought by U.S. Autoparts firm Master-Cast Co.",
        "It was bought by U.S. Autoparts firm <Master-Cast Co>.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [
        ["Aerostan"],
        ["Yedioth Ahronoth"],
        ["Interacciones"],
        [],
        [],
        [],
        [],
        [],
        ["Master-Cast Co"],
        ["Master-Cast Co"],
    ]


def test_a_lone_name_no_list_holds_after_a_role_in_lower_case_is_a_person_not_a_side():
    texts = [
        "Chelsea striker Drogba scored twice on Saturday.",
        "He was overlooked by coach Zagalo for the tour.",
        "Defending champion Juventus won again.",
        # A wire's bank that manages an issue, its name going on past a comma.
        "It has par pricing, said lead manager Goldman, Sachs and Co.",
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        (["Drogba"], ["Chelsea"]),
        (["Zagalo"], []),
        ([], ["Juventus"]),
        ([], ["Goldman Sachs"]),
    ]


def test_somewhere_no_list_holds_put_in_a_region_by_its_side_is_a_place():
    texts = [
        "Cholera has killed 21 people in a week at Ubimini in oil-rich southern Nigeria.",
        "An analyst at Interacciones in Mexico City said the peso would fall.",
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        ([], ["Ubimini", "Nigeria"]),
        (["Interacciones"], ["Mexico City"]),
    ]


def test_a_list_of_fixtures_names_sides_of_any_words():
    facts = enrich(
        [
            "SOCCER - ENGLISH LEAGUE FIXTURES.",
            "English division two - Blackpool v Wycombe, Bournemouth v",
            "Millwall v Burnley, Shrewsbury v Brentford.",
        ],
        ["headline", "body", "body"],
        None,
    )
    assert [sorted(f["organisations"]) for f in facts[1:]] == [
        ["Blackpool", "Bournemouth", "Wycombe"],
        ["Brentford", "Burnley", "Millwall", "Shrewsbury"],
    ]
    assert [f["places"] for f in facts[1:]] == [[], []]


def test_a_name_no_list_holds_before_a_kind_of_land_or_water_is_a_place():
    facts = each_alone(["The bus fell into Kunar river from a narrow mountain road."])
    assert facts[0]["places"] == ["Kunar"]


def test_a_given_name_no_list_holds_and_a_surname_before_of_and_a_country_are_one_man_s():
    texts = [
        "The race was won by 1992 champion Linford Christie of Britain.",
        "Graf begins her defence against Yayuk Basuki of Indonesia.",
        "Catherine of Aragon was queen.",
    ]
    facts = each_alone(texts)
    assert [f["people"] for f in facts] == [["Linford Christie"], ["Yayuk Basuki"], ["Catherine of Aragon"]]


def test_a_surname_that_a_small_town_s_name_ends_is_no_people_of_the_town():
    facts = enrich(
        ["Seles may meet German Anke Huber in the quarter-finals.", "But Huber will be tested first."],
        ["body", "body"],
        None,
    )
    assert [f["people"] for f in facts] == [["Anke Huber"], ["Anke Huber"]]
    assert each_alone(["Londoners voted on Thursday."])[0]["places"] == []


def test_boilerplate_gives_no_facts_but_tells_the_cast_which_names_are_sides():
    texts = [
        "Bayer Leverkusen 0 Fortuna Duesseldorf 1",
        "Standings (tabulate under played, won, drawn, lost, goals for, against, points):",
        "Fortuna Duesseldorf 3 1 0 2 1 7 3",
    ]
    facts = enrich(texts, ["body", "boilerplate", "boilerplate"], None)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Bayer Leverkusen", "Fortuna Duesseldorf"]),
        ([], []),
        ([], []),
    ]


def test_like_and_a_cricket_opener_opening_a_sentence_are_no_part_of_a_name():
    texts = [
        "Like Prescott, Jack Berry had gone into the race.",
        "Opener Gooch's decision comes at the end of the season.",
    ]
    facts = each_alone(texts)
    assert [f["people"] for f in facts] == [["Jack Berry"], ["Gooch"]]


def test_each_name_of_a_list_after_its_kind_in_the_plural_is_a_body():
    texts = [
        "Shares in state construction companies Adhi Karya and Semen Gresik have jumped.",
        "There was no trade in the three other listed companies: Ciments Blancs, Eternit and Uniceramic.",
        # Not people by their full names, nor ships.
        "Seasoned film-makers Roger Michell, Mike Leigh and Pavel Pavlikowsky challenge.",
        "Jets flew off the aircraft carriers Vinson and Enterprise.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [
        ["Adhi Karya", "Semen Gresik"],
        ["Ciments Blancs", "Eternit", "Uniceramic"],
        [],
        [],
    ]
    assert facts[0]["people"] == facts[1]["people"] == []
    assert facts[2]["people"] == ["Roger Michell", "Mike Leigh", "Pavel Pavlikowsky"]


def test_a_list_set_off_by_a_comma_after_its_kind_in_the_plural_names_bodies_a_word_s_place_too():
    texts = [
        "Officials moved to propose sanctions against one of two Colombian airlines, Avianca and ACES.",
        "He added that unlisted German retailers Metro, Rewe and Lidl were still in discussions.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [["Avianca", "ACES"], ["Metro", "Rewe", "Lidl"]]
    assert [f["places"] for f in facts] == [[], []]
    # A country's name of the dictionary stays the country: "japan" is a lacquer too.
    texts = [
        "It includes the other leading engine makers, Rolls-Royce, Pratt & Whitney and Japan's Aero Engines."
    ]
    assert (each_alone(texts)[0]["organisations"], each_alone(texts)[0]["places"]) == (
        ["Rolls-Royce", "Pratt & Whitney"],
        ["Japan"],
    )


def test_a_body_the_source_names_is_one_after_its_owner_s_possessive():
    texts = [
        "Brokers said the firm Zorbo fell.",
        "The deal between Vodafone and Deutsche Telekom's Zorbo collapsed.",
    ]
    facts = enrich(texts, ["body", "body"], None)
    assert facts[1]["organisations"] == ["Vodafone", "Deutsche Telekom", "Zorbo"]


def test_they_after_a_list_of_bodies_is_them_all_it_none_and_a_comma_sets_a_description_off():
    texts = [
        "Tesco and Asda lost ground. They said sales fell.",
        "Tesco and Asda lost ground. It said sales fell.",
        "Standard Life, Europe's largest mutual life insurer, has cut bonuses. It said the cuts were needed.",
    ]
    facts = each_alone(texts)
    assert [f["speakers"] for f in facts] == [["Tesco", "Asda"], [], ["Standard Life"]]


def test_a_label_before_a_list_of_names_a_sum_or_another_label_is_no_speaker():
    texts = [
        "Squad: Michael Atherton (captain), Alec Stewart, Graham Thorpe, Nick Knight.",
        "RE: $70,375,000",
        "ISSUER: Marion County Board of Education ST: WV",
        "Police: 3 dead in shooting",
        "Greenpeace: Shell, BP and Exxon must pay.",
    ]
    facts = each_alone(texts)
    assert [f["speakers"] for f in facts] == [[], [], [], ["Police"], ["Greenpeace"]]


def test_a_country_before_an_event_s_or_a_measure_s_name_is_a_place_inside_it():
    texts = [
        "Paul McGrath was left out of the Ireland World Cup squad on Monday.",
        "The bank raised its Mexico GDP forecast on Monday.",
        "A US TV network is being sued.",
        # One word after the country could be a body's, or the event's whole name.
        "He won the U.S. Open.",
    ]
    facts = each_alone(texts)
    assert [f["places"] for f in facts] == [["Ireland"], ["Mexico"], ["United States"], []]


def test_a_list_of_scorers_and_their_clubs_broken_into_lines_names_the_clubs():
    texts = [
        "Leading scorers in the French first division:",
        "3 - Anto Drobnjak (Bastia), Xavier Gravelaine (Marseille).",
        "2 - Miladin Becanovic (Lille), Enzo Scifo (Monaco),",
        "Vladimir Smicer (Lens), Christopher Wreh (Guingamp).",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert [f["organisations"] for f in facts[1:]] == [
        ["Bastia", "Marseille"],
        ["Lille"],
        ["Lens", "Guingamp"],
    ]
    # A country in brackets is the player's nation, though Monaco's club shares its name.
    assert [f["places"] for f in facts[1:]] == [[], ["Monaco"], []]
    # Clubs named with their towns, and an item the line before broke.
    texts = [
        "Leading scorers in the Polish first division:",
        "4 - Jacek Dembinski (Widzew Lodz), Marcin Mieciel",
        "(Legia Warsaw), Ryszard Wieczorek (Odra Wodzislaw)",
        "Bartlomiej Jamroz (Hutnik Krakow), Tomasz Moskal (Slask Wroclaw).",
    ]
    facts = enrich(texts, ["body"] * 4, None)
    assert [f["organisations"] for f in facts[1:]] == [
        ["Widzew Lodz"],
        ["Legia Warsaw", "Odra Wodzislaw"],
        ["Hutnik Krakow", "Slask Wroclaw"],
    ]
    assert facts[2]["people"] == ["Ryszard Wieczorek"]


def test_a_name_before_the_minute_of_a_goal_is_its_scorer_s():
    texts = [
        "St Pauli 4 (Driller 15th, Trulsen 54th, Sobotzik 67th penalty)"
        " Schalke 4 (Thon 34th and Wilmots 72nd)",
        "Scorers: Lubarskij (50th minute), Valkucak (54th)",
        "Atletico Madrid - Esnaider (37th), Pantic (57th, penalty)",
        # A rank in a list of things, after an article or a noun, is nobody's goal.
        "The list includes the Nintendo GameBoy (25th), and the 1980s toy Tamagotchi (86th).",
    ]
    facts = each_alone(texts)
    assert [f["people"] for f in facts] == [
        ["Driller", "Trulsen", "Sobotzik", "Thon", "Wilmots"],
        ["Lubarskij", "Valkucak"],
        ["Esnaider", "Pantic"],
        [],
    ]
    assert facts[0]["organisations"] == ["St Pauli", "Schalke"]


def test_a_score_card_names_its_fielders_bowlers_and_golfers_by_their_surnames():
    texts = [
        "Aamir Sohail c Cork b Croft 46",
        "Bowling: Lewis 12-1-76-0, Salisbury 17-0-91-0",
        "Couples 73 68 72 72, Craig Stadler 73 72 67 73",
        # A league's standings: won, lost, then more; a side, no golfer.
        "BALTIMORE 70 63 .526 4",
    ]
    facts = each_alone(texts)
    assert [f["people"] for f in facts] == [
        ["Aamir Sohail", "Cork", "Croft"],
        ["Lewis", "Salisbury"],
        ["Couples", "Craig Stadler"],
        [],
    ]
    assert [f["places"] for f in facts[:3]] == [[], [], []]


def test_and_joins_two_trades_inside_one_body_s_name_not_two_bodies():
    texts = [
        "Kelley Oil and Gas Partners Ltd said it would sell its wells.",
        "The British Securities and Investments Board said it would act.",
        "Washington Utilities and Transportation Commission officials objected.",
        # A body whole before "and", a firm a word no dictionary holds names, an adjective
        # that opens firms' names, a place: two names each.
        "The Central Bank and Monetary Board met on Monday.",
        "Texas Air Corp's acquisition of Eastern Air Lines and People Express.",
        "The lead managers are Dominion Securities and Wood Gundy Inc.",
        "Kenner Toys and General Mills Inc are in talks.",
        "Trade between the United States and Soviet Union grew.",
        # A numeral ends a name; one name opening both halves makes two bodies.
        "Apple Computer Inc's new Macintosh II and Macintosh SE computers.",
        "Kline will serve on the boards of Liberty Financial and Liberty Savings.",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts[:3]] == [
        ["Kelley Oil and Gas Partners Ltd"],
        ["British Securities and Investments Board"],
        ["Washington Utilities and Transportation Commission"],
    ]
    assert facts[3]["organisations"] == ["Central Bank", "Monetary Board"]
    assert facts[4]["organisations"] == ["Texas Air Corp", "Eastern Air Lines", "People Express"]
    assert facts[5]["organisations"] == ["Dominion Securities", "Wood Gundy Inc"]
    assert facts[6]["organisations"] == ["Kenner Toys", "General Mills"]
    assert facts[7]["places"] == ["United States", "Soviet Union"]
    assert "Macintosh II and Macintosh SE" not in facts[8]["organisations"]
    assert facts[9]["organisations"] == ["Liberty Financial", "Liberty Savings"]


def test_a_full_name_whose_surname_is_a_word_then_of_and_a_country_is_someone_from_there():
    texts = [
        "Top-seeded Thomas Muster of Austria was beaten by Daniel Nestor of Canada.",
        "Mark Wood of England and Nick Price of Zimbabwe shared the lead.",
        # No country after "of": a saint's, a charter's name stays whole or is no one.
        "Joan of Arc was burnt at Rouen.",
    ]
    facts = each_alone(texts)
    assert facts[0]["people"] == ["Thomas Muster", "Daniel Nestor"]
    assert facts[0]["places"] == ["Austria", "Canada"]
    assert facts[1]["people"] == ["Mark Wood", "Nick Price"]
    assert facts[1]["places"] == ["England", "Zimbabwe"]
    assert facts[2]["places"] == ["Rouen"]


def test_a_name_ending_in_a_town_in_a_line_of_one_result_is_a_side():
    texts = [
        "Willem II Tilburg 0 Fortuna Sittard 1 (Hamming 65th).",
        "Sokol Tychy 5 Lech Poznan 3",
        # A frame's score after players: a familiar first name opens no club's name.
        "Mark Williams 9 John Higgins 7",
    ]
    facts = each_alone(texts)
    assert [f["organisations"] for f in facts] == [
        ["Willem II Tilburg", "Fortuna Sittard"],
        ["Sokol Tychy", "Lech Poznan"],
        [],
    ]
    assert [f["people"] for f in facts] == [["Hamming"], [], ["Mark Williams", "John Higgins"]]


def test_a_town_of_two_words_before_a_plural_verb_is_its_club():
    texts = [
        "St Helens have now set their sights on the treble.",
        # A country's name stays a place whatever it does; so does a place named by its head.
        "New Zealand were bowled out for 120.",
        "Reserves in France's Paris Basin were estimated at 67.5 mln barrels.",
    ]
    facts = each_alone(texts)
    assert facts[0]["organisations"] == ["St Helens"]
    assert facts[0]["places"] == []
    assert facts[1]["places"] == ["New Zealand"]
    assert facts[2]["places"] == ["France", "Paris Basin"]


def test_a_participle_that_describes_a_country_opening_a_sentence_is_no_part_of_its_name():
    texts = [
        "Landlocked Nepal depends on India for its fuel.",
        "War-torn Somalia has had no government since 1991.",
        # A word that opens places' names stays in them; so does one of a body's name.
        "United Kingdom and Northern Ireland voted.",
        "Statistics Canada and Air France said so.",
    ]
    facts = each_alone(texts)
    assert [f["places"] for f in facts[:3]] == [
        ["Nepal", "India"],
        ["Somalia"],
        ["United Kingdom", "Northern Ireland"],
    ]
    assert facts[3]["organisations"] == ["Statistics Canada", "Air France"]


def test_a_compound_of_what_afflicts_or_enriches_before_a_name_is_no_part_of_it():
    texts = [
        "Debt-laden Eurotunnel said it would sell its ferries.",
        "Oil-rich Brunei is small.",
        "Scandal-hit Parmalat said it would sell its dairies.",
    ]
    facts = each_alone(texts)
    assert facts[0]["organisations"] == ["Eurotunnel"]
    assert facts[0]["speakers"] == ["Eurotunnel"]
    assert facts[1]["places"] == ["Brunei"]
    assert facts[2]["organisations"] == ["Parmalat"]
    assert facts[2]["speakers"] == ["Parmalat"]


def test_a_participle_opening_a_sentence_describes_the_name_after_it_and_opens_no_one_s_name():
    texts = [
        "Beleaguered Marconi said it would cut 2,000 more jobs.",
        "Jailed Yukos boss Mikhail Khodorkovsky appealed.",
        # A participle that opens bodies' names stays in them, and makes no one of them.
        "Allied Domecq shares rose 5p.",
        "Allied Dunbar reported a 51 pct rise in premiums.",
    ]
    facts = each_alone(texts)
    assert facts[0]["organisations"] == ["Marconi"]
    assert facts[0]["speakers"] == ["Marconi"]
    assert facts[0]["people"] == []
    assert facts[1]["organisations"] == ["Yukos"]
    assert facts[2]["people"] == []
    # ... and a firm's participle opening a name no list knows makes it a firm's.
    assert facts[3]["organisations"] == ["Allied Dunbar"]
    assert facts[3]["speakers"] == ["Allied Dunbar"]


def test_a_name_of_a_few_words_no_list_knows_that_says_it_of_itself_is_a_body():
    texts = [
        "Hexcel Composites said it would close the plant.",
        # Words of the dictionary alone open sentences; a person says "he".
        "Grooming Gangs said it was a scandal.",
        "Tony Blair said it was right.",
        # Someone the source names in full, by a surname with its particle.
        "Economics Minister Ludolf Georg von Wartenberg spoke on Monday."
        " Von Wartenberg said the government was in a difficult position on its trade figures.",
    ]
    facts = each_alone(texts)
    assert facts[0]["organisations"] == ["Hexcel Composites"]
    assert facts[0]["speakers"] == ["Hexcel Composites"]
    assert facts[1]["organisations"] == []
    assert facts[2]["people"] == ["Tony Blair"]
    assert facts[3]["organisations"] == []


def test_a_firm_s_legal_form_ends_its_name_before_to_and_a_noun_before_for_opens_none():
    texts = [
        "It agreed to sell its Michigan Cellular Inc to Century Telephone Enterprises Inc for cash.",
        "It sold Acme Group to Century Telephone Enterprises Inc last year.",
        "Demand for Pennzoil Inc bonds fell on Monday.",
        # A body's own "to" and "for" stay: what it works to do, what it works for.
        "The Committee to Protect Journalists said the reporter was held.",
        "Citizens for Tax Justice Inc said the plan was unfair.",
        "Center for Applied Research Inc said it would move.",
    ]
    facts = each_alone(texts)
    assert facts[0]["organisations"] == ["Michigan Cellular Inc", "Century Telephone Enterprises Inc"]
    assert facts[1]["organisations"] == ["Acme Group", "Century Telephone Enterprises Inc"]
    assert facts[2]["organisations"] == ["Pennzoil Inc"]
    assert facts[3]["organisations"] == ["Committee to Protect Journalists"]
    assert facts[4]["organisations"] == ["Citizens for Tax Justice Inc"]
    assert facts[5]["organisations"] == ["Center for Applied Research Inc"]


def test_a_firm_s_first_word_stands_for_it_though_someone_named_bears_it():
    facts = enrich(
        [
            "New World Pictures Ltd said it sold five pct of Taft Broadcasting Co common stock.",
            "Taft vice chairman Dudley S. Taft offered to acquire Taft for 145 dlrs per share.",
            "Both Bass and Lindner have acquired Taft shares in recent months.",
        ],
        ["body"] * 3,
        "1987-03-01",
    )
    assert facts[1]["organisations"] == ["Taft Broadcasting Co"]
    assert facts[1]["people"] == ["Dudley S. Taft"]
    assert facts[2]["organisations"] == ["Taft Broadcasting Co"]


def test_a_ticker_tells_which_of_two_firms_a_headline_s_name_before_it_opens():
    facts = enrich(
        [
            "QINTEX AGAIN EXTENDS PRINCEVILLE <PVDC> OFFER",
            "Qintex America Ltd said its offer for Princeville Development Corp shares was extended.",
            "It follows the sale of Princeville Airways Inc to Aloha Inc <ALO> last week.",
        ],
        ["headline", "body", "body"],
        "1987-03-01",
    )
    assert facts[0]["organisations"] == ["Qintex America Ltd", "Princeville Development Corp"]
    assert facts[2]["organisations"] == ["Princeville Airways Inc", "Aloha Inc"]


def test_a_bank_s_or_a_trust_s_name_without_its_head_is_the_body_the_source_names():
    facts = enrich(
        [
            "MEDFORD SAVINGS APPROVED TO FORM HOLDING CO",
            "Medford Savings Bank said it received approval to form a holding company.",
            "Medford Savings said its total assets are about 408 mln dlrs.",
            # A committee is no bank's head: the Senate is its own body.
            "The Senate Finance Committee met. The Senate voted on Tuesday.",
        ],
        ["headline", "body", "body", "body"],
        "1987-03-01",
    )
    assert facts[0]["organisations"] == ["Medford Savings Bank"]
    assert facts[2]["organisations"] == ["Medford Savings Bank"]
    assert facts[2]["speakers"] == ["Medford Savings Bank"]
    assert facts[3]["organisations"] == ["Senate Finance Committee", "Senate"]


def test_a_paper_s_name_without_its_article_and_a_group_s_without_its_head_are_one_value():
    facts = enrich(
        [
            "The former cabinet secretary said in an interview with The Spectator magazine it was wrong.",
            "Lord Butler said in his Spectator interview that ministers relied on appointees.",
            "Mr Bradshaw was put in touch with the Middle Way Group, of which Mr Opik is co-chairman.",
            "Tory MP Peter Luff, another co-chairman of Middle Way, said the law was unclear.",
        ],
        ["body"] * 4,
        "2004-12-01",
    )
    assert facts[0]["organisations"] == facts[1]["organisations"] == ["The Spectator"]
    assert facts[3]["organisations"] == ["Conservative Party", "Middle Way Group"]


def test_a_firm_named_with_its_trade_is_the_one_the_table_knows_without_it_but_not_its_unit():
    facts = each_alone(
        [
            "Circuit City Stores, the second-largest electronics retailer in the US, has received a bid.",
            "JP Morgan Securities said the deal was fair.",
        ]
    )
    assert facts[0]["organisations"] == ["Circuit City"]
    assert facts[1]["organisations"] == ["JP Morgan Securities"]


def test_a_firm_with_its_form_first_is_the_firm_its_name_alone_names():
    facts = enrich(
        [
            "The holding companies AB Investor and Forvaltnings AB Providentia said they took the option.",
            "Skandia holds a stake in Providentia, which is left holding 34.1 pct of the votes.",
            "AB Volvo is issuing a bond, lead manager Banca Commerciale Italiana said.",
            "The bank's subsidiary Hang Seng Bank Ltd <HSGH.HK> is to report its results on Friday.",
        ],
        ["body"] * 4,
        "1987-03-01",
    )
    assert facts[1]["organisations"] == ["AB Providentia"]
    # ... and a body the table knows, its form first or its head last: one value.
    assert facts[2]["organisations"][0] == "Volvo"
    assert facts[3]["organisations"] == ["Hang Seng"]


def test_a_firm_s_first_word_alone_is_its_bank_s_trust_s_or_trade_s_name():
    facts = enrich(
        [
            "Permian Basin Royalty Trust said its estimated proved reserves totaled 18.5 mln barrels.",
            "Permian said December 1986 future net revenues were 335.6 mln dlrs.",
            "Schlumberger Ltd said it ended a pact to sell 80 pct of its Fairchild Semiconductor unit.",
            "A leveraged buyout of the chip maker by Fairchild management is possible.",
        ],
        ["body"] * 4,
        "1987-03-01",
    )
    assert facts[1]["organisations"] == facts[1]["speakers"] == ["Permian Basin Royalty Trust"]
    assert facts[3]["organisations"] == ["Fairchild Semiconductor"]


def test_a_romance_firm_s_head_written_short_opens_its_name_and_spells_no_agency():
    facts = each_alone(
        [
            "Miners Rio Tinto and Cia. Vale Do Rio Dolce (CVRD) this week raised the price.",
            "The closure last year of Cia La Cruz's smelter at Linares cut exports.",
            "The CIA said it had no comment.",
        ]
    )
    assert facts[0]["organisations"] == ["Rio Tinto", "Cia Vale Do Rio Dolce"]
    assert facts[0]["people"] == []
    assert facts[1]["organisations"] == ["Cia La Cruz"]
    assert facts[2]["organisations"] == ["CIA"]


def test_a_first_name_s_letters_in_capitals_before_of_and_a_country_are_no_one_s_name():
    facts = each_alone(
        [
            "It already has orders from Pakistan International Airlines and EVA of Taiwan.",
            "Top-seeded Thomas Muster of Austria won.",
        ]
    )
    assert facts[0]["people"] == []
    assert facts[1]["people"] == ["Thomas Muster"]


def test_a_name_set_off_as_a_firm_s_unit_is_a_firm_its_founder_s_name_alone_names():
    facts = enrich(
        [
            "Gynex Inc said Gynex Labs and G.D. Searle, a unit of Monsanto Co, ended the pact.",
            "After launching two Gynex products in February, Searle recalled them in March.",
        ],
        ["body"] * 2,
        "1987-03-01",
    )
    assert facts[0]["people"] == []
    assert "G.D. Searle" in facts[0]["organisations"]
    assert facts[1]["organisations"] == ["Gynex Inc", "G.D. Searle"]
    assert facts[1]["speakers"] == ["G.D. Searle"]


def test_a_firm_s_first_word_speaks_as_the_firm_with_its_form_beside_its_name_without_it():
    facts = enrich(
        [
            "Highwood Resources Ltd said it is not aware of any material change.",
            "Demand for yttrium will rise, Highwood said.",
            "Highwood Resources said the deposits contain beryllium.",
        ],
        ["body"] * 3,
        "1987-03-01",
    )
    assert facts[1]["speakers"] == facts[1]["organisations"] == ["Highwood Resources Ltd"]


def test_what_reading_all_of_reuters_found_the_new_merges_must_leave_apart():
    facts = enrich(
        [
            "MAXICARE <MAXI.O> ENDS PLANS TO SELL UNIT",
            "Maxicare Health Plans Inc said it ended talks to sell Maxicare Alabama L.P. to a rival.",
            "Zimbabwe bought 85 pct of <Astra Corporation>, the Astra Corporation Workers' Trust the rest.",
            "Talks took place between North, the then head of the CIA William Casey and Thatcher.",
        ],
        ["headline", "body", "body", "body"],
        "1987-03-01",
    )
    # A ticker its firm's first word spells alone picks no unit in a place.
    assert facts[0]["organisations"] == ["Maxicare"]
    # A name whole with its form takes no workers' trust for its own.
    assert facts[2]["organisations"] == ["Astra Corporation", "Astra Corporation Workers' Trust"]
    # "CIA" in capitals is no Romance firm's "Cia".
    assert facts[3]["organisations"] == ["CIA"]
    assert facts[3]["people"] == ["William Casey"]


def test_a_name_cut_short_after_ex_is_no_former_one():
    facts = enrich(
        ["The Ex-Im Bank said it would lend $50 mln to the project.", "The ex-Uefa chief said so."],
        ["body"] * 2,
        "1987-03-01",
    )
    # "Ex-Im" is Export-Import's half, not a former "Im"; "ex-Uefa" is a former Uefa man's.
    assert facts[0]["organisations"] == facts[0]["speakers"] == ["Ex-Im Bank"]
    assert facts[1]["organisations"] == ["UEFA"]


def test_a_word_set_off_as_a_unit_of_the_firm_it_opens_is_the_unit():
    facts = enrich(
        [
            "Daiwa, the U.S. unit of Daiwa Securities Co Ltd, said it would expand.",
            "Daiwa said it was a primary dealer.",
            "Daiwa Securities Co Ltd reported higher profits.",
        ],
        ["body"] * 3,
        "1987-03-01",
    )
    assert facts[0]["organisations"] == ["Daiwa", "Daiwa Securities Co Ltd"]
    assert facts[1]["organisations"] == facts[1]["speakers"] == ["Daiwa"]
    assert facts[2]["organisations"] == ["Daiwa Securities Co Ltd"]


def test_capitals_ending_a_first_name_s_run_are_a_product_s_letters_not_a_surname():
    facts = enrich(
        [
            "ParaRallying uses a Vauxhall Astra GSI with an automatic gearbox.",
            "He leaked its latest Mac OSX software onto file-sharing sites.",
            "Pope John Paul II said so, and John Smith QC agreed.",
        ],
        ["body"] * 3,
        "2005-03-01",
    )
    assert facts[0]["people"] == facts[1]["people"] == []
    assert facts[2]["people"] == ["John Paul II", "John Smith"]
    # No one's, but what the text says it is, or someone a title names so.
    facts = enrich(
        [
            "Housing group France HLM is launching a bond.",
            "Minister Manuel Azpur UA said so.",
            "The IMF will go on helping, the official Kenya News Agency KNA said.",
        ],
        ["body"] * 3,
        "1987-03-01",
    )
    assert facts[0]["organisations"] == ["France HLM"]
    assert facts[1]["people"] == ["Manuel Azpur UA"]
    # A body's name with its initials after it stays the body's.
    assert "Kenya News Agency" in facts[2]["organisations"]


def test_an_ordinal_opens_no_one_s_name():
    facts = enrich(["They dreamed of a Fourth Reich, the court heard."], ["body"], "2005-03-01")
    assert facts[0]["people"] == []


def test_a_unit_named_by_its_parent_s_first_word_speaks_as_it_then_as_it():
    facts = enrich(
        [
            "Oppenheimer, the brokerage and investment subsidiary of Oppenheimer Group Inc, told the"
            " Securities and Exchange Commission it sold its entire 6.0 pct stake of Cyclops Corp.",
            "Oppenheimer said it sold the 243,400-share stake on March 27 at 95.00 dlrs a share.",
            "It said it initially bought the stock in connection with risk arbitrage.",
        ],
        ["body"] * 3,
        "1987-04-01",
    )
    assert facts[1]["organisations"] == facts[1]["speakers"] == ["Oppenheimer"]
    assert facts[2]["speakers"] == ["Oppenheimer"]


def test_a_place_a_firm_is_named_for_is_the_place_after_the_with_no_noun_after_it():
    facts = enrich(
        [
            "Brasilia has made the riverways a priority under a government plan for the Amazon.",
            "He works for Amazon.",
        ],
        ["body"] * 2,
        "1996-08-30",
    )
    assert facts[0]["places"] == ["Brasilia", "Amazon"]
    assert facts[0]["organisations"] == []
    assert facts[1]["organisations"] == ["Amazon"]


def test_examples_follow_the_plural_right_before_them_not_a_kind_further_back():
    facts = enrich(
        [
            "The groups have targeted specific projects like the Newbury bypass and the M3 motorway.",
            "Portal sites which offer casual games, like AOL, Yahoo, and RealArcade, keep buddy lists.",
        ],
        ["body"] * 2,
        "1996-08-27",
    )
    assert facts[0]["organisations"] == []
    assert facts[0]["places"] == ["Newbury", "M3"]
    # A clause about the kind, though it ends with a plural of its own, leaves the kind's examples.
    assert facts[1]["organisations"] == ["AOL", "Yahoo", "RealArcade"]


def test_what_a_kind_in_the_plural_includes_are_its_examples():
    facts = each_alone(
        [
            "Other larger activist groups include Earth First, Greenpeace and Road Alert.",
            # Not what the kind's members include: those are people.
            "Other groups whose leaders include Nick Smith and Jane Doe met.",
        ]
    )
    assert sorted(facts[0]["organisations"]) == ["Earth First", "Greenpeace", "Road Alert"]
    assert facts[1]["organisations"] == []
    assert facts[1]["people"] == ["Nick Smith", "Jane Doe"]


def test_a_headline_in_sentence_case_names_a_body_its_head_word_types():
    story = [
        "Scottish Labour Party narrowly backs referendum.",
        "British Labour Party leader Tony Blair won a narrow victory on Saturday.",
    ]
    assert enrich(story, ["headline", "body"], "1996-08-31")[0]["organisations"] == ["Scottish Labour Party"]
    # A head word alone opening the headline is capitalised as its first word.
    cabinet = ["Cabinet anger at Brown cash raid", "Gordon Brown raided the cabinet."]
    assert enrich(cabinet, ["headline", "body"], None)[0]["organisations"] == []
    # A headline in capitals, cased by the story's words, vouches for nothing so: "MTHS" is no body.
    table = ["<CIMARRON PETROLEUM LTD> NINE MTHS NET", "Shr 24 cts vs 18 cts", "Oper net 359,000 vs 297,000"]
    assert enrich(table, ["headline", "body", "body"], "1987-03-01")[0]["organisations"] == [
        "CIMARRON PETROLEUM LTD"
    ]


def test_a_word_whose_finance_director_the_source_names_is_a_firm():
    facts = enrich(
        [
            "Matahari revises down 1996 net target.",
            "Matahari's finance director, Hanifah Komala, said they revised down net profit.",
        ],
        ["headline", "body"],
        "1996-08-30",
    )
    assert facts[0]["organisations"] == facts[1]["organisations"] == ["Matahari"]


def test_a_firm_of_partners_and_co_goes_on_past_its_arm_in_a_trade():
    facts = enrich(
        ["Simmons and Co Finance, an affiliate of Houston-based Simmons and Co International, is an owner."],
        ["body"],
        "1987-03-01",
    )
    assert facts[0]["organisations"] == ["Simmons and Co Finance", "Simmons and Co International"]
    assert facts[0]["people"] == []


def test_a_long_firm_s_first_three_words_of_the_dictionary_name_it_opening_a_sentence():
    facts = enrich(
        [
            "Tender Loving Care Health Care Services Inc said it extended the term of the merger.",
            "Tender Loving Care said the extended merger agreement continues.",
        ],
        ["body"] * 2,
        "1987-03-01",
    )
    firm = "Tender Loving Care Health Care Services Inc"
    assert facts[1]["organisations"] == facts[1]["speakers"] == [firm]
    # Not a place's name that opens a firm's: "in New York State" beside "New York State Electric
    # and Gas Corp" stays the state.
    facts = enrich(
        [
            "New York State Electric and Gas Corp said it has ended its effort to buy Corning Natural Gas.",
            "It cited as reasons the uncertain regulatory climate in New York State.",
        ],
        ["body"] * 2,
        "1987-03-01",
    )
    assert facts[1]["organisations"] == []


def test_a_first_name_before_a_word_the_source_writes_after_it_in_lower_case_is_a_thing_s_name():
    facts = enrich(
        ["Apple offer a less powerful Mac Mini for 339 pounds.", "The Mac mini is just a box."],
        ["body"] * 2,
        "2005-02-01",
    )
    assert facts[0]["people"] == facts[1]["people"] == []


def test_a_lone_word_no_list_knows_is_a_firm_s_unit_where_a_firm_owns_it():
    texts = [
        "Promodes agreed to sell its Specia unit to Aldi.",
        "Inspectors will look at Delta Air Lines' Comair subsidiary.",
        "Novartis plans to make its Sandoz unit the biggest maker of generics.",
        "It sold its Dutch unit and its PC division.",  # a people's word, a product's letters
        "It closed its London unit.",  # a town
        "Smith closed his Jenkins unit.",  # someone's: no firm owns it
        "He joined the Pirates' Double-A affiliate, the Altoona Curve.",  # a league's class
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], ["Specia", "Aldi"], []),
        ([], ["Delta Air Lines", "Comair"], []),
        ([], ["Novartis", "Sandoz"], []),
        ([], [], []),
        ([], [], ["London"]),
        ([], [], []),
        ([], ["Altoona Curve"], []),
    ]


def test_the_groups_of_nations_are_bodies_by_their_short_names_and_a_known_body_s_figure_is_no_model_s():
    texts = [
        "The G8 summit opened in Scotland.",
        "The Group of Seven (G-7) nations still support the Louvre Accord.",
        "The MI5 report was leaked.",
        "The Airbus A320 landed.",  # a model's designation after its maker
        "The soap left ITV1 with 13% of viewers.",  # a channel, under its broadcaster
        "Italy joined the G-7 Washington talks.",  # the body, and where it meets
        "BBC Scotland talks to him.",  # a body's branch, then a verb
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["G8"], ["Scotland"]),
        (["G7"], []),
        (["MI5"], []),
        (["Airbus"], []),
        (["ITV"], []),
        (["G7"], ["Italy", "Washington"]),
        (["BBC Scotland"], ["Scotland"]),
    ]


def test_a_name_before_magazine_or_newspaper_is_the_publication_s():
    texts = [
        "Time magazine named him person of the year.",
        "Vibe magazine president Kena Dove said so.",
        "A London newspaper reported it.",  # where it is printed
        "Financial newspaper Nihon Keizai Shimbun claimed it.",  # its kind, then its name
        "A survey by PC Pro magazine looked at printers.",  # a piece of its name
        "The harvest was 13 pct complete, the Safras e Mercado newsletter said.",  # its end
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"], f["places"]) for f in facts] == [
        ([], ["Time"], []),
        (["Kena Dove"], ["Vibe"], []),
        ([], [], ["London"]),
        ([], ["Nihon Keizai Shimbun"], []),
        ([], [], []),
        ([], [], []),
    ]


def test_a_word_of_the_dictionary_that_opens_a_firm_of_two_words_ending_in_its_trade_is_the_firm():
    paragraphs = [
        "Shares in Cairn Energy have jumped 6%.",
        "Cairn said drilling in Rajasthan had produced very strong results.",
        "Before Christmas, Cairn revealed that drilling had been disappointing.",
    ]
    facts = enrich(paragraphs, ["body"] * 3, None)
    assert [f["organisations"] for f in facts] == [["Cairn Energy"]] * 3
    assert facts[1]["speakers"] == ["Cairn Energy"]
    # A word the source also writes in lower case stays a word: "News" of "News International".
    written = ["News International owns the Sun.", "News of the deal spread; the news was good."]
    assert [f["organisations"] for f in enrich(written, ["body"] * 2, None)] == [["News International"], []]
    # Nor a party's word: "some Socialist gains".
    voted = ["The Socialist International met in Lima.", "Results showed some Socialist and Wafd gains."]
    assert [f["organisations"] for f in enrich(voted, ["body"] * 2, None)][1] == []


def test_a_town_whose_name_ends_as_a_body_s_is_the_town_where_the_source_puts_something_in_it():
    texts = [
        "Sanders held a rally at Pennsylvania State University in State College on Tuesday.",
        "He studied at State College.",  # at the college
        "He studied in Trinity College.",  # no town
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["places"]) for f in facts] == [
        (["Pennsylvania State University"], ["Pennsylvania", "State College"]),
        (["State College"], []),
        (["Trinity College"], []),
    ]


def test_a_source_told_or_cited_opening_a_sentence_is_a_body_as_it_is_inside_one():
    texts = [
        "According to Gartner, sales rose.",
        "Speaking to Wikinews, she said so.",
        "According to Smith, it is fine.",  # a word of the dictionary: no telling
        "She stars in the sitcom The World According to Bex.",  # a title's words
    ]
    facts = each_alone(texts)
    assert [(f["people"], f["organisations"]) for f in facts] == [
        ([], ["Gartner"]),
        ([], ["Wikinews"]),
        ([], []),
        ([], []),
    ]


def test_capitals_a_function_word_shares_open_a_firm_s_name_up_to_its_legal_form():
    texts = [
        "AM International Inc said its orders rose.",
        "IT Holdings Corp said profits rose.",
        "I AM Sam Corp.",  # a heading's words, in capitals throughout
        "He said it is AM now.",  # no firm's name
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["speakers"]) for f in facts] == [
        (["AM International Inc"], ["AM International Inc"]),
        (["IT Holdings Corp"], ["IT Holdings Corp"]),
        (["Sam Corp"], []),
        ([], []),
    ]


def test_a_paper_s_word_before_newspaper_or_magazine_is_the_paper_and_a_day_s_edition_is_it_too():
    texts = [
        "The Star newspaper said the deal was off.",
        "The tabloid Star magazine reported the affair.",
        "Thursday's Sun newspaper said the deal was off.",
        "The Sun rose at six.",  # no paper
    ]
    facts = each_alone(texts)
    assert [(f["organisations"], f["speakers"]) for f in facts] == [
        (["Star"], ["The Star"]),
        (["Star"], ["Star"]),
        (["Sun"], ["Sun"]),
        ([], []),
    ]
