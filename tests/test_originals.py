"""The original files behind the hits: served for indexed sources only, with safe types."""

from __future__ import annotations

import pytest

from web import create_app

from .conftest import CORPUS
from .test_formats import MIXED, mixed  # noqa: F401 - the fixture of the mixed-format index


def fetch(client, path: str):
    """Get a path, read the whole answer and close the file it streams."""
    response = client.get(path, follow_redirects=True)
    response.get_data()
    response.close()
    return response


@pytest.fixture
def mixed_client(mixed):  # noqa: F811
    return create_app({"TESTING": True, "INDEX": str(mixed), "CORPUS": str(MIXED)}).test_client()


def test_an_indexed_text_file_is_served_as_it_is(client):
    response = fetch(client, "/source/latin1.txt/file")
    assert response.status_code == 200
    assert response.data == (CORPUS / "latin1.txt").read_bytes()
    assert response.headers["Content-Type"] == "text/plain; charset=windows-1252"
    assert response.headers["Content-Disposition"].startswith("inline")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]


def test_a_nested_source_is_served(client):
    assert fetch(client, "/source/nested/one-per-line.txt/file").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/source/table.csv/file",  # in the corpus, but skipped: not indexed
        "/source/binary.txt/file",
        "/source/../../etc/passwd/file",
        "/source/%2e%2e/%2e%2e/etc/passwd/file",
        "/source/nested/../latin1.txt/file",
        "/source//etc/passwd/file",
        "/source/nope.txt/file",
    ],
)
def test_nothing_but_an_indexed_source_is_served(client, path):
    response = fetch(client, path)
    assert response.status_code == 404
    assert b"root:" not in response.data


def test_html_is_downloaded_never_shown_in_dossier_s_origin(mixed_client):
    response = fetch(mixed_client, "/source/news-page.html/file")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert response.headers["Content-Type"].startswith("text/html")


def test_pdf_hits_link_the_original_at_their_page(mixed_client):
    hits = mixed_client.get("/api/search", query_string={"q": "source:report.pdf", "per_page": 50}).get_json()
    paged = [hit for hit in hits["hits"] if hit["page"] and hit["page"] > 1]
    assert paged, "the report has paragraphs past page 1"
    hit = paged[0]
    assert hit["file_url"] == f"/source/report.pdf/file#page={hit['page']}"
    response = fetch(mixed_client, "/source/report.pdf/file")
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.data.startswith(b"%PDF")


def test_every_hit_and_source_view_links_its_original(client):
    hit = client.get("/api/search?q=ferry").get_json()["hits"][0]
    assert hit["file_url"] == "/source/latin1.txt/file"
    page = client.get("/source/latin1.txt").get_data(as_text=True)
    assert 'href="/source/latin1.txt/file"' in page
    assert 'class="original" href="/source/latin1.txt/file"' in client.get("/?q=ferry").get_data(as_text=True)
