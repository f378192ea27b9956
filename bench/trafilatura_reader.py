"""A pytest plugin for bench/html_benchmark.py: the HTML reader replaced by trafilatura.

`pytest -p trafilatura_reader` (with bench/ on the path) runs the read tests with
trafilatura reading each page's main text, title, date, publisher and URL instead of
the hand-written reader in cases/ingest/read/html_page.py.
"""

from __future__ import annotations

from datetime import date


def fill_with_trafilatura(document) -> None:
    import trafilatura

    found = trafilatura.bare_extraction(
        document.raw_text,
        with_metadata=True,
        include_tables=True,
        include_comments=False,
        deduplicate=False,
    )
    if found is None:
        document.text = ""
        return
    document.text = found.text or ""
    document.title = found.title or ""
    document.publisher = found.sitename or ""
    document.url = found.url or ""
    try:
        document.published = date.fromisoformat(found.date) if found.date else None
    except ValueError:
        document.published = None


def pytest_configure(config) -> None:
    from cases.ingest.read import document

    document.fill_from_html = fill_with_trafilatura
