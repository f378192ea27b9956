"""Read stage for PDFs: the text layer, laid out as the HTML reader lays out a page.

pypdfium2 (PDFium) reads the text; bench/pdf_benchmark.py measured it against pypdf
and pdfminer.six on generated force-notice layouts (columns, tables, running headers
and footers): as good as pypdf and much faster, and unlike pdfminer.six it keeps a
table's row together. From PDFium's runs of text, with their positions:

- runs on one line are joined; a wide gap between them is a table's cell border and
  becomes " | ", as the HTML reader writes a table row; but a page whose lines are
  each two long runs of prose on either side of one gap is two columns drawn line by
  line across, and is read down the left column, then down the right;
- lines of one paragraph are joined (the extractor reads a sentence within a line): a
  paragraph ends where the gap above the next line is wider than the page's line
  spacing, or where a line stops short of its column's edge although the next line's
  first word would have fitted (a labelled field a line: "Force: Kent Police");
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
# A new paragraph: a gap above a line wider than this many line heights (a blank line
# at any usual line spacing), or a line pitch this much wider than the page's usual.
PARAGRAPH_GAP = 1.2
PARAGRAPH_PITCH = 1.4
# Two columns drawn across: at least this many lines hold a left and a right run of
# prose at least this long (a table's cells are shorter: "Sergeant", "5 October 2023").
MIN_COLUMN_LINES = 6
MIN_COLUMN_LINE_LENGTH = 25
_DIGITS = re.compile(r"\d+")


class PdfError(Exception):
    """A PDF whose text cannot be read, and why."""


@dataclass
class _Line:
    text: str
    top: float
    bottom: float
    left: float
    right: float
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
    previous: _Line | None = None
    for page in pages:
        lines = [line for line in page if _shape(line.text) not in running]
        pitch = _usual_pitch(lines)
        for index, line in enumerate(lines):
            if previous is None:
                joined = False
            elif index == 0:  # a paragraph running on from the page before
                joined = _runs_on(previous, line)
            else:
                joined = _continues(previous, line, pitch) and _filled(
                    previous, line, lines
                )
            if joined:
                paragraphs[-1] = _join(paragraphs[-1], line.text)
            else:
                paragraphs.append(line.text)
            previous = line
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
    """The page's runs of text joined into lines, in reading order."""
    text_page = page.get_textpage()
    runs = []
    for index in range(text_page.count_rects()):
        left, bottom, right, top = text_page.get_rect(index)
        text = " ".join(text_page.get_text_bounded(left, bottom, right, top).split())
        if text:
            runs.append(_Run(text, left, bottom, right, top))
    split = _column_split(_lines(runs))
    if split is not None:
        runs = _down_the_columns(runs, split)
    return [line for line, _ in _lines(runs)]


def _down_the_columns(runs: list[_Run], split: float) -> list[_Run]:
    """Down the left column, then down the right; what spans both (a heading, the
    running header and footer) stays above or below them."""
    left = [run for run in runs if run.right <= split]
    right = [run for run in runs if run.left >= split]
    spanning = [run for run in runs if run.left < split < run.right]
    top = max(run.top for run in left + right)
    above = [run for run in spanning if run.bottom >= top]
    below = [run for run in spanning if run.bottom < top]
    return above + left + right + below


@dataclass(frozen=True)
class _Run:
    text: str
    left: float
    bottom: float
    right: float
    top: float


def _lines(runs: list[_Run]) -> list[tuple[_Line, list[_Run]]]:
    """Consecutive runs on one line joined, a wide gap between two as a cell border."""
    lines: list[tuple[_Line, list[_Run]]] = []
    for run in runs:
        line, members = lines[-1] if lines else (None, [])
        if line is not None and _same_line(line, run.bottom, run.top):
            gap = run.left - members[-1].right
            wide = gap > CELL_GAP * max(line.height, run.top - run.bottom)
            line.text += " | " + run.text if wide else " " + run.text
            line.cells = line.cells or wide
            line.top, line.bottom = max(line.top, run.top), min(line.bottom, run.bottom)
            line.right = max(line.right, run.right)
            members.append(run)
        else:
            line = _Line(run.text, run.top, run.bottom, run.left, run.right)
            lines.append((line, [run]))
    return lines


def _column_split(lines: list[tuple[_Line, list[_Run]]]) -> float | None:
    """Where the right column starts, when a page's two columns of prose were drawn
    line by line across the page (each line: a left run, a gap, a right run). A table
    has short cells and keeps its rows; so does a page of one column."""
    pairs = [members for line, members in lines if len(members) == 2 and line.cells]
    if len(pairs) < MIN_COLUMN_LINES:
        return None
    starts = sorted(right.left for _, right in pairs)
    split = starts[len(starts) // 2]
    aligned = [pair for pair in pairs if abs(pair[1].left - split) < 2]
    prose = median(len(run.text) for pair in aligned for run in pair)
    if len(aligned) < 0.8 * len(pairs) or prose < MIN_COLUMN_LINE_LENGTH:
        return None
    return split - 1


def _same_line(line: _Line, bottom: float, top: float) -> bool:
    overlap = min(line.top, top) - max(line.bottom, bottom)
    return overlap > 0.5 * min(line.height, top - bottom)


def _continues(previous: _Line, line: _Line, pitch: float | None) -> bool:
    """Whether `line`, on the same page, goes on with the paragraph of `previous`."""
    if line.top > previous.top:  # back up the page: the next column
        return _runs_on(previous, line)
    if previous.cells or line.cells:
        return False
    gap = previous.bottom - line.top
    if gap > PARAGRAPH_GAP * max(previous.height, line.height):
        return False
    return pitch is None or previous.top - line.top <= PARAGRAPH_PITCH * pitch


def _runs_on(previous: _Line, line: _Line) -> bool:
    """Across a column or page break: a paragraph goes on unless a sentence ended."""
    if previous.cells or line.cells:
        return False
    return not previous.text.endswith((".", ":", "!", "?"))


def _filled(previous: _Line, line: _Line, lines: list[_Line]) -> bool:
    """Whether `previous` ran to the edge of its column, so that it was wrapped: a line
    that stops short where the next line's first word would have fitted ended there
    ("Force: Kent Police" above "Outcome: Dismissed")."""
    overlapping = sorted(
        other.right
        for other in lines
        if other.left < previous.right and other.right > previous.left
    )
    edge = overlapping[int(len(overlapping) * 0.8)] if overlapping else previous.right
    char_width = (previous.right - previous.left) / max(len(previous.text), 1)
    first_word = len(line.text.split(" ", 1)[0]) + 1  # with its space
    return edge - previous.right < first_word * char_width


def _usual_pitch(lines: list[_Line]) -> float | None:
    """The usual distance from one line's top to the next one's, down the page."""
    pitches = [
        previous.top - line.top
        for previous, line in zip(lines, lines[1:], strict=False)
        if 0 < previous.top - line.top < 3 * max(previous.height, line.height)
    ]
    return median(pitches) if pitches else None


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
