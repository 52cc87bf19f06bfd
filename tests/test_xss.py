"""Markup in the corpus and in queries comes out as text, in pages and in JSON."""

import re

PAYLOAD = "<img src=x onerror=alert(1)>"


def _no_live_markup(html: str) -> None:
    assert "<script>alert" not in html
    assert not re.search(r"<img[^>]*onerror", html)


def test_corpus_script_is_inert_in_the_page(client):
    html = client.get("/?q=markup").get_data(as_text=True)
    assert '&lt;script&gt;alert("corpus")&lt;/script&gt;' in html
    _no_live_markup(html)


def test_corpus_script_is_inert_in_the_source_view(client):
    html = client.get("/source/html-like.txt?q=script").get_data(as_text=True)
    assert "&lt;<mark>script</mark>&gt;" in html
    _no_live_markup(html)


def test_query_markup_is_inert_in_the_page(client):
    html = client.get("/", query_string={"q": PAYLOAD}).get_data(as_text=True)
    assert 'value="&lt;img src=x onerror=alert(1)&gt;"' in html
    _no_live_markup(html)


def test_excerpts_in_json_hold_only_mark_tags(client):
    body = client.get("/api/search", query_string={"q": "image tag onerror"}).get_json()
    assert body["total"] == 1
    excerpt = body["hits"][0]["excerpt_html"]
    assert "&lt;img src=x <mark>onerror</mark>=alert(1)&gt;" in excerpt
    assert set(re.findall(r"</?(\w+)", excerpt)) == {"mark"}
    assert body["query"] == "image tag onerror"
