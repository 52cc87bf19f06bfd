import re
from html.parser import HTMLParser


class Links(HTMLParser):
    """Collect the hrefs of a page and the text of each element with a class."""

    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href", ""))


def hrefs(html: str) -> list[str]:
    parser = Links()
    parser.feed(html)
    return parser.hrefs


def test_search_page_shows_hits_with_links_to_the_paragraph(client):
    html = client.get("/?q=%22grooming+gangs%22").get_data(as_text=True)
    assert "3 matching paragraphs" in html
    assert "<mark>grooming gangs</mark>" in html
    assert "/source/blank-lines.txt?q=%22grooming+gangs%22&amp;p=1#p1" in html
    assert "blank-lines.txt · ¶1 · line 1" in html
    assert "<title>&#34;grooming gangs&#34; – dossier search</title>" in html


def test_facet_links_toggle_filters_and_active_filters_can_be_removed(client):
    html = client.get("/?q=council").get_data(as_text=True)
    toggle = next(h for h in hrefs(html) if "source=wrapped.txt" in h)
    filtered = client.get(toggle).get_data(as_text=True)
    assert 'class="include selected"' in filtered and 'aria-current="true"' in filtered
    assert "source: wrapped.txt" in filtered
    remove = next(
        h for h in hrefs(filtered) if h.startswith("/?") and "source=" not in h and "q=council" in h
    )
    assert "source: wrapped.txt" not in client.get(remove).get_data(as_text=True)


def test_pagination_links(client):
    html = client.get("/?per_page=5").get_data(as_text=True)
    assert "Page 1 of 5" in html
    next_page = next(h for h in hrefs(html) if "page=2" in h)
    assert "Page 2 of 5" in client.get(next_page).get_data(as_text=True)


def test_source_view_marks_the_linked_paragraph_and_the_query_terms(client):
    html = client.get("/source/blank-lines.txt?q=apologise&p=4").get_data(as_text=True)
    assert '<li id="p4" class="zone-body linked" aria-current="true">' in html
    assert "<mark>apologise</mark>" in html
    assert len(re.findall(r'<li id="p\d+"', html)) == 9
    assert "Example Gazette" in html
    assert '<a href="https://news.example.org/council-review" rel="noopener noreferrer">' in html


def test_unknown_source_page_is_a_404(client):
    response = client.get("/source/../../etc/passwd")
    assert response.status_code == 404
    assert "no source named" in response.get_data(as_text=True)


def test_bad_parameters_on_the_page_are_a_400_page(client):
    response = client.get("/?page=0")
    assert response.status_code == 400
    assert "page must be 1 or more" in response.get_data(as_text=True)


def test_pages_carry_no_inline_script(client):
    for path in ["/?q=council", "/source/wrapped.txt"]:
        html = client.get(path).get_data(as_text=True)
        assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>']
        assert not re.search(r"<[^>]+\son[a-z]+=", html)


def test_date_histogram_bars_are_links_that_apply_the_filter(client):
    html = client.get("/?q=").get_data(as_text=True)
    svg = html[html.index('<svg class="histogram"') : html.index("</svg>")]
    assert "<title>2025: 11</title>" in svg
    assert '<a href="/?q=&amp;published=2025">' in svg
    drilled = client.get("/?q=&published=2025").get_data(as_text=True)
    assert "<title>2025-10: 11</title>" in drilled


def test_hits_and_source_view_show_dates(client):
    assert "Dates: 2019" in client.get("/?q=dedicated").get_data(as_text=True)
    source = client.get("/source/blank-lines.txt").get_data(as_text=True)
    assert "Published</dt><dd>2025-10-20</dd>" in source
    inferred = client.get("/source/nested/one-per-line.txt").get_data(as_text=True)
    assert "Published</dt><dd>2025-10 (inferred)</dd>" in inferred


def test_exclude_links_leave_a_value_out(client):
    html = client.get("/?q=council").get_data(as_text=True)
    leave_out = next(h for h in hrefs(html) if "source=-wrapped.txt" in h)
    page = client.get(leave_out).get_data(as_text=True)
    assert "source: NOT wrapped.txt" in page
    assert "wrapped.txt · ¶" not in page
    assert "<title>council – source: -wrapped.txt – dossier search</title>" in page


def test_group_toggle_shows_one_hit_per_source_with_a_link_to_the_rest(client):
    html = client.get("/?q=council").get_data(as_text=True)
    grouped = client.get(next(h for h in hrefs(html) if "group=source" in h)).get_data(as_text=True)
    assert "in 2 sources" in grouped
    more = next(h for h in hrefs(grouped) if "source=blank-lines.txt" in h and "group" not in h)
    assert "3 more matching paragraphs in this source" in grouped
    assert "4 matching paragraphs" in client.get(more).get_data(as_text=True)


def test_hits_show_neighbouring_paragraphs_as_context(client):
    html = client.get("/?q=apologise").get_data(as_text=True)
    assert '<p class="context">The county council has admitted' in html


def test_export_links_carry_the_search(client):
    html = client.get("/?q=council&source=wrapped.txt&page=1").get_data(as_text=True)
    csv_link = next(h for h in hrefs(html) if h.startswith("/api/export") and "format=csv" in h)
    assert "q=council" in csv_link and "source=wrapped.txt" in csv_link and "page=" not in csv_link
