"""Read e-mail: .eml and .mbox with the standard library's email package, .msg with extract-msg.

A message is a source: its Subject the headline, its body the paragraphs, spoken by the
sender; quoted replies ("> ..." lines, and what follows "On ..., X wrote:") are zoned
`quoted` and spoken by their own author; a signature (after "-- ") and disclaimers are
boilerplate. An mbox is read a message at a time, never whole.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import mailbox
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .paragraphs import Paragraph, split_lines


@dataclass
class Message:
    """What a message says of itself, its text and its attached files."""

    subject: str = ""
    date: str | None = None
    sender: str = ""
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    body: str = ""
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def messages(path: Path, kind: str) -> Iterator[tuple[str | None, Message]]:
    """Yield (part name, message) of a mail file: one for .eml and .msg, one per mbox message."""
    if kind == "mbox":
        box = mailbox.mbox(path, factory=None, create=False)
        try:
            for number, key in enumerate(box.iterkeys(), 1):
                yield f"{number:04d}", from_bytes(box.get_bytes(key))
        finally:
            box.close()
    elif kind == "msg":
        yield None, from_msg(path.read_bytes())
    else:
        yield None, from_bytes(path.read_bytes())


def message_bytes(path: Path, part: str) -> bytes:
    """Return the bytes of one message of an mbox, as an .eml file holds them."""
    box = mailbox.mbox(path, factory=None, create=False)
    try:
        key = list(box.iterkeys())[int(part) - 1]
        return box.get_bytes(key)
    finally:
        box.close()


def from_bytes(data: bytes) -> Message:
    """Read a MIME message (an .eml file, or one message of an mbox)."""
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    found = Message(
        subject=_header(parsed, "subject"),
        sender=_addresses(parsed, "from")[:1][0] if _addresses(parsed, "from") else "",
        to=_addresses(parsed, "to"),
        cc=_addresses(parsed, "cc"),
        date=_date(parsed.get("date")),
    )
    if parsed.defects:
        found.warnings.append(f"broken MIME: {type(parsed.defects[0]).__name__}")
    body = parsed.get_body(preferencelist=("plain", "html"))
    if body is not None:
        found.body = _text_of(body, found.warnings)
    for part in parsed.iter_attachments():
        name = part.get_filename()
        payload = part.get_payload(decode=True)
        if name and payload:
            found.attachments.append((name, payload))
    return found


def from_msg(data: bytes) -> Message:
    """Read an Outlook .msg file with extract-msg."""
    import extract_msg

    message = extract_msg.openMsg(data)
    try:
        body = message.body or ""
        if not body.strip() and message.htmlBody:
            body = _html_text(message.htmlBody.decode("utf-8", "replace"))
        date = message.date
        found = Message(
            subject=message.subject or "",
            date=date.date().isoformat() if date else None,
            sender=_display(message.sender or ""),
            to=_split(message.to),
            cc=_split(message.cc),
            body=body,
        )
        for attachment in message.attachments:
            data = getattr(attachment, "data", None)
            name = attachment.longFilename or attachment.shortFilename
            if name and isinstance(data, bytes):
                found.attachments.append((name, data))
        return found
    finally:
        message.close()


def _header(parsed, name: str) -> str:
    try:
        return " ".join(str(parsed.get(name, "")).split())
    except (ValueError, LookupError):  # an unreadable encoded word
        return ""


def _addresses(parsed, name: str) -> list[str]:
    try:
        values = parsed.get_all(name) or []
    except (ValueError, LookupError):
        return []
    pairs = email.utils.getaddresses([str(value) for value in values])
    return [_shown(name, addr) for name, addr in pairs if name or addr]


def _split(value: str | None) -> list[str]:
    return [_shown(name, addr) for name, addr in email.utils.getaddresses([value or ""]) if name or addr]


def _display(address: str) -> str:
    """Return "Name <address>" as the facets show it: the name and address, quotes dropped."""
    return _shown(*email.utils.parseaddr(address))


def _shown(name: str, addr: str) -> str:
    name = " ".join(name.replace('"', "").split())
    # Address books write "Bloggs, Jo": the facets show "Jo Bloggs", as the text names her,
    # and a comma would split the name where the index keeps a paragraph's names.
    name = _LAST_FIRST.sub(r"\2 \1", name)
    return f"{name} <{addr}>" if name and addr else (name or addr)


_WORDS = r"[^\W\d_](?:[^\W\d_]|['’ .-])*"  # letters, and the marks a name holds: no digits
_LAST_FIRST = re.compile(rf"^({_WORDS}), ({_WORDS})$")


def _date(value) -> str | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(value)).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _text_of(part, warnings: list[str]) -> str:
    """Return a text part's content, whatever its charset says (an unknown one is guessed)."""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError) as error:
        from .decode import decode

        decoded = decode(part.get_payload(decode=True) or b"")
        charset = part.get_content_charset()
        warnings.append(f"charset {charset!r} unknown ({error}); read as {decoded.encoding}")
        content = decoded.text
    return _html_text(content) if part.get_content_type() == "text/html" else content


def _html_text(html: str) -> str:
    """Return an HTML body's text, a blank line between its blocks."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except Exception:  # noqa: BLE001 - an empty or broken body has no text
        return ""
    for bad in root.xpath("//script|//style|//head"):
        bad.drop_tree()
    for block in root.xpath("//p|//div|//br|//li|//tr|//h1|//h2|//h3|//blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    return root.text_content()


#: "On Tue, 21 Oct 2025 at 09:12, Jo Bloggs <jo@example.org> wrote:": a quoted reply follows.
_WROTE = re.compile(r"^\s*On\b.{4,200}?,\s*(?P<who>[^,]+?)\s+(?:<[^>]+>\s*)?wrote:\s*$", re.IGNORECASE)
_FORWARDED = re.compile(r"^\s*-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}\s*$", re.IGNORECASE)
_FROM_LINE = re.compile(r"^\s*From:\s*(?P<who>.+)$", re.IGNORECASE)
#: Disclaimers and legal footers: boilerplate whoever sent them.
_DISCLAIMER = re.compile(
    r"\b(this (e-?mail|message)( and any attachments?)?( is| are| may)|confidential(ity)? notice|"
    r"intended (solely|only) for the (use of the )?(addressee|recipient)|if you have received this)",
    re.IGNORECASE,
)


def body_paragraphs(body: str, sender: str, start: int = 2) -> list[Paragraph]:
    """Split a message body into paragraphs, each with its zone hint and who is speaking.

    >>> body = "Hi.\\n\\nOn Mon, 1 Jan, Al Bo wrote:\\n> Yes."
    >>> [(p.text, p.hint, p.said_by) for p in body_paragraphs(body, "Jo <jo@example.org>")]
    [('Hi.', None, 'Jo'), ('On Mon, 1 Jan, Al Bo wrote:', 'quoted', 'Al Bo'), ('Yes.', 'quoted', 'Al Bo')]
    """
    found: list[Paragraph] = []
    speaker, zone, signed, marked = sender, None, False, False
    author = None  # who the quoted text is by, once a "wrote:" line names them
    block: list[str] = []
    first = 0

    def flush() -> None:
        text = " ".join(" ".join(block).split())
        if text:
            hint = "boilerplate" if signed or _DISCLAIMER.search(text) else zone
            who = _name(speaker) if speaker else None
            found.append(Paragraph(start + len(found), first, text, hint=hint, said_by=who))
        block.clear()

    for number, line in enumerate(split_lines(body), 1):
        quoted = line.lstrip().startswith(">")
        text = re.sub(r"^(\s*>)+\s?", "", line) if quoted else line
        header = None if quoted else _WROTE.match(line) or _FORWARDED.match(line)
        if not quoted and line.rstrip() in ("--", "-- "):
            flush()
            if zone == "quoted" and marked:  # after "> " lines: the sender signs their own
                zone, speaker, marked = None, sender, False
            signed = zone is None  # the sender's own signature; a quoted one stays quoted
            continue
        if header:
            flush()
            author = header.groupdict().get("who") or None
            zone, speaker, signed, marked = "quoted", author, False, False
            first = number
            block.append(text)
            flush()  # the "wrote:" line is a paragraph of its own
            continue
        elif quoted and zone != "quoted":
            flush()
            zone, speaker, signed, marked = "quoted", author, False, True
        elif quoted:
            marked = True  # "> " lines after a "wrote:" line: an unmarked line ends them
        elif not quoted and zone == "quoted" and marked and text.strip():
            flush()  # an answer written between quoted lines: the sender again
            zone, speaker, marked = None, sender, False
        elif zone == "quoted" and not marked and not block and (who := _FROM_LINE.match(text)):
            speaker = author = who["who"]  # a forwarded message names its author
        if not text.strip():
            flush()
            continue
        if not block:
            first = number
        block.append(text)
    flush()
    return found


def _name(address: str) -> str:
    """Return a person's name from "Name <address>" (the address when there is no name)."""
    if "@" not in address:
        return " ".join(address.replace('"', "").split())
    name, addr = email.utils.parseaddr(address)
    return " ".join(name.replace('"', "").split()) or addr or address.strip()


def attachment_names(
    message_name: str, attachments: list[tuple[str, bytes]]
) -> Iterator[tuple[str, str, bytes]]:
    """Yield (source name, file name, bytes) of a message's attachments, each name once.

    >>> [n for n, _, _ in attachment_names("a.eml", [("r.pdf", b""), ("r.pdf", b""), ("x/y.txt", b"")])]
    ['a.eml/r.pdf', 'a.eml/r (2).pdf', 'a.eml/x_y.txt']
    """
    seen: set[str] = set()
    for filename, data in attachments:
        safe = re.sub(r"[/\\\x00-\x1f]", "_", filename).strip() or "attachment"
        stem, dot, suffix = safe.rpartition(".")
        candidate, n = safe, 1
        while candidate in seen:
            n += 1
            candidate = f"{stem} ({n}).{suffix}" if dot and stem else f"{safe} ({n})"
        seen.add(candidate)
        yield f"{message_name}/{candidate}", filename, data


def original(corpus: Path, record: dict) -> tuple[str, bytes]:
    """Return (file name, bytes) of a message or attachment read from a mail file."""
    file, name = record["container"], record["name"]
    path = corpus / file
    kind = path.suffix.lower().lstrip(".")
    if not record.get("attachment_of"):  # a message of an mbox
        part = name[len(file) + 1 :]
        return f"{Path(file).stem}-{part}.eml", message_bytes(path, part)
    holder = record["attachment_of"]
    if holder == file:
        message = from_msg(path.read_bytes()) if kind == "msg" else from_bytes(path.read_bytes())
    else:
        message = from_bytes(message_bytes(path, holder[len(file) + 1 :]))
    for child, filename, data in attachment_names(holder, message.attachments):
        if child == name:
            return filename, data
    raise FileNotFoundError(name)
