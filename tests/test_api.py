import pytest

from web.export import paragraph_url


def test_search_shape(client):
    body = client.get("/api/search", query_string={"q": '"grooming gangs"', "per_page": 2}).get_json()
    assert list(body) == [
        "query",
        "total",
        "page",
        "per_page",
        "took_ms",
        "hits",
        "facets",
        "suggestion",
        "warnings",
        "groups",
    ]
    assert (body["query"], body["total"], body["page"], body["per_page"]) == ('"grooming gangs"', 3, 1, 2)
    hit = body["hits"][0]
    assert hit["id"] == "blank-lines.txt#p1"
    assert hit["url"] == "/source/blank-lines.txt?q=%22grooming+gangs%22&p=1#p1"
    assert {
        "source",
        "title",
        "paragraph",
        "line",
        "page",
        "zone",
        "text",
        "speakers",
        "people",
        "organisations",
        "places",
        "dates",
        "published",
        "copies",
        "score",
        "excerpt_html",
    } <= set(hit)
    assert set(body["facets"]) == {
        "speaker",
        "person",
        "organisation",
        "place",
        "source",
        "zone",
        "published",
        "mentioned",
        "sender",
        "recipient",
    }
    assert {"file_url", "ocr", "ocr_confidence", "sender", "recipients", "also_at"} <= set(hit)


def test_repeated_filter_values_are_ored(client):
    body = client.get("/api/search?source=latin1.txt&source=wrapped.txt&per_page=100").get_json()
    assert {h["source"] for h in body["hits"]} == {"latin1.txt", "wrapped.txt"}


@pytest.mark.parametrize(
    "query",
    ["page=0", "per_page=1000", "published=October", "sort=sideways", "page=abc", "mentioned_to=2025-02-30x"],
)
def test_bad_input_is_a_400_with_the_error_shape(client, query):
    response = client.get(f"/api/search?{query}")
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert set(error) == {"code", "message"} and error["message"]


def test_malformed_query_syntax_is_answered_with_a_warning(client):
    response = client.get("/api/search", query_string={"q": 'council AND ("review'})
    assert response.status_code == 200
    assert response.get_json()["warnings"]


def test_sources_list_and_one_source(client):
    sources = client.get("/api/sources").get_json()["sources"]
    assert [s["name"] for s in sources] == [
        "blank-lines.txt",
        "html-like.txt",
        "latin1.txt",
        "nested/one-per-line.txt",
        "wrapped.txt",
    ]
    assert sources[0] == {
        "name": "blank-lines.txt",
        "title": "Council admits review was delayed",
        "published": "2025-10-20",
        "paragraphs": 9,
    }
    source = client.get("/api/sources/nested/one-per-line.txt").get_json()
    assert source["name"] == "nested/one-per-line.txt"
    assert source["format"] == "text"
    # Undated, but "since 2019" allows the month of the folder's dated source.
    assert (source["published"], source["published_basis"]) == ("2025-10", "inferred")
    assert [p["paragraph"] for p in source["paragraphs"]] == list(range(1, 10))


def test_unknown_source_is_a_404_with_the_error_shape(client):
    response = client.get("/api/sources/../../etc/passwd")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_openapi_lists_every_endpoint_and_search_parameter(client):
    doc = client.get("/api/openapi.json").get_json()
    assert set(doc["paths"]) == {
        "/api/search",
        "/api/export",
        "/api/sources",
        "/api/sources/{name}",
        "/api/openapi.json",
        "/healthz",
    }
    names = {p["name"] for p in doc["paths"]["/api/search"]["get"]["parameters"]}
    assert {
        "q",
        "speaker",
        "person",
        "organisation",
        "place",
        "source",
        "zone",
        "published",
        "mentioned",
        "sender",
        "recipient",
        "published_from",
        "published_to",
        "mentioned_from",
        "mentioned_to",
        "sort",
        "group",
        "collapse",
        "page",
        "per_page",
    } == names


def test_healthz(client):
    assert client.get("/healthz").get_json() == {"status": "ok", "engine": "whoosh", "documents": 36}


def test_no_index_is_a_503_not_a_500(tmp_path):
    from web import create_app

    client = create_app({"TESTING": True, "INDEX": str(tmp_path / "none")}).test_client()
    response = client.get("/api/search?q=x")
    assert response.status_code == 503
    assert response.get_json()["error"]["code"] == "no_index"


def test_security_headers_on_every_response(client):
    for path in ["/", "/api/search", "/source/wrapped.txt", "/missing"]:
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert "unsafe-inline" not in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"


def test_paragraph_urls_quote_names():
    assert paragraph_url("a b/c#d.txt", 3) == "/source/a%20b/c%23d.txt?p=3#p3"


def test_app_sees_a_rebuilt_index_without_restart(corpus_copy, tmp_path):
    from index import build_index
    from web import create_app

    build_index(corpus_copy, tmp_path / "ix")
    client = create_app({"TESTING": True, "INDEX": str(tmp_path / "ix")}).test_client()
    assert client.get("/api/search?q=lighthouse").get_json()["total"] == 0
    (corpus_copy / "new.txt").write_text("Lighthouse sold\n\nThe old lighthouse was sold at auction.\n")
    build_index(corpus_copy, tmp_path / "ix")
    assert client.get("/api/search?q=lighthouse").get_json()["total"] == 2


def test_export_returns_every_matching_row(client):
    import csv
    import io
    import json

    response = client.get("/api/export?format=csv&per_page=1")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == 'attachment; filename="dossier-export.csv"'
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert len(rows) == 22 and rows[0]["source"] == "blank-lines.txt"
    lines = client.get("/api/export?format=jsonl&q=basin").get_data(as_text=True).splitlines()
    assert sorted(json.loads(line)["paragraph"] for line in lines) == [2, 3, 4]
    assert client.get("/api/export?format=xml").status_code == 400


@pytest.mark.parametrize("q", ["a^b", "zz:zz", "x~2", "[a TO", "\x00", "*:*"])
def test_odd_queries_found_by_fuzzing_answer_200(client, q):
    assert client.get("/api/search", query_string={"q": q}).status_code == 200


def test_the_openapi_document_states_how_many_values_a_filter_takes(client):
    doc = client.get("/api/openapi.json").get_json()
    limits = {
        p["name"]: p["schema"].get("maxItems")
        for p in doc["paths"]["/api/search"]["get"]["parameters"]
        if p["schema"]["type"] == "array"
    }
    assert limits and set(limits.values()) == {50}
    values = [f"story-{k}" for k in range(51)]
    assert client.get("/api/search", query_string={"speaker": values[:50]}).status_code == 200
    response = client.get("/api/search", query_string={"speaker": values})
    assert response.status_code == 400 and response.get_json()["error"]["code"] == "too_many_values"
