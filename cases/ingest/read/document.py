"""Reading one file, or bytes received, into a `Document`: plain text or HTML once
decoded, a PDF or a Word document from its bytes (pdf.py, docx.py)."""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path

from cases.ingest.docx import DocxError, read_docx
from cases.ingest.pdf import PdfError, read_pdf_text, read_pdf_title
from cases.ingest.read.decode import decode
from cases.ingest.read.errors import ReadError, missing_reason, os_reason
from cases.ingest.read.formats import DOCX, HTML_TYPES, MAX_BYTES, MEDIA_TYPES, PDF
from cases.ingest.read.html_page import fill_from_html
from cases.ingest.read.listing import FoundPath
from cases.ingest.read.published import date_line
from cases.ingest.records import Document

# A .txt file is "clearly HTML" when it opens with a doctype or <html>, <head>, <body>.
_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


def read_found(found: FoundPath) -> Document:
    """Read a listed file, with its name in the folder given and its sources.tsv origin.

    What sources.tsv says is the archivist's word and beats what the page says of itself.
    """
    document = read_document(found.path)
    document.file_name = found.name or found.path.name
    origin = found.origin
    document.url = origin.url or document.url
    document.publisher = origin.publisher or document.publisher
    document.published = origin.published or document.published
    return document


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read one file into a `Document`, or raise `ReadError` saying why it cannot be."""
    path = Path(path)
    return read_content(
        _read_bytes(path), str(path), MEDIA_TYPES.get(path.suffix.lower(), "")
    )


def read_content(data: bytes, path: str, media_type: str = "") -> Document:
    """Read bytes received from `path` (a file, or a URL fetched) into a `Document`.

    `media_type` is what the file's suffix or the server's Content-Type says; a text
    that is clearly HTML is read as HTML, and a PDF as a PDF, whatever it says.
    """
    if data.startswith(b"%PDF-"):
        return _read_binary(path, data, PDF)
    if media_type in (PDF, DOCX):
        return _read_binary(path, data, media_type)
    raw_text, encoding, lossy = decode(data, path)
    if not raw_text.strip():
        raise ReadError(path, "file contains only whitespace")
    return parse_document(
        path,
        raw_text,
        media_type=media_type,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        decode_errors=lossy,
    )


def parse_document(
    location: str,
    raw_text: str,
    *,
    media_type: str = "",
    encoding: str = "utf-8",
    sha256: str = "",
    decode_errors: bool = False,
) -> Document:
    """A `Document` from text already decoded: bytes just received, or a stored source
    read again by newer rules."""
    document = Document(
        path=location,
        raw_text=raw_text,
        encoding=encoding,
        sha256=sha256,
        decode_errors=decode_errors,
    )
    if media_type in HTML_TYPES or _HTML_START.match(raw_text):
        document.content_type = "text/html"
        fill_from_html(document)
    else:
        document.text = _normalise_newlines(raw_text)
        document.published = date_line(document.text)
    return document


def _read_binary(path: str, data: bytes, content_type: str) -> Document:
    """A PDF or Word document: its bytes kept as received, its text read from them."""
    try:
        if content_type == PDF:
            text, title = read_pdf_text(data), read_pdf_title(data)
        else:
            text, title = read_docx(data)
    except (PdfError, DocxError) as error:
        raise ReadError(path, str(error)) from None
    return Document(
        path=str(path),
        raw_text="",
        raw_bytes=data,
        text=text,
        title=title,
        published=date_line(text),
        content_type=content_type,
        encoding="",
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _read_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
    except (OSError, ValueError) as error:
        raise ReadError(path, missing_reason(path, error)) from None
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(path, "is a directory")
    if not stat.S_ISREG(info.st_mode):  # opening a FIFO would block for ever
        raise ReadError(path, "not a regular file")
    if info.st_size > MAX_BYTES:
        raise ReadError(path, f"{info.st_size} bytes, over the {MAX_BYTES}-byte limit")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the file may have grown since stat()
    except OSError as error:
        raise ReadError(path, os_reason(error)) from None
    if len(data) > MAX_BYTES:
        raise ReadError(path, f"over the {MAX_BYTES}-byte limit")
    if not data:
        raise ReadError(path, "empty file")
    return data


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
