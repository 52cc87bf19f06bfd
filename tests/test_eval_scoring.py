"""The development sets' scorer (bench/eval.py) matches names as the gold's README says."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("bench_eval", Path(__file__).parents[1] / "bench" / "eval.py")
bench_eval = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_eval)


def _record(places, optional=(), alternatives=None):
    return {
        "file": "a.txt",
        "line": 1,
        "places": list(places),
        "optional_places": list(optional),
        "alternatives": alternatives or {},
    }


def test_a_required_name_as_written_counts_though_another_lists_it_as_an_alternative():
    record = _record(["Tulsa"], ["Downtown"], {"Tulsa": ["T-town"], "Downtown": ["Tulsa", "Downtown Tulsa"]})
    score = bench_eval.entity_score([record], {("a.txt", 1): {"places": ["Tulsa"]}}, "places")
    assert (score.correct, score.found, score.recalled, score.required) == (1, 1, 1, 1)


def test_alternatives_case_and_the_are_accepted_and_optional_names_never_count():
    record = _record(["United States"], ["Downtown"], {"United States": ["U.S."]})
    found = {("a.txt", 1): {"places": ["the U.S.", "downtown", "Mars"]}}
    score = bench_eval.entity_score([record], found, "places")
    assert (score.correct, score.found, score.recalled, score.required) == (1, 2, 1, 1)


def test_a_comma_counts_as_the_space_the_index_stores_it_as():
    record = _record(["Washington, D.C."], alternatives={"Washington, D.C.": ["D.C."]})
    score = bench_eval.entity_score([record], {("a.txt", 1): {"places": ["Washington D.C."]}}, "places")
    assert (score.correct, score.found, score.recalled, score.required) == (1, 1, 1, 1)


def test_a_letter_s_accents_do_not_count():
    record = _record(["SAO PAULO", "Zurich"])
    score = bench_eval.entity_score([record], {("a.txt", 1): {"places": ["São Paulo", "Zürich"]}}, "places")
    assert (score.correct, score.found, score.recalled, score.required) == (2, 2, 2, 2)


def _gap_range(right: dict[str, bool]) -> tuple[float, float]:
    """Score one required place per document, right or wrong, and return the parts' gap range."""
    records = [_record(["Tulsa"]) | {"file": name} for name in right]
    found = {(name, 1): {"places": ["Tulsa" if ok else "Mars"]} for name, ok in right.items()}
    return bench_eval.gap_interval(records, found, lambda r, p: bench_eval.entity_score(r, p, "places"))


def _names(kept: bool, count: int) -> list[str]:
    names = (f"doc{i}.txt" for i in range(1000))
    return [name for name in names if bench_eval.kept_aside(name) == kept][:count]


def test_the_gap_range_holds_zero_when_the_parts_differ_by_chance_only():
    # Nine in ten right in each part, the wrong ones falling unevenly.
    tuned = {name: i % 10 != 0 for i, name in enumerate(_names(False, 30))}
    kept = {name: i != 0 for i, name in enumerate(_names(True, 10))}
    low, high = _gap_range(tuned | kept)
    assert low <= 0 <= high
    # Every tuned document right, every kept one wrong: the tuned part is ahead beyond chance.
    low, _ = _gap_range(dict.fromkeys(_names(False, 30), True) | dict.fromkeys(_names(True, 10), False))
    assert low > 0.9


def test_the_reviewed_speakers_take_a_body_s_initials_for_its_full_name():
    record = {
        "file": "a.txt",
        "line": 1,
        "speakers": ["DNC"],
        "weak_speakers": [],
        "note": 'E1 "the DNC" / "said" -> DNC [org] (name)',
    }
    found = {("a.txt", 1): {"speakers": ["Democratic National Committee"]}}
    (reviewed,) = bench_eval.reviewed([record], found)
    assert "Democratic National Committee" in reviewed["speaker_alternatives"]["DNC"]
    (raw,) = bench_eval.reviewed([record], {("a.txt", 1): {"speakers": ["Democratic Party"]}})
    assert raw["speaker_alternatives"]["DNC"] == set()
