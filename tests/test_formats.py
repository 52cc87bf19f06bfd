"""Saved web pages, PDF reports and Markdown notes, their metadata, and copied paragraphs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index import build_index, open_index
from index.read.formats import _unwrap
from search import get_source
from web import create_app

MIXED = Path(__file__).parent / "data" / "mixed"


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    path = tmp_path_factory.mktemp("mixed-index")
    summary = build_index(MIXED, path)
    assert summary.added == ["news-page.html", "notes.md", "report.pdf"] and not summary.skipped
    return path


def source(index_dir: Path, name: str) -> dict:
    with open_index(index_dir).searcher() as searcher:
        return get_source(searcher, name)


def test_a_saved_page_gives_its_article_without_navigation_adverts_comments_or_scripts(mixed):
    page = source(mixed, "news-page.html")
    texts = [p["text"] for p in page["paragraphs"]]
    assert texts[0] == "Council sorry for delayed abuse review"
    assert len(texts) == 6
    joined = " ".join(texts)
    for chrome in ("Subscribe", "ADVERTISEMENT", "Reader123", "Copyright", "alert", "<script", "onerror"):
        assert chrome not in joined
    assert [p["zone"] for p in page["paragraphs"]] == ["headline", "body", "body", "subhead", "body", "body"]
    assert page["paragraphs"][1]["line"] == 21  # where the paragraph stands in the saved page


def test_a_saved_page_gives_its_metadata(mixed):
    page = source(mixed, "news-page.html")
    assert (page["title"], page["published"], page["published_basis"]) == (
        "Council sorry for delayed abuse review",
        "2025-10-22",
        "metadata",
    )
    assert (page["author"], page["outlet"], page["url"]) == (
        "Jo Bloggs",
        "Example Gazette",
        "https://news.example.org/council-sorry",
    )
    assert page["format"] == "html"


def test_a_pdf_gives_paragraphs_with_their_pages(mixed):
    report = source(mixed, "report.pdf")
    paragraphs = report["paragraphs"]
    assert {p["page"] for p in paragraphs} == {1, 2}
    assert paragraphs[1]["text"].startswith(
        "This report sets out the findings of the unannounced inspection of the county"
    )
    assert "\n" not in paragraphs[1]["text"]  # wrapping repaired
    assert [p["zone"] for p in paragraphs if p["text"] == "Recommendations"] == ["subhead"]
    assert paragraphs[-1]["page"] == 2 and paragraphs[-1]["text"].endswith("every month.")


def test_hyphenation_at_a_line_end_is_repaired():
    assert _unwrap(["the inspec-", "tion found", "group-", "Based"]) == "the inspection found group- Based"


def test_markdown_headings_are_subheads_and_metadata_files_override(mixed):
    notes = source(mixed, "notes.md")
    assert (notes["title"], notes["published"], notes["author"]) == (
        "Backlog story notes",
        "2025-10-23",
        "Jo Bloggs",
    )
    assert notes["extra"] == {"desk": "investigations", "status": "draft"}
    zones = {p["text"]: p["zone"] for p in notes["paragraphs"]}
    assert zones["Police statement"] == zones["Timeline"] == "subhead"
    assert zones["March 2024: first referrals logged but not assigned."] == "body"
    assert [p["line"] for p in notes["paragraphs"][:4]] == [1, 3, 5, 7]


def test_copied_paragraphs_are_linked_with_the_first_seen_marked(mixed):
    page = source(mixed, "news-page.html")["paragraphs"][5]
    notes = source(mixed, "notes.md")["paragraphs"][3]
    assert page["copies"] == ["notes.md#p4"] and notes["copies"] == ["news-page.html#p6"]
    assert page["first_seen"] is True and notes["first_seen"] is False  # 22 October before 23 October


def test_hits_say_where_else_a_paragraph_appears_and_copies_fold(mixed):
    client = create_app({"TESTING": True, "INDEX": str(mixed)}).test_client()
    body = client.get("/api/search", query_string={"q": '"review every referral"'}).get_json()
    assert body["total"] == 2 and all(hit["also_in"] == 1 for hit in body["hits"])
    folded = client.get(
        "/api/search", query_string={"q": '"review every referral"', "collapse": "copies"}
    ).get_json()
    assert len(folded["hits"]) == 1 and folded["hits"][0]["also_in"] == 1
    html = client.get("/?q=%22review+every+referral%22").get_data(as_text=True)
    assert "also in 1 source" in html and "/source/notes.md?p=4#p4" in html
    assert "Page 2" in client.get("/source/report.pdf").get_data(as_text=True)


def test_links_follow_a_change_on_either_side(tmp_path):
    corpus = Path(shutil.copytree(MIXED, tmp_path / "corpus"))
    build_index(corpus, tmp_path / "ix")
    notes = corpus / "notes.md"
    notes.write_text(
        notes.read_text().replace("We will review every referral", "We are looking at referrals")
    )
    summary = build_index(corpus, tmp_path / "ix")
    assert summary.updated == ["news-page.html", "notes.md"]  # the page loses its copy too
    assert source(tmp_path / "ix", "news-page.html")["paragraphs"][5]["copies"] == []


def test_the_seeds_statements_are_linked_across_sources(seeds_client):
    met = seeds_client.get("/api/sources/000_a43aa4cfb784ad0b.txt").get_json()["paragraphs"]
    statement = next(p for p in met if p["text"].startswith("A spokesperson for the Met Police said"))
    assert "002_bf9cd84d798978d6.txt#p35" in statement["copies"]
    mayor = next(p for p in met if p["text"].startswith("“We remain vigilant"))
    assert {c.split("#")[0] for c in mayor["copies"]} == {
        "001_22eabda65fff4584.txt",
        "002_bf9cd84d798978d6.txt",
    }
