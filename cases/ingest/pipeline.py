"""Wires the ingest stages together for many documents and reports what happened.

read → clean → extract (pure) → save. Documents go through in batches: the new ones of a
batch are saved together with a few bulk queries; any other document (changed, read
again, or a new one whose batch failed) is saved in its own transaction. A document that
cannot be read, extracted or saved is reported with its reason and does not stop the
others; nothing already stored is lost. Memory stays flat: one batch of documents is
held at a time, and only counts and failures are kept.
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from django.db import IntegrityError, transaction
from django.db.models import Q

from cases.ingest import PARSER_VERSION
from cases.ingest.clean import clean_text
from cases.ingest.extract import extract_release
from cases.ingest.read import FoundPath, ReadError, iter_document_paths, read_found
from cases.ingest.records import Document, ReleaseRecord
from cases.ingest.save import (
    PROVENANCE_FIELDS,
    Lookups,
    SaveOutcome,
    SaveStatus,
    save_failure,
    save_missing_provenance,
    save_new_releases,
    save_release,
)
from cases.models import SourceDocument, SourceStatus

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
) -> IngestReport:
    """Ingest every document under `paths`; with `dry_run`, roll every change back."""
    report = IngestReport()
    found = []
    for item in iter_document_paths(paths):
        if item.skipped:
            report.skipped.append((str(item.path), item.skip_reason))
        else:
            found.append(item)
    lookups = Lookups.load()
    items = iter(progress(found, len(found)) if progress else found)
    while batch := list(islice(items, BATCH_SIZE)):
        for path, outcome in ingest_batch(batch, lookups=lookups, dry_run=dry_run):
            report.add(path, outcome)
            if outcome.reason and on_failure:
                on_failure(path, outcome.reason)
    return report


def ingest_batch(
    paths: list[FoundPath], *, lookups: Lookups, dry_run: bool = False
) -> list[tuple[str, SaveOutcome]]:
    """Read, extract and save a batch of documents; one outcome per path, in order."""
    outcomes: dict[int, SaveOutcome] = {}
    extracted: dict[int, Extracted] = {}
    for index, found in enumerate(paths):
        prepared = prepare_document(found, dry_run=dry_run)
        if isinstance(prepared, SaveOutcome):
            outcomes[index] = prepared
        else:
            extracted[index] = prepared
    new, unchanged, stored = _classify(extracted)
    outcomes.update((index, SaveOutcome(SaveStatus.UNCHANGED)) for index in unchanged)
    if unchanged and not dry_run:
        save_missing_provenance([extracted[i][0] for i in unchanged], stored)
    if new and not dry_run:
        try:
            saved = save_new_releases(
                [extracted[i] for i in new],
                parser_version=PARSER_VERSION,
                lookups=lookups,
            )
            outcomes.update(zip(new, saved, strict=True))
        except Exception:
            # Each document is tried on its own below, which names the one that fails.
            logger.info("batch save failed; saving one by one", exc_info=True)
    for index, (document, record) in extracted.items():
        if index not in outcomes:
            outcomes[index] = save_document(
                document, record, lookups=lookups, dry_run=dry_run
            )
    return [(str(found.path), outcomes[index]) for index, found in enumerate(paths)]


def prepare_document(
    found: FoundPath, *, dry_run: bool = False
) -> Extracted | SaveOutcome:
    """Read, clean and extract one document, or say why it failed."""
    try:
        document = read_found(found)
    except ReadError as error:
        return SaveOutcome(SaveStatus.FAILED, reason=error.reason)
    return extract_document(document, dry_run=dry_run)


def ingest_document(
    document: Document, *, lookups: Lookups | None = None, dry_run: bool = False
) -> SaveOutcome:
    """Clean, extract and save one document already read (a fetched page, say)."""
    prepared = extract_document(document, dry_run=dry_run)
    if isinstance(prepared, SaveOutcome):
        return prepared
    lookups = lookups or Lookups.load()
    return save_document(*prepared, lookups=lookups, dry_run=dry_run)


def extract_document(
    document: Document, *, dry_run: bool = False
) -> Extracted | SaveOutcome:
    """Clean and extract one document, or keep it as failed and say why."""
    try:
        document.text = clean_text(document.text)
        record = extract_release(
            document.text, published=document.published, title=document.title
        )
    except Exception as error:  # an extractor bug must not stop the run
        reason = f"extraction failed: {type(error).__name__}: {error}"
        _in_transaction(
            dry_run, save_failure, document, reason, parser_version=PARSER_VERSION
        )
        return SaveOutcome(SaveStatus.FAILED, reason=reason)
    # A plain-text capture gives no title of its own: the headline the extractor read
    # is what the source's page and its citation name.
    document.title = document.title or record.title
    return document, record


def save_document(
    document: Document, record: ReleaseRecord, *, lookups: Lookups, dry_run: bool
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


def _classify(
    extracted: dict[int, Extracted],
) -> tuple[list[int], list[int], dict[str, dict]]:
    """Split a batch with one query: the documents whose content and path are both new
    (to the archive and to this batch), which can be saved in bulk, and those already
    stored from the same content by this parser version, which need nothing but any
    provenance their row lacks (returned as the stored rows' provenance by sha256). The
    rest (changed at a known path, read before by another version, failed before) are
    saved one by one."""
    documents = {index: document for index, (document, _) in extracted.items()}
    known = SourceDocument.objects.filter(
        Q(sha256__in={d.sha256 for d in documents.values()})
        | Q(location__in={d.path for d in documents.values()})
    ).values("sha256", "location", "parser_version", "status", *PROVENANCE_FIELDS)
    current = {
        row["sha256"]: {name: row[name] for name in PROVENANCE_FIELDS}
        for row in known
        if row["parser_version"] == PARSER_VERSION
        and row["status"] != SourceStatus.FAILED
    }
    seen = {row[name] for row in known for name in ("sha256", "location")}
    new, unchanged = [], []
    for index, document in documents.items():
        if document.sha256 in current:
            unchanged.append(index)
        elif document.sha256 not in seen and document.path not in seen:
            new.append(index)
        seen.update((document.sha256, document.path))
    return new, unchanged, current


def _in_transaction(dry_run: bool, function, *args, **kwargs):
    if not dry_run:
        return function(*args, **kwargs)
    with transaction.atomic():
        outcome = function(*args, **kwargs)
        transaction.set_rollback(True)
        return outcome
