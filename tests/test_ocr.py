"""Scans read by Tesseract: image-only PDFs and images made by the test from known text."""

from __future__ import annotations

import difflib
import io
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from index import build_index, open_index
from index.read.ingest import Skip, read_document
from index.read.ocr import Ocr
from search import get_source

from .test_formats import MIXED

TEXT = [
    "Metropolitan Police review of historic cases",
    "The Commissioner wrote to the Mayor that the force would review nine thousand cases of child "
    "sexual exploitation, beginning with those flagged by the inspectors in their reports.",
    "A spokesperson for the Metropolitan Police said the review would be completed by April and "
    "that every referral would be read by a senior detective.",
]


def page_image(paragraphs: list[str], size: int = 42):
    """Draw paragraphs as a clean 300 dpi A4 page, the way a scanner would give them."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (2480, 3508), 255)
    draw, font, y = ImageDraw.Draw(image), ImageFont.load_default(size=size), 300
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, 80):
            draw.text((250, y), line, fill=0, font=font)
            y += 60
        y += 60
    return image


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> tuple[Path, Path, object]:
    from pypdf import PdfReader, PdfWriter

    corpus = tmp_path_factory.mktemp("scans")
    page_image(TEXT).save(corpus / "letter.pdf", "PDF", resolution=300)
    page_image(TEXT[:2]).save(corpus / "page.png")
    frames = [page_image([TEXT[0]]), page_image([TEXT[2]])]
    frames[0].save(corpus / "pages.tif", save_all=True, append_images=frames[1:])
    # A report whose pages have text, with a scanned page added at the end.
    writer = PdfWriter()
    for page in PdfReader(MIXED / "report.pdf").pages:
        writer.add_page(page)
    scanned = io.BytesIO()
    page_image([TEXT[2]]).save(scanned, "PDF", resolution=300)
    writer.add_page(PdfReader(scanned).pages[0])
    with (corpus / "mixed.pdf").open("wb") as stream:
        writer.write(stream)
    locked = PdfWriter(clone_from=MIXED / "report.pdf")
    locked.encrypt("secret")
    with (corpus / "locked.pdf").open("wb") as stream:
        locked.write(stream)
    (corpus / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n this is no image")
    from PIL import Image

    Image.new("1", (12_000, 11_000), 1).save(corpus / "huge.png")
    index_dir = tmp_path_factory.mktemp("scans-index")
    return corpus, index_dir, build_index(corpus, index_dir)


def source(index_dir: Path, name: str) -> dict:
    with open_index(index_dir).searcher() as searcher:
        return get_source(searcher, name)


def test_an_image_only_pdf_is_read_by_ocr_with_98_percent_of_words_right(scans):
    found = source(scans[1], "letter.pdf")["paragraphs"]
    assert len(found) == len(TEXT)
    expected, read = words(" ".join(TEXT)), words(" ".join(p["text"] for p in found))
    right = sum(block.size for block in difflib.SequenceMatcher(a=expected, b=read).get_matching_blocks())
    assert right / len(expected) >= 0.98, (expected, read)
    assert all(p["ocr"] and p["page"] == 1 and 50 < p["ocr_confidence"] <= 100 for p in found)
    assert found[0]["zone"] == "headline"


def test_images_give_one_page_per_frame(scans):
    png = source(scans[1], "page.png")["paragraphs"]
    assert [words(p["text"]) for p in png] == [words(t) for t in TEXT[:2]]
    tiff = source(scans[1], "pages.tif")["paragraphs"]
    assert [(p["page"], words(p["text"])) for p in tiff] == [(1, words(TEXT[0])), (2, words(TEXT[2]))]


def test_only_pages_without_text_are_read_by_ocr(scans):
    found = source(scans[1], "mixed.pdf")["paragraphs"]
    report = source(scans[1], "mixed.pdf")
    last = max(p["page"] for p in found)
    assert {p["ocr"] for p in found if p["page"] < last} == {False}
    assert [words(p["text"]) for p in found if p["page"] == last] == [words(TEXT[2])]
    assert all(p["ocr"] for p in found if p["page"] == last)
    assert report["format"] == "pdf"


def test_bad_scans_are_skipped_with_the_reason(scans):
    skipped = scans[2].skipped
    assert skipped["locked.pdf"] == "password-protected PDF"
    assert skipped["broken.png"].startswith("unreadable image")
    assert skipped["huge.png"].startswith("image too large")
    assert sorted(scans[2].added) == ["letter.pdf", "mixed.pdf", "page.png", "pages.tif"]


def test_a_page_that_times_out_is_named_and_the_file_goes_on(scans):
    with pytest.raises(Skip, match="page 1: OCR gave up"):
        read_document(scans[0], "page.png", "", Ocr(timeout=0.01))


def test_a_rebuild_never_reads_a_scan_twice(scans, tmp_path):
    corpus, index_dir, _ = scans
    # Changing the metadata makes the build read the file again; with no Tesseract on the
    # PATH, only the cache (by the file's SHA-256) can give its text.
    (corpus / "letter.pdf.meta.json").write_text('{"title": "The letter"}')
    env = {**os.environ, "PATH": str(tmp_path), "PYTHONPATH": str(Path(__file__).parent.parent)}
    command = [sys.executable, "-m", "web.cli", "index", str(corpus), "--index", str(index_dir)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert " updated" in result.stdout and "0 updated" not in result.stdout
    letter = source(index_dir, "letter.pdf")
    assert letter["title"] == "The letter" and len(letter["paragraphs"]) == len(TEXT)
