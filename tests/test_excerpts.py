from hypothesis import example, given, settings
from hypothesis import strategies as st
from whoosh import query as wq

from index.store.schema import TEXT_ANALYZER
from search.excerpts import Marks, excerpt_html, sanitise

TEXT = "Grooming gangs were denied. The gangs were real, said the report on grooming."


def test_phrases_are_marked_exactly_and_terms_everywhere():
    marks = Marks({"report"}, [["groom", "gang"]])
    html = excerpt_html(TEXT, marks, TEXT_ANALYZER)
    assert html == (
        "<mark>Grooming gangs</mark> were denied. The gangs were real, said the "
        "<mark>report</mark> on grooming."
    )


def test_long_paragraphs_are_cut_around_the_marks():
    text = "Filler words here. " * 40 + "The needle is here. " + "More filler text. " * 40
    html = excerpt_html(text, Marks({"needl"}, []), TEXT_ANALYZER)
    assert "<mark>needle</mark>" in html
    assert html.startswith("… ") and html.endswith(" …")
    assert len(html) < 300


def test_text_is_escaped_and_only_mark_survives():
    html = excerpt_html('<script>alert("x")</script> & <b>bold</b>', Marks({"alert"}, []), TEXT_ANALYZER)
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;<mark>alert</mark>" in html
    assert sanitise('<mark onclick="x()">a</mark><img src=x onerror=y>') == "<mark>a</mark>"


def test_negated_terms_are_not_marked(index_dir):
    from index import open_index

    q = wq.AndNot(wq.Term("text", "council"), wq.Term("text", "review"))
    with open_index(index_dir).searcher() as searcher:
        marks = Marks.in_reader(q, searcher)
    assert marks.terms == {"council"}


def test_prefix_and_fuzzy_terms_expand_to_the_words_in_the_index(index_dir):
    from index import open_index

    q = wq.Or([wq.Prefix("text", "inspect"), wq.FuzzyTerm("text", "okafr")])
    with open_index(index_dir).searcher() as searcher:
        marks = Marks.in_reader(q, searcher)
    assert {"inspect", "inspector", "okafor"} <= marks.terms


def test_patterns_on_the_words_mark_the_words_as_written(index_dir):
    from index import open_index

    q = wq.Or([wq.Prefix("words", "inspect"), wq.FuzzyTerm("words", "okafr")])
    with open_index(index_dir).searcher() as searcher:
        marks = Marks.in_reader(q, searcher)
    assert {"inspection", "inspectorate", "okafor"} <= marks.words
    html = excerpt_html("Mr Okafor said inspectors came for an inspection.", marks, TEXT_ANALYZER)
    # Only words the index holds are marked: "inspectors" is in no paragraph of the corpus.
    assert html == "Mr <mark>Okafor</mark> said inspectors came for an <mark>inspection</mark>."


def test_tokens_are_those_of_the_analyzer():
    from search.excerpts import _tokens

    text = "The Met’s 9,000 cases: Sir Mark said he'd review U.S. files re-opened in 2025 (ALL of them)."
    tokens = TEXT_ANALYZER(text, positions=True, chars=True)
    expected = [(t.text, t.pos, t.startchar, t.endchar) for t in tokens]
    assert _tokens(text, TEXT_ANALYZER) == expected


@settings(max_examples=500, deadline=None)
@given(st.text(), st.integers(0, 20), st.integers(0, 20))
@example("\x0c0", 0, 2)  # a form feed is not plain text: it goes through bleach
def test_plain_escaped_text_is_passed_exactly_as_bleach_would_return_it(text, start, length):
    from search.excerpts import _cleaner, mark_html

    fragment = mark_html(text, [(min(start, len(text)), min(start + length, len(text)))])
    assert sanitise(fragment) == _cleaner().clean(fragment)


def test_news_text_takes_the_plain_path():
    from search.excerpts import _PLAIN, mark_html

    assert _PLAIN.fullmatch(mark_html("Rowley’s “180-degree” turn & <more>\n", [(0, 6)]))
    assert not _PLAIN.fullmatch('<mark onclick="x()">a</mark>')
