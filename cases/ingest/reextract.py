"""Read stored sources again with the current rules: no files needed.

Every source whose newest reading is by an older parser version (`PARSER_VERSION`) is
rebuilt from the text stored as received (read, clean, extract, as if it had just
arrived) and saved by the one writer: fields an editor corrected are kept, and every
row that changes gets a history record whose reason names the parser version. Only the
newest version of each location is read: the case follows it. A source the new rules
cannot read is reported and left as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from cases.ingest import PARSER_VERSION
from cases.ingest.pipeline import (
    BATCH_SIZE,
    Extracted,
    prepare_document,
    save_extracted,
)
from cases.ingest.read import parse_document
from cases.ingest.records import Document
from cases.ingest.save import Lookups, SaveOutcome, SaveStatus
from cases.models import SourceDocument

ACTION = "re-extraction"


@dataclass
class ReextractReport:
    read: int = 0
    changed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    changes: list[tuple[str, str]] = field(default_factory=list)  # (source, change)
    held_back: list[tuple[str, str]] = field(default_factory=list)


def stale_sources():
    """The newest versions not read by the current rules."""
    return SourceDocument.objects.current().exclude(parser_version=PARSER_VERSION)


def reextract(
    *,
    dry_run: bool = False,
    on_source: Callable[[str, SaveOutcome], None] | None = None,
) -> ReextractReport:
    """Re-derive the records of every stale source; with `dry_run`, change nothing."""
    report = ReextractReport()
    lookups = Lookups.load()
    ids = list(stale_sources().order_by("id").values_list("id", flat=True))
    for start in range(0, len(ids), BATCH_SIZE):
        chunk = ids[start : start + BATCH_SIZE]
        for name, outcome in _reextract_batch(chunk, lookups, dry_run):
            report.read += 1
            if outcome.status == SaveStatus.FAILED:
                report.failed.append((name, outcome.reason))
            report.changed += bool(outcome.changes)
            report.changes += [(name, line) for line in outcome.changes]
            report.held_back += [(name, line) for line in outcome.held_back]
            if on_source:
                on_source(name, outcome)
    return report


def _reextract_batch(
    ids: list[int], lookups: Lookups, dry_run: bool
) -> Iterator[tuple[str, SaveOutcome]]:
    sources = SourceDocument.objects.filter(pk__in=ids).order_by("id")
    extracted: list[Extracted] = []
    names: list[str] = []
    for source in sources:
        name = f"source #{source.pk} ({source.location})"
        prepared = prepare_document(stored_document(source), dry_run=True)
        if isinstance(prepared, SaveOutcome):  # failed: the stored records stay
            yield name, prepared
            continue
        extracted.append(prepared)
        names.append(name)
    saved = save_extracted(extracted, lookups=lookups, dry_run=dry_run, action=ACTION)
    yield from zip(names, saved, strict=True)


def stored_document(source: SourceDocument) -> Document:
    """The document as it arrived, rebuilt from what the archive stored of it, with
    the provenance on record (which may be an archivist's word, not the page's)."""
    document = parse_document(
        source.location,
        source.raw_text,
        media_type=source.content_type,
        encoding=source.encoding,
        sha256=source.sha256,
    )
    document.url = source.url or document.url
    document.file_name = source.file_name
    document.redirect_chain = list(source.redirect_chain)
    document.captured_at = source.captured_at
    document.publisher = source.publisher or document.publisher
    document.published = source.published_on or document.published
    return document
