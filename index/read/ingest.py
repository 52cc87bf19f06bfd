"""Read a corpus folder: list its files, read each into a source and its paragraphs."""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .decode import NotText, decode
from .formats import Parsed, Unreadable, read_html, read_markdown, read_pdf, read_scan
from .mail import attachment_names, body_paragraphs, messages
from .ocr import Ocr, OcrError
from .office import read_docx, read_odt, read_rtf
from .paragraphs import Paragraph, split_paragraphs

#: File endings read, and their format; anything else is listed as skipped with the reason.
FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "docx",
    ".odt": "odt",
    ".rtf": "rtf",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
}
#: Mail files: each message a source, each attachment a source of its own.
MAIL = {".eml": "eml", ".mbox": "mbox", ".msg": "msg"}
#: An mbox gathers a mailbox: it may be far larger than any one document.
MAX_MAIL_BYTES = 4 * 1024 * 1024 * 1024
META_SUFFIX = ".meta.json"
#: Files larger than this are skipped: a reporter's document of 25 MB is not prose.
MAX_BYTES = 25 * 1024 * 1024
#: Metadata keys that set a source's own fields; other keys are kept as extras.
META_FIELDS = ("title", "published", "url", "outlet", "author")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Skip(Exception):
    """A file that cannot be indexed; the message is the reason shown to the user."""


@dataclass
class Source:
    """One file of the corpus and what is known about it."""

    name: str
    sha256: str
    format: str
    stamp: str = ""
    title: str = ""
    published: str | None = None
    published_basis: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, object] = field(default_factory=dict)
    #: A message or an attachment: the corpus file it was read from, when not itself.
    container: str | None = None
    #: An attachment: the message it came with; a message: its attachments' sources.
    attachment_of: str | None = None
    attachments: list[str] = field(default_factory=list)
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)


@dataclass
class Document:
    """A source with its paragraphs, as read from disk."""

    source: Source
    paragraphs: list[Paragraph]


def list_files(root: Path) -> dict[str, Path]:
    """Map the POSIX name of every candidate file under root to its path, sorted.

    Hidden files and folders, metadata files and links that leave the corpus are left out.
    """
    root = root.resolve()
    found = {}
    folders = [(root, "")]
    while folders:
        folder, prefix = folders.pop()
        # scandir knows each entry's type without a stat call: 20,000 files walk in a blink.
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                name = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):  # as os.walk: linked folders are not walked
                    folders.append((Path(entry.path), name + "/"))
                elif entry.is_file() and not entry.name.endswith(META_SUFFIX):
                    # Only a link can lead out of the corpus: resolve those, not every file.
                    if not entry.is_symlink() or _inside(Path(entry.path), root):
                        found[name] = Path(entry.path)
    return dict(sorted(found.items()))


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root)


def stamp(path: Path) -> str:
    """Return a file's size and modification time with its metadata file's: a cheap change test."""
    parts = []
    # os.stat on strings: a build stamps every file of the corpus, 20,000 and more.
    for part in (str(path), f"{path}{META_SUFFIX}"):
        try:
            info = os.stat(part)
            parts.append(f"{info.st_size}:{info.st_mtime_ns}")
        except FileNotFoundError:
            parts.append("-")
    return "/".join(parts)


def fingerprint(path: Path) -> str:
    """Return the SHA-256 of a file and its metadata file, which change it together."""
    digest = hashlib.sha256()
    for part in (path, _meta_path(path)):
        if part.is_file():
            with part.open("rb") as stream:
                for chunk in iter(lambda: stream.read(1 << 20), b""):
                    digest.update(chunk)
        digest.update(b"\0")
    return digest.hexdigest()


def read_sources(root: Path, name: str, sha256: str, ocr: Ocr | None = None) -> list[Document]:
    """Read one file into its sources: one, or a mail file's messages and attachments."""
    if Path(name).suffix.lower() in MAIL:
        return read_mail(root, name, sha256, ocr or Ocr())
    return [read_document(root, name, sha256, ocr)]


def read_mail(root: Path, name: str, sha256: str, ocr: Ocr) -> list[Document]:
    """Read a mail file: a source per message (Subject the headline) and per attachment."""
    path = root / name
    try:
        size = path.stat().st_size
        if size > MAX_MAIL_BYTES:
            raise Skip(f"too large ({size / 1e9:.1f} GB)")
        if not size:
            raise Skip("empty file")
        documents: list[Document] = []
        for part, message in messages(path, MAIL[path.suffix.lower()]):
            documents += _message(name, part, message, sha256, stamp(path), ocr)
    except Skip:
        raise
    except OSError as error:
        raise Skip(f"unreadable: {error.strerror or error}") from None
    except Exception as error:  # noqa: BLE001 - a mail file its library cannot read is skipped
        raise Skip(f"unreadable e-mail: {type(error).__name__}: {str(error)[:120]}") from None
    if not documents:
        raise Skip("no messages found")
    if documents[0].source.name == name:  # an .eml or .msg: its metadata file is the message's
        _apply_meta(documents[0].source, path)
    return documents


def _message(name: str, part: str | None, message, sha256: str, stamped: str, ocr: Ocr) -> list[Document]:
    """Return the sources of one message: itself, then its attachments that can be read."""
    own = f"{name}/{part}" if part else name
    title = message.subject or "(no subject)"
    source = Source(
        name=own,
        sha256=sha256,
        format="email",
        stamp=stamped,
        title=title,
        published=message.date,
        published_basis="metadata" if message.date else None,
        author=message.sender or None,
        container=name if part else None,
        to=message.to,
        cc=message.cc,
        warnings=list(message.warnings),
    )
    paragraphs = [Paragraph(1, 1, title, hint="headline"), *body_paragraphs(message.body, message.sender)]
    documents = [Document(source, paragraphs)]
    for child, filename, data in attachment_names(own, message.attachments):
        kind = FORMATS.get(Path(filename).suffix.lower())
        try:
            if kind is None:
                raise Skip(f"unsupported format {Path(filename).suffix or '(no extension)'}")
            parsed, encoding = _parse(kind, data, ocr)
            if not parsed.paragraphs:
                raise Skip("; ".join(parsed.warnings) or "no text found")
        except Skip as reason:
            source.warnings.append(f"attachment {filename} not indexed: {reason}")
            continue
        except (NotText, Unreadable, OcrError) as error:
            source.warnings.append(f"attachment {filename} not indexed: {error}")
            continue
        except Exception as error:  # noqa: BLE001 - one bad attachment must not lose the message
            source.warnings.append(f"attachment {filename} not indexed: {type(error).__name__}")
            continue
        attached = Source(
            name=child,
            sha256=sha256,
            format=kind,
            stamp=stamped,
            title=parsed.meta.get("title") or parsed.paragraphs[0].text,
            published=message.date,
            published_basis="metadata" if message.date else None,
            author=message.sender or None,
            encoding=encoding,
            container=name,
            attachment_of=own,
            to=message.to,
            cc=message.cc,
            warnings=parsed.warnings,
        )
        source.attachments.append(child)
        documents.append(Document(attached, parsed.paragraphs))
    return documents


def read_document(root: Path, name: str, sha256: str, ocr: Ocr | None = None) -> Document:
    """Read one file into a Document, or raise Skip with the reason (scans by OCR, as `ocr` says)."""
    path = root / name
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise Skip(f"unsupported format {path.suffix or '(no extension)'}")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise Skip(f"too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)")
        data = path.read_bytes()
        parsed, encoding = _parse(kind, data, ocr or Ocr())
    except Skip:
        raise
    except (NotText, Unreadable, OcrError) as error:
        raise Skip(str(error)) from None
    except OSError as error:
        raise Skip(f"unreadable: {error.strerror or error}") from None
    except Exception as error:  # noqa: BLE001 - a file a library cannot read is skipped, not fatal
        raise Skip(f"unreadable {kind}: {type(error).__name__}: {str(error)[:120]}") from None
    if not parsed.paragraphs:
        raise Skip("; ".join(parsed.warnings) or "no text found")
    source = Source(name=name, sha256=sha256, format=kind, encoding=encoding, stamp=stamp(path))
    source.title = parsed.paragraphs[0].text
    source.warnings.extend(parsed.warnings)
    for key, value in parsed.meta.items():
        # What the file says of itself; a NAME.meta.json beside it overrides it.
        setattr(source, key, value[:10] if key == "published" else value)
    if source.published and ISO_DATE.match(source.published):
        source.published_basis = "metadata"
    else:
        source.published = None
    _apply_meta(source, path)
    return Document(source, parsed.paragraphs)


def _parse(kind: str, data: bytes, ocr: Ocr) -> tuple[Parsed, str]:
    """Read a file's bytes in its format: (paragraphs and metadata, encoding)."""
    if kind == "pdf":
        return read_pdf(data, ocr), "binary"
    if kind == "image":
        return read_scan(data, ocr), "binary"
    if kind in ("docx", "odt"):
        return (read_docx if kind == "docx" else read_odt)(data), "binary"
    decoded = decode(data)
    warnings = [decoded.warning] if decoded.warning else []
    if kind == "html":
        parsed = read_html(decoded.text)
    elif kind == "markdown":
        parsed = read_markdown(decoded.text)
    elif kind == "rtf":
        parsed = read_rtf(decoded.text)
    else:
        parsed = Parsed(split_paragraphs(decoded.text))
    parsed.warnings[:0] = warnings
    return parsed, decoded.encoding


def _meta_path(path: Path) -> Path:
    return path.with_name(path.name + META_SUFFIX)


def _apply_meta(source: Source, path: Path) -> None:
    meta_path = _meta_path(path)
    if not meta_path.is_file():
        return
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if not isinstance(meta, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as error:
        source.warnings.append(f"metadata ignored: {meta_path.name}: {error}")
        return
    for key, value in meta.items():
        if key in META_FIELDS and isinstance(value, str) and value.strip():
            setattr(source, key, value.strip())
        elif key not in META_FIELDS:
            source.extra[key] = value
    if source.published and not ISO_DATE.match(source.published):
        source.warnings.append(f"metadata: published {source.published!r} is not YYYY[-MM[-DD]]")
        source.published = None
    if source.published:
        source.published_basis = "metadata"
