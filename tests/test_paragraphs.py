from index.read.paragraphs import is_hard_wrapped, split_lines, split_paragraphs
from tests.conftest import CORPUS


def test_one_paragraph_per_line_counts_blank_lines():
    text = "Headline\n\nFirst paragraph.\nSecond paragraph.\n\n\nThird."
    found = [(p.number, p.line, p.text) for p in split_paragraphs(text)]
    assert found == [
        (1, 1, "Headline"),
        (2, 3, "First paragraph."),
        (3, 4, "Second paragraph."),
        (4, 7, "Third."),
    ]


def test_hard_wrapped_blocks_are_one_paragraph_each():
    paragraphs = split_paragraphs((CORPUS / "wrapped.txt").read_text())
    assert [p.line for p in paragraphs] == [1, 3, 8, 12, 15]
    assert paragraphs[1].text.startswith("The Eastport Harbour Board said on Tuesday it had\napproved")
    assert paragraphs[1].text.endswith("northern basin.")


def test_a_wire_s_sign_off_leaves_the_wrapped_block_it_ends():
    text = (
        "HARBOUR BOARD APPROVES DREDGING\n\n"
        "The Eastport Harbour Board said on Tuesday it had approved\n"
        "a plan to dredge the northern basin over the next two years.\n\n"
        "The board said the work would cost about 12 mln dlrs and\n"
        "would be paid for out of reserves.\n"
        " REUTER\n"
    )
    found = [(p.line, p.text) for p in split_paragraphs(text)]
    assert found[-2:] == [
        (6, "The board said the work would cost about 12 mln dlrs and\nwould be paid for out of reserves."),
        (8, "REUTER"),
    ]
    # Copied from a terminal, the line keeps its trail: an ellipsis, a carriage return as "^M".
    trailed = text.replace(" REUTER\n", " REUTER...^M\n")
    assert [(p.line, p.text) for p in split_paragraphs(trailed)][-1] == (8, "REUTER...^M")


def test_short_multi_line_blocks_are_not_wrapping():
    text = "Headline\nShare and Follow\nYou May Also Like\n\nA long body line. " * 3
    assert not is_hard_wrapped(split_lines(text))


def test_bulleted_lists_are_not_wrapping():
    lines = [
        "Budget",
        "",
        "- raised spending on schools by a lot this year ",
        " - froze fuel duty for the year",
    ]
    assert not is_hard_wrapped(lines)


def test_windows_and_old_mac_line_endings_number_like_an_editor():
    paragraphs = split_paragraphs("Title\r\n\r\nBody one.\r\nBody two.\rBody three.")
    assert [(p.line, p.text) for p in paragraphs] == [
        (1, "Title"),
        (3, "Body one."),
        (4, "Body two."),
        (5, "Body three."),
    ]


def test_headline_is_paragraph_one_even_after_blank_lines():
    assert split_paragraphs("\n\n  Headline  \nBody.")[0].text == "Headline"
    assert split_paragraphs("\n\n  Headline  \nBody.")[0].line == 3
