import pytest
from whoosh import query as wq

from index.store.schema import make_schema
from search.query import make_parser, parse

PARSER = make_parser(make_schema())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"grooming gangs"', wq.Phrase("text", ["groom", "gang"])),
        ("gangs -met", wq.AndNot(wq.Term("text", "gang"), wq.Term("text", "met"))),
        # Patterns and fuzzy terms compare with the words as written, not with stems.
        ("Exploitat*", wq.Prefix("words", "exploitat")),
        ("gr?oming", wq.Wildcard("words", "gr?oming")),
        ("text:insp*ion", wq.Wildcard("words", "insp*ion")),
        ("khan OR rowley", wq.Or([wq.Term("text", "khan"), wq.Term("text", "rowlei")])),
        ('speaker:"Mark Rowley"', wq.Term("speakers", "Mark Rowley")),
        ("source:story.txt", wq.Term("source", "story.txt")),
        ("mentioned:2025*", wq.Prefix("dates", "2025")),
    ],
)
def test_syntax(text, expected):
    parsed, warnings = parse(text, PARSER)
    assert parsed == expected
    assert warnings == []


def test_words_are_anded_and_stemmed():
    parsed, _ = parse("grooming gangs", PARSER)
    assert parsed == wq.And([wq.Term("text", "groom"), wq.Term("text", "gang")])


def test_fuzzy_term_is_on_the_unstemmed_word():
    parsed, _ = parse("Rowly~", PARSER)
    assert parsed == wq.FuzzyTerm("words", "rowly", maxdist=1, prefixlength=0)
    parsed, _ = parse("grooming~2", PARSER)
    assert parsed == wq.FuzzyTerm("words", "grooming", maxdist=2, prefixlength=0)


def test_patterns_on_a_name_field_stay_there():
    assert parse("speaker:Mark*", PARSER)[0] == wq.Prefix("speakers", "Mark")


def test_empty_query_browses():
    assert parse("   ", PARSER) == (None, [])


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ('"unclosed phrase', "a quotation mark is not closed"),
        ("met AND (gangs", "parentheses do not match"),
        ("met OR", "AND, OR or NOT is missing a word on one side"),
        ("foo:bar", "unknown field 'foo': searched as words"),
        ("speaker:", "speaker: has no value after it: searched as a word"),
        ("speaker: Khan", "speaker: has no value after it: searched as a word"),
        ("(mentioned:) gangs", "mentioned: has no value after it: searched as a word"),
        ("gangs OR OR police", "AND, OR or NOT is missing a word on one side"),
        ("(OR gangs)", "AND, OR or NOT is missing a word on one side"),
        ("NOT", "AND, OR or NOT is missing a word on one side"),
    ],
)
def test_syntax_errors_are_read_leniently_with_a_warning(text, warning):
    parsed, warnings = parse(text, PARSER)
    assert warning in warnings
    assert parsed is not None and parsed is not wq.NullQuery


def test_unparseable_text_falls_back_to_its_words():
    parsed, warnings = parse("((( ) gangs [", PARSER)
    assert "gang" in {t for _, t in parsed.iter_all_terms()}
    assert warnings


@pytest.mark.parametrize("text", ["(((", '""', ")", "^", "~~", "*:*", "AND OR NOT", "\x00", "ü" * 50])
def test_nothing_raises(text):
    parse(text, PARSER)
