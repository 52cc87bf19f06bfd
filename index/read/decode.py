"""Turn the bytes of a file into text, or say why they are not text."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

#: Control characters other than tab, newline, form feed and carriage return.
_CONTROL = bytes(range(32)).translate(None, b"\t\n\x0c\r")
_ASCII = bytes(range(128))
_SAMPLE = 8192


class NotText(ValueError):
    """The bytes are empty or binary; the message says which."""


@dataclass(frozen=True)
class Decoded:
    """Text read from a file, with a warning when it was not clean UTF-8."""

    text: str
    encoding: str
    warning: str | None = None


def decode(data: bytes) -> Decoded:
    """Decode bytes as UTF-8, falling back to a detected encoding with a warning.

    >>> decode("café".encode("latin-1")).warning
    'not valid UTF-8; read as cp1252'
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(data.decode("utf-16", errors="replace"), "utf-16")
    if not data.strip():
        raise NotText("empty file")
    sample = data[:_SAMPLE]
    if b"\x00" in sample or sum(sample.count(c) for c in _CONTROL) > len(sample) // 10:
        raise NotText("binary file (control bytes)")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass
    # A few stray high bytes in ASCII text are Western cp1252; asked about so little
    # evidence, the detector reads a lone pound sign as Japanese "with no chaos".
    non_ascii = len(data.translate(None, _ASCII))
    if non_ascii <= max(16, len(data) // 20):
        try:
            return Decoded(data.decode("cp1252"), "cp1252", "not valid UTF-8; read as cp1252")
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    encoding = best.encoding if best else "cp1252"
    text = data.decode(encoding, errors="replace")
    return Decoded(text, encoding, f"not valid UTF-8; read as {encoding}")
