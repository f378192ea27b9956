"""PDF reader benchmark: which library recovers the text of force notices best.

Reads the PDFs of tests/ingest/pdf_documents.py (made with fpdf2: one column, two
columns written column by column, two columns drawn line by line across the page,
a table, pages with a running header and footer) with each candidate and scores:

- paragraphs: the share of the expected paragraphs found whole, words in order (a
  column read across, or a header dropped into a sentence, breaks one);
- own line: the share that are a line of their own, as the extractor (which reads
  a sentence within a line, and a labelled field as its line) needs them;
- table rows: the share of table rows found on one line with their cells in order;
- ms: the mean time to read one document.

    .venv/bin/python bench/pdf_benchmark.py [--write]
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from results import write_section  # noqa: E402

from tests.ingest.pdf_documents import Generated, layouts  # noqa: E402

ROUNDS = 5


def read_pypdf(data: bytes) -> str:
    import pypdf

    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    return "\n".join(page.extract_text() for page in pages)


def read_pypdf_layout(data: bytes) -> str:
    import pypdf

    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    return "\n".join(page.extract_text(extraction_mode="layout") for page in pages)


def read_pdfminer(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


def read_pypdfium2(data: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_bounded() for page in document)
    finally:
        document.close()


def read_project(data: bytes) -> str:
    """The project's own reader (cases/ingest/pdf.py), as the ingest runs it."""
    from cases.ingest.pdf import read_pdf_text

    return read_pdf_text(data)


READERS: dict[str, Callable[[bytes], str]] = {
    "pypdf": read_pypdf,
    "pypdf (layout mode)": read_pypdf_layout,
    "pdfminer.six": read_pdfminer,
    "pypdfium2": read_pypdfium2,
}


def _flat(text: str) -> str:
    return " ".join(text.split())


def score(generated: Generated, text: str) -> tuple[float, float, float | None]:
    """(paragraphs whole, paragraphs whole on one line, table rows on one line)."""
    flat = _flat(text)
    lines = [_flat(line) for line in text.splitlines()]
    wanted = Counter(generated.paragraphs)
    whole = sum(min(flat.count(_flat(p)), n) for p, n in wanted.items())
    on_one_line = sum(min(lines.count(_flat(p)), n) for p, n in wanted.items())
    total = len(generated.paragraphs)
    if not generated.rows:
        return whole / total, on_one_line / total, None
    rows = sum(
        any(re.search(r"[\s|]+".join(map(re.escape, row)), line) for line in lines)
        for row in generated.rows
    )
    return whole / total, on_one_line / total, rows / len(generated.rows)


def measure(readers: dict[str, Callable[[bytes], str]]) -> list[dict]:
    documents = layouts()
    results = []
    for name, read in readers.items():
        row = {"reader": name, "scores": {}, "ms": 0.0}
        started = time.perf_counter()
        for _ in range(ROUNDS):
            texts = [read(document.data) for document in documents]
        row["ms"] = (time.perf_counter() - started) * 1000 / ROUNDS / len(documents)
        for document, text in zip(documents, texts, strict=True):
            row["scores"][document.name] = score(document, text)
        results.append(row)
    return results


def table(results: list[dict]) -> str:
    names = list(results[0]["scores"])
    header = (
        "| reader | "
        + " | ".join(names)
        + " | all: whole | all: own line | table rows | ms a document |"
    )
    lines = [header, "|" + " --- |" * (len(names) + 5)]
    for row in results:
        scores = list(row["scores"].values())
        cells = [f"{whole:.0%} / {line:.0%}" for whole, line, _ in scores]
        whole = sum(s[0] for s in scores) / len(scores)
        one_line = sum(s[1] for s in scores) / len(scores)
        rows = [s[2] for s in scores if s[2] is not None]
        lines.append(
            f"| {row['reader']} | "
            + " | ".join(cells)
            + f" | {whole:.0%} | {one_line:.0%} | {sum(rows) / len(rows):.0%} "
            f"| {row['ms']:.1f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    options = parser.parse_args()
    readers = dict(READERS)
    readers["project reader (cases/ingest/pdf.py)"] = read_project
    body = table(measure(readers))
    print(body)
    if options.write:
        write_section(
            "PDF text extraction",
            "Per layout: the share of paragraphs recovered whole and in order / as a "
            "line of their own; then the means over layouts, and the share of table rows "
            "kept on one line with their cells in order; "
            f"mean of {ROUNDS} rounds. Re-run: `.venv/bin/python bench/pdf_benchmark.py "
            "--write`.\n\n" + body,
        )


if __name__ == "__main__":
    main()
