"""The block-wise query evaluator against Whoosh's own matchers: same matches, same scores."""

import shutil
from pathlib import Path

import numpy as np
import pytest
from whoosh import query as wq

from index import build_index, open_index
from index.store.schema import PARAGRAPH
from search import ColumnCache, make_parser
from search.matching import evaluate
from search.query import in_reader, match_case, parse

SEEDS = Path(__file__).parent.parent / "seeds"
QUERIES = [
    "police",
    "grooming gangs",
    '"grooming gangs"',
    '"the home secretary"',
    "police OR council",
    "police NOT Rowley",
    "police -met",
    "groom*",
    "polise~",
    "speaker:'Mark Rowley'",
    "(inquiry OR review) AND police",
    '"grooming gangs"~3',
    "NOT police",
    "zz:zz",
    "nosuchwordanywhere",
]


def whoosh_scores(searcher, q) -> dict[int, float]:
    """Return Whoosh's own score for every paragraph a query matches."""
    paragraphs = set(searcher.docs_for_query(wq.Term("kind", PARAGRAPH)))
    return {hit.docnum: hit.score for hit in searcher.search(q, limit=None, filter=paragraphs)}


def agree(index_dir, columns: ColumnCache | None = None, rounds: int = 1) -> None:
    ix = open_index(index_dir)
    parser, columns = make_parser(ix.schema), columns or ColumnCache()
    with ix.searcher() as searcher:
        for text in QUERIES * rounds:
            q = match_case(parse(text, parser)[0], *in_reader(searcher.reader()))
            mask, scores = evaluate(q, searcher, columns)
            if isinstance(q, wq.MultiTerm):
                # Whoosh expands fuzzy terms per segment, where the words may be missing:
                # compare with the words the whole index expands to.
                q = wq.Or([wq.Term(q.fieldname, word) for word in q._btexts(searcher.reader())])
            expected = whoosh_scores(searcher, q)
            assert set(np.flatnonzero(mask).tolist()) == set(expected), text
            for docnum, score in expected.items():
                assert scores[docnum] == pytest.approx(score, rel=1e-5), text


def test_matches_and_scores_equal_whoosh(seeds_index):
    agree(seeds_index)


def test_postings_kept_for_common_words_give_the_same_matches_and_stay_bounded(seeds_index):
    # Every word counts as common here; the second round reads the kept postings.
    columns = ColumnCache(common=1)
    agree(seeds_index, columns, rounds=2)
    assert 0 < columns._postings_bytes <= 64 << 20 and columns._postings
    small = ColumnCache(common=1, postings_bytes=4096)
    agree(seeds_index, small, rounds=2)
    assert 0 < small._postings_bytes <= 4096


def test_agrees_over_several_segments_with_deletions(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    build_index(corpus, tmp_path / "index")
    first = sorted(corpus.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n\nPolice said the review was groomed.\n")
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index").searcher() as searcher:
        assert len(searcher.leaf_searchers()) > 1 or searcher.reader().has_deletions()
    agree(tmp_path / "index")
    ix = open_index(tmp_path / "index")
    with ix.searcher() as searcher:
        mask, _ = evaluate(parse("polise~", make_parser(ix.schema))[0], searcher, ColumnCache())
        # One letter from the word as written: every paragraph with "police", on every segment.
        assert mask.sum() >= evaluate(wq.Term("words", "police"), searcher, ColumnCache())[0].sum() > 0


def test_facet_counts_are_the_same_whether_few_or_many_documents_match(seeds_index):
    with open_index(seeds_index).searcher() as searcher:
        column = ColumnCache().column(searcher, "people")
        for every in (1, 2, 30):  # many documents (dense path) down to a few (sparse path)
            docs = np.zeros(len(column), dtype=bool)
            docs[::every] = True
            expected = {}
            for doc in np.flatnonzero(docs):
                for value in column[doc]:
                    expected[value] = expected.get(value, 0) + 1
            counts = column.counts(docs)
            assert {column.vocab[c]: int(n) for c, n in enumerate(counts) if n} == expected


def test_postings_read_by_blocks_equal_those_read_one_by_one(seeds_index):
    from search.columns import _by_blocks, _one_by_one

    with open_index(seeds_index).searcher() as searcher:
        reader = searcher.leaf_searchers()[0][0].reader()
        for field, word in [
            ("text", b"said"),
            ("text", b"groom"),
            ("kind", b"paragraph"),
            ("speakers", b"Mark Rowley"),
        ]:
            fast = _by_blocks(reader.postings(field, word), values=True)
            slow = _one_by_one(reader.postings(field, word), values=True)
            assert fast.docs.tolist() == slow.docs.tolist() and len(fast.docs) > 0
            assert fast.weights.tolist() == slow.weights.tolist()
            assert fast.values == slow.values
