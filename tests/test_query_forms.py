"""Query forms on the seeds: patterns and fuzzy terms on the words as written, zones, repeats."""

from __future__ import annotations

import re

import pytest

import search.expand as expand
from index.store.schema import ZONES
from search.ranking import ZONE_WEIGHTS


def ask(client, q: str, **args) -> dict:
    response = client.get("/api/search", query_string={"q": q, "per_page": 100, **args})
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


@pytest.fixture(scope="module")
def texts(seeds_index) -> dict[str, str]:
    """Every seed paragraph outside boilerplate, by id."""
    from index import open_index
    from index.store.schema import PARAGRAPH

    with open_index(seeds_index).searcher() as searcher:
        return {d["id"]: d["text"] for d in searcher.documents(kind=PARAGRAPH) if d["zone"] != "boilerplate"}


def having(texts: dict[str, str], pattern: str) -> set[str]:
    """Return the ids of paragraphs with a word matching pattern (whole word, any case)."""
    word = re.compile(rf"(?<!\w){pattern}(?!\w)", re.IGNORECASE)
    return {pid for pid, text in texts.items() if word.search(text)}


def ids(body: dict) -> set[str]:
    return {hit["id"] for hit in body["hits"]}


def unfolded(client, q: str) -> set[str]:
    """Return every paragraph a query matches, repeats included (each hit and its also_at)."""
    body = ask(client, q)
    found = ids(body)
    for hit in body["hits"]:
        found |= {f"{hit['source']}#p{n}" for n in hit["also_at"]}
    return found


@pytest.mark.parametrize(
    ("q", "pattern"),
    [
        ("Rowly~", r"rowley|rowl[a-z]?|rowly"),  # one letter from "rowly": "Rowley" (the stem is "rowlei")
        ("grooming~", r"grooming|groomin|grooning"),
        ("exploitat*", r"exploitat\w*"),  # longer than the stem "exploit"
        ("gr?oming", r"gr\woming"),
        ("Inspectorat*", r"inspectorat\w*"),
        ("*tion", r"\w*tion"),
    ],
)
def test_patterns_and_fuzzy_terms_match_the_words_as_written(seeds_client, texts, q, pattern):
    expected = having(texts, pattern)
    assert expected, "the seeds hold such words"
    assert unfolded(seeds_client, q) == expected


def test_the_issues_examples_now_find_what_the_plain_word_finds(seeds_client, texts):
    assert ask(seeds_client, "Rowly~")["total"] == ask(seeds_client, "Rowley")["total"] > 0
    assert unfolded(seeds_client, "grooming~") >= having(texts, "grooming")
    assert len(having(texts, "exploitat\\w*")) == ask(seeds_client, "exploitat*")["total"]


def test_pattern_terms_are_marked_as_written(seeds_client):
    hit = ask(seeds_client, "exploitat*")["hits"][0]
    assert re.search(r"<mark>[Ee]xploitation</mark>", hit["excerpt_html"])
    hit = ask(seeds_client, "Rowly~")["hits"][0]
    assert "<mark>Rowley</mark>" in hit["excerpt_html"]


def test_plain_words_and_phrases_keep_stemming(seeds_client, texts):
    assert unfolded(seeds_client, "gang") >= having(texts, "gangs")
    # "Met reveals 9,000 cases in London grooming gangs review"
    assert "003_bafe27ce80e88a67.txt#p5" in ids(ask(seeds_client, '"grooming gang"'))


def test_did_you_mean_proposes_only_what_finds_more(seeds_client):
    body = ask(seeds_client, "Rowly")
    assert body["total"] == 0 and body["suggestion"] == "rowley"
    assert ask(seeds_client, body["suggestion"])["total"] > 0
    for q in ["Rowly", "grroming gangz", "Rowly Okafr", "whistleblowr Maggy", "zzqxv", "exploitaton review"]:
        body = ask(seeds_client, q)
        if body["suggestion"] is not None:
            assert ask(seeds_client, body["suggestion"])["total"] > body["total"], q


def test_did_you_mean_takes_the_nearest_word_as_typed_then_the_commonest(seeds_client):
    # Whoosh's corrector took the commonest word within two edits of the stem: "groming"
    # (stem "grome") became "from", and "goverment" became "cover".
    assert ask(seeds_client, "groming")["suggestion"] == "grooming"
    assert ask(seeds_client, "Groming gangz")["suggestion"] == "grooming gangs"
    assert ask(seeds_client, "goverment")["suggestion"] == "government"
    assert ask(seeds_client, "metropolitn polise")["suggestion"] == "metropolitan police"


def test_an_expansion_past_the_bound_searches_the_commonest_words_and_says_so(seeds_client, monkeypatch):
    everything = ask(seeds_client, "g*")
    assert not everything["warnings"]
    monkeypatch.setattr(expand, "MAX_WORDS", 3)
    bounded = ask(seeds_client, "g*", per_page=99)  # another request: answers are kept per request
    assert any("g* stands for" in w and "searched the 3 most common" in w for w in bounded["warnings"])
    assert 0 < bounded["total"] < everything["total"]


@pytest.mark.parametrize("q", ["speaker:", "speaker: Khan", "(person:) Met"])
def test_an_empty_field_is_read_as_a_word_with_a_warning(seeds_client, q):
    body = ask(seeds_client, q)
    assert any("has no value after it" in w for w in body["warnings"])


def test_zone_weights_cover_every_zone_and_rank_body_and_headline_first():
    assert set(ZONE_WEIGHTS) == set(ZONES)
    assert ZONE_WEIGHTS["body"] == ZONE_WEIGHTS["headline"] == 1.0
    assert max(ZONE_WEIGHTS["subhead"], ZONE_WEIGHTS["caption"]) < 1.0
    assert ZONE_WEIGHTS["boilerplate"] <= min(ZONE_WEIGHTS["subhead"], ZONE_WEIGHTS["caption"])


def test_subheads_and_captions_no_longer_lead_a_phrase_search(seeds_client):
    hits = ask(seeds_client, '"grooming gangs"')["hits"][:5]
    assert {hit["zone"] for hit in hits} <= {"body", "headline"}


def test_a_paragraph_printed_twice_in_a_source_folds_into_the_first(seeds_client):
    # 001's captions are printed twice, once with straight quotes and once with curly ones.
    body = ask(seeds_client, "pictured accused")
    first = next(hit for hit in body["hits"] if hit["id"] == "001_22eabda65fff4584.txt#p11")
    assert first["also_at"] == [12]
    assert "001_22eabda65fff4584.txt#p12" not in ids(body)
    browse = ask(seeds_client, "", source="001_22eabda65fff4584.txt", zone="caption")
    assert [hit["paragraph"] for hit in browse["hits"]] == [11, 13]
    # The source view keeps every paragraph, repeats included.
    paragraphs = seeds_client.get("/api/sources/001_22eabda65fff4584.txt").get_json()["paragraphs"]
    assert paragraphs[11]["also_at"] == [11] and paragraphs[11]["paragraph"] == 12


def test_the_page_shows_also_at(seeds_client):
    html = seeds_client.get("/?q=pictured+accused").get_data(as_text=True)
    assert "also at" in html and "#p12" in html


def test_the_command_line_and_export_share_the_query_forms(runner, seeds_index, seeds_client):
    from web.cli import main

    result = runner.invoke(main, ["search", "Rowly~", "--index", str(seeds_index)])
    assert result.exit_code == 0 and "Rowley" in result.stdout
    assert result.stdout.startswith(f"{ask(seeds_client, 'Rowly~')['total']} matching paragraphs")
    result = runner.invoke(main, ["export", "exploitat*", "--format", "jsonl", "--index", str(seeds_index)])
    rows = [line for line in result.stdout.splitlines() if line]
    assert len(rows) == ask(seeds_client, "exploitat*")["total"]
    result = runner.invoke(main, ["search", "pictured accused", "--index", str(seeds_index)])
    assert "001_22eabda65fff4584.txt#p11 (line 20; also at p12)" in result.stdout
