"""PDFs: the text layer read in paragraphs, tables and page furniture handled, scans
reported. The PDFs are made in the test (tests/ingest/pdf_documents.py)."""

import pytest
from fpdf import FPDF

from cases.ingest.pdf import PdfError, read_pdf_text, read_pdf_title
from cases.ingest.read import PDF, ReadError, read_document
from tests.ingest import pdf_documents as pdfs


def lines_of(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


@pytest.mark.parametrize(
    "generated",
    [
        pdfs.plain_notice(),
        pdfs.labelled_notice(),
        pdfs.two_column_notice(),
        pdfs.interleaved_column_notice(),
        pdfs.long_notice(),
    ],
    ids=lambda generated: generated.name,
)
def test_each_paragraph_comes_out_whole_on_one_line_in_reading_order(generated):
    text = read_pdf_text(generated.data)

    paragraphs = [line for line in lines_of(text) if line not in generated.running]
    assert paragraphs == generated.paragraphs


def test_paragraphs_are_set_apart_by_a_blank_line():
    text = read_pdf_text(pdfs.plain_notice().data)

    assert text.split("\n\n") == pdfs.PARAGRAPHS[:3]


def test_the_running_header_and_footer_of_a_long_notice_are_dropped():
    generated = pdfs.long_notice()
    assert generated.pages > 1

    text = read_pdf_text(generated.data)

    assert pdfs.HEADER not in text
    assert "Misconduct hearing outcomes - page" not in text


def test_a_single_page_keeps_its_heading_a_repeat_needs_two_pages():
    text = read_pdf_text(pdfs.table_notice().data)

    assert lines_of(text)[0] == pdfs.HEADER


def test_a_table_row_is_one_line_with_its_cells_in_order():
    text = read_pdf_text(pdfs.table_notice().data)

    for row in pdfs.TABLE:
        assert " | ".join(row) in lines_of(text)


def test_a_scan_is_reported_as_having_no_text_layer():
    with pytest.raises(PdfError, match="no text layer in 2 pages: a scanned image"):
        read_pdf_text(pdfs.scanned_notice().data)


def test_an_encrypted_pdf_says_it_needs_a_password():
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 10, "PC Smith was dismissed.")
    pdf.set_encryption(owner_password="owner", user_password="reader")

    with pytest.raises(PdfError, match="encrypted and needs a password"):
        read_pdf_text(bytes(pdf.output()))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Misconduct hearing outcome", "Misconduct hearing outcome"),
        ("Microsoft Word - outcome notice", ""),
        ("Outcome_PC_Smith.docx", ""),
    ],
)
def test_the_pdfs_own_title_is_kept_unless_it_is_a_file_name(title, expected):
    pdf = FPDF()
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 10, "PC Smith was dismissed.")

    assert read_pdf_title(bytes(pdf.output())) == expected


def test_read_document_keeps_a_pdfs_bytes_and_reads_its_text(tmp_path):
    generated = pdfs.plain_notice()
    path = tmp_path / "notice.pdf"
    path.write_bytes(generated.data)

    document = read_document(path)

    assert document.content_type == PDF
    assert document.raw_bytes == generated.data and document.raw_text == ""
    assert document.text.split("\n\n") == generated.paragraphs
    assert document.title == "Misconduct hearing outcome"
    assert len(document.sha256) == 64


def test_a_pdf_saved_under_another_extension_is_still_read_as_a_pdf(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_bytes(pdfs.plain_notice().data)

    assert read_document(path).content_type == PDF


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"%PDF-1.7\n1 0 obj", "not a readable PDF"),
        (b"not a pdf at all", "not a readable PDF"),
        (pdfs.scanned_notice().data, "no text layer"),
    ],
)
def test_a_pdf_that_cannot_be_read_is_a_read_error_naming_the_file(
    tmp_path, content, reason
):
    path = tmp_path / "notice.pdf"
    path.write_bytes(content)

    with pytest.raises(ReadError) as raised:
        read_document(path)

    assert reason in raised.value.reason and raised.value.path == str(path)
