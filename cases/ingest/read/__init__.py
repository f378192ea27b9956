"""Read stage: a path on disk becomes a `Document` (decoded text plus page metadata).

What it does:
- finds the files to read under any mix of files and folders (`iter_document_paths`),
  reporting what it skips instead of silently dropping it;
- decodes bytes (UTF-8 with or without BOM, UTF-16, Windows-1252, lossy UTF-8 as a last
  resort) and, for HTML, keeps the article's text as lines and reads the title,
  publication date, publisher and canonical URL from the page's own metadata;
- reads a PDF's text layer (pdf.py) and a Word document's text (docx.py), keeping their
  bytes as received; a scan without a text layer is a `ReadError`, never empty text;
- gives a listed file its name in the folder given and its sources.tsv origin
  (`read_found`).

What it must not do: touch the ORM or Django settings, remove wording from plain text
(boilerplate is clean.py's job), or interpret what the text says (extract.py's job).
Any failure to read a file is a `ReadError`; no other exception escapes `read_document`.

A module for each part: `listing.py` (which files to read), `document.py` (a file or
bytes received to a `Document`, by format), `decode.py` (bytes to text),
`published.py` (the dates a file states of itself), `html_page.py` (an HTML page's
text and metadata) and `html_text.py` (its main text laid out as lines, site chrome
removed); `formats.py` and `errors.py` hold what they share.
"""

from cases.ingest.read.document import (
    parse_document,
    read_content,
    read_document,
    read_found,
)
from cases.ingest.read.errors import ReadError
from cases.ingest.read.formats import DOCX, MAX_BYTES, MEDIA_TYPES, PDF
from cases.ingest.read.listing import FoundPath, iter_document_paths

__all__ = [
    "DOCX",
    "MAX_BYTES",
    "MEDIA_TYPES",
    "PDF",
    "FoundPath",
    "ReadError",
    "iter_document_paths",
    "parse_document",
    "read_content",
    "read_document",
    "read_found",
]
