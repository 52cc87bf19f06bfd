import re

import pytest

from index.read.decode import NotText, decode


def test_utf8_is_read_without_warning():
    assert decode("Renée “quoted”".encode()).warning is None


def test_utf8_byte_order_mark_is_dropped():
    assert decode(b"\xef\xbb\xbfHeadline").text == "Headline"


def test_cp1252_bytes_fall_back_with_a_warning():
    decoded = decode("Fares rise by £2, “regrettable”".encode("cp1252"))
    assert decoded.text == "Fares rise by £2, “regrettable”"
    assert decoded.warning == "not valid UTF-8; read as cp1252"


def test_other_encodings_are_detected():
    text = "Полиция начала новое расследование дела о пропавших детях в городе"
    assert decode(text.encode("cp1251")).text == text


def test_utf16_with_bom_is_read():
    assert decode("Headline £".encode("utf-16")).text == "Headline £"


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty file"), (b" \n\t\n", "empty file"), (b"PK\x03\x04\x00\x00", "binary file (control bytes)")],
)
def test_empty_and_binary_bytes_are_not_text(data, reason):
    with pytest.raises(NotText, match=re.escape(reason)):
        decode(data)
