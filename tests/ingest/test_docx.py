"""Word documents: paragraphs and tables in order, made in the test with python-docx."""

import io

import docx
import pytest

from cases.ingest.docx import DocxError, read_docx
from cases.ingest.read import DOCX, ReadError, read_document


def word_document(title: str = "Outcome of a gross misconduct hearing") -> bytes:
    document = docx.Document()
    document.core_properties.title = title
    document.add_heading("Misconduct hearing outcome", level=1)
    document.add_paragraph("PC Daniel Hughes was dismissed without notice.")
    table = document.add_table(rows=2, cols=3)
    for row, values in zip(
        table.rows,
        (["Officer", "Rank", "Outcome"], ["Daniel Hughes", "PC", "Dismissed"]),
        strict=True,
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("He will be placed on the barred list.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_paragraphs_and_table_rows_come_out_in_the_documents_order():
    text, title = read_docx(word_document())

    assert text.split("\n\n") == [
        "Misconduct hearing outcome",
        "PC Daniel Hughes was dismissed without notice.",
        "Officer | Rank | Outcome\nDaniel Hughes | PC | Dismissed",
        "He will be placed on the barred list.",
    ]
    assert title == "Outcome of a gross misconduct hearing"


def test_a_merged_cell_is_written_once():
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Outcome"
    table.cell(0, 2).text = "Dismissed"
    out = io.BytesIO()
    document.save(out)

    assert read_docx(out.getvalue())[0] == "Outcome | Dismissed"


def test_an_empty_document_is_an_error_not_an_empty_source():
    out = io.BytesIO()
    docx.Document().save(out)

    with pytest.raises(DocxError, match="has no text"):
        read_docx(out.getvalue())


def test_read_document_keeps_the_bytes_of_a_docx(tmp_path):
    data = word_document()
    path = tmp_path / "outcome.docx"
    path.write_bytes(data)

    document = read_document(path)

    assert (document.content_type, document.raw_bytes) == (DOCX, data)
    assert "PC Daniel Hughes was dismissed without notice." in document.text


def test_a_broken_docx_is_a_read_error(tmp_path):
    path = tmp_path / "outcome.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")

    with pytest.raises(ReadError, match="not a readable Word document"):
        read_document(path)
