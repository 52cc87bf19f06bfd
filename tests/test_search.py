import pytest
from werkzeug.datastructures import MultiDict

from index import open_index
from search import ColumnCache, SearchError, SearchRequest, make_parser, run_search


def request(**args) -> SearchRequest:
    data = MultiDict(
        [(k, v) for k, values in args.items() for v in (values if isinstance(values, list) else [values])]
    )
    return SearchRequest.from_args(data.get, data.getlist)


@pytest.fixture(scope="module")
def search(index_dir):
    ix = open_index(index_dir)
    parser, columns = make_parser(ix.schema), ColumnCache()

    def run(**args):
        with ix.searcher() as searcher:
            return run_search(searcher, parser, request(**args), columns)

    return run


def ids(results) -> list[str]:
    return [hit["id"] for hit in results.hits]


def test_phrase_hits_in_ranked_order(search):
    results = search(q='"grooming gangs"')
    assert ids(results)[0] == "blank-lines.txt#p1"
    assert sorted(ids(results)) == ["blank-lines.txt#p1", "blank-lines.txt#p3", "nested/one-per-line.txt#p4"]
    assert results.hits[0]["excerpt_html"] == "Council admits <mark>grooming gangs</mark> review was delayed"


def test_boilerplate_is_left_out_unless_asked_for(search):
    assert search(q="newsletter").total == 0
    assert ids(search(q="newsletter", zone="boilerplate")) == ["blank-lines.txt#p8"]


def test_empty_query_browses_in_source_order(search):
    results = search(q="", per_page=3)
    assert ids(results) == ["blank-lines.txt#p1", "blank-lines.txt#p3", "blank-lines.txt#p4"]
    assert results.total == 22


def test_facets_count_all_matches_not_just_the_page(search):
    results = search(q="", per_page=1)
    sources = {f["value"]: f["count"] for f in results.facets["source"]}
    assert sources == {
        "blank-lines.txt": 6,
        "html-like.txt": 4,
        "latin1.txt": 3,
        "nested/one-per-line.txt": 5,
        "wrapped.txt": 4,
    }
    zones = {f["value"]: (f["count"], f["selected"]) for f in results.facets["zone"]}
    # Boilerplate is counted and offered, though left out of the hits.
    assert zones == {
        "body": (15, False),
        "boilerplate": (9, False),
        "headline": (5, False),
        "caption": (1, False),
        "subhead": (1, False),
    }


def test_a_facet_keeps_its_sibling_counts_when_selected(search):
    results = search(q="", source=["latin1.txt", "wrapped.txt"])
    assert results.total == 7
    counts = {f["value"]: (f["count"], f["selected"]) for f in results.facets["source"]}
    assert counts["blank-lines.txt"] == (6, False)
    assert counts["latin1.txt"] == (3, True)
    assert counts["wrapped.txt"] == (4, True)
    # Other facets are narrowed by the source selection.
    assert {f["value"]: f["count"] for f in results.facets["zone"]}["headline"] == 2


def test_filters_of_different_facets_are_anded(search):
    results = search(q="", source="wrapped.txt", zone="headline")
    assert ids(results) == ["wrapped.txt#p1"]


def test_published_filter_and_ranges(search):
    # blank-lines.txt is dated by metadata; one-per-line.txt inferred from its folder.
    assert {h["source"] for h in search(q="", published="2025-10").hits} == {
        "blank-lines.txt",
        "nested/one-per-line.txt",
    }
    assert search(q="", published_from="2025-10-21").total == 0
    assert search(q="", published_to="2025-10").total == 11
    assert search(q="", published_from="2025-10-20", published_to="2025-10-20").total == 6


def test_date_facets_are_chronological_and_drill_down(search):
    def shown(facet):
        return [(f["value"], f["count"], f["selected"]) for f in facet]

    assert shown(search(q="").facets["published"]) == [("2025", 11, False)]
    drilled = search(q="", published="2025").facets["published"]
    assert shown(drilled) == [("2025", 11, True), ("2025-10", 11, False)]
    assert search(q="", published="2025-10").facets["published"][-1]["value"] == "2025-10-20"
    mentioned = search(q="", mentioned="2019").facets["mentioned"]
    assert [m["value"] for m in mentioned] == ["2019"]


def test_sort_by_source_and_pagination(search):
    page2 = search(q="the", sort="source", per_page=2, page=2)
    page1 = search(q="the", sort="source", per_page=2, page=1)
    assert ids(page1) + ids(page2) == ids(search(q="the", sort="source", per_page=4))
    assert page2.hits[0]["score"] is None


def test_did_you_mean_for_a_misspelt_word(search):
    results = search(q="comittee")
    assert results.total == 0
    assert results.suggestion == "committee"
    assert search(q="comittee questions").suggestion == "committee questions"
    assert search(q="committee").suggestion is None


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ({"page": "0"}, "bad_page"),
        ({"per_page": "1000"}, "bad_per_page"),
        ({"page": "x"}, "bad_page"),
        ({"published": "2025-13"}, "bad_date"),
        ({"mentioned_from": "last week"}, "bad_date"),
        ({"sort": "random"}, "bad_sort"),
        ({"q": "x" * 1001}, "query_too_long"),
        ({"page": "600", "per_page": "20"}, "too_deep"),
    ],
)
def test_bad_requests_are_refused_with_a_code(args, code):
    with pytest.raises(SearchError) as error:
        request(**args)
    assert error.value.code == code


def test_excluded_values_are_left_out_and_listed_first(search):
    results = search(q="", source=["-blank-lines.txt"])
    assert results.total == 16
    assert "blank-lines.txt" not in {h["source"] for h in results.hits}
    first = results.facets["source"][0]
    assert (first["value"], first["excluded"], first["selected"]) == ("blank-lines.txt", True, False)
    both = search(q="", source=["-blank-lines.txt"], zone="-headline")
    assert both.total == 12


def test_selected_values_come_first(search):
    facet = search(q="", source="latin1.txt").facets["source"]
    assert facet[0]["value"] == "latin1.txt" and facet[0]["selected"]


def test_group_by_source_gives_the_best_paragraph_of_each_with_the_rest_counted(search):
    results = search(q="council OR inspection OR basin", group="source")
    assert results.groups == len({h["source"] for h in results.hits}) == len(results.hits)
    by_source = {h["source"]: h["more_in_source"] for h in results.hits}
    assert by_source["wrapped.txt"] == 2
    flat = search(q="council OR inspection OR basin", per_page=100)
    assert flat.total == sum(by_source.values()) + len(by_source)


def test_hits_carry_their_neighbouring_paragraphs(search):
    hit = search(q="apologise").hits[0]
    assert hit["id"] == "blank-lines.txt#p4"
    assert hit["context_before"].startswith("The county council has admitted")
    assert hit["context_after"].startswith("“We are putting new safeguards")
    first = search(q="", per_page=1).hits[0]
    assert first["context_before"] is None
