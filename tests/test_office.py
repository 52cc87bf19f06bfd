"""Word, OpenDocument and RTF files, made by the test: headings, lists, tables, properties, bad files."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from index import build_index, open_index
from search import get_source

HEADING, BODY = "Referrals backlog at the county council", "The council admitted that 212 referrals waited."
ITEMS = ["First referral logged in March 2024", "Inspectors visited in May 2025"]
ROWS = [["Month", "Referrals"], ["March", "120"], ["April", "92"]]


def make_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Backlog report"
    document.core_properties.author = "County audit team"
    document.core_properties.created = datetime.datetime(2025, 10, 21, 9, 0)
    document.add_heading(HEADING, level=1)
    document.add_paragraph(BODY)
    document.add_heading("What the inspectors found", level=2)
    for item in ITEMS:
        document.add_paragraph(item, style="List Bullet")
    table = document.add_table(rows=len(ROWS), cols=2)
    for row, values in zip(table.rows, ROWS, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(path)


def make_odt(path: Path) -> None:
    from odf import dc, table, text
    from odf.opendocument import OpenDocumentText

    document = OpenDocumentText()
    document.meta.addElement(dc.Title(text="Backlog notes"))
    document.meta.addElement(dc.Creator(text="Priya Shah"))
    document.text.addElement(text.H(outlinelevel=1, text=HEADING))
    document.text.addElement(text.P(text=BODY))
    items = text.List()
    for item in ITEMS:
        entry = text.ListItem()
        entry.addElement(text.P(text=item))
        items.addElement(entry)
    document.text.addElement(items)
    grid = table.Table(name="Referrals")
    grid.addElement(table.TableColumn(numbercolumnsrepeated=2))
    for values in ROWS:
        row = table.TableRow()
        for value in values:
            cell = table.TableCell()
            cell.addElement(text.P(text=value))
            row.addElement(cell)
        grid.addElement(row)
    document.text.addElement(grid)
    document.save(str(path))


RTF = (
    r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times;}}"
    "\n"
    r"{\b " + HEADING + r"}\par"
    "\n"
    r"\par"
    "\n"
    r"The council admitted that 212 referrals waited, said Priya Shah, the council\rquote s leader.\par"
    "\n"
    r"}"
)


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> tuple[Path, object]:
    corpus = tmp_path_factory.mktemp("office")
    make_docx(corpus / "report.docx")
    make_odt(corpus / "notes.odt")
    (corpus / "letter.rtf").write_text(RTF, encoding="ascii")
    (corpus / "locked.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    (corpus / "broken.odt").write_bytes(b"PK\x03\x04 this is no zip archive at all")
    index_dir = tmp_path_factory.mktemp("office-index")
    return index_dir, build_index(corpus, index_dir)


def paragraphs(index_dir: Path, name: str) -> tuple[dict, list[dict]]:
    with open_index(index_dir).searcher() as searcher:
        found = get_source(searcher, name)
    return found, found["paragraphs"]


@pytest.mark.parametrize("name", ["report.docx", "notes.odt"])
def test_headings_lists_and_tables_in_order(office, name):
    source, found = paragraphs(office[0], name)
    texts = [p["text"] for p in found]
    assert texts[:2] == [HEADING, BODY]
    assert ITEMS[0] in texts and ITEMS[1] in texts
    assert texts[-3:] == ["Month | Referrals", "March | 120", "April | 92"]
    assert found[0]["zone"] == "headline"
    assert [p["line"] for p in found] == list(range(1, len(found) + 1))
    assert source["format"] == name.rsplit(".", 1)[1]


def test_document_properties_become_source_metadata(office):
    report, _ = paragraphs(office[0], "report.docx")
    assert (report["title"], report["author"], report["published"]) == (
        "Backlog report",
        "County audit team",
        "2025-10-21",
    )
    notes, _ = paragraphs(office[0], "notes.odt")
    assert (notes["title"], notes["author"]) == ("Backlog notes", "Priya Shah")


def test_a_docx_subhead_is_a_subhead(office):
    _, found = paragraphs(office[0], "report.docx")
    assert next(p for p in found if p["text"] == "What the inspectors found")["zone"] == "subhead"


def test_rtf_text_with_its_speaker(office):
    _, found = paragraphs(office[0], "letter.rtf")
    assert [p["text"] for p in found][0] == HEADING
    said = found[1]
    assert said["text"].startswith("The council admitted that 212 referrals waited")
    assert "’s leader" in said["text"] or "'s leader" in said["text"]
    assert said["speakers"] == ["Priya Shah"]


def test_locked_and_corrupt_files_are_skipped_with_the_reason(office):
    summary = office[1]
    assert "password-protected" in summary.skipped["locked.docx"]
    assert "corrupt OpenDocument file" in summary.skipped["broken.odt"]
    assert sorted(summary.added) == ["letter.rtf", "notes.odt", "report.docx"]
