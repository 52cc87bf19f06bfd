"""The factored alternation finds what the flat one finds, on word lists that share prefixes."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from index.patterns import alternation
from index.who.speech import VERB, VERBS

# Few letters, so that words share prefixes and are prefixes of one another.
WORDS = st.lists(st.text("abc", min_size=1, max_size=5), min_size=1, max_size=12)
TEXT = st.text("abc .-", max_size=60)


def flat(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@settings(max_examples=400)
@given(WORDS, TEXT)
def test_the_factored_alternation_matches_where_and_what_the_flat_one_does(words, text):
    for wrap in ("({})", r"\b({})\b", "({})c"):
        factored = re.compile(wrap.format(alternation(words)))
        plain = re.compile(wrap.format(flat(words)))
        assert [m.span() for m in factored.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_longer_word_wins_over_its_prefix():
    assert re.fullmatch(alternation(["say", "saying", "says"]), "saying")
    assert re.match(alternation(["say", "saying"]), "saying")[0] == "saying"


def test_the_speech_verbs_are_found_as_the_flat_list_finds_them():
    text = "He said, saying it; she says so and spoke of it. They called for calm, then called on him."
    plain = re.compile(rf"\b({flat(VERBS)})\b")
    found = [m[1] for m in VERB.finditer(text)]
    assert found == [m[1] for m in plain.finditer(text)]
    assert found == ["said", "saying", "says", "spoke of", "called for", "called on"]
