"""The original files of indexed sources: what a reporter opens to check and cite."""

from __future__ import annotations

import io
import mimetypes
from pathlib import Path
from urllib.parse import quote

from flask import Blueprint, abort, current_app, send_file

from index.read import mail

from .store import get_view

bp = Blueprint("originals", __name__)

#: Types a browser may show in its own tab; anything else (HTML with its scripts, Office
#: files, e-mail) is sent as a download, never rendered inside dossier's origin.
INLINE = {"application/pdf", "text/plain", "image/png", "image/jpeg", "image/tiff"}


#: Python's codec names that browsers know by another.
CHARSETS = {"cp1252": "windows-1252", "latin-1": "iso-8859-1", "latin_1": "iso-8859-1"}


def file_url(name: str, page: int | None = None) -> str:
    """Return the link to a source's original file; a PDF's opens at the page given."""
    return f"/source/{quote(name)}/file" + (f"#page={page}" if page else "")


@bp.get("/source/<path:name>/file")
def original(name: str):
    """Send the original file of an indexed source (never a path the request makes up)."""
    # The record alone: serving a file needs none of its paragraphs.
    found = get_view().record(name)
    if found is None:
        abort(404, f"no source named {name!r}")
    corpus = Path(current_app.config["CORPUS"]).resolve()
    if found.get("container"):
        return _part(corpus, found)
    # The name comes from the index, written by the build from the corpus walk; resolving
    # it again keeps a link planted in the corpus since from leading out of it.
    path = (corpus / found["name"]).resolve()
    if not path.is_relative_to(corpus) or not path.is_file():
        abort(404, f"the original of {name!r} is no longer in the corpus")
    mimetype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    response = send_file(
        path,
        mimetype=mimetype,
        as_attachment=mimetype not in INLINE,
        download_name=path.name,
        conditional=True,
        max_age=0,
    )
    if mimetype == "text/plain" and found.get("encoding") not in (None, "binary"):
        # The encoding the build read it in, so that the browser shows the same letters.
        charset = CHARSETS.get(found["encoding"], found["encoding"])
        response.headers["Content-Type"] = f"text/plain; charset={charset}"
    return response


def _part(corpus: Path, found: dict):
    """Send a message of an mbox (as .eml) or an attachment, taken from its mail file."""
    container = (corpus / found["container"]).resolve()
    if not container.is_relative_to(corpus) or not container.is_file():
        abort(404, f"the mail file of {found['name']!r} is no longer in the corpus")
    try:
        filename, data = mail.original(corpus, found)
    except (OSError, ValueError, IndexError, KeyError):
        abort(404, f"{found['name']!r} is no longer in its mail file")
    mimetype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return send_file(
        io.BytesIO(data),
        mimetype=mimetype,
        as_attachment=mimetype not in INLINE,
        download_name=filename,
        max_age=0,
    )
