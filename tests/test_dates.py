from datetime import date

import pytest

from index.when.corpus import Signals, contexts
from index.when.dates import Anchor, DateReader, pin_year
from index.when.published import Evidence, gather_evidence, infer_published, name_date, rank_months

DCT = "2025-10-21"  # a Tuesday


def read(text: str, anchor: str = DCT) -> list[str]:
    return DateReader(Anchor.parse(anchor)).read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the review from 16 June 2025 onwards", ["2025-06-16"]),
        ("filed on 24/10/2025 in UK order", ["2025-10-24"]),
        ("an inspection in November 2016", ["2016-11"]),
        ("In July, the Mayor told the Assembly", ["2025-07"]),
        ("Speaking on Friday evening (October 24), he said", ["2025-10-24"]),
        ("Updating the GLA last Thursday, Sir Mark said", ["2025-10-16"]),
        ("On Friday, the force announced a review", ["2025-10-17"]),
        ("a report in February this year", ["2025-02"]),
        ("they met last year and again earlier this month", ["2024", "2025-10"]),
        ("reports from 2016-2025 and the 1969-72 period", ["2016", "2025", "1969", "1972"]),
        ("the review will be completed by April", ["2026-04"]),
        ("Since 2022, officers have been trained", ["2022"]),
        ("July three 1987; the talks were held on March six", ["1987-07-03", "2025-03-06"]),
        ("the next talks are on March six", ["2026-03-06"]),
    ],
)
def test_dates_are_normalised_against_the_publication_date(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Last week the Home Office said this week was busy",
        "a three-year investigation lasting 15 years",
        "a girl aged 13 and a 16-year-old",
        "now, we said, and we meant it",
        "the Serious Crime Act 2015 description",
        "Theresa May said the board may march on",
        "his £15.6million service and 2,000 people and 1,985 tonnes",
        "in the late 2010s and the 1980's",
        "“I will not take specialists dealing with today’s caseload,” he said",
    ],
)
def test_things_that_are_not_dates(text):
    assert read(text) == []


def test_anaphora_follows_the_last_date_named():
    reader = DateReader(Anchor.parse(DCT))
    assert reader.read("On Thursday (October 16) he spoke.") == ["2025-10-16"]
    assert reader.read("Just a day earlier, we pressed the Met.") == ["2025-10-15"]
    assert reader.read("A report in February this year found more.") == ["2025-02"]
    assert reader.read("The previous February, a report found less.") == ["2024-02"]
    assert reader.read("In 1986 it spent more than the prior year.") == ["1986", "1985"]


def test_without_an_anchor_only_explicit_dates_resolve():
    assert read("last Thursday, in July, and in November 2016", anchor=None) == ["2016-11"]


def test_a_weekday_with_a_date_pins_the_year():
    assert pin_year(10, 16, "Thursday", None, today=date(2026, 11, 25)) == 2025
    assert pin_year(3, 6, "Friday", 1987) == 1987


def test_publication_is_inferred_from_a_pinned_date():
    evidence = gather_evidence(["Speaking on Thursday (October 16), he said."], today=date(2026, 11, 25))
    assert evidence.dates == ["2025-10-16"]
    published = infer_published(evidence, [])
    assert (published.value, published.basis, published.anchor) == ("2025-10", "inferred", "2025-10-17")


def test_a_day_in_the_file_name_dates_a_source_without_metadata():
    assert name_date("APW19980213.1310.txt") == "1998-02-13"
    assert name_date("2025/10/24/rowley.txt") == "2025-10-24"
    assert name_date("2025-10-24 met statement.txt") == "2025-10-24"
    assert name_date("wsj_0006.txt") is None
    assert name_date("AP900815-0044.txt") is None  # two-digit years say too little
    assert name_date("2025-02-30.txt") is None
    assert name_date("scan_20991231.pdf", today=date(2026, 11, 30)) is None
    signals = {
        "NYT19980206.0460.txt": Signals((), Evidence(dates=["1997-12-01"]).to_dict(), None),
        "2025-10-24.txt": Signals((), Evidence().to_dict(), "2025-10-20"),
    }
    found = contexts(signals)
    assert (found["NYT19980206.0460.txt"].published, found["NYT19980206.0460.txt"].anchor) == (
        "1998-02-06",
        "1998-02-06",
    )
    assert found["2025-10-24.txt"].published == "2025-10-20"  # metadata first


def test_only_a_folder_about_one_story_lends_its_month():
    undated = Signals((), Evidence(past_years=[1997]).to_dict(), None)
    story = {f"{k}.txt": Signals((), Evidence().to_dict(), f"1998-02-{k + 10}") for k in range(3)}
    archive = {f"{k}.txt": Signals((), Evidence().to_dict(), f"1998-{k + 1:02}-10") for k in range(6)}
    assert contexts({**story, "x.txt": undated})["x.txt"].published == "1998-02"
    assert contexts({**archive, "x.txt": undated})["x.txt"].published == "1997"


def test_years_alone_take_the_folder_month_they_allow_or_the_era():
    evidence = Evidence(past_years=[2016, 2022], future_years=[2026])
    corpus = rank_months([("2025-10", "2025-10-25"), ("2025-10", "2025-10-17"), ("2019-03", "2019-03-02")])
    assert infer_published(evidence, corpus).value == "2025-10"
    assert infer_published(evidence, corpus).anchor == "2025-10-25"
    assert infer_published(Evidence(past_years=[2030]), corpus).value == "2030"
    assert infer_published(Evidence(relative=True), corpus).value is None


WIRE = "1998-02-13"  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Wire style: the weekday of publication is that day, past or future.
        ("the convention voted overwhelmingly Friday to make Australia a republic", ["1998-02-13"]),
        ("the airline announced Friday it would fly daily", ["1998-02-13"]),
        ("last Friday the court ruled", ["1998-02-06"]),
        ("talks set to resume Monday in Belfast", ["1998-02-16"]),
        ("they said they would appeal, announced Wednesday by the agency", ["1998-02-11"]),
        ("given until 9 a.m. Tuesday to sign", ["1998-02-17"]),
        ("On Tuesday, the league plans to hold a news conference", ["1998-02-17"]),
        ("Netanyahu and Arafat meet separately Monday with Albright", ["1998-02-16"]),
        ("The bid had been due to expire Thursday evening", ["1998-02-12"]),
        ("in an editorial on Saturday, April 25, 1998", ["1998-04-25"]),
        ("the summit on April 24 and 25 will be held", ["1998-04-24", "1998-04-25"]),
        ("was extended to March 2 from today", ["1998-03-02", "1998-02-13"]),
        # Named days, years in words, anaphora, parts of the year.
        ("He was found Thanksgiving Day clinging to a tube", ["1997-11-27"]),
        ("Atlanta nineteen ninety-six. A bomb blast.", ["1996"]),
        ("January nineteen ninety-seven. Atlanta again.", ["1997-01"]),
        ("the year two thousand problem", ["2000"]),
        ("On May 22, 1995, he was promoted, and the following year he moved", ["1995-05-22", "1996"]),
        ("fled in June 1998 and returned later that year", ["1998-06", "1998"]),
        ("complete the transaction by year-end", ["1998"]),
        # "next to" is a place; a possessive weekday is an event, whatever the verbs say.
        ("two people were hurt in the blast next to the station on Thursday", ["1998-02-12"]),
        ("lawyers said they would fight Wednesday's ruling", ["1998-02-11"]),
        ("the mood ahead of Sunday's vote", ["1998-02-15"]),
        # A month that the past tense would put eleven months back is the coming one.
        ("the ministry told refiners of a cut in March", ["1998-03"]),
        ("the ministry told refiners of a cut in April", ["1997-04"]),
        # Without a tense, a month five months ahead is more likely the one seven months back;
        # "last" before the month just gone means the year before (that one is "last month").
        ("shares rising to a high in July from a low in June", ["1997-07", "1998-06"]),
        ("two helicopters crashed last January", ["1997-01"]),
        # "Since" looks back whatever the clause's tense; a commitment looks ahead from a past verb.
        ("The plan will be to replace the carrier, on patrol since March", ["1997-03"]),
        ("announced an agreement to acquire the bank in April", ["1998-04"]),
        ("was sent to prison in April", ["1997-04"]),
        # A sentence opening with a weekday takes the tense of its verb, past a long subject.
        ("On Tuesday, the National Abortion and Reproductive Rights League plans to hold", ["1998-02-17"]),
        # A cue inside a compound is an adjective; a past verb right before the date gives its
        # tense; a sentence that opens with a month takes its verb's tense, past "vs." too.
        ("lower-than-expected earnings after the market closed Wednesday", ["1998-02-11"]),
        ("it will offer 1,800 francs for shares issued July 1, which will receive less", ["1997-07-01"]),
        (
            "In April, a week after the anniversary of Roe vs. Wade, a bombing in Birmingham, Ala., killed",
            ["1997-04"],
        ),
        # "The day before returning" is beside an event, not the day before the last date.
        ("On Monday she landed and left later in the day before returning home", ["1998-02-09"]),
        # A month when something was said is past, though what was said looks ahead; "said"
        # far before the month, or said in a parenthesis, gives no tense.
        ("In April, the company said it would cut 600 jobs", ["1997-04"]),
        ("Trump said in April that he would never eat them again", ["1997-04"]),
        ("the company said it would cut 600 jobs in April", ["1998-04"]),
        ("In April, he said, the talks will resume", ["1998-04"]),
        ("Moore said the meeting is one of a series, which includes the summit in April", ["1998-04"]),
        # A rule told in the present takes effect ahead; told in the past, it took effect.
        ("The law takes effect on Jan. 1", ["1999-01-01"]),
        ("The ban comes into force in January", ["1999-01"]),
        ("The ban came into force in January", ["1998-01"]),
        # A meeting told in the present is to come: "the talks resume at 15:00 GMT Saturday".
        ("The talks resume at 15:00 GMT Saturday", ["1998-02-14"]),
        ("The summit kicks off Sunday in Geneva", ["1998-02-15"]),
        ("The talks resumed Saturday", ["1998-02-07"]),
        # The end of a period or a range is a month too; "to" alone is no cue ("a letter to May").
        ("Arrests fell in the 12 months to May", ["1997-05"]),
        ("The ban ran from October to March", ["1997-10", "1998-03"]),
        ("She wrote a letter to May", []),
    ],
)
def test_wire_style_references(text, expected):
    assert read(text, WIRE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Orangemen march each July through the town",
        "flights depart every Thursday",
        "the ferry sails on Monday and Tuesday nights",
        "a court hearing the week of March 6",
        "what the blockade was for earlier generations is for today's youth",
        "the Good Friday Agreement holds",
        "protesters prayed as Easter week began",
    ],
)
def test_series_weeks_and_names_are_not_dates(text):
    assert read(text, WIRE) == []


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Women's Day is this coming Sunday, March eighth", "1998-03-05", ["1998-03-08"]),
        ("a campaign theme from now to Election Day", "1998-10-26", ["1998-11-03"]),
    ],
)
def test_named_days_and_ordinals(text, anchor, expected):
    assert read(text, anchor) == expected


def test_anaphora_for_days_and_months():
    reader = DateReader(Anchor.parse(WIRE))
    assert reader.read("Slepian was killed on Oct. 23, 1997.") == ["1997-10-23"]
    assert reader.read("He appeared in court the next morning.") == ["1997-10-24"]
    assert reader.read("The following month, the board met.") == ["1997-11"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The months' quick test reads the text as written: capitals and abbreviations pass it.
        ("WASHINGTON, MARCH 3, 1987 - the board met", ["1987-03-03"]),
        ("the notes mature Sept. 27, 1999", ["1999-09-27"]),
        ("a hearing set for DEC 2 2025", ["2025-12-02"]),
        # ... and "may" in lower case, a verb, does not.
        ("they may decide in a week or so", []),
    ],
)
def test_months_in_capitals_and_abbreviated_are_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day word with a capital inside a sentence names a programme, a paper or a work.
        ("Mr Howard told BBC Radio 4's Today programme on Monday", ["2025-10-20"]),
        ("a survey published in USA Today", []),
        ("The Office and The Day Today will battle it out", []),
        ("This is VOA Today.", []),
        # Opening a sentence, a clause or a heading in capitals, it is the day.
        ("Today, the minister said", ["2025-10-21"]),
        ("He was asked. Today the board meets", ["2025-10-21"]),
        ("LONDON - Tomorrow the vote is held", ["2025-10-22"]),
        ("MINISTER RESIGNS TODAY", ["2025-10-21"]),
        ("Earlier today, he said", ["2025-10-21"]),
    ],
)
def test_a_capitalised_day_word_inside_a_sentence_is_a_title(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After an article or a possessive and before a capitalised word, a weekday opens a name.
        ("Mr Howard told the Sunday Times the party would", []),
        ("The Sunday Telegraph reported that", []),
        ("on BBC Radio Scotland's Sunday Live programme", []),
        ("the Monday Club met", []),
        ("the Daily and Sunday Telegraph newspapers", []),
        ("a guest on “Saturday Night Live” again", []),
        # Not before a month, a lower-case word or a name without an article.
        ("the Sunday October 19 meeting", ["2025-10-19"]),
        ("the Sunday meeting", ["2025-10-19"]),
        ("On Sunday Mr Smith said", ["2025-10-19"]),
    ],
)
def test_a_weekday_that_opens_a_title_is_no_day(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A month that is a first name, alone before a capitalised word, names a person.
        ("April Jones was last seen near her home", []),
        ("a song written with June Carter Cash", []),
        # With a cue or an article before it, or before a word in lower case, it is the month.
        ("In April Mr Blair said", ["2025-04"]),
        ("before the August Games", ["2025-08"]),
        ("the three November Tests", ["2025-11"]),
        ("June was wet", ["2025-06"]),
    ],
)
def test_a_month_that_is_a_first_name_before_a_surname_is_a_person(text, expected):
    assert read(text) == expected


def test_a_year_earlier_in_a_story_of_a_quarter_is_that_quarter_no_date():
    reader = DateReader(Anchor.parse("1989-11-02"))
    assert reader.read("Wages rose 3% from a year earlier.") == ["1988"]
    assert reader.read("Third-quarter net income was $5 million.") == []
    # The year-ago quarter: no day, month or year of the facet holds it.
    assert reader.read("Sales fell to $9 million from $10 million a year earlier.") == []
    # Over nine months or a fiscal year, it is the year before.
    assert reader.read("For the nine months, net fell from $20 million a year ago.") == ["1988"]
    assert reader.read("For the nine months, it lost $6 million against year-earlier net income.") == ["1988"]
    assert reader.read("In the year-ago quarter, it lost $12.5 million.") == []
    # So is "last year" beside a figure it is compared with; alone, it is the year before.
    assert reader.read("Sales were $14 million, down from $21.4 million last year.") == []
    assert reader.read("Sales rose 13% from last year's $1.55 billion.") == []
    assert reader.read("Last year, the brewer sold 41% of all beer.") == ["1988"]
    # A quarter the story reports is in its year: "next year's first quarter" is in 2026.
    assert read("The split could be effective as early as next year's first quarter.") == ["2026"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales for the full year were $6.6 billion.", ["2025"]),
        ("It forecast growth in the current year.", ["2025"]),
        ("The stock hit a high for the year of $42.875 a share.", ["2025"]),
        # A fiscal year, a year ahead, a year's name: not the year of publication.
        ("Revenue for the year ended March 31 rose.", ["2025-03-31"]),
        ("Its losses for the year to March 2026 will narrow.", ["2026-03"]),
        ("He forecast growth for the year ahead.", []),
        ("It was tragic in the Year of the Woman.", []),
    ],
)
def test_the_year_of_results_is_the_year_of_publication(text, expected):
    assert read(text) == expected


def test_a_participle_after_an_adverb_is_an_adjective_not_a_plan():
    # Published on a Monday: the Friday of a past act, though a plan is spoken of after it.
    text = "On Friday, when she set aside her holiday for the hastily planned trip, the ban was lifted."
    assert read(text, "1998-08-17") == ["1998-08-14"]
    assert read("On Friday, the trip planned for months begins.", "1998-08-17") == ["1998-08-21"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day of a year before 1800, which the reader does not read, is no day of the anchor's year.
        ("He was born on 31 March 1635 in Auchleuchries.", []),
        ("He died November 29, 1699, in Moscow.", []),
        ("He sailed in June 1640.", []),
        ("He came home in June.", ["2025-06"]),
        ("It opened on 3 May 1890.", ["1890-05-03"]),
    ],
)
def test_a_day_of_an_earlier_century_is_no_day_of_this_year(text, expected):
    assert read(text) == expected
