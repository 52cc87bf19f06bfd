"""Read HTML, PDF and Markdown into paragraphs, each with a library made for the format.

trafilatura finds an article's main text and metadata in a saved web page (navigation,
adverts, comments and scripts dropped); pypdf gives the text of each page of a PDF, laid
out, whose blank lines part the paragraphs; markdown-it-py gives Markdown's blocks with
their lines. Raw HTML never reaches the index: only the text trafilatura extracted.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from .ocr import MIN_TEXT, Ocr
from .paragraphs import Paragraph, blocks, split_lines


class Unreadable(ValueError):
    """A file its reader cannot open; the message is the reason shown to the user."""


@dataclass
class Parsed:
    """What a reader made of a file: paragraphs, metadata and warnings."""

    paragraphs: list[Paragraph]
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def read_html(text: str) -> Parsed:
    """Return the main text of a web page as paragraphs (headings as subheads) and its metadata."""
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(text, output_format="xml", include_comments=False, include_tables=True)
    if not xml:
        return Parsed([], warnings=["no article text found in the page"])
    root = etree.fromstring(xml.encode("utf-8"))
    lines = split_lines(text)
    paragraphs: list[Paragraph] = []
    for element in root.iter("head", "p", "item", "quote", "cell"):
        body = " ".join("".join(element.itertext()).split())
        if not body:
            continue
        hint = "subhead" if element.tag == "head" and paragraphs else None
        paragraphs.append(Paragraph(len(paragraphs) + 1, _line_of(body, lines), body, hint=hint))
    found = trafilatura.bare_extraction(text, with_metadata=True, output_format="python")
    meta = {}
    for ours, theirs in (
        ("title", "title"),
        ("published", "date"),
        ("author", "author"),
        ("outlet", "sitename"),
        ("url", "url"),
    ):
        value = getattr(found, theirs, None) if found is not None else None
        if value:
            meta[ours] = str(value)
    return Parsed(paragraphs, meta)


def _line_of(body: str, lines: list[str]) -> int:
    """Return the line of the page where a paragraph's text starts (1 if not found)."""
    probe = body[:30]
    for number, line in enumerate(lines, 1):
        if probe and probe in " ".join(line.split()):
            return number
    return 1


def read_pdf(data: bytes, ocr: Ocr | None = None) -> Parsed:
    """Return the paragraphs of a PDF, each with its page; hyphenation and wrapping repaired.

    A page with no text layer (a scan) is read by OCR when `ocr` is given.
    """
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            reader.decrypt("")  # many PDFs are encrypted with an empty password, to stop editing
            reader.pages[0].extract_text()
        except Exception:  # noqa: BLE001 - pypdf's errors for a password it lacks vary
            raise Unreadable("password-protected PDF") from None
    paragraphs: list[Paragraph] = []
    warnings = []
    texts: dict[int, str] = {}
    for page_number, page in enumerate(reader.pages, 1):
        try:
            texts[page_number] = page.extract_text(extraction_mode="layout")
        except Exception as error:  # noqa: BLE001 - one bad page must not lose the others
            warnings.append(f"page {page_number} unreadable: {error}")
    scans = [n for n in range(1, len(reader.pages) + 1) if len("".join(texts.get(n, "").split())) < MIN_TEXT]
    scanned: dict[int, list] = {}
    if scans and ocr is not None:
        scanned, trouble = ocr.pages(data, "pdf", scans)
        warnings += trouble
    offset = 0  # lines of the pages before, so that `line` counts through the document
    for page_number in range(1, len(reader.pages) + 1):
        if page_number in scanned:
            for text, confidence in scanned[page_number]:
                offset += 1
                paragraphs.append(Paragraph(len(paragraphs) + 1, offset, text, page_number, None, confidence))
            continue
        if page_number not in texts:
            continue
        text = texts[page_number]
        lines = split_lines(text)
        for start, run in _heading_runs(blocks(lines)):
            body = _unwrap(run)
            last = paragraphs[-1] if paragraphs else None
            if (
                last
                and last.page == page_number - 1
                and start == 1 + _lead(lines)
                and _continues(last.text, body)
            ):
                # A paragraph broken by the page turn: join it back.
                paragraphs[-1] = Paragraph(
                    last.number, last.line, f"{last.text} {body}", last.page, last.hint
                )
                continue
            hint = "subhead" if paragraphs and _is_heading(run) else None
            paragraphs.append(Paragraph(len(paragraphs) + 1, offset + start, body, page_number, hint))
        offset += len(lines)
    meta = {}
    info = reader.metadata
    if info and info.title:
        meta["title"] = str(info.title)
    if info and info.author:
        meta["author"] = str(info.author)
    return Parsed(paragraphs, meta, warnings)


def _heading_runs(found):
    """Yield blocks, with a heading that trails a paragraph in the same block split off.

    Layout text can set a heading right under the paragraph before it, with no blank line.
    """
    for start, run in found:
        if len(run) > 1 and _is_heading(run[-1:]) and run[-2].rstrip().endswith((".", "!", "?", '"', "”")):
            yield start, run[:-1]
            yield start + len(run) - 1, run[-1:]
        else:
            yield start, run


def _lead(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if line.strip()), 0)


def _unwrap(run: list[str]) -> str:
    """Join wrapped lines; "inspec-" + "tion" becomes "inspection"."""
    text = ""
    for line in (" ".join(line.split()) for line in run):
        if text.endswith("-") and line[:1].islower():
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return text


def _continues(previous: str, body: str) -> bool:
    return not previous.rstrip().endswith((".", "!", "?", ":", '"', "”")) and body[:1].islower()


def _is_heading(run: list[str]) -> bool:
    return len(run) == 1 and len(run[0].split()) <= 10 and not run[0].rstrip().endswith((".", ",", ";"))


def read_scan(data: bytes, ocr: Ocr) -> Parsed:
    """Return the paragraphs OCR finds in an image, one page per frame (a TIFF may hold many)."""
    pages, warnings = ocr.pages(data, "image")
    paragraphs: list[Paragraph] = []
    for number in sorted(pages):
        for text, confidence in pages[number]:
            paragraphs.append(
                Paragraph(len(paragraphs) + 1, len(paragraphs) + 1, text, number, None, confidence)
            )
    return Parsed(paragraphs, warnings=warnings or ([] if paragraphs else ["OCR found no text"]))


def read_markdown(text: str) -> Parsed:
    """Return Markdown's paragraphs, list items and headings (as subheads), with their lines."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(text)
    paragraphs: list[Paragraph] = []
    heading = False
    for token in tokens:
        if token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type == "inline" and token.map:
            body = " ".join(_plain(token).split())
            if not body:
                continue
            hint = ("headline" if not paragraphs else "subhead") if heading else None
            paragraphs.append(Paragraph(len(paragraphs) + 1, token.map[0] + 1, body, hint=hint))
    return Parsed(paragraphs)


def _plain(token) -> str:
    """Return an inline token's text without Markdown markup."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts) or re.sub(r"[*_`#>]", "", token.content)
