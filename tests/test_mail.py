"""E-mail made by the test: an mbox of three messages, an .eml in another charset, an Outlook .msg."""

from __future__ import annotations

import io
import mailbox
import shutil
from email.message import EmailMessage
from pathlib import Path

import pytest

from index import build_index, open_index
from search import ColumnCache, SearchRequest, get_source, make_parser, run_search
from web import create_app

MAIL = Path(__file__).parent / "data" / "mail"
JO, PRIYA, DESK = "Jo Bloggs <jo@police.example>", "Priya Shah <priya@council.example>", "desk@news.example"


def pdf_bytes(text: str) -> bytes:
    """Return a one-page PDF with a text layer, made with pypdf's writer and a Helvetica page."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 12 Tf 72 700 Td ({text}) Tj ET".encode())
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def message(sender, to, subject, body, date, cc=None, attach=None) -> EmailMessage:
    found = EmailMessage()
    found["From"], found["To"], found["Subject"], found["Date"] = sender, to, subject, date
    if cc:
        found["Cc"] = cc
    found.set_content(body)
    if attach:
        found.add_attachment(attach[1], maintype="application", subtype="pdf", filename=attach[0])
    return found


@pytest.fixture(scope="module")
def mail(tmp_path_factory) -> tuple[Path, Path, object]:
    corpus = tmp_path_factory.mktemp("mail")
    box = mailbox.mbox(corpus / "press.mbox")
    box.add(
        message(
            PRIYA,
            JO,
            "Referrals backlog",
            "Jo,\n\nCan you confirm when the review of the referrals will be finished?\n\nPriya\n",
            "Mon, 20 Oct 2025 09:12:00 +0100",
        )
    )
    box.add(
        message(
            JO,
            PRIYA,
            "Re: Referrals backlog",
            "Priya,\n\nThe review of every referral will be finished by April, as the\n"
            "Commissioner told the Assembly.\n\n"
            "On Mon, 20 Oct 2025 at 09:12, Priya Shah <priya@council.example> wrote:\n"
            "> Can you confirm when the review of the referrals will be finished?\n\n"
            "-- \nJo Bloggs\nPress office, Metropolitan Police\n",
            "Tue, 21 Oct 2025 10:00:00 +0100",
            cc=DESK,
        )
    )
    box.add(
        message(
            '"Bloggs, Jo" <jo@police.example>',  # an address book's "Last, First"
            DESK,
            "Statement on the review",
            "Please find the statement attached.\n\n"
            "This email and any attachments are confidential and intended solely for the addressee.\n",
            "Wed, 22 Oct 2025 16:30:00 +0100",
            attach=("statement.pdf", pdf_bytes("The Met will review nine thousand historic cases.")),
        )
    )
    box.close()
    latin = EmailMessage()
    latin["From"], latin["To"] = "Renée Dubois <renee@ferry.example>", DESK
    latin["Subject"], latin["Date"] = "Fares", "Thu, 23 Oct 2025 08:00:00 +0100"
    latin.set_content("Les tarifs du ferry augmentent de 2 € à partir de décembre.", charset="iso-8859-15")
    (corpus / "fares.eml").write_bytes(latin.as_bytes())
    shutil.copy(MAIL / "sample.msg", corpus / "sample.msg")
    (corpus / "broken.eml").write_bytes(
        b"From: x\nContent-Type: multipart/mixed; boundary=\n\n--\x00\x01garbage"
    )
    (corpus / "empty.mbox").write_bytes(b"")
    index_dir = tmp_path_factory.mktemp("mail-index")
    return corpus, index_dir, build_index(corpus, index_dir)


def source(index_dir: Path, name: str) -> dict:
    with open_index(index_dir).searcher() as searcher:
        return get_source(searcher, name)


def search(index_dir: Path, **args) -> dict:
    ix = open_index(index_dir)
    request = SearchRequest.from_args(lambda k: args.get(k), lambda k: [args[k]] if k in args else [])
    with ix.searcher() as searcher:
        results = run_search(searcher, make_parser(ix.schema), request, ColumnCache())
    return {"total": results.total, "hits": results.hits, "facets": results.facets}


def test_every_message_of_an_mbox_is_a_source_with_its_headers(mail):
    corpus, index_dir, summary = mail
    assert {"press.mbox/0001", "press.mbox/0002", "press.mbox/0003"} <= set(summary.added)
    reply = source(index_dir, "press.mbox/0002")
    assert (reply["title"], reply["published"], reply["published_basis"]) == (
        "Re: Referrals backlog",
        "2025-10-21",
        "metadata",
    )
    assert (reply["author"], reply["to"], reply["cc"], reply["format"]) == (JO, [PRIYA], [DESK], "email")
    assert reply["container"] == "press.mbox"


def test_the_body_is_spoken_by_the_sender_and_a_quote_by_its_author(mail):
    paragraphs = source(mail[1], "press.mbox/0002")["paragraphs"]
    by_text = {p["text"]: p for p in paragraphs}
    said = next(p for p in paragraphs if p["text"].startswith("The review of every referral"))
    assert said["speakers"][0] == "Jo Bloggs" and said["zone"] == "body"
    assert said["sender"] == [JO] and set(said["recipients"]) == {PRIYA, DESK}
    quoted = by_text["Can you confirm when the review of the referrals will be finished?"]
    assert quoted["zone"] == "quoted" and quoted["speakers"] == ["Priya Shah"]
    signature = next(p for p in paragraphs if p["text"].startswith("Jo Bloggs Press office"))
    assert signature["zone"] == "boilerplate" and signature["speakers"] == []
    assert paragraphs[0]["zone"] == "headline" and paragraphs[0]["text"] == "Re: Referrals backlog"


def test_a_disclaimer_is_boilerplate_and_an_attachment_a_source_of_its_own(mail):
    statement = source(mail[1], "press.mbox/0003")
    assert statement["attachments"] == ["press.mbox/0003/statement.pdf"]
    disclaimer = next(p for p in statement["paragraphs"] if "confidential" in p["text"])
    assert disclaimer["zone"] == "boilerplate"
    attached = source(mail[1], "press.mbox/0003/statement.pdf")
    assert attached["attachment_of"] == "press.mbox/0003" and attached["format"] == "pdf"
    assert attached["paragraphs"][0]["text"] == "The Met will review nine thousand historic cases."
    assert attached["paragraphs"][0]["sender"] == [JO]


def test_sender_and_recipient_facets(mail):
    found = search(mail[1], q="review")
    senders = {f["value"]: f["count"] for f in found["facets"]["sender"]}
    # "Bloggs, Jo" on the third message is the same sender: one facet value, in the text's order.
    assert senders[JO] >= 2 and PRIYA in senders and not any("," in value for value in senders)
    assert {f["value"] for f in found["facets"]["recipient"]} >= {JO, PRIYA, DESK}
    narrowed = search(mail[1], q="review", sender=PRIYA)
    assert narrowed["total"] and all(hit["sender"] == [PRIYA] for hit in narrowed["hits"])
    by_query = search(mail[1], q='sender:"Priya Shah <priya@council.example>" review')
    assert by_query["total"] == narrowed["total"]


def test_an_eml_in_another_charset(mail):
    fares = source(mail[1], "fares.eml")
    assert fares["author"] == "Renée Dubois <renee@ferry.example>"
    assert fares["paragraphs"][1]["text"] == "Les tarifs du ferry augmentent de 2 € à partir de décembre."


def test_an_outlook_msg(mail):
    found = source(mail[1], "sample.msg")
    assert found["title"].startswith("Testing Manuel Lemos' MIME E-mail composing")
    assert found["author"] == "mlemos <mlemos@acm.org>" and found["published"] == "2005-04-30"
    assert any("is working as expected" in p["text"] for p in found["paragraphs"])
    assert "sample.msg/attachment.txt" in found["attachments"]
    assert any("logo.gif" in warning for warning in found["warnings"])  # an image of no text


def test_broken_and_empty_mail_files_are_skipped_with_the_reason(mail):
    skipped = mail[2].skipped
    assert skipped["empty.mbox"] == "empty file"
    assert "broken.eml" in skipped or source(mail[1], "broken.eml") is not None  # read as far as it goes


def test_originals_of_messages_and_attachments(mail):
    corpus, index_dir, _ = mail
    client = create_app({"TESTING": True, "INDEX": str(index_dir), "CORPUS": str(corpus)}).test_client()
    response = client.get("/source/press.mbox/0002/file")
    assert response.headers["Content-Type"] == "message/rfc822"
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert b"Subject: Re: Referrals backlog" in response.data
    response = client.get("/source/press.mbox/0003/statement.pdf/file")
    assert response.headers["Content-Type"] == "application/pdf" and response.data.startswith(b"%PDF")
    page = client.get("/source/press.mbox/0003").get_data(as_text=True)
    assert 'href="/source/press.mbox/0003/statement.pdf"' in page and "desk@news.example" in page


def test_an_unchanged_mailbox_is_not_read_again_and_a_removed_message_goes(mail, tmp_path):
    corpus = Path(shutil.copytree(mail[0], tmp_path / "corpus"))
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir)
    again = build_index(corpus, index_dir)
    assert not again.changed and again.unchanged >= 5
    box = mailbox.mbox(corpus / "press.mbox")
    box.lock()
    box.remove(list(box.iterkeys())[0])
    box.flush()
    box.unlock()
    box.close()
    changed = build_index(corpus, index_dir)
    assert "press.mbox/0003" in changed.removed
    assert source(index_dir, "press.mbox/0001")["title"] == "Re: Referrals backlog"


def test_an_unknown_charset_is_guessed_with_a_warning(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "odd.eml").write_bytes(
        b"From: Al <al@example.org>\nTo: desk@news.example\nSubject: Odd\n"
        b"Content-Type: text/plain; charset=x-no-such-charset\n\nThe council met on Monday.\n"
    )
    build_index(corpus, tmp_path / "index")
    odd = source(tmp_path / "index", "odd.eml")
    assert odd["paragraphs"][1]["text"] == "The council met on Monday."
    assert any("x-no-such-charset" in warning for warning in odd["warnings"])
