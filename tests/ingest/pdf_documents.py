"""PDFs with the layouts force notices use, made in the test run (fpdf2), no binaries.

Each builder returns the PDF's bytes and the text a reader should recover, in reading
order: paragraphs as written, a table as one line a row with its cells in order, and the
running header and footer that repeat on every page. The PDF reader benchmark
(bench/pdf_benchmark.py) scores the candidate libraries on the same documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fpdf import FPDF

HEADER = "Kent Police - Professional Standards Department"
FOOTER = "Misconduct hearing outcomes - page {page}"

PARAGRAPHS = [
    "A Kent Police constable has been dismissed without notice after a gross "
    "misconduct hearing found that he had sent inappropriate messages to a victim of "
    "domestic abuse whom he met while on duty.",
    "Police Constable Daniel Hughes attended the hearing, which was chaired by a "
    "legally qualified chair and held at Kent Police headquarters in Maidstone between "
    "3 and 5 October 2023.",
    "The panel found that his conduct breached the standards of professional behaviour "
    "for honesty and integrity, authority, respect and courtesy, and discreditable "
    "conduct, and that it amounted to gross misconduct.",
    "He will be placed on the barred list held by the College of Policing, which "
    "prevents him from working in policing again.",
    "Detective Chief Superintendent Alison Grant, head of Professional Standards, said "
    "the force expects every officer to protect the people who turn to it for help and "
    "will remove anyone who abuses that trust.",
    "The case was referred to the Independent Office for Police Conduct, which "
    "directed that it be investigated by the force's own Professional Standards "
    "Department under its direction and control.",
]

TABLE = [
    ["Officer", "Rank", "Outcome", "Hearing date"],
    ["Daniel Hughes", "Police Constable", "Dismissed without notice", "5 October 2023"],
    ["Sarah Lane", "Sergeant", "Final written warning", "12 October 2023"],
    ["Mark Irwin", "Inspector", "No case to answer", "19 October 2023"],
    ["Officer A", "Police Constable", "Written warning", "26 October 2023"],
]


@dataclass
class Generated:
    name: str
    data: bytes
    paragraphs: list[str]
    rows: list[list[str]] = field(default_factory=list)
    running: list[str] = field(default_factory=list)  # header and footer lines
    pages: int = 1


class _Notice(FPDF):
    """A force notice: a running header and a footer with the page number."""

    def __init__(self, running: bool) -> None:
        super().__init__(format="A4")
        self.running = running
        self.set_auto_page_break(True, margin=20)
        self.set_title("Misconduct hearing outcome")

    def header(self) -> None:
        if self.running:
            self.set_font("Helvetica", "B", 9)
            self.cell(0, 6, HEADER, align="C")
            self.ln(12)

    def footer(self) -> None:
        if self.running:
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 10, FOOTER.format(page=self.page_no()), align="C")


FIELDS = [
    "Officer: Police Constable Daniel Hughes",
    "Force: Kent Police",
    "Hearing date: 5 October 2023",
    "Outcome: Dismissed without notice",
]


def labelled_notice() -> Generated:
    """A form-like notice: one labelled field a line, single spaced, then prose."""
    paragraphs = PARAGRAPHS[:2]
    pdf = _Notice(running=False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in FIELDS:
        pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    _write_paragraphs(pdf, paragraphs)
    return Generated("labelled fields", bytes(pdf.output()), FIELDS + paragraphs)


def plain_notice(paragraphs: list[str] | None = None) -> Generated:
    """One column, no running header or footer."""
    paragraphs = paragraphs or PARAGRAPHS[:3]
    pdf = _Notice(running=False)
    pdf.add_page()
    _write_paragraphs(pdf, paragraphs)
    return Generated("plain", bytes(pdf.output()), paragraphs)


def two_column_notice(repeat: int = 3) -> Generated:
    """A newsletter layout: two columns over several pages, header and footer on each."""
    paragraphs = PARAGRAPHS * repeat
    pdf = _Notice(running=True)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT") as columns:
        for paragraph in paragraphs:
            columns.write(text=paragraph)
            columns.ln()
            columns.ln()
    return Generated(
        "two columns",
        bytes(pdf.output()),
        paragraphs,
        running=[HEADER, FOOTER.format(page=1)],
        pages=pdf.page_no(),
    )


def interleaved_column_notice(repeat: int = 2) -> Generated:
    """Two columns drawn line by line across the page, as layout programs often write
    them: the file's order (left line, right line, next left line...) is not the
    reading order (down the left column, then down the right)."""
    paragraphs = PARAGRAPHS * repeat
    pdf = _Notice(running=True)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    width, gap, line_height = 90.0, 10.0, 5.5
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += pdf.multi_cell(
            width, line_height, paragraph, dry_run=True, output="LINES"
        )
        lines.append("")
    top, per_column = 30.0, 44
    per_page = per_column * 2
    for start in range(0, len(lines), per_page):
        if start:
            pdf.add_page()
            pdf.set_font("Helvetica", size=11)
        page = lines[start : start + per_page]
        left, right = page[:per_column], page[per_column:]
        for row in range(per_column):
            y = top + row * line_height
            for x, column in (
                (pdf.l_margin, left),
                (pdf.l_margin + width + gap, right),
            ):
                if row < len(column) and column[row]:
                    pdf.text(x, y, column[row])
    return Generated(
        "two columns drawn across",
        bytes(pdf.output()),
        paragraphs,
        running=[HEADER, FOOTER.format(page=1)],
        pages=pdf.page_no(),
    )


def table_notice() -> Generated:
    """An outcomes page: a paragraph, then a table of officers and outcomes."""
    paragraphs = PARAGRAPHS[:1]
    pdf = _Notice(running=True)
    pdf.add_page()
    _write_paragraphs(pdf, paragraphs)
    pdf.ln(4)
    pdf.set_font("Helvetica", size=10)
    with pdf.table(col_widths=(40, 40, 60, 40), text_align="LEFT") as table:
        for values in TABLE:
            row = table.row()
            for value in values:
                row.cell(value)
    return Generated(
        "table",
        bytes(pdf.output()),
        paragraphs,
        rows=TABLE,
        running=[HEADER, FOOTER.format(page=1)],
    )


def long_notice(repeat: int = 4) -> Generated:
    """One column over pages, long paragraphs running on across a footer and a
    header."""
    paragraphs = [" ".join(PARAGRAPHS)] * repeat
    pdf = _Notice(running=True)
    pdf.add_page()
    _write_paragraphs(pdf, paragraphs, size=13)
    return Generated(
        "pages with header and footer",
        bytes(pdf.output()),
        paragraphs,
        running=[HEADER, FOOTER.format(page=1)],
        pages=pdf.page_no(),
    )


def scanned_notice() -> Generated:
    """A scan: each page one picture, no text layer."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (620, 877), 255)
    draw = ImageDraw.Draw(image)
    for top in range(60, 800, 24):  # grey bars where a scanner saw lines of text
        draw.rectangle((60, top, 560 - (top * 7) % 120, top + 10), fill=90)
    pdf = _Notice(running=False)
    for _ in range(2):
        pdf.add_page()
        pdf.image(image, x=0, y=0, w=210)
    return Generated("scan", bytes(pdf.output()), [], pages=2)


def layouts() -> list[Generated]:
    """The layouts the reader is chosen on and tested with."""
    return [
        plain_notice(),
        labelled_notice(),
        two_column_notice(),
        interleaved_column_notice(),
        table_notice(),
        long_notice(),
    ]


def _write_paragraphs(pdf: FPDF, paragraphs: list[str], size: int = 11) -> None:
    pdf.set_font("Helvetica", size=size)
    for paragraph in paragraphs:
        pdf.multi_cell(0, size * 0.5, paragraph)
        pdf.ln(size * 0.4)
