"""Read, clean and extract documents, in this process or in worker processes.

Reading and extracting are pure (no database), and on a large ingest they take most of
the time, so they can run in worker processes while this process saves: batches come
back in order, at most a few ahead of the save, so memory stays flat. A worker never
touches the database; what it cannot read or extract comes back with the reason, for
this process to store.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from cases.ingest.clean import clean_text
from cases.ingest.extract import extract_release
from cases.ingest.read import FoundPath, ReadError, read_found
from cases.ingest.records import Document, ReleaseRecord


@dataclass
class Prepared:
    """One path, read and extracted: `record` is None when `reason` says why not, and
    `document` is None when the file could not even be read."""

    path: str
    document: Document | None = None
    record: ReleaseRecord | None = None
    reason: str = ""


def extract_document(document: Document) -> ReleaseRecord | str:
    """Clean and extract a document read already; a string says why it failed."""
    try:
        document.text = clean_text(document.text)
        record = extract_release(
            document.text, published=document.published, title=document.title
        )
    except Exception as error:  # an extractor bug must not stop the run
        return f"extraction failed: {type(error).__name__}: {error}"
    # A plain-text capture gives no title of its own: the headline the extractor read
    # is what the source's page and its citation name.
    document.title = document.title or record.title
    return record


def prepare_path(found: FoundPath) -> Prepared:
    """Read (with the file's name and sources.tsv origin), clean and extract."""
    path = str(found.path)
    try:
        document = read_found(found)
    except ReadError as error:
        return Prepared(path, reason=error.reason)
    extracted = extract_document(document)
    if isinstance(extracted, str):
        return Prepared(path, document, reason=extracted)
    return Prepared(path, document, extracted)


def prepare_batch(paths: list[FoundPath]) -> list[Prepared]:
    return [prepare_path(path) for path in paths]


def prepared_batches(
    batches: Iterable[list[FoundPath]], *, jobs: int = 1
) -> Iterator[list[Prepared]]:
    """Each batch of paths prepared, in order; with `jobs` > 1, by that many worker
    processes working up to `jobs` + 1 batches ahead."""
    batches = iter(batches)
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(prepare_batch, batches)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_forget_database
    ) as pool:
        ahead: deque[Future] = deque()
        for batch in batches:
            ahead.append(pool.submit(prepare_batch, batch))
            if len(ahead) > jobs:
                yield ahead.popleft().result()
        while ahead:
            yield ahead.popleft().result()


_INHERITED = []  # kept, never closed: closing would end the parent's session


def _forget_database() -> None:
    """A forked worker must not use the parent's database connections: set them
    aside (so that anything that did query would open its own)."""
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        _INHERITED.append(connection.connection)
        connection.connection = None
