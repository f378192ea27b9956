"""Documents the extractor could not handle are stored too, so that none is lost."""

from __future__ import annotations

from django.db import transaction

from cases import freshness
from cases.ingest.records import Document
from cases.ingest.save.values import fill_source
from cases.ingest.save.versions import OnRecord, new_version_of
from cases.models import SourceStatus


def save_failure(document: Document, reason: str, *, parser_version: str) -> None:
    """Keep a document with the reason it failed: a source of its own, or the next
    version of its location. A source already parsed from the same content is left as
    it was."""
    with transaction.atomic():
        on_record = OnRecord.load([document])
        source = on_record.by_sha.get(document.sha256)
        if source is not None and source.status != SourceStatus.FAILED:
            return
        if source is None:
            source = new_version_of(on_record.previous_version(document), document)
        fill_source(source, document, parser_version)
        source.status = SourceStatus.FAILED
        source.error = reason
        source.save()
        freshness.record_change()  # the home page counts sources, failed ones too
