"""The CoNLL-2003 set's builder (bench/conll.py) reads labels as the data writes them."""

import importlib.util
import json
from pathlib import Path

import pytest

_BUILDER = Path(__file__).parents[1] / "bench" / "conll.py"
_spec = importlib.util.spec_from_file_location("bench_conll", _BUILDER)
conll = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(conll)

# Written for the test in CoNLL-2003's shape (IOB1: B- only between two names of a kind).
STORY = """-DOCSTART- -X- -X- O

KURDS NNP I-NP I-MISC
CLASH VBP I-VP O
. . O O

The DT I-NP O
Kurdistan NNP I-NP I-ORG
Democratic NNP I-NP I-ORG
Party NNP I-NP I-ORG
( ( O O
KDP NNP I-NP I-ORG
) ) O O
said VBD I-VP O
Bill NNP I-NP I-PER
Clinton NNP I-NP I-PER
Tony NNP I-NP B-PER
Blair NNP I-NP I-PER
met VBD I-VP O
in IN I-PP O
the DT I-NP O
U.S. NNP I-NP I-LOC
. . O O

" " O O
Clinton NNP I-NP I-PER
's POS B-NP O
aides NNS I-NP O
at IN I-PP O
Lear NNP I-NP I-ORG
Corp NNP I-NP I-ORG
. . O O
" " O O

-DOCSTART- -X- -X- O

SOCCER NN I-NP O
- : O O
LEEDS NNP I-NP I-ORG
WIN VBP I-VP O
. . O O
"""


def test_the_builder_writes_a_paragraph_per_sentence_and_its_names(tmp_path):
    assert conll.build(STORY, tmp_path, "t") == 2
    text = (tmp_path / "corpus" / "t-0001.txt").read_text()
    assert text.split("\n\n")[2] == '"Clinton\'s aides at Lear Corp."\n'
    records = {(r["file"], r["line"]): r for r in json.loads((tmp_path / "gold.json").read_text())}
    second = records[("t-0001.txt", 3)]
    # B- starts a second person; the bracketed initials are the same body, not a second one.
    assert second["people"] == ["Bill Clinton", "Tony Blair"]
    assert second["organisations"] == ["Kurdistan Democratic Party"]
    assert "KDP" in second["alternatives"]["Kurdistan Democratic Party"]
    assert "United States" not in second["alternatives"]["U.S."]
    conll.tabled([second])
    assert "United States" in second["alternatives"]["U.S."]
    third = records[("t-0001.txt", 5)]
    assert third["people"] == ["Clinton"] and third["alternatives"]["Clinton"] == ["Bill Clinton"]
    assert "Lear Corp." in third["alternatives"]["Lear Corp"]
    assert (second["desk"], records[("t-0002.txt", 1)]["desk"]) == ("news", "sport")


@pytest.mark.parametrize(
    ("headline", "desk"),
    [
        ("SOCCER - LEEDS WIN.", "sport"),
        ("NORDIC SKIING - NORWAY TAKE RELAY.", "sport"),  # the discipline's words before the sport
        ("FOOTBALL - RESULTS OF DUTCH MATCHES.", "sport"),
        ("GERMAN BANKS RAISE RATES.", "news"),
        ("SOUTH KOREAN GOLF COURSE SOLD.", "news"),  # a sport's word, no slug
    ],
)
def test_a_story_s_desk_is_sport_when_its_headline_opens_with_a_sport_s_slug(headline, desk):
    assert ("sport" if conll.SPORT.match(headline) else "news") == desk


def test_a_name_is_accepted_as_a_longer_one_that_holds_it_with_its_possessive():
    every = {"Boatmen", "Boatmen's Bancshares Inc.", "Boatmenship Ltd"}
    assert conll.accepted("Boatmen", every, {}) == ["Boatmen's Bancshares Inc", "Boatmen's Bancshares Inc."]


def test_a_name_in_a_headline_in_capitals_is_accepted_as_the_longer_name_in_the_story():
    # "SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN." over "Alan Shearer was named ...".
    assert conll.accepted("SHEARER", {"SHEARER", "Alan Shearer", "Shearers Ltd"}, {}) == ["Alan Shearer"]


def test_a_surname_is_accepted_as_the_full_name_that_writes_it_with_the_arabic_article():
    every = {"Kabariti", "Abdul-Karim al-Kabariti", "Kabaritis Ltd"}
    assert conll.accepted("Kabariti", every, {}) == ["Abdul-Karim al-Kabariti"]


DATELINE = """-DOCSTART- -X- -X- O

MINNETONKA NNP I-NP I-LOC
, , O O
Minn NNP I-NP I-LOC
. . O O

Sandusky NNP I-NP I-LOC
and CC O O
Ohio NNP I-NP I-LOC
. . O O
"""


def test_a_town_put_in_its_state_by_a_comma_is_accepted_as_the_one_place_both_name(tmp_path):
    conll.build(DATELINE, tmp_path, "t")
    first, second = conll.tabled(json.loads((tmp_path / "gold.json").read_text()))
    assert first["places"] == ["MINNETONKA", "Minn"] and first["placed"] == [["MINNETONKA", "Minn"]]
    # The table's "Minn." is Minnesota, the final stop the sentence took or not.
    assert "Minnesota" in first["alternatives"]["Minn"]
    assert "MINNETONKA Minnesota" in first["alternatives"]["MINNETONKA"]
    # "and" puts no town in a state.
    assert second["placed"] == [] and "Sandusky" not in second["alternatives"]


ROYAL = """-DOCSTART- -X- -X- O

Princess NNP I-NP O
Diana NNP I-NP I-PER
wrote VBD I-VP O
. . O O

Diana NNP I-NP I-PER
met VBD I-VP O
Carling NNP I-NP I-PER
. . O O
"""


def test_a_royal_is_accepted_with_the_title_the_story_writes_before_her_name(tmp_path):
    conll.build(ROYAL, tmp_path, "t")
    first, second = json.loads((tmp_path / "gold.json").read_text())
    assert first["people"] == ["Diana"] and first["alternatives"]["Diana"] == ["Princess Diana"]
    assert second["alternatives"]["Diana"] == ["Princess Diana"] and "Carling" not in second["alternatives"]


# Written for the test in CoNLL++'s shape: each token's offsets where CoNLL-2003 has its tags.
STORY_2020 = """-DOCSTART- - - O

PARIS 21 26 I-LOC
( 27 28 O
Reuters 28 35 I-ORG
) 35 36 O
- 37 38 O
“ 39 40 O
If 40 42 O
Iran 43 47 I-LOC
’s 47 49 O
deal 50 54 O
fails 55 60 O
, 60 61 O
” 61 62 O
Macron 63 69 I-PER
said 70 74 O
. 74 75 O
"""


def test_the_builder_reads_conllpp_s_offsets_and_curly_quotes(tmp_path):
    assert conll.build(STORY_2020, tmp_path, "conllpp") == 1
    text = (tmp_path / "corpus" / "conllpp-0001.txt").read_text()
    assert text == "PARIS (Reuters) - “If Iran’s deal fails,” Macron said.\n"
    (record,) = json.loads((tmp_path / "gold.json").read_text())
    assert (record["people"], record["organisations"], record["places"]) == (
        ["Macron"],
        ["Reuters"],
        ["PARIS", "Iran"],
    )
    assert set(conll.SPLITS) == {"train", "testa", "testb", "conllpp"}


def test_a_name_labelled_with_its_possessive_is_accepted_as_written(tmp_path):
    story = (
        "-DOCSTART- -X- -X- O\n\nMoody NNP I-NP I-ORG\n's POS B-NP I-ORG\nrated VBD I-VP O\nit PRP I-NP O\n"
    )
    conll.build(story, tmp_path, "t")
    (record,) = json.loads((tmp_path / "gold.json").read_text())
    assert record["organisations"] == ["Moody"]
    assert "Moody's" in record["alternatives"]["Moody"]


def test_a_name_joined_to_a_participle_in_a_misc_label_is_optional_in_each_facet(tmp_path):
    story = (
        "-DOCSTART- -X- -X- O\n\nNew NNP I-NP I-MISC\nYork-based JJ I-NP I-MISC\nfirms NNS I-NP O\n"
        "joined VBD I-VP O\nU.S.-led JJ I-NP I-MISC\nSerb NNP I-NP B-MISC\ntroops NNS I-NP O\n"
        "in IN I-PP O\nParis NNP I-NP I-LOC\n. . O O\n"
    )
    conll.build(story, tmp_path, "t")
    (record,) = conll.tabled(json.loads((tmp_path / "gold.json").read_text()))
    assert record["places"] == ["Paris"]
    assert record["optional_places"] == ["New York", "U.S."]
    assert record["optional_organisations"] == record["optional_people"] == ["New York", "U.S."]
    assert "United States" in record["alternatives"]["U.S."]


def test_a_place_or_a_person_the_split_labels_is_optional_inside_another_name(tmp_path):
    story = (
        "-DOCSTART- -X- -X- O\n\nChicago NNP I-NP I-LOC\nand CC O O\nGeorge NNP I-NP I-PER\n"
        "Washington NNP I-NP I-PER\nwon VBD I-VP O\n. . O O\n\n"
        "The DT I-NP O\nUniversity NNP I-NP I-ORG\nof IN I-NP I-ORG\nChicago NNP I-NP I-ORG\n"
        "and CC O O\nSouth NNP I-NP I-ORG\nAfrican NNP I-NP I-ORG\nAirways NNP I-NP I-ORG\n"
        "and CC O O\nLeeds NNP I-NP I-ORG\nUnited NNP I-NP I-ORG\nagreed VBD I-VP O\n. . O O\n\n"
        "The DT I-NP O\nGeorge NNP I-NP I-LOC\nWashington NNP I-NP I-LOC\nBridge NNP I-NP I-LOC\n"
        "shut VBD I-VP O\n. . O O\n"
    )
    conll.build(story, tmp_path, "t")
    first, second, third = json.loads((tmp_path / "gold.json").read_text())
    assert (first["places"], first["people"]) == (["Chicago"], ["George Washington"])
    assert second["places"] == []
    # Leeds is labelled a place nowhere in the split; a compass point opens names.
    assert second["optional_places"] == ["Chicago"]
    assert second["optional_organisations"] == second["optional_people"] == []
    assert third["places"] == ["George Washington Bridge"]
    assert (third["optional_people"], third["optional_places"]) == (["George Washington"], [])


def test_a_story_before_the_split_s_first_mark_is_story_zero_and_the_others_keep_their_numbers(tmp_path):
    # train and testb as StatNLP keeps them open with a story and no mark before it.
    unmarked = STORY.split("\n", 2)[2]
    assert conll.build(unmarked, tmp_path, "t") == 2
    assert sorted(p.name for p in (tmp_path / "corpus").iterdir()) == ["t-0000.txt", "t-0001.txt"]
    assert (tmp_path / "corpus" / "t-0001.txt").read_text().startswith("SOCCER - LEEDS WIN.")


# The original's words as CoNLL writes them (carriage returns, no first mark), CleanCoNLL's
# patch of its words (a hyphened headline's word split, a blank line between sentences dropped)
# and its labels with the words masked: the shapes of flairNLP/CleanCoNLL's files.
ORIGINAL = "SOCCER-LEEDS NN I-NP O\r\nWIN VBP I-VP O\r\n\r\nAT IN I-PP O\r\nHOME NN I-NP O\r\n"
PATCH = "3c3,5\n< SOCCER-LEEDS\n---\n> SOCCER\n> -\n> LEEDS\n5d6\n< \n"
LABELS = "\n".join(
    [
        "[TOKEN]\t-X-\tO\tO\tO",
        "",
        "[TOKEN]\tNN\tO\tO\tO",
        "[TOKEN]\t:\tO\tO\tO",
        "[TOKEN]\tNNP\tB-Leeds_United_F.C.\tB-ORG\tB-ORG",
        "[TOKEN]\tVBP\tO\tO\tO",
        "[TOKEN]\tIN\tO\tO\tO",
        "[TOKEN]\tNN\tO\tO\tO",
        "",
    ]
)


def test_cleanconll_s_patch_and_labels_relabel_the_original_s_words(tmp_path):
    text = conll.relabelled(ORIGINAL, LABELS, PATCH)
    assert text.split("\n")[:4] == [
        "SOCCER NN O O O",
        "- : O O O",
        "LEEDS NNP B-Leeds_United_F.C. B-ORG B-ORG",
        "WIN VBP O O O",
    ]
    conll.build(text, tmp_path, "testb")
    (record,) = json.loads((tmp_path / "gold.json").read_text())
    assert record["file"] == "testb-0000.txt" and record["organisations"] == ["LEEDS"]
    assert (tmp_path / "corpus" / "testb-0000.txt").read_text() == "SOCCER - LEEDS WIN AT HOME\n"


def test_a_patch_that_does_not_fit_the_original_or_labels_of_another_length_are_refused():
    with pytest.raises(ValueError, match="does not fit"):
        conll.relabelled(ORIGINAL.replace("SOCCER-LEEDS", "SOCCER-HULL"), LABELS, PATCH)
    with pytest.raises(ValueError, match="8 words against 9 labels"):
        conll.relabelled(ORIGINAL, LABELS + "[TOKEN]\tNN\tO\tO\tO\n", PATCH)
