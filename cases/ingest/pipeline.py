"""Wires the ingest stages together for many documents and reports what happened.

read → clean → extract (pure; in worker processes with `jobs`) → save. Documents go
through in batches, each saved together with a few bulk queries; when a batch fails,
its halves are saved again, down to single documents in their own transaction. A document that cannot be read,
extracted or saved is reported with its reason and does not stop the others; nothing
already stored is lost. Memory stays flat: a few batches of documents are held at a
time, and only counts and failures are kept.
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from django.db import IntegrityError, transaction

from cases.ingest import PARSER_VERSION
from cases.ingest.prepare import (
    Prepared,
    extract_document,
    prepare_batch,
    prepared_batches,
)
from cases.ingest.read import FoundPath, iter_document_paths
from cases.ingest.records import Document, ReleaseRecord
from cases.ingest.save import (
    Lookups,
    SaveOutcome,
    SaveStatus,
    save_failure,
    save_release,
    save_releases,
)

BATCH_SIZE = 100
logger = logging.getLogger(__name__)
Progress = Callable[[Iterable[FoundPath], int], Iterator[FoundPath]]
Extracted = tuple[Document, ReleaseRecord]


@dataclass
class IngestReport:
    counts: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    held_back: list[tuple[str, str]] = field(default_factory=list)

    @property
    def read(self) -> int:
        return sum(self.counts.values())

    @property
    def failed(self) -> int:
        return self.counts[SaveStatus.FAILED]

    def add(self, path: str, outcome: SaveOutcome) -> None:
        self.counts[outcome.status] += 1
        if outcome.status == SaveStatus.FAILED:
            self.failures.append((path, outcome.reason))
        self.held_back.extend((path, line) for line in outcome.held_back)


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    on_failure: Callable[[str, str], None] | None = None,
    jobs: int = 1,
) -> IngestReport:
    """Ingest every document under `paths`; with `dry_run`, roll every change back.

    With `jobs` > 1 and more than one batch of documents, that many worker processes
    read and extract while this one saves."""
    report = IngestReport()
    found = []
    for item in iter_document_paths(paths):
        if item.skipped:
            report.skipped.append((str(item.path), item.skip_reason))
        else:
            found.append(item)
    lookups = Lookups.load()
    items = iter(progress(found, len(found)) if progress else found)
    batches = iter(lambda: list(islice(items, BATCH_SIZE)), [])
    jobs = jobs if len(found) > BATCH_SIZE else 1
    for batch in prepared_batches(batches, jobs=jobs):
        for path, outcome in save_prepared(batch, lookups=lookups, dry_run=dry_run):
            report.add(path, outcome)
            if outcome.reason and on_failure:
                on_failure(path, outcome.reason)
    return report


def ingest_batch(
    paths: list[FoundPath], *, lookups: Lookups, dry_run: bool = False
) -> list[tuple[str, SaveOutcome]]:
    """Read, extract and save a batch of documents; one outcome per path, in order."""
    return save_prepared(prepare_batch(paths), lookups=lookups, dry_run=dry_run)


def save_prepared(
    batch: list[Prepared], *, lookups: Lookups, dry_run: bool = False
) -> list[tuple[str, SaveOutcome]]:
    """Save a batch read and extracted; what could not be is stored as failed."""
    outcomes: dict[int, SaveOutcome] = {}
    extracted: dict[int, Extracted] = {}
    for index, item in enumerate(batch):
        if item.record is not None:
            extracted[index] = (item.document, item.record)
            continue
        if item.document is not None:
            _in_transaction(
                dry_run,
                save_failure,
                item.document,
                item.reason,
                parser_version=PARSER_VERSION,
            )
        outcomes[index] = SaveOutcome(SaveStatus.FAILED, reason=item.reason)
    saved = save_extracted(list(extracted.values()), lookups=lookups, dry_run=dry_run)
    outcomes.update(zip(extracted, saved, strict=True))
    return [(item.path, outcomes[index]) for index, item in enumerate(batch)]


def ingest_document(
    document: Document, *, lookups: Lookups | None = None, dry_run: bool = False
) -> SaveOutcome:
    """Clean, extract and save one document already read (a fetched page, say).

    New content at a location on record becomes that source's next version."""
    prepared = prepare_document(document, dry_run=dry_run)
    if isinstance(prepared, SaveOutcome):
        return prepared
    lookups = lookups or Lookups.load()
    [outcome] = save_extracted([prepared], lookups=lookups, dry_run=dry_run)
    return outcome


def prepare_document(
    document: Document, *, dry_run: bool = False
) -> Extracted | SaveOutcome:
    """Clean and extract one document, or keep it as failed and say why."""
    record = extract_document(document)
    if isinstance(record, str):
        _in_transaction(
            dry_run, save_failure, document, record, parser_version=PARSER_VERSION
        )
        return SaveOutcome(SaveStatus.FAILED, reason=record)
    return document, record


def save_extracted(
    extracted: list[Extracted],
    *,
    lookups: Lookups,
    dry_run: bool = False,
    action: str = "ingest",
) -> list[SaveOutcome]:
    """Save documents together; if that fails, each half again, down to documents on
    their own: the one that fails is named and stops no other, and one bad document
    costs a few smaller batches rather than a batch saved one by one."""
    if len(extracted) <= 1:
        return [
            save_document(
                document, record, lookups=lookups, dry_run=dry_run, action=action
            )
            for document, record in extracted
        ]
    try:
        return _in_transaction(
            dry_run,
            save_releases,
            extracted,
            parser_version=PARSER_VERSION,
            lookups=lookups,
            action=action,
        )
    except Exception:
        logger.info("batch save failed; saving each half", exc_info=True)
    middle = len(extracted) // 2
    options = {"lookups": lookups, "dry_run": dry_run, "action": action}
    return save_extracted(extracted[:middle], **options) + save_extracted(
        extracted[middle:], **options
    )


def save_document(
    document: Document,
    record: ReleaseRecord,
    *,
    lookups: Lookups,
    dry_run: bool,
    action: str = "ingest",
) -> SaveOutcome:
    """Save one document in its own transaction."""
    for attempt in range(2):
        try:
            return _in_transaction(
                dry_run,
                save_release,
                document,
                record,
                parser_version=PARSER_VERSION,
                lookups=lookups,
                action=action,
            )
        except IntegrityError as error:
            # Another ingest running at the same time saved the same rows first: reading
            # again finds them. A second conflict is a real failure.
            if attempt:
                return SaveOutcome(SaveStatus.FAILED, reason=f"could not save: {error}")
        except Exception as error:
            reason = f"could not save: {type(error).__name__}: {error}"
            return SaveOutcome(SaveStatus.FAILED, reason=reason)
    raise AssertionError("unreachable")


def _in_transaction(dry_run: bool, function, *args, **kwargs):
    if not dry_run:
        return function(*args, **kwargs)
    with transaction.atomic():
        outcome = function(*args, **kwargs)
        transaction.set_rollback(True)
        return outcome
