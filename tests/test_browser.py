"""The pages in a real browser: Debian's chromium driven by Playwright, over a real server."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.test_formats import MIXED, mixed  # noqa: F401 - the mixed-format index fixture
from tests.test_mail import mail  # noqa: F401 - the mail index fixture

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts"
#: Chromium's background services reach for the network, which this machine refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(index_dir: Path, log_dir: Path, corpus: Path = CORPUS):
    """Run `dossier serve` (waitress) over an index on a free port; yield its base URL."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    command = [
        sys.executable,
        "-m",
        "web.cli",
        "serve",
        "--port",
        str(port),
        "--index",
        str(index_dir),
        "--corpus",
        str(corpus),
    ]
    log = log_dir / "server.log"
    with log.open("wb") as output:
        process = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail(f"server did not start: {log.read_text()}")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def server(index_dir, tmp_path_factory):
    with serving(index_dir, tmp_path_factory.mktemp("server")) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed; 'make test' installs it with apt-get")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs
    yield page
    context.close()


def test_type_a_phrase_and_see_marked_excerpts(server, page):
    page.goto(server + "/")
    page.locator("#q").blur()
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type('"grooming gangs"')
    page.keyboard.press("Enter")
    page.wait_for_selector(".hit")
    assert page.locator(".summary").inner_text().startswith("3 matching paragraphs")
    marks = page.locator(".hit .excerpt mark").all_inner_texts()
    assert marks and all(m.lower() == "grooming gangs" for m in marks)
    assert page.locator("#q").input_value() == '"grooming gangs"'
    assert page.title() == '"grooming gangs" – dossier search'
    assert "q=%22grooming+gangs%22" in page.url
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)


def test_open_a_hit_and_land_on_the_marked_paragraph(server, page):
    page.goto(server + "/?q=apologise")
    page.locator(".hit h3 a").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("#p4")
    target = page.locator("li#p4")
    assert "linked" in target.get_attribute("class")
    assert target.locator("mark").inner_text() == "apologise"
    assert target.is_visible()


def test_click_a_facet_and_see_results_change(server, page):
    page.goto(server + "/?q=council")
    before = page.locator(".summary").inner_text()
    page.locator(".facet a", has_text="wrapped.txt").click()
    page.wait_for_load_state()
    assert page.locator(".summary").inner_text() != before
    assert {t.split(" · ")[0] for t in page.locator(".hit .where").all_inner_texts()} == {"wrapped.txt"}


def test_script_in_corpus_and_query_does_not_run(server, page):
    page.goto(server + "/?q=markup")
    page.goto(server + "/source/html-like.txt?q=script")
    page.goto(server + "/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    page.goto(server + "/?q=%3Cscript%3Ealert(2)%3C%2Fscript%3E")
    page.wait_for_timeout(300)
    assert page.dialogs == []
    assert page.locator("#q").input_value() == "<script>alert(2)</script>"


def test_long_facet_lists_get_a_filter_box(seeds_index, page, tmp_path_factory):
    with serving(seeds_index, tmp_path_factory.mktemp("seeds-server")) as base:
        page.goto(base + "/?q=")
        person = page.locator("section.facet", has=page.locator("#facet-person"))
        assert person.locator("li:visible").count() > 1
        page.get_by_label("Filter Person").fill("rowley")
        assert [t.split()[:2] for t in person.locator("li:visible").all_inner_texts()] == [["Mark", "Rowley"]]


def test_clicking_a_facet_changes_the_other_facets_counts(server, page):
    page.goto(server + "/?q=")
    zone = page.locator("section.facet", has=page.locator("#facet-zone"))
    before = zone.locator("li").all_inner_texts()
    page.locator("section.facet", has=page.locator("#facet-source")).get_by_text("wrapped.txt").click()
    page.wait_for_load_state()
    assert "source: wrapped.txt" in page.locator(".active").inner_text()
    assert zone.locator("li").all_inner_texts() != before


def test_export_the_whole_result_set_as_csv_and_read_it_back(server, page):
    import csv
    import io

    page.goto(server + "/?q=council&per_page=1")
    with page.expect_download() as download:
        page.get_by_role("link", name="CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    total = int(page.locator(".summary").inner_text().split()[0])
    assert total > 1 and len(rows) == total and rows[0]["url"].startswith("/source/")
    assert all("council" in row["text"].lower() for row in rows)


def test_a_pdf_hit_opens_the_original_at_its_page(mixed, page, tmp_path_factory):  # noqa: F811
    with serving(mixed, tmp_path_factory.mktemp("mixed-server"), MIXED) as base:
        page.goto(base + "/?q=source:report.pdf&per_page=50")
        link = page.locator('.hit a.original[href*="#page="]').last
        href = link.get_attribute("href")
        number = int(href.rpartition("#page=")[2])
        assert href == f"/source/report.pdf/file#page={number}" and number > 1
        original = page.request.get(base + href)
        assert original.headers["content-type"] == "application/pdf"
        assert original.body() == (MIXED / "report.pdf").read_bytes()
        # The source view links each page of the original at its page break.
        page.goto(base + "/source/report.pdf")
        assert (
            page.get_by_role("link", name="open it in the original").nth(number - 1).get_attribute("href")
            == f"/source/report.pdf/file#page={number}"
        )


def test_an_e_mail_shows_its_sender_recipients_and_attachment(mail, page, tmp_path_factory):  # noqa: F811
    corpus, index_dir, _ = mail
    with serving(index_dir, tmp_path_factory.mktemp("mail-server"), corpus) as base:
        page.goto(base + "/?q=statement&sender=Jo+Bloggs+%3Cjo%40police.example%3E")
        page.locator(".hit h3 a", has_text="Statement on the review").first.click()
        page.wait_for_load_state()
        assert page.locator("dd.sender").inner_text() == "Jo Bloggs <jo@police.example>"
        assert page.locator("dd.recipients").first.inner_text() == "desk@news.example"
        page.locator("dd.attachments a", has_text="statement.pdf").click()
        page.wait_for_load_state()
        assert page.url.endswith("/source/press.mbox/0003/statement.pdf")
        assert "nine thousand historic cases" in page.locator("ol.paragraphs").inner_text()
