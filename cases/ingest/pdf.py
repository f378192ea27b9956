"""Read stage for PDFs: the text layer, laid out as the HTML reader lays out a page.

pypdfium2 (PDFium) reads the text; bench/pdf_benchmark.py measured it against pypdf
and pdfminer.six on generated force-notice layouts (columns, tables, running headers
and footers): as good as pypdf and much faster, and unlike pdfminer.six it keeps a
table's row together. From PDFium's runs of text, with their positions:

- runs on one line are joined; a wide gap between them is a table's cell border and
  becomes " | ", as the HTML reader writes a table row;
- lines of one paragraph are joined (the extractor reads a sentence within a line), a
  paragraph ends where the gap above the next line is wider than the line spacing;
- a line that opens or closes most pages (digits aside: "page 2 of 3") is the running
  header or footer and is dropped, so that a paragraph can run on across a page break.

A PDF without a text layer (a scan) is a `PdfError`, never an empty document. What it
must not do: touch the ORM or settings, or interpret the text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

import pypdfium2

CELL_GAP = 1.5  # a gap wider than this many line heights separates table cells
PARAGRAPH_GAP = 0.7  # a gap above a line wider than this many line heights: new one
_DIGITS = re.compile(r"\d+")


class PdfError(Exception):
    """A PDF whose text cannot be read, and why."""


@dataclass
class _Line:
    text: str
    top: float
    bottom: float
    cells: bool = False  # a table row: never joined to its neighbours

    @property
    def height(self) -> float:
        return self.top - self.bottom


def read_pdf_text(data: bytes) -> str:
    """The text of a PDF's text layer, in paragraphs; `PdfError` if there is none."""
    try:
        pages = [_page_lines(page) for page in _open(data)]
    except pypdfium2.PdfiumError as error:
        raise PdfError(f"cannot read the PDF's text ({error})") from None
    if not any(
        any(char.isalpha() for line in page for char in line.text) for page in pages
    ):
        count = len(pages)
        raise PdfError(
            f"no text layer in {count} page{'s' if count != 1 else ''}: a scanned "
            "image needs OCR before it can be read"
        )
    running = _running_lines(pages)
    paragraphs: list[str] = []
    pending: _Line | None = None
    for page in pages:
        lines = [line for line in page if _shape(line.text) not in running]
        for previous, line in zip([pending, *lines], lines, strict=False):
            if previous is not None and _continues(previous, line) and paragraphs:
                paragraphs[-1] = _join(paragraphs[-1], line.text)
            else:
                paragraphs.append(line.text)
        pending = lines[-1] if lines else pending
    return "\n\n".join(paragraphs)


def read_pdf_title(data: bytes) -> str:
    """The title the PDF gives itself, unless it is only a file name."""
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return ""
    try:
        title = " ".join((document.get_metadata_value("Title") or "").split())
    finally:
        document.close()
    # "Microsoft Word - outcome notice.docx", "Outcome_PC_Smith.pdf"
    if re.search(r"\.(?:docx?|pdf|odt|rtf)$|^Microsoft Word - ", title, re.I):
        return ""
    return title


def _open(data: bytes):
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        reason = str(error).lower()
        if "password" in reason:
            raise PdfError("the PDF is encrypted and needs a password") from None
        raise PdfError(f"not a readable PDF ({error})") from None
    try:
        yield from document
    finally:
        document.close()


def _page_lines(page) -> list[_Line]:
    """The page's runs of text, joined into lines, in the file's order."""
    text_page = page.get_textpage()
    lines: list[_Line] = []
    last_right = 0.0
    for index in range(text_page.count_rects()):
        left, bottom, right, top = text_page.get_rect(index)
        text = " ".join(text_page.get_text_bounded(left, bottom, right, top).split())
        if not text:
            continue
        line = lines[-1] if lines else None
        if line is not None and _same_line(line, bottom, top):
            wide = left - last_right > CELL_GAP * max(line.height, top - bottom)
            line.text += " | " + text if wide else " " + text
            line.cells = line.cells or wide
            line.top, line.bottom = max(line.top, top), min(line.bottom, bottom)
        else:
            lines.append(_Line(text, top, bottom))
        last_right = right
    return lines


def _same_line(line: _Line, bottom: float, top: float) -> bool:
    overlap = min(line.top, top) - max(line.bottom, bottom)
    return overlap > 0.5 * min(line.height, top - bottom)


def _continues(previous: _Line, line: _Line) -> bool:
    """Whether `line` goes on with the paragraph `previous` is part of."""
    if previous.cells or line.cells:
        return False
    gap = previous.bottom - line.top
    if line.top > previous.top:  # back up the page: a new column, or a new page
        return not previous.text.endswith((".", ":", "!", "?"))
    return gap < PARAGRAPH_GAP * median((previous.height, line.height))


def _running_lines(pages: list[list[_Line]]) -> set[str]:
    """Lines that open or close at least two pages and most of them."""
    if len(pages) < 2:
        return set()
    edges = Counter()
    for page in pages:
        if page:
            edges.update({_shape(page[0].text), _shape(page[-1].text)})
    return {shape for shape, count in edges.items() if count >= max(2, len(pages) / 2)}


def _shape(text: str) -> str:
    return _DIGITS.sub("#", text.casefold())


def _join(paragraph: str, text: str) -> str:
    # "self-" at a line's end runs on into "referral": keep the hyphen, add no space.
    return paragraph + text if paragraph.endswith("-") else f"{paragraph} {text}"
