"""Provenance learnt after a document was stored: fill what the row does not know yet.

A document read again with the same content needs no new rows, but its folder may have
gained a sources.tsv since (or the row came from before the archive kept file names and
URLs). Only empty fields are filled: a value already on record, perhaps an editor's
correction, is never replaced by this.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from cases import freshness
from cases.ingest.records import Document
from cases.models import SourceDocument

FIELDS = ("url", "file_name", "title", "publisher", "published_on")


def document_provenance(document: Document) -> dict[str, object]:
    """The provenance fields a source row would take from `document`."""
    return {
        "url": document.url,
        "file_name": document.file_name[:500],
        "title": document.title[:500],
        "publisher": document.publisher[:200],
        "published_on": document.published,
    }


def save_missing_provenance(
    documents: Iterable[Document], stored: dict[str, dict[str, object]]
) -> int:
    """Fill the empty provenance fields of each document's stored row.

    `stored` maps a document's sha256 to its row's current `FIELDS`; returns how many
    rows changed.
    """
    updates = []
    for document in documents:
        row = stored.get(document.sha256, {})
        values = {
            name: value
            for name, value in document_provenance(document).items()
            if value and not row.get(name)
        }
        if values:
            updates.append((document.sha256, values))
    if not updates:
        return 0
    changed = 0
    with transaction.atomic():
        for sha256, values in updates:
            changed += SourceDocument.objects.filter(sha256=sha256).update(
                **values, updated_at=timezone.now()
            )
        freshness.record_change()
    return changed
