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
