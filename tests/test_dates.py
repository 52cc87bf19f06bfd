from datetime import date

import pytest

from index.dates import Anchor, DateReader, pin_year
from index.published import Evidence, gather_evidence, infer_published, rank_months

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


def test_years_alone_take_the_folder_month_they_allow_or_the_era():
    evidence = Evidence(past_years=[2016, 2022], future_years=[2026])
    corpus = rank_months([("2025-10", "2025-10-25"), ("2025-10", "2025-10-17"), ("2019-03", "2019-03-02")])
    assert infer_published(evidence, corpus).value == "2025-10"
    assert infer_published(evidence, corpus).anchor == "2025-10-25"
    assert infer_published(Evidence(past_years=[2030]), corpus).value == "2030"
    assert infer_published(Evidence(relative=True), corpus).value is None
