"""Which stored source a document is: the same content, or a new version of a location.

A source is identified by the SHA-256 of its bytes. Content that is new but read from a
location already on record is the next version of that location's source: both are
kept, the old text with the evidence read from it, and the case follows the newest.
What counts as "the same location" is decided here and nowhere else (`location_of`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils import timezone

from cases.bulk import update_rows
from cases.ingest.origins import is_web_address
from cases.ingest.records import Document
from cases.ingest.save.provenance import FIELDS as PROVENANCE_FIELDS
from cases.ingest.save.provenance import document_provenance
from cases.models import SourceDocument

# What reading the same bytes again may change on their row: what the rules derive.
# Provenance (address, file name, capture time…) stays, and is only filled where empty.
READ_FIELDS = ("title", "text", "content_type", "encoding", "parser_version")


def location_of(document: Document) -> str:
    """The key under which successive versions of a document are recognised: its
    original address when one is known, else the path it was read from — so that a
    changed copy of a release under another file name or folder is still the next
    version of that release (and withheld if it was). A page fetched from the web keeps
    the address asked for, which the crawler asks for again."""
    if is_web_address(document.path):
        return document.path
    return document.url or document.path


@dataclass
class OnRecord:
    """What the archive already holds for a batch of documents, read in two queries."""

    by_sha: dict[str, SourceDocument]
    current_at: dict[str, SourceDocument]  # location → its newest version

    @classmethod
    def load(cls, documents: Iterable[Document]) -> OnRecord:
        documents = list(documents)
        by_sha = {
            source.sha256: source
            for source in SourceDocument.objects.filter(
                sha256__in={d.sha256 for d in documents}
            ).with_is_newest()
        }
        locations = {location_of(d) for d in documents}
        current_at = {
            source.location: source
            for source in SourceDocument.objects.current()
            .filter(location__in=locations)
            .order_by("id")
        }
        return cls(by_sha, current_at)

    def previous_version(self, document: Document) -> SourceDocument | None:
        """The newest source read from this document's location, if any."""
        return self.current_at.get(location_of(document))


def new_version_of(previous: SourceDocument | None, document: Document):
    """The unsaved row for content first seen at `document`'s location, chained to the
    version it replaces, and attached to the same case (so that whatever holds for the
    case, an editor's withholding among it, holds for the new version too). A version
    of a withheld document is withheld, whether or not a case still links it
    (`cases.public.withholding`)."""
    source = SourceDocument(location=location_of(document))
    source.is_newest = True
    if previous is not None:
        source.previous_version = previous
        source.version = previous.version + 1
        source.case_id = previous.case_id
        source.withheld = previous.withheld
        source.withheld_reason = previous.withheld_reason
    return source


def read_again(source: SourceDocument, document: Document, parser_version: str):
    """Update a stored row from its same bytes read again (by newer rules)."""
    source.title = document.title[:500] or source.title
    source.text = document.text
    source.content_type = document.content_type
    source.encoding = document.encoding
    source.parser_version = parser_version
    for name, value in document_provenance(document).items():
        if value and not getattr(source, name):
            setattr(source, name, value)


def write_sources(sources: list[SourceDocument]) -> None:
    """Insert the new rows and update the rows read again, a query each."""
    stored = [source for source in sources if source.pk is not None]
    SourceDocument.objects.bulk_create([s for s in sources if s.pk is None])
    if stored:
        now = timezone.now()
        for source in stored:
            source.updated_at = now
        fields = [*READ_FIELDS, "status", "error", "updated_at", *PROVENANCE_FIELDS]
        update_rows(stored, fields)
