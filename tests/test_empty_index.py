"""An index with no paragraphs: every page, API call and command answers 0 results."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from index import build_index
from web import create_app
from web.cli import main
from web.openapi import openapi_document


@pytest.fixture(scope="module")
def empty_index(tmp_path_factory) -> Path:
    """Build an index from a folder holding only files that cannot be read."""
    corpus = tmp_path_factory.mktemp("unreadable")
    (corpus / "table.csv").write_text("a,b\n1,2\n")
    (corpus / "empty.txt").write_text("")
    path = tmp_path_factory.mktemp("empty-index")
    build_index(corpus, path)
    return path


@pytest.fixture
def empty_app(empty_index):
    return create_app({"TESTING": True, "INDEX": str(empty_index)})


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"q": "police"},
        {"q": '"grooming gangs"'},
        {"q": "Rowly~ OR inspect* OR gr?oming"},
        {"q": "police", "speaker": "Mark Rowley", "published": "2025-10"},
        {"q": "police", "sort": "published", "page": "3"},
        {"q": "police", "group": "source"},
        {"q": "police", "collapse": "copies"},
        {"q": "", "mentioned_from": "2016", "mentioned_to": "2025-10"},
        {"q": "speaker:", "source": "-x.txt"},
    ],
)
def test_every_search_answers_zero(empty_app, query):
    response = empty_app.test_client().get("/api/search", query_string=query)
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    assert body["total"] == 0 and body["hits"] == []


def test_the_other_endpoints_answer(empty_app):
    client = empty_app.test_client()
    assert client.get("/api/sources").get_json() == {"sources": []}
    assert client.get("/api/sources/table.csv").status_code == 404
    assert client.get("/healthz").status_code == 200
    export = client.get("/api/export", query_string={"q": "police", "format": "csv"})
    assert export.status_code == 200 and export.get_data(as_text=True).count("\n") == 1  # the header


def test_the_page_says_nothing_is_indexed_and_why(empty_app):
    html = empty_app.test_client().get("/?q=police").get_data(as_text=True)
    assert "The corpus has nothing indexed yet" in html
    assert "<code>table.csv</code>: unsupported format .csv" in html
    assert "<code>empty.txt</code>: empty file" in html


def test_the_command_line_says_so_too(runner, empty_index):
    result = runner.invoke(main, ["search", "police", "--index", str(empty_index)])
    assert result.exit_code == 0
    assert "0 matching paragraphs" in result.stdout
    assert "the index holds no paragraphs yet" in result.stderr and "skipped table.csv" in result.stderr
    result = runner.invoke(main, ["export", "police", "--format", "jsonl", "--index", str(empty_index)])
    assert result.exit_code == 0 and result.stdout == ""


SCHEMA = schemathesis.openapi.from_dict(openapi_document())
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda operation: operation.label)
def test_api_matches_its_openapi_document_on_an_empty_index(operation, empty_app):
    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def check(case):
        response = case.call(app=empty_app)
        assert response.status_code < 500, response.text
        case.validate_response(response)

    check()
