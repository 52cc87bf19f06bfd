"""Read Word (.docx), OpenDocument (.odt) and RTF files into paragraphs and their properties.

Each through the library made for it: python-docx, odfpy and striprtf. Headings become
subheads (the first, when it opens the document, the headline), list items and table rows
are paragraphs of their own (a row's cells joined with " | "). Office files have no lines:
a paragraph's `line` is its position in the document.
"""

from __future__ import annotations

import io
import zipfile

from .formats import Parsed, Unreadable
from .paragraphs import Paragraph, split_paragraphs

#: The first bytes of an OLE compound file: an encrypted (password-protected) Office file,
#: or a .doc of Word 97-2003, neither of which the readers open.
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class OfficeError(Unreadable):
    """An Office file that cannot be read; the message is the reason shown to the user."""


def _container(data: bytes, kind: str) -> None:
    """Raise OfficeError for what is no readable ZIP container, saying what it is."""
    if data.startswith(_OLE):
        raise OfficeError(f"password-protected (encrypted) or an older binary {kind} file")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise OfficeError(f"corrupt {kind} file: not a ZIP container")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            broken = archive.testzip()
    except zipfile.BadZipFile as error:
        raise OfficeError(f"corrupt {kind} file: {error}") from None
    if broken:
        raise OfficeError(f"corrupt {kind} file: {broken} is damaged")


def _paragraph(found: list[Paragraph], text: str, heading: bool) -> None:
    text = " ".join(text.split())
    if not text:
        return
    hint = ("headline" if not found else "subhead") if heading else None
    found.append(Paragraph(len(found) + 1, len(found) + 1, text, hint=hint))


def read_docx(data: bytes) -> Parsed:
    """Return a Word document's paragraphs, list items and table rows in order, and its properties."""
    _container(data, "Word")
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph as WordParagraph

    document = docx.Document(io.BytesIO(data))
    found: list[Paragraph] = []
    for block in document.iter_inner_content():
        if isinstance(block, WordParagraph):
            style = (block.style.name if block.style is not None else "") or ""
            _paragraph(found, block.text, style.startswith(("Heading", "Title")))
        elif isinstance(block, Table):
            for row in block.rows:
                _paragraph(found, " | ".join(_unique(cell.text for cell in row.cells)), False)
    props = document.core_properties
    meta = {"title": props.title, "author": props.author}
    if props.created:
        meta["published"] = props.created.date().isoformat()
    return Parsed(found, {k: v for k, v in meta.items() if v})


def _unique(cells) -> list[str]:
    # Merged cells repeat their text in every column they span: keep it once.
    kept: list[str] = []
    for cell in cells:
        cell = " ".join(cell.split())
        if cell and (not kept or kept[-1] != cell):
            kept.append(cell)
    return kept


def read_odt(data: bytes) -> Parsed:
    """Return an OpenDocument text's paragraphs, list items and table rows in order, and its properties."""
    _container(data, "OpenDocument")
    from odf import dc, teletype
    from odf import meta as odfmeta
    from odf.namespaces import TABLENS, TEXTNS
    from odf.opendocument import load

    document = load(io.BytesIO(data))
    found: list[Paragraph] = []

    def walk(element) -> None:
        for child in element.childNodes:
            if child.nodeType != child.ELEMENT_NODE:
                continue
            if child.qname == (TEXTNS, "h"):
                _paragraph(found, teletype.extractText(child), True)
            elif child.qname == (TEXTNS, "p"):
                _paragraph(found, teletype.extractText(child), False)
            elif child.qname == (TABLENS, "table-row"):
                cells = [teletype.extractText(cell) for cell in child.childNodes if cell.nodeType == 1]
                _paragraph(found, " | ".join(_unique(cells)), False)
            else:  # lists, list items, sections, tables: what they hold
                walk(child)

    walk(document.text)
    meta = {}
    for key, kinds in (
        ("title", [dc.Title]),
        ("author", [odfmeta.InitialCreator, dc.Creator]),
        ("published", [odfmeta.CreationDate]),
    ):
        values = [
            teletype.extractText(e).strip() for kind in kinds for e in document.meta.getElementsByType(kind)
        ]
        if value := next((v for v in values if v), None):
            meta[key] = value[:10] if key == "published" else value
    return Parsed(found, meta)


def read_rtf(text: str) -> Parsed:
    """Return an RTF document's paragraphs: its text as striprtf reads it, split like plain text."""
    from striprtf.striprtf import rtf_to_text

    if not text.lstrip().startswith("{\\rtf"):
        raise OfficeError("not an RTF file (no {\\rtf header)")
    plain = rtf_to_text(text, errors="ignore")
    # RTF has no lines a reader sees: number paragraphs by position, as for Word.
    return Parsed([Paragraph(p.number, p.number, p.text, hint=p.hint) for p in split_paragraphs(plain)])
