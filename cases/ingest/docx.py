"""Read stage for Word documents (.docx): paragraphs and tables in the body's order.

A table row becomes one line with its cells joined by " | ", as the HTML and PDF
readers write one (a merged cell, which python-docx repeats, is written once). What it
must not do: touch the ORM or settings, or interpret the text.
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph


class DocxError(Exception):
    """A Word document whose text cannot be read, and why."""


def read_docx(data: bytes) -> tuple[str, str]:
    """(the document's text, its title from the document's properties)."""
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise DocxError(f"not a readable Word document ({error})") from None
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            blocks.append(_collapse(item.text))
        elif isinstance(item, Table):
            blocks.append("\n".join(_rows(item)))
    text = "\n\n".join(block for block in blocks if block)
    if not text:
        raise DocxError("the Word document has no text")
    return text, _collapse(document.core_properties.title or "")


def _rows(table: Table):
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell comes back once per grid column
                continue
            seen.add(id(cell._tc))
            cells.append(_collapse(cell.text))
        line = " | ".join(cell for cell in cells if cell)
        if line:
            yield line


def _collapse(text: str) -> str:
    return " ".join(text.split())
