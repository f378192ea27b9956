"""Wires the ingest stages together for many documents and reports what happened.

read → clean → extract (pure) → save (one transaction per document). A document that
cannot be read, extracted or saved is reported with its reason and does not stop the
others; nothing already stored is lost. Memory stays flat: documents are handled one at
a time and only counts and failures are kept.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction

from cases.ingest import PARSER_VERSION
from cases.ingest.clean import clean_text
from cases.ingest.extract import extract_release
from cases.ingest.read import FoundPath, ReadError, iter_document_paths, read_document
from cases.ingest.save import (
    Lookups,
    SaveOutcome,
    SaveStatus,
    save_failure,
    save_release,
)

Progress = Callable[[Iterable[FoundPath], int], Iterator[FoundPath]]


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
    for item in progress(found, len(found)) if progress else found:
        status, reason = ingest_document(
            str(item.path), lookups=lookups, dry_run=dry_run
        )
        report.add(status, str(item.path), reason)
        if reason and on_failure:
            on_failure(str(item.path), reason)
    return report


def ingest_document(
    path: str, *, lookups: Lookups, dry_run: bool = False
) -> SaveOutcome:
    """Read, extract and save one document."""
    try:
        document = read_document(path)
    except ReadError as error:
        return SaveOutcome(SaveStatus.FAILED, reason=error.reason)
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


def _in_transaction(dry_run: bool, function, *args, **kwargs):
    if not dry_run:
        return function(*args, **kwargs)
    with transaction.atomic():
        outcome = function(*args, **kwargs)
        transaction.set_rollback(True)
        return outcome
